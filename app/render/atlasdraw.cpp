// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/atlasdraw.h"

#include "app/render/fonts.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextOption>

#include <algorithm>

namespace swingmap {

namespace {
double rowHeight(const QFontMetricsF& fm) {
    return fm.height() * 1.3;
}

void drawRow(QPainter& p, const QRectF& frame, double y, double h, const QStringList& cells,
             const AtlasTable& t, const QFontMetricsF& fm) {
    double x = frame.left();
    const double pad = fm.height() * 0.25;
    for (qsizetype c = 0; c < cells.size() && std::size_t(c) < t.widths.size(); ++c) {
        const auto i = static_cast<std::size_t>(c);
        const double w = t.widths[i] * frame.width();
        const QRectF cell(x + pad, y, w - 2 * pad, h);
        const bool right = i < t.rightAligned.size() && t.rightAligned[i];
        const Qt::Alignment align = (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        p.drawText(cell, fm.elidedText(cells[c], Qt::ElideRight, cell.width()), QTextOption(align));
        x += w;
    }
}
} // namespace

void flowTables(QPainter* p, const QPaintDevice* device, const QRectF& frame,
                const std::vector<AtlasTable>& tables, TableCursor& cur, double mm, double points) {
    const QFont font = uiFont(points), bold = uiFont(points, true),
                titleFont = uiFont(points + 2, true);
    const QFontMetricsF fm(font, device), tfm(titleFont, device);
    const double rh = rowHeight(fm), th = tfm.height() * 1.4;
    double y = frame.top();
    while (cur.table < tables.size()) {
        const AtlasTable& t = tables[cur.table];
        const bool noRows = t.rows.empty();
        // a title and header need at least one row (or the "empty" line) below them
        const double need = th + (noRows ? rh : 2 * rh);
        if (y + need > frame.bottom()) return;
        if (p) {
            p->setPen(Qt::black);
            p->setFont(titleFont);
            p->drawText(QRectF(frame.left(), y, frame.width(), th),
                        Qt::AlignLeft | Qt::AlignVCenter,
                        cur.row > 0 ? t.title + QStringLiteral(" … continued") : t.title);
        }
        y += th;
        if (noRows) {
            if (p) {
                p->setFont(font);
                p->setPen(QColor(70, 70, 70));
                p->drawText(QRectF(frame.left(), y, frame.width(), rh),
                            Qt::AlignLeft | Qt::AlignVCenter, t.empty);
            }
            y += rh + 4 * mm;
            ++cur.table;
            cur.row = 0;
            continue;
        }
        if (p) {
            p->setFont(bold);
            p->setPen(Qt::black);
            drawRow(*p, frame, y, rh, t.headers, t, fm);
            p->setPen(QPen(QColor(60, 60, 60), 0.2 * mm));
            p->drawLine(QPointF(frame.left(), y + rh), QPointF(frame.right(), y + rh));
            p->setFont(font);
        }
        y += rh;
        while (cur.row < t.rows.size() && y + rh <= frame.bottom()) {
            if (p) {
                if (cur.row % 2 == 1)
                    p->fillRect(QRectF(frame.left(), y, frame.width(), rh), QColor(242, 242, 238));
                p->setPen(Qt::black);
                drawRow(*p, frame, y, rh, t.rows[cur.row], t, fm);
            }
            y += rh;
            ++cur.row;
        }
        if (cur.row < t.rows.size()) return; // the rest continues in the next frame
        ++cur.table;
        cur.row = 0;
        y += 4 * mm;
    }
}

void drawNorthArrow(QPainter& p, const QRectF& box) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const double w = box.width(), cx = box.center().x();
    const double top = box.top() + box.height() * 0.38, bottom = box.bottom();
    const QPointF tip(cx, top), left(cx - w * 0.35, bottom), right(cx + w * 0.35, bottom),
        notch(cx, bottom - (bottom - top) * 0.3);
    p.setPen(QPen(Qt::black, w * 0.04));
    p.setBrush(Qt::black);
    p.drawPolygon(QPolygonF({tip, left, notch}));
    p.setBrush(Qt::white);
    p.drawPolygon(QPolygonF({tip, right, notch}));
    p.setFont(uiFont(9, true));
    p.setPen(Qt::black);
    p.drawText(QRectF(box.left(), box.top(), w, box.height() * 0.36), Qt::AlignCenter,
               QStringLiteral("N"));
    p.restore();
}

void drawWorldLines(QPainter& p, const ViewTransform& t,
                    const std::vector<std::vector<double>>& lines, double tolerance) {
    QPainterPath path;
    for (const auto& line : lines) {
        const std::vector<double> g = generaliseLine(line, tolerance);
        for (std::size_t i = 0; i + 1 < g.size(); i += 2) {
            const QPointF d = t.toDevice(g[i], g[i + 1]);
            i == 0 ? path.moveTo(d) : path.lineTo(d);
        }
    }
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
}

void drawLocator(QPainter& p, const QRectF& box, const PolygonLayer& layer,
                 const std::vector<AtlasGroup>& groups, std::size_t current, bool geographic,
                 double mm) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(QColor(120, 120, 120), 0.2 * mm));
    p.setBrush(Qt::white);
    p.drawRect(box);
    const QRectF inner = box.adjusted(1.5 * mm, 1.5 * mm, -1.5 * mm, -1.5 * mm);
    const ViewTransform t(layer.extent, inner, xStretchFor(layer.extent, geographic));
    const double tol = 0.3 * mm / t.scaleY();
    const PolygonLayer g = generaliseLayer(layer, tol);
    QPainterPath all, here;
    all.setFillRule(Qt::WindingFill);
    here.setFillRule(Qt::WindingFill);
    std::vector<uint8_t> inCurrent(layer.featureCount(), 0);
    for (const std::size_t a : groups[current].areas)
        if (a < inCurrent.size()) inCurrent[a] = 1;
    for (std::size_t f = 0; f < g.featureCount(); ++f) {
        if (!g.hasGeometry(f)) continue;
        QPainterPath& path = inCurrent[f] ? here : all;
        for (uint32_t r = g.partRing[g.featurePart[f]]; r < g.partRing[g.featurePart[f + 1]]; ++r) {
            QPolygonF ring;
            for (uint32_t i = g.ringPoint[r]; i < g.ringPoint[r + 1]; ++i)
                ring.append(t.toDevice(g.x(i), g.y(i)));
            path.addPolygon(ring);
            path.closeSubpath();
        }
    }
    p.setPen(Qt::NoPen);
    p.fillPath(all, QColor(215, 215, 210));
    p.fillPath(here, QColor(178, 24, 43));
    p.setPen(QPen(QColor(90, 90, 90), 0.12 * mm));
    for (const AtlasGroup& gr : groups)
        drawWorldLines(p, t, gr.outline, tol);
    p.restore();
}

void drawHaloText(QPainter& p, QPointF at, const QString& text, const QFont& pointFont,
                  double halo) {
    // QPainterPath::addText sizes a point font for the screen: give it the device's pixels
    QFont font = pointFont;
    if (p.device())
        font.setPixelSize(
            std::max(1, static_cast<int>(pointFont.pointSizeF() * p.device()->logicalDpiY() / 72)));
    const QFontMetricsF fm(font, p.device());
    QRectF box = fm.boundingRect(text);
    box.moveCenter(at);
    QPainterPath path;
    path.addText(box.left(), box.top() + fm.ascent(), font, text);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(QColor(255, 255, 255, 235), halo, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(20, 20, 20));
    p.drawPath(path);
    p.restore();
}

} // namespace swingmap
