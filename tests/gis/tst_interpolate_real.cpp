// SPDX-License-Identifier: GPL-3.0-or-later
// Areal interpolation on real redrawn polling districts against a hand-written R reference
// (tests/data/reference/interp_dresden/make_fixture.R: st_intersection, polygon parts, share of
// the source area, sum per target): Dresden Landtag 2019 districts → 2024 districts in
// EPSG:25833 and Karlsruhe Bundestag 2013 → 2017 districts in EPSG:25832, moving the polling-
// station (urne) counts. The data are read in place from ../shared/data.
#include "core/interpolate.h"
#include "gis/overlay.h"
#include "gis/reader.h"
#include "tests/common/r_fixture.h"

#include <QTest>
#include <cmath>
#include <map>

using namespace swingmap;

namespace {
const std::string kShared = SHARED_DATA_DIR;
const std::string kRef = std::string(PROJECT_DIR) + "/tests/data/reference/";

struct City {
    std::string dir, gpkg, sourceLayer, targetLayer, key, csv, crs, fixture;
    std::vector<std::string> columns;
};

City dresden() {
    return {kShared + "/de_dresden_wahlbezirke_2019_2024",
            "boundaries/dresden_wahlbezirke.gpkg",
            "wb_ltw2019",
            "wb_ltw2024",
            "wb",
            "elections/2019_landtag.csv",
            "EPSG:25833",
            "interp_dresden",
            {"electorate", "voters", "valid", "cdu", "afd", "linke", "gruene", "spd", "fdp",
             "sonstige"}};
}

City karlsruhe() {
    return {kShared + "/de_karlsruhe_wahlbezirke_btw2013_2017",
            "boundaries/karlsruhe_wahlbezirke.gpkg",
            "wb_btw2013",
            "wb_btw2017",
            "code",
            "elections/2013.csv",
            "EPSG:25832",
            "interp_karlsruhe",
            {"electorate", "voters", "valid", "cdu", "spd", "gruene", "fdp", "afd", "linke"}};
}

struct Run {
    gis::LoadedLayer source, target;
    std::vector<CountColumn> counts;
    gis::OverlayResult overlay;
    InterpolationResult moved;
};

/// Reads both layers (reprojected to `crs`, or as stored when ""), joins the urne rows of the
/// election file to the source polygons on the key, overlays and moves the counts.
Run run(const City& c, const std::string& crs) {
    Run r;
    SourceSpec spec;
    spec.path = c.dir + "/" + c.gpkg;
    spec.key = c.key;
    spec.layer = c.sourceLayer;
    auto s = gis::readPolygonLayer(spec, crs);
    spec.layer = c.targetLayer;
    auto t = gis::readPolygonLayer(spec, crs);
    if (!s || !t) qFatal("reading %s: %s", spec.path.c_str(), (s ? t : s).error().c_str());
    r.source = std::move(*s), r.target = std::move(*t);
    SourceSpec csv;
    csv.path = c.dir + "/" + c.csv;
    auto table = gis::readTable(csv);
    if (!table) qFatal("%s", table.error().c_str());
    std::map<std::string, std::size_t> rowOf;
    const auto& code = *table->column("code").value();
    const auto& type = *table->column("district_type").value();
    for (std::size_t i = 0; i < table->rowCount(); ++i)
        if (type[i] == "urne") rowOf[code[i]] = i;
    const auto& keys = *r.source.attributes.column(c.key).value();
    for (const std::string& col : c.columns) {
        auto values = numericColumn(*table, col);
        if (!values) qFatal("%s", values.error().c_str());
        CountColumn cc{col, {}};
        for (const std::string& k : keys) {
            const auto it = rowOf.find(k);
            if (it == rowOf.end()) qFatal("no urne row for district %s", k.c_str());
            cc.values.push_back((*values)[it->second]);
        }
        r.counts.push_back(std::move(cc));
    }
    auto ov = gis::overlayLayers({&r.source.geometry, r.source.crsWkt},
                                 {&r.target.geometry, r.target.crsWkt});
    if (!ov) qFatal("%s", ov.error().c_str());
    r.overlay = std::move(*ov);
    auto moved = interpolateCounts(r.overlay.matrix, r.counts);
    if (!moved) qFatal("%s", moved.error().c_str());
    r.moved = std::move(*moved);
    return r;
}

/// "" or the first target/column where ours and R's moved counts differ by more than 1e-6
/// relative (absolute 1e-6 for counts below 1).
std::string compareWithR(const City& c, const Run& r, std::size_t& compared, double& worst) {
    const test::CsvFixture f = test::readCsvFixture(kRef + c.fixture + "/moved.csv");
    if (f.keys.size() != r.target.geometry.featureCount())
        return "fixture has " + std::to_string(f.keys.size()) + " targets";
    const auto& keys = *r.target.attributes.column(c.key).value();
    std::map<std::string, std::size_t> targetOf;
    for (std::size_t j = 0; j < keys.size(); ++j)
        targetOf[keys[j]] = j;
    for (std::size_t row = 0; row < f.keys.size(); ++row) {
        const auto it = targetOf.find(f.keys[row]);
        if (it == targetOf.end()) return "target " + f.keys[row] + " not in the layer";
        for (const CountColumn& col : r.moved.targets) {
            const int k = f.column(col.name);
            if (k < 0) return "column " + col.name + " not in the fixture";
            const double ours = col.values[it->second], theirs = f.rows[row][std::size_t(k)];
            ++compared;
            worst = std::max(worst, std::fabs(ours - theirs) / std::max(1.0, std::fabs(theirs)));
            if (std::fabs(ours - theirs) > 1e-6 * std::max(1.0, std::fabs(theirs)))
                return c.fixture + " target " + f.keys[row] + " " + col.name + ": ours " +
                       test::numberText(ours) + ", R " + test::numberText(theirs);
        }
    }
    return {};
}
} // namespace

class TestInterpolateReal : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void matchesHandWrittenR_data();
    void matchesHandWrittenR();
    void karlsruheTotalUnlikeInterpolateAw();
};

void TestInterpolateReal::initTestCase() {
    for (const City& c : {dresden(), karlsruhe()})
        if (!QFile::exists(QString::fromStdString(c.dir + "/" + c.gpkg)))
            QSKIP("../shared/data is not available");
}

void TestInterpolateReal::matchesHandWrittenR_data() {
    QTest::addColumn<int>("city");
    QTest::addColumn<bool>("projected");
    QTest::newRow("Dresden 2019 -> 2024, EPSG:25833") << 0 << true;
    QTest::newRow("Dresden 2019 -> 2024, lon/lat (UTM 33N chosen)") << 0 << false;
    QTest::newRow("Karlsruhe 2013 -> 2017, EPSG:25832") << 1 << true;
    QTest::newRow("Karlsruhe 2013 -> 2017, lon/lat (UTM 32N chosen)") << 1 << false;
}

void TestInterpolateReal::matchesHandWrittenR() {
    QFETCH(int, city);
    QFETCH(bool, projected);
    const City c = city == 0 ? dresden() : karlsruhe();
    const Run r = run(c, projected ? c.crs : "");
    if (!projected) {
        QVERIFY(r.source.geographic);
        const std::string zone = city == 0 ? "EPSG:32633" : "EPSG:32632";
        QVERIFY2(r.overlay.crs.name.find(zone) != std::string::npos, r.overlay.crs.name.c_str());
    } else {
        QCOMPARE(r.overlay.crs.name, c.crs);
    }
    QCOMPARE(r.overlay.geosFailures, std::size_t{0});
    std::size_t compared = 0;
    double worst = 0;
    const std::string e = compareWithR(c, r, compared, worst);
    QVERIFY2(e.empty(), e.c_str());
    QCOMPARE(compared, r.target.geometry.featureCount() * c.columns.size());

    // totals: the source totals are R's; what reaches the targets is R's hand-made total; what
    // does not is reported as lost (gaps between the target districts), and the books balance
    const auto totals = test::readScalarFixture(kRef + c.fixture + "/totals.txt");
    for (const ColumnTotals& t : r.moved.totals) {
        QCOMPARE(t.sourceTotal, totals.at("source_total:" + t.name));
        const double byHand = totals.at("by_hand_total:" + t.name);
        QVERIFY2(test::near(t.targetTotal, byHand, 1e-9),
                 test::mismatch(t.name, t.targetTotal, byHand, 1e-9).c_str());
        QVERIFY(test::near(t.sourceTotal - t.lost, t.targetTotal, 1e-12));
        QVERIFY(t.discrepancy < 1e-4); // the layers cover the same city, up to slivers
    }
    QVERIFY(r.moved.maxBookkeeping < 1e-12);
    // every target gets an estimated_share; districts that did not change have (almost) none
    std::size_t unchanged = 0;
    for (double s : r.moved.estimatedShare) {
        QVERIFY(s >= 0 && s <= 1);
        unchanged += s < 0.01;
    }
    qInfo("%s: largest difference from R %.1e (relative, 1 for counts below 1) over %zu "
          "figures",
          c.fixture.c_str(), worst, compared);
    qInfo("%s: %zu pairs, %zu of %zu targets essentially unchanged (estimated_share < 1 %%), "
          "valid lost %.4f of %.0f, max discrepancy %.2e, CRS %s",
          c.fixture.c_str(), r.moved.pairs, unchanged, r.moved.estimatedShare.size(),
          r.moved.totals[2].lost, r.moved.totals[2].sourceTotal, r.moved.maxDiscrepancy,
          r.overlay.crs.name.c_str());
    QVERIFY(unchanged > 0 && unchanged < r.moved.estimatedShare.size());
}

// sf 1.0.9's st_interpolate_aw(extensive = TRUE) turns Karlsruhe's 107,636 valid votes of 2013
// into 114,316 on these layers (rows misaligned where intersections contain lines, sf issue
// #2005). That is a flaw of the reference tool, recorded here; SwingMap keeps the total.
void TestInterpolateReal::karlsruheTotalUnlikeInterpolateAw() {
    const City c = karlsruhe();
    const auto totals = test::readScalarFixture(kRef + c.fixture + "/totals.txt");
    const double source = totals.at("source_total:valid");
    const double aw = totals.at("interpolate_aw_total:valid");
    QCOMPARE(source, 107636.0);
    QCOMPARE(std::round(aw), 114316.0); // the known flaw, as the issue reports it
    const Run r = run(c, c.crs);
    const double ours = r.moved.totals[2].targetTotal;
    QCOMPARE(r.moved.totals[2].name, std::string("valid"));
    QVERIFY2(std::fabs(ours - source) <= 1e-6 * source, test::numberText(ours).c_str());
    QVERIFY(std::fabs(ours - aw) > 0.05 * source);
}

QTEST_APPLESS_MAIN(TestInterpolateReal)
#include "tst_interpolate_real.moc"
