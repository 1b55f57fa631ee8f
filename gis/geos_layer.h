// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Converting between the flat PolygonLayer and GEOS geometries (gis/ only).

#include "core/geometry.h"
#include "gis/gdal_util.h"

#include <vector>

namespace swingmap::gis {

/// Feature f as a GEOS Polygon (one part) or MultiPolygon; null for a feature without geometry or
/// when GEOS rejects a ring (see ctx.lastError()).
GeosGeomPtr featureToGeos(const GeosContext& ctx, const PolygonLayer& layer, std::size_t f);

/// Sum of the areas of the polygonal parts of g (Polygon, MultiPolygon, or the polygons inside a
/// GeometryCollection); points and lines left by an overlay carry no area and are ignored.
double polygonalArea(const GeosContext& ctx, const GEOSGeometry* g);

/// Appends the polygonal parts of g as parts of the current feature of `out` (call
/// out.endFeature() afterwards); points and lines are dropped.
void appendPolygonal(const GeosContext& ctx, PolygonLayer& out, const GEOSGeometry* g,
                     std::vector<double>& buffer);

/// Area of feature f (shells minus holes) with each ring's shoelace taken relative to its first
/// vertex, as GEOS does: core's featureArea multiplies raw coordinates, which at projected
/// values of ~5·10⁶ m loses ~10⁻⁴ m² (10⁻⁶ relative on a 100 m² area).
double featureAreaPrecise(const PolygonLayer& layer, std::size_t f);

/// Appends the parts of feature f of `from` to the current feature of `to` (not ended).
void appendParts(const PolygonLayer& from, std::size_t f, PolygonLayer& to);

/// Appends feature f of `from` as a new feature of `to`.
void copyFeature(const PolygonLayer& from, std::size_t f, PolygonLayer& to);

/// Feature f contains (x, y): even-odd rule over all its rings (valid polygons); a point exactly
/// on a boundary may fall on either side.
bool featureContains(const PolygonLayer& layer, std::size_t f, double x, double y);

/// Recomputes every feature's bbox and the extent (after coordinates were transformed in place).
void recomputeBBoxes(PolygonLayer& layer);

} // namespace swingmap::gis
