// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/labelplacer.h"

#include "app/render/fonts.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace swingmap {

namespace {

/// Boxes bucketed by the grid cells they cover: a collision test looks at a few cells only.
class BoxGrid {
public:
    BoxGrid(const QRectF& bounds, double cell)
        : m_origin(bounds.topLeft()), m_cell(std::max(cell, 1.0)),
          m_cols(std::max(1, static_cast<int>(std::ceil(bounds.width() / m_cell)))),
          m_rows(std::max(1, static_cast<int>(std::ceil(bounds.height() / m_cell)))),
          m_cells(static_cast<std::size_t>(m_cols) * static_cast<std::size_t>(m_rows)) {}

    [[nodiscard]] bool hits(const QRectF& box) const {
        bool hit = false;
        forCells(box, [&](std::vector<uint32_t>& cell) {
            for (uint32_t i : cell)
                if (m_boxes[i].intersects(box)) {
                    hit = true;
                    return false;
                }
            return true;
        });
        return hit;
    }

    void add(const QRectF& box) {
        const auto i = static_cast<uint32_t>(m_boxes.size());
        m_boxes.push_back(box);
        forCells(box, [&](std::vector<uint32_t>& cell) {
            cell.push_back(i);
            return true;
        });
    }

private:
    /// Call `f` on every cell `box` covers (clamped to the grid) until it returns false.
    template <class F> void forCells(const QRectF& box, F&& f) const {
        const auto col = [&](double x) {
            return std::clamp(static_cast<int>(std::floor((x - m_origin.x()) / m_cell)), 0,
                              m_cols - 1);
        };
        const auto row = [&](double y) {
            return std::clamp(static_cast<int>(std::floor((y - m_origin.y()) / m_cell)), 0,
                              m_rows - 1);
        };
        const int c0 = col(box.left()), c1 = col(box.right());
        const int r0 = row(box.top()), r1 = row(box.bottom());
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                if (!f(m_cells[static_cast<std::size_t>(r) * static_cast<std::size_t>(m_cols) +
                               static_cast<std::size_t>(c)]))
                    return;
    }

    QPointF m_origin;
    double m_cell;
    int m_cols, m_rows;
    mutable std::vector<std::vector<uint32_t>> m_cells;
    std::vector<QRectF> m_boxes;
};

/// Whether `box` stays within area `id`: of 9 points over it, the middle row inside and at most
/// `maxOutside` outside.
bool staysInside(const LabelOptions& o, std::size_t id, const QRectF& box) {
    if (!o.inside) return true;
    constexpr std::array<double, 3> fys = {0.5, 0.2, 0.8}, fxs = {0.5, 0.1, 0.9};
    int outside = 0;
    for (std::size_t row = 0; row < fys.size(); ++row)
        for (double fx : fxs) {
            const QPointF at(box.left() + box.width() * fx, box.top() + box.height() * fys[row]);
            if (o.inside(id, at)) continue;
            if (row == 0 || ++outside > o.maxOutside) return false; // row 0: the middle row
        }
    return true;
}

} // namespace

std::vector<PlacedLabel> placeLabels(std::vector<LabelCandidate> candidates,
                                     const QFontMetricsF& fm, const LabelOptions& o) {
    std::vector<PlacedLabel> placed;
    if (o.bounds.isEmpty()) return placed;
    std::sort(candidates.begin(), candidates.end(),
              [](const LabelCandidate& a, const LabelCandidate& b) {
                  if (a.priority != b.priority) return a.priority > b.priority;
                  return a.id < b.id;
              });
    const double pad = std::max(0.0, o.padding);
    BoxGrid grid(o.bounds, std::max(32.0, 3 * fm.height()));
    for (const QRectF& r : o.reserved)
        grid.add(r);
    const double h = fm.height(), ascent = fm.ascent();
    for (LabelCandidate& c : candidates) {
        if (c.text.isEmpty() || !std::isfinite(c.anchor.x()) || !std::isfinite(c.anchor.y()))
            continue;
        const double w = fm.horizontalAdvance(c.text);
        // centred, then above, below, left and right of the anchor
        const std::array<QPointF, 5> offsets = {QPointF(0, 0), QPointF(0, -0.8 * h),
                                                QPointF(0, 0.8 * h), QPointF(-0.3 * w, 0),
                                                QPointF(0.3 * w, 0)};
        for (const QPointF& d : offsets) {
            const QPointF centre = c.anchor + d;
            const QRectF box(centre.x() - w / 2, centre.y() - h / 2, w, h);
            const QRectF padded = box.adjusted(-pad, -pad, pad, pad);
            if (!o.bounds.contains(padded) || grid.hits(padded) || !staysInside(o, c.id, box))
                continue;
            grid.add(padded);
            placed.push_back(
                {c.id, std::move(c.text), c.anchor, box, QPointF(box.left(), box.top() + ascent)});
            break;
        }
    }
    return placed;
}

QFont labelFont(double points, const QPaintDevice* device) {
    QFont f = uiFont(points);
    const double dpi = device ? device->logicalDpiY() : 96.0;
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(points * dpi / 72.0))));
    return f;
}

void drawPlacedLabels(QPainter& p, const std::vector<PlacedLabel>& labels, const QFont& font,
                      double halo) {
    if (labels.empty()) return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    QPainterPath outlines;
    for (const PlacedLabel& l : labels)
        outlines.addText(l.baseline, font, l.text);
    p.strokePath(outlines, QPen(QColor(255, 255, 255, 230), 2 * halo, Qt::SolidLine, Qt::RoundCap,
                                Qt::RoundJoin));
    const QColor ink(25, 25, 25);
    if (p.paintEngine() && p.paintEngine()->type() == QPaintEngine::SVG) {
        p.setFont(font); // <text> elements: the names stay text (searchable, selectable)
        p.setPen(ink);
        for (const PlacedLabel& l : labels)
            p.drawText(l.baseline, l.text);
    } else {
        // the glyphs' outlines, as for the halo (drawText's glyph cache would draw other text,
        // e.g. the street names, a few pixels differently afterwards)
        p.fillPath(outlines, ink);
    }
    p.restore();
}

} // namespace swingmap
