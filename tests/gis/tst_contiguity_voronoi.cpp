// SPDX-License-Identifier: GPL-3.0-or-later
// Queen and rook contiguity on a synthetic Voronoi layer (the shape of the national-scale
// synthetic layers) equal spdep::poly2nb's, cell for cell: tests/data/reference/voronoi_nb/
// (cells.wkt and the lists written by voronoi_nb.R).
#include "gis/contiguity.h"

#include <QtTest>

#include <ogr_geometry.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

using namespace swingmap;
using namespace swingmap::gis;

namespace {

const std::string kDir = std::string(TEST_DATA_DIR) + "/reference/voronoi_nb/";

/// cells.wkt as a layer, one feature a line; false when a line is not a polygon.
bool readCells(PolygonLayer& l) {
    std::ifstream in(kDir + "cells.wkt");
    std::string line;
    std::vector<double> xy;
    while (std::getline(in, line)) {
        OGRGeometry* g = nullptr;
        if (OGRGeometryFactory::createFromWkt(line.c_str(), nullptr, &g) != OGRERR_NONE || !g)
            return false;
        std::unique_ptr<OGRGeometry> owned(g);
        if (wkbFlatten(g->getGeometryType()) != wkbPolygon) return false;
        const OGRPolygon* poly = g->toPolygon();
        l.beginPart();
        for (int r = 0; r <= poly->getNumInteriorRings(); ++r) {
            const OGRLinearRing* ring =
                r == 0 ? poly->getExteriorRing() : poly->getInteriorRing(r - 1);
            xy.clear();
            for (int i = 0; i < ring->getNumPoints(); ++i) {
                xy.push_back(ring->getX(i));
                xy.push_back(ring->getY(i));
            }
            l.addRing(xy.data(), xy.size() / 2);
        }
        l.endPart();
        l.endFeature();
    }
    return l.featureCount() > 0;
}

/// "<type> <index> <neighbours>" lines of type `type`, by index.
std::map<std::size_t, std::vector<uint32_t>> reference(const std::string& type) {
    std::ifstream in(kDir + "voronoi_nb.txt");
    std::map<std::size_t, std::vector<uint32_t>> out;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream s(line);
        std::string t, list;
        std::size_t i = 0;
        s >> t >> i >> list;
        if (t != type) continue;
        auto& v = out[i];
        if (list == "-") continue;
        std::istringstream items(list);
        for (std::string item; std::getline(items, item, ',');)
            v.push_back(static_cast<uint32_t>(std::stoul(item)));
    }
    return out;
}

} // namespace

class TestContiguityVoronoi : public QObject {
    Q_OBJECT
private slots:
    void equalsPoly2nb_data() {
        QTest::addColumn<bool>("queen");
        QTest::newRow("queen") << true;
        QTest::newRow("rook") << false;
    }
    void equalsPoly2nb() {
        QFETCH(bool, queen);
        PolygonLayer cells;
        QVERIFY(readCells(cells));
        const auto expected = reference(queen ? "queen" : "rook");
        QCOMPARE(expected.size(), cells.featureCount());
        const Neighbours nb = queen ? queenContiguity(cells) : rookContiguity(cells);
        QCOMPARE(nb.size(), cells.featureCount());
        std::size_t links = 0;
        for (std::size_t i = 0; i < nb.size(); ++i) {
            const std::vector<uint32_t> got(nb.index.begin() + nb.offset[i],
                                            nb.index.begin() + nb.offset[i + 1]);
            QVERIFY2(got == expected.at(i), qPrintable(QString("cell %1").arg(i)));
            links += got.size();
        }
        QVERIFY(links > 5 * nb.size()); // a real mesh, not a file of islands
    }
    void latticeCornersAreQueenOnly() {
        // the lattice block's square cells: 4 rook neighbours inside, 8 queen ones
        const auto q = reference("queen"), r = reference("rook");
        std::size_t differ = 0;
        for (const auto& [i, v] : q)
            differ += v != r.at(i);
        QVERIFY(differ >= 64);
    }
};

QTEST_GUILESS_MAIN(TestContiguityVoronoi)
#include "tst_contiguity_voronoi.moc"
