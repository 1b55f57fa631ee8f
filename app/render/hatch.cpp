// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/hatch.h"

#include "app/render/palette.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>

namespace swingmap {

namespace {
/// Draw `lines` (device coordinates) with `pen`, cut to `path`. QSvgGenerator ignores clipping,
/// so for SVG the lines become filled shapes intersected with the path (still pure vector).
void drawClipped(QPainter& p, const QPainterPath& path, const QPainterPath& lines,
                 const QPen& pen) {
    p.save();
    const QPaintEngine* engine = p.paintEngine();
    if (engine && engine->type() == QPaintEngine::SVG) {
        QPainterPathStroker stroker;
        stroker.setWidth(pen.widthF());
        stroker.setCapStyle(Qt::FlatCap);
        p.setPen(Qt::NoPen);
        p.setBrush(pen.color());
        p.drawPath(stroker.createStroke(lines).intersected(path));
    } else {
        p.setClipPath(path, Qt::IntersectClip);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(lines);
    }
    p.restore();
}
} // namespace

double hatchSpacingFor(const QPaintDevice* device) {
    const double dpi = device ? device->logicalDpiX() : 96.0;
    return std::max(6.0, dpi * 1.6 / 25.4);
}

void drawHatch(QPainter& p, const QPainterPath& path, double spacing) {
    const QRectF b = path.boundingRect();
    if (b.isEmpty() || spacing <= 0) return;
    // Lines x + y = c run bottom-left to top-right on screen (y down), like Qt::BDiagPattern.
    QPainterPath lines;
    const double c0 = std::floor((b.left() + b.top()) / spacing) * spacing;
    for (double c = c0; c <= b.right() + b.bottom() + spacing; c += spacing) {
        lines.moveTo(c - b.bottom(), b.bottom());
        lines.lineTo(c - b.top(), b.top());
    }
    drawClipped(p, path, lines, QPen(suppressedHatchColour(), std::max(1.0, spacing / 6.0)));
}

QColor noiseHatchColour() {
    return {120, 120, 120};
}

void drawNoiseHatch(QPainter& p, const QPainterPath& path, double spacing) {
    const QRectF b = path.boundingRect();
    if (b.isEmpty() || spacing <= 0) return;
    const double gap = spacing * 1.5;
    // Lines x - y = c run top-left to bottom-right (Qt::FDiagPattern), against the other hatch.
    QPainterPath lines;
    const double c0 = std::floor((b.left() - b.bottom()) / gap) * gap;
    for (double c = c0; c <= b.right() - b.top() + gap; c += gap) {
        lines.moveTo(c + b.top(), b.top());
        lines.lineTo(c + b.bottom(), b.bottom());
    }
    drawClipped(p, path, lines, QPen(noiseHatchColour(), std::max(1.0, spacing / 8.0)));
}

QColor estimatedHatchColour() {
    return {30, 60, 140};
}

void drawEstimatedHatch(QPainter& p, const QPainterPath& path, double spacing) {
    const QRectF b = path.boundingRect();
    if (b.isEmpty() || spacing <= 0) return;
    const double gap = spacing * 1.4;
    QPainterPath lines;
    for (double y = std::floor(b.top() / gap) * gap; y <= b.bottom() + gap; y += gap) {
        lines.moveTo(b.left(), y);
        lines.lineTo(b.right(), y);
    }
    drawClipped(p, path, lines, QPen(estimatedHatchColour(), std::max(0.8, spacing / 10.0)));
}

} // namespace swingmap
