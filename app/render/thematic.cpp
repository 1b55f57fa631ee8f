// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/thematic.h"

#include "app/render/briefingtext.h"
#include "app/render/choropleth.h"
#include "app/render/uitext.h"

#include <algorithm>
#include <cmath>

namespace swingmap {

namespace {

using Column = std::vector<double> AreaFigures::*;

/// A per-area column of AreaFigures with its menu name, legend title and scale.
struct ColumnMap {
    const char* id;
    Column column;
    ScaleKind kind;
    bool needsModel;
};

const ColumnMap kColumns[] = {
    {"share_change", &AreaFigures::shareChange, ScaleKind::Diverging, false},
    {"share_from", &AreaFigures::shareFrom, ScaleKind::Sequential, false},
    {"share_to", &AreaFigures::shareTo, ScaleKind::Sequential, false},
    {"turnout_change", &AreaFigures::turnoutChange, ScaleKind::Diverging, false},
    {"butler_swing", &AreaFigures::butlerSwing, ScaleKind::Diverging, false},
    {"steed_swing", &AreaFigures::steedSwing, ScaleKind::Diverging, false},
    {"electorate_change", &AreaFigures::electorateChange, ScaleKind::Diverging, false},
    {"fitted", &AreaFigures::fitted, ScaleKind::Diverging, true},
    {"residual", &AreaFigures::residual, ScaleKind::Diverging, true},
    {"std_residual", &AreaFigures::stdResidual, ScaleKind::Diverging, true},
    {"potential_votes", &AreaFigures::potentialVotes, ScaleKind::Sequential, true},
};

bool anyFinite(const std::vector<double>& v) {
    return std::any_of(v.begin(), v.end(), [](double x) { return std::isfinite(x); });
}

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

QString gwrTermId(const std::string& term) {
    return QStringLiteral("gwr_") + (term == "(Intercept)" ? QStringLiteral("intercept") : q(term));
}

QString gwrTermName(const Project& project, const std::string& term) {
    if (term == "(Intercept)") return labels::translate("MapTitle", "Local intercept (GWR)");
    return labels::translate("MapTitle", "Local effect of %1 (GWR)")
        .arg(covariateLabel(project, term));
}

/// Menu name and legend title of a column map.
std::pair<QString, QString> columnText(const QString& id, const Analysis& a) {
    const AnalysisSettings& s = a.settings;
    const QString party = q(s.party), vs = q(s.versus), out = outcomeLabelText(s.outcome);
    if (id == QLatin1String("share_change"))
        return {labels::translate("MapTitle", "Change in share"), shareChangeTitle(a)};
    if (id == QLatin1String("share_from"))
        return {labels::translate("MapTitle", "Share at %1").arg(q(s.from)),
                labels::translate("MapTitle", "%1 share %2, %").arg(party, q(s.from))};
    if (id == QLatin1String("share_to"))
        return {labels::translate("MapTitle", "Share at %1").arg(q(s.to)),
                labels::translate("MapTitle", "%1 share %2, %").arg(party, q(s.to))};
    if (id == QLatin1String("turnout_change"))
        return {labels::translate("MapTitle", "Turnout change"),
                labels::translate("MapTitle", "Change in turnout, points")};
    if (id == QLatin1String("butler_swing"))
        return {labels::translate("MapTitle", "Butler swing"),
                labels::translate("MapTitle", "Butler swing to %1 from %2, points").arg(party, vs)};
    if (id == QLatin1String("steed_swing"))
        return {
            labels::translate("MapTitle", "Two-party (Steed) swing"),
            labels::translate("MapTitle", "Two-party swing to %1 from %2, points").arg(party, vs)};
    if (id == QLatin1String("electorate_change"))
        return {labels::translate("MapTitle", "Electorate-based change"),
                labels::translate("MapTitle", "Change in %1 votes per 100 electors, points")
                    .arg(party)};
    if (id == QLatin1String("fitted"))
        return {labels::translate("MapTitle", "Expected change (model)"),
                labels::translate("MapTitle", "Expected %1 from demographics, points").arg(out)};
    if (id == QLatin1String("residual"))
        return {
            labels::translate("MapTitle", "Over/under-performance (residual)"),
            s.outcome == Outcome::Column
                ? labels::translate("MapTitle", "Over- and under-performance (residual)")
                : labels::translate("MapTitle", "Over- and under-performance (residual), points")};
    if (id == QLatin1String("std_residual"))
        return {labels::translate("MapTitle", "Standardised residual"),
                labels::translate("MapTitle", "Standardised residual")};
    return {labels::translate("MapTitle", "Potential votes"),
            labels::translate("MapTitle", "Potential votes")};
}

QString middleLabel(const QString& id) {
    if (id == QLatin1String("residual") || id == QLatin1String("std_residual"))
        return labels::translate("MapTitle", "as expected");
    if (id.startsWith(QLatin1String("gwr_"))) return labels::translate("MapTitle", "little effect");
    return labels::translate("MapTitle", "little change");
}

/// The modelled census column's label ("adults with a degree (%)") or its humanised name.
QString outcomeColumnLabel(const Analysis& a, const Project& project) {
    return covariateLabel(project, a.settings.outcomeColumn);
}

void addColumnMaps(std::vector<MapVariable>& out, const Analysis& a, const Project& project) {
    if (a.settings.outcome == Outcome::Column && anyFinite(a.areas.outcome))
        out.push_back({QStringLiteral("outcome"), outcomeColumnLabel(a, project)});
    for (const ColumnMap& c : kColumns) {
        if (c.needsModel && !a.model.fitted) continue;
        if (!anyFinite(a.areas.*c.column)) continue;
        const QString id = QString::fromLatin1(c.id);
        out.push_back({id, columnText(id, a).first});
    }
}

void addGwrMaps(std::vector<MapVariable>& out, const Analysis& a, const Project& project) {
    const auto& terms = a.model.fit.terms;
    for (std::size_t t = 0; t < a.areas.gwrCoef.size() && t < terms.size(); ++t)
        if (anyFinite(a.areas.gwrCoef[t]))
            out.push_back({gwrTermId(terms[t].name), gwrTermName(project, terms[t].name)});
    if (anyFinite(a.areas.gwrLocalR2))
        out.push_back(
            {QStringLiteral("gwr_local_r2"), labels::translate("MapTitle", "Local R² (GWR)")});
}

/// Values, kind and title of a variable; false when the analysis does not have it.
bool variableValues(const Analysis& a, const Project& project, const QString& id, ThematicMap& m) {
    if (id == QLatin1String("outcome")) {
        m.values = a.areas.outcome;
        // A level (all one sign) is sequential; a change around zero diverges.
        bool negative = false, positive = false;
        for (double v : m.values) {
            negative = negative || v < 0;
            positive = positive || v > 0;
        }
        m.kind = negative && positive ? ScaleKind::Diverging : ScaleKind::Sequential;
        m.title = outcomeColumnLabel(a, project);
        return a.settings.outcome == Outcome::Column && anyFinite(m.values);
    }
    for (const ColumnMap& c : kColumns)
        if (id == QLatin1String(c.id)) {
            m.values = a.areas.*c.column;
            m.kind = c.kind;
            m.title = columnText(id, a).second;
            return (!c.needsModel || a.model.fitted) && anyFinite(m.values);
        }
    if (id == QLatin1String("class")) {
        m.kind = ScaleKind::AreaClasses;
        m.title = labels::translate("MapTitle", "Area class");
        for (AreaClass c : a.areas.cls)
            m.values.push_back(static_cast<double>(static_cast<int>(c)));
        return !m.values.empty();
    }
    if (id == QLatin1String("lisa")) {
        m.kind = ScaleKind::LisaClusters;
        m.title =
            labels::translate("MapTitle", "Clusters of %1 (LISA)")
                .arg(a.settings.outcome == Outcome::Column ? outcomeText(a, project)
                                                           : outcomeLabelText(a.settings.outcome));
        for (LisaCluster c : a.areas.lisaCluster)
            m.values.push_back(static_cast<double>(static_cast<int>(c)));
        return a.hasLisa && !m.values.empty();
    }
    if (id == QLatin1String("gwr_local_r2")) {
        m.kind = ScaleKind::Sequential;
        m.title = labels::translate("MapTitle", "Local R² (GWR)");
        m.values = a.areas.gwrLocalR2;
        return anyFinite(m.values);
    }
    const auto& terms = a.model.fit.terms;
    for (std::size_t t = 0; t < a.areas.gwrCoef.size() && t < terms.size(); ++t)
        if (id == gwrTermId(terms[t].name)) {
            m.kind = ScaleKind::Diverging;
            m.title = gwrTermName(project, terms[t].name);
            m.values = a.areas.gwrCoef[t];
            return anyFinite(m.values);
        }
    return false;
}

} // namespace

QString primaryMapId(const Analysis& a) {
    switch (a.settings.outcome) {
    case Outcome::Column:
        return QStringLiteral("outcome");
    case Outcome::TurnoutChange:
        return QStringLiteral("turnout_change");
    case Outcome::ButlerSwing:
        return QStringLiteral("butler_swing");
    case Outcome::SteedSwing:
        return QStringLiteral("steed_swing");
    case Outcome::ElectorateChange:
        return QStringLiteral("electorate_change");
    default:
        return defaultMapId();
    }
}

std::vector<MapVariable> availableMaps(const Analysis& a, const Project& project) {
    std::vector<MapVariable> out;
    addColumnMaps(out, a, project);
    if (!a.areas.cls.empty())
        out.push_back({QStringLiteral("class"), labels::translate("MapTitle", "Area class")});
    if (a.hasLisa && !a.areas.lisaCluster.empty())
        out.push_back(
            {QStringLiteral("lisa"), labels::translate("MapTitle", "Clusters of change (LISA)")});
    addGwrMaps(out, a, project);
    return out;
}

std::optional<ThematicMap> makeThematicMap(const Analysis& a, const Project& project,
                                           const QString& id, bool noiseHatch,
                                           const ClassStyle& style) {
    ThematicMap m;
    m.id = id;
    if (!variableValues(a, project, id, m)) return std::nullopt;
    const auto& sup = a.areas.suppressed;
    if (m.values.size() < sup.size()) m.values.resize(sup.size(), std::nan(""));
    for (std::size_t i = 0; i < m.values.size() && i < sup.size(); ++i)
        if (sup[i]) m.values[i] = std::nan(""); // privacy: never shape classes nor colour
    m.classification =
        styledClassification(m.kind, m.values, style, q(a.settings.party), middleLabel(id));
    m.legend = makeLegend(m.title, m.classification, m.values, sup);
    if (noiseHatch) addNoiseEntry(m.legend, a.areas.withinNoise, sup);
    return m;
}

void addEstimatedEntry(ThematicMap& map, const Dataset& data, const Analysis& a) {
    addEstimatedEntry(map.legend, data.estimated, a.areas.suppressed);
}

MapRenderer thematicRenderer(const Dataset& data, const Analysis& a, const ThematicMap& map,
                             MapStyle style, bool noiseHatch) {
    MapRenderer r(data.geometry, map.values, a.areas.suppressed, map.classification, style);
    if (noiseHatch) r.setWithinNoise(a.areas.withinNoise);
    r.setEstimated(data.estimated);
    return r;
}

} // namespace swingmap
