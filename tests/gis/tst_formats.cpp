// SPDX-License-Identifier: GPL-3.0-or-later
// Boundaries in every OGR vector format SwingMap promises: the German constituencies (read in place
// from ../shared/data) are converted at test time with GDAL into each format, then read with
// gis::readPolygonLayer and compared with the source read by OGR directly: feature count, keys,
// every area name (umlauts and dashes as UTF-8), total area and each centroid. Plus zipped
// Shapefiles, several layers, Z/M, holes, curves, missing CRS and TopoJSON (US counties).
#include "boundary_fixture.h"
#include "gis/reader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <cpl_conv.h>
#include <set>

using namespace swingmap;
using namespace swingmap::testing;

namespace {
const std::string kWkr =
    SHARED_DATA_DIR "/de_bundestag_wahlkreise_2021_2025/boundaries/wkr2025.shp";
const std::string kUsDir = SHARED_DATA_DIR "/us_counties_pres_2012_2020/boundaries/";
const std::string kUtm = "EPSG:25832";
const std::string kNoDash = "name NOT LIKE '%–%'"; // names Latin-1 can hold

/// Sets byte 29 of a .dbf (the language driver id: 0 = none, 0x57 = ANSI/Latin-1).
bool setLdid(const QString& dbf, char ldid) {
    QFile f(dbf);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(29)) return false;
    return f.write(&ldid, 1) == 1;
}

/// Zips the files of `dir` whose name starts with `stem` into `zip`, under `folder` ("" = top).
bool zipFiles(const QString& dir, const QString& stem, const QString& zip, const QString& folder) {
    void* h = CPLCreateZip(zip.toUtf8().constData(), nullptr);
    if (!h) return false;
    bool ok = true;
    for (const QString& name : QDir(dir).entryList({stem + ".*"}, QDir::Files)) {
        QFile f(dir + "/" + name);
        if (!f.open(QIODevice::ReadOnly)) return false;
        const QByteArray data = f.readAll();
        const QByteArray inner = (folder.isEmpty() ? name : folder + "/" + name).toUtf8();
        ok = ok && CPLCreateFileInZip(h, inner.constData(), nullptr) == CE_None &&
             CPLWriteFileInZip(h, data.constData(), static_cast<int>(data.size())) == CE_None &&
             CPLCloseFileInZip(h) == CE_None;
    }
    return CPLCloseZip(h) == CE_None && ok;
}

std::vector<std::string> args(const QStringList& l) {
    std::vector<std::string> v;
    for (const auto& s : l)
        v.push_back(s.toStdString());
    return v;
}
} // namespace

class TestFormats : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Reference m_ref;       ///< all 299 constituencies in EPSG:25832
    Reference m_refLatin1; ///< those whose names Latin-1 can hold

    std::string tmp(const QString& name) const { return m_dir.filePath(name).toStdString(); }

    /// The layer read by SwingMap equals the reference: count, keys, names, area, centroids.
    void compare(const gis::LoadedLayer& l, const std::string& keyField,
                 const std::string& nameField, const Reference& ref, double areaTol,
                 double centroidTol) {
        auto keys = l.attributes.column(keyField);
        QVERIFY2(keys, keys ? "" : keys.error().c_str());
        auto names = l.attributes.column(nameField);
        QVERIFY2(names, names ? "" : names.error().c_str());
        QCOMPARE(l.geometry.featureCount(), ref.size());
        std::set<std::string> seen((*keys)->begin(), (*keys)->end());
        QCOMPARE(seen.size(), ref.size());
        for (std::size_t i = 0; i < (*keys)->size(); ++i) {
            const std::string& k = (**keys)[i];
            auto it = ref.find(k);
            QVERIFY2(it != ref.end(), ("unexpected key " + k).c_str());
            QCOMPARE(QString::fromStdString((**names)[i]), QString::fromStdString(it->second.name));
        }
        QCOMPARE(l.empty, std::size_t{0});
        const double ours = totalArea(l.geometry), theirs = totalArea(ref);
        QVERIFY2(std::fabs(ours - theirs) <= areaTol * theirs,
                 qPrintable(
                     QString("total area %1 vs %2").arg(ours, 0, 'g', 12).arg(theirs, 0, 'g', 12)));
        const double off = maxCentroidOffset(l.geometry, **keys, ref);
        QVERIFY2(off >= 0 && off <= centroidTol,
                 qPrintable(QString("centroid off by %1 m").arg(off)));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_ref = readReference(kWkr, "", "wkr_id", "name", kUtm);
        QCOMPARE(m_ref.size(), std::size_t{299});
        // the names the tests rely on really are non-ASCII in the source
        QCOMPARE(QString::fromStdString(m_ref["282"].name), QStringLiteral("Lörrach – Müllheim"));
        QCOMPARE(QString::fromStdString(m_ref["290"].name), QStringLiteral("Tübingen"));
        for (const auto& [k, a] : m_ref)
            if (a.name.find("–") == std::string::npos) m_refLatin1[k] = a;
        QVERIFY(m_refLatin1.size() > 150 && m_refLatin1.size() < 299);
        QVERIFY(m_refLatin1.count("290"));
    }

    void formats_data() {
        QTest::addColumn<QString>("file");        // written into the temporary folder
        QTest::addColumn<QStringList>("ogr2ogr"); // conversion options
        QTest::addColumn<QString>("post");        // rm-cpg, ldid0, ldid87, zip, zip-folder
        QTest::addColumn<QString>("layer");       // "layer" in the project
        QTest::addColumn<QString>("nameField");
        QTest::addColumn<bool>("latin1");        // only names Latin-1 can hold
        QTest::addColumn<double>("centroidTol"); // metres
        const QStringList utf8 = {"-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8"};
        const QStringList latin1 = {"-f",     "ESRI Shapefile",
                                    "-lco",   "ENCODING=ISO-8859-1",
                                    "-where", QString::fromStdString(kNoDash)};
        const QStringList cp1252 = {"-f", "ESRI Shapefile", "-lco", "ENCODING=CP1252"};
        QTest::newRow("Shapefile UTF-8 with .cpg") << "u8cpg.shp" << utf8 << ""
                                                   << ""
                                                   << "name" << false << 0.01;
        QTest::newRow("Shapefile UTF-8 without .cpg") << "u8.shp" << utf8 << "rm-cpg,ldid0"
                                                      << ""
                                                      << "name" << false << 0.01;
        QTest::newRow("Shapefile UTF-8 without .cpg, header claims Latin-1")
            << "u8l.shp" << utf8 << "rm-cpg,ldid87"
            << ""
            << "name" << false << 0.01;
        QTest::newRow("Shapefile Latin-1 with .cpg") << "l1cpg.shp" << latin1 << ""
                                                     << ""
                                                     << "name" << true << 0.01;
        QTest::newRow("Shapefile Latin-1 without .cpg, header byte Latin-1")
            << "l1ldid.shp" << latin1 << "rm-cpg,ldid87"
            << ""
            << "name" << true << 0.01;
        QTest::newRow("Shapefile Latin-1 without .cpg or header byte")
            << "l1.shp" << latin1 << "rm-cpg,ldid0"
            << ""
            << "name" << true << 0.01;
        QTest::newRow("Shapefile Windows-1252 (en dash) without .cpg")
            << "w.shp" << cp1252 << "rm-cpg,ldid0"
            << ""
            << "name" << false << 0.01;
        QTest::newRow("zipped Shapefile (.zip)") << "zipped.shp" << utf8 << "zip"
                                                 << ""
                                                 << "name" << false << 0.01;
        QTest::newRow("zipped Shapefile in a folder (/vsizip/)")
            << "zipfolder.shp" << utf8 << "zip-folder"
            << ""
            << "name" << false << 0.01;
        QTest::newRow("zipped Latin-1 Shapefile without .cpg")
            << "zl1.shp" << latin1 << "rm-cpg,ldid0,zip"
            << ""
            << "name" << true << 0.01;
        QTest::newRow("GeoPackage, one of several layers")
            << "multi.gpkg" << QStringList{"-f", "GPKG", "-nln", "wahlkreise"} << "second-layer"
            << "wahlkreise"
            << "name" << false << 0.01;
        QTest::newRow("GeoPackage in EPSG:3035")
            << "laea.gpkg" << QStringList{"-f", "GPKG", "-t_srs", "EPSG:3035"} << ""
            << ""
            << "name" << false << 0.01;
        QTest::newRow("GeoJSON") << "w.geojson" << QStringList{"-f", "GeoJSON"} << ""
                                 << ""
                                 << "name" << false << 0.01;
        QTest::newRow("GeoJSON in EPSG:25832 (crs member)")
            << "utm.geojson" << QStringList{"-f", "GeoJSON", "-t_srs", "EPSG:25832"} << ""
            << ""
            << "name" << false << 0.01;
        QTest::newRow("FlatGeobuf")
            << "w.fgb" << QStringList{"-f", "FlatGeobuf", "-nlt", "PROMOTE_TO_MULTI"} << ""
            << ""
            << "name" << false << 0.01;
        QTest::newRow("KML") << "w.kml" << QStringList{"-f", "KML"} << ""
                             << ""
                             << "Name" << false << 0.01;
        QTest::newRow("GML") << "w.gml" << QStringList{"-f", "GML"} << ""
                             << ""
                             << "name" << false << 0.01;
        QTest::newRow("GML 3.2 (lat/lon axis order)")
            << "w32.gml" << QStringList{"-f", "GML", "-dsco", "FORMAT=GML3.2"} << ""
            << ""
            << "name" << false << 0.01;
        // MapInfo stores integer coordinates: about 1e-6 degrees, some 0.1 m
        QTest::newRow("MapInfo TAB (WindowsLatin1)")
            << "w.tab" << QStringList{"-f", "MapInfo File", "-lco", "ENCODING=CP1252"} << ""
            << ""
            << "name" << false << 0.5;
        QTest::newRow("MapInfo MIF")
            << "w.mif" << QStringList{"-f", "MapInfo File", "-dsco", "FORMAT=MIF"} << ""
            << ""
            << "name" << false << 0.5;
    }

    void formats() {
        QFETCH(QString, file);
        QFETCH(QStringList, ogr2ogr);
        QFETCH(QString, post);
        QFETCH(QString, layer);
        QFETCH(QString, nameField);
        QFETCH(bool, latin1);
        QFETCH(double, centroidTol);
        const std::string path = tmp(file);
        const std::string err = vectorTranslate(kWkr, path, args(ogr2ogr));
        QVERIFY2(err.empty(), err.c_str());
        const QString stem = QFileInfo(file).completeBaseName();
        const QStringList steps = post.split(',', Qt::SkipEmptyParts);
        SourceSpec spec;
        spec.path = path;
        spec.key = "wkr_id";
        spec.name = nameField.toStdString();
        spec.layer = layer.toStdString();
        for (const QString& step : steps) {
            const QString dbf = m_dir.filePath(stem + ".dbf");
            if (step == "rm-cpg") QVERIFY(QFile::remove(m_dir.filePath(stem + ".cpg")));
            if (step == "ldid0") QVERIFY(setLdid(dbf, 0));
            if (step == "ldid87") QVERIFY(setLdid(dbf, 0x57));
            if (step == "second-layer") { // another layer first in the file: "layer" must pick
                const std::string e2 =
                    vectorTranslate(kWkr, path, {"-nln", "aaa_other", "-where", "bl = '05'"}, true);
                QVERIFY2(e2.empty(), e2.c_str());
            }
            if (step == "zip" || step == "zip-folder") {
                const QString zip = m_dir.filePath(stem + ".zip");
                QVERIFY(zipFiles(m_dir.path(), stem, zip, step == "zip" ? "" : "data"));
                for (const QString& f : QDir(m_dir.path()).entryList({stem + ".*"}, QDir::Files))
                    if (!f.endsWith(".zip")) QVERIFY(QFile::remove(m_dir.filePath(f)));
                spec.path = step == "zip" ? zip.toStdString() : "/vsizip/" + zip.toStdString();
            }
        }
        auto l = gis::readPolygonLayer(spec, kUtm);
        QVERIFY2(l, l ? "" : l.error().c_str());
        QCOMPARE(QString::fromStdString(l->crsName), QStringLiteral("EPSG:25832"));
        QVERIFY(!l->geographic);
        compare(*l, "wkr_id", spec.name, latin1 ? m_refLatin1 : m_ref, 1e-6, centroidTol);
        if (QTest::currentTestFailed()) return;
        // one name with umlauts explicitly, byte for byte
        auto keys = l->attributes.column("wkr_id");
        auto names = l->attributes.column(spec.name);
        for (std::size_t i = 0; i < (*keys)->size(); ++i)
            if ((**keys)[i] == "290")
                QCOMPARE(QByteArray::fromStdString((**names)[i]), QByteArray("T\xc3\xbc"
                                                                             "bingen"));
    }

    void declaredEncodingOverridesCpg_data() {
        QTest::addColumn<QString>("written");  // as GDAL writes the .dbf
        QTest::addColumn<QString>("declared"); // "encoding" in the project
        QTest::addColumn<bool>("latin1");
        QTest::newRow("Windows-1252") << "CP1252"
                                      << "Windows-1252" << false;
        QTest::newRow("Latin-1") << "ISO-8859-1"
                                 << "Latin-1" << true;
        QTest::newRow("latin1") << "ISO-8859-1"
                                << "latin1" << true;
    }

    void declaredEncodingOverridesCpg() {
        QFETCH(QString, written);
        QFETCH(QString, declared);
        QFETCH(bool, latin1);
        const QString stem = "lying_" + QString(declared).remove('-');
        const std::string path = tmp(stem + ".shp");
        QStringList opts = {"-lco", "ENCODING=" + written};
        if (latin1) opts << "-where" << QString::fromStdString(kNoDash);
        QVERIFY(vectorTranslate(kWkr, path, args(opts)).empty());
        QFile cpg(m_dir.filePath(stem + ".cpg")); // a .cpg that lies
        QVERIFY(cpg.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cpg.write("UTF-8");
        cpg.close();
        SourceSpec spec;
        spec.path = path;
        spec.key = "wkr_id";
        spec.name = "name";
        auto l = gis::readPolygonLayer(spec, kUtm);
        QVERIFY2(l, l ? "" : l.error().c_str());
        auto names = l->attributes.column("name");
        QVERIFY(names);
        const std::string tuebingen = "T\xc3\xbc"
                                      "bingen";
        QVERIFY(std::find((*names)->begin(), (*names)->end(), tuebingen) == (*names)->end());
        spec.encoding = declared.toStdString();
        l = gis::readPolygonLayer(spec, kUtm);
        QVERIFY2(l, l ? "" : l.error().c_str());
        compare(*l, "wkr_id", "name", latin1 ? m_refLatin1 : m_ref, 1e-6, 0.01);
    }

    void severalLayersWithoutLayerListsThem() {
        const std::string path = tmp("two.gpkg");
        QVERIFY(vectorTranslate(kWkr, path, {"-f", "GPKG", "-nln", "wahlkreise"}).empty());
        QVERIFY(
            vectorTranslate(kWkr, path, {"-nln", "laender", "-where", "bl = '05'"}, true).empty());
        SourceSpec spec;
        spec.path = path;
        spec.key = "wkr_id";
        auto l = gis::readPolygonLayer(spec);
        QVERIFY(!l);
        const QString msg = QString::fromStdString(l.error());
        QVERIFY2(msg.contains("wahlkreise") && msg.contains("laender") && msg.contains("\"layer\""),
                 qPrintable(msg));
        spec.layer = "kreise";
        l = gis::readPolygonLayer(spec);
        QVERIFY(!l);
        QVERIFY2(QString::fromStdString(l.error()).contains("kreise") &&
                     QString::fromStdString(l.error()).contains("wahlkreise, laender"),
                 l.error().c_str());
        spec.layer = "laender";
        l = gis::readPolygonLayer(spec);
        QVERIFY2(l, l ? "" : l.error().c_str());
        QCOMPARE(l->geometry.featureCount(), std::size_t{64}); // NRW's constituencies
    }

    void zipWithSeveralFilesNamesThem() {
        const std::string a = tmp("za.geojson"), b = tmp("zb.geojson");
        QVERIFY(vectorTranslate(kWkr, a, {"-f", "GeoJSON"}).empty());
        QVERIFY(vectorTranslate(kWkr, b, {"-f", "GeoJSON", "-where", "bl = '05'"}).empty());
        const QString zip = m_dir.filePath("two.zip");
        QVERIFY(zipFiles(m_dir.path(), "z?", zip, ""));
        SourceSpec spec;
        spec.path = zip.toStdString();
        auto l = gis::readPolygonLayer(spec);
        QVERIFY(!l);
        QVERIFY2(QString::fromStdString(l.error()).contains("za.geojson") &&
                     QString::fromStdString(l.error()).contains("zb.geojson"),
                 l.error().c_str());
        spec.path = "/vsizip/" + zip.toStdString() + "/zb.geojson";
        l = gis::readPolygonLayer(spec);
        QVERIFY2(l, l ? "" : l.error().c_str());
        QCOMPARE(l->geometry.featureCount(), std::size_t{64});
    }

    void zAndMDroppedHolesAndPartsKept() {
        const std::string path = tmp("zm.gpkg");
        {
            GDALAllRegister();
            GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(
                path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
            QVERIFY(ds);
            OGRSpatialReference utm;
            utm.importFromEPSG(25832);
            OGRLayer* l = ds->CreateLayer("zm", &utm, wkbMultiPolygonZM, nullptr);
            QVERIFY(l);
            OGRFieldDefn code("code", OFTString);
            QVERIFY(l->CreateField(&code) == OGRERR_NONE);
            const char* wkt[] = {
                // a square with a square hole, and a second square: area 100 - 4 + 100
                "MULTIPOLYGON ZM (((0 0 7 1,10 0 7 1,10 10 7 1,0 10 7 1,0 0 7 1),"
                "(2 2 7 1,4 2 7 1,4 4 7 1,2 4 7 1,2 2 7 1)),"
                "((20 0 3 2,30 0 3 2,30 10 3 2,20 10 3 2,20 0 3 2)))",
                // a polygon with Z only, area 50
                "POLYGON Z ((0 20 1,10 20 1,10 25 1,0 25 1,0 20 1))"};
            for (int i = 0; i < 2; ++i) {
                OGRFeature f(l->GetLayerDefn());
                f.SetField("code", i == 0 ? "Ä1" : "Ö2");
                OGRGeometry* g = nullptr;
                QVERIFY(OGRGeometryFactory::createFromWkt(wkt[i], nullptr, &g) == OGRERR_NONE);
                f.SetGeometryDirectly(g);
                QVERIFY(l->CreateFeature(&f) == OGRERR_NONE);
            }
        }
        SourceSpec spec;
        spec.path = path;
        spec.key = "code";
        auto l = gis::readPolygonLayer(spec);
        QVERIFY2(l, l ? "" : l.error().c_str());
        const PolygonLayer& g = l->geometry;
        QCOMPARE(g.featureCount(), std::size_t{2});
        QCOMPARE(g.featurePart[1] - g.featurePart[0], 2u);                             // two parts
        QCOMPARE(g.partRing[g.featurePart[0] + 1] - g.partRing[g.featurePart[0]], 2u); // shell+hole
        QCOMPARE(featureArea(g, 0), 196.0);
        QCOMPARE(featureArea(g, 1), 50.0);
        // centroid by hand: (96 * 5.0833… + 100 * 25) / 196, (96 * 5.0833… + 100 * 5) / 196
        const auto c = featureCentroid(g, 0);
        QVERIFY(std::fabs(c[0] - 2988.0 / 196) < 1e-9);
        QVERIFY(std::fabs(c[1] - 988.0 / 196) < 1e-9);
        QCOMPARE(g.xy.size(), 2 * std::size_t{5 + 5 + 5 + 5}); // x, y only
        QCOMPARE(QString::fromStdString(l->attributes.cells[0][0]), QStringLiteral("Ä1"));
        QCOMPARE(l->repaired, std::size_t{0});
    }

    void curvesAreLinearised() {
        const std::string path = tmp("curve.gml");
        QFile f(QString::fromStdString(path));
        QVERIFY(f.open(QIODevice::WriteOnly));
        // a circle of radius 1 as a CurvePolygon (GML 3), in EPSG:25832
        f.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<ogr:FeatureCollection xmlns:ogr=\"http://ogr.maptools.org/\" "
                "xmlns:gml=\"http://www.opengis.net/gml\">\n"
                "<gml:featureMember><ogr:c><ogr:geometryProperty>\n"
                "<gml:Polygon "
                "srsName=\"EPSG:25832\"><gml:exterior><gml:Ring><gml:curveMember><gml:Curve><gml:"
                "segments>\n"
                "<gml:Circle><gml:posList>100 0 101 1 100 2</gml:posList></gml:Circle>\n"
                "</gml:segments></gml:Curve></gml:curveMember></gml:Ring></gml:exterior></"
                "gml:Polygon>\n"
                "</ogr:geometryProperty><ogr:code>c1</ogr:code></ogr:c></gml:featureMember>\n"
                "</ogr:FeatureCollection>\n"
                "");
        f.close();
        SourceSpec spec;
        spec.path = path;
        spec.key = "code";
        auto l = gis::readPolygonLayer(spec);
        QVERIFY2(l, l ? "" : l.error().c_str());
        QCOMPARE(l->geometry.featureCount(), std::size_t{1});
        QVERIFY2(std::fabs(featureArea(l->geometry, 0) - M_PI) < 0.01 * M_PI,
                 qPrintable(QString::number(featureArea(l->geometry, 0))));
        const auto c = featureCentroid(l->geometry, 0);
        QVERIFY(std::fabs(c[0] - 100) < 1e-3 && std::fabs(c[1] - 1) < 1e-3);
    }

    void layerWithoutCrsIsAnErrorNamingTheFix() {
        const std::string path = tmp("noprj.shp");
        QVERIFY(vectorTranslate(kWkr, path, {"-lco", "ENCODING=UTF-8"}).empty());
        QVERIFY(QFile::remove(m_dir.filePath("noprj.prj")));
        SourceSpec spec;
        spec.path = path;
        spec.key = "wkr_id";
        auto l = gis::readPolygonLayer(spec, kUtm);
        QVERIFY(!l);
        const QString msg = QString::fromStdString(l.error());
        QVERIFY2(msg.contains("noprj.shp") && msg.contains("\"crs\": \"EPSG:28992\"") &&
                     msg.contains(".prj"),
                 qPrintable(msg));
        spec.crs = "EPSG:4326"; // declared: read and reprojected like the original
        l = gis::readPolygonLayer(spec, kUtm);
        QVERIFY2(l, l ? "" : l.error().c_str());
        compare(*l, "wkr_id", "name", m_ref, 1e-6, 0.01);
        spec.crs = "EPSG:999999";
        l = gis::readPolygonLayer(spec, kUtm);
        QVERIFY(!l);
        QVERIFY2(QString::fromStdString(l.error()).contains("EPSG:999999"), l.error().c_str());
    }

    void gmlWithoutCrsIsAnError() {
        // GML converted from a Shapefile that lost its .prj: no srsName anywhere
        const std::string shp = tmp("gmlsrc.shp"), gml = tmp("nosrs.gml");
        QVERIFY(
            vectorTranslate(kWkr, shp, {"-lco", "ENCODING=UTF-8", "-where", "bl = '05'"}).empty());
        QVERIFY(QFile::remove(m_dir.filePath("gmlsrc.prj")));
        QVERIFY(vectorTranslate(shp, gml, {"-f", "GML"}).empty());
        SourceSpec spec;
        spec.path = gml;
        auto l = gis::readPolygonLayer(spec);
        QVERIFY(!l);
        QVERIFY2(QString::fromStdString(l.error()).contains("\"crs\": \"EPSG:28992\""),
                 l.error().c_str());
        spec.crs = "EPSG:4326";
        l = gis::readPolygonLayer(spec);
        QVERIFY2(l, l ? "" : l.error().c_str());
        QCOMPARE(l->geometry.featureCount(), std::size_t{64});
    }

    void geojsonWithoutCrsIsWgs84() {
        const std::string path = tmp("plain.geojson");
        QFile f(QString::fromStdString(path));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\n"
                "\"properties\":{\"k\":\"a\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[["
                "[7,51],[8,51],[8,52],[7,51]]]}}]}");
        f.close();
        SourceSpec spec;
        spec.path = path;
        spec.key = "k";
        auto l = gis::readPolygonLayer(spec);
        QVERIFY2(l, l ? "" : l.error().c_str());
        QCOMPARE(QString::fromStdString(l->crsName), QStringLiteral("EPSG:4326"));
        QVERIFY(l->geographic);
        l = gis::readPolygonLayer(spec, kUtm);
        QVERIFY2(l, l ? "" : l.error().c_str());
        const auto c = featureCentroid(l->geometry, 0);
        // 7.667 E, 51.333 N is about (408 km, 5688 km) in UTM 32N
        QVERIFY2(std::fabs(c[0] - 407800) < 2000 && std::fabs(c[1] - 5688000) < 2000,
                 qPrintable(QString("%1 %2").arg(c[0]).arg(c[1])));
    }

    void topojsonEqualsGeojson() {
        SourceSpec topo;
        topo.path = kUsDir + "us_counties_2017_10m.topojson";
        topo.layer = "counties";
        topo.key = "id";
        topo.name = "name";
        auto t = gis::readPolygonLayer(topo, "EPSG:5070");
        QVERIFY2(t, t ? "" : t.error().c_str());
        SourceSpec noLayer = topo;
        noLayer.layer.clear();
        auto e = gis::readPolygonLayer(noLayer);
        QVERIFY(!e);
        QVERIFY2(QString::fromStdString(e.error()).contains("counties, states, nation"),
                 e.error().c_str());
        // the GeoJSON is the same counties converted with ogr2ogr: compare with it, read by OGR
        const Reference ref = readReference(kUsDir + "us_counties_2017_10m.geojson", "", "fips",
                                            "county_name", "EPSG:5070");
        QCOMPARE(ref.size(), std::size_t{3231});
        auto keys = t->attributes.column("id");
        QVERIFY(keys);
        QCOMPARE(t->geometry.featureCount(), std::size_t{3231});
        QCOMPARE(std::set<std::string>((*keys)->begin(), (*keys)->end()).size(), std::size_t{3231});
        for (const auto& k : **keys)
            QVERIFY2(ref.count(k), k.c_str()); // zero-padded text keys, e.g. "01001"
        auto names = t->attributes.column("name");
        for (std::size_t i = 0; i < (*keys)->size(); ++i)
            if ((**keys)[i] == "35013")
                QCOMPARE(QString::fromStdString((**names)[i]), QStringLiteral("Doña Ana"));
        QCOMPARE(t->empty, std::size_t{1}); // Falls Church (51610)
        // 21 invalid in the GeoJSON (its README); GDAL's TopoJSON decoding gives one more,
        // Chesterfield VA (51041), as spatialite's ST_IsValid on both files also says
        QCOMPARE(t->repaired, std::size_t{22});
        const double ours = totalArea(t->geometry), theirs = totalArea(ref);
        QVERIFY2(std::fabs(ours - theirs) <= 1e-6 * theirs,
                 qPrintable(QString("%1 vs %2").arg(ours).arg(theirs)));
        const double off = maxCentroidOffset(t->geometry, **keys, ref);
        // the GeoJSON's coordinates were rounded and its repairs differ slightly: metres, not km
        QVERIFY2(off >= 0 && off < 10, qPrintable(QString::number(off)));
    }
};

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
