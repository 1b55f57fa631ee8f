// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/viewtransform.h"
#include "core/geometry.h"
#include "core/streets.h"

#include <QPointF>

#include <cstdint>
#include <optional>
#include <vector>

namespace swingmap {

/**
 * A uniform grid over the segments of a StreetLayer's clipped polylines, for hovering: the
 * segments near the mouse are found through the cells the tolerance box touches, not by scanning
 * every segment. Built once per layer; refers to the layer by index only (pass it again to query).
 */
class StreetHitIndex {
public:
    void build(const StreetLayer& streets);
    [[nodiscard]] bool empty() const { return m_segments.empty(); }
    /// The polyline (StreetLayer line index) nearest to `device`, if one passes within
    /// `tolerance` device pixels, measured on screen through `t`.
    [[nodiscard]] std::optional<std::size_t> lineAt(const StreetLayer& streets,
                                                    const ViewTransform& t, QPointF device,
                                                    double tolerance) const;

private:
    struct Segment {
        uint32_t line = 0;
        uint32_t point = 0; ///< the segment runs from point `point` to `point + 1`
    };
    BBox m_box;
    int m_nx = 0, m_ny = 0;
    double m_cellW = 1, m_cellH = 1;
    std::vector<uint32_t> m_cellStart; ///< cell c holds m_segments[m_cellStart[c] .. [c+1])
    std::vector<Segment> m_segments;
    [[nodiscard]] int cellX(double x) const;
    [[nodiscard]] int cellY(double y) const;
};

} // namespace swingmap
