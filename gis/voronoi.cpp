// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/voronoi.h"

#include "gis/gdal_util.h"
#include "gis/geos_layer.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <unordered_map>

namespace swingmap::gis {

namespace {

using gis::GeosContext;
using gis::GeosGeomPtr;
using gis::geosOwn;

/// A collection taking over `parts` (all non-null).
GeosGeomPtr makeCollection(const GeosContext& c, int type, std::vector<GeosGeomPtr>& parts) {
    std::vector<GEOSGeometry*> raw;
    raw.reserve(parts.size());
    for (auto& p : parts)
        raw.push_back(p.release());
    parts.clear();
    return geosOwn(c, GEOSGeom_createCollection_r(c.get(), type, raw.data(),
                                                  static_cast<unsigned>(raw.size())));
}

// ---- Voronoi -----------------------------------------------------------------------------

Status checkPoints(const std::vector<double>& xy, const BBox& clip) {
    if (xy.size() % 2 != 0)
        return fail("Voronoi cells need x,y pairs; got an odd number of values.");
    if (clip.empty() || clip.width() <= 0 || clip.height() <= 0)
        return fail("Voronoi cells need a clip box with a positive width and height.");
    for (std::size_t i = 0; i < xy.size(); ++i)
        if (!std::isfinite(xy[i]))
            return fail("Point " + std::to_string(i / 2 + 1) + " has no valid coordinates.");
    return Ok{};
}

/// For each point, the first point at exactly the same place (itself if unique).
std::vector<std::size_t> firstAtSamePlace(const std::vector<double>& xy) {
    const std::size_t n = xy.size() / 2;
    std::vector<std::size_t> order(n), first(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    auto key = [&](std::size_t i) { return std::pair(xy[2 * i], xy[2 * i + 1]); };
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return key(a) < key(b); });
    for (std::size_t k = 0; k < n; ++k)
        first[order[k]] =
            (k > 0 && key(order[k]) == key(order[k - 1])) ? first[order[k - 1]] : order[k];
    return first;
}

struct PointIndex {
    GeosGeomPtr points; ///< multipoint, owns the tree's items
    gis::GeosTreePtr tree;
    std::unordered_map<const GEOSGeometry*, std::size_t> indexOf;
};

PointIndex indexPoints(const GeosContext& c, const std::vector<double>& xy) {
    std::vector<GeosGeomPtr> pts;
    for (std::size_t i = 0; i < xy.size() / 2; ++i)
        pts.push_back(geosOwn(c, GEOSGeom_createPointFromXY_r(c.get(), xy[2 * i], xy[2 * i + 1])));
    PointIndex idx{makeCollection(c, GEOS_MULTIPOINT, pts),
                   gis::GeosTreePtr(GEOSSTRtree_create_r(c.get(), 10), {c.get()}),
                   {}};
    for (std::size_t i = 0; idx.points && i < xy.size() / 2; ++i) {
        const GEOSGeometry* p = GEOSGetGeometryN_r(c.get(), idx.points.get(), static_cast<int>(i));
        GEOSSTRtree_insert_r(c.get(), idx.tree.get(), p, const_cast<GEOSGeometry*>(p));
        idx.indexOf.emplace(p, i);
    }
    return idx;
}

GeosGeomPtr rectangle(const GeosContext& c, const BBox& b) {
    return geosOwn(c, GEOSGeom_createRectangle_r(c.get(), b.minX, b.minY, b.maxX, b.maxY));
}

/// Every point of a Voronoi cell is nearest to the cell's own point, and cells are convex, so
/// the point nearest to a cell's centroid is the cell's point.
Result<std::size_t> generatorOf(const GeosContext& c, PointIndex& idx, const GEOSGeometry* cell) {
    GeosGeomPtr centroid = geosOwn(c, GEOSGetCentroid_r(c.get(), cell));
    const GEOSGeometry* near =
        centroid ? GEOSSTRtree_nearest_r(c.get(), idx.tree.get(), centroid.get()) : nullptr;
    auto it = near ? idx.indexOf.find(near) : idx.indexOf.end();
    if (it == idx.indexOf.end())
        return fail("A Voronoi cell could not be matched to its point" + c.detail() + ".");
    return it->second;
}

/// Cells are convex, so clipping by the rectangle is exact; most cells lie wholly inside and
/// are copied without an overlay.
GeosGeomPtr clipToBox(const GeosContext& c, const GEOSGeometry* cell, const BBox& b) {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    GEOSGeom_getXMin_r(c.get(), cell, &x0), GEOSGeom_getYMin_r(c.get(), cell, &y0);
    GEOSGeom_getXMax_r(c.get(), cell, &x1), GEOSGeom_getYMax_r(c.get(), cell, &y1);
    if (x0 >= b.minX && y0 >= b.minY && x1 <= b.maxX && y1 <= b.maxY)
        return geosOwn(c, GEOSGeom_clone_r(c.get(), cell));
    return geosOwn(c, GEOSClipByRect_r(c.get(), cell, b.minX, b.minY, b.maxX, b.maxY));
}

Result<std::vector<GeosGeomPtr>> clippedCells(const GeosContext& c, const std::vector<double>& xy,
                                              const BBox& clip) {
    PointIndex idx = indexPoints(c, xy);
    BBox env = clip;
    for (std::size_t i = 0; i < xy.size() / 2; ++i)
        env.add(xy[2 * i], xy[2 * i + 1]);
    const double pad = std::max(env.width(), env.height());
    GeosGeomPtr envelope =
        rectangle(c, {env.minX - pad, env.minY - pad, env.maxX + pad, env.maxY + pad});
    GeosGeomPtr diagram =
        geosOwn(c, idx.points && envelope
                       ? GEOSVoronoiDiagram_r(c.get(), idx.points.get(), envelope.get(), 0.0, 0)
                       : nullptr);
    if (!diagram) return fail("The Voronoi diagram could not be computed" + c.detail() + ".");
    std::vector<GeosGeomPtr> cells(xy.size() / 2);
    for (int k = 0; k < GEOSGetNumGeometries_r(c.get(), diagram.get()); ++k) {
        const GEOSGeometry* cell = GEOSGetGeometryN_r(c.get(), diagram.get(), k);
        auto i = generatorOf(c, idx, cell);
        if (!i) return i.takeError();
        cells[*i] = clipToBox(c, cell, clip);
        if (!cells[*i]) return fail("A Voronoi cell could not be clipped" + c.detail() + ".");
    }
    return cells;
}

} // namespace

Result<PolygonLayer> voronoiCells(const std::vector<double>& xy, const BBox& clip) {
    if (Status ok = checkPoints(xy, clip); !ok) return ok.takeError();
    const std::size_t n = xy.size() / 2;
    const std::vector<std::size_t> first = firstAtSamePlace(xy);
    std::vector<double> unique;
    std::vector<std::size_t> slot(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (first[i] == i) {
            slot[i] = unique.size() / 2;
            unique.insert(unique.end(), {xy[2 * i], xy[2 * i + 1]});
        } else
            slot[i] = slot[first[i]];
    }
    GeosContext c;
    std::vector<GeosGeomPtr> cells;
    if (unique.size() == 2)
        cells.push_back(rectangle(c, clip)); // one place: the whole box
    else if (!unique.empty()) {
        auto made = clippedCells(c, unique, clip);
        if (!made) return made.takeError();
        cells = std::move(*made);
    }
    PolygonLayer out;
    out.reserve(n, n * 8);
    std::vector<double> buf;
    for (std::size_t i = 0; i < n; ++i) {
        if (cells[slot[i]]) appendPolygonal(c, out, cells[slot[i]].get(), buf);
        out.endFeature();
    }
    return out;
}

namespace {

std::vector<std::vector<uint32_t>> membersOf(const std::vector<int>& group, int groupCount) {
    std::vector<std::vector<uint32_t>> members(static_cast<std::size_t>(groupCount));
    for (std::size_t f = 0; f < group.size(); ++f)
        if (group[f] >= 0)
            members[static_cast<std::size_t>(group[f])].push_back(static_cast<uint32_t>(f));
    return members;
}

Result<GeosGeomPtr> unionOf(const GeosContext& c, const PolygonLayer& l,
                            const std::vector<uint32_t>& features) {
    std::vector<GeosGeomPtr> parts;
    for (uint32_t f : features) {
        if (!l.hasGeometry(f)) continue;
        parts.push_back(featureToGeos(c, l, f));
        if (!parts.back())
            return fail("Feature " + std::to_string(f + 1) + " has an invalid ring" + c.detail() +
                        ".");
    }
    if (parts.empty()) return GeosGeomPtr(nullptr, {c.get()});
    GeosGeomPtr all = makeCollection(c, GEOS_GEOMETRYCOLLECTION, parts);
    GeosGeomPtr merged = geosOwn(c, all ? GEOSUnaryUnion_r(c.get(), all.get()) : nullptr);
    if (!merged) return fail("The areas could not be merged" + c.detail() + ".");
    return merged;
}

} // namespace

Result<PolygonLayer> dissolve(const PolygonLayer& layer, const std::vector<int>& groupOfFeature,
                              int groupCount) {
    if (groupOfFeature.size() != layer.featureCount())
        return fail("Dissolve needs one group per feature: got " +
                    std::to_string(groupOfFeature.size()) + " groups for " +
                    std::to_string(layer.featureCount()) + " features.");
    if (groupCount < 0 || std::any_of(groupOfFeature.begin(), groupOfFeature.end(),
                                      [&](int g) { return g >= groupCount; }))
        return fail("Dissolve got a group number outside 0.." + std::to_string(groupCount - 1) +
                    ".");
    GeosContext c;
    PolygonLayer out;
    std::vector<double> buf;
    for (const auto& members : membersOf(groupOfFeature, groupCount)) {
        auto merged = unionOf(c, layer, members);
        if (!merged) return merged.takeError();
        if (*merged) appendPolygonal(c, out, merged->get(), buf);
        out.endFeature();
    }
    return out;
}

} // namespace swingmap::gis
