// SPDX-License-Identifier: GPL-3.0-or-later
// The generated demo's street layer (core/demo_streets.h): streets.gpkg as written, every street
// named, lengths in bounds, streets in nearly every district, the same streets for the same seed,
// and a CLI run of the demo project that lists swing-streets (none naming a suppressed district).
#include "app/shared/demo.h"
#include "core/demo.h"
#include "core/demo_streets.h"
#include "gis/reader.h"
#include "gis/streets.h"
#include "gis/voronoi.h"
#include "tests/common/csv_rows.h"
#include "tests/common/process_run.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace swingmap;
using namespace swingmap::test;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Feature {
    std::string name, highway;
    std::vector<double> xy;
    double length = 0;
};

/// streets.gpkg read with OGR directly (not with the code under test).
struct StreetsFile {
    std::string geometryType, epsg;
    std::vector<std::string> fields;
    std::vector<Feature> features;
};

StreetsFile readStreetsFile(const QString& path) {
    GDALAllRegister();
    StreetsFile out;
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds) return out;
    OGRLayer* layer = ds->GetLayerByName("streets");
    if (!layer) return out;
    out.geometryType = OGRGeometryTypeToName(layer->GetGeomType());
    if (const OGRSpatialReference* srs = layer->GetSpatialRef())
        if (const char* code = srs->GetAuthorityCode(nullptr)) out.epsg = code;
    const OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        out.fields.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
    for (auto& f : *layer) {
        Feature feature;
        feature.name = f->GetFieldAsString("name");
        feature.highway = f->GetFieldAsString("highway");
        if (const auto* line = dynamic_cast<const OGRLineString*>(f->GetGeometryRef())) {
            for (int i = 0; i < line->getNumPoints(); ++i)
                feature.xy.insert(feature.xy.end(), {line->getX(i), line->getY(i)});
            feature.length = line->get_Length();
        }
        out.features.push_back(std::move(feature));
    }
    return out;
}

} // namespace

class TestDemoStreets : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;
    StreetsFile m_file;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.path() + "/demo";
        const Status st = makeDemo(m_demo.toStdString());
        QVERIFY2(st.ok(), st.ok() ? "" : st.error().c_str());
        m_file = readStreetsFile(m_demo + "/streets.gpkg");
    }

    void writesStreetsLayer() {
        QCOMPARE(QString::fromStdString(m_file.geometryType), QStringLiteral("Line String"));
        QCOMPARE(QString::fromStdString(m_file.epsg), QStringLiteral("25832"));
        QCOMPARE(m_file.fields, (std::vector<std::string>{"name", "highway"}));
        QVERIFY2(m_file.features.size() > 400, qPrintable(QString::number(m_file.features.size())));
        const auto project = nlohmann::json::parse(readAll(m_demo + "/project.json").toStdString());
        const auto& s = project.at("streets");
        QCOMPARE(s.at("path").get<std::string>(), std::string("streets.gpkg"));
        QCOMPARE(s.at("layer").get<std::string>(), std::string("streets"));
        QCOMPARE(s.at("name").get<std::string>(), std::string("name"));
        QCOMPARE(s.at("class").get<std::string>(), std::string("highway"));
        QVERIFY(s.at("attribution").get<std::string>().find("synthetic") != std::string::npos);
        QVERIFY(readAll(m_demo + "/README.txt").contains("streets.gpkg"));
    }

    /// Every street has a name of its own and one of the four classes; the bigger classes are
    /// the longer streets.
    void everyStreetNamed() {
        std::set<std::string> names;
        std::map<std::string, std::pair<double, int>> byClass;
        for (const auto& f : m_file.features) {
            QVERIFY(!f.name.empty());
            QVERIFY2(names.insert(f.name).second, f.name.c_str());
            QVERIFY2(f.name.find_first_of("0123456789") == std::string::npos, f.name.c_str());
            QVERIFY2(f.highway == "primary" || f.highway == "secondary" ||
                         f.highway == "tertiary" || f.highway == "residential",
                     f.highway.c_str());
            byClass[f.highway].first += f.length;
            byClass[f.highway].second += 1;
        }
        for (const char* c : {"primary", "secondary", "tertiary", "residential"})
            QVERIFY2(byClass[c].second > 0, c);
        const auto mean = [&](const char* c) { return byClass[c].first / byClass[c].second; };
        QVERIFY(mean("primary") > mean("secondary"));
        QVERIFY(mean("secondary") > mean("residential"));
        QVERIFY(byClass["residential"].second > byClass["primary"].second * 5);
    }

    /// Lengths of a town's streets (no street shorter than 40 m or longer than 6 km); every
    /// street inside the county and clipped to the districts with its whole length.
    void lengthsWithinBounds() {
        double total = 0;
        for (const auto& f : m_file.features) {
            QVERIFY2(f.length >= 40 && f.length <= 6000,
                     qPrintable(QString("%1: %2 m").arg(f.name.c_str()).arg(f.length)));
            total += f.length;
            for (std::size_t i = 0; i < f.xy.size(); i += 2) {
                QVERIFY(f.xy[i] >= 400000 - 10 && f.xy[i] <= 430000 + 10);
                QVERIFY(f.xy[i + 1] >= 5700000 - 10 && f.xy[i + 1] <= 5724000 + 10);
            }
        }
        QVERIFY2(total > 500e3 && total < 3000e3, qPrintable(QString::number(total)));
        const double mean = total / double(m_file.features.size());
        QVERIFY2(mean > 300 && mean < 3000, qPrintable(QString::number(mean)));
    }

    /// Clipped to the districts (the gis code a project run uses): nearly every district has a
    /// street, and an edge street runs inside one district, not split along the boundary.
    void streetsCoverDistricts() {
        SourceSpec districts;
        districts.path = (m_demo + "/districts.gpkg").toStdString();
        districts.layer = "districts";
        auto areas = gis::readPolygonLayer(districts);
        QVERIFY2(areas.ok(), areas.ok() ? "" : areas.error().c_str());
        StreetsSpec spec;
        spec.source.path = (m_demo + "/streets.gpkg").toStdString();
        spec.source.layer = "streets";
        auto lines = gis::readStreetLines(spec);
        QVERIFY2(lines.ok(), lines.ok() ? "" : lines.error().c_str());
        QCOMPARE(lines->kept, m_file.features.size());
        QCOMPARE(lines->names.size(), m_file.features.size()); // one street per feature
        auto clipped = gis::clipStreets(*lines, areas->geometry, areas->crsWkt, 1);
        QVERIFY2(clipped.ok(), clipped.ok() ? "" : clipped.error().c_str());
        QCOMPARE(clipped->geosFailures, std::size_t(0));
        const std::size_t n = areas->geometry.featureCount();
        std::vector<int> streetsIn(n, 0);
        std::map<uint32_t, double> longest, total;
        for (const auto& l : clipped->lengths) {
            if (l.metres >= 30) ++streetsIn[l.area];
            longest[l.street] = std::max(longest[l.street], l.metres);
            total[l.street] += l.metres;
        }
        const auto covered =
            std::count_if(streetsIn.begin(), streetsIn.end(), [](int k) { return k >= 1; });
        QVERIFY2(double(covered) >= 0.9 * double(n),
                 qPrintable(QString("%1 of %2").arg(covered).arg(n)));
        const auto several =
            std::count_if(streetsIn.begin(), streetsIn.end(), [](int k) { return k >= 2; });
        QVERIFY2(double(several) >= 0.75 * double(n), qPrintable(QString::number(several)));
        // lengths add up to each street's length (all inside the county), and no street is cut
        // into slivers: its longest piece in one district is at least 50 m (or all of it)
        std::map<std::string, double> fileLength;
        for (const auto& f : m_file.features)
            fileLength[f.name] = f.length;
        std::size_t slivered = 0;
        for (const auto& [s, metres] : total) {
            const double full = fileLength.at(clipped->names[s]);
            QVERIFY2(std::abs(metres - full) < 0.01 * full + 1,
                     qPrintable(QString("%1: %2 of %3 m")
                                    .arg(clipped->names[s].c_str())
                                    .arg(metres)
                                    .arg(full)));
            slivered += longest[s] < std::min(50.0, 0.99 * full);
        }
        QCOMPARE(slivered, std::size_t(0));
    }

    /// The same seed gives the same streets; another seed other streets.
    void deterministic() {
        const QString again = m_dir.path() + "/again";
        QVERIFY(makeDemo(again.toStdString()).ok());
        const StreetsFile second = readStreetsFile(again + "/streets.gpkg");
        QCOMPARE(second.features.size(), m_file.features.size());
        for (std::size_t i = 0; i < second.features.size(); ++i) {
            QCOMPARE(second.features[i].name, m_file.features[i].name);
            QCOMPARE(second.features[i].highway, m_file.features[i].highway);
            QCOMPARE(second.features[i].xy, m_file.features[i].xy);
        }
        const DemoData d = makeDemoData(2024);
        auto cells = gis::voronoiCells(d.xy, d.extent);
        QVERIFY(cells.ok());
        const DemoStreets a = makeDemoStreets(d, *cells);
        QCOMPARE(a.size(), m_file.features.size());
        QCOMPARE(a.name.front(), m_file.features.front().name);
        const DemoData other = makeDemoData(7);
        auto otherCells = gis::voronoiCells(other.xy, other.extent);
        QVERIFY(otherCells.ok());
        const DemoStreets b = makeDemoStreets(other, *otherCells);
        QVERIFY(b.size() > 400);
        QVERIFY(b.xy != a.xy);
    }

    /// The demo project run by the CLI lists swing-streets; one of the top ten runs through a
    /// district among the fifth with the largest planted swing for Red; no listed street names
    /// a suppressed district.
    void cliListsSwingStreets() {
        const QString out = m_dir.path() + "/out";
        const Run r = run(CLI_PATH, {"run", m_demo + "/project.json", "--out", out, "--no-pdf",
                                     "--png", "--quiet"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto rows = csvRows(out + "/streets.csv");
        QVERIFY2(rows.size() > 400, qPrintable(QString::number(rows.size())));
        std::size_t swing = 0;
        for (const auto& row : rows)
            swing += row[9] == QLatin1String("yes");
        QVERIFY(swing > 0);
        const auto rep = nlohmann::json::parse(readAll(out + "/report.json").toStdString());
        const auto& st = rep.at("streets");
        QCOMPARE(st.at("listed").get<std::size_t>(), rows.size());
        QCOMPARE(st.at("swing_streets").get<std::size_t>(), swing);
        QVERIFY(!st.at("top").empty());
        QCOMPARE(st.at("dropped_unnamed").get<int>(), 0);

        // the districts with the largest planted change (the truth, not the model's estimate)
        const DemoData d = makeDemoData();
        std::vector<double> sorted = d.plantedChange;
        std::sort(sorted.begin(), sorted.end());
        const double cut = sorted[sorted.size() * 4 / 5];
        std::set<QString> planted;
        for (std::size_t i = 0; i < d.size(); ++i)
            if (d.plantedChange[i] >= cut) planted.insert(QString::fromStdString(d.code[i]));
        bool topInPlanted = false;
        for (std::size_t i = 0; i < std::min<std::size_t>(10, rows.size()); ++i)
            for (const QString& key : rows[i][10].split(';'))
                topInPlanted = topInPlanted || planted.count(key) > 0;
        QVERIFY(topInPlanted);

        // privacy: no suppressed district among any listed street's areas
        SourceSpec spec;
        spec.path = (out + "/areas.gpkg").toStdString();
        spec.layer = "areas";
        auto layer = gis::readPolygonLayer(spec);
        QVERIFY(layer.ok());
        const auto keyCol = layer->attributes.columnIndex("key");
        const auto supCol = layer->attributes.columnIndex("suppressed");
        QVERIFY(keyCol >= 0 && supCol >= 0);
        std::set<QString> suppressed;
        for (std::size_t f = 0; f < layer->geometry.featureCount(); ++f)
            if (layer->attributes.cells[std::size_t(supCol)][f] == "1")
                suppressed.insert(
                    QString::fromStdString(layer->attributes.cells[std::size_t(keyCol)][f]));
        QVERIFY(!suppressed.empty());
        for (const auto& row : rows)
            for (const QString& key : row[10].split(';'))
                QVERIFY2(!suppressed.count(key), qPrintable(row[1] + ": " + key));
        QVERIFY(st.at("not_listed_privacy").get<int>() >= 0);
        QCOMPARE(QImage(out + "/map.png").isNull(), false);
    }
};

QTEST_GUILESS_MAIN(TestDemoStreets)
#include "tst_demo_streets.moc"
