// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis.h"

#include "core/classify.h"

#include <cmath>
#include <limits>

namespace swingmap {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string partyList(const ElectionData& e) {
    std::string s;
    for (const auto& p : e.parties)
        s += (s.empty() ? "" : ", ") + p;
    return s;
}

Result<int> requireParty(const ElectionData& e, const std::string& party) {
    const int p = e.partyIndex(party);
    if (p < 0)
        return fail("the party \"" + party + "\" is not in election \"" + e.label +
                    "\". Its parties are: " + partyList(e) +
                    ". Check \"analysis.party\" and that election's \"parties\".");
    return p;
}

double share(const ElectionData& e, int p, std::size_t i) {
    const double v = e.valid[i];
    return v > 0 ? 100.0 * e.votes[static_cast<std::size_t>(p)][i] / v : kNaN;
}

double turnout(const ElectionData& e, std::size_t i) {
    const double t = std::isnan(e.voters[i]) ? e.valid[i] : e.voters[i];
    return e.electorate[i] > 0 ? 100.0 * t / e.electorate[i] : kNaN;
}

struct Pair {
    const ElectionData* a;
    const ElectionData* b;
    int pa, pb;           // the party
    int qa = -1, qb = -1; // the other party (swing outcomes)
};

double electorateChange(const Pair& e, std::size_t i) {
    const double ea = e.a->electorate[i], eb = e.b->electorate[i];
    if (!(ea > 0) || !(eb > 0)) return kNaN;
    return 100.0 * e.b->votes[e.pb][i] / eb - 100.0 * e.a->votes[e.pa][i] / ea;
}

double twoPartyShare(const ElectionData& d, int p, int q, std::size_t k) {
    const double s = d.votes[p][k] + d.votes[q][k];
    return s > 0 ? 100.0 * d.votes[p][k] / s : kNaN;
}

double logit(double pct) {
    const double p = pct / 100.0;
    return p > 0 && p < 1 ? std::log(p / (1 - p)) : kNaN;
}

/// Binomial standard error of a share change (points): both elections' sampling variances.
double samplingSe(double sa, double va, double sb, double vb) {
    if (!(va > 0) || !(vb > 0) || std::isnan(sa) || std::isnan(sb)) return kNaN;
    const double pa = sa / 100, pb = sb / 100;
    return 100.0 * std::sqrt(pa * (1 - pa) / va + pb * (1 - pb) / vb);
}

void computeSwings(const Pair& e, std::size_t i, AreaFigures& f) {
    if (e.qa < 0) return;
    f.butlerSwing[i] = 0.5 * (f.shareChange[i] - (share(*e.b, e.qb, i) - share(*e.a, e.qa, i)));
    const double dp = twoPartyShare(*e.b, e.pb, e.qb, i) - twoPartyShare(*e.a, e.pa, e.qa, i);
    const double dq = twoPartyShare(*e.b, e.qb, e.pb, i) - twoPartyShare(*e.a, e.qa, e.pa, i);
    f.steedSwing[i] = 0.5 * (dp - dq);
}

const std::vector<double>& outcomeColumn(Outcome o, const AreaFigures& f) {
    switch (o) {
    case Outcome::TurnoutChange:
        return f.turnoutChange;
    case Outcome::ButlerSwing:
        return f.butlerSwing;
    case Outcome::SteedSwing:
        return f.steedSwing;
    case Outcome::ElectorateChange:
        return f.electorateChange;
    case Outcome::LogOddsChange:
        return f.logOddsChange;
    case Outcome::ShareChange:
    case Outcome::Column:
        break;
    }
    return f.shareChange;
}

void computeMeasures(const Pair& e, Outcome o, std::size_t n, Analysis& a) {
    AreaFigures& f = a.areas;
    for (auto* v :
         {&f.shareFrom, &f.shareTo, &f.shareChange, &f.turnoutFrom, &f.turnoutTo, &f.turnoutChange,
          &f.butlerSwing, &f.steedSwing, &f.electorateChange, &f.logOddsChange, &f.samplingSe})
        v->assign(n, kNaN);
    f.withinNoise.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        f.shareFrom[i] = share(*e.a, e.pa, i);
        f.shareTo[i] = share(*e.b, e.pb, i);
        f.shareChange[i] = f.shareTo[i] - f.shareFrom[i];
        f.turnoutFrom[i] = turnout(*e.a, i);
        f.turnoutTo[i] = turnout(*e.b, i);
        f.turnoutChange[i] = f.turnoutTo[i] - f.turnoutFrom[i];
        f.electorateChange[i] = electorateChange(e, i);
        f.logOddsChange[i] = logit(f.shareTo[i]) - logit(f.shareFrom[i]);
        f.samplingSe[i] = samplingSe(f.shareFrom[i], e.a->valid[i], f.shareTo[i], e.b->valid[i]);
        f.withinNoise[i] = std::fabs(f.shareChange[i]) < 1.96 * f.samplingSe[i];
        a.withinNoiseCount += f.withinNoise[i];
        computeSwings(e, i, f);
        a.butlerSteedDisagree += f.butlerSwing[i] * f.steedSwing[i] < 0;
    }
    f.outcome = outcomeColumn(o, f);
}

/// A census-column outcome without elections: every election figure is unknown.
ElectionData noElection(std::size_t n) {
    ElectionData e;
    e.parties = {""};
    e.electorate = e.voters = e.valid = std::vector<double>(n, kNaN);
    e.votes = {std::vector<double>(n, kNaN)};
    return e;
}

Result<Pair> resolveElections(const Dataset& d, const AnalysisSettings& s) {
    const int ia = d.electionIndex(s.from), ib = d.electionIndex(s.to);
    for (const auto* l : {&s.from, &s.to})
        if (d.electionIndex(*l) < 0) return fail("there is no election labelled \"" + *l + "\"");
    Pair e{&d.elections[static_cast<std::size_t>(ia)], &d.elections[static_cast<std::size_t>(ib)],
           0, 0};
    auto pa = requireParty(*e.a, s.party), pb = requireParty(*e.b, s.party);
    if (!pa) return pa.takeError();
    if (!pb) return pb.takeError();
    e.pa = *pa;
    e.pb = *pb;
    if (!s.versus.empty()) {
        auto qa = requireParty(*e.a, s.versus), qb = requireParty(*e.b, s.versus);
        if (!qa) return qa.takeError();
        if (!qb) return qb.takeError();
        e.qa = *qa;
        e.qb = *qb;
    }
    return e;
}
} // namespace

const char* outcomeId(Outcome o) {
    switch (o) {
    case Outcome::ShareChange:
        return "share_change";
    case Outcome::TurnoutChange:
        return "turnout_change";
    case Outcome::ButlerSwing:
        return "butler_swing";
    case Outcome::SteedSwing:
        return "steed_swing";
    case Outcome::ElectorateChange:
        return "electorate_change";
    case Outcome::LogOddsChange:
        return "log_odds_change";
    case Outcome::Column:
        return "column";
    }
    return "share_change";
}

std::string outcomeName(const AnalysisSettings& s) {
    return s.outcome == Outcome::Column ? s.outcomeColumn : outcomeId(s.outcome);
}

std::optional<Outcome> outcomeFromId(const std::string& id) {
    for (Outcome o : {Outcome::ShareChange, Outcome::TurnoutChange, Outcome::ButlerSwing,
                      Outcome::SteedSwing, Outcome::ElectorateChange, Outcome::LogOddsChange})
        if (id == outcomeId(o)) return o;
    return std::nullopt;
}

Result<Analysis> analyse(const Dataset& data, const Neighbours& nb, const AnalysisSettings& s) {
    const bool withoutElections = s.outcome == Outcome::Column && s.from.empty() && s.to.empty();
    const ElectionData none = noElection(withoutElections ? data.areaCount() : 0);
    auto pair =
        withoutElections ? Result<Pair>(Pair{&none, &none, 0, 0}) : resolveElections(data, s);
    if (!pair) return pair.takeError();
    for (const auto& c : s.covariates)
        if (data.covariateIndex(c) < 0 && data.categoryIndex(c) < 0)
            return fail("the covariate \"" + c +
                        "\" is not a column of any census table. Check "
                        "\"analysis.covariates\" against the census files' column names.");
    if (s.weights != "valid" && s.weights != "electorate" && s.weights != "none")
        return fail("unknown weights \"" + s.weights + "\": use valid, electorate or none");
    if (s.outcome == Outcome::Column && data.covariateIndex(s.outcomeColumn) < 0)
        return fail("$.analysis.outcome: \"" + s.outcomeColumn +
                    "\" is neither a change measure (share_change, turnout_change, butler_swing, "
                    "steed_swing, electorate_change, log_odds_change) nor a numeric census column");
    Analysis a;
    a.settings = s;
    const std::size_t n = data.areaCount();
    for (std::size_t i = 0; i < n && i < nb.size(); ++i)
        a.weightsIslands += data.geometry.hasGeometry(i) && nb.degree(i) == 0;
    markSuppressed(data, *pair->b, a); // before any statistic: they enter none
    computeMeasures(*pair, s.outcome, n, a);
    if (s.outcome == Outcome::Column)
        a.areas.outcome =
            data.covariates[static_cast<std::size_t>(data.covariateIndex(s.outcomeColumn))];
    fitModel(data, nb, *pair->b, a);
    classify(data, *pair->b, pair->pb, a);
    applyPrivacy(data, a);
    return a;
}

} // namespace swingmap
