// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry.h"
#include "core/result.h"

#include <vector>

namespace swingmap::gis {

/**
 * Voronoi cells of the points `xy` (interleaved x,y) clipped to `clip`: one feature per input
 * point, in input order. A point whose cell misses `clip` gets a feature without geometry;
 * points at the same place share one cell (each gets a copy of it). GEOS returns cells in its
 * own order; each is matched to the point nearest its centroid (cells are convex), via an STRtree.
 */
Result<PolygonLayer> voronoiCells(const std::vector<double>& xy, const BBox& clip);

/**
 * Union of the features of each group: feature g of the result is the union of every feature f
 * with groupOfFeature[f] == g (groups 0..groupCount-1; negative = left out). A group without
 * geometry gives a feature without geometry.
 */
Result<PolygonLayer> dissolve(const PolygonLayer& layer, const std::vector<int>& groupOfFeature,
                              int groupCount);

} // namespace swingmap::gis
