// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/spatial_weights.h"

#include "core/centroid.h"
#include "gis/contiguity.h"

#include <cmath>

namespace swingmap::gis {

std::vector<double> metricCentroids(const Dataset& d) {
    std::vector<double> xy = featureCentroids(d.geometry);
    if (!d.geographic) return xy;
    const double lat0 = (d.geometry.extent.minY + d.geometry.extent.maxY) / 2;
    const double kx = 111.32 * std::cos(lat0 * 3.14159265358979323846 / 180), ky = 110.574;
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2) {
        xy[i] *= kx;
        xy[i + 1] *= ky;
    }
    return xy;
}

Neighbours buildSpatialWeights(const Dataset& d, const SpatialWeightsSpec& spec,
                               WeightsInfo& info) {
    Neighbours nb;
    if (spec.type == "rook") {
        nb = rookContiguity(d.geometry);
    } else if (spec.type == "knn") {
        nb = kNearestWeights(metricCentroids(d), spec.k);
    } else if (spec.type == "distance") {
        nb = distanceBandWeights(metricCentroids(d), spec.distance);
    } else {
        nb = queenContiguity(d.geometry);
    }
    auto isolated = [&d](const Neighbours& n) {
        std::size_t count = 0;
        for (std::size_t i = 0; i < n.size(); ++i)
            count += d.geometry.hasGeometry(i) && n.degree(i) == 0;
        return count;
    };
    // Areas that touch nothing are a property of the map, whatever weights the model uses.
    const bool queen = spec.type != "rook" && spec.type != "knn" && spec.type != "distance";
    info.touchingNothing = isolated(queen ? nb : queenContiguity(d.geometry));
    if (spec.linkIslands) info.linkedIslands = linkIslands(nb, metricCentroids(d));
    info.links = nb.linkCount();
    info.islands = isolated(nb);
    return nb;
}

} // namespace swingmap::gis
