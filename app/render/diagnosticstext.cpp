// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/diagnosticstext.h"

#include "app/render/briefingtext.h"
#include "app/render/uitext.h"

namespace swingmap {

namespace {

constexpr double kAlpha = 0.05;

QString num(double v, int decimals = 2) {
    return QString::number(v, 'f', decimals).replace(QLatin1Char('-'), QChar(0x2212));
}

QString lmLine(const char* name, const LmTest& t) {
    return QStringLiteral("  %1: %2 (df %3), %4")
        .arg(QString::fromLatin1(name), num(t.statistic), QString::number(t.df), formatP(t.p));
}

QString spatialLine(const SpatialFit& f) {
    const bool lag = f.kind == "lag";
    const QString s =
        lag ? labels::translate("Diagnostics",
                                "Spatial lag model: %1 = %2 (SE %3, %4); AIC %5 vs OLS %6; LR "
                                "test %7",
                                "%1 is the Greek letter rho or lambda")
            : labels::translate("Diagnostics",
                                "Spatial error model: %1 = %2 (SE %3, %4); AIC %5 vs OLS %6; "
                                "LR test %7",
                                "%1 is the Greek letter rho or lambda");
    return s.arg(lag ? QStringLiteral("ρ") : QStringLiteral("λ"), num(f.coefficient, 3),
                 num(f.stdError, 3), formatP(f.p), num(f.aic, 1), num(f.olsAic, 1), formatP(f.lrP));
}

void addSpatial(QStringList& out, const ModelSummary& m) {
    if (m.lag) out << spatialLine(*m.lag);
    if (!m.lagError.empty())
        out << labels::translate("Diagnostics", "Spatial lag model: not fitted (%1)")
                   .arg(QString::fromStdString(m.lagError));
    if (m.errorModel) out << spatialLine(*m.errorModel);
    if (!m.errorModelError.empty())
        out << labels::translate("Diagnostics", "Spatial error model: not fitted (%1)")
                   .arg(QString::fromStdString(m.errorModelError));
}

void addGwr(QStringList& out, const ModelSummary& m) {
    if (m.gwr)
        out << labels::translate("Diagnostics",
                                 "GWR: %1 nearest areas, AICc %2, R² %3 (adjusted %4)")
                   .arg(m.gwr->bandwidth)
                   .arg(num(m.gwr->aicc, 1), num(m.gwr->rSquared, 3), num(m.gwr->adjRSquared, 3));
    if (!m.gwrError.empty())
        out << labels::translate("Diagnostics", "GWR: not fitted (%1)")
                   .arg(QString::fromStdString(m.gwrError));
}

void addLisa(QStringList& out, const Analysis& a) {
    if (!a.lisaError.empty())
        out << labels::translate("Diagnostics", "LISA: not computed (%1)")
                   .arg(QString::fromStdString(a.lisaError));
    if (!a.hasLisa) return;
    auto count = [&a](LisaCluster c) {
        const auto it = a.lisaCounts.find(c);
        return it == a.lisaCounts.end() ? std::size_t(0) : it->second;
    };
    using L = LisaCluster;
    out << labels::translate("Diagnostics",
                             "LISA clusters: HH %1 · LL %2 · HL %3 · LH %4 · not significant %5")
               .arg(count(L::HighHigh))
               .arg(count(L::LowLow))
               .arg(count(L::HighLow))
               .arg(count(L::LowHigh))
               .arg(count(L::NotSignificant));
}

} // namespace

QString lmReading(const LmTests& t) {
    const bool err = t.rsErr.p < kAlpha, lag = t.rsLag.p < kAlpha;
    const bool aErr = t.adjRsErr.p < kAlpha, aLag = t.adjRsLag.p < kAlpha;
    if (!err && !lag)
        return labels::translate("Diagnostics",
                                 "The LM tests find no spatial dependence left: OLS is adequate.");
    QString errorModel =
        labels::translate("Diagnostics", "The LM tests point to a spatial error model.");
    QString lagModel =
        labels::translate("Diagnostics", "The LM tests point to a spatial lag model.");
    if (err && !lag) return errorModel;
    if (lag && !err) return lagModel;
    if (aErr && !aLag) return errorModel;
    if (aLag && !aErr) return lagModel;
    if (aErr && aLag)
        return labels::translate("Diagnostics", "The LM tests find both error and lag dependence: "
                                                "compare both models' AIC.");
    return labels::translate("Diagnostics",
                             "The LM tests find dependence but cannot tell error from lag.");
}

QStringList diagnosticsLines(const Analysis& a) {
    const ModelSummary& m = a.model;
    QStringList out;
    if (!m.fitted) return out;
    if (m.hasMoran)
        out << labels::translate("Diagnostics", "Residual Moran's I %1 (z %2, %3)")
                   .arg(num(m.moran.i, 3), num(m.moran.z), formatP(m.moran.p));
    if (m.hasLmTests) {
        out << labels::translate("Diagnostics", "LM tests (statistic, p):");
        out << lmLine("RSerr", m.lmTests.rsErr) << lmLine("RSlag", m.lmTests.rsLag)
            << lmLine("adjRSerr", m.lmTests.adjRsErr) << lmLine("adjRSlag", m.lmTests.adjRsLag)
            << lmLine("SARMA", m.lmTests.sarma);
        out << lmReading(m.lmTests);
    }
    addSpatial(out, m);
    addGwr(out, m);
    addLisa(out, a);
    return out;
}

} // namespace swingmap
