// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry.h"

#include <QPointF>
#include <QRectF>

namespace swingmap {

/**
 * World (map units, y up) to device (y down) mapping that shows at least `view` inside `target`,
 * keeping the aspect ratio and centring the view. `xStretch` scales x relative to y: 1 for
 * projected coordinates, cos(latitude) for degrees so that maps in longitude/latitude are not
 * drawn stretched (see xStretchFor).
 */
class ViewTransform {
public:
    ViewTransform() = default;
    ViewTransform(const BBox& view, const QRectF& target, double xStretch = 1.0);

    [[nodiscard]] QPointF toDevice(double x, double y) const {
        return {m_originX + (x - m_cx) * m_scale * m_xStretch, m_originY - (y - m_cy) * m_scale};
    }
    /// World coordinates of a device point.
    [[nodiscard]] QPointF toWorld(QPointF device) const;
    /// Device units per world unit along x.
    [[nodiscard]] double scale() const { return m_scale * m_xStretch; }
    /// Device units per world unit along y.
    [[nodiscard]] double scaleY() const { return m_scale; }
    [[nodiscard]] QRectF target() const { return m_target; }
    /// The world box the whole target rectangle shows (may exceed the requested view).
    [[nodiscard]] BBox visibleWorld() const;
    [[nodiscard]] bool valid() const { return m_scale > 0; }

private:
    QRectF m_target;
    double m_cx = 0, m_cy = 0;           ///< world centre
    double m_originX = 0, m_originY = 0; ///< device centre
    double m_scale = 0;
    double m_xStretch = 1;
};

/// cos(mid-latitude) of the view for geographic coordinates, else 1.
double xStretchFor(const BBox& view, bool geographic);

/// A box around (cx, cy) of the given size.
BBox boxAround(double cx, double cy, double width, double height);

} // namespace swingmap
