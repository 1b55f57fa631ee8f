// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/choropleth.h"

#include "app/render/uitext.h"

#include <cmath>

namespace swingmap {

Classification shareChangeClassification(const Analysis& analysis, int classes) {
    std::vector<double> shown = analysis.areas.shareChange;
    const auto& sup = analysis.areas.suppressed;
    for (std::size_t i = 0; i < shown.size() && i < sup.size(); ++i)
        if (sup[i]) shown[i] = std::nan("");
    return divergingClassification(shown, classes);
}

QString shareChangeTitle(const Analysis& analysis) {
    const QString party = QString::fromStdString(analysis.settings.party);
    return party.isEmpty() ? labels::translate("MapTitle", "Change in share, points")
                           : labels::translate("MapTitle", "Change in %1 share, points").arg(party);
}

Legend shareChangeLegend(const Analysis& analysis, const Classification& cls) {
    return makeLegend(shareChangeTitle(analysis), cls, analysis.areas.shareChange,
                      analysis.areas.suppressed);
}

MapRenderer shareChangeRenderer(const Dataset& data, const Analysis& analysis,
                                const Classification& cls, MapStyle style) {
    return MapRenderer(data.geometry, analysis.areas.shareChange, analysis.areas.suppressed, cls,
                       style);
}

QString outcomeLabel(Outcome o) {
    switch (o) {
    case Outcome::ShareChange:
        return QStringLiteral(QT_TRANSLATE_NOOP("Outcome", "change in vote share"));
    case Outcome::TurnoutChange:
        return QStringLiteral(QT_TRANSLATE_NOOP("Outcome", "change in turnout"));
    case Outcome::ButlerSwing:
        return QStringLiteral(QT_TRANSLATE_NOOP("Outcome", "Butler swing"));
    case Outcome::SteedSwing:
        return QStringLiteral(QT_TRANSLATE_NOOP("Outcome", "two-party (Steed) swing"));
    case Outcome::ElectorateChange:
        return QStringLiteral(QT_TRANSLATE_NOOP("Outcome", "change in share of the electorate"));
    case Outcome::LogOddsChange:
        return QStringLiteral(QT_TRANSLATE_NOOP("Outcome", "change in the log-odds of the share"));
    default:
        break; // newer outcomes: their id, until they get a plain name here
    }
    return QString::fromUtf8(outcomeId(o)).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString outcomeLabelText(Outcome o) {
    return labels::translate("Outcome", outcomeLabel(o).toUtf8().constData());
}

} // namespace swingmap
