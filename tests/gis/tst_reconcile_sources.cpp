// SPDX-License-Identifier: GPL-3.0-or-later
// Reconcile sources (issue 6): dasymetric weights from points (a point layer, or a CSV with x/y
// columns; without a count every point counts 1) and from polygons, told apart by the layer's
// geometry; and polling stations as points turned into catchments clipped to an enclosing layer.
// (a) Synthetic layers in EPSG:25833 where the exact answer is known, run through the project
// loader: all points of a source area inside one target put all its counts there, a source's
// points split 3 : 1 over two targets split its counts 3 : 1, a source outside every target is
// lost, points outside every source are reported; totals preserved to 1e-9; two stations in a
// clip square split it into two exactly known catchments (a station outside it is lost, one at
// the same place as another shares its cell).
// (b) Dresden: each 2024 polling district's representative point written as its station to a
// CSV, the 2024 Landtag results (postal rows allocated first) moved from the stations'
// catchments, clipped to the Stadtteile (the districts dissolved by stadtteil), onto the 2024
// districts through swingmap-cli: report.json validates, every total is preserved, the
// catchments block counts 399 stations with 399 cells in 61 Stadtteile and the description
// (the PDF's sources line) names the stations.
#include "core/centroid.h"
#include "core/csv.h"
#include "core/jsonschema.h"
#include "core/project.h"
#include "gis/dataset_loader.h"
#include "gis/reader.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <fstream>
#include <gdal_priv.h>
#include <map>
#include <nlohmann/json.hpp>
#include <ogrsf_frmts.h>
#include <sstream>

using namespace swingmap;
using nlohmann::json;

namespace {
constexpr double X0 = 410000, Y0 = 5655000; // Dresden, EPSG:25833

struct Box {
    std::string key;
    double x0, y0, x1, y1; ///< relative to X0, Y0
};

struct Pt {
    double x, y; ///< relative to X0, Y0
    double count;
};

/// A GeoPackage layer of rectangles with a text key field `key` (and, when counts are given, a
/// real field `n`), in EPSG:25833.
bool writeBoxes(const std::string& file, const std::string& layer, const std::vector<Box>& boxes,
                const std::vector<double>& counts = {}) {
    GDALAllRegister();
    auto* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr ds(driver->Create(file.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(25833);
    OGRLayer* l = ds->CreateLayer(layer.c_str(), &srs, wkbPolygon, nullptr);
    OGRFieldDefn key("key", OFTString), n("n", OFTReal);
    l->CreateField(&key);
    if (!counts.empty()) l->CreateField(&n);
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const Box& b = boxes[i];
        OGRFeature f(l->GetLayerDefn());
        f.SetField("key", b.key.c_str());
        if (!counts.empty()) f.SetField("n", counts[i]);
        OGRLinearRing ring;
        ring.addPoint(X0 + b.x0, Y0 + b.y0);
        ring.addPoint(X0 + b.x1, Y0 + b.y0);
        ring.addPoint(X0 + b.x1, Y0 + b.y1);
        ring.addPoint(X0 + b.x0, Y0 + b.y1);
        ring.closeRings();
        OGRPolygon poly;
        poly.addRing(&ring);
        f.SetGeometry(&poly);
        if (l->CreateFeature(&f) != OGRERR_NONE) return false;
    }
    return true;
}

/// A GeoPackage point layer `name` in EPSG:25833 with one field (`field`, of `type`), each
/// point's value set by `setField(feature, i)`.
template <class SetField>
bool writePointLayer(const std::string& file, const char* name, const std::vector<Pt>& pts,
                     const char* field, OGRFieldType type, SetField setField) {
    GDALAllRegister();
    auto* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr ds(driver->Create(file.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(25833);
    OGRLayer* l = ds->CreateLayer(name, &srs, wkbPoint, nullptr);
    OGRFieldDefn def(field, type);
    if (field[0] != 0) l->CreateField(&def);
    for (std::size_t i = 0; i < pts.size(); ++i) {
        OGRFeature f(l->GetLayerDefn());
        setField(f, i);
        OGRPoint g(X0 + pts[i].x, Y0 + pts[i].y);
        f.SetGeometry(&g);
        if (l->CreateFeature(&f) != OGRERR_NONE) return false;
    }
    return true;
}

/// A GeoPackage point layer "addresses", with a real field `n` when `withCount`.
bool writePoints(const std::string& file, const std::vector<Pt>& pts, bool withCount) {
    return writePointLayer(file, "addresses", pts, withCount ? "n" : "", OFTReal,
                           [&](OGRFeature& f, std::size_t i) {
                               if (withCount) f.SetField("n", pts[i].count);
                           });
}

/// A GeoPackage point layer "stations" with a text field `station`, in EPSG:25833.
bool writeStations(const std::string& file, const std::vector<std::string>& keys,
                   const std::vector<Pt>& pts) {
    return writePointLayer(
        file, "stations", pts, "station", OFTString,
        [&](OGRFeature& f, std::size_t i) { f.SetField("station", keys[i].c_str()); });
}

void writeText(const std::string& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

Table readCsv(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    auto t = parseCsv(ss.str(), CsvOptions{}, path);
    return t ? *t : Table{};
}

int cli(const QStringList& args, QString* err = nullptr) {
    QProcess p;
    p.start(CLI_PATH, args);
    p.waitForFinished(600000);
    if (err) *err = QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

/// The project file and its dataset, as the pipeline loads them; the first error of either.
Result<Dataset> loadProjectDataset(const std::string& file) {
    auto p = loadProject(file);
    if (!p) return p.takeError();
    Feedback fb;
    gis::LoadTimings tm;
    return gis::loadDataset(*p, fb, tm);
}

bool close(double a, double b) {
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}
} // namespace

class TestReconcileSources : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void synthetic_data();
    void synthetic();
    void pointsOutsideReported();
    void syntheticStations();
    void badWeightLayer();
    void dresdenStations();
};

// Sources S1 [0,100]², S2 [100,200]×[0,100], S3 [0,100]×[100,200] (no target reaches it);
// targets T1 [0,50], T2 [50,150], T3 [150,200] (× [0,100]). By area S1 would go half to T1,
// half to T2; by the weights below it goes all to T1, and S2 goes 3 : 1 to T2 and T3.
void TestReconcileSources::synthetic_data() {
    QTest::addColumn<QString>("kind"); // how the weights are given
    QTest::addColumn<QString>("reported");
    QTest::newRow("point layer with count") << "points-count"
                                            << "points";
    QTest::newRow("point layer, each point 1") << "points-each"
                                               << "points";
    QTest::newRow("csv points x/y") << "csv"
                                    << "points";
    QTest::newRow("polygons with count") << "polygons"
                                         << "polygons";
}

void TestReconcileSources::synthetic() {
    QFETCH(QString, kind);
    QFETCH(QString, reported);
    QVERIFY(m_dir.isValid());
    const std::string dir = m_dir.path().toStdString() + "/" + kind.toStdString();
    QVERIFY(QDir().mkpath(QString::fromStdString(dir)));
    QVERIFY(writeBoxes(dir + "/targets.gpkg", "targets",
                       {{"T1", 0, 0, 50, 100}, {"T2", 50, 0, 150, 100}, {"T3", 150, 0, 200, 100}}));
    QVERIFY(
        writeBoxes(dir + "/sources.gpkg", "sources",
                   {{"S1", 0, 0, 100, 100}, {"S2", 100, 0, 200, 100}, {"S3", 0, 100, 100, 200}}));
    // S1: three points in T1; S2: 3 in T2 (one point of count 3 or three of 1), 1 in T3; S3: one
    // point (in no target); one point in no source (not used)
    std::vector<Pt> pts;
    if (kind == "points-each") {
        pts = {{10, 10, 1},  {20, 50, 1},  {30, 90, 1},  {110, 50, 1}, {120, 50, 1},
               {130, 50, 1}, {170, 50, 1}, {50, 150, 1}, {500, 500, 1}};
    } else {
        pts = {{10, 10, 2},  {20, 50, 1},  {30, 90, 4},  {120, 50, 3},
               {170, 50, 1}, {50, 150, 5}, {500, 500, 7}};
    }
    std::string weights;
    if (kind == "points-count") {
        QVERIFY(writePoints(dir + "/w.gpkg", pts, true));
        weights = R"({"path": "w.gpkg", "count": "n"})";
    } else if (kind == "points-each") {
        QVERIFY(writePoints(dir + "/w.gpkg", pts, false));
        weights = R"({"path": "w.gpkg", "layer": "addresses"})";
    } else if (kind == "csv") {
        std::string csv = "id,east,north,n\n";
        for (std::size_t i = 0; i < pts.size(); ++i) {
            char line[128];
            std::snprintf(line, sizeof line, "%zu,%.3f,%.3f,%g\n", i + 1, X0 + pts[i].x,
                          Y0 + pts[i].y, pts[i].count);
            csv += line;
        }
        writeText(dir + "/w.csv", csv);
        weights = R"({"path": "w.csv", "x": "east", "y": "north", "count": "n",
                      "crs": "EPSG:25833"})";
    } else { // blocks: one inside S1 ∩ T1, one over S2 ∩ T2 (3) and one over S2 ∩ T3 (1)
        QVERIFY(writeBoxes(dir + "/w.gpkg", "blocks",
                           {{"B1", 10, 10, 40, 90},
                            {"B2", 110, 10, 140, 90},
                            {"B3", 160, 10, 190, 90},
                            {"B4", 10, 110, 90, 190}},
                           {10, 3, 1, 5}));
        weights = R"({"path": "w.gpkg", "count": "n"})";
    }
    // election A on the sources (with votes), election B directly on the targets
    writeText(dir + "/a.csv", "code,valid,X,Y\nS1,100,60,40\nS2,80,20,60\nS3,10,5,5\n");
    writeText(dir + "/b.csv", "code,valid,X,Y\nT1,10,5,5\nT2,10,5,5\nT3,10,5,5\n");
    const std::string project = R"({"title": "synthetic",
      "boundaries": {"path": "targets.gpkg", "key": "key"},
      "elections": [
        {"label": "A", "path": "a.csv", "key": "code", "valid": "valid", "parties": ["X", "Y"],
         "reconcile": {"from": {"path": "sources.gpkg", "key": "key"}, "method": "weights",
                       "weights": )" +
                                weights + R"(}},
        {"label": "B", "path": "b.csv", "key": "code", "valid": "valid", "parties": ["X", "Y"]}],
      "analysis": {"party": "X", "from": "A", "to": "B"}})";
    writeText(dir + "/p.json", project);
    auto d = loadProjectDataset(dir + "/p.json");
    QVERIFY2(d, d ? "" : d.error().c_str());
    QCOMPARE(d->keys, (std::vector<std::string>{"T1", "T2", "T3"}));
    const ElectionData& a = d->elections[0];
    // S1 all to T1, S2 3 : 1 to T2 and T3, S3 lost
    const std::vector<double> valid{100, 60, 20}, x{60, 15, 5};
    for (std::size_t i = 0; i < 3; ++i) {
        QVERIFY2(close(a.valid[i], valid[i]), d->keys[i].c_str());
        QVERIFY2(close(a.votes[0][i], x[i]), d->keys[i].c_str());
    }
    QCOMPARE(d->reconcile.size(), std::size_t{1});
    const ReconcileInfo& r = d->reconcile[0];
    QCOMPARE(r.method, std::string("weights"));
    QCOMPARE(QString::fromStdString(r.weights.kind), reported);
    QCOMPARE(r.weights.count, std::string(kind == "points-each" ? "each feature counts 1" : "n"));
    QCOMPARE(r.geosFailures, std::size_t{0});
    QCOMPARE(r.areaFallback, std::size_t{0});
    if (reported == "points") {
        QCOMPARE(r.weights.points, pts.size());
        QCOMPARE(r.weights.outsideSource, std::size_t{1}); // the point at (500, 500)
        QCOMPARE(r.weights.outsideTarget, std::size_t{1}); // the point in S3
        QCOMPARE(r.weights.withoutCoordinates, std::size_t{0});
        QVERIFY(QString::fromStdString(r.description)
                    .contains(kind == "points-each"
                                  ? "in proportion to the number of points of w.gpkg"
                                  : "in proportion to n of w."));
    }
    // the books balance: source = target + lost, S3's share lost
    for (const ColumnTotals& c : r.totals) {
        QVERIFY2(close(c.sourceTotal, c.targetTotal + c.lost), c.name.c_str());
        QVERIFY2(std::fabs(c.sourceTotal - c.lost - c.targetTotal) <= 1e-9 * c.sourceTotal,
                 c.name.c_str());
    }
    QVERIFY(close(r.totals[0].sourceTotal, 190));
    QVERIFY(close(r.totals[0].lost, 10));
}

// Points without coordinates are left out and counted; a point exactly in a target but in no
// source is not used.
void TestReconcileSources::pointsOutsideReported() {
    const std::string dir = m_dir.path().toStdString() + "/outside";
    QVERIFY(QDir().mkpath(QString::fromStdString(dir)));
    QVERIFY(writeBoxes(dir + "/targets.gpkg", "targets", {{"T1", 0, 0, 100, 100}}));
    QVERIFY(writeBoxes(dir + "/sources.gpkg", "sources", {{"S1", 0, 0, 100, 100}}));
    writeText(dir + "/w.csv", "id,east,north\n1," + std::to_string(X0 + 10) + "," +
                                  std::to_string(Y0 + 10) + "\n2,,\n3," + std::to_string(X0 + 900) +
                                  "," + std::to_string(Y0 + 10) + "\n");
    writeText(dir + "/a.csv", "code,valid,X,Y\nS1,100,60,40\n");
    writeText(dir + "/b.csv", "code,valid,X,Y\nT1,10,5,5\n");
    writeText(dir + "/p.json", R"({"boundaries": {"path": "targets.gpkg", "key": "key"},
      "elections": [
        {"label": "A", "path": "a.csv", "key": "code", "valid": "valid", "parties": ["X", "Y"],
         "reconcile": {"from": {"path": "sources.gpkg", "key": "key"}, "method": "weights",
                       "weights": {"path": "w.csv", "x": "east", "y": "north",
                                   "crs": "EPSG:25833"}}},
        {"label": "B", "path": "b.csv", "key": "code", "valid": "valid", "parties": ["X", "Y"]}],
      "analysis": {"party": "X", "from": "A", "to": "B"}})");
    auto d = loadProjectDataset(dir + "/p.json");
    QVERIFY2(d, d ? "" : d.error().c_str());
    const ReconcileWeightsInfo& w = d->reconcile[0].weights;
    QCOMPARE(w.points, std::size_t{2});
    QCOMPARE(w.withoutCoordinates, std::size_t{1});
    QCOMPARE(w.outsideSource, std::size_t{1});
    QVERIFY(close(d->elections[0].valid[0], 100));
}

// Stations a (50, 50) and b (150, 50) in the clip square [0,200]×[0,100]: their catchments are
// [0,100] and [100,200]; moved by area onto T1 [0,50], T2 [50,150], T3 [150,200], a's 100 votes
// go 50 : 50 to T1 and T2, b's 80 go 40 : 40 to T2 and T3. Station c lies outside the clip
// square (no catchment: its 7 votes are lost), d stands where a stands (they share a's cell).
void TestReconcileSources::syntheticStations() {
    const std::string dir = m_dir.path().toStdString() + "/stations";
    QVERIFY(QDir().mkpath(QString::fromStdString(dir)));
    QVERIFY(writeBoxes(dir + "/targets.gpkg", "targets",
                       {{"T1", 0, 0, 50, 100}, {"T2", 50, 0, 150, 100}, {"T3", 150, 0, 200, 100}}));
    QVERIFY(writeBoxes(dir + "/clip.gpkg", "wards", {{"W1", 0, 0, 200, 100}}));
    QVERIFY(writeStations(dir + "/stations.gpkg", {"a", "b", "c", "d"},
                          {{50, 50, 0}, {150, 50, 0}, {500, 50, 0}, {50, 50, 0}}));
    writeText(dir + "/a.csv", "code,valid,X,Y\na,100,60,40\nb,80,20,60\nc,7,7,0\nd,10,5,5\n");
    writeText(dir + "/b.csv", "code,valid,X,Y\nT1,10,5,5\nT2,10,5,5\nT3,10,5,5\n");
    writeText(dir + "/p.json", R"({"boundaries": {"path": "targets.gpkg", "key": "key"},
      "elections": [
        {"label": "A", "path": "a.csv", "key": "code", "valid": "valid", "parties": ["X", "Y"],
         "reconcile": {"from": {"stations": {"path": "stations.gpkg", "key": "station"},
                                "clip": {"path": "clip.gpkg", "layer": "wards"}}}},
        {"label": "B", "path": "b.csv", "key": "code", "valid": "valid", "parties": ["X", "Y"]}],
      "analysis": {"party": "X", "from": "A", "to": "B"}})");
    auto d = loadProjectDataset(dir + "/p.json");
    QVERIFY2(d, d ? "" : d.error().c_str());
    const std::vector<double> valid{55, 95, 40}; // d's 10 go with a's cell: 5 : 5
    for (std::size_t i = 0; i < 3; ++i)
        QVERIFY2(close(d->elections[0].valid[i], valid[i]), d->keys[i].c_str());
    const ReconcileInfo& r = d->reconcile[0];
    QCOMPARE(r.method, std::string("area"));
    QVERIFY(r.catchments.used);
    QCOMPARE(r.catchments.stations, std::size_t{4});
    QCOMPARE(r.catchments.cells, std::size_t{3});
    QCOMPARE(r.catchments.clipAreas, std::size_t{1});
    QCOMPARE(r.catchments.outside, std::size_t{1});
    QCOMPARE(r.catchments.duplicates, std::size_t{1});
    QCOMPARE(r.catchments.messages.size(), std::size_t{2});
    QVERIFY(close(r.totals[0].sourceTotal, 197));
    QVERIFY(close(r.totals[0].lost, 7));
    QVERIFY(close(r.totals[0].targetTotal, 190));
    QVERIFY2(r.description.rfind("A polling stations (stations) turned into catchments clipped to "
                                 "wards, moved onto targets by overlap area",
                                 0) == 0,
             r.description.c_str());
}

// A layer of lines is neither points nor polygons: the message names the file and says what
// weights may be.
void TestReconcileSources::badWeightLayer() {
    const std::string dir = m_dir.path().toStdString() + "/lines";
    QVERIFY(QDir().mkpath(QString::fromStdString(dir)));
    QVERIFY(writeBoxes(dir + "/targets.gpkg", "targets", {{"T1", 0, 0, 100, 100}}));
    QVERIFY(writeBoxes(dir + "/sources.gpkg", "sources", {{"S1", 0, 0, 100, 100}}));
    writeText(dir + "/w.geojson",
              R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                 "geometry": {"type": "LineString", "coordinates": [[13.7, 51.0], [13.8, 51.1]]}}]})");
    writeText(dir + "/a.csv", "code,valid,X,Y\nS1,100,60,40\n");
    writeText(dir + "/b.csv", "code,valid,X,Y\nT1,10,5,5\n");
    writeText(dir + "/p.json", R"({"boundaries": {"path": "targets.gpkg", "key": "key"},
      "elections": [
        {"label": "A", "path": "a.csv", "key": "code", "valid": "valid", "parties": ["X", "Y"],
         "reconcile": {"from": {"path": "sources.gpkg", "key": "key"}, "method": "weights",
                       "weights": {"path": "w.geojson"}}},
        {"label": "B", "path": "b.csv", "key": "code", "valid": "valid", "parties": ["X", "Y"]}],
      "analysis": {"party": "X", "from": "A", "to": "B"}})");
    auto d = loadProjectDataset(dir + "/p.json");
    QVERIFY(!d);
    const QString e = QString::fromStdString(d.error());
    QVERIFY2(e.contains("w.geojson") && e.contains("Line String") &&
                 e.contains("weights must be points") && e.contains("election A"),
             d.error().c_str());
}

void TestReconcileSources::dresdenStations() {
    const std::string dd = SHARED_DATA_DIR "/de_dresden_wahlbezirke_2019_2024/";
    if (!QFile::exists(QString::fromStdString(dd + "README.md")))
        QSKIP("Dresden data not available");
    const std::string gpkg = dd + "boundaries/dresden_wahlbezirke.gpkg";
    SourceSpec spec;
    spec.path = gpkg;
    spec.layer = "wb_ltw2024";
    spec.key = "wb";
    auto districts = gis::readPolygonLayer(spec, "EPSG:25833");
    QVERIFY2(districts, districts ? "" : districts.error().c_str());
    const auto& codes = **districts->attributes.column("wb");
    const std::vector<double> xy = featureInteriorPoints(districts->geometry);
    QCOMPARE(codes.size(), std::size_t{399});
    const std::string dir = m_dir.path().toStdString() + "/dresden";
    QVERIFY(QDir().mkpath(QString::fromStdString(dir)));
    std::string csv = "station,east,north\n";
    for (std::size_t i = 0; i < codes.size(); ++i) {
        char line[96];
        std::snprintf(line, sizeof line, "%s,%.4f,%.4f\n", codes[i].c_str(), xy[2 * i],
                      xy[2 * i + 1]);
        csv += line;
    }
    writeText(dir + "/stations.csv", csv);
    const std::string postal =
        R"("postal": {"type_column": "district_type", "postal_value": "brief",
                   "parent": "stadtteil", "by": "electorate_postal_ballot_issued"})";
    const std::string parties =
        R"("electorate": "electorate", "voters": "voters", "valid": "valid",
           "parties": ["cdu", "afd", "linke", "gruene", "spd", "fdp", "piraten",
                       "rechte_parteien", "sonstige"])";
    const json project = json::parse(
        R"({"title": "Dresden 2024 by polling-station catchments",
      "boundaries": {"path": ")" +
        gpkg + R"(", "layer": "wb_ltw2024", "key": "wb", "name": "wb_text"},
      "working_crs": "EPSG:25833",
      "elections": [
        {"label": "2019", "path": ")" +
        dd + R"(elections/2019_landtag.csv", "key": "code", )" + parties + R"(,
         "reconcile": {"from": {"path": ")" +
        gpkg + R"(", "layer": "wb_ltw2019", "key": "wb"}, )" + postal + R"(}},
        {"label": "2024", "path": ")" +
        dd + R"(elections/2024_landtag.csv", "key": "code", )" + parties + R"(,
         "reconcile": {"from": {"stations": {"path": "stations.csv", "key": "station",
                                             "x": "east", "y": "north", "crs": "EPSG:25833"},
                                "clip": {"dissolve": "stadtteil"}},
                       "method": "area", )" +
        postal + R"(}}],
      "analysis": {"party": "afd", "from": "2019", "to": "2024"}})");
    const std::string file = dir + "/p.json";
    writeText(file, project.dump(2));
    QString err;
    QCOMPARE(cli({"run", QString::fromStdString(file), "--out",
                  QString::fromStdString(dir + "/out"), "--quiet"},
                 &err),
             0);
    std::ifstream in(dir + "/out/report.json");
    const json report = json::parse(in, nullptr, false);
    QVERIFY(!report.is_discarded());
    const auto v = validateJson(report, reportSchema());
    QVERIFY2(!v, v ? v->c_str() : "");
    QCOMPARE(report["reconcile"].size(), std::size_t{2});
    const json& r = report["reconcile"][1];
    QCOMPARE(r["source"].get<std::string>(), std::string("election 2024"));
    QCOMPARE(r["method"].get<std::string>(), std::string("area"));
    const std::string description = r["description"];
    qInfo("description: %s", description.c_str());
    QVERIFY2(description.rfind("2024 polling stations (stations) turned into catchments clipped "
                               "to stadtteil areas",
                               0) == 0,
             description.c_str());
    QVERIFY(description.find("moved onto wb_ltw2024 by overlap area") != std::string::npos);
    QVERIFY(description.find("postal votes allocated") != std::string::npos);
    const json& c = r["catchments"];
    QCOMPARE(c["stations"].get<int>(), 399);
    QCOMPARE(c["cells"].get<int>(), 399);
    QCOMPARE(c["clip_areas"].get<int>(), 61);
    QCOMPARE(c["clip"].get<std::string>(), std::string("dissolve stadtteil"));
    for (const char* k : {"no_coordinates", "outside", "elsewhere", "duplicates", "empty_cells",
                          "areas_without_station", "geos_failures"})
        QVERIFY2(c[k].get<int>() == 0, k);
    QCOMPARE(r["geos_failures"].get<int>(), 0);
    QCOMPARE(r["unmatched_rows"].get<int>(), 0);
    // the catchments tile the Stadtteile, which tile the districts: nothing lost, every total
    // preserved
    QVERIFY(r["max_discrepancy"].get<double>() < 1e-9);
    const Table t = readCsv(dd + "elections/2024_landtag.csv");
    QVERIFY(t.rowCount() > 0);
    std::map<std::string, double> fileTotal;
    for (const char* col : {"valid", "voters", "afd", "cdu"}) {
        auto values = numericColumn(t, col);
        QVERIFY2(values, col);
        for (double x : *values)
            fileTotal[col] += x;
    }
    for (const auto& col : r["columns"]) {
        const std::string name = col["name"];
        const double s = col["source_total"], tt = col["target_total"], lost = col["lost"];
        QVERIFY2(std::fabs(s - tt) <= 1e-9 * std::max(1.0, s), name.c_str());
        QVERIFY2(std::fabs(lost) <= 1e-9 * std::max(1.0, s), name.c_str());
        // postal allocation leaves the electorate on the polling rows and moves the rest, so
        // every total but the electorate is the file's, urne and brief rows together
        if (fileTotal.count(name))
            QVERIFY2(std::fabs(s - fileTotal[name]) <= 1e-9 * fileTotal[name], name.c_str());
    }
    // the same figures on the districts, read back through the loader
    auto p = loadProject(file);
    QVERIFY2(p, p ? "" : p.error().c_str());
    Feedback fb;
    gis::LoadTimings tm;
    auto d = gis::loadDataset(*p, fb, tm);
    QVERIFY2(d, d ? "" : d.error().c_str());
    double valid = 0;
    for (double x : d->elections[1].valid)
        valid += x;
    QVERIFY(std::fabs(valid - fileTotal["valid"]) <= 1e-9 * fileTotal["valid"]);
    // every district is reached; a Stadtteil with a single district is that district's
    // catchment, so its figures are its own (estimated share 0); elsewhere the catchments only
    // approximate the districts, so their figures are estimated
    const ReconcileInfo& info = d->reconcile[1];
    const auto& stadtteil = **districts->attributes.column("stadtteil");
    std::map<std::string, int> districtsIn;
    for (const auto& st : stadtteil)
        ++districtsIn[st];
    std::size_t own = 0, ownExpected = 0, estimated = 0;
    for (std::size_t i = 0; i < info.estimatedShare.size(); ++i) {
        const double s = info.estimatedShare[i];
        QVERIFY2(std::isfinite(s), codes[i].c_str());
        own += s < 1e-6;
        estimated += s > 0.5;
        if (districtsIn[stadtteil[i]] == 1) {
            ++ownExpected;
            QVERIFY2(s < 1e-6, (codes[i] + ": " + std::to_string(s)).c_str());
        }
    }
    qInfo("estimated share: %zu districts below 1e-6 (%zu alone in their Stadtteil), %zu above 0.5",
          own, ownExpected, estimated);
    QVERIFY(estimated > 300);
}

QTEST_GUILESS_MAIN(TestReconcileSources)
#include "tst_reconcile_sources.moc"
