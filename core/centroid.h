// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry.h"

#include <array>
#include <vector>

namespace swingmap {

/**
 * Centroid (centre of mass) of feature f as GEOS / sf::st_centroid computes it for polygons:
 * area-weighted over all parts, holes subtracted, whatever the ring orientation. A feature with
 * zero area falls back to the length-weighted centroid of its rings, then to the mean of its
 * vertices (GEOS's lower-dimension rule); a feature without geometry gives NaN, NaN.
 */
std::array<double, 2> featureCentroid(const PolygonLayer& layer, std::size_t f);

/// Centroids of all features, interleaved x, y (the layout fitGwr and PointGrid take).
std::vector<double> featureCentroids(const PolygonLayer& layer);

/**
 * A point guaranteed inside feature f (for areas whose centroid falls outside, e.g. a crescent
 * or a ring-shaped district), found as GEOS's InteriorPointArea does: for each part, a horizontal
 * line through the middle of the part's extent (moved off any vertex), cut by every ring of the
 * part; the midpoint of the widest inside stretch over all parts. Features without area fall back
 * to the centroid; without geometry, NaN, NaN.
 */
std::array<double, 2> featureInteriorPoint(const PolygonLayer& layer, std::size_t f);

/// Interior points of all features, interleaved x, y.
std::vector<double> featureInteriorPoints(const PolygonLayer& layer);

} // namespace swingmap
