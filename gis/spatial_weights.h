// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "core/spatialweights.h"

namespace swingmap::gis {

/// What the weights turned out to be (report.json "spatial_weights").
struct WeightsInfo {
    std::size_t links = 0;
    std::size_t islands = 0;         ///< areas with geometry but no neighbour (after linking)
    std::size_t linkedIslands = 0;   ///< islands linked to their nearest area
    std::size_t touchingNothing = 0; ///< areas with geometry that share no boundary point (queen)
};

/**
 * Neighbours of every area for the spatial statistics: queen/rook contiguity of the polygons
 * (spdep::poly2nb), or k nearest / distance band on area centroids (planar; longitude/latitude
 * as local equirectangular km). Optionally links islands to their nearest area.
 */
Neighbours buildSpatialWeights(const Dataset& data, const SpatialWeightsSpec& spec,
                               WeightsInfo& info);

/// Centroids of every area in a metric frame (see buildSpatialWeights); NaN without geometry.
std::vector<double> metricCentroids(const Dataset& data);

} // namespace swingmap::gis
