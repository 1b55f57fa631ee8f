// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/areatooltip.h"

#include "app/render/palette.h"

#include <QCoreApplication>

#include <cmath>

namespace swingmap {

namespace {

QString at(const std::vector<double>& v, std::size_t f, int decimals, bool sign,
           const QString& unit) {
    if (f >= v.size() || !std::isfinite(v[f])) return QStringLiteral("–");
    const double x = v[f];
    QString s = QString::number(std::abs(x), 'f', decimals);
    if (x < 0)
        s.prepend(QChar(0x2212));
    else if (sign && x > 0)
        s.prepend(QLatin1Char('+'));
    return s + unit;
}

QString row(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td>%1</td><td align='right'>&nbsp;%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString estimatedText(const Dataset& data, std::size_t f) {
    QString rows, how;
    for (const ReconcileInfo& info : data.reconcile) {
        if (f >= info.estimatedShare.size() || !std::isfinite(info.estimatedShare[f])) continue;
        const QString label = QString::fromStdString(info.label);
        rows += row(
            QCoreApplication::translate("AreaTooltip", "%1 figures from other areas").arg(label),
            QStringLiteral("%1%").arg(std::round(100 * info.estimatedShare[f])));
        how += QStringLiteral("<br>") + QString::fromStdString(info.description).toHtmlEscaped();
    }
    if (rows.isEmpty()) return {};
    const bool hatched = f < data.estimated.size() && data.estimated[f];
    return QStringLiteral("<br><b>%1</b><table>%2</table><span style='color:gray'>%3</span>")
        .arg(hatched
                 ? QCoreApplication::translate("AreaTooltip",
                                               "Figures estimated from other areas (hatched)")
                 : QCoreApplication::translate("AreaTooltip", "Figures partly from other areas"),
             rows, how.mid(4));
}

QString areaTooltip(const Dataset& data, const Analysis& a, std::size_t f) {
    const QString name = f < data.names.size() ? QString::fromStdString(data.names[f]) : QString();
    const QString key = f < data.keys.size() ? QString::fromStdString(data.keys[f]) : QString();
    QString head = QStringLiteral("<b>%1</b>").arg((name.isEmpty() ? key : name).toHtmlEscaped());
    if (!name.isEmpty())
        head += QStringLiteral(" <span style='color:gray'>%1</span>").arg(key.toHtmlEscaped());
    const AreaFigures& r = a.areas;
    if (f < r.suppressed.size() && r.suppressed[f])
        return head + QStringLiteral("<br><i>%1</i>").arg(suppressedLabel());
    const QString party = QString::fromStdString(a.settings.party);
    const QString pts = QCoreApplication::translate("AreaTooltip", " pts");
    QString t = head + QStringLiteral("<table>");
    t += row(QCoreApplication::translate("AreaTooltip", "%1 share %2")
                 .arg(party, QString::fromStdString(a.settings.from)),
             at(r.shareFrom, f, 1, false, QStringLiteral("%")));
    t += row(QCoreApplication::translate("AreaTooltip", "%1 share %2")
                 .arg(party, QString::fromStdString(a.settings.to)),
             at(r.shareTo, f, 1, false, QStringLiteral("%")));
    t += row(QCoreApplication::translate("AreaTooltip", "Change"),
             at(r.shareChange, f, 1, true, pts));
    t += row(QCoreApplication::translate("AreaTooltip", "Expected from demographics"),
             at(r.fitted, f, 1, true, pts));
    t += row(QCoreApplication::translate("AreaTooltip", "Over/under-performance"),
             at(r.residual, f, 1, true, pts));
    t += row(QCoreApplication::translate("AreaTooltip", "Turnout change"),
             at(r.turnoutChange, f, 1, true, pts));
    t += row(QCoreApplication::translate("AreaTooltip", "Potential votes"),
             at(r.potentialVotes, f, 0, false, QString()));
    if (f < r.cls.size())
        t += row(QCoreApplication::translate("AreaTooltip", "Class"), areaClassText(r.cls[f]));
    if (f < r.lisaI.size() && std::isfinite(r.lisaI[f]))
        t += row(QCoreApplication::translate("AreaTooltip", "Local cluster (LISA)"),
                 QString::fromUtf8(lisaClusterId(r.lisaCluster[f])));
    t += QStringLiteral("</table>");
    if (f < r.withinNoise.size() && r.withinNoise[f])
        t += QCoreApplication::translate(
            "AreaTooltip", "<i>Change within sampling noise: too small a base to tell</i>");
    return t + estimatedText(data, f);
}

} // namespace swingmap
