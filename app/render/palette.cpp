// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/palette.h"
#include "app/render/uitext.h"

#include <algorithm>
#include <cmath>

namespace swingmap {

QColor noDataColour() {
    return {204, 204, 204};
}
QColor suppressedColour() {
    return {226, 226, 226};
}
QColor suppressedHatchColour() {
    return {110, 110, 110};
}
QString areaClassText(AreaClass c) {
    // core's classLabel() texts, listed for lupdate.
    [[maybe_unused]] static const char* const kNames[] = {
        QT_TRANSLATE_NOOP("AreaClass", "battle-zone"),
        QT_TRANSLATE_NOOP("AreaClass", "under-performing"),
        QT_TRANSLATE_NOOP("AreaClass", "stronghold"),
        QT_TRANSLATE_NOOP("AreaClass", "gained ground"),
        QT_TRANSLATE_NOOP("AreaClass", "lost ground"),
        QT_TRANSLATE_NOOP("AreaClass", "no class")};
    return labels::translate("AreaClass", classLabel(c));
}

QString suppressedLabel() {
    return labels::translate("Legend", "too few households to show");
}

int Classification::classOf(double v) const {
    if (!std::isfinite(v) || colours.empty()) return -1;
    if (categorical) {
        const auto i = static_cast<long>(v);
        return i >= 0 && i < classCount() ? static_cast<int>(i) : -1;
    }
    const auto it = std::upper_bound(breaks.begin(), breaks.end(), v);
    return static_cast<int>(it - breaks.begin());
}

QColor Classification::colourOf(double v) const {
    const int c = classOf(v);
    return c < 0 ? noDataColour() : colours[static_cast<std::size_t>(c)];
}

std::vector<QColor> divergingPalette(int classes) {
    if (classes >= 9)
        return {QColor(0xb2182b), QColor(0xd6604d), QColor(0xf4a582),
                QColor(0xfddbc7), QColor(0xf7f7f7), QColor(0xd1e5f0),
                QColor(0x92c5de), QColor(0x4393c3), QColor(0x2166ac)};
    return {QColor(0xb2182b), QColor(0xef8a62), QColor(0xfddbc7), QColor(0xf7f7f7),
            QColor(0xd1e5f0), QColor(0x67a9cf), QColor(0x2166ac)};
}

double niceStepBelow(double x) {
    if (!(x > 0) || !std::isfinite(x)) return 1.0;
    const double p = std::pow(10.0, std::floor(std::log10(x)));
    for (double m : {5.0, 2.5, 2.0, 1.0})
        if (m * p <= x * (1 + 1e-9)) return m * p;
    return p;
}

double niceStepNearest(double x) {
    if (!(x > 0) || !std::isfinite(x)) return 1.0;
    const double p = std::pow(10.0, std::floor(std::log10(x)));
    double best = p, bestDist = std::abs(std::log(x / p));
    for (double m : {2.0, 2.5, 5.0, 10.0}) {
        const double d = std::abs(std::log(x / (m * p)));
        if (d < bestDist) best = m * p, bestDist = d;
    }
    return best;
}

namespace {

double robustMaxAbs(const std::vector<double>& values) {
    std::vector<double> a;
    a.reserve(values.size());
    for (double v : values)
        if (std::isfinite(v)) a.push_back(std::abs(v));
    if (a.empty()) return 0;
    const auto k = static_cast<std::size_t>(std::floor(0.98 * static_cast<double>(a.size() - 1)));
    std::nth_element(a.begin(), a.begin() + static_cast<long>(k), a.end());
    return a[k];
}

QString rangeLabel(double lo, double hi) {
    return labels::translate("Legend", "%1 to %2").arg(formatSigned(lo), formatSigned(hi));
}

} // namespace

QString formatSigned(double v) {
    if (std::abs(v) < 1e-12) return QStringLiteral("0");
    QString s = QString::number(std::abs(v), 'g', 4);
    return (v < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) + s;
}

Classification divergingClassification(const std::vector<double>& values, int classes,
                                       const QString& middle) {
    const int half = classes >= 9 ? 4 : 3; // breaks per side
    Classification c;
    c.colours = divergingPalette(classes);
    const double step = niceStepNearest(robustMaxAbs(values) / half);
    for (int i = -half; i <= half; ++i)
        if (i != 0) c.breaks.push_back(i * step);
    c.labels.push_back(labels::translate("Legend", "below %1").arg(formatSigned(c.breaks.front())));
    for (std::size_t i = 0; i + 1 < c.breaks.size(); ++i) {
        QString l = rangeLabel(c.breaks[i], c.breaks[i + 1]);
        if (c.breaks[i] < 0 && c.breaks[i + 1] > 0) l += QStringLiteral(" (%1)").arg(middle);
        c.labels.push_back(l);
    }
    c.labels.push_back(
        labels::translate("Legend", "%1 or more").arg(formatSigned(c.breaks.back())));
    return c;
}

QColor classColour(AreaClass c) {
    switch (c) {
    case AreaClass::BattleZone:
        return QColor(0xE69F00);
    case AreaClass::UnderPerforming:
        return QColor(0xCC79A7);
    case AreaClass::Stronghold:
        return QColor(0x0072B2);
    case AreaClass::Gained:
        return QColor(0x009E73);
    case AreaClass::Lost:
        return QColor(0xD55E00);
    case AreaClass::None:
        break;
    }
    return QColor(0xF2F2F2);
}

Classification areaClassClassification() {
    Classification c;
    c.categorical = true;
    // Indexed by the enum's value so a class column converts with double(int(cls)).
    for (AreaClass a : {AreaClass::None, AreaClass::BattleZone, AreaClass::UnderPerforming,
                        AreaClass::Stronghold, AreaClass::Gained, AreaClass::Lost}) {
        c.colours.push_back(classColour(a));
        c.labels.push_back(areaClassText(a));
    }
    for (AreaClass a : kClassOrder)
        c.legendOrder.push_back(static_cast<int>(a));
    return c;
}

} // namespace swingmap
