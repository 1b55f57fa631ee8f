// SPDX-License-Identifier: GPL-3.0-or-later
// Areas grouped by a second polygon layer (the atlas's grouping layer): (a) the largest-overlap
// rule on a hand-written overlap matrix (ties, duplicate pairs, areas without overlap, minShare,
// straddling); (b) Karlsruhe's 2017 polling districts grouped by the 27 Stadtteile layer give,
// for every district, the Stadtteil the city's own `stadtteil` column names; (c) a missing name
// column is an error listing the columns.
#include "core/grouping.h"
#include "gis/grouping.h"
#include "gis/reader.h"

#include <QtTest>

using namespace swingmap;

namespace {
const std::string kKarlsruhe =
    std::string(SHARED_DATA_DIR) +
    "/de_karlsruhe_wahlbezirke_btw2013_2017/boundaries/karlsruhe_wahlbezirke.gpkg";
}

class TstGrouping : public QObject {
    Q_OBJECT
private slots:
    void largestOverlap();
    void karlsruheStadtteile();
    void missingNameColumn();
};

void TstGrouping::largestOverlap() {
    OverlapMatrix m;
    // area 0: 6 in group 1, 4 in group 0 (own area 10) -> group 1, share 0.6, straddling
    // area 1: 5 + 5 in groups 2 and 0 -> tie, the lower index 0
    // area 2: no overlap -> -1
    // area 3: 3 + 3 in group 2 as two duplicate entries (own 6.5) -> group 2, share 6/6.5
    // area 4: 1 in group 0 of own 10 -> below minShare 0.2 -> -1
    m.source = {0, 0, 1, 1, 3, 3, 4};
    m.target = {0, 1, 2, 0, 2, 2, 0};
    m.area = {4, 6, 5, 5, 3, 3, 1};
    m.sourceArea = {10, 10, 0, 6.5, 10};
    m.targetArea = {20, 20, 20};
    const GroupAssignment g = assignByLargestOverlap(m, 0.2, 0.9);
    QCOMPARE(g.group, (std::vector<int>{1, 0, -1, 2, -1}));
    QCOMPARE(g.share[0], 0.6);
    QCOMPARE(g.share[3], 6.0 / 6.5);
    QCOMPARE(g.unassigned, std::size_t(2));
    QCOMPARE(g.straddling, std::size_t(2)); // areas 0 (0.6) and 1 (0.5)
}

void TstGrouping::karlsruheStadtteile() {
    SourceSpec districts;
    districts.path = kKarlsruhe;
    districts.layer = "wb_btw2017";
    districts.key = "code";
    auto areas = gis::readPolygonLayer(districts, "EPSG:25832");
    QVERIFY2(areas, areas ? "" : areas.error().c_str());
    auto own = areas->attributes.column("stadtteil");
    QVERIFY(own);
    SourceSpec groups;
    groups.path = kKarlsruhe;
    groups.layer = "stadtteile";
    groups.name = "stadtteil";
    auto g = gis::groupAreas(gis::CrsLayer{&areas->geometry, areas->crsWkt}, groups);
    QVERIFY2(g, g ? "" : g.error().c_str());
    QCOMPARE(g->names.size(), std::size_t(27));
    QCOMPARE(g->perArea.size(), areas->geometry.featureCount());
    std::size_t agree = 0;
    QStringList differ;
    for (std::size_t i = 0; i < g->perArea.size(); ++i) {
        if (g->perArea[i] == (**own)[i])
            ++agree;
        else
            differ << QString::fromStdString((**own)[i] + " -> " + g->perArea[i]);
    }
    qInfo("Karlsruhe: %zu of %zu districts in their own Stadtteil; %zu straddle (< 90 %% inside)",
          agree, g->perArea.size(), g->assignment.straddling);
    QVERIFY2(agree == g->perArea.size(), qPrintable(differ.join("; ")));
    QCOMPARE(g->assignment.unassigned, std::size_t(0));
    QCOMPARE(g->geosFailures, std::size_t(0));
}

void TstGrouping::missingNameColumn() {
    SourceSpec districts;
    districts.path = kKarlsruhe;
    districts.layer = "wb_btw2017";
    auto areas = gis::readPolygonLayer(districts, "EPSG:25832");
    QVERIFY(areas);
    SourceSpec groups;
    groups.path = kKarlsruhe;
    groups.layer = "stadtteile";
    groups.name = "Stadtteilname";
    auto g = gis::groupAreas(gis::CrsLayer{&areas->geometry, areas->crsWkt}, groups);
    QVERIFY(!g);
    QVERIFY2(g.error().find("stadtteil_nr") != std::string::npos, g.error().c_str());
    groups.name.clear();
    g = gis::groupAreas(gis::CrsLayer{&areas->geometry, areas->crsWkt}, groups);
    QVERIFY(!g);
    QVERIFY2(g.error().find("name column") != std::string::npos, g.error().c_str());
}

QTEST_GUILESS_MAIN(TstGrouping)
#include "tst_grouping.moc"
