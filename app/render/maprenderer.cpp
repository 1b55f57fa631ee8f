// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/maprenderer.h"

#include "app/render/hatch.h"
#include "app/render/hittest.h"

#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <utility>

namespace swingmap {

MapRenderer::MapRenderer(const PolygonLayer& layer, std::vector<double> values,
                         std::vector<uint8_t> suppressed, Classification classification,
                         MapStyle style)
    : m_layer(&layer), m_values(std::move(values)), m_suppressed(std::move(suppressed)),
      m_cls(std::move(classification)), m_style(style) {}

bool MapRenderer::isSuppressed(std::size_t f) const {
    return f < m_suppressed.size() && m_suppressed[f] != 0;
}

bool MapRenderer::isNoiseHatched(std::size_t f) const {
    return !isSuppressed(f) && f < m_noise.size() && m_noise[f] != 0;
}

bool MapRenderer::isEstimated(std::size_t f) const {
    return !isSuppressed(f) && f < m_estimated.size() && m_estimated[f] != 0;
}

QColor MapRenderer::fillColour(std::size_t f) const {
    if (isSuppressed(f)) return suppressedColour();
    const double v = f < m_values.size() ? m_values[f] : std::nan("");
    return m_cls.colourOf(v);
}

QPainterPath MapRenderer::devicePath(std::size_t f, const ViewTransform& t) const {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const PolygonLayer& l = *m_layer;
    const uint32_t r0 = l.partRing[l.featurePart[f]], r1 = l.partRing[l.featurePart[f + 1]];
    for (uint32_t r = r0; r < r1; ++r) {
        const uint32_t a = l.ringPoint[r], b = l.ringPoint[r + 1];
        if (b - a < 3) continue;
        QPolygonF ring;
        ring.reserve(static_cast<qsizetype>(b - a));
        for (uint32_t i = a; i < b; ++i)
            ring.append(t.toDevice(l.x(i), l.y(i)));
        path.addPolygon(ring);
        path.closeSubpath();
    }
    return path;
}

ViewTransform MapRenderer::render(QPainter& p, const BBox& view, const QRectF& target,
                                  double xStretch) const {
    ViewTransform t(view, target, xStretch);
    render(p, t);
    return t;
}

void MapRenderer::drawFeature(QPainter& p, std::size_t f, const ViewTransform& t,
                              double hatch) const {
    const QPainterPath path = devicePath(f, t);
    p.fillPath(path, fillColour(f));
    if (isSuppressed(f))
        drawHatch(p, path, hatch);
    else if (isNoiseHatched(f))
        drawNoiseHatch(p, path, hatch);
    if (isEstimated(f)) drawEstimatedHatch(p, path, hatch);
    p.drawPath(path); // border: pen set by render(), no brush
}

void MapRenderer::render(QPainter& p, const ViewTransform& t) const {
    if (!t.valid()) return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setClipRect(t.target(), Qt::IntersectClip);
    if (m_style.fillBackground) p.fillRect(t.target(), m_style.background);
    const double dpi = p.device() ? p.device()->logicalDpiX() : 96.0;
    const double bw = m_style.borderWidth >= 0 ? m_style.borderWidth : std::max(0.6, dpi / 254.0);
    QPen pen(m_style.border, bw);
    pen.setJoinStyle(Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const double hatch = hatchSpacingFor(p.device());
    const BBox visible = t.visibleWorld();
    std::size_t visibleCount = 0;
    for (std::size_t f = 0; f < m_layer->featureCount() && visibleCount < m_style.denseFrom; ++f)
        visibleCount += m_layer->hasGeometry(f) && m_layer->bbox[f].intersects(visible);
    if (visibleCount >= m_style.denseFrom && renderDense(p, t, hatch)) {
        p.restore();
        return;
    }
    for (std::size_t f = 0; f < m_layer->featureCount(); ++f) {
        if (!m_layer->hasGeometry(f) || !m_layer->bbox[f].intersects(visible)) continue;
        drawFeature(p, f, t, hatch);
    }
    p.restore();
}

std::optional<std::size_t> MapRenderer::featureAtDevice(QPointF device,
                                                        const ViewTransform& t) const {
    if (!t.valid()) return std::nullopt;
    const QPointF w = t.toWorld(device);
    return featureAt(*m_layer, w.x(), w.y());
}

} // namespace swingmap
