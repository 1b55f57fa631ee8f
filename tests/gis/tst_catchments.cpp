// SPDX-License-Identifier: GPL-3.0-or-later
// Polling-station catchments (gis/catchments.h): synthetic wards with exactly known cells (two
// stations in a square, stations in two wards never sharing a cell across the ward line, a ward
// without a station, stations at the same place, outside every ward, naming a ward), lon/lat
// stations onto projected wards, reading stations from a point layer and from a postcode join,
// and the real test: each Dresden 2024 (Karlsruhe 2017) district's interior point as its station,
// catchments clipped to the Stadtteile, compared with the real districts (intersection over union).
#include "core/centroid.h"
#include "core/dissolve.h"
#include "gis/catchments.h"
#include "gis/dissolve.h"
#include "gis/overlay.h"
#include "gis/points_reader.h"
#include "gis/reader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <ogr_spatialref.h>

using namespace swingmap;
using namespace swingmap::gis;

namespace {
constexpr double X0 = 410000, Y0 = 5655000; // Dresden, EPSG:25833
const std::string kUtm = "EPSG:25833";

PolygonLayer rectangles(const std::vector<BBox>& boxes) {
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

/// Stations at X0 + dx, Y0 + dy, keyed "s1", "s2", ...
StationPoints stations(const std::vector<std::pair<double, double>>& at) {
    StationPoints s;
    s.crs = kUtm;
    for (const auto& [dx, dy] : at) {
        std::string key = std::to_string(s.keys.size() + 1); // (GCC 12 -Wrestrict: no "s" + …)
        s.keys.push_back(key.insert(0, 1, 's'));
        s.xy.insert(s.xy.end(), {X0 + dx, Y0 + dy});
    }
    return s;
}

/// Wards [X0 + x0, X0 + x1] × [Y0, Y0 + 100].
PolygonLayer wards(const std::vector<std::pair<double, double>>& spans) {
    std::vector<BBox> b;
    for (const auto& [x0, x1] : spans)
        b.push_back({X0 + x0, Y0, X0 + x1, Y0 + 100});
    return rectangles(b);
}

Catchments build(const StationPoints& s, const PolygonLayer& w,
                 const std::vector<std::string>& keys = {}, unsigned threads = 0) {
    auto c = buildCatchments(s, {&w, kUtm, keys}, {threads});
    if (!c) qFatal("buildCatchments failed: %s", c.error().c_str());
    return std::move(*c);
}

/// Station i's catchment is the box `b` (relative to X0, Y0): area and bounding box.
void expectBox(const Catchments& c, std::size_t i, const BBox& b) {
    QVERIFY2(c.geometry.hasGeometry(i), c.keys[i].c_str());
    QVERIFY(std::fabs(featureArea(c.geometry, i) - b.width() * b.height()) < 1e-6);
    const BBox& got = c.geometry.bbox[i];
    QVERIFY(std::fabs(got.minX - (X0 + b.minX)) < 1e-6 &&
            std::fabs(got.maxX - (X0 + b.maxX)) < 1e-6);
    QVERIFY(std::fabs(got.minY - (Y0 + b.minY)) < 1e-6 &&
            std::fabs(got.maxY - (Y0 + b.maxY)) < 1e-6);
}

double sumAreas(const PolygonLayer& l) {
    double a = 0;
    for (std::size_t f = 0; f < l.featureCount(); ++f)
        a += featureArea(l, f);
    return a;
}

} // namespace

class TestGisCatchments : public QObject {
    Q_OBJECT
private slots:
    void twoStationsHalveASquare();
    void cellsStayInsideTheirWard();
    void wardWithoutStation();
    void stationsAtTheSamePlace();
    void stationOutsideEveryWard();
    void stationsNamingTheirWard();
    void lonLatStationsOntoProjectedWards();
    void threadsGiveTheSameCells();
    void badInputsFail();
    void pointLayerAndPostcodeJoin();
    void realDistricts_data();
    void realDistricts();
};

void TestGisCatchments::twoStationsHalveASquare() {
    const PolygonLayer w = wards({{0, 100}});
    const Catchments c = build(stations({{25, 50}, {75, 50}}), w);
    QCOMPARE(c.geometry.featureCount(), std::size_t{2});
    expectBox(c, 0, {0, 0, 50, 100});
    expectBox(c, 1, {50, 0, 100, 100});
    QCOMPARE(c.areaOf, (std::vector<int64_t>{0, 0}));
    QVERIFY(c.report.messages.empty());
}

// Ward A [0,100] has one station at 10; ward B [100,200] has stations at 150 and 190. A plain
// Voronoi would give the station at 150 the strip [80,170], across the ward line; per ward, it
// gets [100,170] and A's station all of A.
void TestGisCatchments::cellsStayInsideTheirWard() {
    const PolygonLayer w = wards({{0, 100}, {100, 200}});
    const Catchments c = build(stations({{150, 50}, {10, 50}, {190, 50}}), w);
    expectBox(c, 0, {100, 0, 170, 100});
    expectBox(c, 1, {0, 0, 100, 100});
    expectBox(c, 2, {170, 0, 200, 100});
    QCOMPARE(c.areaOf, (std::vector<int64_t>{1, 0, 1}));
}

void TestGisCatchments::wardWithoutStation() {
    const PolygonLayer w = wards({{0, 100}, {100, 200}, {200, 300}});
    const Catchments c = build(stations({{50, 50}, {250, 50}}), w, {"A", "B", "C"});
    QCOMPARE(c.report.noStation, (std::vector<std::size_t>{1}));
    expectBox(c, 0, {0, 0, 100, 100});
    expectBox(c, 1, {200, 0, 300, 100});
    QCOMPARE(c.report.messages.size(), std::size_t{1});
    QVERIFY(c.report.messages[0].find("\"B\" has no station") != std::string::npos);
}

// Stations 1 and 3 share a place: both get the cell of that place, the report pairs them.
void TestGisCatchments::stationsAtTheSamePlace() {
    const PolygonLayer w = wards({{0, 100}});
    const Catchments c = build(stations({{25, 50}, {75, 50}, {25, 50}}), w);
    QCOMPARE(c.report.duplicates.size(), std::size_t{1});
    QCOMPARE(c.report.duplicates[0], (std::pair<std::size_t, std::size_t>{2, 0}));
    expectBox(c, 0, {0, 0, 50, 100});
    expectBox(c, 1, {50, 0, 100, 100});
    expectBox(c, 2, {0, 0, 50, 100});
    // only the one place in the ward: every station at it gets the whole ward
    const Catchments one = build(stations({{25, 50}, {25, 50}}), w);
    expectBox(one, 0, {0, 0, 100, 100});
    expectBox(one, 1, {0, 0, 100, 100});
}

void TestGisCatchments::stationOutsideEveryWard() {
    const PolygonLayer w = wards({{0, 100}});
    StationPoints s = stations({{25, 50}, {500, 500}, {75, 50}});
    s.xy.insert(s.xy.end(), {std::nan(""), Y0});
    s.keys.emplace_back("no-xy");
    const Catchments c = build(s, w);
    QCOMPARE(c.report.outside, (std::vector<std::size_t>{1}));
    QCOMPARE(c.report.noCoordinates, (std::vector<std::size_t>{3}));
    QVERIFY(!c.geometry.hasGeometry(1) && !c.geometry.hasGeometry(3));
    QCOMPARE(c.areaOf, (std::vector<int64_t>{0, -1, 0, -1}));
    expectBox(c, 0, {0, 0, 50, 100});
    expectBox(c, 2, {50, 0, 100, 100});
}

// Station 1 lies in A (at 90) but names B: its cell is cut from B, up to the bisector with B's
// own station at 150 (x = 120); a station naming an unknown ward is reported as outside; "b "
// matches "B". A station naming B from far away (x = 10, bisector at 80) gets nothing of B.
void TestGisCatchments::stationsNamingTheirWard() {
    const PolygonLayer w = wards({{0, 100}, {100, 200}});
    StationPoints s = stations({{90, 50}, {150, 50}, {20, 50}, {180, 50}});
    s.area = {"b ", "B", "", "Z"};
    const Catchments c = build(s, w, {"A", "B"});
    QCOMPARE(c.report.elsewhere, (std::vector<std::size_t>{0}));
    QCOMPARE(c.report.outside, (std::vector<std::size_t>{3}));
    QCOMPARE(c.areaOf, (std::vector<int64_t>{1, 1, 0, -1}));
    expectBox(c, 0, {100, 0, 120, 100});
    expectBox(c, 1, {120, 0, 200, 100});
    expectBox(c, 2, {0, 0, 100, 100});
    QVERIFY(c.report.emptyCells.empty());
    StationPoints far = stations({{10, 50}, {150, 50}});
    far.area = {"B", "B"};
    const Catchments f = build(far, w, {"A", "B"});
    QCOMPARE(f.report.emptyCells, (std::vector<std::size_t>{0}));
    QVERIFY(!f.geometry.hasGeometry(0));
    expectBox(f, 1, {100, 0, 200, 100});
    QCOMPARE(f.report.noStation, (std::vector<std::size_t>{0}));
    // a ward without a polygon, named by two stations: both get no catchment, nothing fails
    PolygonLayer withEmpty = w;
    withEmpty.endFeature();
    StationPoints toEmpty = stations({{20, 50}, {60, 50}});
    toEmpty.area = {"C", "C"};
    const Catchments e = build(toEmpty, withEmpty, {"A", "B", "C"});
    QCOMPARE(e.report.emptyCells, (std::vector<std::size_t>{0, 1}));
    QCOMPARE(e.report.elsewhere, (std::vector<std::size_t>{0, 1}));
    QCOMPARE(e.report.geosFailures, std::size_t{0});
    // naming areas needs the enclosing layer's keys
    QVERIFY(!buildCatchments(s, {&w, kUtm, {}}).ok());
}

// The same stations in lon/lat (PROJ-transformed by the test) give the same cells to 1e-6 m.
void TestGisCatchments::lonLatStationsOntoProjectedWards() {
    const PolygonLayer w = wards({{0, 1000}, {1000, 3000}});
    const StationPoints utm = stations({{200, 50}, {700, 20}, {1500, 80}, {2600, 10}, {2900, 90}});
    OGRSpatialReference from, to;
    from.SetFromUserInput(kUtm.c_str());
    to.SetFromUserInput("EPSG:4326");
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&from, &to));
    QVERIFY(ct);
    StationPoints lonLat = utm;
    lonLat.crs = "EPSG:4326";
    for (std::size_t i = 0; i < lonLat.keys.size(); ++i)
        QVERIFY(ct->Transform(1, &lonLat.xy[2 * i], &lonLat.xy[2 * i + 1]));
    QVERIFY(std::fabs(lonLat.xy[0] - 13.74) < 0.1 && std::fabs(lonLat.xy[1] - 51.05) < 0.1);
    const Catchments a = build(utm, w), b = build(lonLat, w);
    QCOMPARE(b.geometry.featureCount(), a.geometry.featureCount());
    for (std::size_t i = 0; i < a.geometry.featureCount(); ++i) {
        QVERIFY(a.geometry.hasGeometry(i));
        QVERIFY(std::fabs(featureArea(a.geometry, i) - featureArea(b.geometry, i)) < 1e-3);
        QVERIFY(std::fabs(a.geometry.bbox[i].minX - b.geometry.bbox[i].minX) < 1e-6);
        QVERIFY(std::fabs(a.geometry.bbox[i].maxX - b.geometry.bbox[i].maxX) < 1e-6);
    }
    // the ward line at 1000 stays: the first two cells tile the first ward, the rest the second
    QVERIFY(std::fabs(featureArea(a.geometry, 0) + featureArea(a.geometry, 1) - 1e5) < 1e-6);
    QVERIFY(std::fabs(a.geometry.bbox[1].maxX - (X0 + 1000)) < 1e-9);
    QVERIFY(std::fabs(a.geometry.bbox[2].minX - (X0 + 1000)) < 1e-9);
}

// 400 stations in 40 wards: the cells with every core equal those on one thread, and they tile
// the wards (total area to 1e-9).
void TestGisCatchments::threadsGiveTheSameCells() {
    std::vector<std::pair<double, double>> spans, at;
    for (int k = 0; k < 40; ++k) {
        spans.emplace_back(k * 100.0, k * 100.0 + 100);
        for (int j = 0; j < 10; ++j) // a deterministic scatter inside ward k
            at.emplace_back(k * 100.0 + 5 + (j * 37 + k * 11) % 90, 5 + (j * 53 + k * 7) % 90);
    }
    const PolygonLayer w = wards(spans);
    const Catchments one = build(stations(at), w, {}, 1), all = build(stations(at), w, {}, 4);
    QCOMPARE(one.geometry.xy, all.geometry.xy);
    QCOMPARE(one.geometry.featurePart, all.geometry.featurePart);
    QVERIFY(one.report.duplicates.empty() && one.report.noStation.empty());
    QVERIFY(std::fabs(sumAreas(all.geometry) - 40 * 1e4) < 1e-9 * 40 * 1e4);
}

void TestGisCatchments::badInputsFail() {
    const PolygonLayer w = wards({{0, 100}});
    StationPoints s = stations({{25, 50}});
    QVERIFY(!buildCatchments(s, {nullptr, kUtm, {}}).ok());
    QVERIFY(!buildCatchments(s, {&w, "", {}}).ok());
    QVERIFY(!buildCatchments(s, {&w, "EPSG:999999", {}}).ok());
    QVERIFY(!buildCatchments(s, {&w, kUtm, {"A", "B"}}).ok());
    s.crs = "not a crs";
    QVERIFY(!buildCatchments(s, {&w, kUtm, {}}).ok());
    s = stations({{25, 50}});
    s.xy.pop_back();
    auto odd = buildCatchments(s, {&w, kUtm, {}});
    QVERIFY(!odd.ok());
    QVERIFY(odd.error().find("one x,y pair per key") != std::string::npos);
    // no stations at all: every ward is a gap, nothing fails
    auto none = buildCatchments(StationPoints{}, {&w, kUtm, {}});
    QVERIFY(none.ok());
    QCOMPARE(none->report.noStation, (std::vector<std::size_t>{0}));
}

// A GeoJSON point layer (written here) read as stations, and a table of stations whose postcodes
// are joined to a centroid table ("1234 ab" = "1234AB"; an unknown postcode has no coordinates).
void TestGisCatchments::pointLayerAndPostcodeJoin() {
    QTemporaryDir dir;
    const QString path = dir.filePath("stations.geojson");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"nr":"001","ward":"A"},"geometry":{"type":"Point","coordinates":[13.7,51.05]}},
{"type":"Feature","properties":{"nr":"002","ward":"B"},"geometry":null},
{"type":"Feature","properties":{"nr":"003","ward":"B"},"geometry":{"type":"MultiPoint","coordinates":[[13.8,51.1]]}}]})");
    f.close();
    SourceSpec spec;
    spec.path = path.toStdString();
    spec.key = "nr";
    auto read = readStationPoints(spec, "ward");
    QVERIFY2(read.ok(), read.ok() ? "" : read.error().c_str());
    QCOMPARE(read->keys, (std::vector<std::string>{"001", "002", "003"}));
    QCOMPARE(read->area, (std::vector<std::string>{"A", "B", "B"}));
    QCOMPARE(read->xy[0], 13.7);
    QVERIFY(std::isnan(read->xy[2]));
    QCOMPARE(read->xy[5], 51.1);
    QVERIFY(read->crs.find("WGS") != std::string::npos);
    spec.key = "number";
    auto missing = readStationPoints(spec);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().find("\"number\"") != std::string::npos);

    Table st;
    st.columns = {"station", "postcode"};
    st.cells = {{"s1", "s2", "s3"}, {"1234 ab", "9999ZZ", "1234AC"}};
    Table pc;
    pc.columns = {"pc6", "x", "y"};
    pc.cells = {{"1234AC", "1234AB"}, {"100", "200.5"}, {"10", "20"}};
    std::vector<std::size_t> unmatched;
    auto joined = stationsFromTable(st, {"station", "x", "y", "postcode", "pc6", ""}, "EPSG:28992",
                                    &pc, &unmatched);
    QVERIFY2(joined.ok(), joined.ok() ? "" : joined.error().c_str());
    QCOMPARE(joined->xy[0], 200.5);
    QCOMPARE(joined->xy[1], 20.0);
    QVERIFY(std::isnan(joined->xy[2]));
    QCOMPARE(joined->xy[4], 100.0);
    QCOMPARE(unmatched, (std::vector<std::size_t>{1}));
    QCOMPARE(joined->crs, std::string("EPSG:28992"));
    // coordinates in the stations table itself
    auto direct = stationsFromTable(pc, {"pc6", "x", "y", "", "", ""}, "EPSG:28992");
    QVERIFY(direct.ok());
    QCOMPARE(direct->xy, (std::vector<double>{100, 10, 200.5, 20}));
    QVERIFY(!stationsFromTable(st, {"station", "x", "y", "postcode", "pc6", ""}, "").ok());
}

void TestGisCatchments::realDistricts_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("crs");
    QTest::addColumn<bool>("named");
    QTest::addColumn<double>("floor");
    const QString dd = "de_dresden_wahlbezirke_2019_2024/boundaries/dresden_wahlbezirke.gpkg";
    const QString ka =
        "de_karlsruhe_wahlbezirke_btw2013_2017/boundaries/karlsruhe_wahlbezirke.gpkg";
    auto row = [](const char* tag, const QString& f, const char* layer, const char* key,
                  const char* parent, const char* crs, bool named, double floor) {
        QTest::newRow(tag) << f << QString(layer) << QString(key) << QString(parent) << QString(crs)
                           << named << floor;
    };
    // floors a little below the measured means (Dresden 0.608, Karlsruhe 0.525); parent "" =
    // the whole city as one enclosing area (measured 0.470 and 0.433: the Stadtteil lines help)
    row("dresden-2024-located", dd, "wb_ltw2024", "wb", "stadtteil", "EPSG:25833", false, 0.58);
    row("dresden-2024-named", dd, "wb_ltw2024", "wb", "stadtteil", "EPSG:25833", true, 0.58);
    row("dresden-2024-city", dd, "wb_ltw2024", "wb", "", "EPSG:25833", false, 0.44);
    row("karlsruhe-2017", ka, "wb_btw2017", "code", "stadtteil_nr", "EPSG:25832", false, 0.5);
    row("karlsruhe-2017-city", ka, "wb_btw2017", "code", "", "EPSG:25832", false, 0.40);
}

// Each district's interior point stands for its polling station; the Stadtteile (the districts
// dissolved by their parent column) are the enclosing layer. Per district, IoU of its catchment
// with the real district.
void TestGisCatchments::realDistricts() {
    QFETCH(QString, file);
    QFETCH(QString, layer);
    QFETCH(QString, key);
    QFETCH(QString, parent);
    QFETCH(QString, crs);
    QFETCH(bool, named);
    QFETCH(double, floor);
    const std::string path = std::string(SHARED_DATA_DIR) + "/" + file.toStdString();
    if (!QFile::exists(QString::fromStdString(path))) QSKIP("../shared/data is not available");
    SourceSpec spec;
    spec.path = path;
    spec.layer = layer.toStdString();
    spec.key = key.toStdString();
    auto districts = readPolygonLayer(spec, crs.toStdString());
    QVERIFY2(districts.ok(), districts.ok() ? "" : districts.error().c_str());
    // parent "" = one enclosing area, the whole city
    const std::vector<std::string> parents =
        parent.isEmpty() ? std::vector<std::string>(districts->geometry.featureCount(), "city")
                         : *districts->attributes.column(parent.toStdString()).value();
    const DissolveGroups g = groupByKey(parents);
    QCOMPARE(g.leftOut, std::size_t{0});
    auto stadtteile = dissolveByGroup(districts->geometry, g);
    QVERIFY(stadtteile.ok());

    StationPoints st;
    st.keys = *districts->attributes.column(key.toStdString()).value();
    st.xy = featureInteriorPoints(districts->geometry);
    st.crs = districts->crsWkt;
    if (named) st.area = parents;
    auto c = buildCatchments(st, {&*stadtteile, districts->crsWkt, g.keys});
    QVERIFY2(c.ok(), c.ok() ? "" : c.error().c_str());
    const CatchmentReport& r = c->report;
    QVERIFY(r.outside.empty() && r.elsewhere.empty() && r.noCoordinates.empty());
    QVERIFY(r.duplicates.empty() && r.emptyCells.empty() && r.noStation.empty());
    QCOMPARE(r.geosFailures, std::size_t{0});
    // every station landed in its own district's Stadtteil
    for (std::size_t i = 0; i < st.keys.size(); ++i)
        QCOMPARE(c->areaOf[i], static_cast<int64_t>(g.groupOf[i]));
    // the catchments tile the Stadtteile
    const double total = sumAreas(*stadtteile);
    QVERIFY(std::fabs(sumAreas(c->geometry) - total) < 1e-9 * total);

    auto ov =
        overlayLayers({&c->geometry, districts->crsWkt}, {&districts->geometry, districts->crsWkt});
    QVERIFY(ov.ok());
    std::vector<double> iou(st.keys.size(), 0.0);
    const OverlapMatrix& m = ov->matrix;
    for (std::size_t e = 0; e < m.size(); ++e)
        if (m.source[e] == m.target[e])
            iou[m.source[e]] =
                m.area[e] / (m.sourceArea[m.source[e]] + m.targetArea[m.target[e]] - m.area[e]);
    std::vector<double> sorted = iou;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t n = sorted.size();
    const double mean = std::accumulate(sorted.begin(), sorted.end(), 0.0) / double(n);
    const double median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    const auto good = std::count_if(sorted.begin(), sorted.end(), [](double v) { return v > 0.8; });
    qInfo("%s: %zu districts in %zu enclosing areas: catchment vs district IoU mean %.3f, median "
          "%.3f, "
          "lowest %.3f; %lld of %zu above 0.8",
          QTest::currentDataTag(), n, g.keys.size(), mean, median, sorted.front(),
          static_cast<long long>(good), n);
    QVERIFY(mean > floor);
    QVERIFY(median > floor);
    QVERIFY(sorted.back() <= 1 + 1e-9);
}

QTEST_APPLESS_MAIN(TestGisCatchments)
#include "tst_catchments.moc"
