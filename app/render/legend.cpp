// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/legend.h"
#include "app/render/uitext.h"

#include "app/render/hatch.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace swingmap {

QString LegendEntry::text() const {
    return QStringLiteral("%1 (%2)").arg(label).arg(count);
}

namespace {
std::vector<int> legendOrder(const Classification& cls) {
    std::vector<int> order;
    for (int c : cls.legendOrder)
        if (c >= 0 && c < cls.classCount()) order.push_back(c);
    if (order.empty())
        for (int c = cls.classCount() - 1; c >= 0; --c)
            order.push_back(c);
    return order;
}
} // namespace

QString withinNoiseLabel() {
    return labels::translate("Legend", "too small a base to tell");
}

void addNoiseEntry(Legend& legend, const std::vector<uint8_t>& withinNoise,
                   const std::vector<uint8_t>& suppressed) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < withinNoise.size(); ++i)
        if (withinNoise[i] && !(i < suppressed.size() && suppressed[i])) ++n;
    legend.entries.push_back(
        {withinNoiseLabel(), QColor(Qt::white), n, LegendEntry::Swatch::NoiseHatched});
}

QString estimatedLabel() {
    return labels::translate("Legend", "figures estimated from other areas");
}

void addEstimatedEntry(Legend& legend, const std::vector<uint8_t>& estimated,
                       const std::vector<uint8_t>& suppressed) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < estimated.size(); ++i)
        if (estimated[i] && !(i < suppressed.size() && suppressed[i])) ++n;
    if (n == 0) return;
    legend.entries.push_back(
        {estimatedLabel(), QColor(Qt::white), n, LegendEntry::Swatch::EstimatedHatched});
}

Legend makeLegend(const QString& title, const Classification& cls,
                  const std::vector<double>& values, const std::vector<uint8_t>& suppressed) {
    std::vector<std::size_t> counts(static_cast<std::size_t>(cls.classCount()), 0);
    std::size_t noData = 0, hidden = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i < suppressed.size() && suppressed[i]) {
            ++hidden;
            continue;
        }
        const int c = cls.classOf(values[i]);
        if (c < 0)
            ++noData;
        else
            ++counts[static_cast<std::size_t>(c)];
    }
    Legend l{title, {}};
    for (int c : legendOrder(cls)) {
        const auto i = static_cast<std::size_t>(c);
        l.entries.push_back({cls.labels[i], cls.colours[i], counts[i], LegendEntry::Swatch::Fill});
    }
    if (noData > 0 || !cls.categorical)
        l.entries.push_back({labels::translate("Legend", "no data"), noDataColour(), noData,
                             LegendEntry::Swatch::NoData});
    if (hidden > 0)
        l.entries.push_back(
            {suppressedLabel(), suppressedColour(), hidden, LegendEntry::Swatch::Hatched});
    return l;
}

namespace {
double lineStep(const QFontMetricsF& fm) {
    return fm.height() * 1.35;
}
} // namespace

double legendHeight(const Legend& legend, const QFont& font, const QPaintDevice* device) {
    const QFontMetricsF fm(font, device);
    return lineStep(fm) * static_cast<double>(legend.entries.size() + 1);
}

double legendWidth(const Legend& legend, const QFont& font, const QPaintDevice* device) {
    QFont bold = font;
    bold.setBold(true);
    double w = QFontMetricsF(bold, device).horizontalAdvance(legend.title);
    const QFontMetricsF fm(font, device);
    for (const auto& e : legend.entries)
        w = std::max(w, fm.height() * 2.4 + fm.horizontalAdvance(e.text()));
    return w + fm.height() * 0.5;
}

double drawLegend(QPainter& p, const QRectF& rect, const Legend& legend, const QFont& font) {
    p.save();
    const QFontMetricsF fm(font, p.device());
    const double step = lineStep(fm);
    const double sw = fm.height() * 1.6, sh = fm.height() * 0.95;
    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(Qt::black);
    double y = rect.top();
    p.drawText(QRectF(rect.left(), y, rect.width(), step), Qt::AlignLeft | Qt::AlignVCenter,
               legend.title);
    y += step;
    p.setFont(font);
    for (const auto& e : legend.entries) {
        const QRectF swatch(rect.left(), y + (step - sh) / 2, sw, sh);
        p.fillRect(swatch, e.colour);
        if (e.swatch == LegendEntry::Swatch::Hatched) {
            QPainterPath path;
            path.addRect(swatch);
            drawHatch(p, path, hatchSpacingFor(p.device()));
        } else if (e.swatch == LegendEntry::Swatch::NoiseHatched) {
            QPainterPath path;
            path.addRect(swatch);
            drawNoiseHatch(p, path, hatchSpacingFor(p.device()));
        } else if (e.swatch == LegendEntry::Swatch::EstimatedHatched) {
            QPainterPath path;
            path.addRect(swatch);
            drawEstimatedHatch(p, path, hatchSpacingFor(p.device()));
        }
        p.setPen(QPen(QColor(90, 90, 90), 0));
        p.setBrush(Qt::NoBrush);
        p.drawRect(swatch);
        p.setPen(Qt::black);
        p.drawText(QRectF(swatch.right() + sw * 0.4, y, rect.width() - sw * 1.4, step),
                   Qt::AlignLeft | Qt::AlignVCenter, e.text());
        y += step;
    }
    p.restore();
    return y;
}

} // namespace swingmap
