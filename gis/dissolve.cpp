// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/dissolve.h"

#include "gis/geos_layer.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

namespace swingmap::gis {

namespace {

struct Worker {
    PolygonLayer merged;             ///< one feature per group handled here
    std::vector<std::size_t> groups; ///< the group of each feature
    DissolveInfo info;
};

void fail(Worker& w, const std::string& key, const std::string& why) {
    ++w.info.failures;
    if (w.info.messages.size() < 10)
        w.info.messages.push_back("group \"" + key + "\" could not be merged: " + why);
}

/// The members' polygons as one GEOS collection (null without geometry).
GeosGeomPtr collect(const GeosContext& c, const PolygonLayer& l,
                    const std::vector<uint32_t>& members, double& area) {
    std::vector<GEOSGeometry*> parts;
    area = 0;
    for (uint32_t f : members) {
        GeosGeomPtr g = featureToGeos(c, l, f);
        if (!g) continue;
        area += featureAreaPrecise(l, f);
        const int n = GEOSGetNumGeometries_r(c.get(), g.get());
        if (GEOSGeomTypeId_r(c.get(), g.get()) == GEOS_POLYGON || n <= 0) {
            parts.push_back(g.release());
            continue;
        }
        for (int k = 0; k < n; ++k)
            parts.push_back(GEOSGeom_clone_r(c.get(), GEOSGetGeometryN_r(c.get(), g.get(), k)));
    }
    if (parts.empty()) return GeosGeomPtr(nullptr, {c.get()});
    return geosOwn(c, GEOSGeom_createCollection_r(c.get(), GEOS_MULTIPOLYGON, parts.data(),
                                                  static_cast<unsigned>(parts.size())));
}

void mergeGroup(const GeosContext& c, const PolygonLayer& l, const std::string& key,
                const std::vector<uint32_t>& members, Worker& w, std::vector<double>& buf) {
    double area = 0;
    GeosGeomPtr all = collect(c, l, members, area);
    if (all) {
        GeosGeomPtr u = geosOwn(c, GEOSCoverageUnion_r(c.get(), all.get()));
        double got = 0;
        const bool good = u && GEOSisValid_r(c.get(), u.get()) == 1 &&
                          GEOSArea_r(c.get(), u.get(), &got) &&
                          std::fabs(got - area) <= 1e-9 * std::max(area, 1e-300);
        if (good) {
            ++w.info.coverageUnions;
        } else {
            u = geosOwn(c, GEOSUnaryUnion_r(c.get(), all.get()));
            if (u)
                ++w.info.fullUnions;
            else
                fail(w, key, c.lastError().empty() ? "GEOS failed" : c.lastError());
        }
        if (u) appendPolygonal(c, w.merged, u.get(), buf);
    }
    w.merged.endFeature();
}

} // namespace

Result<PolygonLayer> dissolveByGroup(const PolygonLayer& layer, const DissolveGroups& groups,
                                     DissolveInfo* info, unsigned threads) {
    if (groups.groupOf.size() != layer.featureCount())
        return swingmap::fail("Dissolving needs one group per area: got " +
                              std::to_string(groups.groupOf.size()) + " for " +
                              std::to_string(layer.featureCount()) + " areas.");
    const std::size_t ng = groups.keys.size();
    std::vector<std::vector<uint32_t>> members(ng);
    for (std::size_t f = 0; f < groups.groupOf.size(); ++f) {
        const int g = groups.groupOf[f];
        if (g >= 0 && static_cast<std::size_t>(g) < ng)
            members[static_cast<std::size_t>(g)].push_back(static_cast<uint32_t>(f));
        else if (g >= 0)
            return swingmap::fail("Area " + std::to_string(f + 1) + " names group " +
                                  std::to_string(g) + ", beyond the " + std::to_string(ng) +
                                  " groups.");
    }
    unsigned n = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
    if (ng < 64) n = 1;
    std::vector<Worker> workers(n);
    std::atomic<std::size_t> next{0};
    auto run = [&](Worker& w) {
        GeosContext c;
        std::vector<double> buf;
        for (std::size_t g; (g = next.fetch_add(1)) < ng;) {
            w.groups.push_back(g);
            try {
                mergeGroup(c, layer, groups.keys[g], members[g], w, buf);
            } catch (const std::exception& e) { // never let a worker end the program
                if (w.merged.featureCount() < w.groups.size()) w.merged.endFeature();
                fail(w, groups.keys[g], e.what());
            }
        }
    };
    std::vector<std::thread> pool;
    for (unsigned k = 1; k < n; ++k)
        pool.emplace_back(run, std::ref(workers[k]));
    run(workers[0]);
    for (std::thread& t : pool)
        t.join();
    std::vector<std::pair<unsigned, std::size_t>> where(ng); // group → (worker, feature)
    DissolveInfo total;
    for (unsigned k = 0; k < n; ++k) {
        for (std::size_t i = 0; i < workers[k].groups.size(); ++i)
            where[workers[k].groups[i]] = {k, i};
        total.coverageUnions += workers[k].info.coverageUnions;
        total.fullUnions += workers[k].info.fullUnions;
        total.failures += workers[k].info.failures;
        for (auto& m : workers[k].info.messages)
            if (total.messages.size() < 10) total.messages.push_back(std::move(m));
    }
    PolygonLayer out;
    for (std::size_t g = 0; g < ng; ++g)
        copyFeature(workers[where[g].first].merged, where[g].second, out);
    if (info) *info = std::move(total);
    return out;
}

} // namespace swingmap::gis
