// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/vector_writer.h"
#include "gis/voronoi.h"

#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <limits>
#include <numeric>

using namespace swingmap;
using namespace swingmap::gis;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void addSquare(PolygonLayer& l, double x0, double y0, double size) {
    const double r[] = {x0, y0, x0 + size, y0, x0 + size, y0 + size, x0, y0 + size, x0, y0};
    l.addRing(r, 5);
}

/// 0: square with a hole (area 96); 1: two parts (1 + 4); 2: no geometry; 3: triangle (0.5).
PolygonLayer sampleLayer() {
    PolygonLayer l;
    l.beginPart();
    addSquare(l, 0, 0, 10);
    addSquare(l, 2, 2, 2);
    l.endPart();
    l.endFeature();
    for (double s : {1.0, 2.0}) {
        l.beginPart();
        addSquare(l, 20 * s, 0, s);
        l.endPart();
    }
    l.endFeature();
    l.endFeature();
    const double tri[] = {0, 0, 1, 0, 0, 1, 0, 0};
    l.beginPart();
    l.addRing(tri, 4);
    l.endPart();
    l.endFeature();
    return l;
}

std::vector<FieldColumn> sampleFields() {
    FieldColumn code{"code", FieldColumn::Type::Text, {}, {"A01", "B02", "", "D04"}, {0, 0, 1, 0}};
    FieldColumn n{"n", FieldColumn::Type::Integer, {1, kNaN, 3, 12345678901.0}, {}, {}};
    FieldColumn x{"x", FieldColumn::Type::Real, {1.5, 2.5, kNaN, 4.25}, {}, {0, 1, 0, 0}};
    return {code, n, x};
}

GDALDatasetUniquePtr openVector(const QString& path) {
    GDALAllRegister();
    return GDALDatasetUniquePtr(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
}

double areaOf(const PolygonLayer& l) {
    double a = 0;
    for (std::size_t f = 0; f < l.featureCount(); ++f)
        a += featureArea(l, f);
    return a;
}

} // namespace

class TestWriter : public QObject {
    Q_OBJECT
private slots:
    void writesFeaturesFieldsAndNulls();
    void writesCrsAndAreas();
    void overwritesExistingFile();
    void reportsErrors();
    void voronoiKeepsInputOrder();
    void dissolveMergesGroups();
};

void TestWriter::writesFeaturesFieldsAndNulls() {
    QTemporaryDir tmp;
    const QString path = tmp.filePath("sample.gpkg");
    const Status st =
        writePolygons(path.toStdString(), "areas", sampleLayer(), "EPSG:25832", sampleFields());
    QVERIFY2(st.ok(), st.ok() ? "" : st.error().c_str());
    auto ds = openVector(path);
    QVERIFY(ds);
    OGRLayer* layer = ds->GetLayerByName("areas");
    QVERIFY(layer);
    QCOMPARE(layer->GetFeatureCount(), GIntBig(4));
    QCOMPARE(layer->GetLayerDefn()->GetFieldCount(), 3);
    QCOMPARE(QString(layer->GetLayerDefn()->GetFieldDefn(0)->GetNameRef()), QString("code"));
    std::vector<OGRFeatureUniquePtr> f;
    for (auto& feature : *layer)
        f.push_back(std::move(feature));
    QCOMPARE(f.size(), std::size_t(4));
    QCOMPARE(QString(f[0]->GetFieldAsString("code")), QString("A01"));
    QVERIFY(f[2]->IsFieldNull(0));
    QCOMPARE(f[3]->GetFieldAsInteger64("n"), GIntBig(12345678901));
    QVERIFY(f[1]->IsFieldNull(1));
    QCOMPARE(f[3]->GetFieldAsDouble("x"), 4.25);
    QVERIFY(f[1]->IsFieldNull(2));
    QVERIFY(f[2]->IsFieldNull(2));
    QVERIFY(f[2]->GetGeometryRef() == nullptr);
}

void TestWriter::writesCrsAndAreas() {
    QTemporaryDir tmp;
    const QString path = tmp.filePath("sample.gpkg");
    QVERIFY(
        writePolygons(path.toStdString(), "areas", sampleLayer(), "EPSG:25832", sampleFields()));
    auto ds = openVector(path);
    OGRLayer* layer = ds->GetLayer(0);
    const OGRSpatialReference* srs = layer->GetSpatialRef();
    QVERIFY(srs);
    QCOMPARE(QString(srs->GetAuthorityCode(nullptr)), QString("25832"));
    QCOMPARE(wkbFlatten(layer->GetGeomType()), wkbMultiPolygon);
    const double expected[] = {96, 5, 0, 0.5};
    int k = 0;
    for (auto& feature : *layer) {
        const OGRGeometry* g = feature->GetGeometryRef();
        if (k != 2) {
            QVERIFY(g);
            QCOMPARE(wkbFlatten(g->getGeometryType()), wkbMultiPolygon);
            QCOMPARE(g->toMultiPolygon()->get_Area(), expected[k]);
        }
        ++k;
    }
    QCOMPARE(k, 4);
}

void TestWriter::overwritesExistingFile() {
    QTemporaryDir tmp;
    const std::string path = tmp.filePath("again.gpkg").toStdString();
    QVERIFY(writePolygons(path, "areas", sampleLayer(), "", sampleFields()));
    PolygonLayer one;
    one.beginPart();
    addSquare(one, 0, 0, 1);
    one.endPart();
    one.endFeature();
    QVERIFY(writePolygons(path, "other", one, "EPSG:4326", {}));
    auto ds = openVector(QString::fromStdString(path));
    QCOMPARE(ds->GetLayerCount(), 1);
    QCOMPARE(ds->GetLayer(0)->GetFeatureCount(), GIntBig(1));
}

void TestWriter::reportsErrors() {
    QTemporaryDir tmp;
    const std::string missing = tmp.filePath("no/such/dir/x.gpkg").toStdString();
    Status st = writePolygons(missing, "areas", sampleLayer(), "", sampleFields());
    QVERIFY(!st.ok());
    QVERIFY(st.error().find(missing) != std::string::npos);
    auto fields = sampleFields();
    fields[1].numbers.pop_back();
    st = writePolygons(tmp.filePath("x.gpkg").toStdString(), "a", sampleLayer(), "", fields);
    QVERIFY(!st.ok());
    QVERIFY(st.error().find("'n'") != std::string::npos);
    st = writePolygons(tmp.filePath("y.gpkg").toStdString(), "a", sampleLayer(), "EPSG:99999999",
                       {});
    QVERIFY(!st.ok());
}

void TestWriter::voronoiKeepsInputOrder() {
    // A jittered 20 x 15 grid in shuffled order, plus one duplicate point.
    std::vector<double> xy;
    for (int k = 0; k < 300; ++k) {
        const int i = (k * 97) % 300;
        xy.insert(xy.end(),
                  {100.0 * (i % 20) + 50 + (i % 7) * 3.0, 100.0 * (i / 20) + 50 + (i % 5) * 4.0});
    }
    xy.insert(xy.end(), {xy[10], xy[11]});
    const BBox clip{0, 0, 2000, 1500};
    auto cells = voronoiCells(xy, clip);
    QVERIFY2(cells.ok(), cells.ok() ? "" : cells.error().c_str());
    QCOMPARE(cells->featureCount(), std::size_t(301));
    for (std::size_t i = 0; i < 300; ++i) {
        const BBox& b = cells->bbox[i];
        QVERIFY(b.minX <= xy[2 * i] && xy[2 * i] <= b.maxX);
        QVERIFY(b.minY <= xy[2 * i + 1] && xy[2 * i + 1] <= b.maxY);
        QVERIFY(featureArea(*cells, i) > 1000);
    }
    QCOMPARE(featureArea(*cells, 300), featureArea(*cells, 5));
    QVERIFY(std::abs(areaOf(*cells) - featureArea(*cells, 5) - 2000.0 * 1500.0) < 1e-3);
    QVERIFY(!voronoiCells({1.0, 2.0, 3.0}, clip).ok());
}

void TestWriter::dissolveMergesGroups() {
    std::vector<double> xy;
    for (int i = 0; i < 40; ++i)
        xy.insert(xy.end(), {25.0 * i + 10, 10.0 + (i % 3) * 30.0});
    auto cells = voronoiCells(xy, BBox{0, 0, 1000, 100});
    QVERIFY(cells.ok());
    std::vector<int> group(40);
    for (int i = 0; i < 40; ++i)
        group[std::size_t(i)] = i < 20 ? 0 : (i < 39 ? 1 : -1);
    auto merged = dissolve(*cells, group, 3);
    QVERIFY2(merged.ok(), merged.ok() ? "" : merged.error().c_str());
    QCOMPARE(merged->featureCount(), std::size_t(3));
    double a0 = 0, a1 = 0;
    for (std::size_t i = 0; i < 40; ++i)
        (group[i] == 0 ? a0 : a1) += group[i] >= 0 ? featureArea(*cells, i) : 0;
    QVERIFY(std::abs(featureArea(*merged, 0) - a0) < 1e-6 * a0);
    QVERIFY(std::abs(featureArea(*merged, 1) - a1) < 1e-6 * a1);
    QCOMPARE(merged->partRing[merged->featurePart[1]] + 1,
             merged->partRing[merged->featurePart[1] + 1]);
    QVERIFY(!merged->hasGeometry(2));
    QVERIFY(!dissolve(*cells, group, 1).ok());
}

QTEST_GUILESS_MAIN(TestWriter)
#include "tst_writer.moc"
