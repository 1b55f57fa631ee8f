// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/mapcanvas.h"

#include "app/gui/areatooltip.h"
#include "app/render/scalebar.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace swingmap {

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void MapCanvas::setData(LoadedPtr loaded, AnalysisPtr analysis) {
    const bool newLayer = !m_loaded || !loaded || &m_loaded->data != &loaded->data;
    m_loaded = std::move(loaded);
    m_analysis = std::move(analysis);
    if (!rebuild()) {
        m_mapId = defaultMapId();
        rebuild();
    }
    if (newLayer) zoomToFull();
    update();
}

bool MapCanvas::rebuild() {
    m_renderer.reset();
    m_legend = {};
    if (!m_loaded || !m_analysis) return true;
    auto map = makeThematicMap(*m_analysis, m_loaded->project, m_mapId, m_noiseHatch);
    if (!map) return false;
    addEstimatedEntry(*map, m_loaded->data, *m_analysis);
    m_legend = map->legend;
    m_renderer.emplace(thematicRenderer(m_loaded->data, *m_analysis, *map, {}, m_noiseHatch));
    return true;
}

bool MapCanvas::setMapId(const QString& id) {
    const QString old = m_mapId;
    m_mapId = id;
    if (!rebuild()) {
        m_mapId = old;
        rebuild();
        return false;
    }
    update();
    return true;
}

void MapCanvas::setNoiseHatch(bool on) {
    m_noiseHatch = on;
    rebuild();
    update();
}

void MapCanvas::zoomToFull() {
    m_view = m_loaded ? m_loaded->data.geometry.extent : BBox{};
    update();
}

QRectF MapCanvas::legendRect() const {
    const QFont f = font();
    const double w = legendWidth(m_legend, f, this);
    return {10, 10, w + 16, legendHeight(m_legend, f, this) + 12};
}

QRectF MapCanvas::mapRect() const {
    const QRectF all = QRectF(rect()).adjusted(8, 8, -8, -8);
    // Wide enough: the legend gets its own column; narrow: it floats over the map.
    const double legendColumn = legendRect().right() + 8;
    return width() - legendColumn > 360 ? all.adjusted(legendColumn - 8, 0, 0, 0) : all;
}

ViewTransform MapCanvas::transform() const {
    const bool geographic = m_loaded && m_loaded->data.geographic;
    return ViewTransform(m_view, mapRect(), xStretchFor(m_view, geographic));
}

void MapCanvas::zoomBy(double factor, QPointF device) {
    const ViewTransform t = transform();
    if (!t.valid() || factor <= 0) return;
    const QPointF w = t.toWorld(device);
    BBox v;
    v.add(w.x() + (m_view.minX - w.x()) / factor, w.y() + (m_view.minY - w.y()) / factor);
    v.add(w.x() + (m_view.maxX - w.x()) / factor, w.y() + (m_view.maxY - w.y()) / factor);
    m_view = v;
    update();
}

void MapCanvas::panBy(QPointF d) {
    const ViewTransform t = transform();
    if (!t.valid()) return;
    const double dx = -d.x() / t.scale(), dy = d.y() / t.scaleY();
    m_view = boxAround((m_view.minX + m_view.maxX) / 2 + dx, (m_view.minY + m_view.maxY) / 2 + dy,
                       m_view.width(), m_view.height());
    update();
}

QString MapCanvas::tooltipAt(QPointF device) const {
    if (!m_renderer) return {};
    const auto f = m_renderer->featureAtDevice(device, transform());
    return f ? areaTooltip(m_loaded->data, *m_analysis, *f) : QString();
}

void MapCanvas::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (!m_renderer) {
        p.drawText(rect(), Qt::AlignCenter, tr("No project open"));
        return;
    }
    const ViewTransform t = transform();
    m_renderer->render(p, t);
    drawOverlay(p, t);
}

void MapCanvas::drawOverlay(QPainter& p, const ViewTransform& t) const {
    const QFont f = font();
    const QRectF box = legendRect();
    p.setPen(QColor(180, 180, 180));
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(box, 4, 4);
    drawLegend(p, box.adjusted(8, 6, -6, -6), m_legend, f);
    if (m_loaded->data.synthetic) {
        QFont bold = f;
        bold.setBold(true);
        p.setFont(bold);
        const QRectF banner(box.left(), box.bottom() + 8, box.width(),
                            p.fontMetrics().height() * 1.8);
        p.fillRect(banner, QColor(0xb2182b));
        p.setPen(Qt::white);
        p.drawText(banner, Qt::AlignCenter, tr("SYNTHETIC DEMO DATA"));
    }
    const ScaleBar bar = chooseScaleBar(t, m_loaded->data.geographic, box.width() - 24);
    drawScaleBar(p, QPointF(box.left() + 6, height() - 14), bar, f);
}

void MapCanvas::mousePressEvent(QMouseEvent* e) {
    if (e->button() == Qt::LeftButton) m_dragFrom = e->position();
}

void MapCanvas::mouseMoveEvent(QMouseEvent* e) {
    if (!m_dragFrom) return;
    panBy(e->position() - *m_dragFrom);
    m_dragFrom = e->position();
}

void MapCanvas::mouseReleaseEvent(QMouseEvent*) {
    m_dragFrom.reset();
}

void MapCanvas::wheelEvent(QWheelEvent* e) {
    zoomBy(std::pow(1.25, e->angleDelta().y() / 120.0), e->position());
}

void MapCanvas::keyPressEvent(QKeyEvent* e) {
    const double step = std::min(width(), height()) * 0.1;
    const QPointF centre = QRectF(rect()).center();
    switch (e->key()) {
    case Qt::Key_Left:
        panBy({step, 0});
        break;
    case Qt::Key_Right:
        panBy({-step, 0});
        break;
    case Qt::Key_Up:
        panBy({0, step});
        break;
    case Qt::Key_Down:
        panBy({0, -step});
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(0.8, centre);
        break;
    case Qt::Key_Home:
        zoomToFull();
        break;
    default:
        QWidget::keyPressEvent(e);
    }
}

bool MapCanvas::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

} // namespace swingmap
