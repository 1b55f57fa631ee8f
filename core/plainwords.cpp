// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis.h"
#include "core/tquantile.h"

#include <algorithm>

#include <cmath>
#include <cstdio>

namespace swingmap {

namespace {
std::string number(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(v));
    return (v < 0 ? "\xE2\x88\x92" : "") + std::string(buf); // U+2212 minus sign
}

std::string pValue(double p) {
    if (p < 0.001) return "p < 0.001";
    char buf[32];
    std::snprintf(buf, sizeof buf, "p = %.3f", p);
    return buf;
}

bool isPercent(const std::string& name, const std::string& label) {
    return name.rfind("pct", 0) == 0 || label.find('%') != std::string::npos ||
           name.find("rate") != std::string::npos || name.find("share") != std::string::npos;
}

struct Verbs {
    const char* up;   ///< for a positive effect, before the magnitude
    const char* down; ///< for a negative effect
    const char* more; ///< after the magnitude
};

Verbs verbsFor(Outcome o) {
    switch (o) {
    case Outcome::TurnoutChange:
        return {"saw turnout rise", "saw turnout fall", " points more"};
    case Outcome::ButlerSwing:
    case Outcome::SteedSwing:
        return {"swung", "swung", " points more towards the party"};
    case Outcome::LogOddsChange:
        return {"gained", "lost", " more on the log-odds scale"};
    case Outcome::Column:
        return {"scored higher by", "scored lower by", ""};
    default:
        return {"gained", "lost", " points more"};
    }
}

/// Two-sided 97.5 % quantile of Student's t (normal when df is 0 or huge), by bisection.
double tQuantile975(double df) {
    if (!(df > 0) || df > 1e7) return 1.959963984540054;
    double lo = 0, hi = 1000;
    for (int i = 0; i < 200; ++i) {
        const double mid = (lo + hi) / 2;
        (studentTTwoSidedP(mid, df) > 0.05 ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
}

std::string stripPercentSuffix(std::string label) {
    const std::string suffix = " (%)";
    if (label.size() > suffix.size() &&
        label.compare(label.size() - suffix.size(), suffix.size(), suffix) == 0)
        label.resize(label.size() - suffix.size());
    return label;
}

std::string amount(double scale, bool pct) {
    if (scale == 1) return pct ? "one point" : "one unit";
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.0f %s", scale, pct ? "points" : "units");
    return buf;
}
} // namespace

double studentTQuantile975(double df) {
    return tQuantile975(df);
}

std::string humaniseColumn(const std::string& name) {
    std::string s = name;
    for (char& c : s)
        if (c == '_') c = ' ';
    return s;
}

std::string describeTerm(const Term& term, const std::string& label, Outcome outcome, double df,
                         const std::string& outcomeLabel, bool fraction) {
    if (term.name == "(Intercept)") return {};
    // A fraction's coefficient is per 1.0 = 100 points: say it per point.
    Term t = term;
    if (fraction) {
        t.estimate /= 100;
        t.hc3StdError /= 100;
        t.stdError /= 100;
    }
    Verbs v = verbsFor(outcome);
    const std::string onOutcome = " on " + outcomeLabel;
    if (outcome == Outcome::Column && !outcomeLabel.empty()) v.more = onOutcome.c_str();
    // Express small per-unit effects per 10^k units so the number is readable.
    double scale = 1;
    while (std::fabs(t.estimate) * scale < 0.1 && scale < 1e9 && t.estimate != 0)
        scale *= 10;
    const bool pct = fraction || isPercent(t.name, label);
    const double q = tQuantile975(df);
    const double lo = (t.estimate - q * t.hc3StdError) * scale;
    const double hi = (t.estimate + q * t.hc3StdError) * scale;
    std::string s = "areas with " + amount(scale, pct) + " more " +
                    (pct ? stripPercentSuffix(label) : label) + " " +
                    (t.estimate < 0 ? v.down : v.up) + " " +
                    number(std::fabs(t.estimate * scale), 2) + v.more;
    if (lo > 0 || hi < 0) {
        const double a = std::min(std::fabs(lo), std::fabs(hi)),
                     b = std::max(std::fabs(lo), std::fabs(hi));
        s += " (robust 95 % interval " + number(a, 2) + " to " + number(b, 2) + ")";
    } else {
        // The p-value that goes with the robust interval: HC3, t with df (normal when df is 0).
        const double z = std::fabs(t.estimate / t.hc3StdError);
        const double pRobust = df > 0 ? studentTTwoSidedP(z, df) : std::erfc(z / std::sqrt(2.0));
        s += " (robust 95 % interval " + number(lo, 2) + " to " + number(hi, 2) +
             ": could be chance, robust " + pValue(pRobust) + ")";
    }
    return s;
}

} // namespace swingmap
