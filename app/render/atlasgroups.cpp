// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/atlasgroups.h"

#include "core/centroid.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <unordered_map>

namespace swingmap {

namespace {

/// An edge between two vertices, quantised so that the shared borders of two areas match.
struct EdgeKey {
    int64_t ax, ay, bx, by;
    bool operator==(const EdgeKey&) const = default;
};
struct EdgeHash {
    std::size_t operator()(const EdgeKey& k) const {
        std::size_t h = 1469598103934665603ULL;
        for (int64_t v : {k.ax, k.ay, k.bx, k.by})
            h = (h ^ static_cast<std::size_t>(v)) * 1099511628211ULL;
        return h;
    }
};

class Quantiser {
public:
    explicit Quantiser(const BBox& e)
        : m_step(std::max(1e-12, ((e.maxX - e.minX) + (e.maxY - e.minY)) * 1e-9)) {}
    [[nodiscard]] EdgeKey key(double x0, double y0, double x1, double y1) const {
        int64_t ax = q(x0), ay = q(y0), bx = q(x1), by = q(y1);
        if (std::pair(ax, ay) > std::pair(bx, by)) {
            std::swap(ax, bx);
            std::swap(ay, by);
        }
        return {ax, ay, bx, by};
    }

private:
    [[nodiscard]] int64_t q(double v) const { return std::llround(v / m_step); }
    double m_step;
};

/// Ring r of the layer as (first point, point count without a repeated closing point).
std::pair<uint32_t, uint32_t> ringSpan(const PolygonLayer& l, uint32_t r) {
    const uint32_t a = l.ringPoint[r], b = l.ringPoint[r + 1];
    uint32_t n = b - a;
    if (n > 1 && l.x(a) == l.x(b - 1) && l.y(a) == l.y(b - 1)) --n;
    return {a, n};
}

template <typename F> void forEachRing(const PolygonLayer& l, std::size_t f, F fn) {
    if (!l.hasGeometry(f)) return;
    for (uint32_t r = l.partRing[l.featurePart[f]]; r < l.partRing[l.featurePart[f + 1]]; ++r)
        fn(r);
}

std::vector<std::vector<double>> groupOutline(const PolygonLayer& l,
                                              const std::vector<std::size_t>& areas) {
    const Quantiser qz(l.extent);
    std::unordered_map<EdgeKey, int, EdgeHash> count;
    for (const std::size_t f : areas)
        forEachRing(l, f, [&](uint32_t r) {
            const auto [a, n] = ringSpan(l, r);
            for (uint32_t i = 0; i < n; ++i) {
                const uint32_t p = a + i, q = a + (i + 1) % n;
                ++count[qz.key(l.x(p), l.y(p), l.x(q), l.y(q))];
            }
        });
    std::vector<std::vector<double>> runs;
    for (const std::size_t f : areas)
        forEachRing(l, f, [&](uint32_t r) {
            const auto [a, n] = ringSpan(l, r);
            if (n < 2) return;
            std::vector<uint8_t> outer(n);
            for (uint32_t i = 0; i < n; ++i) {
                const uint32_t p = a + i, q = a + (i + 1) % n;
                outer[i] = count[qz.key(l.x(p), l.y(p), l.x(q), l.y(q))] == 1;
            }
            // start just after an inner edge so that a run never wraps past the start
            uint32_t start = 0;
            for (uint32_t i = 0; i < n; ++i)
                if (!outer[i]) start = (i + 1) % n;
            std::vector<double> run;
            for (uint32_t k = 0; k < n; ++k) {
                const uint32_t i = (start + k) % n;
                if (!outer[i]) {
                    if (run.size() >= 4) runs.push_back(std::move(run));
                    run.clear();
                    continue;
                }
                const uint32_t p = a + i, q = a + (i + 1) % n;
                if (run.empty()) run.insert(run.end(), {l.x(p), l.y(p)});
                run.insert(run.end(), {l.x(q), l.y(q)});
            }
            if (run.size() >= 4) runs.push_back(std::move(run));
        });
    return runs;
}

} // namespace

std::vector<AtlasGroup> buildAtlasGroups(const Dataset& data, const std::vector<Target>& targets,
                                         const StreetRanking* ranking, std::size_t walkList) {
    std::map<std::string, std::size_t> index;
    std::vector<AtlasGroup> groups;
    for (std::size_t i = 0; i < data.areaCount(); ++i) {
        const std::string g =
            i < data.groups.size() && !data.groups[i].empty() ? data.groups[i] : noGroupName();
        auto [it, added] = index.emplace(g, groups.size());
        if (added) groups.push_back({g, {}, {}, {}, {}, 0, {}, {0, 0}});
        groups[it->second].areas.push_back(i);
    }
    std::sort(groups.begin(), groups.end(), [](const AtlasGroup& a, const AtlasGroup& b) {
        const bool an = a.name == noGroupName(), bn = b.name == noGroupName();
        return an != bn ? bn : a.name < b.name;
    });
    std::vector<std::size_t> groupOf(data.areaCount(), 0);
    for (std::size_t g = 0; g < groups.size(); ++g)
        for (const std::size_t a : groups[g].areas)
            groupOf[a] = g;
    const PolygonLayer& l = data.geometry;
    for (AtlasGroup& g : groups) {
        double best = -1;
        for (const std::size_t a : g.areas) {
            if (a >= l.featureCount() || !l.hasGeometry(a)) continue;
            g.extent.add(l.bbox[a]);
            if (const double ar = featureArea(l, a); ar > best) {
                best = ar;
                g.labelAt = featureInteriorPoint(l, a);
            }
        }
        g.outline = groupOutline(l, g.areas);
    }
    for (const Target& t : targets)
        groups[groupOf[t.area]].targets.push_back(t);
    if (ranking)
        for (const StreetScore& s : ranking->listed) {
            if (s.areas.empty()) continue;
            AtlasGroup& g = groups[groupOf[s.areas.front()]];
            ++g.streetsInGroup;
            if (g.walk.size() < walkList) g.walk.push_back(s);
        }
    return groups;
}

std::vector<double> generaliseLine(const std::vector<double>& xy, double tolerance) {
    const std::size_t n = xy.size() / 2;
    if (n <= 2 || tolerance <= 0) return xy;
    const double t2 = tolerance * tolerance;
    std::vector<double> out{xy[0], xy[1]};
    for (std::size_t i = 1; i + 1 < n; ++i) {
        const double dx = xy[2 * i] - out[out.size() - 2], dy = xy[2 * i + 1] - out.back();
        if (dx * dx + dy * dy >= t2) out.insert(out.end(), {xy[2 * i], xy[2 * i + 1]});
    }
    out.insert(out.end(), {xy[2 * n - 2], xy[2 * n - 1]});
    return out;
}

PolygonLayer generaliseLayer(const PolygonLayer& layer, double tolerance,
                             const std::vector<uint8_t>* keep) {
    PolygonLayer out;
    out.reserve(layer.featureCount(), layer.pointCount() / 4);
    std::vector<double> ring, kept;
    for (std::size_t f = 0; f < layer.featureCount(); ++f) {
        if (keep && (f >= keep->size() || !(*keep)[f])) {
            out.endFeature();
            continue;
        }
        for (uint32_t p = layer.featurePart[f]; p < layer.featurePart[f + 1]; ++p) {
            out.beginPart();
            for (uint32_t r = layer.partRing[p]; r < layer.partRing[p + 1]; ++r) {
                const uint32_t a = layer.ringPoint[r], b = layer.ringPoint[r + 1];
                ring.assign(layer.xy.begin() + 2 * std::ptrdiff_t(a),
                            layer.xy.begin() + 2 * std::ptrdiff_t(b));
                kept = generaliseLine(ring, tolerance);
                if (kept.size() < 8 && ring.size() >= 8) { // a tiny ring: keep a triangle
                    const std::size_t n = ring.size() / 2;
                    kept.clear();
                    for (const std::size_t i : {std::size_t{0}, n / 3, 2 * n / 3, n - 1})
                        kept.insert(kept.end(), {ring[2 * i], ring[2 * i + 1]});
                }
                out.addRing(kept.data(), kept.size() / 2);
            }
            out.endPart();
        }
        out.endFeature();
    }
    return out;
}

StreetLayer streetsInAreas(const StreetLayer& s, const std::vector<uint8_t>& inGroup,
                           double tolerance) {
    StreetLayer out;
    out.names = s.names;
    out.roadClass = s.roadClass;
    std::vector<double> line;
    for (std::size_t l = 0; l < s.lineCount(); ++l) {
        const uint32_t area = s.lineArea[l];
        if (area >= inGroup.size() || !inGroup[area]) continue;
        line.assign(s.xy.begin() + 2 * std::ptrdiff_t(s.linePoint[l]),
                    s.xy.begin() + 2 * std::ptrdiff_t(s.linePoint[l + 1]));
        const std::vector<double> kept = generaliseLine(line, tolerance);
        out.xy.insert(out.xy.end(), kept.begin(), kept.end());
        out.linePoint.push_back(static_cast<uint32_t>(out.xy.size() / 2));
        out.lineStreet.push_back(s.lineStreet[l]);
        out.lineArea.push_back(area);
    }
    return out;
}

} // namespace swingmap
