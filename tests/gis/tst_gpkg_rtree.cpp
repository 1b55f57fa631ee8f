// SPDX-License-Identifier: GPL-3.0-or-later
// The packed GeoPackage R-tree (gis/gpkg_rtree.cpp) written by writePolygons: SQLite's own
// rtreecheck() accepts it, it holds exactly the features with a geometry with bounds that contain
// their envelopes, spatial filters find what a scan finds, and edits after the write keep it
// current (the insert trigger is back). Everything is read back through OGR/SQLite, not our code.
#include "gis/vector_writer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <random>

using namespace swingmap;
using namespace swingmap::gis;

namespace {

/// `n` rectangles at random places (fixed seed) near (x0, y0); every 7th feature has no geometry.
PolygonLayer randomLayer(std::size_t n, double x0, double y0, double spread) {
    std::mt19937 rng(12345);
    std::uniform_real_distribution<double> pos(0, spread), size(spread * 1e-6, spread * 0.01);
    PolygonLayer l;
    for (std::size_t f = 0; f < n; ++f) {
        if (f % 7 != 3) {
            const double x = x0 + pos(rng), y = y0 + pos(rng), w = size(rng), h = size(rng);
            const double r[] = {x, y, x + w, y, x + w, y + h, x, y + h, x, y};
            l.beginPart();
            l.addRing(r, 5);
            l.endPart();
        }
        l.endFeature();
    }
    return l;
}

std::vector<FieldColumn> keys(std::size_t n) {
    FieldColumn c{"key", FieldColumn::Type::Text, {}, {}, {}};
    for (std::size_t i = 0; i < n; ++i)
        c.texts.push_back(QStringLiteral("K%1").arg(i).toStdString());
    return {c};
}

GDALDatasetUniquePtr open(const QString& path, bool update = false) {
    GDALAllRegister();
    return GDALDatasetUniquePtr(GDALDataset::Open(path.toUtf8().constData(),
                                                  GDAL_OF_VECTOR | (update ? GDAL_OF_UPDATE : 0)));
}

std::string scalar(GDALDataset& ds, const std::string& sql) {
    std::string v;
    if (OGRLayer* r = ds.ExecuteSQL(sql.c_str(), nullptr, nullptr)) {
        if (OGRFeatureUniquePtr f(r->GetNextFeature()); f && f->IsFieldSetAndNotNull(0))
            v = f->GetFieldAsString(0);
        ds.ReleaseResultSet(r);
    }
    return v;
}

long long count(GDALDataset& ds, const std::string& sql) {
    return std::atoll(scalar(ds, sql).c_str());
}

} // namespace

class TestGpkgRtree : public QObject {
    Q_OBJECT
private slots:
    void indexMatchesFeatures_data();
    void indexMatchesFeatures();
    void editsKeepIndexCurrent();
};

void TestGpkgRtree::indexMatchesFeatures_data() {
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("x0");
    QTest::addColumn<double>("spread");
    // 51 cells fill one node of SQLite's 1228-byte nodes; 3000 make a tree of three levels
    for (int n : {1, 6, 51, 60, 3000})
        QTest::addRow("%d features, metres", n) << n << 155000.0 << 300000.0;
    QTest::addRow("3000 features, degrees") << 3000 << 5.1234567 << 0.37;
}

void TestGpkgRtree::indexMatchesFeatures() {
    QFETCH(int, n);
    QFETCH(double, x0);
    QFETCH(double, spread);
    QTemporaryDir dir;
    const QString path = dir.filePath("a.gpkg");
    const PolygonLayer layer = randomLayer(std::size_t(n), x0, 2 * x0, spread);
    QVERIFY(writePolygons(path.toStdString(), "areas", layer, "EPSG:28992", keys(std::size_t(n))));
    auto ds = open(path);
    QVERIFY(ds);
    QCOMPARE(scalar(*ds, "SELECT rtreecheck('rtree_areas_geom')"), std::string("ok"));
    const long long withGeometry = count(*ds, "SELECT count(*) FROM areas WHERE geom IS NOT NULL");
    QCOMPARE(withGeometry, static_cast<long long>(n - (n + 3) / 7));
    QCOMPARE(count(*ds, "SELECT count(*) FROM rtree_areas_geom"), withGeometry);
    // every entry is its feature's, and holds the feature's envelope within float precision
    QCOMPARE(count(*ds, "SELECT count(*) FROM areas a JOIN rtree_areas_geom r ON r.id = a.fid "
                        "WHERE r.minx <= ST_MinX(a.geom) AND r.maxx >= ST_MaxX(a.geom) AND "
                        "r.miny <= ST_MinY(a.geom) AND r.maxy >= ST_MaxY(a.geom) AND "
                        "ST_MinX(a.geom) - r.minx <= 1e-6 * abs(r.minx) AND "
                        "r.maxx - ST_MaxX(a.geom) <= 1e-6 * abs(r.maxx) AND "
                        "ST_MinY(a.geom) - r.miny <= 1e-6 * abs(r.miny) AND "
                        "r.maxy - ST_MaxY(a.geom) <= 1e-6 * abs(r.maxy)"),
             withGeometry);
    QCOMPARE(count(*ds, "SELECT count(*) FROM gpkg_extensions WHERE table_name = 'areas' AND "
                        "extension_name = 'gpkg_rtree_index'"),
             1LL);
    // a spatial filter (answered from the R-tree) finds what a scan of the envelopes finds
    OGRLayer* l = ds->GetLayerByName("areas");
    QVERIFY(l);
    QVERIFY(l->TestCapability(OLCFastSpatialFilter));
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> pos(0, spread);
    for (int w = 0; w < 20; ++w) {
        const double ax = x0 + pos(rng), ay = 2 * x0 + pos(rng), s = spread * (w + 1) / 40;
        long long scanned = 0;
        l->SetSpatialFilter(nullptr);
        for (auto& f : *l) {
            const OGRGeometry* g = f->GetGeometryRef();
            if (!g) continue;
            OGREnvelope e;
            g->getEnvelope(&e);
            scanned += e.MinX <= ax + s && e.MaxX >= ax && e.MinY <= ay + s && e.MaxY >= ay;
        }
        l->SetSpatialFilterRect(ax, ay, ax + s, ay + s);
        long long filtered = 0;
        for (auto& f : *l)
            filtered += f->GetGeometryRef() != nullptr;
        QCOMPARE(filtered, scanned);
    }
}

void TestGpkgRtree::editsKeepIndexCurrent() {
    QTemporaryDir dir;
    const QString path = dir.filePath("a.gpkg");
    QVERIFY(writePolygons(path.toStdString(), "areas", randomLayer(200, 1000, 1000, 5000),
                          "EPSG:28992", keys(200)));
    auto ds = open(path, true);
    QVERIFY(ds);
    QCOMPARE(count(*ds, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                        "'rtree_areas_geom_%'"),
             6LL); // insert, update1-4, delete: as GDAL made them
    OGRLayer* l = ds->GetLayerByName("areas");
    const long long before = count(*ds, "SELECT count(*) FROM rtree_areas_geom");
    OGRFeatureUniquePtr f(OGRFeature::CreateFeature(l->GetLayerDefn()));
    OGRGeometry* g = nullptr;
    OGRGeometryFactory::createFromWkt("MULTIPOLYGON (((99000 99000,99010 99000,99010 99010,99000 "
                                      "99000)))",
                                      nullptr, &g);
    f->SetGeometryDirectly(g);
    QCOMPARE(l->CreateFeature(f.get()), OGRERR_NONE);
    QCOMPARE(l->DeleteFeature(1), OGRERR_NONE);
    QCOMPARE(count(*ds, "SELECT count(*) FROM rtree_areas_geom"), before); // +1 - 1
    QCOMPARE(count(*ds, "SELECT count(*) FROM rtree_areas_geom WHERE minx >= 98999 AND maxx <= "
                        "99011"),
             1LL);
    QCOMPARE(scalar(*ds, "SELECT rtreecheck('rtree_areas_geom')"), std::string("ok"));
}

QTEST_GUILESS_MAIN(TestGpkgRtree)
#include "tst_gpkg_rtree.moc"
