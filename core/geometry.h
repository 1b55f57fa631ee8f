// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

namespace swingmap {

struct BBox {
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();
    [[nodiscard]] bool empty() const { return minX > maxX; }
    void add(double x, double y) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
    }
    void add(const BBox& o) {
        if (o.empty()) return;
        add(o.minX, o.minY);
        add(o.maxX, o.maxY);
    }
    [[nodiscard]] bool intersects(const BBox& o) const {
        return !(o.minX > maxX || o.maxX < minX || o.minY > maxY || o.maxY < minY);
    }
    [[nodiscard]] double width() const { return maxX - minX; }
    [[nodiscard]] double height() const { return maxY - minY; }
};

/**
 * All (multi)polygons of a layer in flat arrays: one allocation per array, not one object per
 * polygon. Feature f owns parts [featurePart[f], featurePart[f+1]); part p owns rings
 * [partRing[p], partRing[p+1]) (first ring = shell, others = holes); ring r owns points
 * [ringPoint[r], ringPoint[r+1]) in xy (interleaved x,y; rings closed: last point = first).
 * A feature with no parts has no geometry.
 */
struct PolygonLayer {
    std::vector<double> xy;
    std::vector<uint32_t> ringPoint{0};
    std::vector<uint32_t> partRing{0};
    std::vector<uint32_t> featurePart{0};
    std::vector<BBox> bbox; ///< per feature
    BBox extent;

    /// Coordinates of point i (indices are 32-bit; the products are taken in size_t).
    [[nodiscard]] double x(std::size_t i) const { return xy[2 * i]; }
    [[nodiscard]] double y(std::size_t i) const { return xy[2 * i + 1]; }
    [[nodiscard]] const double* point(std::size_t i) const { return &xy[2 * i]; }

    [[nodiscard]] std::size_t featureCount() const { return featurePart.size() - 1; }
    [[nodiscard]] std::size_t pointCount() const { return xy.size() / 2; }
    [[nodiscard]] bool hasGeometry(std::size_t f) const {
        return featurePart[f + 1] > featurePart[f];
    }

    /// Appending API used by readers: beginFeature, then for each part beginPart, for each ring
    /// addRing(points) ... endFeature.
    void beginPart() { partRing.push_back(partRing.back()); }
    void addRing(const double* pts, std::size_t nPoints);
    void endPart();
    void endFeature();

    void reserve(std::size_t features, std::size_t points);
    /// Appends every feature of `other` after this layer's (readers that build runs of
    /// features in parallel join them in order).
    void append(const PolygonLayer& other);
};

/// Signed area of a closed ring (shoelace), positive for counter-clockwise.
double ringArea(const double* xy, std::size_t nPoints);
/// Area of feature f (shells minus holes), in layer units squared.
double featureArea(const PolygonLayer& layer, std::size_t f);

/// Neighbours in compressed sparse row form: area i's neighbours are
/// index[offset[i] .. offset[i+1]).
struct Neighbours {
    std::vector<uint32_t> offset{0};
    std::vector<uint32_t> index;
    [[nodiscard]] std::size_t size() const { return offset.size() - 1; }
    [[nodiscard]] std::size_t degree(std::size_t i) const { return offset[i + 1] - offset[i]; }
    [[nodiscard]] std::size_t islandCount() const;
    [[nodiscard]] std::size_t linkCount() const { return index.size(); }
    /// Restrict to the areas with keep[i] true, renumbered in order.
    [[nodiscard]] Neighbours subset(const std::vector<bool>& keep) const;
};

} // namespace swingmap
