// SPDX-License-Identifier: GPL-3.0-or-later
// Rebuilding the geometry of aggregated areas (gis/dissolve.h): synthetic grids with known
// unions, overlapping members, and real districts dissolved into Stadtteile (Karlsruhe's
// upstream Stadtteil layer was itself derived by dissolving the districts).
#include "core/dissolve.h"
#include "gis/dissolve.h"
#include "gis/overlay.h"
#include "gis/reader.h"

#include <QTest>
#include <cmath>
#include <map>

using namespace swingmap;
using namespace swingmap::gis;

namespace {
PolygonLayer squares(const std::vector<BBox>& boxes) {
    PolygonLayer l;
    for (const BBox& b : boxes) {
        const std::vector<double> r{b.minX, b.minY, b.maxX, b.minY, b.maxX,
                                    b.maxY, b.minX, b.maxY, b.minX, b.minY};
        l.beginPart();
        l.addRing(r.data(), 5);
        l.endPart();
        l.endFeature();
    }
    return l;
}

double totalArea(const PolygonLayer& l) {
    double a = 0;
    for (std::size_t f = 0; f < l.featureCount(); ++f)
        a += featureArea(l, f);
    return a;
}
} // namespace

class TestGisDissolve : public QObject {
    Q_OBJECT
private slots:
    void gridIntoBlocks();
    void overlappingMembers();
    void karlsruheStadtteile();
};

// A 4 × 4 grid of 100 m cells, grouped by 2 × 2 blocks ("PC4"): four squares of 200 m, each
// one ring of 4 corners (coverage union removes the inner edges; collinear points may stay).
void TestGisDissolve::gridIntoBlocks() {
    std::vector<BBox> cells;
    std::vector<std::string> keys;
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c) {
            cells.push_back({c * 100.0, r * 100.0, c * 100.0 + 100, r * 100.0 + 100});
            keys.push_back(std::to_string(r / 2) + std::to_string(c / 2) + "XY");
        }
    const PolygonLayer grid = squares(cells);
    const DissolveGroups g = groupByKey(keys, 2);
    QCOMPARE(g.keys.size(), std::size_t{4});
    DissolveInfo info;
    auto merged = dissolveByGroup(grid, g, &info);
    QVERIFY2(merged.ok(), merged.ok() ? "" : merged.error().c_str());
    QCOMPARE(merged->featureCount(), std::size_t{4});
    QCOMPARE(info.coverageUnions, std::size_t{4});
    QCOMPARE(info.failures, std::size_t{0});
    for (std::size_t f = 0; f < 4; ++f) {
        QCOMPARE(merged->featurePart[f + 1] - merged->featurePart[f], 1u); // one part
        QVERIFY(std::fabs(featureArea(*merged, f) - 40000) < 1e-9);
        const BBox& b = merged->bbox[f];
        QCOMPARE(b.width(), 200.0);
        QCOMPARE(b.height(), 200.0);
    }
    QCOMPARE(merged->bbox[3].minX, 200.0); // group "11" = the top-right block
    QCOMPARE(merged->bbox[3].minY, 200.0);
}

// Two overlapping squares and a disjoint one in one group: coverage union cannot handle the
// overlap, the general union does; the disjoint square stays a second part.
void TestGisDissolve::overlappingMembers() {
    const PolygonLayer l = squares({{0, 0, 100, 100}, {50, 0, 150, 100}, {300, 0, 400, 100}});
    DissolveInfo info;
    auto merged = dissolveByGroup(l, groupByKey({"a", "a", "a"}), &info);
    QVERIFY(merged.ok());
    QCOMPARE(info.fullUnions, std::size_t{1});
    QCOMPARE(merged->featurePart[1] - merged->featurePart[0], 2u);
    QVERIFY(std::fabs(featureArea(*merged, 0) - 25000) < 1e-9);
    QVERIFY(!dissolveByGroup(l, groupByKey({"a"})).ok());
}

// Karlsruhe's 2013 districts (code "SSS-NN") dissolved by the 3-character prefix give the 27
// Stadtteile; each matches upstream's Stadtteil polygon (derived the same way), IoU > 0.9999.
void TestGisDissolve::karlsruheStadtteile() {
    const std::string gpkg = std::string(SHARED_DATA_DIR) +
                             "/de_karlsruhe_wahlbezirke_btw2013_2017/boundaries/"
                             "karlsruhe_wahlbezirke.gpkg";
    if (!QFile::exists(QString::fromStdString(gpkg))) QSKIP("../shared/data is not available");
    SourceSpec spec;
    spec.path = gpkg;
    spec.layer = "wb_btw2013";
    spec.key = "code";
    auto districts = readPolygonLayer(spec, "EPSG:25832");
    spec.layer = "stadtteile";
    spec.key = "stadtteil_nr";
    auto upstream = readPolygonLayer(spec, "EPSG:25832");
    QVERIFY(districts.ok() && upstream.ok());
    const DissolveGroups g = groupByKey(*districts->attributes.column("code").value(), 3);
    QCOMPARE(g.keys.size(), std::size_t{27});
    DissolveInfo info;
    auto merged = dissolveByGroup(districts->geometry, g, &info);
    QVERIFY(merged.ok());
    QCOMPARE(info.failures, std::size_t{0});
    QVERIFY(std::fabs(totalArea(*merged) - totalArea(districts->geometry)) <
            1e-6 * totalArea(districts->geometry));
    // match each dissolved Stadtteil with upstream's by number ("001" ↔ 1)
    std::map<int, std::size_t> upstreamOf;
    const auto& nr = *upstream->attributes.column("stadtteil_nr").value();
    for (std::size_t k = 0; k < nr.size(); ++k)
        upstreamOf[std::stoi(nr[k])] = k;
    auto ov = overlayLayers({&*merged, districts->crsWkt}, {&upstream->geometry, upstream->crsWkt});
    QVERIFY(ov.ok());
    std::size_t matched = 0;
    double worst = 1;
    for (std::size_t e = 0; e < ov->matrix.size(); ++e) {
        const std::size_t s = ov->matrix.source[e], t = ov->matrix.target[e];
        if (upstreamOf.at(std::stoi(g.keys[s])) != t) continue;
        const double iou = ov->matrix.area[e] / (ov->matrix.sourceArea[s] +
                                                 ov->matrix.targetArea[t] - ov->matrix.area[e]);
        worst = std::min(worst, iou);
        ++matched;
    }
    qInfo("27 Stadtteile: %zu coverage unions, %zu general unions; lowest IoU with upstream "
          "%.6f",
          info.coverageUnions, info.fullUnions, worst);
    QCOMPARE(matched, std::size_t{27});
    QVERIFY(worst > 0.9999);
}

QTEST_APPLESS_MAIN(TestGisDissolve)
#include "tst_dissolve_geometry.moc"
