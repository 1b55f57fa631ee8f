// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry.h"

#include <string>
#include <vector>

namespace swingmap {

/// Which areas count as neighbours in the spatial statistics (project: analysis.spatial_weights).
struct SpatialWeightsSpec {
    std::string type = "queen"; ///< queen, rook (shared boundary), knn (k nearest centroids),
                                ///< distance (centroids within a distance band)
    int k = 6;                  ///< for knn
    double distance = 0;        ///< for distance: upper bound, in working-CRS units
    bool linkIslands = false;   ///< link each area without neighbours to its nearest area
};

/// k nearest centroids of every point (spdep::knn2nb(knearneigh(xy, k))), made symmetric as
/// knn2nb(sym = TRUE) so that the ML spatial models apply. Points with NaN get no neighbours.
Neighbours kNearestWeights(const std::vector<double>& xy, int k);

/// Points within distance d of each other, 0 < dist <= d (spdep::dnearneigh(xy, 0, d)).
Neighbours distanceBandWeights(const std::vector<double>& xy, double d);

/// Link every area without neighbours (and with a point) to its nearest other area, both ways.
/// Returns how many were linked.
std::size_t linkIslands(Neighbours& nb, const std::vector<double>& xy);

/// Neighbours from (i, j) pairs: symmetric when both directions are given; sorted, unique.
Neighbours neighboursFromPairs(std::size_t n, std::vector<uint64_t> pairs);

} // namespace swingmap
