// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/viewtransform.h"

#include <algorithm>

namespace swingmap {

ViewTransform::ViewTransform(const BBox& view, const QRectF& target) : m_target(target) {
    if (view.empty() || target.isEmpty()) return;
    const double w = std::max(view.width(), 1e-12), h = std::max(view.height(), 1e-12);
    m_scale = std::min(target.width() / w, target.height() / h);
    m_cx = (view.minX + view.maxX) / 2;
    m_cy = (view.minY + view.maxY) / 2;
    m_originX = target.center().x();
    m_originY = target.center().y();
}

QPointF ViewTransform::toWorld(QPointF d) const {
    if (!valid()) return {};
    return {m_cx + (d.x() - m_originX) / m_scale, m_cy - (d.y() - m_originY) / m_scale};
}

BBox ViewTransform::visibleWorld() const {
    BBox b;
    if (!valid()) return b;
    const QPointF a = toWorld(m_target.topLeft()), c = toWorld(m_target.bottomRight());
    b.add(a.x(), a.y());
    b.add(c.x(), c.y());
    return b;
}

BBox boxAround(double cx, double cy, double width, double height) {
    BBox b;
    b.add(cx - width / 2, cy - height / 2);
    b.add(cx + width / 2, cy + height / 2);
    return b;
}

} // namespace swingmap
