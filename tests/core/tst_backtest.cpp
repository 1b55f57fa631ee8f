// SPDX-License-Identifier: GPL-3.0-or-later
// Back-test of the share-change model (fit A -> B, predict C) on hand-made datasets.
#include "core/backtest.h"

#include <QtTest>
#include <cmath>

using namespace swingmap;

namespace {
/// Per-area shares (points) of party P at A, B, C, a covariate x and valid votes at B and C.
struct Spec {
    std::vector<double> x, sA, sB, sC, validB, validC;
};

ElectionData election(const std::string& label, const std::vector<double>& share,
                      const std::vector<double>& valid) {
    ElectionData e;
    e.label = label;
    e.parties = {"P", "Other"};
    e.votes.resize(2);
    for (std::size_t i = 0; i < share.size(); ++i) {
        e.valid.push_back(valid[i]);
        e.electorate.push_back(1.5 * valid[i]);
        e.voters.push_back(std::nan(""));
        e.votes[0].push_back(share[i] * valid[i] / 100);
        e.votes[1].push_back(valid[i] - e.votes[0].back());
    }
    return e;
}

/// Areas are unit squares in a row (the model needs geometry).
Dataset makeData(const Spec& s) {
    Dataset d;
    for (std::size_t i = 0; i < s.x.size(); ++i) {
        const auto x = static_cast<double>(i);
        const double ring[] = {x, 0, x + 1, 0, x + 1, 1, x, 1, x, 0};
        d.geometry.beginPart();
        d.geometry.addRing(ring, 5);
        d.geometry.endPart();
        d.geometry.endFeature();
        d.keys.push_back(std::string(1, 'K').append(std::to_string(i)));
        d.names.push_back(d.keys.back());
    }
    d.covariateNames = {"x"};
    d.covariates = {s.x};
    d.elections.push_back(election("A", s.sA, std::vector<double>(s.x.size(), 100)));
    d.elections.push_back(election("B", s.sB, s.validB));
    d.elections.push_back(election("C", s.sC, s.validC));
    return d;
}

AnalysisSettings settings() {
    AnalysisSettings s;
    // move-assign std::string temporaries: GCC 12 warns falsely (-Wrestrict, PR 105651) on
    // assigning a literal
    s.party = std::string("P");
    s.from = std::string("A");
    s.to = std::string("B");
    s.covariates = {"x"};
    return s;
}

/// n areas, x spread over [0, 10]; change A->B = 1 + slopeAB (x - 5), change B->C = 1 + slopeBC
/// (x - 5), each plus a tiny deterministic wobble.
Spec linearRule(std::size_t n, double slopeAB, double slopeBC) {
    Spec s;
    for (std::size_t i = 0; i < n; ++i) {
        const auto k = static_cast<double>(i);
        const double x = std::fmod(k * 3.7, 10.0);
        const double wobble = 0.02 * std::sin(1.3 * k);
        s.x.push_back(x);
        s.sA.push_back(35 + 5 * std::cos(0.7 * k));
        s.sB.push_back(s.sA.back() + 1 + slopeAB * (x - 5) + wobble);
        s.sC.push_back(s.sB.back() + 1 + slopeBC * (x - 5) - wobble);
        s.validB.push_back(400 + 50 * std::fmod(k, 7));
        s.validC.push_back(420 + 40 * std::fmod(k, 5));
    }
    return s;
}

/// Ten areas, x = 0..9, change A->B = 1 + 0.5 x exactly, change B->C = 1 + 0.5 x + e.
Spec tenAreas() {
    const double e[] = {1, -1, 0.5, -0.5, 2, 0, -2, 1, 0, -1};
    Spec s;
    for (int i = 0; i < 10; ++i) {
        const double x = i;
        s.x.push_back(x);
        s.sA.push_back(40);
        s.sB.push_back(41 + 0.5 * x);
        s.sC.push_back(s.sB.back() + 1 + 0.5 * x + e[i]);
        s.validB.push_back(100);
        s.validC.push_back(i % 2 == 0 ? 100 : 200);
    }
    return s;
}
} // namespace

class TstBacktest : public QObject {
    Q_OBJECT
private slots:
    void sameRuleBeatsUniformSwing();
    void flippedRuleLosesToUniformSwing();
    void exactOnTenAreas();
    void topCaptureTies();
    void errors();
};

void TstBacktest::sameRuleBeatsUniformSwing() {
    const auto r = backtest(makeData(linearRule(200, 0.8, 0.8)), settings(), "C");
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().c_str());
    QCOMPARE(r->n, std::size_t{200});
    QVERIFY(r->maeModel < 0.05);
    QVERIFY(r->maeUniform > 1.5); // 0.8 * mean |x - 5|
    QVERIFY(r->maeModel < 0.05 * r->maeUniform);
    QVERIFY(r->maeModelWeighted < 0.05 * r->maeUniformWeighted);
    QVERIFY(r->signHitModel > 0.97);
    QVERIFY(r->signHitModel > r->signHitUniform);
    QVERIFY(r->topDecileModel > 0.95);
    QCOMPARE(r->topDecileSize, std::size_t{20});
    QVERIFY(std::fabs(r->topDecileUniform - 0.1) < 1e-12); // a random pick: m / n
    QVERIFY(std::fabs(r->fitAB.terms[1].estimate - 0.8) < 0.01);
}

void TstBacktest::flippedRuleLosesToUniformSwing() {
    const auto r = backtest(makeData(linearRule(200, 0.8, -0.8)), settings(), "C");
    QVERIFY(r.ok());
    // the model predicts the opposite of each area's deviation: twice the uniform error
    QVERIFY(r->maeModel > 1.8 * r->maeUniform);
    QVERIFY(r->maeModelWeighted > 1.8 * r->maeUniformWeighted);
    QVERIFY(r->signHitModel < r->signHitUniform);
    QVERIFY(r->topDecileModel < 0.05);
}

void TstBacktest::exactOnTenAreas() {
    const auto r = backtest(makeData(tenAreas()), settings(), "C");
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().c_str());
    QCOMPARE(r->n, std::size_t{10});
    constexpr double tol = 1e-9;
    QVERIFY(std::fabs(r->uniformSwing - 3.25) < tol); // mean of 1 + 0.5 x, x = 0..9
    QVERIFY(std::fabs(r->maeModel - 0.9) < tol);      // mean |e| = 9 / 10
    QVERIFY(std::fabs(r->maeUniform - 1.45) < tol);   // mean |3.25 - actual| = 14.5 / 10
    // valid votes at C: 100 (even areas), 200 (odd): (100 * 5.5 + 200 * 3.5) / 1500
    QVERIFY(std::fabs(r->maeModelWeighted - 1250.0 / 1500) < tol);
    QVERIFY(std::fabs(r->maeUniformWeighted - 2225.0 / 1500) < tol); // (100 6.75 + 200 7.75)
    QCOMPARE(r->signHitModel, 1.0);                                  // every change is positive
    QCOMPARE(r->signHitUniform, 1.0);
    QCOMPARE(r->topDecileSize, std::size_t{1});
    QCOMPARE(r->topDecileModel, 0.0); // real top mover is area 7, predicted top is area 9
    QVERIFY(std::fabs(r->topDecileUniform - 0.1) < tol);
}

void TstBacktest::topCaptureTies() {
    const std::vector<double> actual{5, 4, 3, 2, 1, 0};
    QCOMPARE(topShareCapture(actual, {6, 5, 4, 3, 2, 1}, 2), 1.0);
    QCOMPARE(topShareCapture(actual, {1, 2, 3, 4, 5, 6}, 2), 0.0);
    // area 0 is certain; one more pick among the three tied at 1, one of which (area 1) is top
    QVERIFY(std::fabs(topShareCapture(actual, {9, 1, 1, 1, 0, 0}, 2) - (1 + 1.0 / 3) / 2) < 1e-12);
    QVERIFY(std::isnan(topShareCapture(actual, {1, 2}, 1)));
}

void TstBacktest::errors() {
    const Dataset d = makeData(tenAreas());
    auto r = backtest(d, settings(), "Z");
    QVERIFY(!r.ok());
    QVERIFY(r.error().find("no election labelled \"Z\"") != std::string::npos);
    QVERIFY(!backtest(d, settings(), "B").ok());
    AnalysisSettings butler = settings();
    butler.outcome = Outcome::ButlerSwing;
    butler.versus = "Other";
    QVERIFY(!backtest(d, butler, "C").ok());
    AnalysisSettings party = settings();
    party.party = std::string("Q");
    QVERIFY(!backtest(d, party, "C").ok());
    Spec nine = tenAreas();
    nine.validC[3] = 0; // no result at C
    r = backtest(makeData(nine), settings(), "C");
    QVERIFY(!r.ok());
    QVERIFY(r.error().find("only 9 areas") != std::string::npos);
}

QTEST_APPLESS_MAIN(TstBacktest)
#include "tst_backtest.moc"
