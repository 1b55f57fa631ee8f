// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/streetsdraw.h"

#include "app/render/fonts.h"
#include "app/render/palette.h"
#include "app/render/uitext.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>
#include <map>

namespace swingmap {

namespace {
constexpr std::size_t kNotListed = 0;

double widthFor(std::size_t rank, double mm) {
    if (rank == kNotListed) return 0.12 * mm;
    if (rank <= 10) return 0.9 * mm;
    if (rank <= 50) return 0.55 * mm;
    return 0.3 * mm;
}

QColor colourFor(const Analysis& a, uint32_t area, std::size_t rank) {
    const QColor grey(140, 140, 140);
    if (rank == kNotListed || area >= a.areas.cls.size() || a.areas.suppressed[area]) return grey;
    const AreaClass c = a.areas.cls[area];
    return c == AreaClass::None ? grey : classColour(c);
}
} // namespace

void drawStreets(QPainter& p, const ViewTransform& t, const QRectF& mapRect,
                 const StreetsOverlay& o, const Analysis& a, double mm,
                 std::vector<QRectF>* labelBoxes) {
    if (!o.streets || !o.ranking) return;
    const StreetLayer& s = *o.streets;
    std::vector<std::size_t> rank(s.names.size(), kNotListed);
    for (const StreetScore& sc : o.ranking->listed)
        rank[sc.street] = sc.rank;
    p.save();
    p.setClipRect(mapRect);
    p.fillRect(mapRect, QColor(255, 255, 255, 120)); // pale choropleth under the streets
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(Qt::NoBrush);
    // unlisted first, then by rank from the bottom up: the top streets end on top
    std::vector<std::size_t> order(s.lineCount());
    for (std::size_t l = 0; l < order.size(); ++l)
        order[l] = l;
    const auto key = [&](std::size_t l) {
        const std::size_t r = rank[s.lineStreet[l]];
        return r == kNotListed ? s.names.size() + 1 : r;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return key(x) > key(y); });
    // the longest on-screen piece of each labelled street, for its label
    std::vector<std::pair<double, QPointF>> labelAt(s.names.size(), {0.0, QPointF()});
    // pieces wholly outside the map rectangle (a zoomed view) are not drawn, only measured for
    // the label of their street; polylines, not paths (no path built per piece)
    const QRectF visible = mapRect.adjusted(-2 * mm, -2 * mm, 2 * mm, 2 * mm);
    std::vector<QPointF> pts;
    for (const std::size_t l : order) {
        const std::size_t r = rank[s.lineStreet[l]];
        pts.clear();
        double length = 0;
        BBox box;
        for (uint32_t i = s.linePoint[l]; i < s.linePoint[l + 1]; ++i) {
            pts.push_back(t.toDevice(s.xy[2 * std::size_t(i)], s.xy[2 * std::size_t(i) + 1]));
            box.add(pts.back().x(), pts.back().y());
            if (pts.size() > 1) length += QLineF(pts[pts.size() - 2], pts.back()).length();
        }
        if (pts.size() < 2) continue;
        const bool labelled = r != kNotListed && r <= o.labelled;
        const bool inside = box.maxX >= visible.left() && box.minX <= visible.right() &&
                            box.maxY >= visible.top() && box.minY <= visible.bottom();
        if (inside) {
            p.setPen(QPen(colourFor(a, s.lineArea[l], r), widthFor(r, mm), Qt::SolidLine,
                          Qt::RoundCap, Qt::RoundJoin));
            p.drawPolyline(pts.data(), int(pts.size()));
        }
        if (labelled && length > labelAt[s.lineStreet[l]].first) {
            double walked = 0; // the point half-way along the piece
            QPointF mid = pts.front();
            for (std::size_t i = 1; i < pts.size(); ++i) {
                const double seg = QLineF(pts[i - 1], pts[i]).length();
                if (walked + seg >= length / 2 && seg > 0) {
                    mid = pts[i - 1] + (pts[i] - pts[i - 1]) * ((length / 2 - walked) / seg);
                    break;
                }
                walked += seg;
            }
            labelAt[s.lineStreet[l]] = {length, mid};
        }
    }
    // labels: top streets, white halo, skipped where they would overlap a label already placed
    QFont font = uiFont(7, true);
    if (p.device()) // QPainterPath::addText sizes a point font for the screen, not the device
        font.setPixelSize(std::max(1, static_cast<int>(7.0 * p.device()->logicalDpiY() / 72)));
    const QFontMetricsF fm(font, p.device());
    std::vector<QRectF> placed;
    for (const StreetScore& sc : o.ranking->listed) {
        if (sc.rank > o.labelled) break;
        const auto& [len, at] = labelAt[sc.street];
        if (len <= 0) continue;
        const QString text =
            QString::number(sc.rank) + ". " + QString::fromStdString(s.names[sc.street]);
        QRectF box = fm.boundingRect(text);
        box.moveCenter(at + QPointF(0, -fm.height() * 0.6));
        if (std::any_of(placed.begin(), placed.end(),
                        [&](const QRectF& b) { return b.intersects(box); }))
            box.moveCenter(at + QPointF(0, fm.height() * 0.8));
        if (std::any_of(placed.begin(), placed.end(),
                        [&](const QRectF& b) { return b.intersects(box); }))
            continue;
        placed.push_back(box);
        if (labelBoxes) labelBoxes->push_back(box);
        QPainterPath textPath;
        textPath.addText(box.left(), box.top() + fm.ascent(), font, text);
        p.setPen(
            QPen(QColor(255, 255, 255, 230), 0.6 * mm, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(textPath);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(20, 20, 20));
        p.drawPath(textPath);
    }
    p.restore();
}

void addStreetEntries(Legend& legend, const StreetsOverlay& o) {
    if (!o.streets || !o.ranking) return;
    std::map<AreaClass, std::size_t> counts;
    for (const StreetScore& sc : o.ranking->listed)
        ++counts[sc.cls];
    for (const AreaClass c : kClassOrder) {
        const auto it = counts.find(c);
        if (it == counts.end()) continue;
        LegendEntry e;
        e.label = labels::translate("Legend", "streets: %1").arg(areaClassText(c));
        e.colour = c == AreaClass::None ? QColor(140, 140, 140) : classColour(c);
        e.count = it->second;
        legend.entries.push_back(e);
    }
}

} // namespace swingmap
