// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/overlaydraw.h"

#include <QImage>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>

namespace swingmap {

MapLayerStack defaultLayerStack() {
    MapLayer streets;
    streets.kind = MapLayer::Kind::Streets;
    return {streets, MapLayer{}};
}

void drawDisplayLayer(QPainter& p, const ViewTransform& t, const DisplayLayer& layer,
                      const QColor& colour, double mm) {
    if (!t.valid() || layer.empty()) return;
    const BBox visible = t.visibleWorld();
    if (!layer.extent.empty() && !layer.extent.intersects(visible)) return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setClipRect(t.target(), Qt::IntersectClip);
    const double width = std::max(1.2, 0.45 * mm);
    QPen casing(QColor(255, 255, 255, 200), width + std::max(1.5, 0.4 * mm));
    casing.setJoinStyle(Qt::RoundJoin);
    casing.setCapStyle(Qt::RoundCap);
    QPen line(colour, width);
    line.setJoinStyle(Qt::RoundJoin);
    line.setCapStyle(Qt::RoundCap);
    std::vector<QPolygonF> parts;
    parts.reserve(layer.partCount());
    for (std::size_t k = 0; k < layer.partCount(); ++k) {
        const uint32_t a = layer.linePart[k], b = layer.linePart[k + 1];
        BBox box;
        for (uint32_t i = a; i < b; ++i)
            box.add(layer.lineXY[2 * std::size_t(i)], layer.lineXY[2 * std::size_t(i) + 1]);
        if (!box.intersects(visible)) continue;
        QPolygonF poly;
        poly.reserve(static_cast<qsizetype>(b - a));
        for (uint32_t i = a; i < b; ++i)
            poly.append(
                t.toDevice(layer.lineXY[2 * std::size_t(i)], layer.lineXY[2 * std::size_t(i) + 1]));
        parts.push_back(std::move(poly));
    }
    p.setBrush(Qt::NoBrush);
    for (const QPen& pen : {casing, line}) { // every casing first: crossings stay clean
        p.setPen(pen);
        for (const QPolygonF& poly : parts)
            p.drawPolyline(poly);
    }
    const double r = std::max(3.0, 1.1 * mm);
    p.setPen(QPen(Qt::white, std::max(1.0, 0.3 * mm)));
    p.setBrush(colour);
    for (std::size_t i = 0; i < layer.pointCount(); ++i) {
        const double x = layer.pointXY[2 * i], y = layer.pointXY[2 * i + 1];
        if (x < visible.minX || x > visible.maxX || y < visible.minY || y > visible.maxY) continue;
        p.drawEllipse(t.toDevice(x, y), r, r);
    }
    p.restore();
}

void drawLayerStack(QPainter& p, const MapLayerStack& stack,
                    const std::function<void(QPainter&, const MapLayer&)>& draw) {
    auto* image = dynamic_cast<QImage*>(p.device());
    for (std::size_t i = stack.size(); i-- > 0;) { // bottom to top
        const MapLayer& entry = stack[i];
        if (!drawsAnything(entry)) continue;
        if (entry.opacity >= 1.0) {
            draw(p, entry);
            continue;
        }
        if (!image) {
            p.save();
            p.setOpacity(p.opacity() * entry.opacity);
            draw(p, entry);
            p.restore();
            continue;
        }
        QImage layer(image->size(), QImage::Format_ARGB32_Premultiplied);
        layer.setDevicePixelRatio(image->devicePixelRatio());
        layer.fill(Qt::transparent);
        {
            QPainter lp(&layer);
            lp.setTransform(p.transform());
            lp.setFont(p.font());
            draw(lp, entry);
        }
        p.save();
        p.resetTransform();
        p.setOpacity(p.opacity() * entry.opacity);
        p.drawImage(QPointF(0, 0), layer);
        p.restore();
    }
}

} // namespace swingmap
