// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/classify.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace swingmap {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double residualSd(const AreaFigures& f) {
    double s = 0, s2 = 0;
    std::size_t m = 0;
    for (std::size_t i = 0; i < f.residual.size(); ++i) {
        if (!f.inModel[i]) continue;
        s += f.residual[i];
        s2 += f.residual[i] * f.residual[i];
        ++m;
    }
    if (m < 2) return kNaN;
    const double mean = s / static_cast<double>(m);
    return std::sqrt((s2 - static_cast<double>(m) * mean * mean) / static_cast<double>(m - 1));
}

/// Below the privacy minimum: households when known, else voters (electorate at B).
bool belowPrivacyMinimum(const Dataset& d, const ElectionData& b, const PrivacyRule& rule,
                         std::size_t i) {
    if (!d.households.empty() && std::isfinite(d.households[i]))
        return d.households[i] < rule.minHouseholds;
    double voters = b.electorate[i];
    if (!std::isfinite(voters)) voters = std::isfinite(b.voters[i]) ? b.voters[i] : b.valid[i];
    return std::isfinite(voters) && voters < rule.minVoters;
}
} // namespace

double quantile7(std::vector<double> v, double q) {
    v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return !std::isfinite(x); }),
            v.end());
    if (v.empty()) return kNaN;
    std::sort(v.begin(), v.end());
    const double h = (static_cast<double>(v.size()) - 1) * q;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (h - static_cast<double>(lo)) * (v[hi] - v[lo]);
}

namespace {
/// Lead of the party over its best rival at B (negative when behind the leader), in points.
double leadOverRival(const ElectionData& b, int party, std::size_t i) {
    const double valid = b.valid[i];
    if (!(valid > 0)) return kNaN;
    double own = b.votes[static_cast<std::size_t>(party)][i], best = 0;
    for (std::size_t p = 0; p < b.votes.size(); ++p)
        if (static_cast<int>(p) != party && b.votes[p][i] > best) best = b.votes[p][i];
    return 100.0 * (own - best) / valid;
}

bool isSecond(const ElectionData& b, int party, std::size_t i) {
    int ahead = 0;
    for (std::size_t p = 0; p < b.votes.size(); ++p)
        ahead += static_cast<int>(p) != party && b.votes[p][i] > b.votes[party][i];
    return ahead == 1;
}

AreaClass classOf(const ClassRules& r, double lead, bool second, double change, double resid,
                  double residSd) {
    if (!std::isnan(lead) &&
        ((lead >= 0 && lead < r.battleMargin) || (lead < 0 && second && -lead <= r.battleMargin)))
        return AreaClass::BattleZone;
    if (std::isfinite(resid) && std::isfinite(residSd) && resid <= -r.underperformSd * residSd)
        return AreaClass::UnderPerforming;
    if (!std::isnan(lead) && lead >= r.strongholdLead) return AreaClass::Stronghold;
    if (change >= r.gainThreshold) return AreaClass::Gained;
    if (change <= -r.gainThreshold) return AreaClass::Lost;
    return AreaClass::None;
}
} // namespace

void classify(const Dataset& d, const ElectionData& b, int party, Analysis& a) {
    auto& f = a.areas;
    const std::size_t n = d.areaCount();
    const double sd = residualSd(f);
    f.cls.assign(n, AreaClass::None);
    f.potentialVotes.assign(n, kNaN);
    // The target is published: take it over the areas whose turnout is published, so that no
    // suppressed area's turnout can be read back from it (methods.md, Privacy).
    std::vector<double> published(f.turnoutTo);
    for (std::size_t i = 0; i < n; ++i)
        if (f.suppressed[i]) published[i] = kNaN;
    a.turnoutTarget = quantile7(std::move(published), a.settings.rules.turnoutTargetQuantile);
    for (std::size_t i = 0; i < n; ++i) {
        const double lead = leadOverRival(b, party, i);
        f.cls[i] = classOf(a.settings.rules, lead, isSecond(b, party, i), f.shareChange[i],
                           f.residual[i], sd);
        const double e = b.electorate[i];
        if (!std::isfinite(e) || std::isnan(f.shareTo[i])) continue;
        const double persuasion =
            std::isfinite(f.residual[i]) ? e * std::max(0.0, -f.residual[i]) / 100 : 0.0;
        const double mobilisation =
            std::isfinite(f.turnoutTo[i])
                ? e * std::max(0.0, a.turnoutTarget - f.turnoutTo[i]) / 100 * f.shareTo[i] / 100
                : 0.0;
        f.potentialVotes[i] = persuasion + mobilisation;
    }
}

void markSuppressed(const Dataset& d, const ElectionData& b, Analysis& a) {
    auto& f = a.areas;
    const std::size_t n = d.areaCount();
    f.suppressed.assign(n, 0);
    a.suppressedCount = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (belowPrivacyMinimum(d, b, a.settings.privacy, i)) {
            f.suppressed[i] = 1;
            ++a.suppressedCount;
        }
}

void applyPrivacy(const Dataset& d, Analysis& a) {
    auto& f = a.areas;
    const std::size_t n = d.areaCount();
    for (std::size_t i = 0; i < n; ++i) {
        if (f.suppressed[i]) {
            // published counts leave it out, so nothing of it can be recovered by subtraction
            if (f.butlerSwing[i] * f.steedSwing[i] < 0) --a.butlerSteedDisagree;
            for (auto* v : {&f.shareFrom,     &f.shareTo,       &f.shareChange,
                            &f.turnoutFrom,   &f.turnoutTo,     &f.turnoutChange,
                            &f.butlerSwing,   &f.steedSwing,    &f.electorateChange,
                            &f.logOddsChange, &f.samplingSe,    &f.outcome,
                            &f.fitted,        &f.residual,      &f.stdResidual,
                            &f.leverage,      &f.cooksDistance, &f.potentialVotes,
                            &f.lisaI,         &f.lisaZ,         &f.lisaP,
                            &f.lisaPSim})
                (*v)[i] = kNaN;
            f.lisaCluster[i] = LisaCluster::NotSignificant;
            for (auto* m : {&f.gwrCoef, &f.gwrSe})
                for (auto& term : *m)
                    term[i] = kNaN;
            if (!f.gwrLocalR2.empty()) f.gwrLocalR2[i] = kNaN;
            a.withinNoiseCount -= f.withinNoise[i];
            f.withinNoise[i] = 0;
            f.cls[i] = AreaClass::None;
            continue;
        }
        ++a.classCounts[f.cls[i]];
        if (a.hasLisa) ++a.lisaCounts[f.lisaCluster[i]];
    }
}

const char* classId(AreaClass c) {
    switch (c) {
    case AreaClass::BattleZone:
        return "battle_zone";
    case AreaClass::UnderPerforming:
        return "under_performing";
    case AreaClass::Stronghold:
        return "stronghold";
    case AreaClass::Gained:
        return "gained_ground";
    case AreaClass::Lost:
        return "lost_ground";
    case AreaClass::None:
        return "none";
    }
    return "none";
}

const char* classLabel(AreaClass c) {
    switch (c) {
    case AreaClass::BattleZone:
        return "battle-zone";
    case AreaClass::UnderPerforming:
        return "under-performing";
    case AreaClass::Stronghold:
        return "stronghold";
    case AreaClass::Gained:
        return "gained ground";
    case AreaClass::Lost:
        return "lost ground";
    case AreaClass::None:
        return "no class";
    }
    return "no class";
}

} // namespace swingmap
