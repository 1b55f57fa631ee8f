// SPDX-License-Identifier: GPL-3.0-or-later
// The swing-street score (core/streets.h) on a small case computed by hand
// (docs/methods-notes.md, "Streets").
#include "core/projectpaths.h"
#include "core/streets.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace swingmap;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Four areas: A0 gained ground (+6, 100 potential votes), A1 battle-zone (-2, 50), A2 suppressed
// (its figures blanked as applyPrivacy leaves them), A3 no class (+1, 30).
struct Case {
    Dataset data;
    Analysis analysis;
    StreetLayer streets;
};

Case makeCase(double suppressedLength = 500, double suppressedOnly = 400) {
    Case c;
    c.data.keys = {"A0", "A1", "A2", "A3"};
    c.data.names = {"North", "East", "Hamlet", "South"};
    AreaFigures& f = c.analysis.areas;
    f.potentialVotes = {100, 50, kNaN, 30};
    f.shareChange = {6, -2, kNaN, 1};
    f.cls = {AreaClass::Gained, AreaClass::BattleZone, AreaClass::None, AreaClass::None};
    f.suppressed = {0, 0, 1, 0};
    c.analysis.settings.rules.gainThreshold = 5;
    StreetLayer& s = c.streets;
    s.names = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"};
    s.roadClass = {"residential", "primary", "", "footway", "residential", ""};
    // L(A0) = 1000, L(A1) = 400, L(A2) = suppressedLength + suppressedOnly, L(A3) = 1000
    s.lengths = {{0, 0, 200},
                 {0, 1, 300}, // Alpha: A0 and A1
                 {1, 0, 800}, // Beta: A0
                 {2, 1, 100},
                 {2, 2, suppressedLength}, // Gamma: A1 and the suppressed A2
                 {3, 2, suppressedOnly},   // Delta: only the suppressed A2
                 {4, 3, 1000}};            // Epsilon: A3; Zeta: outside every area
    return c;
}
} // namespace

class TestStreets : public QObject {
    Q_OBJECT
private slots:
    void score_data() {
        QTest::addColumn<QString>("street");
        QTest::addColumn<int>("rank");
        QTest::addColumn<double>("km");
        QTest::addColumn<double>("votes");
        QTest::addColumn<double>("perKm");
        QTest::addColumn<double>("change");
        QTest::addColumn<QString>("cls");
        QTest::addColumn<bool>("swing");
        QTest::addColumn<int>("areas");
        // Gamma: 50 × 100/400 = 12.5 votes on 0.1 km (its 500 m in A2 count for nothing)
        QTest::newRow("Gamma") << "Gamma" << 1 << 0.1 << 12.5 << 125.0 << -2.0 << "battle_zone"
                               << true << 1;
        // Alpha: 100 × 200/1000 + 50 × 300/400 = 57.5 on 0.5 km; change (6·200 − 2·300)/500
        QTest::newRow("Alpha") << "Alpha" << 2 << 0.5 << 57.5 << 115.0 << 1.2 << "battle_zone"
                               << true << 2;
        // Beta: 100 × 800/1000 = 80 on 0.8 km; +6 is a large swing
        QTest::newRow("Beta") << "Beta" << 3 << 0.8 << 80.0 << 100.0 << 6.0 << "gained_ground"
                              << true << 1;
        // Epsilon: 30 × 1000/1000 on 1 km; +1 in an area without a class: no swing-street
        QTest::newRow("Epsilon") << "Epsilon" << 4 << 1.0 << 30.0 << 30.0 << 1.0 << "none" << false
                                 << 1;
    }
    void score() {
        QFETCH(QString, street);
        QFETCH(int, rank);
        QFETCH(double, km);
        QFETCH(double, votes);
        QFETCH(double, perKm);
        QFETCH(double, change);
        QFETCH(QString, cls);
        QFETCH(bool, swing);
        QFETCH(int, areas);
        const Case c = makeCase();
        const StreetRanking r = rankStreets(c.streets, c.data, c.analysis);
        const StreetScore* found = nullptr;
        for (const auto& sc : r.listed)
            if (c.streets.names[sc.street] == street.toStdString()) found = &sc;
        QVERIFY(found);
        QCOMPARE(int(found->rank), rank);
        QVERIFY(std::fabs(found->km - km) < 1e-12);
        QVERIFY(std::fabs(found->potentialVotes - votes) < 1e-9);
        QVERIFY(std::fabs(found->perKm - perKm) < 1e-9);
        QVERIFY(std::fabs(found->shareChange - change) < 1e-12);
        QCOMPARE(QString::fromUtf8(classId(found->cls)), cls);
        QCOMPARE(found->swingStreet, swing);
        QCOMPARE(int(found->areas.size()), areas);
    }

    void countsAndPrivacy() {
        const Case c = makeCase();
        const StreetRanking r = rankStreets(c.streets, c.data, c.analysis);
        QCOMPARE(r.listed.size(), std::size_t(4)); // Delta (only A2) and Zeta (outside) are not
        QCOMPARE(r.notListedPrivacy, std::size_t(1));
        QCOMPARE(r.outside, std::size_t(1));
        QCOMPARE(r.swingStreets, std::size_t(3));
        QVERIFY(std::fabs(r.kmListed - 2.4) < 1e-12);
        const std::string csv = streetsCsv(c.streets, c.data, r);
        QVERIFY(csv.find("Delta") == std::string::npos);
        QVERIFY(csv.find("A2") == std::string::npos);
        QVERIFY(csv.rfind("rank,street,road_class,class,km,areas_crossed,potential_votes,per_km,"
                          "share_change,swing_street,area_keys\n",
                          0) == 0);
        QVERIFY(csv.find("\n2,Alpha,residential,battle_zone,0.500,2,57.5,115.0,1.20,yes,A1;A0\n") !=
                std::string::npos);
        const auto j = streetsReport(c.streets, r, 2);
        QCOMPARE(j["top"].size(), std::size_t(2));
        QCOMPARE(j["not_listed_privacy"].get<int>(), 1);
        QCOMPARE(j["top"][0]["street"].get<std::string>(), std::string("Gamma"));
    }

    /// Streets inside one area share its votes per km (up to rounding): the longer street, with
    /// more potential votes, ranks first, then the name decides; never the rounding noise.
    void tiesInOneArea() {
        Case c = makeCase();
        c.analysis.areas.potentialVotes[3] = 0.7; // 0.7 votes/km of street in A3
        StreetLayer& s = c.streets;
        s.names = {"Zulu", "Alpha", "Mike", "Echo"};
        s.roadClass = {"", "", "", ""};
        s.lengths = {{0, 3, 300.0 / 7}, {1, 3, 100.0 / 3}, {2, 3, 300.0 / 7}, {3, 3, 0.1 * 3}};
        const StreetRanking r = rankStreets(s, c.data, c.analysis);
        QCOMPARE(r.listed.size(), std::size_t(4));
        QStringList order;
        for (const auto& sc : r.listed)
            order << QString::fromStdString(s.names[sc.street]);
        // Mike and Zulu: same length, by name; then Alpha (shorter), then Echo (0.3 m)
        QCOMPARE(order, (QStringList{"Mike", "Zulu", "Alpha", "Echo"}));
    }

    /// Whatever the suppressed area holds (its street lengths), no listed figure changes.
    void suppressedAreaChangesNothing_data() {
        QTest::addColumn<double>("inside");
        QTest::addColumn<double>("only");
        QTest::newRow("short") << 1.0 << 1.0;
        QTest::newRow("long") << 90000.0 << 12345.0;
    }
    void suppressedAreaChangesNothing() {
        QFETCH(double, inside);
        QFETCH(double, only);
        const Case base = makeCase(), other = makeCase(inside, only);
        const StreetRanking a = rankStreets(base.streets, base.data, base.analysis);
        const StreetRanking b = rankStreets(other.streets, other.data, other.analysis);
        QCOMPARE(streetsCsv(other.streets, other.data, b), streetsCsv(base.streets, base.data, a));
        QCOMPARE(streetsReport(other.streets, b).dump(), streetsReport(base.streets, a).dump());
    }

    /// The project's "streets": defaults, listed among the files read (outside the folder
    /// too), the network refused without allow_remote.
    void projectStreets() {
        const std::string base = R"({"boundaries": {"path": "b.gpkg", "key": "code"},
            "analysis": {"outcome": "pop"}, "streets": )";
        auto p = parseProject(base + R"({"path": "../osm/city.osm.pbf", "classes": ["primary"]}})",
                              "/data/project/project.json");
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().c_str());
        QVERIFY(p->streets && p->streets->enabled());
        QCOMPARE(p->streets->source.path, std::string("/data/osm/city.osm.pbf"));
        QCOMPARE(p->streets->nameField, std::string("name"));
        QCOMPARE(p->streets->classField, std::string("highway"));
        QCOMPARE(p->streets->classes, std::vector<std::string>{"primary"});
        bool listed = false;
        for (const auto& in : inputsToConfirm(*p))
            listed = listed || (in.key == "$.streets.path" && in.outside);
        QVERIFY(listed);
        auto remote = parseProject(base + R"({"path": "/vsicurl/http://example.org/s.gpkg"}})",
                                   "/data/project/project.json");
        QVERIFY(!remote.ok());
        QVERIFY2(remote.error().find("$.streets.path") != std::string::npos,
                 remote.error().c_str());
        auto bad = parseProject(base + R"({"path": "s.gpkg", "colour": "red"}})",
                                "/data/project/project.json");
        QVERIFY(!bad.ok()); // additionalProperties: false
        auto none = parseProject(R"({"boundaries": {"path": "b.gpkg", "key": "code"},
            "analysis": {"outcome": "pop"}})",
                                 "/data/project/project.json");
        QVERIFY(none.ok() && !none->streets);
    }

    /// An area's potential is shared out over its streets: the streets' votes add up to it.
    void votesAddUpToAreas() {
        Case c = makeCase();
        c.streets.lengths.push_back({5, 3, 0}); // a zero-length touch does not list Zeta
        const StreetRanking r = rankStreets(c.streets, c.data, c.analysis);
        double total = 0;
        for (const auto& sc : r.listed)
            total += sc.potentialVotes;
        QVERIFY(std::fabs(total - (100 + 50 + 30)) < 1e-9);
    }
};

QTEST_APPLESS_MAIN(TestStreets)
#include "tst_streets.moc"
