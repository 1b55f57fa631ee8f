// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/catchments.h"

#include "core/keys.h"
#include "gis/crs_util.h"
#include "gis/gdal_util.h"
#include "gis/geos_layer.h"
#include "gis/overlay.h"
#include "gis/voronoi.h"

#include <ogr_spatialref.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <memory>
#include <numeric>
#include <thread>
#include <unordered_map>

namespace swingmap::gis {

namespace {

constexpr std::size_t maxMessages = 20;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

void note(CatchmentReport& r, std::string sentence) {
    if (r.messages.size() < maxMessages) r.messages.push_back(std::move(sentence));
}

std::string stationLabel(const StationPoints& s, std::size_t i) {
    return "station \"" + s.keys[i] + "\" (row " + std::to_string(i + 1) + ")";
}

std::string areaLabel(const EnclosingLayer& e, std::size_t a) {
    return e.keys.empty() ? "area " + std::to_string(a + 1) : "area \"" + e.keys[a] + "\"";
}

Status checkInputs(const StationPoints& s, const EnclosingLayer& e) {
    if (!e.geometry) return fail("Catchments need an enclosing polygon layer.");
    if (s.xy.size() != 2 * s.keys.size())
        return fail("The stations need one x,y pair per key: got " + std::to_string(s.xy.size()) +
                    " coordinates for " + std::to_string(s.keys.size()) + " keys.");
    if (!s.area.empty() && s.area.size() != s.keys.size())
        return fail("The stations' area column has " + std::to_string(s.area.size()) +
                    " values for " + std::to_string(s.keys.size()) + " stations.");
    if (!e.keys.empty() && e.keys.size() != e.geometry->featureCount())
        return fail("The enclosing layer has " + std::to_string(e.keys.size()) + " keys for " +
                    std::to_string(e.geometry->featureCount()) + " areas.");
    const bool named =
        std::any_of(s.area.begin(), s.area.end(), [](auto& k) { return !k.empty(); });
    if (named && e.keys.empty())
        return fail("The stations name their enclosing areas, but the enclosing layer has no "
                    "keys to match them against; give the layer's key column.");
    if (e.crs.empty())
        return fail("The enclosing layer has no CRS, so the stations cannot be placed on it; "
                    "declare \"crs\" for it.");
    return Ok{};
}

/// The stations in the enclosing layer's CRS; a point PROJ cannot transform becomes NaN, NaN.
Result<std::vector<double>> toEnclosingCrs(const StationPoints& s, const std::string& to) {
    CplErrorCapture quiet;
    auto dst = parseCrs(to, "enclosing layer");
    if (!dst) return dst.takeError();
    if (s.crs.empty()) return s.xy;
    auto src = parseCrs(s.crs, "stations");
    if (!src) return src.takeError();
    if (src->IsSame(&*dst)) return s.xy;
    std::unique_ptr<OGRCoordinateTransformation> ct(
        OGRCreateCoordinateTransformation(&*src, &*dst));
    if (!ct)
        return fail("PROJ has no transformation from the stations' CRS (" + s.crs.substr(0, 60) +
                    ") to the enclosing layer's; check the stations' CRS.");
    const std::size_t n = s.keys.size();
    std::vector<double> x(n), y(n);
    std::vector<int> ok(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = s.xy[2 * i], y[i] = s.xy[2 * i + 1];
    // a point PROJ cannot move is flagged in `ok`; the call's own result is ignored for that
    if (n > 0) ct->Transform(static_cast<int>(n), x.data(), y.data(), nullptr, ok.data());
    std::vector<double> out(2 * n, nan);
    for (std::size_t i = 0; i < n; ++i)
        if (ok[i] && std::isfinite(x[i]) && std::isfinite(y[i]))
            out[2 * i] = x[i], out[2 * i + 1] = y[i];
    return out;
}

/// Which enclosing area each station is cut from (-1 = none), filling the report's station lists.
Result<std::vector<int64_t>> assignStations(const StationPoints& s, const EnclosingLayer& e,
                                            const std::vector<double>& xy, CatchmentReport& r) {
    auto located = locatePoints(xy, e.crs, {e.geometry, e.crs});
    if (!located) return located.takeError();
    std::unordered_map<std::string, int64_t> areaByKey;
    for (std::size_t a = 0; a < e.keys.size(); ++a)
        areaByKey.emplace(normaliseKey(e.keys[a]), static_cast<int64_t>(a));
    std::vector<int64_t> areaOf(s.keys.size(), -1);
    for (std::size_t i = 0; i < s.keys.size(); ++i) {
        if (!std::isfinite(xy[2 * i]) || !std::isfinite(xy[2 * i + 1])) {
            r.noCoordinates.push_back(i);
            note(r, stationLabel(s, i) + " has no coordinates in the enclosing layer's CRS; it "
                                         "gets no catchment.");
            continue;
        }
        const std::string named = s.area.empty() ? std::string() : normaliseKey(s.area[i]);
        if (named.empty()) {
            areaOf[i] = (*located)[i];
            if (areaOf[i] < 0) {
                r.outside.push_back(i);
                note(r, stationLabel(s, i) + " lies outside every enclosing area; it gets no "
                                             "catchment and its figures are left out.");
            }
            continue;
        }
        auto it = areaByKey.find(named);
        if (it == areaByKey.end()) {
            r.outside.push_back(i);
            note(r, stationLabel(s, i) + " names area \"" + s.area[i] +
                        "\", which the enclosing layer does not have; check the area column.");
            continue;
        }
        areaOf[i] = it->second;
        if ((*located)[i] != it->second) {
            r.elsewhere.push_back(i);
            note(r, stationLabel(s, i) + " names " + areaLabel(e, std::size_t(it->second)) +
                        " but does not lie inside it; its catchment is cut from that area.");
        }
    }
    return areaOf;
}

/// Stations of one enclosing area, with those at the same place folded onto the first.
struct AreaStations {
    std::vector<std::size_t> stations;
    std::vector<std::size_t> cellOf; ///< per station: index of its unique place
    std::vector<double> places;      ///< interleaved x, y of the unique places
};

std::vector<AreaStations> groupByArea(const std::vector<int64_t>& areaOf,
                                      const std::vector<double>& xy, std::size_t areaCount,
                                      CatchmentReport& r) {
    std::vector<AreaStations> areas(areaCount);
    for (std::size_t i = 0; i < areaOf.size(); ++i)
        if (areaOf[i] >= 0) areas[std::size_t(areaOf[i])].stations.push_back(i);
    for (AreaStations& a : areas) {
        auto at = [&](std::size_t i) { return std::pair(xy[2 * i], xy[2 * i + 1]); };
        std::vector<std::size_t> order(a.stations.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t p, std::size_t q) {
            return at(a.stations[p]) < at(a.stations[q]);
        });
        a.cellOf.assign(a.stations.size(), 0);
        for (std::size_t k = 0; k < order.size(); ++k) {
            const std::size_t here = a.stations[order[k]];
            if (k > 0 && at(here) == at(a.stations[order[k - 1]])) {
                a.cellOf[order[k]] = a.cellOf[order[k - 1]];
                continue;
            }
            a.cellOf[order[k]] = a.places.size() / 2;
            a.places.insert(a.places.end(), {xy[2 * here], xy[2 * here + 1]});
        }
        // report each repeat against the first station (input order) at its place
        std::vector<std::size_t> firstOf(a.places.size() / 2, areaOf.size());
        for (std::size_t k = 0; k < a.stations.size(); ++k) {
            std::size_t& first = firstOf[a.cellOf[k]];
            if (first == areaOf.size())
                first = a.stations[k];
            else
                r.duplicates.emplace_back(a.stations[k], first);
        }
    }
    std::sort(r.duplicates.begin(), r.duplicates.end());
    return areas;
}

struct Worker {
    PolygonLayer cells; ///< one feature per unique place handled here
    std::size_t failures = 0;
    std::vector<std::string> messages;
};

/// Where a station's cell is: worker and feature; worker == none = no cell.
struct CellRef {
    static constexpr unsigned none = std::numeric_limits<unsigned>::max();
    unsigned worker = none;
    uint32_t feature = 0;
};

/// The cells of one area's places, clipped to the area, appended to w.cells (one feature each).
Status cutArea(const GeosContext& c, const PolygonLayer& l, std::size_t a, const AreaStations& as,
               Worker& w, std::vector<double>& buf) {
    const std::size_t places = as.places.size() / 2;
    if (!l.hasGeometry(a)) { // named by stations but without a polygon: no cells
        for (std::size_t k = 0; k < places; ++k)
            w.cells.endFeature();
        return Ok{};
    }
    if (places == 1) {
        copyFeature(l, a, w.cells);
        return Ok{};
    }
    GeosGeomPtr area = featureToGeos(c, l, a);
    if (!area) return fail("its polygon is not valid for GEOS" + c.detail());
    auto cells = voronoiCells(as.places, l.bbox[a]);
    if (!cells) return cells.takeError();
    for (std::size_t k = 0; k < places; ++k) {
        GeosGeomPtr cell = featureToGeos(c, *cells, k);
        GeosGeomPtr cut =
            geosOwn(c, cell ? GEOSIntersection_r(c.get(), cell.get(), area.get()) : nullptr);
        if (cell && !cut) return fail("GEOS could not clip a cell to it" + c.detail());
        if (cut) appendPolygonal(c, w.cells, cut.get(), buf);
        w.cells.endFeature();
    }
    return Ok{};
}

/// Cuts every area with stations, shared out over the threads; fills cellOf per station.
std::vector<Worker> cutAll(const EnclosingLayer& e, const std::vector<AreaStations>& areas,
                           unsigned threads, std::vector<CellRef>& cellOf) {
    std::vector<std::size_t> todo;
    std::size_t stations = 0;
    for (std::size_t a = 0; a < areas.size(); ++a)
        if (!areas[a].stations.empty()) todo.push_back(a), stations += areas[a].stations.size();
    unsigned n = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
    if (stations < 200 || todo.size() < 2) n = 1;
    n = std::min<unsigned>(n, static_cast<unsigned>(std::max<std::size_t>(todo.size(), 1)));
    std::vector<Worker> workers(n);
    std::atomic<std::size_t> next{0};
    auto run = [&](unsigned k) {
        Worker& w = workers[k];
        GeosContext c;
        std::vector<double> buf;
        for (std::size_t t; (t = next.fetch_add(1)) < todo.size();) {
            const std::size_t a = todo[t];
            const AreaStations& as = areas[a];
            const auto first = static_cast<uint32_t>(w.cells.featureCount());
            Status done = fail("GEOS failed");
            try {
                done = cutArea(c, *e.geometry, a, as, w, buf);
            } catch (const std::exception& ex) { // never let a worker end the program
                done = fail(ex.what());
            }
            if (!done) { // drop the area's partial cells
                w.cells = [&] {
                    PolygonLayer kept;
                    for (uint32_t f = 0; f < first; ++f)
                        copyFeature(w.cells, f, kept);
                    return kept;
                }();
                ++w.failures;
                w.messages.push_back(areaLabel(e, a) + " could not be cut into catchments: " +
                                     done.error() + "; its stations get none.");
                continue;
            }
            for (std::size_t s = 0; s < as.stations.size(); ++s)
                cellOf[as.stations[s]] = {k, first + static_cast<uint32_t>(as.cellOf[s])};
        }
    };
    std::vector<std::thread> pool;
    for (unsigned k = 1; k < n; ++k)
        pool.emplace_back(run, k);
    run(0);
    for (std::thread& t : pool)
        t.join();
    return workers;
}

} // namespace

Result<Catchments> buildCatchments(const StationPoints& stations, const EnclosingLayer& enclosing,
                                   const CatchmentOptions& options) {
    if (Status ok = checkInputs(stations, enclosing); !ok) return ok.takeError();
    const PolygonLayer& layer = *enclosing.geometry;
    auto xy = toEnclosingCrs(stations, enclosing.crs);
    if (!xy) return xy.takeError();
    Catchments out;
    CatchmentReport& r = out.report;
    auto areaOf = assignStations(stations, enclosing, *xy, r);
    if (!areaOf) return areaOf.takeError();
    const std::vector<AreaStations> areas = groupByArea(*areaOf, *xy, layer.featureCount(), r);
    for (const auto& [dup, first] : r.duplicates)
        note(r, stationLabel(stations, dup) + " is at the same place as " +
                    stationLabel(stations, first) +
                    "; both get the same catchment, so their figures share its ground.");
    for (std::size_t a = 0; a < areas.size(); ++a)
        if (areas[a].stations.empty() && layer.hasGeometry(a)) {
            r.noStation.push_back(a);
            note(r, areaLabel(enclosing, a) + " has no station: its ground is in no catchment, "
                                              "so no figures reach it.");
        }
    std::vector<CellRef> cellOf(stations.keys.size());
    std::vector<Worker> workers = cutAll(enclosing, areas, options.threads, cellOf);
    for (Worker& w : workers) {
        r.geosFailures += w.failures;
        for (std::string& m : w.messages)
            note(r, std::move(m));
    }
    out.keys = stations.keys;
    out.areaOf = std::move(*areaOf);
    out.geometry.reserve(stations.keys.size(), 0);
    for (std::size_t i = 0; i < stations.keys.size(); ++i) {
        const CellRef ref = cellOf[i];
        if (ref.worker == CellRef::none) {
            out.areaOf[i] = -1;
            out.geometry.endFeature();
            continue;
        }
        copyFeature(workers[ref.worker].cells, ref.feature, out.geometry);
        if (!out.geometry.hasGeometry(i)) {
            r.emptyCells.push_back(i);
            note(r, stationLabel(stations, i) + "'s cell misses " +
                        areaLabel(enclosing, std::size_t(out.areaOf[i])) +
                        " entirely; it gets no catchment.");
        }
    }
    return out;
}

} // namespace swingmap::gis
