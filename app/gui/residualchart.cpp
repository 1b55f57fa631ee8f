// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/residualchart.h"

#include "app/gui/chartaxis.h"
#include "app/gui/mapcanvas.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace swingmap {

namespace {

/// Above this many points they are stamped pixel by pixel instead of painted as circles.
constexpr std::size_t kPaintedPoints = 20000;
constexpr double kHitRadius = 6; ///< pixels around a point that still find it

} // namespace

ResidualChart::ResidualChart(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setAccessibleName(tr("Residuals against fitted values"));
}

void ResidualChart::setData(LoadedPtr loaded, AnalysisPtr analysis) {
    m_loaded = std::move(loaded);
    m_analysis = std::move(analysis);
    m_area.clear();
    m_x.clear();
    m_y.clear();
    m_pointOf.clear();
    m_note.clear();
    if (!m_analysis || !m_analysis->model.fitted) {
        m_note = m_analysis && !m_analysis->model.error.empty()
                     ? tr("No model: %1").arg(QString::fromStdString(m_analysis->model.error))
                     : tr("No model fitted yet");
    } else {
        const AreaFigures& f = m_analysis->areas;
        m_pointOf.assign(f.fitted.size(), -1);
        for (std::size_t i = 0; i < f.fitted.size() && i < f.residual.size(); ++i) {
            const bool in = i < f.inModel.size() && f.inModel[i] != 0;
            const bool hidden = i < f.suppressed.size() && f.suppressed[i] != 0; // privacy
            if (!in || hidden || !std::isfinite(f.fitted[i]) || !std::isfinite(f.residual[i]))
                continue;
            m_pointOf[i] = static_cast<int>(m_area.size());
            m_area.push_back(static_cast<int>(i));
            m_x.push_back(f.fitted[i]);
            m_y.push_back(f.residual[i]);
        }
        if (m_area.empty()) m_note = tr("No areas in the model");
    }
    double xl = std::numeric_limits<double>::infinity(), xh = -xl, yl = 0, yh = 0;
    for (std::size_t i = 0; i < m_x.size(); ++i) {
        xl = std::min(xl, m_x[i]), xh = std::max(xh, m_x[i]);
        yl = std::min(yl, m_y[i]), yh = std::max(yh, m_y[i]);
    }
    if (m_x.empty()) xl = 0, xh = 1, yl = -1, yh = 1;
    m_xTicks = axisTicks(xl, xh);
    m_yTicks = axisTicks(yl, yh);
    m_x0 = m_xTicks.front(), m_x1 = m_xTicks.back();
    m_y0 = m_yTicks.front(), m_y1 = m_yTicks.back();
    m_dirty = m_highlightDirty = true;
    m_plotFor = {}; // new ticks: new margins
    update();
}

void ResidualChart::setSelection(const std::vector<uint8_t>& selected) {
    m_selected = selected;
    m_highlightDirty = true;
    update();
}

const QRectF& ResidualChart::plotRect() const {
    if (m_plotFor == size()) return m_plot;
    const QFontMetrics fm = fontMetrics();
    double labelWidth = 0;
    for (double t : m_yTicks)
        labelWidth = std::max(labelWidth, double(fm.horizontalAdvance(tickLabel(t, m_yTicks))));
    const double right = m_xTicks.empty()
                             ? 8.0
                             : fm.horizontalAdvance(tickLabel(m_xTicks.back(), m_xTicks)) / 2.0 + 6;
    const double left = labelWidth + 12, top = fm.height() + 10, bottom = 2.0 * fm.height() + 10;
    m_plot = QRectF(left, top, std::max(10.0, width() - left - right),
                    std::max(10.0, height() - top - bottom));
    m_plotFor = size();
    return m_plot;
}

double ResidualChart::px(double x) const {
    const QRectF r = plotRect();
    return r.left() + (x - m_x0) / (m_x1 - m_x0) * r.width();
}

double ResidualChart::py(double y) const {
    const QRectF r = plotRect();
    return r.bottom() - (y - m_y0) / (m_y1 - m_y0) * r.height();
}

QPointF ResidualChart::positionOf(int area) const {
    if (area < 0 || static_cast<std::size_t>(area) >= m_pointOf.size() ||
        m_pointOf[static_cast<std::size_t>(area)] < 0)
        return {-1, -1};
    const auto i = static_cast<std::size_t>(m_pointOf[static_cast<std::size_t>(area)]);
    return {px(m_x[i]), py(m_y[i])};
}

QImage ResidualChart::stamp(const std::vector<uint8_t>& mask, QColor colour) const {
    const QRectF r = plotRect(); // a copy: px() and py() may not recompute it
    const qreal dpr = devicePixelRatioF();
    QImage img((r.size() * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    img.fill(Qt::transparent);
    const bool highlight = !mask.empty();
    auto wanted = [&](std::size_t i) {
        const auto a = static_cast<std::size_t>(m_area[i]);
        return !highlight || (a < mask.size() && mask[a] != 0);
    };
    if (m_area.size() <= kPaintedPoints) { // few: anti-aliased circles with an outline
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        QColor fill = colour;
        fill.setAlphaF(highlight ? 1.0f : 0.55f);
        p.setBrush(fill);
        p.setPen(QPen(highlight ? QColor(20, 20, 20) : colour.darker(140), highlight ? 1.2 : 0.7));
        const double radius = highlight ? 4.5 : 3.2;
        for (std::size_t i = 0; i < m_area.size(); ++i)
            if (wanted(i))
                p.drawEllipse(QPointF(px(m_x[i]) - r.left(), py(m_y[i]) - r.top()), radius, radius);
        return img;
    }
    // Many: count the points per pixel in a small disc, then shade by the count.
    const int w = img.width(), h = img.height();
    std::vector<uint16_t> count(static_cast<std::size_t>(w) * static_cast<std::size_t>(h), 0);
    const int rad = std::max(1, static_cast<int>(std::lround((highlight ? 2 : 1) * dpr)));
    for (std::size_t i = 0; i < m_area.size(); ++i) {
        if (!wanted(i)) continue;
        const auto cx = static_cast<int>((px(m_x[i]) - r.left()) * dpr);
        const auto cy = static_cast<int>((py(m_y[i]) - r.top()) * dpr);
        for (int dy = -rad; dy <= rad; ++dy)
            for (int dx = -rad; dx <= rad; ++dx) {
                const int x = cx + dx, y = cy + dy;
                if (dx * dx + dy * dy > rad * rad || x < 0 || y < 0 || x >= w || y >= h) continue;
                uint16_t& c = count[static_cast<std::size_t>(y) * static_cast<std::size_t>(w) +
                                    static_cast<std::size_t>(x)];
                if (c < 1000) ++c;
            }
    }
    const double perPoint = highlight ? 0.9 : 0.3;
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const uint16_t c = count[static_cast<std::size_t>(y) * static_cast<std::size_t>(w) +
                                     static_cast<std::size_t>(x)];
            if (c == 0) continue;
            const double alpha = 1 - std::pow(1 - perPoint, c);
            line[x] = qPremultiply(qRgba(colour.red(), colour.green(), colour.blue(),
                                         static_cast<int>(std::lround(255 * alpha))));
        }
    }
    return img;
}

void ResidualChart::rebuild() const {
    const QRectF r = plotRect();
    if (m_builtFor != size()) m_dirty = true; // resized while hidden: no resizeEvent yet
    if (m_dirty) {
        m_points = stamp({}, QColor(33, 102, 172));
        // the hit grid: points per cell of m_cell pixels, as compressed rows (CSR)
        m_cols = std::max(1, static_cast<int>(std::ceil(r.width() / m_cell)));
        m_rows = std::max(1, static_cast<int>(std::ceil(r.height() / m_cell)));
        const auto cells = static_cast<std::size_t>(m_cols) * static_cast<std::size_t>(m_rows);
        m_cellStart.assign(cells + 1, 0);
        std::vector<int> cellOf(m_area.size());
        for (std::size_t i = 0; i < m_area.size(); ++i) {
            const int cx =
                std::clamp(static_cast<int>((px(m_x[i]) - r.left()) / m_cell), 0, m_cols - 1);
            const int cy =
                std::clamp(static_cast<int>((py(m_y[i]) - r.top()) / m_cell), 0, m_rows - 1);
            cellOf[i] = cy * m_cols + cx;
            ++m_cellStart[static_cast<std::size_t>(cellOf[i]) + 1];
        }
        for (std::size_t c = 0; c < cells; ++c)
            m_cellStart[c + 1] += m_cellStart[c];
        std::vector<int> fill(m_cellStart.begin(), m_cellStart.end() - 1);
        m_cellPoints.assign(m_area.size(), 0);
        for (std::size_t i = 0; i < m_area.size(); ++i)
            m_cellPoints[static_cast<std::size_t>(fill[static_cast<std::size_t>(cellOf[i])]++)] =
                static_cast<int>(i);
        m_dirty = false;
        m_builtFor = size();
        m_highlightDirty = true;
    }
    if (m_highlightDirty) {
        const bool any =
            std::any_of(m_selected.begin(), m_selected.end(), [](uint8_t s) { return s != 0; });
        m_highlight = any ? stamp(m_selected, MapCanvas::selectionColour()) : QImage();
        m_highlightDirty = false;
    }
}

int ResidualChart::areaAt(QPointF pos) const {
    if (m_area.empty()) return -1;
    rebuild();
    const QRectF r = plotRect();
    const double lx = pos.x() - r.left(), ly = pos.y() - r.top();
    const int c0 = std::max(0, static_cast<int>(std::floor((lx - kHitRadius) / m_cell)));
    const int c1 = std::min(m_cols - 1, static_cast<int>(std::floor((lx + kHitRadius) / m_cell)));
    const int r0 = std::max(0, static_cast<int>(std::floor((ly - kHitRadius) / m_cell)));
    const int r1 = std::min(m_rows - 1, static_cast<int>(std::floor((ly + kHitRadius) / m_cell)));
    double best = kHitRadius * kHitRadius;
    int found = -1;
    for (int cy = r0; cy <= r1; ++cy)
        for (int cx = c0; cx <= c1; ++cx) {
            const auto cell = static_cast<std::size_t>(cy) * static_cast<std::size_t>(m_cols) +
                              static_cast<std::size_t>(cx);
            for (int k = m_cellStart[cell]; k < m_cellStart[cell + 1]; ++k) {
                const auto i = static_cast<std::size_t>(m_cellPoints[static_cast<std::size_t>(k)]);
                const double dx = px(m_x[i]) - pos.x(), dy = py(m_y[i]) - pos.y();
                if (dx * dx + dy * dy <= best) best = dx * dx + dy * dy, found = m_area[i];
            }
        }
    return found;
}

void ResidualChart::resizeEvent(QResizeEvent* event) {
    m_dirty = true;
    m_plotFor = {};
    QWidget::resizeEvent(event);
}

void ResidualChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (!m_note.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_note);
        return;
    }
    rebuild();
    const QRectF r = plotRect();
    const QFontMetrics fm = fontMetrics();
    const QColor text = palette().color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(30);
    // grid lines and tick labels
    p.setPen(QPen(grid, 1));
    for (double t : m_xTicks)
        p.drawLine(QPointF(px(t), r.top()), QPointF(px(t), r.bottom()));
    for (double t : m_yTicks)
        p.drawLine(QPointF(r.left(), py(t)), QPointF(r.right(), py(t)));
    p.setPen(text);
    for (double t : m_xTicks) {
        const QString s = tickLabel(t, m_xTicks);
        const double w = fm.horizontalAdvance(s);
        p.drawText(QPointF(px(t) - w / 2, r.bottom() + 4 + fm.ascent()), s);
    }
    for (double t : m_yTicks) {
        const QString s = tickLabel(t, m_yTicks);
        p.drawText(QPointF(r.left() - 6 - fm.horizontalAdvance(s), py(t) + fm.ascent() / 2.0 - 1),
                   s);
    }
    p.drawRect(r);
    // axis titles: x below the tick labels, y above the plot (no rotated text)
    p.drawText(QRectF(r.left(), r.bottom() + 4 + fm.height(), r.width(), fm.height() + 4),
               Qt::AlignHCenter, tr("Fitted value"));
    p.drawText(QRectF(4, 2, width() - 8, fm.height() + 4), Qt::AlignLeft,
               tr("Residual (observed − fitted)"));
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRectF(4, 2, width() - 8, fm.height() + 4), Qt::AlignRight,
               tr("%Ln areas", nullptr, pointCount()));
    // the points, the selection over them, then the zero line on top
    p.drawImage(r.topLeft(), m_points);
    if (!m_highlight.isNull()) p.drawImage(r.topLeft(), m_highlight);
    if (m_y0 < 0 && m_y1 > 0) {
        p.setPen(QPen(QColor(180, 30, 30), 1.2, Qt::DashLine));
        p.drawLine(QPointF(r.left(), py(0)), QPointF(r.right(), py(0)));
    }
}

bool ResidualChart::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int area = areaAt(help->pos());
        if (area < 0 || !m_loaded || !m_analysis) {
            QToolTip::hideText();
            return true;
        }
        const auto a = static_cast<std::size_t>(area);
        const Dataset& d = m_loaded->data;
        const QString name = a < d.names.size() ? QString::fromStdString(d.names[a]) : QString();
        const QString key = a < d.keys.size() ? QString::fromStdString(d.keys[a]) : QString();
        QString head =
            QStringLiteral("<b>%1</b>").arg((name.isEmpty() ? key : name).toHtmlEscaped());
        if (!name.isEmpty())
            head += QStringLiteral(" <span style='color:gray'>%1</span>").arg(key.toHtmlEscaped());
        const AreaFigures& f = m_analysis->areas;
        auto at = [a](const std::vector<double>& v) {
            return a < v.size() ? v[a] : std::numeric_limits<double>::quiet_NaN();
        };
        const QString body = tr("Fitted %1, observed %2, residual %3")
                                 .arg(signedNumber(at(f.fitted)), signedNumber(at(f.outcome)),
                                      signedNumber(at(f.residual)));
        QToolTip::showText(help->globalPos(), head + QStringLiteral("<br>") + body, this);
        return true;
    }
    return QWidget::event(event);
}

void ResidualChart::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || m_area.empty()) return;
    if (!plotRect().contains(event->position())) return;
    emit areaClicked(areaAt(event->position()), event->modifiers() & Qt::ControlModifier);
}

} // namespace swingmap
