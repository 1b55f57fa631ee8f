// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/hatch.h"

#include "app/render/palette.h"

#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace swingmap {

double hatchSpacingFor(const QPaintDevice* device) {
    const double dpi = device ? device->logicalDpiX() : 96.0;
    return std::max(6.0, dpi * 1.6 / 25.4);
}

void drawHatch(QPainter& p, const QPainterPath& path, double spacing) {
    const QRectF b = path.boundingRect();
    if (b.isEmpty() || spacing <= 0) return;
    p.save();
    p.setClipPath(path, Qt::IntersectClip);
    p.setPen(QPen(suppressedHatchColour(), std::max(1.0, spacing / 6.0)));
    // Lines x + y = c run bottom-left to top-right on screen (y down), like Qt::BDiagPattern.
    const double c0 = std::floor((b.left() + b.top()) / spacing) * spacing;
    for (double c = c0; c <= b.right() + b.bottom() + spacing; c += spacing)
        p.drawLine(QPointF(c - b.bottom(), b.bottom()), QPointF(c - b.top(), b.top()));
    p.restore();
}

QColor noiseHatchColour() {
    return {120, 120, 120};
}

void drawNoiseHatch(QPainter& p, const QPainterPath& path, double spacing) {
    const QRectF b = path.boundingRect();
    if (b.isEmpty() || spacing <= 0) return;
    const double gap = spacing * 1.5;
    p.save();
    p.setClipPath(path, Qt::IntersectClip);
    p.setPen(QPen(noiseHatchColour(), std::max(1.0, spacing / 8.0)));
    // Lines x - y = c run top-left to bottom-right (Qt::FDiagPattern), against the other hatch.
    const double c0 = std::floor((b.left() - b.bottom()) / gap) * gap;
    for (double c = c0; c <= b.right() - b.top() + gap; c += gap)
        p.drawLine(QPointF(c + b.top(), b.top()), QPointF(c + b.bottom(), b.bottom()));
    p.restore();
}

} // namespace swingmap
