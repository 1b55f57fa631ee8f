// SPDX-License-Identifier: GPL-3.0-or-later
// MapCanvas: the selection of areas (click, Ctrl+click, Shift+drag rubber band, Esc), its
// outlines over the cached map, zooming to it, and a flashed street (Find).
#include "app/gui/mapcanvas.h"
#include "app/render/hittest.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace swingmap {

namespace {

constexpr double kClickSlop = 4; ///< a press and release this close (px) is a click, not a drag

bool sameBox(const BBox& a, const BBox& b) {
    return a.minX == b.minX && a.minY == b.minY && a.maxX == b.maxX && a.maxY == b.maxY;
}

/// Whether feature f meets world box `box`: one of its points lies in it, it contains the box's
/// centre, or its box lies inside it.
bool featureMeets(const PolygonLayer& l, std::size_t f, const BBox& box) {
    const BBox& fb = l.bbox[f];
    if (!fb.intersects(box)) return false;
    if (fb.minX >= box.minX && fb.maxX <= box.maxX && fb.minY >= box.minY && fb.maxY <= box.maxY)
        return true;
    const uint32_t r0 = l.partRing[l.featurePart[f]], r1 = l.partRing[l.featurePart[f + 1]];
    for (std::size_t i = l.ringPoint[r0]; i < l.ringPoint[r1]; ++i)
        if (l.x(i) >= box.minX && l.x(i) <= box.maxX && l.y(i) >= box.minY && l.y(i) <= box.maxY)
            return true;
    return featureContains(l, f, (box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2);
}

} // namespace

QColor MapCanvas::selectionColour() {
    return {255, 214, 0}; // yellow over a dark halo: visible on every class and diverging colour
}

void MapCanvas::setSelection(std::vector<uint8_t> selected) {
    const std::size_t n = m_loaded ? m_loaded->data.areaCount() : 0;
    selected.resize(n, 0);
    if (std::none_of(selected.begin(), selected.end(), [](uint8_t s) { return s; }))
        selected.clear();
    if (selected == m_selection) return;
    m_selection = std::move(selected);
    ++m_selectionGeneration;
    update();
    emit selectionChanged();
}

std::size_t MapCanvas::selectedCount() const {
    return std::size_t(
        std::count_if(m_selection.begin(), m_selection.end(), [](uint8_t s) { return s != 0; }));
}

void MapCanvas::clearSelection() {
    setSelection({});
}

void MapCanvas::zoomToBox(const BBox& box) {
    if (box.empty() || !m_loaded) return;
    const BBox& all = m_loaded->data.geometry.extent;
    // at least a hundredth of the layer's extent across, with a margin of a tenth on each side
    const double minSide = std::max(all.width(), all.height()) / 100;
    const double w = std::max(box.width(), minSide) * 1.2;
    const double h = std::max(box.height(), minSide) * 1.2;
    m_view = boxAround((box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2, w, h);
    update();
}

void MapCanvas::zoomToSelection() {
    if (!m_loaded) return;
    const PolygonLayer& l = m_loaded->data.geometry;
    BBox box;
    for (std::size_t f = 0; f < m_selection.size() && f < l.bbox.size(); ++f)
        if (m_selection[f] && l.hasGeometry(f)) box.add(l.bbox[f]);
    zoomToBox(box);
}

void MapCanvas::flashStreet(std::size_t street) {
    if (!m_streetLayer || street >= m_streetLayer->names.size()) return;
    m_flash = street;
    update();
    QTimer::singleShot(2500, this, [this, street] {
        if (m_flash == street) m_flash.reset();
        update();
    });
}

std::optional<std::size_t> MapCanvas::areaAt(QPointF device) const {
    if (!m_renderer || !m_loaded || !mapRect().contains(device)) return std::nullopt;
    return m_renderer->featureAtDevice(device, transform());
}

QRectF MapCanvas::rubberBand() const {
    return m_bandFrom ? QRectF(*m_bandFrom, m_bandTo).normalized() : QRectF();
}

bool MapCanvas::selectionPress(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton) return false;
    m_pressAt = e->position();
    if (!e->modifiers().testFlag(Qt::ShiftModifier) || !m_loaded) return false;
    m_bandFrom = e->position();
    m_bandTo = e->position();
    m_bandAdds = e->modifiers().testFlag(Qt::ControlModifier);
    return true;
}

bool MapCanvas::selectionMove(QMouseEvent* e) {
    if (!m_bandFrom) return false;
    m_bandTo = e->position();
    update();
    return true;
}

bool MapCanvas::selectionRelease(QMouseEvent* e) {
    const std::optional<QPointF> pressAt = std::exchange(m_pressAt, std::nullopt);
    if (m_bandFrom) {
        const QRectF band = rubberBand();
        m_bandFrom.reset();
        const ViewTransform t = transform();
        std::vector<uint8_t> sel = m_bandAdds ? m_selection : std::vector<uint8_t>();
        if (t.valid() && band.width() >= 2 && band.height() >= 2) {
            BBox box;
            for (const QPointF& c : {band.topLeft(), band.bottomRight()}) {
                const QPointF w = t.toWorld(c);
                box.add(w.x(), w.y());
            }
            const PolygonLayer& l = m_loaded->data.geometry;
            sel.resize(l.featureCount(), 0);
            for (std::size_t f = 0; f < l.featureCount(); ++f)
                if (l.hasGeometry(f) && featureMeets(l, f, box)) sel[f] = 1;
        }
        setSelection(std::move(sel));
        update();
        return true;
    }
    if (e->button() != Qt::LeftButton || !pressAt ||
        QLineF(*pressAt, e->position()).length() > kClickSlop)
        return false;
    const auto area = areaAt(e->position());
    if (e->modifiers().testFlag(Qt::ControlModifier)) {
        if (!area) return false;
        std::vector<uint8_t> sel = m_selection;
        sel.resize(m_loaded->data.areaCount(), 0);
        sel[*area] = sel[*area] ? 0 : 1;
        setSelection(std::move(sel));
    } else if (area) {
        std::vector<uint8_t> sel(m_loaded->data.areaCount(), 0);
        sel[*area] = 1;
        setSelection(std::move(sel));
    } else {
        clearSelection();
    }
    if (area) emit areaIdentified(*area);
    return false; // the pan's release runs too
}

void MapCanvas::drawSelection(QPainter& p, const ViewTransform& t) const {
    if (!m_loaded) return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(Qt::NoBrush);
    p.setClipRect(mapRect());
    SelectionPath& c = m_selectionPath;
    if (!m_selection.empty() && (c.generation != m_selectionGeneration ||
                                 !sameBox(c.view, m_view) || c.rect != mapRect())) {
        const PolygonLayer& l = m_loaded->data.geometry;
        c.path = QPainterPath();
        for (std::size_t f = 0; f < m_selection.size() && f < l.featureCount(); ++f) {
            if (!m_selection[f] || !l.hasGeometry(f) || !l.bbox[f].intersects(m_view)) continue;
            for (uint32_t part = l.featurePart[f]; part < l.featurePart[f + 1]; ++part)
                for (uint32_t r = l.partRing[part]; r < l.partRing[part + 1]; ++r) {
                    const uint32_t a = l.ringPoint[r], b = l.ringPoint[r + 1];
                    if (b <= a) continue;
                    c.path.moveTo(t.toDevice(l.x(a), l.y(a)));
                    for (uint32_t i = a + 1; i < b; ++i)
                        c.path.lineTo(t.toDevice(l.x(i), l.y(i)));
                    c.path.closeSubpath();
                }
        }
        c.view = m_view;
        c.rect = mapRect();
        c.generation = m_selectionGeneration;
    }
    if (!m_selection.empty() && !m_dragFrom) { // while panning the map moves, the outline not
        p.setPen(QPen(QColor(20, 20, 20), 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(c.path);
        p.setPen(QPen(selectionColour(), 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(c.path);
    }
    if (m_flash && m_streetLayer) {
        const StreetLayer& s = *m_streetLayer;
        QPainterPath path;
        for (std::size_t line = 0; line < s.lineCount(); ++line) {
            if (s.lineStreet[line] != *m_flash) continue;
            const uint32_t a = s.linePoint[line], b = s.linePoint[line + 1];
            if (b <= a) continue;
            path.moveTo(t.toDevice(s.xy[2 * std::size_t(a)], s.xy[2 * std::size_t(a) + 1]));
            for (uint32_t i = a + 1; i < b; ++i)
                path.lineTo(t.toDevice(s.xy[2 * std::size_t(i)], s.xy[2 * std::size_t(i) + 1]));
        }
        p.setPen(QPen(QColor(20, 20, 20), 8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(path);
        p.setPen(QPen(QColor(230, 0, 126), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(path);
    }
    if (m_bandFrom) {
        p.setPen(QPen(QColor(30, 30, 30), 1, Qt::DashLine));
        p.setBrush(QColor(255, 214, 0, 50));
        p.drawRect(rubberBand());
    }
    p.restore();
}

} // namespace swingmap
