// SPDX-License-Identifier: GPL-3.0-or-later
// Areal interpolation bookkeeping (core/interpolate.h) on overlap matrices whose answers are
// known by hand: splits, merges, identical areas, areas partly outside every target, dasymetric
// weights from points and polygons, and the totals check.
#include "core/interpolate.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace swingmap;

namespace {
OverlapMatrix matrix(std::vector<double> sourceArea, std::vector<double> targetArea,
                     std::vector<std::tuple<uint32_t, uint32_t, double>> entries) {
    OverlapMatrix m;
    m.sourceArea = std::move(sourceArea);
    m.targetArea = std::move(targetArea);
    for (auto [s, t, a] : entries)
        m.source.push_back(s), m.target.push_back(t), m.area.push_back(a);
    m.normalise();
    return m;
}
bool close(double a, double b, double tol = 1e-12) {
    return std::fabs(a - b) <= tol * std::max(1.0, std::fabs(b));
}
} // namespace

class TestInterpolate : public QObject {
    Q_OBJECT
private slots:
    void splitAndMerge();
    void identicalAreaHasNoEstimate();
    void partlyOutsideIsLostExactly();
    void sourceWithoutArea();
    void missingValues();
    void pointWeights();
    void zeroWeightFallsBackToArea();
    void polygonWeights();
    void randomFullCoveragePreservesTotals();
    void rejectsBadInput();
    void ratesFromCounts();
};

// Source 0 (area 2) is split into targets 0 and 1 (area 1 each); sources 1 and 2 (area 1 each)
// merge into target 2 (area 2).
void TestInterpolate::splitAndMerge() {
    const OverlapMatrix m =
        matrix({2, 1, 1}, {1, 1, 2}, {{0, 1, 1.0}, {0, 0, 1.0}, {2, 2, 1.0}, {1, 2, 1.0}});
    QCOMPARE(m.source, (std::vector<uint32_t>{0, 0, 1, 2})); // normalise() sorted the entries
    auto r = interpolateCounts(m, {{"votes", {100, 30, 12}}, {"valid", {10, 3, 1}}});
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().c_str());
    QCOMPARE(r->method, std::string("area"));
    QCOMPARE(r->targets[0].values, (std::vector<double>{50, 50, 42}));
    QCOMPARE(r->targets[1].values, (std::vector<double>{5, 5, 4}));
    QCOMPARE(r->totals[0].sourceTotal, 142.0);
    QCOMPARE(r->totals[0].targetTotal, 142.0);
    QCOMPARE(r->totals[0].lost, 0.0);
    QCOMPARE(r->maxDiscrepancy, 0.0);
    QCOMPARE(r->pairs, std::size_t{4});
    QCOMPARE(r->sourcesLosing, std::size_t{0});
    // none of the targets is essentially identical to a source: all estimated
    QCOMPARE(r->estimatedShare, (std::vector<double>{1, 1, 1}));
}

// Target 0 (area 1) is source 0 (overlap 99.5 % of both) plus a sliver of source 1; target 1
// (area 0.99) holds 98.5 % of source 1 and a sliver of source 0; 1 % of source 1 is outside.
void TestInterpolate::identicalAreaHasNoEstimate() {
    const OverlapMatrix m = matrix({1.0, 1.0}, {1.0, 0.99},
                                   {{0, 0, 0.995}, {0, 1, 0.005}, {1, 1, 0.985}, {1, 0, 0.005}});
    auto r = interpolateCounts(m, {{"votes", {1000, 200}}});
    QVERIFY(r.ok());
    const double t0 = 995 + 1, t1 = 5 + 197;
    QVERIFY(close(r->targets[0].values[0], t0));
    QVERIFY(close(r->targets[0].values[1], t1));
    // target 0: 995 of its 996 votes came from its identical source
    QVERIFY(close(r->estimatedShare[0], 1.0 / t0));
    // target 1: its overlap with source 1 is 98.5 % of the source (< 99 %): all estimated
    QCOMPARE(r->estimatedShare[1], 1.0);
    InterpolationOptions loose;
    loose.identicalShare = 0.98;
    r = interpolateCounts(m, {{"votes", {1000, 200}}}, nullptr, loose);
    QVERIFY(close(r->estimatedShare[1], 5.0 / t1));
    QVERIFY(close(r->totals[0].lost, 2));
}

// Source 0 (area 4) has 3 in target 0 and 1 outside every target; source 1 lies wholly outside.
void TestInterpolate::partlyOutsideIsLostExactly() {
    const OverlapMatrix m = matrix({4, 2, 1}, {3, 1}, {{0, 0, 3.0}, {2, 1, 1.0}});
    auto r = interpolateCounts(m, {{"votes", {400, 50, 7}}, {"electorate", {800, 100, 10}}});
    QVERIFY(r.ok());
    QCOMPARE(r->targets[0].values, (std::vector<double>{300, 7}));
    QCOMPARE(r->totals[0].lost, 150.0);
    QCOMPARE(r->totals[1].lost, 300.0);
    QVERIFY(close(r->totals[0].discrepancy, 150.0 / 457));
    QVERIFY(r->totals[0].bookkeeping < 1e-15);
    QCOMPARE(r->sourcesLosing, std::size_t{2});
    QCOMPARE(r->worstLost.size(), std::size_t{2});
    QCOMPARE(r->worstLost[0].source, 0u); // loses 100 votes, source 1 loses 50
    QCOMPARE(r->worstLost[0].outsideShare, 0.25);
    QCOMPARE(r->worstLost[0].lost, (std::vector<double>{100, 200}));
    QCOMPARE(r->worstLost[1].source, 1u);
    QCOMPARE(r->worstLost[1].outsideShare, 1.0);
    InterpolationOptions one;
    one.worstCount = 1;
    QCOMPARE(interpolateCounts(m, {{"votes", {400, 50, 7}}}, nullptr, one)->worstLost.size(),
             std::size_t{1});
}

void TestInterpolate::sourceWithoutArea() {
    const OverlapMatrix m = matrix({1, 0}, {1}, {{0, 0, 1.0}});
    auto r = interpolateCounts(m, {{"votes", {10, 5}}});
    QVERIFY(r.ok());
    QCOMPARE(r->sourcesWithoutArea, std::size_t{1});
    QCOMPARE(r->targets[0].values[0], 10.0);
    QCOMPARE(r->totals[0].lost, 5.0);
}

void TestInterpolate::missingValues() {
    const OverlapMatrix m = matrix({1, 1}, {2}, {{0, 0, 1.0}, {1, 0, 1.0}});
    auto r = interpolateCounts(m, {{"votes", {std::nan(""), 5}}});
    QVERIFY(r.ok());
    QCOMPARE(r->totals[0].missingSources, std::size_t{1});
    QCOMPARE(r->targets[0].values[0], 5.0);
    QCOMPARE(r->totals[0].discrepancy, 0.0);
}

// Source 0 (area 2) split into targets 0 and 1 by area 1:1, but 3 addresses lie in target 0
// and 1 in target 1, and 1 address lies outside every target: weights 3:1 (+1 outside).
void TestInterpolate::pointWeights() {
    const OverlapMatrix m = matrix({2, 1}, {1, 1, 1}, {{0, 0, 1.0}, {0, 1, 1.0}, {1, 2, 1.0}});
    auto w = weightsFromPoints(m, {0, 0, 0, 0, 0, -1, 1, 1}, {0, 0, 0, 1, -1, 0, 2, 0},
                               {1, 1, 1, 1, 1, 1, 2, 1});
    QVERIFY2(w.ok(), w.ok() ? "" : w.error().c_str());
    QCOMPARE(w->pair, (std::vector<double>{3, 1, 2}));
    QCOMPARE(w->outside, (std::vector<double>{1, 0}));
    QCOMPARE(w->outsideSources, std::size_t{1});
    QCOMPARE(w->unmatched, std::size_t{1}); // source 1, target 0: no overlap in the matrix
    auto r = interpolateCounts(m, {{"votes", {100, 10}}}, &*w);
    QVERIFY(r.ok());
    QCOMPARE(r->method, std::string("weights"));
    QCOMPARE(r->targets[0].values, (std::vector<double>{60, 20, 10}));
    QCOMPARE(r->totals[0].lost, 20.0);
    QVERIFY(r->areaFallback.empty());
}

void TestInterpolate::zeroWeightFallsBackToArea() {
    const OverlapMatrix m = matrix({4, 1}, {3, 2}, {{0, 0, 3.0}, {0, 1, 1.0}, {1, 1, 1.0}});
    auto w = weightsFromPoints(m, {1}, {1}, {5});
    QVERIFY(w.ok());
    auto r = interpolateCounts(m, {{"votes", {100, 10}}}, &*w);
    QVERIFY(r.ok());
    QCOMPARE(r->areaFallback, (std::vector<uint32_t>{0}));
    QCOMPARE(r->targets[0].values, (std::vector<double>{75, 35}));
}

// Sources 0 = [0,2]x[0,1], 1 = [2,4]x[0,1]; targets 0 = [0,1]x[0,1], 1 = [1,4]x[0,1].
// Weight polygons: k0 = [0,1.5]x[0,1] with 30 people, k1 = [1.5,4]x[0,1] with 10.
void TestInterpolate::polygonWeights() {
    const OverlapMatrix m = matrix({2, 2}, {1, 3}, {{0, 0, 1.0}, {0, 1, 1.0}, {1, 1, 2.0}});
    // source i ∩ weight k: (0,0) 1.5, (0,1) 0.5, (1,1) 2
    const OverlapMatrix sw = matrix({2, 2}, {1.5, 2.5}, {{0, 0, 1.5}, {0, 1, 0.5}, {1, 1, 2.0}});
    // pieces (entries of sw) ∩ targets: piece 0 = [0,1.5]: t0 1, t1 0.5; piece 1 = [1.5,2]: t1;
    // piece 2 = [2,4]: t1
    const OverlapMatrix pt =
        matrix({1.5, 0.5, 2.0}, {1, 3}, {{0, 0, 1.0}, {0, 1, 0.5}, {1, 1, 0.5}, {2, 1, 2.0}});
    auto w = weightsFromPolygons(m, sw, pt, {30, 10});
    QVERIFY2(w.ok(), w.ok() ? "" : w.error().c_str());
    // density k0 = 20 / unit, k1 = 4: (0,0) = 20, (0,1) = 10 + 2 = 12, (1,1) = 8
    QVERIFY(close(w->pair[0], 20) && close(w->pair[1], 12) && close(w->pair[2], 8));
    QCOMPARE(w->outside, (std::vector<double>{0, 0}));
    auto r = interpolateCounts(m, {{"votes", {64, 8}}}, &*w);
    QVERIFY(r.ok());
    QVERIFY(close(r->targets[0].values[0], 40) && close(r->targets[0].values[1], 32));
    QVERIFY(!weightsFromPolygons(m, sw, pt, {30}).ok());
}

// Random sources split over random targets, every source fully covered: totals to 1e-9.
void TestInterpolate::randomFullCoveragePreservesTotals() {
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> u(0.001, 1.0);
    const uint32_t ns = 2000, nt = 1500;
    std::vector<std::tuple<uint32_t, uint32_t, double>> entries;
    std::vector<double> sa(ns, 0), ta(nt, 0), votes(ns);
    for (uint32_t i = 0; i < ns; ++i) {
        for (int k = 0; k < 5; ++k) {
            const uint32_t j = static_cast<uint32_t>(rng() % nt);
            const double a = u(rng) * 1e5;
            entries.emplace_back(i, j, a);
            sa[i] += a, ta[j] += a;
        }
        votes[i] = std::floor(u(rng) * 1000);
    }
    const OverlapMatrix m = matrix(sa, ta, entries);
    auto r = interpolateCounts(m, {{"votes", votes}});
    QVERIFY(r.ok());
    QVERIFY2(r->maxDiscrepancy <= 1e-9, std::to_string(r->maxDiscrepancy).c_str());
    QVERIFY(std::fabs(r->totals[0].lost) <= 1e-9 * r->totals[0].sourceTotal);
    QCOMPARE(r->sourcesLosing, std::size_t{0});
}

void TestInterpolate::rejectsBadInput() {
    const OverlapMatrix m = matrix({1}, {1}, {{0, 0, 1.0}});
    QVERIFY(!interpolateCounts(m, {{"votes", {1, 2}}}).ok());
    InterpolationOptions o;
    o.shareBasis = 3;
    QVERIFY(!interpolateCounts(m, {{"votes", {1}}}, nullptr, o).ok());
    OverlapMatrix unsorted = m;
    unsorted.source = {0, 0}, unsorted.target = {0, 0}, unsorted.area = {1, 1};
    auto r = interpolateCounts(unsorted, {{"votes", {1}}});
    QVERIFY(!r.ok());
    QVERIFY(r.error().find("sorted") != std::string::npos);
    OverlapMatrix outOfRange = m;
    outOfRange.target = {4};
    QVERIFY(!interpolateCounts(outOfRange, {{"votes", {1}}}).ok());
    DasymetricWeights w;
    QVERIFY(!interpolateCounts(m, {{"votes", {1}}}, &w).ok());
    QVERIFY(!weightsFromPoints(m, {0}, {0, 0}, {1}).ok());
}

void TestInterpolate::ratesFromCounts() {
    const auto r = rateFromCounts({30, 0, 5, std::nan("")}, {60, 0, 0, 4}, 100);
    QCOMPARE(r[0], 50.0);
    QVERIFY(std::isnan(r[1]) && std::isnan(r[2]) && std::isnan(r[3]));
}

QTEST_APPLESS_MAIN(TestInterpolate)
#include "tst_interpolate.moc"
