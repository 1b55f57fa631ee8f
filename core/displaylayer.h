// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace swingmap {

/**
 * A display-only vector layer over the map (polling stations, a constituency outline …), in the
 * project's working CRS: its lines (line features and polygon outlines) and points. Line part p
 * has points [linePart[p], linePart[p+1]) of lineXY (interleaved x, y); points are interleaved
 * in pointXY.
 */
struct DisplayLayer {
    std::string layer; ///< the file's layer name
    std::vector<double> lineXY;
    std::vector<uint32_t> linePart{0};
    std::vector<double> pointXY;
    std::size_t points = 0, lines = 0, polygons = 0; ///< features of each kind
    std::size_t withoutGeometry = 0;                 ///< features left out (no geometry)
    BBox extent;

    [[nodiscard]] std::size_t partCount() const { return linePart.size() - 1; }
    [[nodiscard]] std::size_t pointCount() const { return pointXY.size() / 2; }
    [[nodiscard]] bool empty() const { return partCount() == 0 && pointCount() == 0; }
};

} // namespace swingmap
