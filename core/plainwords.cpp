// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis.h"

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
    const char* up;
    const char* down;
};

Verbs verbsFor(Outcome o) {
    switch (o) {
    case Outcome::TurnoutChange:
        return {"saw turnout rise more", "saw turnout fall more"};
    case Outcome::ButlerSwing:
    case Outcome::SteedSwing:
        return {"swung more towards the party", "swung more away"};
    default:
        return {"gained more", "lost more"};
    }
}
} // namespace

std::string humaniseColumn(const std::string& name) {
    std::string s = name;
    for (char& c : s)
        if (c == '_') c = ' ';
    return s;
}

std::string describeTerm(const Term& t, const std::string& label, Outcome outcome) {
    if (t.name == "(Intercept)") return {};
    const Verbs v = verbsFor(outcome);
    // Express small per-unit effects per 10^k units so the number is readable.
    double scale = 1;
    while (std::fabs(t.estimate) * scale < 0.1 && scale < 1e9 && t.estimate != 0)
        scale *= 10;
    const bool pct = isPercent(t.name, label);
    std::string per = pct ? "per point" : "per unit";
    if (scale > 1) {
        char buf[48];
        std::snprintf(buf, sizeof buf, "per %.0f %s", scale, pct ? "points" : "units");
        per = buf;
    }
    std::string s = "areas with more " + label + " " + (t.estimate < 0 ? v.down : v.up) + ": " +
                    number(t.estimate * scale, 2) + " points " + per;
    if (!(t.p < 0.05)) s += " (could be chance, " + pValue(t.p) + ")";
    return s;
}

} // namespace swingmap
