// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/mapcanvas.h"

#include "app/gui/areatooltip.h"
#include "app/render/palette.h"
#include "app/render/scalebar.h"

#include <QElapsedTimer>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace swingmap {

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        m_wheeling = false;
        update();
    });
}

void MapCanvas::setData(LoadedPtr loaded, AnalysisPtr analysis) {
    // after a preview of the same boundaries, the view the user chose meanwhile stays
    const bool newLayer = (!m_loaded || !loaded || &m_loaded->data != &loaded->data) &&
                          !(m_preview && loaded && samePreview(*m_preview, loaded->data.geometry));
    m_preview.reset();
    m_loaded = std::move(loaded);
    m_analysis = std::move(analysis);
    setStreetsData();
    if (!rebuild()) {
        m_mapId = defaultMapId();
        rebuild();
    }
    if (newLayer) zoomToFull();
    if (newLayer) m_selection.clear(); // other areas
    update();
}

void MapCanvas::setStreetsData() {
    const StreetLayer* layer = m_loaded && m_loaded->streets ? &*m_loaded->streets : nullptr;
    if (layer != m_streetLayer) {
        m_streetLayer = layer;
        if (layer)
            m_hits.build(*layer);
        else
            m_hits = StreetHitIndex();
    }
    m_ranking.reset();
    m_scoreOf.clear();
    if (!layer || !m_analysis) return;
    // ranked by the analysis on screen (a refit changes the areas' figures)
    m_ranking = rankStreets(*layer, m_loaded->data, *m_analysis);
    m_scoreOf.assign(layer->names.size(), -1);
    for (std::size_t i = 0; i < m_ranking->listed.size(); ++i)
        m_scoreOf[m_ranking->listed[i].street] = int(i);
    m_overlay = StreetsOverlay{m_streetLayer, &*m_ranking};
}

bool MapCanvas::hasStreets() const {
    return m_streetLayer && m_ranking;
}

void MapCanvas::setStreetsShown(bool on) {
    if (on == m_streetsShown) return;
    m_streetsShown = on;
    // Only the legend and the composed map change: the areas' cache stays (mapcanvas_layers.cpp).
    m_legend = m_map ? m_map->legend : Legend{};
    if (const StreetsOverlay* o = streetsOverlay()) addStreetEntries(m_legend, *o);
    ++m_layersGeneration;
    update();
}

const StreetsOverlay* MapCanvas::streetsOverlay() const {
    return m_streetsShown && hasStreets() ? &m_overlay : nullptr;
}

const StreetRanking* MapCanvas::streetRanking() const {
    return m_ranking ? &*m_ranking : nullptr;
}

std::optional<std::size_t> MapCanvas::streetAt(QPointF device) const {
    if (!streetsOverlay() || !mapRect().contains(device)) return std::nullopt;
    const auto line = m_hits.lineAt(*m_streetLayer, transform(), device, 4.0);
    if (!line) return std::nullopt;
    return m_streetLayer->lineStreet[*line];
}

bool MapCanvas::rebuild() {
    ++m_generation;
    m_renderer.reset();
    m_legend = {};
    m_map.reset();
    if (!m_loaded || !m_analysis) return true;
    auto map = makeThematicMap(*m_analysis, m_loaded->project, m_mapId, m_noiseHatch, m_style);
    if (!map) return false;
    addEstimatedEntry(*map, m_loaded->data, *m_analysis);
    m_legend = map->legend;
    if (const StreetsOverlay* o = streetsOverlay()) addStreetEntries(m_legend, *o);
    m_renderer.emplace(thematicRenderer(m_loaded->data, *m_analysis, *map, {}, m_noiseHatch));
    m_map = std::move(map);
    emit mapChanged();
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

void MapCanvas::setClassStyle(const ClassStyle& style) {
    if (style == m_style) return;
    m_style = style;
    rebuild();
    update();
}

void MapCanvas::setNoiseHatch(bool on) {
    m_noiseHatch = on;
    rebuild();
    update();
}

void MapCanvas::zoomToFull() {
    m_view = m_loaded ? m_loaded->data.geometry.extent : m_preview ? m_preview->extent : BBox{};
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
    return ViewTransform(m_view, mapRect(), xStretchFor(m_view, geographic()));
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
    if (!m_renderer || !m_analysis) return {};
    if (const auto street = streetAt(device)) return streetTooltip(*street);
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
    const qreal dpr = devicePixelRatioF();
    const CacheKey key{m_view, size(), dpr, m_generation, m_layersGeneration};
    const auto sameView = [](const BBox& a, const BBox& b) {
        return a.minX == b.minX && a.minY == b.minY && a.maxX == b.maxX && a.maxY == b.maxY;
    };
    const bool sameContent = !m_cache.isNull() && key.size == m_cacheKey.size &&
                             key.dpr == m_cacheKey.dpr && key.generation == m_cacheKey.generation &&
                             key.layers == m_cacheKey.layers;
    constexpr double kFrameMs = 40; // faster maps are drawn anew on every step of a drag
    if (sameContent && (m_dragFrom || m_wheeling) && m_lastRenderMs > kFrameMs &&
        !sameView(key.view, m_cacheKey.view)) {
        // The last map moved (and scaled, for a wheel zoom) with the view at once; it is drawn
        // again when the drag ends or the wheel rests (m_settle).
        const ViewTransform before(m_cacheKey.view, mapRect(),
                                   xStretchFor(m_cacheKey.view, geographic()));
        const QPointF a = before.toWorld(QPointF(0, 0)),
                      b = before.toWorld(QPointF(width(), height()));
        p.save();
        p.setClipRect(mapRect());
        p.drawPixmap(QRectF(t.toDevice(a.x(), a.y()), t.toDevice(b.x(), b.y())), m_cache,
                     QRectF(m_cache.rect()));
        p.restore();
        drawOverlay(p, t);
        if (m_wheeling) m_settle.start();
        return;
    }
    if (!sameContent || !sameView(key.view, m_cacheKey.view)) {
        QElapsedTimer timer;
        timer.start();
        composeMap(t); // the layers, each from its own cache when fresh
        QPainter cp(&m_cache);
        drawLabelLayer(cp, t); // over the layers
        m_cacheKey = key;
        m_lastRenderMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    p.drawPixmap(0, 0, m_cache);
    drawOverlay(p, t);
}

void MapCanvas::resizeEvent(QResizeEvent* e) {
    ++m_generation; // the legend's column and the map's rectangle may change
    QWidget::resizeEvent(e);
}

void MapCanvas::drawOverlay(QPainter& p, const ViewTransform& t) const {
    drawSelection(p, t); // over the cached map, under the legend
    const QFont f = font();
    const QRectF box = legendRect();
    p.setPen(QColor(180, 180, 180));
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(box, 4, 4);
    drawLegend(p, box.adjusted(8, 6, -6, -6), m_legend, f);
    if (m_loaded && m_loaded->data.synthetic) {
        QFont bold = f;
        bold.setBold(true);
        p.setFont(bold);
        const QRectF banner(box.left(), box.bottom() + 8, box.width(),
                            p.fontMetrics().height() * 1.8);
        p.fillRect(banner, QColor(0xb2182b));
        p.setPen(Qt::white);
        p.drawText(banner, Qt::AlignCenter, tr("SYNTHETIC DEMO DATA"));
    }
    const ScaleBar bar = chooseScaleBar(t, geographic(), box.width() - 24);
    drawScaleBar(p, QPointF(box.left() + 6, height() - 14), bar, f);
    drawNorthArrowOverlay(p, t);
}

void MapCanvas::mousePressEvent(QMouseEvent* e) {
    if (selectionPress(e)) return;
    if (e->button() == Qt::LeftButton) m_dragFrom = e->position();
}

void MapCanvas::mouseMoveEvent(QMouseEvent* e) {
    if (const ViewTransform t = transform(); t.valid() && mapRect().contains(e->position()))
        emit cursorMoved(t.toWorld(e->position()));
    if (selectionMove(e)) return;
    if (!m_dragFrom) return;
    panBy(e->position() - *m_dragFrom);
    m_dragFrom = e->position();
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* e) {
    if (selectionRelease(e)) return;
    m_dragFrom.reset();
    update(); // the map drawn again for where the drag ended
}

void MapCanvas::wheelEvent(QWheelEvent* e) {
    m_wheeling = true;
    m_settle.start();
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
    case Qt::Key_Escape:
        clearSelection();
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

QString MapCanvas::streetTooltip(std::size_t street) const {
    if (!m_streetLayer || street >= m_streetLayer->names.size()) return {};
    const StreetLayer& s = *m_streetLayer;
    QString t = QStringLiteral("<b>%1</b> <span style='color:gray'>%2</span>")
                    .arg(QString::fromStdString(s.names[street]).toHtmlEscaped(),
                         tr("street").toHtmlEscaped());
    const int i = street < m_scoreOf.size() ? m_scoreOf[street] : -1;
    if (i < 0 || !m_ranking) // only the street's own listed figures are ever shown
        return t + QStringLiteral("<br><i>%1</i>")
                       .arg(tr("Not listed: no figures published for it").toHtmlEscaped());
    const StreetScore& sc = m_ranking->listed[std::size_t(i)];
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td>%1</td><td align='right'>&nbsp;%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const auto number = [](double x, int decimals, bool sign) {
        if (!std::isfinite(x)) return QStringLiteral("–");
        QString v = QString::number(std::abs(x), 'f', decimals);
        if (x < 0)
            v.prepend(QChar(0x2212));
        else if (sign && x > 0)
            v.prepend(QLatin1Char('+'));
        return v;
    };
    t += QStringLiteral("<table>");
    t += row(tr("Rank"), tr("%1 of %2").arg(sc.rank).arg(m_ranking->listed.size()));
    t += row(tr("Length in the published areas"), tr("%1 km").arg(number(sc.km, 2, false)));
    t += row(tr("Potential votes"), number(sc.potentialVotes, 0, false));
    t += row(tr("Potential votes per km"), number(sc.perKm, 0, false));
    t += row(tr("Share change"), tr("%1 pts").arg(number(sc.shareChange, 1, true)));
    t += row(tr("Class"), QString::fromUtf8(classLabel(sc.cls)));
    t += row(tr("Swing-street"), sc.swingStreet ? tr("yes") : tr("no"));
    if (street < s.roadClass.size() && !s.roadClass[street].empty())
        t += row(tr("Road class"), QString::fromStdString(s.roadClass[street]));
    return t + QStringLiteral("</table>");
}

} // namespace swingmap
