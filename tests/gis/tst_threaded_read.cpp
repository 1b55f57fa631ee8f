// SPDX-License-Identifier: GPL-3.0-or-later
// readPolygonLayer validates, repairs and reprojects in worker threads (gis/reader.cpp): whatever
// the number of threads and the batch size, the layer read is the one read in a single thread,
// feature for feature, with the same repairs, the same empty features and the same first error.
// Drivers that stream fast are read through OGR's Arrow stream (gis/reader_arrow.cpp): that read
// must be the feature loop's, bit for bit, on these layers, on every field type and on real data.
#include "gis/reader.h"

#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <string>

using namespace swingmap;
using namespace swingmap::gis;

namespace {

constexpr int kFeatures = 600;

/// Feature i's geometry: mostly squares, every 10th a bow-tie (invalid: MakeValid repairs it),
/// every 23rd NULL, every 31st empty, every 17th a two-part multipolygon with a Z coordinate.
std::string wktOf(int i, bool pointAt, int point) {
    const double x = 500000 + 100.0 * (i % 40), y = 5600000 + 100.0 * (i / 40);
    auto sq = [&](double dx) {
        return "((" + std::to_string(x + dx) + " " + std::to_string(y) + "," +
               std::to_string(x + dx + 90) + " " + std::to_string(y) + "," +
               std::to_string(x + dx + 90) + " " + std::to_string(y + 90) + "," +
               std::to_string(x + dx) + " " + std::to_string(y + 90) + "," +
               std::to_string(x + dx) + " " + std::to_string(y) + "))";
    };
    if (pointAt && i == point) return "POINT (500000 5600000)";
    if (i % 23 == 5) return "";
    if (i % 31 == 7) return "POLYGON EMPTY";
    if (i % 10 == 3) // bow-tie
        return "POLYGON ((" + std::to_string(x) + " " + std::to_string(y) + "," +
               std::to_string(x + 90) + " " + std::to_string(y + 90) + "," +
               std::to_string(x + 90) + " " + std::to_string(y) + "," + std::to_string(x) + " " +
               std::to_string(y + 90) + "," + std::to_string(x) + " " + std::to_string(y) + "))";
    if (i % 17 == 2) return "MULTIPOLYGON (" + sq(0) + "," + sq(-3000) + ")";
    return "POLYGON " + sq(0);
}

int expectedBowties() {
    int n = 0;
    for (int i = 0; i < kFeatures; ++i)
        n += i % 23 != 5 && i % 31 != 7 && i % 10 == 3;
    return n;
}

/// A GeoPackage written with OGR (not our writer), EPSG:25832, fields "key" and "n"; "" = failed.
QString makeLayer(const QTemporaryDir& dir, bool withPoint = false, int point = 0,
                  const char* driver = "GPKG") {
    GDALAllRegister();
    const QString ext = std::string(driver) == "GPKG" ? ".gpkg" : ".fgb";
    const QString path = dir.filePath((withPoint ? "with_point" : "areas") + ext);
    GDALDriver* drv = GetGDALDriverManager()->GetDriverByName(driver);
    GDALDatasetUniquePtr ds(drv->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference srs;
    srs.importFromEPSG(25832);
    OGRLayer* l = ds->CreateLayer("areas", &srs, wkbUnknown, nullptr);
    OGRFieldDefn key("key", OFTString), n("n", OFTInteger);
    l->CreateField(&key);
    l->CreateField(&n);
    ds->StartTransaction();
    for (int i = 0; i < kFeatures; ++i) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(l->GetLayerDefn()));
        f->SetField(0, QStringLiteral("A%1").arg(i).toUtf8().constData());
        if (i % 50 != 9) f->SetField(1, i * 3);
        const std::string wkt = wktOf(i, withPoint, point);
        if (!wkt.empty()) {
            OGRGeometry* g = nullptr;
            OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &g);
            if (g && i % 17 == 2) g->set3D(TRUE);
            f->SetGeometryDirectly(g);
        }
        if (l->CreateFeature(f.get()) != OGRERR_NONE) return {};
    }
    ds->CommitTransaction();
    return path;
}

SourceSpec spec(const QString& path) {
    SourceSpec s;
    s.path = path.toStdString();
    s.key = "key";
    return s;
}

ReadTuning tuning(unsigned threads, std::size_t batch, bool arrow) {
    ReadTuning t;
    t.threads = threads;
    t.batch = batch;
    t.arrow = arrow;
    return t;
}

/// Both reads the same, bit for bit: geometry, attributes, repairs, empties, CRS.
void compareReads(const LoadedLayer& a, const LoadedLayer& b) {
    QCOMPARE(a.repaired, b.repaired);
    QCOMPARE(a.empty, b.empty);
    QCOMPARE(a.geometry.featureCount(), b.geometry.featureCount());
    QVERIFY(a.geometry.xy == b.geometry.xy);
    QVERIFY(a.geometry.ringPoint == b.geometry.ringPoint);
    QVERIFY(a.geometry.partRing == b.geometry.partRing);
    QVERIFY(a.geometry.featurePart == b.geometry.featurePart);
    QCOMPARE(a.geometry.bbox.size(), b.geometry.bbox.size());
    QCOMPARE(a.geometry.extent.minX, b.geometry.extent.minX);
    QCOMPARE(a.geometry.extent.maxY, b.geometry.extent.maxY);
    QCOMPARE(a.attributes.columns, b.attributes.columns);
    for (std::size_t c = 0; c < a.attributes.cells.size(); ++c)
        for (std::size_t r = 0; r < a.attributes.cells[c].size(); ++r)
            QVERIFY2(a.attributes.cells[c][r] == b.attributes.cells[c][r],
                     (a.attributes.columns[c] + " row " + std::to_string(r) + ": \"" +
                      a.attributes.cells[c][r] + "\" vs \"" + b.attributes.cells[c][r] + "\"")
                         .c_str());
    QCOMPARE(a.crsName, b.crsName);
}

} // namespace

class TestThreadedRead : public QObject {
    Q_OBJECT
private slots:
    void sameAsSerial_data();
    void sameAsSerial();
    void sameFirstError_data();
    void sameFirstError();
    void arrowSameAsFeatureLoop_data();
    void arrowSameAsFeatureLoop();
    void arrowFieldTypes();
    void arrowRealData_data();
    void arrowRealData();
};

void TestThreadedRead::sameAsSerial_data() {
    QTest::addColumn<QString>("crs");
    QTest::addColumn<unsigned>("threads");
    QTest::addColumn<int>("batch");
    QTest::addColumn<bool>("arrow");
    for (const char* crs : {"", "EPSG:4326"})
        for (bool arrow : {false, true}) {
            const char* how = arrow ? "arrow" : "features";
            QTest::addRow("%s, %s, 2 threads, batch 7", crs, how) << crs << 2U << 7 << arrow;
            QTest::addRow("%s, %s, 3 threads, batch 1", crs, how) << crs << 3U << 1 << arrow;
            QTest::addRow("%s, %s, 2 threads, batch 4096", crs, how) << crs << 2U << 4096 << arrow;
            QTest::addRow("%s, %s, default", crs, how) << crs << 0U << 0 << arrow;
        }
}

void TestThreadedRead::sameAsSerial() {
    QFETCH(QString, crs);
    QFETCH(unsigned, threads);
    QFETCH(int, batch);
    QFETCH(bool, arrow);
    QTemporaryDir dir;
    const QString path = makeLayer(dir);
    QVERIFY(!path.isEmpty());
    auto serial = readPolygonLayer(spec(path), crs.toStdString(), tuning(1, 1 << 20, false));
    QVERIFY2(serial, serial ? "" : serial.error().c_str());
    ReadTuning t;
    t.threads = threads;
    t.arrow = arrow;
    if (batch > 0) t.batch = std::size_t(batch);
    auto threaded = readPolygonLayer(spec(path), crs.toStdString(), t);
    QVERIFY2(threaded, threaded ? "" : threaded.error().c_str());
    // the serial read is itself right: every bow-tie repaired, NULL and empty kept as empty
    QCOMPARE(serial->repaired, std::size_t(expectedBowties()));
    QCOMPARE(serial->geometry.featureCount(), std::size_t(kFeatures));
    QVERIFY(serial->empty > 0);
    QCOMPARE(threaded->repaired, serial->repaired);
    QCOMPARE(threaded->empty, serial->empty);
    QVERIFY(threaded->geometry.xy == serial->geometry.xy); // bit for bit
    QVERIFY(threaded->geometry.ringPoint == serial->geometry.ringPoint);
    QVERIFY(threaded->geometry.partRing == serial->geometry.partRing);
    QVERIFY(threaded->geometry.featurePart == serial->geometry.featurePart);
    QCOMPARE(threaded->attributes.columns, serial->attributes.columns);
    QVERIFY(threaded->attributes.cells == serial->attributes.cells);
    QCOMPARE(threaded->attributes.cells[0][599], std::string("A599"));
    QCOMPARE(threaded->crsName, serial->crsName);
}

void TestThreadedRead::sameFirstError_data() {
    QTest::addColumn<unsigned>("threads");
    QTest::addColumn<int>("batch");
    QTest::addColumn<bool>("arrow");
    for (bool arrow : {false, true}) {
        const char* how = arrow ? "arrow" : "features";
        QTest::addRow("%s, serial", how) << 1U << 4096 << arrow;
        QTest::addRow("%s, 2 threads, batch 5", how) << 2U << 5 << arrow;
        QTest::addRow("%s, 3 threads, batch 64", how) << 3U << 64 << arrow;
    }
}

void TestThreadedRead::sameFirstError() {
    QFETCH(unsigned, threads);
    QFETCH(int, batch);
    QFETCH(bool, arrow);
    QTemporaryDir dir;
    const QString path = makeLayer(dir, true, 421);
    QVERIFY(!path.isEmpty());
    auto read = readPolygonLayer(spec(path), "", tuning(threads, std::size_t(batch), arrow));
    QVERIFY(!read);
    // features are numbered from 1: the point is the 422nd
    QVERIFY2(read.error().find("feature 422 (key \"A421\") is a Point") != std::string::npos,
             read.error().c_str());
}

void TestThreadedRead::arrowSameAsFeatureLoop_data() {
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("crs");
    for (const char* driver : {"GPKG", "FlatGeobuf"})
        for (const char* crs : {"", "EPSG:4326"})
            QTest::addRow("%s %s", driver, crs) << driver << crs;
}

void TestThreadedRead::arrowSameAsFeatureLoop() {
    QFETCH(QString, driver);
    QFETCH(QString, crs);
    QTemporaryDir dir;
    const QString path = makeLayer(dir, false, 0, driver.toUtf8().constData());
    QVERIFY(!path.isEmpty());
    auto loop = readPolygonLayer(spec(path), crs.toStdString(), tuning(1, 4096, false));
    QVERIFY2(loop, loop ? "" : loop.error().c_str());
    QVERIFY(!loop->streamed);
    auto streamed = readPolygonLayer(spec(path), crs.toStdString(), tuning(2, 50, true));
    QVERIFY2(streamed, streamed ? "" : streamed.error().c_str());
    if (driver == "GPKG") QVERIFY(streamed->streamed); // the Arrow path was taken
    QCOMPARE(loop->repaired, std::size_t(expectedBowties()));
    compareReads(*streamed, *loop);
}

void TestThreadedRead::arrowFieldTypes() {
    // every field type the stream converts, NULLs, text beyond ASCII, reals at the edges, and
    // polygons with holes, several parts, curves and a ring too short: the feature loop's text
    GDALAllRegister();
    QTemporaryDir dir;
    const QString path = dir.filePath("types.gpkg");
    GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr ds(drv->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference srs;
    srs.importFromEPSG(3035);
    for (const char* name : {"typed", "subtyped", "dated"}) {
        const bool withDate = std::string(name) == "dated";
        const bool subtyped = std::string(name) != "typed";
        OGRLayer* l = ds->CreateLayer(name, &srs, wkbUnknown, nullptr);
        OGRFieldDefn key("key", OFTString), i32("i32", OFTInteger), i64("i64", OFTInteger64),
            real("real", OFTReal), f32("f32", OFTReal), flag("flag", OFTInteger),
            i16("i16", OFTInteger), date("day", OFTDate);
        f32.SetSubType(OFSTFloat32);
        flag.SetSubType(OFSTBoolean);
        i16.SetSubType(OFSTInt16);
        for (OGRFieldDefn* f : {&key, &i32, &i64, &real})
            QCOMPARE(l->CreateField(f), OGRERR_NONE);
        if (subtyped)
            for (OGRFieldDefn* f : {&f32, &flag, &i16})
                QCOMPARE(l->CreateField(f), OGRERR_NONE);
        if (withDate) QCOMPARE(l->CreateField(&date), OGRERR_NONE);
        const char* wkts[] = {
            "POLYGON ((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2))",
            "MULTIPOLYGON (((20 0,30 0,30 10,20 0)),((40 0,50 0,50 10,40 0)))",
            "CURVEPOLYGON (CIRCULARSTRING (60 0,70 10,80 0,70 -10,60 0))",
            "POLYGON ((0 20,10 20,0 30,10 30,0 20))", // bow-tie
            "POLYGON ((0 40,1 40,0 40))",             // too short to be a ring
            "POLYGON Z ((0 50 1,10 50 2,10 60 3,0 50 1))",
            "MULTIPOLYGON (((90 0,99 0,99 9,90 0)))",
        };
        const double reals[] = {0.1, 1e300, -0.0, 123456789.123456789, -2.5e-308, 7, 1.0 / 3};
        const char* texts[] = {
            "Süd – Ørsted", "", "naïve \"quoted\", comma", "x", "日本", "a", "b"};
        for (int i = 0; i < 7; ++i) {
            OGRFeatureUniquePtr f(OGRFeature::CreateFeature(l->GetLayerDefn()));
            f->SetField(0, texts[i]);
            if (i != 2) {
                f->SetField(1, i * 1000 - 3000);
                f->SetField(2, static_cast<GIntBig>(1) << (30 + i));
                f->SetField(3, reals[i]);
                if (subtyped) {
                    f->SetField(4, reals[i]);
                    f->SetField(5, i % 2);
                    f->SetField(6, -32768 + i);
                }
                if (withDate) f->SetField(7, 2017, 9, 24 - i);
            } // feature 3 has NULL in every field but its key
            OGRGeometry* g = nullptr;
            QCOMPARE(OGRGeometryFactory::createFromWkt(wkts[i], nullptr, &g), OGRERR_NONE);
            f->SetGeometryDirectly(g);
            QCOMPARE(l->CreateFeature(f.get()), OGRERR_NONE);
        }
    }
    ds.reset();
    for (const char* layer : {"typed", "subtyped", "dated"}) {
        SourceSpec s = spec(path);
        s.layer = layer;
        auto loop = readPolygonLayer(s, "", tuning(1, 4096, false));
        QVERIFY2(loop, loop ? "" : loop.error().c_str());
        auto streamed = readPolygonLayer(s, "", tuning(2, 3, true));
        QVERIFY2(streamed, streamed ? "" : streamed.error().c_str());
        // subtypes (stored wider than the stream gives them) and dates (formatted by OGR's own
        // rules) are left to the feature loop
        QCOMPARE(streamed->streamed, std::string(layer) == "typed");
        QCOMPARE(loop->repaired, std::size_t(2)); // the bow-tie and the short ring
        QCOMPARE(loop->attributes.cells[3][1], std::string("1.0000000000000001e+300"));
        QCOMPARE(loop->attributes.cells[0][0], std::string("Süd – Ørsted"));
        QCOMPARE(loop->attributes.cells[1][2], std::string());
        compareReads(*streamed, *loop);
    }
}

void TestThreadedRead::arrowRealData_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QString>("crs");
    const QString ka =
        "de_karlsruhe_wahlbezirke_btw2013_2017/boundaries/karlsruhe_wahlbezirke.gpkg";
    const QString dd = "de_dresden_wahlbezirke_2019_2024/boundaries/dresden_wahlbezirke.gpkg";
    for (const char* crs : {"", "EPSG:3035"}) {
        QTest::addRow("Karlsruhe 2017 %s", crs) << ka << "wb_btw2017" << crs;
        QTest::addRow("Karlsruhe Stadtteile %s", crs) << ka << "stadtteile" << crs;
        QTest::addRow("Dresden 2024 %s", crs) << dd << "wb_ltw2024" << crs;
    }
    QTest::addRow("Georgia") << "us_georgia_gwr_fbc2002/georgia.gpkg"
                             << ""
                             << ""; // no CRS known
}

void TestThreadedRead::arrowRealData() {
    QFETCH(QString, file);
    QFETCH(QString, layer);
    QFETCH(QString, crs);
    const QString path = QStringLiteral(SHARED_DATA_DIR "/") + file;
    if (!QFileInfo::exists(path)) QSKIP("the shared data is not here");
    SourceSpec s;
    s.path = path.toStdString();
    s.layer = layer.toStdString();
    auto loop = readPolygonLayer(s, crs.toStdString(), tuning(1, 4096, false));
    QVERIFY2(loop, loop ? "" : loop.error().c_str());
    auto streamed = readPolygonLayer(s, crs.toStdString(), tuning(2, 64, true));
    QVERIFY2(streamed, streamed ? "" : streamed.error().c_str());
    QVERIFY(streamed->streamed);
    QVERIFY(loop->geometry.featureCount() > 25);
    compareReads(*streamed, *loop);
}

QTEST_GUILESS_MAIN(TestThreadedRead)
#include "tst_threaded_read.moc"
