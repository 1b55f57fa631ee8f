// SPDX-License-Identifier: GPL-3.0-or-later
// MapCanvas: the area-name labels and the north arrow (View › Area labels, View › North arrow).
#include "app/gui/mapcanvas.h"
#include "app/render/atlasdraw.h"
#include "app/render/scalebar.h"

#include <QFontMetricsF>
#include <QPainter>

namespace swingmap {

namespace {
/// Labels are set in this size (points) with a halo this wide (millimetres).
constexpr double kLabelPoints = 8, kHaloMm = 0.45;
} // namespace

void MapCanvas::setLabelsShown(bool on) {
    if (on == m_labelsShown) return;
    m_labelsShown = on;
    if (!on) m_placed.clear();
    ++m_generation; // the labels are part of the cached map
    update();
}

void MapCanvas::setNorthArrowShown(bool on) {
    if (on == m_northArrowShown) return;
    m_northArrowShown = on;
    ++m_generation; // labels keep clear of the arrow
    update();
}

std::vector<QRectF> MapCanvas::labelReserved(const ViewTransform& t) const {
    // the same boxes drawOverlay draws
    std::vector<QRectF> out;
    const QFont f = font();
    const QRectF box = legendRect();
    out.push_back(box);
    if (m_loaded && m_loaded->data.synthetic) {
        QFont bold = f;
        bold.setBold(true);
        out.emplace_back(box.left(), box.bottom() + 8, box.width(),
                         QFontMetricsF(bold, this).height() * 1.8);
    }
    const bool geographic = m_loaded && m_loaded->data.geographic;
    const ScaleBar bar = chooseScaleBar(t, geographic, box.width() - 24);
    out.push_back(scaleBarRect(QPointF(box.left() + 6, height() - 14), bar, f, this));
    if (m_northArrowShown) out.push_back(northArrowRect(t));
    return out;
}

void MapCanvas::drawLabelLayer(QPainter& p, const ViewTransform& t) {
    m_placed.clear();
    std::vector<QRectF> streetLabels;
    streetLabels.swap(m_streetLabels); // drawStreets filled it for this view
    if (!m_labelsShown || !m_loaded || !m_analysis) return;
    if (m_labelsLoaded.lock() != m_loaded || m_labelsAnalysis.lock() != m_analysis) {
        m_areaLabels = areaLabelsFor(m_loaded->data, *m_analysis); // targets change with a refit
        m_labelsLoaded = m_loaded;
        m_labelsAnalysis = m_analysis;
    }
    const QFont font = labelFont(kLabelPoints, this);
    std::vector<QRectF> reserved = labelReserved(t);
    reserved.insert(reserved.end(), streetLabels.begin(), streetLabels.end());
    m_placed = m_areaLabels.place(t, font, mapRect(), std::move(reserved));
    drawPlacedLabels(p, m_placed, font, kHaloMm * logicalDpiX() / 25.4);
}

QRectF MapCanvas::northArrowRect(const ViewTransform& t) const {
    const BBox extent = m_loaded ? m_loaded->data.geometry.extent : BBox{};
    return northArrowBox(drawnRect(t, extent), logicalDpiX() / 25.4);
}

void MapCanvas::drawNorthArrowOverlay(QPainter& p, const ViewTransform& t) const {
    if (!m_northArrowShown || !m_renderer) return;
    const double mm = logicalDpiX() / 25.4;
    const QRectF box = northArrowRect(t);
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 200));
    p.drawRoundedRect(box.adjusted(-1.5 * mm, -1 * mm, 1.5 * mm, 1 * mm), 3, 3);
    p.restore();
    drawNorthArrow(p, box);
}

} // namespace swingmap
