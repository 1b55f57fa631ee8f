// SPDX-License-Identifier: GPL-3.0-or-later
// Queen contiguity as spdep::poly2nb(queen = TRUE) on hand-made layers.
#include "gis/contiguity.h"

#include <QtTest>

using namespace swingmap;
using namespace swingmap::gis;

namespace {
void addSquare(PolygonLayer& l, double x, double y, double s = 1) {
    const double ring[] = {x, y, x + s, y, x + s, y + s, x, y + s, x, y};
    l.beginPart();
    l.addRing(ring, 5);
    l.endPart();
}

std::vector<uint32_t> neighboursOf(const Neighbours& nb, std::size_t i) {
    return {nb.index.begin() + nb.offset[i], nb.index.begin() + nb.offset[i + 1]};
}

/// 3×3 grid of unit squares, numbered row by row from the bottom left.
PolygonLayer grid() {
    PolygonLayer l;
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c) {
            addSquare(l, c, r);
            l.endFeature();
        }
    return l;
}
} // namespace

class TestContiguity : public QObject {
    Q_OBJECT
private slots:
    void queenCountsCorners() {
        const Neighbours nb = queenContiguity(grid());
        QCOMPARE(nb.size(), std::size_t(9));
        QCOMPARE(neighboursOf(nb, 4), (std::vector<uint32_t>{0, 1, 2, 3, 5, 6, 7, 8}));
        QCOMPARE(neighboursOf(nb, 0), (std::vector<uint32_t>{1, 3, 4}));
        QCOMPARE(nb.linkCount(), std::size_t(40)); // as spdep: sum(card(poly2nb(grid)))
        QCOMPARE(nb.islandCount(), std::size_t(0));
    }

    void symmetric() {
        const Neighbours nb = queenContiguity(grid());
        for (std::size_t i = 0; i < nb.size(); ++i)
            for (uint32_t j : neighboursOf(nb, i)) {
                const auto back = neighboursOf(nb, j);
                QVERIFY(std::find(back.begin(), back.end(), i) != back.end());
            }
    }

    void islandsAndEmptyGeometry() {
        PolygonLayer l = grid();
        addSquare(l, 10, 10); // far away
        l.endFeature();
        l.endFeature(); // no geometry
        const Neighbours nb = queenContiguity(l);
        QCOMPARE(nb.size(), std::size_t(11));
        QCOMPARE(nb.degree(9), std::size_t(0));
        QCOMPARE(nb.degree(10), std::size_t(0));
        QCOMPARE(nb.islandCount(), std::size_t(2));
    }

    void snapDistance_data() {
        QTest::addColumn<double>("gap");
        QTest::addColumn<double>("snap");
        QTest::addColumn<bool>("touch");
        QTest::newRow("exactly shared") << 0.0 << kDefaultSnap << true;
        QTest::newRow("within default snap") << 1e-9 << kDefaultSnap << true;
        QTest::newRow("beyond default snap") << 1e-6 << kDefaultSnap << false;
        QTest::newRow("wider snap") << 1e-6 << 1e-5 << true;
    }
    void snapDistance() {
        QFETCH(double, gap);
        QFETCH(double, snap);
        QFETCH(bool, touch);
        PolygonLayer l;
        addSquare(l, 100, 200);
        l.endFeature();
        addSquare(l, 101 + gap, 200);
        l.endFeature();
        QCOMPARE(queenContiguity(l, snap).degree(0), std::size_t(touch ? 1 : 0));
    }

    void multipartAndHoles() {
        PolygonLayer l;
        // feature 0: a 3×3 square with a 1×1 hole, plus a detached part far away
        const double shell[] = {0, 0, 3, 0, 3, 3, 0, 3, 0, 0};
        const double hole[] = {1, 1, 1, 2, 2, 2, 2, 1, 1, 1};
        l.beginPart();
        l.addRing(shell, 5);
        l.addRing(hole, 5);
        l.endPart();
        addSquare(l, 20, 20);
        l.endFeature();
        addSquare(l, 1, 1); // feature 1 fills the hole
        l.endFeature();
        addSquare(l, 21, 20); // feature 2 touches the detached part
        l.endFeature();
        const Neighbours nb = queenContiguity(l);
        QCOMPARE(neighboursOf(nb, 0), (std::vector<uint32_t>{1, 2}));
        QCOMPARE(neighboursOf(nb, 1), (std::vector<uint32_t>{0}));
    }
};

QTEST_GUILESS_MAIN(TestContiguity)
#include "tst_contiguity.moc"
