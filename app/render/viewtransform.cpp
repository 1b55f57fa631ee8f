// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/viewtransform.h"

#include <algorithm>
#include <cmath>

namespace swingmap {

ViewTransform::ViewTransform(const BBox& view, const QRectF& target, double xStretch)
    : m_target(target), m_xStretch(xStretch > 0 ? xStretch : 1.0) {
    if (view.empty() || target.isEmpty()) return;
    const double w = std::max(view.width() * m_xStretch, 1e-12);
    const double h = std::max(view.height(), 1e-12);
    m_scale = std::min(target.width() / w, target.height() / h);
    m_cx = (view.minX + view.maxX) / 2;
    m_cy = (view.minY + view.maxY) / 2;
    m_originX = target.center().x();
    m_originY = target.center().y();
}

QPointF ViewTransform::toWorld(QPointF d) const {
    if (!valid()) return {};
    return {m_cx + (d.x() - m_originX) / (m_scale * m_xStretch),
            m_cy - (d.y() - m_originY) / m_scale};
}

BBox ViewTransform::visibleWorld() const {
    BBox b;
    if (!valid()) return b;
    const QPointF a = toWorld(m_target.topLeft()), c = toWorld(m_target.bottomRight());
    b.add(a.x(), a.y());
    b.add(c.x(), c.y());
    return b;
}

double xStretchFor(const BBox& view, bool geographic) {
    if (!geographic || view.empty()) return 1.0;
    const double lat = std::clamp((view.minY + view.maxY) / 2, -85.0, 85.0);
    return std::cos(lat * 3.14159265358979323846 / 180.0);
}

BBox boxAround(double cx, double cy, double width, double height) {
    BBox b;
    b.add(cx - width / 2, cy - height / 2);
    b.add(cx + width / 2, cy + height / 2);
    return b;
}

} // namespace swingmap
