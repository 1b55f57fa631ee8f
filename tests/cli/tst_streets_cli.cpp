// SPDX-License-Identifier: GPL-3.0-or-later
// Swing-streets end to end: the Karlsruhe example ranks real streets in streets.csv, report.json
// and map.png; and the privacy rule: a street through only a suppressed area of the demo is not
// listed, and no listed street names a suppressed area (--streets FILE).
#include "core/centroid.h"
#include "gis/geos_layer.h"
#include "gis/reader.h"
#include "tests/common/csv_rows.h"
#include "tests/common/process_run.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <set>

using namespace swingmap::test;

namespace {
QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestStreetsCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void karlsruhe() {
        const QString out = m_dir.path() + "/ka";
        const Run r =
            run(CLI_PATH, {"run", PROJECT_DIR "/docs/examples/de_karlsruhe_2013_2017.json", "--out",
                           out, "--png", "--svg"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Streets: 1827 named streets"), qPrintable(r.out));
        QStringList header;
        const auto rows = csvRows(out + "/streets.csv", &header);
        QCOMPARE(header.join(','), QStringLiteral("rank,street,road_class,class,km,areas_crossed,"
                                                  "potential_votes,per_km,share_change,"
                                                  "swing_street,area_keys"));
        QVERIFY2(rows.size() > 1700 && rows.size() <= 1827,
                 qPrintable(QString::number(rows.size())));
        double previous = INFINITY;
        bool kaiser = false;
        std::size_t swing = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i][0].toULongLong(), i + 1);
            bool ok = false;
            const double perKm = rows[i][7].toDouble(&ok);
            if (ok) {
                QVERIFY(perKm <= previous + 1e-9);
                previous = perKm;
            }
            QVERIFY(rows[i][4].toDouble() > 0);
            QCOMPARE(rows[i][5].toInt(), int(rows[i][10].split(';').size()));
            kaiser = kaiser || rows[i][1] == QStringLiteral("Kaiserstraße");
            swing += rows[i][9] == QLatin1String("yes");
        }
        QVERIFY(kaiser);
        QVERIFY(swing > 0);
        const auto rep = nlohmann::json::parse(readAll(out + "/report.json").toStdString());
        const auto& st = rep.at("streets");
        QCOMPARE(st.at("listed").get<std::size_t>(), rows.size());
        QCOMPARE(st.at("swing_streets").get<std::size_t>(), swing);
        QCOMPARE(st.at("features").get<std::size_t>(), std::size_t(1827));
        QCOMPARE(QString::fromStdString(st.at("top")[0].at("street").get<std::string>()),
                 rows[0][1]);
        QVERIFY(rep.at("timings").contains("streets"));
        const QImage png(out + "/map.png");
        QCOMPARE(png.size(), QSize(1600, 1200));
        QVERIFY(QFile::exists(out + "/briefing.pdf"));
        // the top street's name is written on the SVG map
        const QString svg = QString::fromUtf8(readAll(out + "/map.svg"));
        QVERIFY(svg.size() > 1000);
        QFile::copy(out + "/map.png", SCREENSHOT_DIR "/streets_karlsruhe_map.png");
    }

    /// A street inside one suppressed area of the demo is not listed; a street across the map is,
    /// without any suppressed area among its keys.
    void privacy() {
        const QString demo = m_dir.path() + "/demo";
        QCOMPARE(run(CLI_PATH, {"make-demo", demo}).code, 0);
        const QString plain = m_dir.path() + "/plain";
        Run r =
            run(CLI_PATH, {"run", demo + "/project.json", "--out", plain, "--no-pdf", "--quiet"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        swingmap::SourceSpec spec;
        spec.path = (plain + "/areas.gpkg").toStdString();
        spec.layer = "areas";
        auto layer = swingmap::gis::readPolygonLayer(spec);
        QVERIFY2(layer.ok(), layer.ok() ? "" : layer.error().c_str());
        const auto& g = layer->geometry;
        const auto keyCol = layer->attributes.columnIndex("key");
        const auto supCol = layer->attributes.columnIndex("suppressed");
        QVERIFY(keyCol >= 0 && supCol >= 0);
        std::set<QString> suppressed;
        std::vector<double> hidden; // a short line inside a suppressed area
        for (std::size_t f = 0; f < g.featureCount(); ++f) {
            if (layer->attributes.cells[std::size_t(supCol)][f] != "1" || !g.hasGeometry(f))
                continue;
            suppressed.insert(
                QString::fromStdString(layer->attributes.cells[std::size_t(keyCol)][f]));
            const auto p = swingmap::featureInteriorPoint(g, f);
            for (const double d : {20.0, 5.0, 1.0})
                if (hidden.empty() && swingmap::gis::featureContains(g, f, p[0] + d, p[1]) &&
                    swingmap::gis::featureContains(g, f, p[0] - d, p[1]))
                    hidden = {p[0] - d, p[1], p[0] + d, p[1]};
        }
        QVERIFY(!suppressed.empty());
        QVERIFY(!hidden.empty());
        const double midY = (g.extent.minY + g.extent.maxY) / 2;
        nlohmann::json fc = {
            {"type", "FeatureCollection"},
            {"crs", {{"type", "name"}, {"properties", {{"name", "urn:ogc:def:crs:EPSG::25832"}}}}},
            {"features",
             {{{"type", "Feature"},
               {"properties", {{"name", "Hidden Lane"}, {"highway", "residential"}}},
               {"geometry",
                {{"type", "LineString"},
                 {"coordinates", {{hidden[0], hidden[1]}, {hidden[2], hidden[3]}}}}}},
              {{"type", "Feature"},
               {"properties", {{"name", "Open Road"}, {"highway", "primary"}}},
               {"geometry",
                {{"type", "LineString"},
                 {"coordinates", {{g.extent.minX - 10, midY}, {g.extent.maxX + 10, midY}}}}}},
              {{"type", "Feature"},
               {"properties", {{"name", nullptr}, {"highway", "service"}}},
               {"geometry",
                {{"type", "LineString"},
                 {"coordinates",
                  {{g.extent.minX, g.extent.minY}, {g.extent.maxX, g.extent.maxY}}}}}}}}};
        const QString file = demo + "/streets.geojson";
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::fromStdString(fc.dump()));
        }
        const QString out = m_dir.path() + "/streets";
        r = run(CLI_PATH, {"run", demo + "/project.json", "--out", out, "--no-pdf", "--png",
                           "--quiet", "--streets", file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto rows = csvRows(out + "/streets.csv");
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(rows[0][1], QStringLiteral("Open Road"));
        for (const QString& key : rows[0][10].split(';'))
            QVERIFY2(!suppressed.count(key), qPrintable(key));
        QVERIFY(!readAll(out + "/streets.csv").contains("Hidden Lane"));
        const auto rep = nlohmann::json::parse(readAll(out + "/report.json").toStdString());
        const auto& st = rep.at("streets");
        QCOMPARE(st.at("not_listed_privacy").get<int>(), 1);
        QCOMPARE(st.at("dropped_unnamed").get<int>(), 1);
        QCOMPARE(st.at("listed").get<int>(), 1);
        QVERIFY(!QString::fromStdString(rep.dump()).contains("Hidden Lane"));
    }
};

QTEST_GUILESS_MAIN(TestStreetsCli)
#include "tst_streets_cli.moc"
