// SPDX-License-Identifier: GPL-3.0-or-later
// End to end on the US counties (issue 4, point 9), read in place from ../shared/data (the results
// carry no licence: the repository never copies them): both boundary files load (GeoJSON: 21
// invalid geometries repaired; TopoJSON: 22, GDAL's decoding adds one; one NULL geometry, Falls
// Church 51610, in both); the zero-padded FIPS codes stay text ("01001", never 1001); the example
// project docs/examples/us_counties_dem_2016_2020.json runs through swingmap-cli, lists the 29
// Alaska polygons without results as missing keys, fits OLS with the LM tests and the ML lag and
// error models, and report.json's numbers agree with each other (n + dropped = areas, t = estimate
// / SE, R², adjusted R², F, the p-values, Moran's z). The same project on the TopoJSON gives the
// same model.
#include "core/project.h"
#include "gis/reader.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

using namespace swingmap;

namespace {
const std::string kUs = SHARED_DATA_DIR "/us_counties_pres_2012_2020/";
const QString kExample =
    QStringLiteral(PROJECT_DIR "/docs/examples/us_counties_dem_2016_2020.json");

struct Run {
    int code = -1;
    QString out, err;
};

Run cli(const QStringList& args) {
    QProcess p;
    p.start(CLI_PATH, args);
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

nlohmann::json readJson(const QString& path) {
    std::ifstream in(path.toStdString());
    return nlohmann::json::parse(in, nullptr, false);
}

/// Boundary keys read straight from the layer's key column.
std::vector<std::string> layerKeys(const gis::LoadedLayer& l, const std::string& column) {
    auto keys = l.attributes.column(column);
    return keys ? **keys : std::vector<std::string>{};
}

/// Two-sided normal tail: the t distribution with > 3,000 df is within 1e-3 of it for |t| < 5.
double normalTwoSided(double t) {
    return std::erfc(std::fabs(t) / std::sqrt(2.0));
}
} // namespace

class TestPipelineUs : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    nlohmann::json m_geojsonReport, m_topojsonReport;
    std::set<std::string> m_alaska; ///< boundary keys of Alaska (state FIPS 02), from the layer

    nlohmann::json runProject(const QString& project, const QString& outName) {
        const QString out = m_dir.path() + "/" + outName;
        const Run r = cli({"run", project, "--out", out, "--no-pdf", "--quiet"});
        if (r.code != 0) qWarning("%s", qPrintable(r.err));
        return r.code == 0 ? readJson(out + "/report.json") : nlohmann::json();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void boundariesLoad_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("repaired");
        QTest::newRow("geojson") << "us_counties_2017_10m.geojson"
                                 << ""
                                 << "fips" << 21;
        QTest::newRow("topojson") << "us_counties_2017_10m.topojson"
                                  << "counties"
                                  << "id" << 22;
    }

    void boundariesLoad() {
        QFETCH(QString, file);
        QFETCH(QString, layer);
        QFETCH(QString, key);
        QFETCH(int, repaired);
        SourceSpec s;
        s.path = kUs + "boundaries/" + file.toStdString();
        s.layer = layer.toStdString();
        s.key = key.toStdString();
        auto l = gis::readPolygonLayer(s, "EPSG:5070");
        QVERIFY2(l, l ? "" : l.error().c_str());
        QCOMPARE(l->geometry.featureCount(), std::size_t{3231});
        QCOMPARE(l->repaired, std::size_t(repaired));
        QCOMPARE(l->empty, std::size_t{1});
        const auto keys = layerKeys(*l, s.key);
        QCOMPARE(keys.size(), std::size_t{3231});
        std::vector<std::string> without;
        std::set<std::string> alaska;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            QVERIFY2(keys[i].size() == 5, keys[i].c_str()); // zero-padded text, never a number
            if (!l->geometry.hasGeometry(i)) without.push_back(keys[i]);
            if (keys[i].rfind("02", 0) == 0) alaska.insert(keys[i]);
        }
        QVERIFY(std::find(keys.begin(), keys.end(), "01001") != keys.end());
        QCOMPARE(without, std::vector<std::string>{"51610"});
        QCOMPARE(alaska.size(), std::size_t{29}); // the README: 29 Alaska polygons
        if (m_alaska.empty()) m_alaska = alaska;
        QCOMPARE(alaska, m_alaska);
    }

    void exampleProjectRuns() {
        m_geojsonReport = runProject(kExample, "geojson");
        QVERIFY(m_geojsonReport.is_object());
        const auto& join = m_geojsonReport["join"];
        QCOMPARE(join["boundary_features"].get<int>(), 3231);
        QCOMPARE(join["geometry"]["repaired"].get<int>(), 21);
        QCOMPARE(join["geometry"]["empty"].get<int>(), 1);
        QVERIFY(join["duplicate_boundary_keys"].empty());
        QVERIFY(join["padding_hint"].empty()); // FIPS text on both sides: nothing to pad
        int elections = 0;
        for (const auto& src : join["sources"]) {
            const std::string role = src["role"].get<std::string>();
            const auto missing = src["missing_keys"].get<std::vector<std::string>>();
            const std::set<std::string> missingSet(missing.begin(), missing.end());
            QCOMPARE(missingSet.size(), missing.size());
            QCOMPARE(src["missing_keys"].size(), src["areas_without_row"].get<std::size_t>());
            if (role.rfind("election", 0) != 0) continue;
            ++elections;
            QCOMPARE(src["rows"].get<int>(), 3112); // the README's row count
            QCOMPARE(src["matched"].get<int>(), 3112);
            QVERIFY(src["unmatched_keys"].empty());
            QVERIFY(src["duplicate_keys"].empty());
            for (const auto& k : m_alaska)
                QVERIFY2(missingSet.count(k), (role + " " + k).c_str());
            QVERIFY(missingSet.count("15005")); // Kalawao: no separate results
            QVERIFY(!missingSet.count("01001"));
            QVERIFY(!missingSet.count("51610")); // Falls Church has results, only no shape
            for (const auto& k : missing)
                QVERIFY2(k.size() == 5, k.c_str());
        }
        QCOMPARE(elections, 2);
    }

    void reportIsSelfConsistent() {
        QVERIFY(m_geojsonReport.is_object());
        const auto& m = m_geojsonReport["model"];
        const double n = m["n"].get<double>();
        const auto& dropped = m["dropped"];
        QCOMPARE(n + dropped["count"].get<double>(), 3231.0);
        double reasons = 0;
        for (const auto& [why, count] : dropped["reasons"].items())
            reasons += count.get<double>();
        QCOMPARE(reasons, dropped["count"].get<double>());
        QCOMPARE(dropped["reasons"]["no geometry"].get<int>(), 1);
        // every election-less area (Alaska 29, territories, Kalawao) leaves with that reason
        QVERIFY(dropped["reasons"]["no result at one of the elections"].get<int>() >= 29);
        const auto& terms = m["terms"];
        const double k = double(terms.size()) - 1;
        QCOMPARE(k, 5.0);
        const double df = n - k - 1;
        QCOMPARE(m["f_df"][0].get<double>(), k);
        QCOMPARE(m["f_df"][1].get<double>(), df);
        for (const auto& t : terms) {
            const double est = t["estimate"].get<double>(), se = t["std_error"].get<double>();
            const double tv = t["t"].get<double>(), p = t["p"].get<double>();
            QVERIFY(se > 0 && t["hc3_std_error"].get<double>() > 0);
            QVERIFY(std::fabs(tv - est / se) < 1e-9 * std::fabs(tv) + 1e-12);
            QVERIFY(p >= 0 && p <= 1);
            if (std::fabs(tv) < 5)
                QVERIFY(std::fabs(p - normalTwoSided(tv)) < 1e-3);
            else
                QVERIFY(p < 1e-5);
        }
        const double r2 = m["r_squared"].get<double>(), adj = m["adj_r_squared"].get<double>();
        QVERIFY(r2 > 0 && r2 < 1 && adj < r2);
        QVERIFY(std::fabs(adj - (1 - (1 - r2) * (n - 1) / df)) < 1e-9);
        const double f = m["f_statistic"].get<double>();
        QVERIFY(std::fabs(f - (r2 / k) / ((1 - r2) / df)) < 1e-6 * f);
        const auto& moran = m["residual_moran"];
        const double z = (moran["i"].get<double>() - moran["expectation"].get<double>()) /
                         std::sqrt(moran["variance"].get<double>());
        QVERIFY(std::fabs(z - moran["z"].get<double>()) < 1e-6 * std::fabs(z));
        QCOMPARE(moran["expectation"].get<double>() < 0, true);
        for (const char* test : {"RSerr", "RSlag", "adjRSerr", "adjRSlag", "SARMA"}) {
            const auto& lm = m["lm_tests"][test];
            QVERIFY2(lm["statistic"].get<double>() >= 0, test);
            QVERIFY2(lm["p"].get<double>() >= 0 && lm["p"].get<double>() <= 1, test);
        }
        // the ML lag and error models: z = coefficient / SE, AIC = -2 logLik + 2 (k + 1 + 2)
        for (const auto& [model, coef] :
             {std::pair{"spatial_lag", "rho"}, {"spatial_error", "lambda"}}) {
            const auto& sm = m[model];
            QVERIFY2(sm.is_object(), model);
            const double c = sm[coef].get<double>();
            QVERIFY2(c > 0 && c < 1, model); // the residuals' Moran's I is clearly positive
            QVERIFY2(std::fabs(sm["z"].get<double>() - c / sm["se"].get<double>()) <
                         1e-9 * c / sm["se"].get<double>(),
                     model);
            const double aic = -2 * sm["log_likelihood"].get<double>() + 2 * (k + 3);
            QVERIFY2(std::fabs(sm["aic"].get<double>() - aic) < 1e-6 * std::fabs(aic), model);
        }
        // chi-square(1) tail for a statistic of 1: erfc(sqrt(1/2)) = 0.3173; the LM p-values follow
        // it
        for (const char* test : {"RSerr", "RSlag", "adjRSerr", "adjRSlag"}) {
            const auto& lm = m["lm_tests"][test];
            const double expected = std::erfc(std::sqrt(lm["statistic"].get<double>() / 2));
            QVERIFY2(std::fabs(lm["p"].get<double>() - expected) < 1e-9 + 1e-6 * expected, test);
        }
    }

    void topojsonGivesTheSameModel() {
        QVERIFY(m_geojsonReport.is_object());
        QFile f(kExample);
        QVERIFY(f.open(QIODevice::ReadOnly));
        nlohmann::json p = nlohmann::json::parse(f.readAll().toStdString());
        p["boundaries"]["path"] = kUs + "boundaries/us_counties_2017_10m.topojson";
        p["boundaries"]["layer"] = "counties";
        p["boundaries"]["key"] = "id";
        p["boundaries"].erase("name");
        // the other paths were relative to docs/examples: make them absolute here
        for (auto& e : p["elections"])
            e["path"] = QDir(PROJECT_DIR "/docs/examples")
                            .absoluteFilePath(QString::fromStdString(e["path"].get<std::string>()))
                            .toStdString();
        for (auto& c : p["census"])
            c["path"] = QDir(PROJECT_DIR "/docs/examples")
                            .absoluteFilePath(QString::fromStdString(c["path"].get<std::string>()))
                            .toStdString();
        const QString path = m_dir.filePath("topojson.json");
        std::ofstream(path.toStdString()) << p.dump(1);
        m_topojsonReport = runProject(path, "topojson");
        QVERIFY(m_topojsonReport.is_object());
        QCOMPARE(m_topojsonReport["join"]["geometry"]["repaired"].get<int>(), 22);
        QCOMPARE(m_topojsonReport["join"]["geometry"]["empty"].get<int>(), 1);
        const auto& a = m_geojsonReport["model"];
        const auto& b = m_topojsonReport["model"];
        QCOMPARE(b["n"].get<int>(), a["n"].get<int>());
        // same tables, same areas: the regression does not depend on the shapes
        for (std::size_t i = 0; i < a["terms"].size(); ++i)
            QVERIFY(std::fabs(a["terms"][i]["estimate"].get<double>() -
                              b["terms"][i]["estimate"].get<double>()) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestPipelineUs)
#include "tst_pipeline_us.moc"
