// SPDX-License-Identifier: GPL-3.0-or-later
// Back-test of the share-change model: fit on A -> B, predict B -> C, compare with uniform swing.
#include "core/backtest.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace swingmap {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double shareAt(const ElectionData& e, int p, std::size_t i) {
    const double v = e.valid[i];
    return v > 0 ? 100.0 * e.votes[static_cast<std::size_t>(p)][i] / v : kNaN;
}

/// The regression weight analyse() gives area i (weights are taken at the later election B).
double modelWeight(const std::string& kind, const ElectionData& b, std::size_t i) {
    if (kind == "none") return 1.0;
    return kind == "electorate" ? b.electorate[i] : b.valid[i];
}

int sign(double v) {
    return (v > 0) - (v < 0);
}

/// Predicted and actual B -> C figures of the evaluated areas.
struct Evaluation {
    std::vector<double> actualChange, predictedChange, validC;
    double uniform = 0;
};

Status checkRequest(const Dataset& d, const AnalysisSettings& s, const std::string& labelC) {
    if (d.electionIndex(labelC) < 0)
        return fail("there is no election labelled \"" + labelC + "\" to test the model against");
    if (labelC == s.from || labelC == s.to)
        return fail("the test election \"" + labelC +
                    "\" must differ from the two elections the model is fitted on (\"" + s.from +
                    "\" and \"" + s.to + "\")");
    if (s.outcome != Outcome::ShareChange)
        return fail("the back-test predicts vote shares, so it needs the share-change outcome "
                    "(analysis.outcome = share_change)");
    const auto& c = d.elections[static_cast<std::size_t>(d.electionIndex(labelC))];
    if (c.partyIndex(s.party) < 0)
        return fail("the party \"" + s.party + "\" is not in election \"" + labelC +
                    "\", so its share there cannot be predicted");
    return Ok{};
}

/// Weighted mean A -> B change over the model rows, with the model's weights.
double uniformSwing(const Analysis& a, const ElectionData& b) {
    double sw = 0, swy = 0;
    for (std::size_t i = 0; i < a.areas.inModel.size(); ++i) {
        // model rows only: suppressed areas are not among them (statisticsGate, modelfit.cpp)
        if (!a.areas.inModel[i] || !std::isfinite(a.areas.shareChange[i])) continue;
        const double w = modelWeight(a.settings.weights, b, i);
        sw += w;
        swy += w * a.areas.shareChange[i];
    }
    return swy / sw;
}

Evaluation evaluate(const Analysis& a, const ElectionData& b, const ElectionData& c) {
    Evaluation ev;
    ev.uniform = uniformSwing(a, b);
    const int pc = c.partyIndex(a.settings.party);
    for (std::size_t i = 0; i < a.areas.inModel.size(); ++i) {
        const double sc = shareAt(c, pc, i);
        if (!a.areas.inModel[i] || !std::isfinite(sc) || !std::isfinite(a.areas.fitted[i]) ||
            !std::isfinite(a.areas.shareTo[i]))
            continue;
        ev.actualChange.push_back(sc - a.areas.shareTo[i]);
        ev.predictedChange.push_back(a.areas.fitted[i]); // x_i' beta_AB
        ev.validC.push_back(c.valid[i]);
    }
    return ev;
}

void scoreErrors(const Evaluation& ev, BacktestResult& r) {
    double sw = 0;
    for (std::size_t i = 0; i < r.n; ++i) {
        // |predicted C share - actual C share| = |predicted change - actual change|
        const double em = std::fabs(ev.predictedChange[i] - ev.actualChange[i]);
        const double eu = std::fabs(ev.uniform - ev.actualChange[i]);
        const double w = ev.validC[i];
        r.maeModel += em;
        r.maeUniform += eu;
        r.maeModelWeighted += w * em;
        r.maeUniformWeighted += w * eu;
        r.signHitModel += sign(ev.predictedChange[i]) == sign(ev.actualChange[i]);
        r.signHitUniform += sign(ev.uniform) == sign(ev.actualChange[i]);
        sw += w;
    }
    const auto n = static_cast<double>(r.n);
    r.maeModel /= n;
    r.maeUniform /= n;
    r.maeModelWeighted /= sw;
    r.maeUniformWeighted /= sw;
    r.signHitModel /= n;
    r.signHitUniform /= n;
}
} // namespace

double topShareCapture(const std::vector<double>& actual, const std::vector<double>& predicted,
                       std::size_t m) {
    const std::size_t n = actual.size();
    if (m == 0 || m > n || predicted.size() != n) return kNaN;
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return actual[x] > actual[y]; });
    std::vector<bool> top(n, false);
    for (std::size_t k = 0; k < m; ++k)
        top[order[k]] = true;
    std::vector<double> sorted = predicted;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(m - 1),
                     sorted.end(), std::greater<>());
    const double cut = sorted[m - 1];
    double above = 0, tied = 0, hitsAbove = 0, hitsTied = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (predicted[i] > cut) {
            ++above;
            hitsAbove += top[i];
        } else if (predicted[i] == cut) {
            ++tied;
            hitsTied += top[i];
        }
    }
    // the predicted list takes every area above the cut and m - above of the tied ones at random
    const double expected = hitsAbove + (static_cast<double>(m) - above) * hitsTied / tied;
    return expected / static_cast<double>(m);
}

Result<BacktestResult> backtest(const Dataset& data, const AnalysisSettings& settingsAB,
                                const std::string& labelC) {
    if (auto ok = checkRequest(data, settingsAB, labelC); !ok) return ok.takeError();
    AnalysisSettings s = settingsAB;
    s.models = {"ols"};
    s.lisa = false;
    auto a = analyse(data, Neighbours{}, s);
    if (!a) return a.takeError();
    if (!a->model.fitted)
        return fail("the model of \"" + s.from + "\" to \"" + s.to +
                    "\" could not be fitted: " + a->model.error);
    const auto& b = data.elections[static_cast<std::size_t>(data.electionIndex(s.to))];
    const auto& c = data.elections[static_cast<std::size_t>(data.electionIndex(labelC))];
    const Evaluation ev = evaluate(*a, b, c);
    BacktestResult r;
    r.n = ev.actualChange.size();
    if (r.n < kBacktestMinAreas)
        return fail("only " + std::to_string(r.n) +
                    " areas are in the model and have a result at \"" + labelC +
                    "\"; a back-test needs at least " + std::to_string(kBacktestMinAreas));
    r.uniformSwing = ev.uniform;
    scoreErrors(ev, r);
    r.topDecileSize = (r.n + 9) / 10;
    const std::vector<double> flat(r.n, ev.uniform);
    r.topDecileModel = topShareCapture(ev.actualChange, ev.predictedChange, r.topDecileSize);
    r.topDecileUniform = topShareCapture(ev.actualChange, flat, r.topDecileSize);
    r.fitAB = std::move(a->model.fit);
    return r;
}

} // namespace swingmap
