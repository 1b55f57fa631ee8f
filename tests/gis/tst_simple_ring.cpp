// SPDX-License-Identifier: GPL-3.0-or-later
// provablySimpleRing (gis/simple_ring.h) lets the boundary reader skip GEOS validation: it must
// never call a ring simple that GEOS finds invalid as a polygon shell. Checked on hand-made cases
// and on many random rings full of degeneracies (collinear points, touches, spikes, repeats,
// one-ulp perturbations), each judged by GEOS through OGR.
#include "gis/simple_ring.h"

#include <QtTest>

#include <cpl_error.h>
#include <ogr_geometry.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace swingmap::gis;

namespace {

std::vector<double> closed(std::vector<double> xy) {
    xy.push_back(xy[0]);
    xy.push_back(xy[1]);
    return xy;
}

bool geosValid(const std::vector<double>& xy) {
    OGRPolygon poly;
    auto* ring = new OGRLinearRing;
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
        ring->addPoint(xy[i], xy[i + 1]);
    poly.addRingDirectly(ring);
    return poly.IsValid();
}

bool simple(const std::vector<double>& xy) {
    return provablySimpleRing(xy.data(), xy.size() / 2);
}

} // namespace

class TestSimpleRing : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { CPLPushErrorHandler(CPLQuietErrorHandler); } // GEOS's verdicts
    void handMade_data();
    void handMade();
    void neverValidWhereGeosIsNot_data();
    void neverValidWhereGeosIsNot();
};

void TestSimpleRing::handMade_data() {
    QTest::addColumn<std::vector<double>>("ring");
    QTest::addColumn<bool>("simple");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("square") << closed({0, 0, 1, 0, 1, 1, 0, 1}) << true;
    QTest::newRow("square clockwise") << closed({0, 0, 0, 1, 1, 1, 1, 0}) << true;
    QTest::newRow("triangle") << closed({0, 0, 1, 0, 0, 1}) << true;
    QTest::newRow("repeated points") << closed({0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 0, 1}) << true;
    QTest::newRow("concave L") << closed({0, 0, 2, 0, 2, 1, 1, 1, 1, 2, 0, 2}) << true;
    QTest::newRow("real coordinates")
        << closed({155000.125, 463000.5, 155010.25, 463000.5, 155005.0, 463008.75}) << true;
    QTest::newRow("bow-tie") << closed({0, 0, 1, 1, 1, 0, 0, 1}) << false;
    QTest::newRow("spike") << closed({0, 0, 2, 0, 3, 0, 2, 0, 2, 2}) << false;
    QTest::newRow("collinear vertex") << closed({0, 0, 1, 0, 2, 0, 2, 2}) << false;
    QTest::newRow("all collinear") << closed({0, 0, 1, 0, 2, 0}) << false;
    QTest::newRow("touches itself") << closed({0, 0, 4, 0, 4, 4, 2, 0, 0, 4}) << false;
    QTest::newRow("vertex twice") << closed({0, 0, 2, 0, 2, 2, 1, 1, 2, 1, 1, 1, 0, 2}) << false;
    QTest::newRow("two points") << closed({0, 0, 1, 0}) << false;
    QTest::newRow("not closed") << std::vector<double>{0, 0, 1, 0, 1, 1, 0, 1} << false;
    QTest::newRow("NaN") << closed({0, 0, nan, 0, 1, 1}) << false;
    QTest::newRow("sliver one ulp off the line")
        << closed({0, 0, 1, 0, 2, std::nextafter(0.0, 1.0)}) << false;
}

void TestSimpleRing::handMade() {
    QFETCH(std::vector<double>, ring);
    QFETCH(bool, simple);
    QCOMPARE(::simple(ring), simple);
    if (simple) QVERIFY(geosValid(ring));
}

void TestSimpleRing::neverValidWhereGeosIsNot_data() {
    QTest::addColumn<int>("grid"); // coordinates on a grid this coarse: many degeneracies
    QTest::addColumn<double>("scale");
    QTest::addColumn<double>("offset");
    QTest::newRow("3x3 grid") << 3 << 1.0 << 0.0;
    QTest::newRow("5x5 grid") << 5 << 1.0 << 0.0;
    QTest::newRow("50x50 grid") << 50 << 1.0 << 0.0;
    QTest::newRow("grid in metres far from the origin") << 8 << 0.1 << 463000.0;
    QTest::newRow("grid in degrees") << 8 << 1e-7 << 52.1;
}

void TestSimpleRing::neverValidWhereGeosIsNot() {
    QFETCH(int, grid);
    QFETCH(double, scale);
    QFETCH(double, offset);
    std::mt19937 rng(2026);
    std::uniform_int_distribution<int> cell(0, grid - 1), size(3, 9), ulps(-2, 2), coin(0, 3);
    int accepted = 0, geosValidCount = 0;
    for (int k = 0; k < 20000; ++k) {
        std::vector<double> xy;
        const int m = size(rng);
        for (int i = 0; i < m; ++i)
            for (int c = 0; c < 2; ++c) {
                double v = offset + scale * cell(rng);
                if (coin(rng) == 0) // nudge by a few ulps: orientations too close to call
                    for (int u = ulps(rng); u != 0; u += u > 0 ? -1 : 1)
                        v = std::nextafter(v, u > 0 ? 1e300 : -1e300);
                xy.push_back(v);
            }
        xy = closed(xy);
        const bool valid = geosValid(xy);
        geosValidCount += valid;
        if (simple(xy)) {
            ++accepted;
            if (!valid) {
                QString ring;
                for (double v : xy)
                    ring += QString::number(v, 'g', 17) + " ";
                QFAIL(qPrintable("simple but invalid in GEOS: " + ring));
            }
        }
    }
    // the shortcut is taken for most rings GEOS finds valid (else it saves nothing)
    QVERIFY2(accepted > geosValidCount / 2,
             qPrintable(QString("%1 of %2").arg(accepted).arg(geosValidCount)));
}

QTEST_GUILESS_MAIN(TestSimpleRing)
#include "tst_simple_ring.moc"
