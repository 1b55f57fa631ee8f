// SPDX-License-Identifier: GPL-3.0-or-later
// readPolygonLayer validates, repairs and reprojects in worker threads (gis/reader.cpp): whatever
// the number of threads and the batch size, the layer read is the one read in a single thread,
// feature for feature, with the same repairs, the same empty features and the same first error.
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
QString makeLayer(const QTemporaryDir& dir, bool withPoint = false, int point = 0) {
    GDALAllRegister();
    const QString path = dir.filePath(withPoint ? "with_point.gpkg" : "areas.gpkg");
    GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("GPKG");
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

} // namespace

class TestThreadedRead : public QObject {
    Q_OBJECT
private slots:
    void sameAsSerial_data();
    void sameAsSerial();
    void sameFirstError_data();
    void sameFirstError();
};

void TestThreadedRead::sameAsSerial_data() {
    QTest::addColumn<QString>("crs");
    QTest::addColumn<unsigned>("threads");
    QTest::addColumn<int>("batch");
    for (const char* crs : {"", "EPSG:4326"}) {
        QTest::addRow("%s, 2 threads, batch 7", crs) << crs << 2U << 7;
        QTest::addRow("%s, 3 threads, batch 1", crs) << crs << 3U << 1;
        QTest::addRow("%s, 2 threads, batch 4096", crs) << crs << 2U << 4096;
        QTest::addRow("%s, default", crs) << crs << 0U << 0;
    }
}

void TestThreadedRead::sameAsSerial() {
    QFETCH(QString, crs);
    QFETCH(unsigned, threads);
    QFETCH(int, batch);
    QTemporaryDir dir;
    const QString path = makeLayer(dir);
    QVERIFY(!path.isEmpty());
    auto serial = readPolygonLayer(spec(path), crs.toStdString(), ReadTuning{1, 1 << 20});
    QVERIFY2(serial, serial ? "" : serial.error().c_str());
    ReadTuning t;
    t.threads = threads;
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
    QTest::newRow("serial") << 1U << 4096;
    QTest::newRow("2 threads, batch 5") << 2U << 5;
    QTest::newRow("3 threads, batch 64") << 3U << 64;
}

void TestThreadedRead::sameFirstError() {
    QFETCH(unsigned, threads);
    QFETCH(int, batch);
    QTemporaryDir dir;
    const QString path = makeLayer(dir, true, 421);
    QVERIFY(!path.isEmpty());
    auto read = readPolygonLayer(spec(path), "", ReadTuning{threads, std::size_t(batch)});
    QVERIFY(!read);
    // features are numbered from 1: the point is the 422nd
    QVERIFY2(read.error().find("feature 422 (key \"A421\") is a Point") != std::string::npos,
             read.error().c_str());
}

QTEST_GUILESS_MAIN(TestThreadedRead)
#include "tst_threaded_read.moc"
