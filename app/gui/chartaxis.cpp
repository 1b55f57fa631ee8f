// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/chartaxis.h"

#include "core/breaks.h"

#include <QLocale>

#include <cmath>

namespace swingmap {

std::vector<double> axisTicks(double lo, double hi) {
    if (!std::isfinite(lo) || !std::isfinite(hi)) lo = 0, hi = 1;
    if (hi <= lo) {
        const double pad = lo == 0 ? 1 : std::fabs(lo) * 0.1;
        lo -= pad, hi += pad;
    }
    std::vector<double> t = prettyBreaks(lo, hi, 5);
    if (t.size() < 2) t = {lo, hi};
    for (double& v : t)
        if (std::fabs(v) < 1e-12 * (t.back() - t.front())) v = 0; // no "-0" or 1e-17
    return t;
}

QString tickLabel(double value, const std::vector<double>& ticks) {
    const double step = ticks.size() > 1 ? std::fabs(ticks[1] - ticks[0]) : 1;
    int decimals = 0;
    while (decimals < 8 &&
           std::fabs(step * std::pow(10, decimals) - std::round(step * std::pow(10, decimals))) >
               1e-6 * step * std::pow(10, decimals))
        ++decimals;
    QString s = QLocale().toString(std::fabs(value), 'f', decimals);
    if (value < 0 && s != QLocale().toString(0.0, 'f', decimals)) s.prepend(QChar(0x2212));
    return s;
}

QString signedNumber(double value, int decimals) {
    if (!std::isfinite(value)) return QStringLiteral("–");
    QString s = QLocale().toString(std::fabs(value), 'f', decimals);
    if (s == QLocale().toString(0.0, 'f', decimals)) return s;
    return (value < 0 ? QString(QChar(0x2212)) : QStringLiteral("+")) + s;
}

} // namespace swingmap
