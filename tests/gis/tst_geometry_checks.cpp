// SPDX-License-Identifier: GPL-3.0-or-later
// Geometry checks: invalid polygons repaired with GEOS MakeValid and counted; NULL and empty
// geometries kept as areas "without geometry" (in the tables, out of maps and spatial statistics);
// islands counted; points and lines in a boundary layer refused with a message naming the
// feature. On the US counties (../shared/data: 21 invalid geometries, one NULL) and on small
// hand-made broken layers, and end to end through swingmap-cli (report.json, areas.gpkg, PDF).
#include "core/centroid.h"
#include "gis/reader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <fstream>
#include <gdal_priv.h>
#include <nlohmann/json.hpp>
#include <ogrsf_frmts.h>

using namespace swingmap;

namespace {
const std::string kUsGeojson =
    SHARED_DATA_DIR "/us_counties_pres_2012_2020/boundaries/us_counties_2017_10m.geojson";

struct Feat {
    std::string code;
    const char* wkt; ///< nullptr = NULL geometry
};

/// A GeoPackage layer "areas" in EPSG:25832 with field "code" (and "label" = "Fläche " + code),
/// the geometries given as WKT, written as they are (no validation). "" or the error.
std::string writeLayer(const std::string& path, const std::vector<Feat>& feats,
                       OGRwkbGeometryType type = wkbUnknown) {
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GetGDALDriverManager()->GetDriverByName("GPKG")->Create(
        path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) return "cannot create " + path;
    OGRSpatialReference utm;
    utm.importFromEPSG(25832);
    OGRLayer* l = ds->CreateLayer("areas", &utm, type, nullptr);
    if (!l) return "cannot create the layer";
    OGRFieldDefn code("code", OFTString), label("label", OFTString);
    l->CreateField(&code);
    l->CreateField(&label);
    for (const auto& f : feats) {
        OGRFeature feature(l->GetLayerDefn());
        feature.SetField("code", f.code.c_str());
        feature.SetField("label", ("Fläche " + f.code).c_str());
        if (f.wkt) {
            OGRGeometry* g = nullptr;
            if (OGRGeometryFactory::createFromWkt(f.wkt, nullptr, &g) != OGRERR_NONE)
                return std::string("bad WKT ") + f.wkt;
            feature.SetGeometryDirectly(g);
        }
        if (l->CreateFeature(&feature) != OGRERR_NONE) return "cannot write " + f.code;
    }
    return {};
}

SourceSpec specOf(const std::string& path) {
    SourceSpec s;
    s.path = path;
    s.key = "code";
    s.name = "label";
    return s;
}

/// A 5 × 6 grid of 1 km squares "G01".."G30" with x in [0, 5000], y in [0, 6000].
std::vector<std::string> gridWkt() {
    std::vector<std::string> out;
    for (int r = 0; r < 6; ++r)
        for (int c = 0; c < 5; ++c) {
            const int x = c * 1000, y = r * 1000;
            out.push_back("POLYGON((" + std::to_string(x) + " " + std::to_string(y) + "," +
                          std::to_string(x + 1000) + " " + std::to_string(y) + "," +
                          std::to_string(x + 1000) + " " + std::to_string(y + 1000) + "," +
                          std::to_string(x) + " " + std::to_string(y + 1000) + "," +
                          std::to_string(x) + " " + std::to_string(y) + "))");
        }
    return out;
}

int featureIndex(const gis::LoadedLayer& l, const std::string& key) {
    auto keys = l.attributes.column("code");
    if (!keys) return -1;
    for (std::size_t i = 0; i < (*keys)->size(); ++i)
        if ((**keys)[i] == key) return static_cast<int>(i);
    return -1;
}
} // namespace

class TestGeometryChecks : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_runs = 0;

    std::string tmp(const QString& name) const { return m_dir.filePath(name).toStdString(); }

private slots:
    void usCountiesRepairedAndNull() {
        SourceSpec s;
        s.path = kUsGeojson;
        s.key = "fips";
        s.name = "county_name";
        auto l = gis::readPolygonLayer(s, "EPSG:5070");
        QVERIFY2(l, l ? "" : l.error().c_str());
        QCOMPARE(l->geometry.featureCount(), std::size_t{3231}); // every feature is an area
        QCOMPARE(l->repaired, std::size_t{21});                  // as the data's README says
        QCOMPARE(l->empty, std::size_t{1});
        auto keys = l->attributes.column("fips");
        QVERIFY(keys);
        std::vector<std::string> without;
        for (std::size_t i = 0; i < (*keys)->size(); ++i)
            if (!l->geometry.hasGeometry(i)) without.push_back((**keys)[i]);
        QCOMPARE(without, std::vector<std::string>{"51610"}); // Falls Church: NULL in the file
        // repaired polygons are valid: every area positive
        for (std::size_t i = 0; i < l->geometry.featureCount(); ++i)
            if (l->geometry.hasGeometry(i)) QVERIFY(featureArea(l->geometry, i) > 0);
    }

    void brokenLayer() {
        const std::string path = tmp("broken.gpkg");
        const std::string err =
            writeLayer(path, {{"SQ", "POLYGON((0 0,10 0,10 10,0 10,0 0))"},
                              // bow-tie: two triangles of 25 each, crossing at (5, 5)
                              {"BOW", "POLYGON((0 0,10 10,10 0,0 10,0 0))"},
                              {"NUL", nullptr},
                              {"EMP", "POLYGON EMPTY"},
                              // a "hole" that sticks out of its shell: invalid, repaired
                              {"HOL", "POLYGON((0 0,10 0,10 10,0 10,0 0),(5 5,15 5,15 6,5 6,5 5))"},
                              // a polygon with a stray line in a collection: the polygon is kept
                              {"GC", "GEOMETRYCOLLECTION(POLYGON((20 0,30 0,30 10,20 10,20 0)),"
                                     "LINESTRING(0 0,50 50))"},
                              {"EMC", "MULTIPOLYGON EMPTY"}});
        QVERIFY2(err.empty(), err.c_str());
        auto l = gis::readPolygonLayer(specOf(path));
        QVERIFY2(l, l ? "" : l.error().c_str());
        const PolygonLayer& g = l->geometry;
        QCOMPARE(g.featureCount(), std::size_t{7});
        QCOMPARE(l->repaired, std::size_t{2});
        QCOMPARE(l->empty, std::size_t{3});
        // attributes of every feature kept, with and without geometry
        auto labels = l->attributes.column("label");
        QVERIFY(labels);
        QCOMPARE(QString::fromStdString((**labels)[2]), QStringLiteral("Fläche NUL"));
        QVERIFY(!g.hasGeometry(static_cast<std::size_t>(featureIndex(*l, "NUL"))));
        QVERIFY(!g.hasGeometry(static_cast<std::size_t>(featureIndex(*l, "EMP"))));
        QVERIFY(!g.hasGeometry(static_cast<std::size_t>(featureIndex(*l, "EMC"))));
        const auto bow = static_cast<std::size_t>(featureIndex(*l, "BOW"));
        QCOMPARE(g.featurePart[bow + 1] - g.featurePart[bow], 2u); // two triangles
        QVERIFY(std::fabs(featureArea(g, bow) - 50) < 1e-9);
        const auto c = featureCentroid(g, bow);
        QVERIFY(std::fabs(c[0] - 5) < 1e-9 && std::fabs(c[1] - 5) < 1e-9);
        // the square shell and the sticking-out part: area 100 − 5 (overlap) + 5 (outside) at least
        const auto hol = static_cast<std::size_t>(featureIndex(*l, "HOL"));
        QVERIFY(g.hasGeometry(hol));
        QVERIFY(featureArea(g, hol) > 0);
        const auto gc = static_cast<std::size_t>(featureIndex(*l, "GC"));
        QCOMPARE(featureArea(g, gc), 100.0);
        QCOMPARE(featureArea(g, static_cast<std::size_t>(featureIndex(*l, "SQ"))), 100.0);
    }

    void linesAmongPolygonsAreRefused() {
        const std::string path = tmp("mixed.gpkg");
        QVERIFY(writeLayer(path, {{"A", "POLYGON((0 0,10 0,10 10,0 10,0 0))"},
                                  {"B", "LINESTRING(0 0,10 10)"},
                                  {"C", "POINT(3 3)"}})
                    .empty());
        auto l = gis::readPolygonLayer(specOf(path));
        QVERIFY(!l);
        const QString msg = QString::fromStdString(l.error());
        QVERIFY2(msg.contains("mixed.gpkg") && msg.contains("feature 2 (key \"B\")") &&
                     msg.contains("Line String") && msg.contains("2 such features") &&
                     msg.contains("polygons"),
                 qPrintable(msg));
    }

    void pointLayerIsRefused() {
        const std::string path = tmp("points.gpkg");
        QVERIFY(writeLayer(path, {{"A", "POINT(1 1)"}, {"B", "POINT(2 2)"}}, wkbPoint).empty());
        auto l = gis::readPolygonLayer(specOf(path));
        QVERIFY(!l);
        const QString msg = QString::fromStdString(l.error());
        QVERIFY2(msg.contains("points or lines") && msg.contains("\"layer\""), qPrintable(msg));
    }

    void layerWithoutAnyGeometryIsRefused() {
        const std::string path = tmp("nogeom.gpkg");
        QVERIFY(writeLayer(path, {{"A", nullptr}, {"B", "POLYGON EMPTY"}}).empty());
        auto l = gis::readPolygonLayer(specOf(path));
        QVERIFY(!l);
        QVERIFY2(QString::fromStdString(l.error()).contains("none of the 2 features"),
                 l.error().c_str());
    }

    void emptyLayerIsRefused() {
        const std::string path = tmp("nofeatures.gpkg");
        QVERIFY(writeLayer(path, {}).empty());
        auto l = gis::readPolygonLayer(specOf(path));
        QVERIFY(!l);
        QVERIFY2(QString::fromStdString(l.error()).contains("no features"), l.error().c_str());
    }

    /// swingmap-cli on a project whose boundaries hold a bow-tie, a NULL and an empty geometry
    /// and an island: the run succeeds; report.json counts them; the two areas without geometry
    /// leave the model with "no geometry" but keep their figures in areas.gpkg (NULL geometry);
    /// the PDF is written. With every kind of spatial weights and the spatial models, GWR and LISA.
    void endToEndThroughTheCli_data() {
        QTest::addColumn<QString>("weights"); // analysis.spatial_weights as JSON
        QTest::addColumn<QString>("models");  // analysis.models as JSON
        QTest::addColumn<int>("islands");     // in the weights used; the map itself always has one
        QTest::newRow("queen, OLS") << R"({"type": "queen"})"
                                    << R"(["ols"])" << 1;
        QTest::newRow("queen, islands linked") << R"({"type": "queen", "link_islands": true})"
                                               << R"(["ols", "error"])" << 0;
        QTest::newRow("rook, spatial lag and error, LISA") << R"({"type": "rook"})"
                                                           << R"(["ols", "lag", "error"])" << 1;
        QTest::newRow("4 nearest, GWR, LISA") << R"({"type": "knn", "k": 4})"
                                              << R"(["ols", "gwr"])" << 0;
        QTest::newRow("1.5 km band, LISA") << R"({"type": "distance", "distance": 1500})"
                                           << R"(["ols", "lag"])" << 1;
    }

    void endToEndThroughTheCli() {
        QFETCH(QString, weights);
        QFETCH(QString, models);
        QFETCH(int, islands);
        const QString dir = m_dir.filePath(QString("e2e%1").arg(m_runs++));
        QVERIFY(QDir().mkpath(dir));
        std::vector<std::string> wkt = gridWkt();
        std::vector<std::string> codes;
        for (std::size_t i = 0; i < wkt.size(); ++i)
            codes.push_back(QString("G%1").arg(i + 1, 2, 10, QChar('0')).toStdString());
        // bow-tie touching the grid's east side; an island far away
        wkt.emplace_back("POLYGON((5000 0,6000 1000,6000 0,5000 1000,5000 0))");
        codes.emplace_back("BOW");
        wkt.emplace_back("POLYGON((10000 10000,11000 10000,11000 11000,10000 11000,10000 10000))");
        codes.emplace_back("ISL");
        std::vector<Feat> feats;
        for (std::size_t i = 0; i < wkt.size(); ++i)
            feats.push_back({codes[i], wkt[i].c_str()});
        feats.push_back({"NUL", nullptr});
        feats.push_back({"EMP", "POLYGON EMPTY"});
        codes.emplace_back("NUL");
        codes.emplace_back("EMP");
        QVERIFY(writeLayer((dir + "/broken.gpkg").toStdString(), feats).empty());
        // results and a covariate for every area, deterministic but uneven
        auto value = [](std::size_t i, int salt) {
            return static_cast<int>((i * 7919 + static_cast<std::size_t>(salt) * 104729) % 997);
        };
        for (const char* year : {"2019", "2023"}) {
            std::ofstream e((dir + "/e" + year + ".csv").toStdString());
            e << "code,electorate,voters,valid,P,Q\n";
            const int salt = year[3] - '0';
            for (std::size_t i = 0; i < codes.size(); ++i) {
                const int valid = 3000 + value(i, salt);
                const int p = 800 + value(i, salt + 1) + (salt == 3 ? static_cast<int>(i) * 5 : 0);
                e << codes[i] << "," << 5000 << "," << valid + 40 << "," << valid << "," << p << ","
                  << valid - p << "\n";
            }
        }
        {
            std::ofstream c((dir + "/census.csv").toStdString());
            c << "code,pct_x\n";
            for (std::size_t i = 0; i < codes.size(); ++i)
                c << codes[i] << "," << 10 + value(i, 5) / 50.0 << "\n";
        }
        const nlohmann::json project = {
            {"title", "Broken geometry"},
            {"boundaries", {{"path", "broken.gpkg"}, {"key", "code"}, {"name", "label"}}},
            {"elections",
             {{{"label", "2019"},
               {"path", "e2019.csv"},
               {"key", "code"},
               {"electorate", "electorate"},
               {"voters", "voters"},
               {"valid", "valid"},
               {"parties", {"P", "Q"}}},
              {{"label", "2023"},
               {"path", "e2023.csv"},
               {"key", "code"},
               {"electorate", "electorate"},
               {"voters", "voters"},
               {"valid", "valid"},
               {"parties", {"P", "Q"}}}}},
            {"census", {{{"path", "census.csv"}, {"key", "code"}}}},
            {"analysis",
             {{"party", "P"},
              {"from", "2019"},
              {"to", "2023"},
              {"covariates", {"pct_x"}},
              {"models", nlohmann::json::parse(models.toStdString())},
              {"spatial_weights", nlohmann::json::parse(weights.toStdString())},
              {"lisa", true}}}};
        std::ofstream((dir + "/project.json").toStdString()) << project.dump(2);

        QProcess cli;
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(CLI_PATH, {"run", dir + "/project.json", "--out", dir + "/out"});
        QVERIFY(cli.waitForFinished(120000));
        const QString output = QString::fromUtf8(cli.readAll());
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0,
                 qPrintable(output));
        QVERIFY2(output.contains(QString("1 repaired, 2 without geometry, 1 islands")),
                 qPrintable(output));

        std::ifstream in((dir + "/out/report.json").toStdString());
        QVERIFY(in);
        const nlohmann::json report = nlohmann::json::parse(in);
        const auto& geom = report["join"]["geometry"];
        QCOMPARE(geom["repaired"].get<int>(), 1);
        QCOMPARE(geom["empty"].get<int>(), 2);
        QCOMPARE(geom["islands"].get<int>(), 1); // the far square touches nothing
        QCOMPARE(report["spatial_weights"]["islands"].get<int>(), islands);
        QCOMPARE(report["join"]["boundary_features"].get<int>(), 34);
        QCOMPARE(report["model"]["dropped"]["reasons"]["no geometry"].get<int>(), 2);
        QCOMPARE(report["model"]["n"].get<int>(), 32);

        GDALDatasetUniquePtr out(
            GDALDataset::Open((dir + "/out/areas.gpkg").toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(out);
        OGRLayer* areas = out->GetLayerByName("areas");
        QVERIFY(areas);
        QCOMPARE(areas->GetFeatureCount(), GIntBig{34});
        int withoutGeometry = 0;
        for (auto& f : *areas) {
            const std::string key = f->GetFieldAsString("key");
            const bool none = key == "NUL" || key == "EMP";
            const OGRGeometry* g = f->GetGeometryRef();
            QCOMPARE(!g || g->IsEmpty(), none);
            if (!none) continue;
            ++withoutGeometry;
            QCOMPARE(QString(f->GetFieldAsString("drop_reason")), QStringLiteral("no geometry"));
            QCOMPARE(f->GetFieldAsInteger("in_model"), 0);
            // its figures are kept
            QVERIFY2(f->IsFieldSetAndNotNull(f->GetFieldIndex("share_change")), key.c_str());
            QVERIFY2(f->IsFieldSetAndNotNull(f->GetFieldIndex("share_from")), key.c_str());
            QVERIFY(f->GetFieldIndex("lisa_i") >= 0 && f->GetFieldIndex("fitted") >= 0);
            // but no spatial statistic: no fitted value, LISA or local GWR figure
            for (const char* field : {"fitted", "residual", "lisa_i", "lisa_p", "gwr_local_r2"})
                if (const int i = f->GetFieldIndex(field); i >= 0)
                    QVERIFY2(!f->IsFieldSetAndNotNull(i), (key + " " + field).c_str());
        }
        QCOMPARE(withoutGeometry, 2);
        QVERIFY(QFileInfo(dir + "/out/briefing.pdf").size() > 1000);
    }
};

QTEST_GUILESS_MAIN(TestGeometryChecks)
#include "tst_geometry_checks.moc"
