// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/overlay.h"

#include "gis/crs_util.h"
#include "gis/geos_layer.h"
#include "gis/ogr_common.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <ogr_spatialref.h>
#include <thread>

namespace swingmap::gis {

namespace {

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// ---- CRS ---------------------------------------------------------------------------------

/// Reprojects a copy of `layer` from `from` to `to` (traditional x = easting / longitude order).
Result<PolygonLayer> reprojected(const PolygonLayer& layer, const OGRSpatialReference& from,
                                 const OGRSpatialReference& to, const std::string& what) {
    PolygonLayer out = layer;
    if (from.IsSame(&to)) return out;
    std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&from, &to));
    if (!ct)
        return fail("PROJ has no transformation from the CRS of the " + what + " (" +
                    crsName(from) + ") to " + crsName(to) + "; check the layer's CRS.");
    constexpr std::size_t block = 4096;
    std::vector<double> x(block), y(block);
    std::vector<int> ok(block);
    const std::size_t n = out.pointCount();
    for (std::size_t start = 0; start < n; start += block) {
        const std::size_t m = std::min(block, n - start);
        for (std::size_t k = 0; k < m; ++k)
            x[k] = out.xy[2 * (start + k)], y[k] = out.xy[2 * (start + k) + 1];
        const bool done =
            ct->Transform(static_cast<int>(m), x.data(), y.data(), nullptr, ok.data()) != 0;
        for (std::size_t k = 0; k < m; ++k) {
            if (!done || !ok[k] || !std::isfinite(x[k]) || !std::isfinite(y[k]))
                return fail("The " + what + " could not be reprojected from " + crsName(from) +
                            " to " + crsName(to) + " (its point " + std::to_string(start + k + 1) +
                            " falls outside the projection); check the layer's CRS.");
            out.xy[2 * (start + k)] = x[k], out.xy[2 * (start + k) + 1] = y[k];
        }
    }
    recomputeBBoxes(out);
    return out;
}

struct Working {
    OGRSpatialReference srs;
    AreaCrs crs;
};

Result<Working> workingCrs(const OGRSpatialReference& s, const PolygonLayer& sl,
                           const OGRSpatialReference& t, const PolygonLayer& tl,
                           const std::string& requested) {
    Working w;
    if (!requested.empty()) {
        auto r = parseCrs(requested, "working CRS");
        if (!r) return r.takeError();
        if (!r->IsProjected())
            return fail("The working CRS " + crsName(*r) +
                        " is not projected, so it cannot measure areas; use a projected CRS "
                        "such as \"EPSG:25832\".");
        w.srs = *r;
        w.crs.reason = "the working CRS requested";
    } else if (t.IsProjected()) {
        w.srs = t;
        w.crs.reason = "the target layer's own projected CRS";
    } else if (s.IsProjected()) {
        w.srs = s;
        w.crs.reason = "the source layer's own projected CRS";
    } else if (t.IsGeographic() && s.IsGeographic()) {
        BBox e = sl.extent;
        e.add(tl.extent);
        auto chosen = chooseAreaCrs(e);
        if (!chosen) return chosen.takeError();
        auto r = parseCrs(chosen->wkt, "chosen CRS");
        if (!r) return r.takeError();
        w.srs = *r;
        w.crs = *chosen;
        return w;
    } else {
        return fail("Neither the source CRS (" + crsName(s) + ") nor the target CRS (" +
                    crsName(t) +
                    ") is projected or longitude/latitude; give a projected working CRS.");
    }
    w.srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    w.crs.name = crsName(w.srs);
    w.crs.wkt = crsWkt(w.srs);
    return w;
}

// ---- convex fast path --------------------------------------------------------------------

/// Ring r of a single-part, hole-free feature is convex (collinear and repeated points allowed).
bool convexFeature(const PolygonLayer& l, std::size_t f) {
    if (l.featurePart[f + 1] - l.featurePart[f] != 1) return false;
    const uint32_t p = l.featurePart[f];
    if (l.partRing[p + 1] - l.partRing[p] != 1) return false;
    const uint32_t r = l.partRing[p];
    const double* xy = &l.xy[2 * std::size_t(l.ringPoint[r])];
    const std::size_t n = l.ringPoint[r + 1] - l.ringPoint[r] - 1; // without the closing point
    if (n < 3) return false;
    int sign = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t a = i, b = (i + 1) % n, c = (i + 2) % n;
        const double cross = (xy[2 * b] - xy[2 * a]) * (xy[2 * c + 1] - xy[2 * b + 1]) -
                             (xy[2 * b + 1] - xy[2 * a + 1]) * (xy[2 * c] - xy[2 * b]);
        if (cross == 0) continue;
        const int s = cross > 0 ? 1 : -1;
        if (sign == 0) sign = s;
        if (s != sign) return false;
    }
    return sign != 0;
}

struct Ring {
    const double* xy;
    std::size_t n; ///< points without the closing one
};

Ring ringAt(const PolygonLayer& l, uint32_t r) {
    return {&l.xy[2 * std::size_t(l.ringPoint[r])], l.ringPoint[r + 1] - l.ringPoint[r] - 1u};
}

Ring onlyRing(const PolygonLayer& l, std::size_t f) {
    return ringAt(l, l.partRing[l.featurePart[f]]);
}

/// Sutherland–Hodgman: the subject ring clipped by the convex clip ring (either orientation);
/// `out` gets the clipped polygon (open ring, interleaved). Returns its area (≥ 0). The clip runs
/// in coordinates relative to the subject's first vertex, so that projected coordinates of
/// 10⁶–10⁷ m lose no precision in the cross products (GEOS measures areas the same way).
double clipConvex(Ring subject, Ring clip, std::vector<double>& out, std::vector<double>& tmp,
                  std::vector<double>& local) {
    const double ox = subject.xy[0], oy = subject.xy[1];
    local.resize(2 * clip.n);
    for (std::size_t i = 0; i < clip.n; ++i)
        local[2 * i] = clip.xy[2 * i] - ox, local[2 * i + 1] = clip.xy[2 * i + 1] - oy;
    double orient = 0;
    for (std::size_t i = 0; i < clip.n; ++i) {
        const std::size_t k = (i + 1) % clip.n;
        orient += local[2 * i] * local[2 * k + 1] - local[2 * k] * local[2 * i + 1];
    }
    const double sgn = orient >= 0 ? 1.0 : -1.0;
    out.resize(2 * subject.n);
    for (std::size_t i = 0; i < subject.n; ++i)
        out[2 * i] = subject.xy[2 * i] - ox, out[2 * i + 1] = subject.xy[2 * i + 1] - oy;
    for (std::size_t e = 0; e < clip.n && !out.empty(); ++e) {
        const double ax = local[2 * e], ay = local[2 * e + 1];
        const double bx = local[2 * ((e + 1) % clip.n)], by = local[2 * ((e + 1) % clip.n) + 1];
        if (ax == bx && ay == by) continue;
        auto side = [&](double x, double y) {
            return sgn * ((bx - ax) * (y - ay) - (by - ay) * (x - ax));
        };
        tmp.clear();
        const std::size_t m = out.size() / 2;
        for (std::size_t i = 0; i < m; ++i) {
            const double px = out[2 * i], py = out[2 * i + 1];
            const double qx = out[2 * ((i + 1) % m)], qy = out[2 * ((i + 1) % m) + 1];
            const double sp = side(px, py), sq = side(qx, qy);
            if (sp >= 0) tmp.insert(tmp.end(), {px, py});
            if ((sp >= 0) != (sq >= 0)) {
                const double t = sp / (sp - sq);
                tmp.insert(tmp.end(), {px + t * (qx - px), py + t * (qy - py)});
            }
        }
        out.swap(tmp);
    }
    if (out.size() < 6) {
        out.clear();
        return 0;
    }
    double a = 0;
    const std::size_t m = out.size() / 2;
    for (std::size_t i = 0; i < m; ++i) {
        const std::size_t k = (i + 1) % m;
        a += out[2 * i] * out[2 * k + 1] - out[2 * k] * out[2 * i + 1];
    }
    for (std::size_t i = 0; i < m; ++i)
        out[2 * i] += ox, out[2 * i + 1] += oy;
    return std::fabs(a) / 2;
}

/**
 * Area of (feature f of `any`) ∩ (the convex feature `convex`): Σ over f's parts of
 * area(shell ∩ convex) − Σ area(hole ∩ convex). Clipping a simple ring that need not be convex
 * by a convex ring may leave zero-width bridges along the clip edges, which add nothing to the
 * area; the parts and holes of a valid polygon do not overlap, so the sum is exact.
 */
double clipFeatureArea(const PolygonLayer& any, std::size_t f, Ring convex,
                       std::vector<double>& out, std::vector<double>& tmp,
                       std::vector<double>& local) {
    double area = 0;
    for (uint32_t p = any.featurePart[f]; p < any.featurePart[f + 1]; ++p)
        for (uint32_t r = any.partRing[p]; r < any.partRing[p + 1]; ++r) {
            const Ring ring = ringAt(any, r);
            if (ring.n < 3) continue;
            const double a = clipConvex(ring, convex, out, tmp, local);
            area += r == any.partRing[p] ? a : -a;
        }
    return std::max(area, 0.0);
}

// ---- the overlay -------------------------------------------------------------------------

struct Entry {
    uint32_t source, target;
    double area;
    uint32_t piece; ///< feature of the worker's piece layer
};

struct WorkerOut {
    std::vector<Entry> entries;
    PolygonLayer pieces;
    std::vector<OverlayFailure> failures;
    std::size_t failureCount = 0, candidates = 0, convexPairs = 0;
};

struct Shared {
    const PolygonLayer& src;
    const PolygonLayer& tgt;
    const std::vector<GeosGeomPtr>& targetGeoms;
    const std::vector<char>& srcConvex;
    const std::vector<char>& tgtConvex;
    const std::vector<double>& targetArea;
    GEOSSTRtree* tree;
    const OverlayOptions& opt;
    std::atomic<std::size_t> next{0};
};

void queryCallback(void* item, void* userdata) {
    static_cast<std::vector<uint32_t>*>(userdata)->push_back(*static_cast<uint32_t*>(item));
}

void recordFailure(WorkerOut& out, uint32_t s, uint32_t t, const std::string& message) {
    ++out.failureCount;
    if (out.failures.size() < 20) out.failures.push_back({s, t, message});
}

void appendOpenRing(PolygonLayer& pieces, const std::vector<double>& ring) {
    std::vector<double> closed(ring);
    closed.insert(closed.end(), {ring[0], ring[1]});
    pieces.beginPart();
    pieces.addRing(closed.data(), closed.size() / 2);
    pieces.endPart();
}

/// All pairs of source i. GEOS geometry and a prepared geometry of the source are only built
/// when a pair needs them.
void overlaySource(Shared& sh, const GeosContext& c, uint32_t i, std::vector<uint32_t>& cand,
                   WorkerOut& out, std::vector<double>& ring, std::vector<double>& tmp,
                   std::vector<double>& local, std::vector<double>& buf) {
    const BBox& b = sh.src.bbox[i];
    GeosGeomPtr box =
        geosOwn(c, GEOSGeom_createRectangle_r(c.get(), b.minX, b.minY, b.maxX, b.maxY));
    if (!box) return recordFailure(out, i, 0, "no bounding box" + c.detail());
    cand.clear();
    GEOSSTRtree_query_r(c.get(), sh.tree, box.get(), &queryCallback, &cand);
    std::sort(cand.begin(), cand.end());
    GeosGeomPtr geom(nullptr, {c.get()});
    GeosPreparedPtr prepared(nullptr, {c.get()});
    bool built = false;
    for (uint32_t j : cand) {
        if (!b.intersects(sh.tgt.bbox[j])) continue;
        ++out.candidates;
        double area = 0;
        const bool keep = sh.opt.keepPieces;
        const auto piece = static_cast<uint32_t>(out.pieces.featureCount());
        const bool fast = sh.opt.convexFastPath && (sh.srcConvex[i] || sh.tgtConvex[j]);
        if (fast && sh.srcConvex[i] && sh.tgtConvex[j]) {
            ++out.convexPairs;
            area = clipConvex(onlyRing(sh.src, i), onlyRing(sh.tgt, j), ring, tmp, local);
            if (area > 0 && keep) appendOpenRing(out.pieces, ring);
        } else if (fast && !keep) { // one side convex: the area is exact, the piece may not be
            ++out.convexPairs;
            area = sh.tgtConvex[j]
                       ? clipFeatureArea(sh.src, i, onlyRing(sh.tgt, j), ring, tmp, local)
                       : clipFeatureArea(sh.tgt, j, onlyRing(sh.src, i), ring, tmp, local);
        } else {
            if (!built) {
                built = true;
                geom = featureToGeos(c, sh.src, i);
                if (!geom) return recordFailure(out, i, j, "invalid source ring" + c.detail());
                // prepared (edges indexed) when there are several pairs: the quick "no
                // overlap" / "contains" answers then save whole intersections (~20 % of the
                // GEOS time on shifted Voronoi cells)
                if (cand.size() > 1)
                    prepared = GeosPreparedPtr(GEOSPrepare_r(c.get(), geom.get()), {c.get()});
            }
            const GEOSGeometry* t = sh.targetGeoms[j].get();
            if (!t) continue;
            if (prepared && GEOSPreparedIntersects_r(c.get(), prepared.get(), t) == 0) {
                continue;
            } else if (prepared &&
                       GEOSPreparedContainsProperly_r(c.get(), prepared.get(), t) == 1) {
                area = sh.targetArea[j];
                if (keep) appendParts(sh.tgt, j, out.pieces);
            } else {
                GeosGeomPtr inter = geosOwn(c, GEOSIntersection_r(c.get(), geom.get(), t));
                if (!inter) {
                    recordFailure(out, i, j, c.lastError().empty() ? "GEOS failed" : c.lastError());
                    continue;
                }
                area = polygonalArea(c, inter.get());
                if (area > 0 && keep) appendPolygonal(c, out.pieces, inter.get(), buf);
            }
        }
        if (!(area > 0)) continue;
        if (keep) out.pieces.endFeature();
        out.entries.push_back({i, j, area, piece});
    }
}

void worker(Shared& sh, WorkerOut& out) {
    GeosContext c;
    std::vector<uint32_t> cand;
    std::vector<double> ring, tmp, local, buf;
    constexpr std::size_t chunk = 256;
    const std::size_t n = sh.src.featureCount();
    for (;;) {
        const std::size_t start = sh.next.fetch_add(chunk);
        if (start >= n) break;
        for (std::size_t i = start; i < std::min(n, start + chunk); ++i) {
            if (!sh.src.hasGeometry(i)) continue;
            try {
                overlaySource(sh, c, static_cast<uint32_t>(i), cand, out, ring, tmp, local, buf);
            } catch (const std::exception& e) { // never let a worker thread end the program
                recordFailure(out, static_cast<uint32_t>(i), 0, e.what());
            }
        }
    }
}

} // namespace

Result<AreaCrs> chooseAreaCrs(const BBox& e) {
    if (e.empty() || !std::isfinite(e.minX) || e.minX < -180.5 || e.maxX > 180.5 ||
        e.minY < -90.5 || e.maxY > 90.5)
        return fail("The layers' extent is not in longitude/latitude degrees, so no CRS can be "
                    "chosen for it; declare the layers' CRS.");
    const double lon = (e.minX + e.maxX) / 2, lat = (e.minY + e.maxY) / 2;
    OGRSpatialReference srs;
    AreaCrs out;
    char extent[160];
    std::snprintf(extent, sizeof extent, "%.2f° wide, centred on %.4f°, %.4f°", e.width(), lon,
                  lat);
    if (e.width() <= 6 && e.minY >= -80 && e.maxY <= 84) {
        const int zone = std::clamp(static_cast<int>(std::floor((lon + 180) / 6)) + 1, 1, 60);
        if (srs.importFromEPSG((lat >= 0 ? 32600 : 32700) + zone) != OGRERR_NONE)
            return fail("PROJ does not know the UTM zone " + std::to_string(zone) +
                        "; check the PROJ installation (proj.db).");
        out.reason = std::string("the layers are in longitude/latitude (extent ") + extent +
                     "): areas in the UTM zone of the centre";
    } else {
        srs.SetWellKnownGeogCS("WGS84");
        srs.SetLAEA(lat, lon, 0, 0);
        char name[96];
        std::snprintf(name, sizeof name, "WGS 84 / LAEA centred on %.4f°, %.4f°", lon, lat);
        srs.SetProjCS(name);
        out.reason = std::string("the layers are in longitude/latitude (extent ") + extent +
                     "), too wide for one UTM zone: areas in an equal-area projection centred "
                     "on it";
    }
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    out.name = srs.GetAuthorityCode(nullptr) ? crsName(srs) + " (" + srs.GetName() + ")"
                                             : std::string(srs.GetName());
    out.wkt = crsWkt(srs);
    return out;
}

Result<OverlayResult> overlayLayers(const CrsLayer& source, const CrsLayer& target,
                                    const OverlayOptions& opt) {
    if (!source.geometry || !target.geometry)
        return fail("The overlay needs a source and a target layer.");
    const auto t0 = Clock::now();
    CplErrorCapture quiet; // PROJ's complaints go into our messages, not to stderr
    auto sSrs = parseCrs(source.crs, "source layer");
    if (!sSrs) return sSrs.takeError();
    auto tSrs = parseCrs(target.crs, "target layer");
    if (!tSrs) return tSrs.takeError();
    auto w = workingCrs(*sSrs, *source.geometry, *tSrs, *target.geometry, opt.workingCrs);
    if (!w) return w.takeError();
    auto src = reprojected(*source.geometry, *sSrs, w->srs, "source layer");
    if (!src) return src.takeError();
    auto tgt = reprojected(*target.geometry, *tSrs, w->srs, "target layer");
    if (!tgt) return tgt.takeError();
    OverlayResult r;
    r.crs = w->crs;
    r.secondsProject = secondsSince(t0);

    const auto t1 = Clock::now();
    const std::size_t ns = src->featureCount(), nt = tgt->featureCount();
    if (ns >= UINT32_MAX || nt >= UINT32_MAX) return fail("The layers have too many features.");
    OverlapMatrix& m = r.matrix;
    m.sourceArea.resize(ns);
    m.targetArea.resize(nt);
    std::vector<char> sConvex(ns), tConvex(nt);
    for (std::size_t i = 0; i < ns; ++i)
        m.sourceArea[i] = featureAreaPrecise(*src, i),
        sConvex[i] = static_cast<char>(convexFeature(*src, i));
    for (std::size_t j = 0; j < nt; ++j)
        m.targetArea[j] = featureAreaPrecise(*tgt, j),
        tConvex[j] = static_cast<char>(convexFeature(*tgt, j));
    GeosContext main;
    std::vector<GeosGeomPtr> targetGeoms;
    targetGeoms.reserve(nt);
    std::vector<uint32_t> ids(nt);
    GeosTreePtr tree(GEOSSTRtree_create_r(main.get(), 10), {main.get()});
    std::vector<GeosGeomPtr> boxes;
    boxes.reserve(nt);
    for (std::size_t j = 0; j < nt; ++j) {
        ids[j] = static_cast<uint32_t>(j);
        targetGeoms.push_back(featureToGeos(main, *tgt, j));
        if (!tgt->hasGeometry(j)) {
            boxes.emplace_back(nullptr, GeosGeomDeleter{main.get()});
            continue;
        }
        const BBox& b = tgt->bbox[j];
        boxes.push_back(
            geosOwn(main, GEOSGeom_createRectangle_r(main.get(), b.minX, b.minY, b.maxX, b.maxY)));
        if (boxes.back()) GEOSSTRtree_insert_r(main.get(), tree.get(), boxes.back().get(), &ids[j]);
    }
    { // the first query builds the tree; from then on it is only read, so threads may share it
        std::vector<uint32_t> none;
        GeosGeomPtr p = geosOwn(main, GEOSGeom_createPointFromXY_r(main.get(), 0, 0));
        if (p) GEOSSTRtree_query_r(main.get(), tree.get(), p.get(), &queryCallback, &none);
    }
    r.secondsIndex = secondsSince(t1);

    const auto t2 = Clock::now();
    Shared sh{*src, *tgt, targetGeoms, sConvex, tConvex, m.targetArea, tree.get(), opt};
    unsigned threads =
        opt.threads ? opt.threads : std::max(1u, std::thread::hardware_concurrency());
    if (ns < 512) threads = 1;
    std::vector<WorkerOut> outs(threads);
    std::vector<std::thread> pool;
    for (unsigned k = 1; k < threads; ++k)
        pool.emplace_back(worker, std::ref(sh), std::ref(outs[k]));
    worker(sh, outs[0]);
    for (std::thread& th : pool)
        th.join();

    std::vector<std::pair<unsigned, std::size_t>> order; // (worker, entry)
    for (unsigned k = 0; k < threads; ++k) {
        r.candidatePairs += outs[k].candidates;
        r.convexPairs += outs[k].convexPairs;
        r.geosFailures += outs[k].failureCount;
        for (auto& f : outs[k].failures)
            if (r.failures.size() < 20) r.failures.push_back(std::move(f));
        for (std::size_t e = 0; e < outs[k].entries.size(); ++e)
            order.emplace_back(k, e);
    }
    std::sort(order.begin(), order.end(), [&outs](const auto& a, const auto& b) {
        const Entry& x = outs[a.first].entries[a.second];
        const Entry& y = outs[b.first].entries[b.second];
        return x.source != y.source ? x.source < y.source : x.target < y.target;
    });
    m.source.reserve(order.size()), m.target.reserve(order.size()), m.area.reserve(order.size());
    for (const auto& [k, e] : order) {
        const Entry& x = outs[k].entries[e];
        m.source.push_back(x.source), m.target.push_back(x.target), m.area.push_back(x.area);
        if (opt.keepPieces) copyFeature(outs[k].pieces, x.piece, r.pieces);
    }
    r.secondsIntersect = secondsSince(t2);
    return r;
}

Result<std::vector<int64_t>> locatePoints(const std::vector<double>& xy,
                                          const std::string& pointsCrs, const CrsLayer& layer) {
    if (!layer.geometry) return fail("Locating points needs a polygon layer.");
    if (xy.size() % 2 != 0) return fail("The points need x,y pairs; got an odd number of values.");
    CplErrorCapture quiet;
    auto pSrs = parseCrs(pointsCrs, "weight points");
    if (!pSrs) return pSrs.takeError();
    auto lSrs = parseCrs(layer.crs, "polygon layer");
    if (!lSrs) return lSrs.takeError();
    // the points as a one-ring "layer" so they reproject like polygons
    PolygonLayer pts;
    pts.xy = xy;
    auto moved = reprojected(pts, *pSrs, *lSrs, "weight points");
    if (!moved) return moved.takeError();
    const PolygonLayer& l = *layer.geometry;
    GeosContext c;
    GeosTreePtr tree(GEOSSTRtree_create_r(c.get(), 10), {c.get()});
    std::vector<uint32_t> ids(l.featureCount());
    std::vector<GeosGeomPtr> boxes;
    for (std::size_t f = 0; f < l.featureCount(); ++f) {
        ids[f] = static_cast<uint32_t>(f);
        if (!l.hasGeometry(f)) continue;
        const BBox& b = l.bbox[f];
        boxes.push_back(
            geosOwn(c, GEOSGeom_createRectangle_r(c.get(), b.minX, b.minY, b.maxX, b.maxY)));
        if (boxes.back()) GEOSSTRtree_insert_r(c.get(), tree.get(), boxes.back().get(), &ids[f]);
    }
    std::vector<int64_t> out(xy.size() / 2, -1);
    std::vector<uint32_t> cand;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double x = moved->xy[2 * i], y = moved->xy[2 * i + 1];
        if (!std::isfinite(x) || !std::isfinite(y)) continue;
        GeosGeomPtr p = geosOwn(c, GEOSGeom_createPointFromXY_r(c.get(), x, y));
        if (!p) continue;
        cand.clear();
        GEOSSTRtree_query_r(c.get(), tree.get(), p.get(), &queryCallback, &cand);
        std::sort(cand.begin(), cand.end());
        for (uint32_t f : cand)
            if (featureContains(l, f, x, y)) {
                out[i] = f;
                break;
            }
    }
    return out;
}

Result<DasymetricWeights> pointWeights(const std::vector<double>& xy, const std::string& pointsCrs,
                                       const std::vector<double>& count, const CrsLayer& source,
                                       const CrsLayer& target, const OverlayResult& main,
                                       PointWeightStats* stats) {
    auto inSource = locatePoints(xy, pointsCrs, source);
    if (!inSource) return inSource.takeError();
    auto inTarget = locatePoints(xy, pointsCrs, target);
    if (!inTarget) return inTarget.takeError();
    auto w = weightsFromPoints(main.matrix, *inSource, *inTarget, count);
    if (w && stats) {
        stats->points = inSource->size();
        stats->outsideSource = w->outsideSources;
        stats->unmatched = w->unmatched;
        stats->outsideTarget = 0;
        for (std::size_t i = 0; i < inSource->size(); ++i)
            stats->outsideTarget += (*inSource)[i] >= 0 && (*inTarget)[i] < 0;
    }
    return w;
}

Result<DasymetricWeights> polygonWeights(const CrsLayer& source, const CrsLayer& target,
                                         const CrsLayer& weights,
                                         const std::vector<double>& weightCount,
                                         const OverlayResult& main, std::size_t* failures,
                                         const OverlayOptions& options) {
    OverlayOptions o = options;
    o.workingCrs = main.crs.wkt;
    o.keepPieces = true;
    auto sw = overlayLayers(source, weights, o);
    if (!sw) return sw.takeError();
    o.keepPieces = false;
    auto pt = overlayLayers({&sw->pieces, main.crs.wkt}, target, o);
    if (!pt) return pt.takeError();
    if (failures) *failures += sw->geosFailures + pt->geosFailures;
    return weightsFromPolygons(main.matrix, sw->matrix, pt->matrix, weightCount);
}

} // namespace swingmap::gis
