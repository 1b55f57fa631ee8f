// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/histogramchart.h"

#include "app/render/classification.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace swingmap {

HistogramChart::HistogramChart(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setAccessibleName(tr("Distribution of the mapped figure"));
}

void HistogramChart::setData(const std::vector<double>& values, const Classification& cls) {
    m_counts.clear();
    m_colours.clear();
    m_names.clear();
    m_breaks = cls.breaks;
    m_categorical = cls.categorical;
    m_total = 0;
    m_cls = cls;
    if (m_categorical) {
        m_counts.assign(static_cast<std::size_t>(cls.classCount()), 0);
        for (double v : values) {
            const int c = cls.classOf(v);
            if (c >= 0) ++m_counts[static_cast<std::size_t>(c)], ++m_total;
        }
        m_colours = cls.colours;
        m_names = cls.labels;
        update();
        return;
    }
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (double v : values)
        if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v), ++m_total;
    if (m_total == 0) {
        update();
        return;
    }
    if (hi <= lo) hi = lo + 1;
    m_lo = lo;
    m_hi = hi;
    const int bins = std::clamp(static_cast<int>(std::sqrt(double(m_total))), 8, 48);
    m_counts.assign(static_cast<std::size_t>(bins), 0);
    for (double v : values)
        if (const int b = binOf(v); b >= 0) ++m_counts[static_cast<std::size_t>(b)];
    for (int i = 0; i < bins; ++i) {
        const auto [a, b] = range(i);
        m_colours.push_back(cls.colourOf((a + b) / 2));
    }
    update();
}

int HistogramChart::binOf(double v) const {
    if (m_categorical) return m_cls.classOf(v);
    if (!std::isfinite(v) || m_counts.empty()) return -1;
    const int bins = binCount();
    return std::clamp(static_cast<int>((v - m_lo) / (m_hi - m_lo) * bins), 0, bins - 1);
}

std::pair<double, double> HistogramChart::range(int i) const {
    const double w = (m_hi - m_lo) / static_cast<double>(std::max<std::size_t>(m_counts.size(), 1));
    return {m_lo + w * i, m_lo + w * (i + 1)};
}

QRectF HistogramChart::plotRect() const {
    const int text = fontMetrics().height();
    return QRectF(8, 6, std::max(10, width() - 16), std::max(10, height() - 12 - text));
}

double HistogramChart::xOf(double value) const {
    const QRectF r = plotRect();
    return r.left() + (value - m_lo) / (m_hi - m_lo) * r.width();
}

int HistogramChart::barAt(QPointF pos) const {
    const QRectF r = plotRect();
    if (m_counts.empty() || pos.x() < r.left() || pos.x() >= r.right()) return -1;
    const auto i =
        static_cast<int>((pos.x() - r.left()) / r.width() * static_cast<double>(m_counts.size()));
    return std::clamp(i, 0, binCount() - 1);
}

void HistogramChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QRectF r = plotRect();
    if (m_counts.empty() || m_total == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No figures to show"));
        return;
    }
    const int most = *std::max_element(m_counts.begin(), m_counts.end());
    const double bw = r.width() / static_cast<double>(m_counts.size());
    p.setPen(QPen(QColor(120, 120, 120), 0.5));
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        const double h = most ? r.height() * m_counts[i] / most : 0;
        p.setBrush(m_colours[i]);
        p.drawRect(QRectF(r.left() + bw * static_cast<double>(i), r.bottom() - h, bw, h));
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawLine(r.bottomLeft(), r.bottomRight());
    const QRectF labels(r.left(), r.bottom() + 2, r.width(), fontMetrics().height());
    if (m_categorical) {
        p.drawText(labels, Qt::AlignLeft, tr("%n areas", nullptr, m_total));
        return;
    }
    QPen breakPen(QColor(30, 30, 30), 1.2, Qt::DashLine);
    p.setPen(breakPen);
    for (double b : m_breaks)
        if (b > m_lo && b < m_hi) p.drawLine(QPointF(xOf(b), r.top()), QPointF(xOf(b), r.bottom()));
    p.setPen(palette().color(QPalette::Text));
    p.drawText(labels, Qt::AlignLeft, formatPlain(m_lo));
    p.drawText(labels, Qt::AlignRight, formatPlain(m_hi));
    p.drawText(labels, Qt::AlignHCenter, tr("%n areas", nullptr, m_total));
}

bool HistogramChart::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = barAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            return true;
        }
        const int n = count(i);
        QString text;
        if (m_categorical)
            text = tr("%1: %n areas", nullptr, n).arg(m_names[static_cast<std::size_t>(i)]);
        else {
            const auto [a, b] = range(i);
            text = tr("%1 to %2: %n areas", nullptr, n).arg(formatPlain(a), formatPlain(b));
        }
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void HistogramChart::mouseReleaseEvent(QMouseEvent* event) {
    const int i = barAt(event->position());
    if (i >= 0 && event->button() == Qt::LeftButton) emit barClicked(i);
}

} // namespace swingmap
