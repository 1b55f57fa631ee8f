// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/briefingtext.h"

#include "app/render/choropleth.h"
#include "app/render/spatialtext.h"

#include <QDate>

#include <cmath>

namespace swingmap {

QString formatP(double p) {
    if (!std::isfinite(p)) return QStringLiteral("p not available");
    if (p < 0.001) return QStringLiteral("p < 0.001");
    return QStringLiteral("p = %1").arg(p, 0, 'f', p < 0.01 ? 3 : 2);
}

QString moranSentence(const MoranTest& m) {
    const QString stats =
        QStringLiteral("(Moran's I %1, %2)").arg(m.i, 0, 'f', 2).arg(formatP(m.p));
    if (m.i > 0 && m.p < 0.05)
        return QStringLiteral("Neighbouring areas' surprises are alike %1: something local that "
                              "these figures miss is at work.")
            .arg(stats);
    return QStringLiteral("Neighbouring areas' surprises are not noticeably alike %1.").arg(stats);
}

QString covariateLabel(const Project& project, const std::string& name) {
    const auto it = project.labels.find(name);
    return QString::fromStdString(it != project.labels.end() ? it->second : humaniseColumn(name));
}

QString outcomeText(const Analysis& a, const Project& project) {
    if (a.settings.outcome == Outcome::Column)
        return covariateLabel(project, a.settings.outcomeColumn);
    return outcomeLabel(a.settings.outcome);
}

namespace {

/// Whether a covariate is a census rate the project recomputes from moved counts: a fraction
/// from 0 to 1 (docs/schema.md, reconcile `rates`), not percentage points.
bool isReconciledRate(const Project& project, const std::string& column) {
    for (const auto& r : project.censusReconcile)
        for (const auto& [name, parts] : r.rates)
            if (name == column) return true;
    return false;
}

QString areasPhrase(std::size_t n, const char* one, const char* many) {
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

QString fitSentence(const ModelSummary& m) {
    return QStringLiteral("Together these explain %1% of the differences between areas "
                          "(R\u00b2 %2, n = %3 areas).")
        .arg(std::round(100 * m.fit.rSquared))
        .arg(m.fit.rSquared, 0, 'f', 2)
        .arg(m.n);
}

} // namespace

QStringList modelSentences(const Analysis& a, const Project& project) {
    QStringList out;
    const ModelSummary& m = a.model;
    if (!m.fitted) {
        out << QStringLiteral("No model could be fitted: %1")
                   .arg(QString::fromStdString(m.error.empty() ? "no reason given" : m.error));
    } else {
        for (const Term& t : m.fit.terms) {
            if (t.name == "(Intercept)") continue;
            const std::string label = covariateLabel(project, t.name).toStdString();
            QString line = QString::fromStdString(
                describeTerm(t, label, a.settings.outcome, m.fit.fDf2,
                             covariateLabel(project, a.settings.outcomeColumn).toStdString(),
                             isReconciledRate(project, t.name)));
            if (!line.isEmpty()) line[0] = line[0].toUpper();
            out << line + QStringLiteral(".");
        }
        out << fitSentence(m);
        if (m.hasMoran) out << moranSentence(m.moran);
        const auto privacy = m.dropReasons.find(kSuppressedDropReason);
        const std::size_t missing =
            m.dropped - (privacy == m.dropReasons.end() ? 0 : privacy->second);
        if (missing > 0)
            out << QStringLiteral("%1 left out of the model for missing figures.")
                       .arg(areasPhrase(missing, "area was", "areas were"));
    }
    if (a.suppressedCount > 0)
        out << QStringLiteral("%1 too few households and %2 hatched: %3 left out of the model "
                              "and every other statistic, so that none of %4 figures can be "
                              "worked out from them.")
                   .arg(areasPhrase(a.suppressedCount, "area has", "areas have"),
                        a.suppressedCount == 1 ? "is" : "are",
                        a.suppressedCount == 1 ? "it is" : "they are",
                        a.suppressedCount == 1 ? "its" : "their");
    return out;
}

namespace {

QString titleOf(const Dataset& data, const Project& project) {
    if (!project.title.empty()) return QString::fromStdString(project.title);
    if (!data.title.empty()) return QString::fromStdString(data.title);
    return QStringLiteral("SwingMap briefing");
}

QString subtitleOf(const Analysis& a, const Project& project) {
    const AnalysisSettings& s = a.settings;
    if (s.outcome == Outcome::Column) {
        QString label = covariateLabel(project, s.outcomeColumn);
        if (!label.isEmpty()) label[0] = label[0].toUpper();
        return label + QStringLiteral(", explained by the census figures");
    }
    QString sub = QStringLiteral("%1: %2 \u2192 %3, %4")
                      .arg(QString::fromStdString(s.party), QString::fromStdString(s.from),
                           QString::fromStdString(s.to), outcomeLabel(s.outcome));
    if ((s.outcome == Outcome::ButlerSwing || s.outcome == Outcome::SteedSwing) &&
        !s.versus.empty())
        sub += QStringLiteral(" from ") + QString::fromStdString(s.versus);
    return sub + QStringLiteral(" (percentage points)");
}

QString sourcesOf(const Dataset& data) {
    QStringList parts;
    for (const auto& line : data.attribution)
        parts << QString::fromStdString(line);
    if (parts.isEmpty()) parts << QStringLiteral("not stated");
    QString text = QStringLiteral("Sources: ") + parts.join(QStringLiteral("; "));
    QStringList estimates; // reconcile: how figures on other areas reached these
    for (const auto& r : data.reconcile)
        estimates << QString::fromStdString(r.description);
    if (!estimates.isEmpty())
        text += QStringLiteral(". Estimates: ") + estimates.join(QStringLiteral(". ")) +
                QStringLiteral(".");
    return text;
}

} // namespace

QString privacyNote(const Analysis& a, const Project& project) {
    const PrivacyRule& r = a.settings.privacy;
    const QString households = QString::number(r.minHouseholds);
    const QString voters = QString::number(r.minVoters);
    QString note;
    if (!project.households.empty())
        note = QStringLiteral("Privacy: areas with fewer than %1 households are not shown (privacy "
                              "rule: min_households = %1, column %2; where households are unknown, "
                              "fewer than %3 voters: min_voters = %3).")
                   .arg(households, QString::fromStdString(project.households), voters);
    else
        note =
            QStringLiteral("Privacy: areas with fewer than %1 voters are not shown (privacy rule: "
                           "min_voters = %1, electorate at %2; the project names no households "
                           "column).")
                .arg(voters, QString::fromStdString(a.settings.to));
    if (a.suppressedCount == 0) return note + QStringLiteral(" No area falls below it.");
    return note + QStringLiteral(" %1 hatched \u201ctoo few households to show\u201d; the counts "
                                 "on this page leave %2 out.")
                      .arg(areasPhrase(a.suppressedCount, "area is", "areas are"),
                           a.suppressedCount == 1 ? QStringLiteral("it") : QStringLiteral("them"));
}

BriefingText briefingText(const Dataset& data, const Analysis& analysis, const Project& project) {
    BriefingText t;
    t.title = titleOf(data, project);
    if (data.synthetic || project.synthetic)
        t.banner = QStringLiteral("SYNTHETIC DEMO DATA \u2013 not real election results");
    t.subtitle = subtitleOf(analysis, project);
    if (analysis.settings.outcome != Outcome::Column)
        t.units = QStringLiteral("Figures are percentage points.");
    t.sources = sourcesOf(data);
    t.privacy = privacyNote(analysis, project);
    t.date = QDate::currentDate().toString(Qt::ISODate);
    t.model = modelSentences(analysis, project);
    t.spatial = spatialSentences(analysis, project);
    return t;
}

} // namespace swingmap
