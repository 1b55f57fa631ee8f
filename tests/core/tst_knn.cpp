// SPDX-License-Identifier: GPL-3.0-or-later
// k nearest neighbours against brute force; feature centroids against hand-computed values.
#include "core/centroid.h"
#include "core/knn.h"

#include <QtTest>
#include <algorithm>
#include <cmath>
#include <random>

using namespace swingmap;

namespace {

/// Random points with duplicates and points on a coarse lattice (many distance ties).
std::vector<double> randomPoints(std::size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0, 100);
    std::uniform_int_distribution<int> lattice(0, 9);
    std::vector<double> xy;
    for (std::size_t i = 0; i < n; ++i) {
        if (i % 7 == 3 && i > 0) { // exact duplicate of an earlier point
            const std::size_t j = rng() % i;
            xy.push_back(xy[2 * j]);
            xy.push_back(xy[2 * j + 1]);
        } else if (i % 5 == 1) {
            xy.push_back(10.0 * lattice(rng));
            xy.push_back(10.0 * lattice(rng));
        } else {
            xy.push_back(u(rng));
            xy.push_back(u(rng));
        }
    }
    return xy;
}

/// Brute force: indices of the k nearest to point i ordered by (distance, index).
std::vector<uint32_t> bruteForce(const std::vector<double>& xy, std::size_t i, std::size_t k,
                                 bool includeSelf) {
    std::vector<std::pair<double, uint32_t>> all;
    for (std::size_t j = 0; j < xy.size() / 2; ++j) {
        if (!includeSelf && j == i) continue;
        const double dx = xy[2 * j] - xy[2 * i], dy = xy[2 * j + 1] - xy[2 * i + 1];
        all.emplace_back(dx * dx + dy * dy, static_cast<uint32_t>(j));
    }
    std::sort(all.begin(), all.end());
    std::vector<uint32_t> out;
    for (std::size_t c = 0; c < k; ++c)
        out.push_back(all[c].second);
    return out;
}

PolygonLayer squareWithHoleAndTwoParts() {
    PolygonLayer l;
    const double shell[] = {0, 0, 4, 0, 4, 4, 0, 4, 0, 0}; // 4 x 4, counter-clockwise
    const double hole[] = {0, 0, 0, 2, 2, 2, 2, 0, 0, 0};  // 2 x 2 at the corner, clockwise
    l.beginPart();
    l.addRing(shell, 5);
    l.addRing(hole, 5);
    l.endPart();
    l.endFeature();
    const double a[] = {0, 0, 2, 0, 2, 2, 0, 2, 0, 0};      // area 4, centre (1, 1)
    const double b[] = {10, 0, 10, 1, 14, 1, 14, 0, 10, 0}; // area 4 (clockwise), centre (12, .5)
    const double c[] = {0, 10, 1, 10, 1, 12, 0, 12, 0, 10}; // area 2, centre (.5, 11)
    for (const double* ring : {a, b, c}) {
        l.beginPart();
        l.addRing(ring, 5);
        l.endPart();
    }
    l.endFeature();
    l.endFeature(); // no geometry
    return l;
}

/// Even-odd point in polygon over every ring of feature f (strictly inside for our checks).
bool insideFeature(const PolygonLayer& l, std::size_t f, double x, double y) {
    bool in = false;
    for (uint32_t p = l.featurePart[f]; p < l.featurePart[f + 1]; ++p)
        for (uint32_t r = l.partRing[p]; r < l.partRing[p + 1]; ++r)
            for (uint32_t i = l.ringPoint[r]; i + 1 < l.ringPoint[r + 1]; ++i) {
                const double x0 = l.xy[2 * i], y0 = l.xy[2 * i + 1];
                const double x1 = l.xy[2 * i + 2], y1 = l.xy[2 * i + 3];
                if ((y0 > y) != (y1 > y) && x < x0 + (y - y0) * (x1 - x0) / (y1 - y0)) in = !in;
            }
    return in;
}

} // namespace

class TestKnn : public QObject {
    Q_OBJECT
private slots:
    void matchesBruteForce_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("k");
        QTest::addColumn<bool>("includeSelf");
        QTest::newRow("small") << 12 << 3 << false;
        QTest::newRow("all others") << 40 << 39 << false;
        QTest::newRow("self, all") << 40 << 40 << true;
        QTest::newRow("medium") << 700 << 8 << false;
        QTest::newRow("medium self") << 700 << 25 << true;
        QTest::newRow("large k") << 500 << 300 << true;
    }
    void matchesBruteForce() {
        QFETCH(int, n);
        QFETCH(int, k);
        QFETCH(bool, includeSelf);
        const std::vector<double> xy = randomPoints(static_cast<std::size_t>(n), 7u);
        const std::size_t kk = static_cast<std::size_t>(k);
        auto knn = kNearestNeighbours(xy, kk, includeSelf);
        QVERIFY2(knn.ok(), knn.ok() ? "" : knn.error().c_str());
        for (std::size_t i = 0; i < xy.size() / 2; ++i) {
            const std::vector<uint32_t> want = bruteForce(xy, i, kk, includeSelf);
            for (std::size_t c = 0; c < kk; ++c) {
                QCOMPARE(knn->index[i * kk + c], want[c]);
                const uint32_t j = want[c];
                QCOMPARE(knn->distance[i * kk + c],
                         std::hypot(xy[2 * j] - xy[2 * i], xy[2 * j + 1] - xy[2 * i + 1]));
            }
        }
    }
    void unsortedQueryGivesSameSet() {
        const std::vector<double> xy = randomPoints(400, 11u);
        const PointGrid grid(xy);
        std::vector<Neighbour> a, b;
        for (double q : {-50.0, 3.0, 55.5, 180.0}) {
            grid.nearest(q, q / 2, 37, true, a);
            grid.nearest(q, q / 2, 37, false, b);
            std::sort(b.begin(), b.end(), [](const Neighbour& x, const Neighbour& y) {
                return x.distance < y.distance || (x.distance == y.distance && x.index < y.index);
            });
            QCOMPARE(a.size(), std::size_t{37});
            for (std::size_t c = 0; c < a.size(); ++c)
                QCOMPARE(a[c].index, b[c].index);
        }
    }
    void degenerateLayouts() {
        std::vector<double> line, same(20, 5.0);
        for (int i = 0; i < 10; ++i) {
            line.push_back(i);
            line.push_back(0);
        }
        auto a = kNearestNeighbours(line, 2);
        QVERIFY(a.ok());
        QCOMPARE(a->index[0], 1u); // point 0: 1, 2
        QCOMPARE(a->index[1], 2u);
        QCOMPARE(a->index[2 * 5], 4u); // point 5: 4 and 6 tie at 1, lower index first
        QCOMPARE(a->index[2 * 5 + 1], 6u);
        auto b = kNearestNeighbours(same, 3, true);
        QVERIFY(b.ok());
        QCOMPARE(b->index[3 * 4], 0u); // all at one spot: by index
        QCOMPARE(b->index[3 * 4 + 2], 2u);
    }
    void rejectsBadInput() {
        const std::vector<double> xy{0, 0, 1, 1, 2, 2};
        QVERIFY(!kNearestNeighbours(xy, 3).ok());
        QVERIFY(kNearestNeighbours(xy, 3, true).ok());
        QVERIFY(!kNearestNeighbours(xy, 0).ok());
        QVERIFY(!kNearestNeighbours({0, 0, std::nan(""), 1}, 1).ok());
    }
    void centroids() {
        const PolygonLayer l = squareWithHoleAndTwoParts();
        const std::vector<double> c = featureCentroids(l);
        // Square 16 at (2, 2) minus hole 4 at (1, 1): (32 - 4) / 12 = 7/3 on both axes.
        QCOMPARE(c[0], 7.0 / 3.0);
        QCOMPARE(c[1], 7.0 / 3.0);
        // Parts 4 at (1, 1), 4 at (12, .5), 2 at (.5, 11): x = (4 + 48 + 1) / 10, y = (4 + 2 + 22)
        // / 10
        QVERIFY(std::abs(c[2] - 5.3) < 1e-12);
        QVERIFY(std::abs(c[3] - 2.8) < 1e-12);
        QVERIFY(std::isnan(c[4]) && std::isnan(c[5]));
    }
    /// A U-shaped area's centroid lies in its notch; the interior point must not.
    void interiorPoints() {
        PolygonLayer l;
        const double u[] = {0, 0, 10, 0, 10, 10, 7, 10, 7, 3, 3, 3, 3, 10, 0, 10, 0, 0};
        l.beginPart();
        l.addRing(u, 9);
        l.endPart();
        l.endFeature();
        const auto c = featureCentroid(l, 0);
        QVERIFY(!insideFeature(l, 0, c[0], c[1])); // (5, 4.42): the notch
        const auto p = featureInteriorPoint(l, 0);
        QVERIFY2(insideFeature(l, 0, p[0], p[1]), qPrintable(QString("%1 %2").arg(p[0]).arg(p[1])));
        QCOMPARE(p[1], 6.5); // halfway between the vertex heights 3 and 10 around the middle
        const PolygonLayer h = squareWithHoleAndTwoParts();
        const std::vector<double> all = featureInteriorPoints(h);
        QCOMPARE(all.size(), std::size_t{6});
        for (std::size_t f = 0; f < 2; ++f)
            QVERIFY2(insideFeature(h, f, all[2 * f], all[2 * f + 1]),
                     qPrintable(
                         QString("feature %1: %2 %3").arg(f).arg(all[2 * f]).arg(all[2 * f + 1])));
        QVERIFY(std::isnan(all[4]) && std::isnan(all[5]));
        // The widest stretch over all parts wins: the 4-wide part at x 10..14.
        QCOMPARE(all[2], 12.0);
    }
    void zeroAreaFallsBackToLine() {
        PolygonLayer l;
        const double flat[] = {0, 0, 4, 0, 0, 0};
        l.beginPart();
        l.addRing(flat, 3);
        l.endPart();
        l.endFeature();
        const auto c = featureCentroid(l, 0);
        QCOMPARE(c[0], 2.0);
        QCOMPARE(c[1], 0.0);
    }
};

QTEST_APPLESS_MAIN(TestKnn)
#include "tst_knn.moc"
