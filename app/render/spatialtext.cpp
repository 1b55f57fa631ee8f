// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/spatialtext.h"

#include "app/render/briefingtext.h"
#include "app/render/choropleth.h"
#include "app/render/uitext.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace swingmap {

namespace {

constexpr double kAlpha = 0.05;

QString num(double v, int decimals) {
    return QString::number(v, 'f', decimals).replace(QLatin1Char('-'), QChar(0x2212));
}

/// "It fits the data better than the plain model (AIC 812.4 against 845.1)."
QString aicClause(const SpatialFit& f) {
    const bool better = f.aic<f.olsAic - 2, worse = f.aic> f.olsAic + 2;
    const QString s =
        better  ? labels::translate("SpatialText",
                                    "It fits the data better than the plain model (AIC %1 against "
                                     "%2).")
        : worse ? labels::translate("SpatialText",
                                    "It fits the data worse than the plain model (AIC %1 against "
                                    "%2).")
                : labels::translate("SpatialText",
                                    "It fits the data about as well as the plain model (AIC %1 "
                                    "against %2).");
    return s.arg(num(f.aic, 1), num(f.olsAic, 1));
}

QString lagSentence(const SpatialFit& f, bool points) {
    QString s;
    if (f.p < kAlpha)
        s = labels::translate("SpatialText",
                              "Allowing each area to follow its neighbours (spatial lag model): "
                              "for every %4 in its neighbours' average, an area's own figure was "
                              "%1 %5 %6, beyond what its census figures explain (\u03c1 %2, %3). ",
                              "%4 is 'point of change' or 'unit', %5 'points' or 'units', %6 "
                              "'higher' or 'lower'")
                .arg(num(std::fabs(f.coefficient), 2), num(f.coefficient, 2), formatP(f.p),
                     points ? labels::translate("SpatialText", "point of change",
                                                "for every point of change in ...")
                            : labels::translate("SpatialText", "unit", "for every unit in ..."),
                     points ? labels::translate("SpatialText", "points", "0.57 points higher")
                            : labels::translate("SpatialText", "units", "0.57 units higher"),
                     f.coefficient >= 0
                         ? labels::translate("SpatialText", "higher", "0.57 points higher")
                         : labels::translate("SpatialText", "lower", "0.57 points lower"));
    else
        s = labels::translate("SpatialText",
                              "Areas do not noticeably follow their neighbours' change once their "
                              "own figures are known (spatial lag model, \u03c1 %1, %2). ")
                .arg(num(f.coefficient, 2), formatP(f.p));
    return s + aicClause(f);
}

/// Over the plain model's clear effects (p < 0.05): the largest relative change of an effect in
/// the error model, whether one changed sign, and how many there are.
struct Shift {
    double most = 0;
    bool flipped = false;
    int clear = 0;
};

Shift effectShift(const ModelSummary& m, const SpatialFit& f) {
    Shift out;
    double& most = out.most;
    bool& flipped = out.flipped;
    for (const SpatialTerm& s : f.terms) {
        if (s.name == "(Intercept)") continue;
        for (const Term& t : m.fit.terms)
            if (t.name == s.name && t.estimate != 0 && t.p < kAlpha) {
                ++out.clear;
                most = std::max(most, std::fabs(s.estimate - t.estimate) / std::fabs(t.estimate));
                flipped = flipped || (s.estimate > 0) != (t.estimate > 0);
            }
    }
    return out;
}

QString errorSentence(const ModelSummary& m, const SpatialFit& f) {
    QString s;
    if (f.p < kAlpha)
        s = labels::translate("SpatialText",
                              "Neighbouring areas share part of what the figures cannot explain "
                              "(spatial error model, \u03bb %1, %2). ")
                .arg(num(f.coefficient, 2), formatP(f.p));
    else
        s = labels::translate("SpatialText",
                              "What the figures cannot explain is not noticeably shared between "
                              "neighbours (spatial error model, \u03bb %1, %2). ")
                .arg(num(f.coefficient, 2), formatP(f.p));
    const Shift shift = effectShift(m, f);
    if (shift.flipped)
        s += labels::translate("SpatialText",
                               "Allowing for it, at least one clear effect changes direction: "
                               "read the effects with care. ");
    else if (shift.clear > 0)
        s += labels::translate("SpatialText",
                               "Allowing for it, the clear effects keep their direction and "
                               "change by at most %1 %. ")
                 .arg(std::round(100 * shift.most));
    return s + aicClause(f);
}

/// Quartiles of the finite values (suppressed areas are NaN in AreaFigures).
std::optional<std::array<double, 5>> fiveNumbers(std::vector<double> v) {
    v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return !std::isfinite(x); }),
            v.end());
    if (v.size() < 4) return std::nullopt;
    std::sort(v.begin(), v.end());
    auto q = [&v](double f) { // type 7, as R's quantile()
        const double h = f * static_cast<double>(v.size() - 1);
        const auto lo = static_cast<std::size_t>(std::floor(h));
        const std::size_t hi = std::min(lo + 1, v.size() - 1);
        return v[lo] + (h - static_cast<double>(lo)) * (v[hi] - v[lo]);
    };
    return std::array<double, 5>{v.front(), q(0.25), q(0.5), q(0.75), v.back()};
}

/// "per point" / "per 1,000 units": the unit of a covariate whose local effects are near zero is
/// scaled up (as describeTerm does) until the quartiles read with two decimals.
double effectScale(const std::array<double, 5>& f) {
    double scale = 1;
    while (std::max(std::fabs(f[1]), std::fabs(f[3])) * scale < 0.1 && scale < 1e9 &&
           (f[1] != 0 || f[3] != 0))
        scale *= 10;
    return scale;
}

void addGwr(QStringList& out, const Analysis& a, const Project& project) {
    const ModelSummary& m = a.model;
    if (!m.gwrError.empty())
        out << labels::translate("SpatialText", "The local (GWR) model could not be fitted: %1")
                   .arg(QString::fromStdString(m.gwrError));
    if (!m.gwr) return;
    const auto& terms = m.fit.terms;
    QStringList parts;
    for (std::size_t c = 0; c < terms.size() && c < a.areas.gwrCoef.size(); ++c) {
        if (terms[c].name == "(Intercept)") continue;
        const auto five = fiveNumbers(a.areas.gwrCoef[c]);
        if (!five) continue;
        const auto& f = *five;
        const double scale = effectScale(f);
        const QString per =
            scale == 1
                ? QString()
                : labels::translate("SpatialText", " per %1", "income 0.10 to 0.30 per 1,000")
                      .arg(QLocale(QLocale::English).toString(scale, 'f', 0));
        const bool oneSign = f[0] > 0 || f[4] < 0;
        parts << labels::translate("SpatialText", "%1 %2 to %3%4%5",
                                   "covariate, lower and upper quartile of its local effect, "
                                   "' per 1,000', ' (changes direction in places)'")
                     .arg(covariateLabel(project, terms[c].name), num(f[1] * scale, 2),
                          num(f[3] * scale, 2), per,
                          oneSign
                              ? QString()
                              : labels::translate("SpatialText", " (changes direction in places)"));
    }
    out << labels::translate("SpatialText",
                             "The effects differ across the map (local model on the %1 nearest "
                             "areas, R\u00b2 %2 against %3 for the plain model). In the middle "
                             "half of the areas: %4.")
               .arg(m.gwr->bandwidth)
               .arg(num(m.gwr->rSquared, 2), num(m.fit.rSquared, 2),
                    parts.join(QStringLiteral("; ")));
}

void addLisa(QStringList& out, const Analysis& a, const Project& project) {
    if (!a.lisaError.empty())
        out << labels::translate("SpatialText", "Clusters (LISA) could not be computed: %1")
                   .arg(QString::fromStdString(a.lisaError));
    if (!a.hasLisa) return;
    auto count = [&a](LisaCluster c) {
        const auto it = a.lisaCounts.find(c);
        return it == a.lisaCounts.end() ? std::size_t(0) : it->second;
    };
    using L = LisaCluster;
    const std::size_t hh = count(L::HighHigh), ll = count(L::LowLow);
    const std::size_t odd = count(L::HighLow) + count(L::LowHigh);
    // On screen in the user's language (outcomeLabelText), as the map titles.
    const QString what = a.settings.outcome == Outcome::Column
                             ? outcomeText(a, project)
                             : outcomeLabelText(a.settings.outcome);
    if (hh + ll + odd == 0) {
        out << labels::translate("SpatialText",
                                 "No area belongs to a significant cluster of high or low %1 "
                                 "(local Moran's I, after the false-discovery cut).")
                   .arg(what);
        return;
    }
    const QString differ =
        odd == 1 ? labels::translate("SpatialText", "1 area differs sharply from its neighbours")
                 : labels::translate("SpatialText", "%1 areas differ sharply from their neighbours")
                       .arg(odd);
    const QString s =
        hh == 1 ? labels::translate("SpatialText",
                                    "%1 area sits in clusters of high %2 and %3 in clusters of low "
                                    "%2; %4 (local Moran's I, 999 permutations, after the "
                                    "false-discovery cut).",
                                    "%2 is what is mapped, %4 says how many areas differ from "
                                    "their neighbours")
                : labels::translate("SpatialText",
                                    "%1 areas sit in clusters of high %2 and %3 in clusters of "
                                    "low %2; %4 (local Moran's I, 999 permutations, after the "
                                    "false-discovery cut).",
                                    "%2 is what is mapped, %4 says how many areas differ from "
                                    "their neighbours");
    out << s.arg(QString::number(hh), what, QString::number(ll), differ);
}

} // namespace

QString lmPlainSentence(const LmTests& t) {
    const bool err = t.rsErr.p < kAlpha, lag = t.rsLag.p < kAlpha;
    const bool aErr = t.adjRsErr.p < kAlpha, aLag = t.adjRsLag.p < kAlpha;
    if (!err && !lag)
        return labels::translate("SpatialText",
                                 "The tests for spatial patterns find nothing the plain model "
                                 "misses (LM tests at 5 %).");
    const bool pickErr = (err && !lag) || (err && lag && aErr && !aLag);
    const bool pickLag = (lag && !err) || (err && lag && aLag && !aErr);
    if (pickErr)
        return labels::translate("SpatialText",
                                 "The tests point to shared local influences that the figures "
                                 "miss (a spatial error pattern, LM test %1): the effects stand, "
                                 "but are less certain than the plain model says.")
            .arg(formatP(aErr ? t.adjRsErr.p : t.rsErr.p));
    if (pickLag)
        return labels::translate("SpatialText",
                                 "The tests point to areas following their neighbours (a spatial "
                                 "lag pattern, LM test %1): the plain model's effects mix an "
                                 "area's own figures with its neighbours' pull.")
            .arg(formatP(aLag ? t.adjRsLag.p : t.rsLag.p));
    return labels::translate("SpatialText",
                             "The tests find a spatial pattern but cannot tell whether neighbours "
                             "share hidden influences or follow each other: compare both spatial "
                             "models below.");
}

QStringList spatialSentences(const Analysis& a, const Project& project) {
    QStringList out;
    const ModelSummary& m = a.model;
    if (m.fitted) {
        if (m.hasLmTests) out << lmPlainSentence(m.lmTests);
        if (m.lag) out << lagSentence(*m.lag, a.settings.outcome != Outcome::Column);
        if (!m.lagError.empty())
            out << labels::translate("SpatialText", "The spatial lag model could not be fitted: %1")
                       .arg(QString::fromStdString(m.lagError));
        if (m.errorModel) out << errorSentence(m, *m.errorModel);
        if (!m.errorModelError.empty())
            out << labels::translate("SpatialText",
                                     "The spatial error model could not be fitted: %1")
                       .arg(QString::fromStdString(m.errorModelError));
        addGwr(out, a, project);
    }
    addLisa(out, a, project);
    return out;
}

} // namespace swingmap
