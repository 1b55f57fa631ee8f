// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/coefchart.h"

#include "app/gui/chartaxis.h"
#include "app/render/briefingtext.h"
#include "core/tquantile.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace swingmap {

CoefChart::CoefChart(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setAccessibleName(tr("Coefficients with their robust 95 % intervals"));
    clear(tr("No model fitted yet"));
}

void CoefChart::clear(const QString& note) {
    m_rows.clear();
    m_ticks = axisTicks(-1, 1);
    m_note = note;
    updateGeometry();
    update();
}

void CoefChart::setData(const Analysis& a, const Project& project) {
    if (!a.model.fitted) {
        clear(a.model.error.empty()
                  ? tr("No model fitted yet")
                  : tr("No model: %1").arg(QString::fromStdString(a.model.error)));
        return;
    }
    std::vector<QString> labels;
    for (const Term& t : a.model.fit.terms)
        labels.push_back(covariateLabel(project, t.name));
    setTerms(a.model.fit.terms, a.model.fit.fDf2, labels);
}

void CoefChart::setTerms(const std::vector<Term>& terms, double df,
                         const std::vector<QString>& labels) {
    m_rows.clear();
    m_note.clear();
    m_df = df;
    m_q = studentTQuantile975(df);
    double lo = 0, hi = 0; // the axis always shows zero
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const Term& t = terms[i];
        if (t.name == "(Intercept)") continue; // another scale: it would squeeze the others
        Row r{t, i < labels.size() ? labels[i] : QString::fromStdString(t.name),
              t.estimate - m_q * t.hc3StdError, t.estimate + m_q * t.hc3StdError};
        if (!std::isfinite(r.lo) || !std::isfinite(r.hi)) r.lo = r.hi = t.estimate;
        lo = std::min(lo, r.lo), hi = std::max(hi, r.hi);
        m_rows.push_back(std::move(r));
    }
    if (m_rows.empty()) m_note = tr("The model has no covariates");
    m_ticks = axisTicks(lo, hi);
    m_lo = m_ticks.front(), m_hi = m_ticks.back();
    updateGeometry();
    update();
}

std::pair<double, double> CoefChart::interval(int row) const {
    const Row& r = m_rows[static_cast<std::size_t>(row)];
    return {r.lo, r.hi};
}

bool CoefChart::crossesZero(int row) const {
    const auto [lo, hi] = interval(row);
    return lo <= 0 && hi >= 0;
}

double CoefChart::rowHeight() const {
    const int n = std::max(1, rowCount());
    const double fh = fontMetrics().height();
    const double room = height() - 3.0 * fh - 22;
    return std::clamp(room / n, fh + 4, 3.5 * fh);
}

double CoefChart::labelWidth() const {
    double w = 0;
    for (const Row& r : m_rows)
        w = std::max(w, double(fontMetrics().horizontalAdvance(r.label)));
    // the names get up to about half the width, the plot keeps at least 240 pixels
    return std::min(w + 12, std::max(0.45 * width(), width() - 240.0));
}

QRectF CoefChart::plotRect() const {
    const double fh = fontMetrics().height();
    const double left = labelWidth() + 4;
    const double right = fontMetrics().horizontalAdvance(tickLabel(m_hi, m_ticks)) / 2.0 + 8;
    return QRectF(left, fh + 10, std::max(10.0, width() - left - right),
                  rowHeight() * std::max(1, rowCount()));
}

double CoefChart::xOf(double value) const {
    const QRectF r = plotRect();
    return r.left() + (value - m_lo) / (m_hi - m_lo) * r.width();
}

double CoefChart::yOf(int row) const {
    return plotRect().top() + (row + 0.5) * rowHeight();
}

int CoefChart::rowAt(QPointF pos) const {
    const QRectF r = plotRect();
    if (m_rows.empty() || pos.y() < r.top() || pos.y() >= r.bottom() || pos.x() < 0 ||
        pos.x() > width())
        return -1;
    return std::clamp(static_cast<int>((pos.y() - r.top()) / rowHeight()), 0, rowCount() - 1);
}

QSize CoefChart::sizeHint() const {
    const int fh = fontMetrics().height();
    return {420, std::max(160, 3 * fh + 22 + static_cast<int>(std::max(1, rowCount()) * 2 * fh))};
}

void CoefChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (!m_note.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_note);
        return;
    }
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = plotRect();
    const QFontMetrics fm = fontMetrics();
    const QColor text = palette().color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(30);
    p.setPen(QPen(grid, 1));
    for (double t : m_ticks)
        p.drawLine(QPointF(xOf(t), r.top()), QPointF(xOf(t), r.bottom()));
    p.setPen(text);
    p.drawLine(r.bottomLeft(), r.bottomRight());
    for (double t : m_ticks) {
        const QString s = tickLabel(t, m_ticks);
        p.drawText(QPointF(xOf(t) - fm.horizontalAdvance(s) / 2.0, r.bottom() + 4 + fm.ascent()),
                   s);
    }
    p.drawText(QRectF(r.left(), r.bottom() + 4 + fm.height(), r.width(), fm.height() + 4),
               Qt::AlignHCenter, tr("Change in the outcome per unit"));
    const QString title = m_df > 0
                              ? tr("Robust 95 % intervals (HC3; t, %1 df)").arg(m_df, 0, 'f', 0)
                              : tr("Robust 95 % intervals (HC3; normal)");
    p.drawText(QRectF(4, 2, width() - 8, fm.height() + 4), Qt::AlignLeft,
               fm.elidedText(title, Qt::ElideRight, width() - 8));
    // zero line
    p.setPen(QPen(QColor(180, 30, 30), 1.2, Qt::DashLine));
    p.drawLine(QPointF(xOf(0), r.top()), QPointF(xOf(0), r.bottom()));
    const QColor strong(33, 102, 172), muted(150, 150, 150);
    const double dot = std::max(3.5, fm.height() / 4.0);
    for (int i = 0; i < rowCount(); ++i) {
        const Row& row = m_rows[static_cast<std::size_t>(i)];
        const double y = yOf(i);
        p.setPen(text);
        const QString label = fm.elidedText(row.label, Qt::ElideMiddle, int(r.left()) - 12);
        p.drawText(QRectF(4, y - fm.height() / 2.0, r.left() - 12, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, label);
        const QColor c = crossesZero(i) ? muted : strong;
        p.setPen(QPen(c, 2.5, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(QPointF(xOf(row.lo), y), QPointF(xOf(row.hi), y));
        p.setPen(QPen(c.darker(130), 1));
        p.setBrush(c);
        p.drawEllipse(QPointF(xOf(row.term.estimate), y), dot, dot);
    }
}

bool CoefChart::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = rowAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            return true;
        }
        const Row& row = m_rows[static_cast<std::size_t>(i)];
        const Term& t = row.term;
        const double z = std::fabs(t.estimate / t.hc3StdError);
        const double p =
            m_df > 0 ? studentTTwoSidedP(z, m_df) : std::erfc(z / std::sqrt(2.0)); // robust p
        const QString quantile =
            m_df > 0 ? tr("t quantile %1 with %2 df").arg(m_q, 0, 'f', 3).arg(m_df, 0, 'f', 0)
                     : tr("normal quantile %1").arg(m_q, 0, 'f', 3);
        const auto num = [](double v) { return QLocale().toString(v, 'g', 4); };
        QString text = QStringLiteral("<b>%1</b><br>").arg(row.label.toHtmlEscaped());
        text += tr("Estimate %1, robust SE (HC3) %2").arg(num(t.estimate), num(t.hc3StdError));
        text += QStringLiteral("<br>") +
                tr("95 % interval %1 to %2 (%3)").arg(num(row.lo), num(row.hi), quantile);
        text += QStringLiteral("<br>") +
                (p < 0.001 ? tr("robust p < 0.001") : tr("robust p = %1").arg(p, 0, 'f', 3));
        if (crossesZero(i)) text += QStringLiteral("<br><i>%1</i>").arg(tr("could be chance"));
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace swingmap
