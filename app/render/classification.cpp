// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/classification.h"
#include "app/render/uitext.h"
#include "core/breaks.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace swingmap {

std::vector<QColor> sequentialPalette() {
    return {QColor(0xffffcc), QColor(0xc7e9b4), QColor(0x7fcdbb), QColor(0x41b6c4),
            QColor(0x1d91c0), QColor(0x225ea8), QColor(0x0c2c84)};
}

QString formatPlain(double v) {
    if (std::abs(v) < 1e-12) return QStringLiteral("0");
    if (std::abs(v) >= 1000) return QLocale(QLocale::English).toString(std::round(v), 'f', 0);
    QString s = QString::number(v, 'g', 4);
    return s.replace(QLatin1Char('-'), QChar(0x2212));
}

namespace {

/// Quantile breaks rounded to a nice step, strictly increasing and inside (min, max].
std::vector<double> prettyQuantileBreaks(const std::vector<double>& sorted, int classes) {
    std::vector<double> breaks;
    if (sorted.size() < 2 || sorted.back() <= sorted.front()) return breaks;
    const double step = niceStepBelow((sorted.back() - sorted.front()) / 20.0);
    for (int k = 1; k < classes; ++k) {
        const double b = std::round(sortedQuantile(sorted, double(k) / classes) / step) * step;
        if (b <= sorted.front() || b > sorted.back()) continue;
        if (breaks.empty() || b > breaks.back() + step * 1e-6) breaks.push_back(b);
    }
    return breaks;
}

void labelRanges(Classification& c) {
    if (c.breaks.empty()) {
        c.labels.push_back(labels::translate("Legend", "all areas"));
        return;
    }
    c.labels.push_back(labels::translate("Legend", "below %1").arg(formatPlain(c.breaks.front())));
    for (std::size_t i = 0; i + 1 < c.breaks.size(); ++i)
        c.labels.push_back(labels::translate("Legend", "%1 to %2")
                               .arg(formatPlain(c.breaks[i]), formatPlain(c.breaks[i + 1])));
    c.labels.push_back(labels::translate("Legend", "%1 or more").arg(formatPlain(c.breaks.back())));
}

} // namespace

Classification sequentialClassification(const std::vector<double>& values, int classes) {
    classes = std::clamp(classes, 2, 7);
    Classification c;
    c.breaks = prettyQuantileBreaks(finiteSorted(values), classes);
    const std::vector<QColor> ramp = sequentialPalette();
    const std::size_t n = c.breaks.size() + 1;
    for (std::size_t i = 0; i < n; ++i) {
        // Spread over the ramp; a single class takes its middle.
        const double at = n == 1 ? 3.0 : static_cast<double>(i) * 6.0 / static_cast<double>(n - 1);
        c.colours.push_back(ramp[static_cast<std::size_t>(std::lround(at))]);
    }
    labelRanges(c);
    return c;
}

QColor lisaColour(LisaCluster c) {
    switch (c) {
    case LisaCluster::HighHigh:
        return QColor(0xd7191c);
    case LisaCluster::LowLow:
        return QColor(0x2c7bb6);
    case LisaCluster::HighLow:
        return QColor(0xfdae61);
    case LisaCluster::LowHigh:
        return QColor(0xabd9e9);
    case LisaCluster::NotSignificant:
        break;
    }
    return QColor(0xeeeeee);
}

Classification lisaClassification() {
    Classification c;
    c.categorical = true;
    using L = LisaCluster;
    const std::pair<L, QString> items[] = {
        {L::NotSignificant, labels::translate("Legend", "not significant")},
        {L::HighHigh, labels::translate("Legend", "high among high (HH)")},
        {L::LowLow, labels::translate("Legend", "low among low (LL)")},
        {L::HighLow, labels::translate("Legend", "high among low (HL)")},
        {L::LowHigh, labels::translate("Legend", "low among high (LH)")}};
    for (const auto& [cluster, label] : items) {
        c.colours.push_back(lisaColour(cluster));
        c.labels.push_back(label);
    }
    for (L l : {L::HighHigh, L::LowLow, L::HighLow, L::LowHigh, L::NotSignificant})
        c.legendOrder.push_back(static_cast<int>(l));
    return c;
}

Classification classificationFor(ScaleKind kind, const std::vector<double>& values,
                                 const QString& middle) {
    switch (kind) {
    case ScaleKind::Diverging:
        return divergingClassification(values, 9, middle);
    case ScaleKind::Sequential:
        return sequentialClassification(values, 7);
    case ScaleKind::AreaClasses:
        return areaClassClassification();
    case ScaleKind::LisaClusters:
        return lisaClassification();
    }
    return sequentialClassification(values, 7);
}

} // namespace swingmap
