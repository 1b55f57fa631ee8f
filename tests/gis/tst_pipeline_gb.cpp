// SPDX-License-Identifier: GPL-3.0-or-later
// End to end on the British Westminster constituencies (read in place from ../shared/data): the
// example project docs/examples/gb_westminster_lab_2017_2019.json through the real pipeline. The
// join (18 Northern Ireland result rows without a polygon, 59 Scottish seats without `degree`),
// queen contiguity with its islands, the weighted regression, Moran, the LM tests, the ML lag and
// error models, LISA and GWR must equal R (tests/data/reference/gb_westminster, made by
// gb_lab_2017_2019.R) to 1e-6 relative; a second variant links the islands.
#include "app/shared/job.h"
#include "core/project.h"
#include "core/report.h"
#include "gis/spatial_weights.h"
#include "tests/common/r_fixture.h"

#include <QtTest>
#include <set>

using namespace swingmap;
using namespace swingmap::test;

namespace {
const std::string kRef = TEST_DATA_DIR "/reference/gb_westminster/gb_lab_2017_2019";

/// Keys of the fixture entries "prefix:KEY".
std::set<std::string> keysWithPrefix(const std::map<std::string, double>& m,
                                     const std::string& prefix) {
    std::set<std::string> out;
    for (const auto& [name, value] : m)
        if (name.rfind(prefix, 0) == 0) out.insert(name.substr(prefix.size()));
    return out;
}
} // namespace

class TestPipelineGb : public QObject {
    Q_OBJECT
    std::map<std::string, double> m_r;
    nlohmann::json m_sr;
    CsvFixture m_areas, m_lisa, m_gwr;
    JobResult m_job;
    std::map<std::string, std::size_t> m_index; ///< area key -> area index
    Analysis m_linked;                          ///< the same model with the islands linked
    Neighbours m_linkedNb;
    gis::WeightsInfo m_linkedInfo;

    std::size_t areaOf(const std::string& key) const {
        const auto it = m_index.find(key);
        return it == m_index.end() ? SIZE_MAX : it->second;
    }

    /// Every row of a per-area fixture: column `rColumn` against ours[area] to 1e-6.
    void comparePerArea(const CsvFixture& f, const std::string& rColumn,
                        const std::vector<double>& ours, std::size_t expectedRows) {
        const int c = f.column(rColumn);
        QVERIFY2(c >= 0, rColumn.c_str());
        QCOMPARE(f.keys.size(), expectedRows);
        QCOMPARE(ours.size(), m_job.data.areaCount());
        for (std::size_t r = 0; r < f.keys.size(); ++r) {
            const std::size_t i = areaOf(f.keys[r]);
            QVERIFY2(i != SIZE_MAX, f.keys[r].c_str());
            const std::string e = mismatch(rColumn + " " + f.keys[r], ours[i],
                                           f.rows[r][static_cast<std::size_t>(c)]);
            QVERIFY2(e.empty(), e.c_str());
        }
    }

    void compareLmTests(const LmTests& ours, const nlohmann::json& r) {
        const std::pair<const char*, const LmTest*> tests[] = {{"rsErr", &ours.rsErr},
                                                               {"rsLag", &ours.rsLag},
                                                               {"adjRsErr", &ours.adjRsErr},
                                                               {"adjRsLag", &ours.adjRsLag},
                                                               {"sarma", &ours.sarma}};
        for (const auto& [name, t] : tests) {
            const std::string e = mismatch(name, t->statistic, r[name]["statistic"].get<double>());
            QVERIFY2(e.empty(), e.c_str());
            QCOMPARE(t->df, r[name]["df"].get<double>());
            QVERIFY2(std::fabs(t->p - r[name]["p"].get<double>()) < 1e-12 + 1e-6 * t->p, name);
        }
    }

    void compareMoran(const MoranTest& ours, const std::string& prefix) {
        const std::pair<const char*, double> figures[] = {{"moran_i", ours.i},
                                                          {"moran_expectation", ours.expectation},
                                                          {"moran_variance", ours.variance},
                                                          {"moran_z", ours.z},
                                                          {"moran_p", ours.p}};
        for (const auto& [name, value] : figures) {
            const std::string e = mismatch(prefix + name, value, m_r.at(prefix + name));
            QVERIFY2(e.empty(), e.c_str());
        }
    }

    /// Lag and error models: every figure R reports analytically, to 1e-6 (R's own SEs are all
    /// analytical here: "se_numerical" is false in the fixture, checked below).
    void compareSpatialModels(const ModelSummary& m, const nlohmann::json& r) {
        QVERIFY2(m.lag.has_value(), m.lagError.c_str());
        QVERIFY2(m.errorModel.has_value(), m.errorModelError.c_str());
        QCOMPARE(m.lag->method, std::string("eigen"));
        QVERIFY(!m.lag->weighted);
        QVERIFY(m.errorModel->weighted);
        QVERIFY(!r["lag_eigen"]["se_numerical"].get<bool>());
        QVERIFY(!r["error_eigen"]["se_numerical"].get<bool>());
        std::string e = spatialMismatch(*m.lag, r["lag_eigen"], true, true);
        QVERIFY2(e.empty(), ("lag: " + e).c_str());
        // SwingMap passes w / mean(w) (core/modelfit.cpp): the same model as R's raw votes
        e = spatialMismatch(*m.errorModel, r["error_eigen"], true, true);
        QVERIFY2(e.empty(), ("error: " + e).c_str());
        e = spatialMismatch(*m.errorModel, r["error_scaled_weights_eigen"], true, true);
        QVERIFY2(e.empty(), ("error (scaled weights): " + e).c_str());
    }

private slots:
    void initTestCase() {
        m_r = readScalarFixture(kRef + ".txt");
        QVERIFY(m_r.size() > 60);
        std::ifstream sr(kRef + "_spatial.json");
        m_sr = nlohmann::json::parse(sr);
        m_areas = readCsvFixture(kRef + "_areas.csv");
        m_lisa = readCsvFixture(kRef + "_lisa.csv");
        m_gwr = readCsvFixture(kRef + "_gwr.csv");
        auto project = loadProject(PROJECT_DIR "/docs/examples/gb_westminster_lab_2017_2019.json");
        QVERIFY2(project.ok(), project.ok() ? "" : project.error().c_str());
        QVERIFY(!project->analysis.spatialWeights.linkIslands);
        Feedback fb;
        auto job = runJob(*project, fb);
        QVERIFY2(job.ok(), job.ok() ? "" : job.error().c_str());
        m_job = std::move(*job);
        for (std::size_t i = 0; i < m_job.data.areaCount(); ++i)
            m_index[m_job.data.keys[i]] = i;

        // the second variant: islands linked to the area with the nearest centroid
        SpatialWeightsSpec spec = project->analysis.spatialWeights;
        spec.linkIslands = true;
        m_linkedNb = gis::buildSpatialWeights(m_job.data, spec, m_linkedInfo);
        AnalysisSettings s = m_job.analysis.settings;
        s.spatialWeights = spec;
        s.models = {"ols", "lag", "error"};
        auto linked = analyse(m_job.data, m_linkedNb, s);
        QVERIFY2(linked.ok(), linked.ok() ? "" : linked.error().c_str());
        m_linked = std::move(*linked);
    }

    void joinListsNorthernIrelandAndDropsScotland() {
        const auto& j = m_job.data.join;
        QCOMPARE(double(j.boundaryFeatures), m_r.at("areas"));
        QCOMPARE(j.sources.size(), std::size_t(3));
        const std::set<std::string> ni = keysWithPrefix(m_r, "unmatched_2019:");
        QCOMPARE(double(ni.size()), m_r.at("unmatched_2019"));
        QCOMPARE(ni.size(), std::size_t(18));
        for (const auto& s : j.sources) {
            QCOMPARE(s.matched, std::size_t(632));
            QCOMPARE(s.areasWithoutRow, std::size_t(0));
            QVERIFY(s.duplicateKeys.empty());
            if (s.role.rfind("census", 0) == 0) {
                QVERIFY(s.unmatchedKeys.empty());
                continue;
            }
            QCOMPARE(s.rows, std::size_t(650));
            // the same 18 Northern Ireland constituencies in both elections, each listed
            const std::set<std::string> ours(s.unmatchedKeys.begin(), s.unmatchedKeys.end());
            QVERIFY2(ours == ni, s.role.c_str());
            for (const auto& k : ours)
                QVERIFY2(k.rfind("N06", 0) == 0, k.c_str());
        }
        const auto& m = m_job.analysis.model;
        QCOMPARE(double(m.n), m_r.at("n"));
        QCOMPARE(double(m.dropped), m_r.at("dropped"));
        QCOMPARE(m.dropReasons.size(), std::size_t(1));
        QCOMPARE(double(m.dropReasons.at("missing degree")), m_r.at("dropped:missing_degree"));
        // exactly the Scottish seats leave the model, each with that reason
        const auto& f = m_job.analysis.areas;
        for (std::size_t i = 0; i < m_job.data.areaCount(); ++i) {
            const bool scottish = m_job.data.keys[i].rfind("S14", 0) == 0;
            QVERIFY2(f.dropReason[i] == (scottish ? "missing degree" : ""),
                     m_job.data.keys[i].c_str());
            QCOMPARE(bool(f.inModel[i]), !scottish);
        }
    }

    void reportSaysWhy() {
        const auto report = nlohmann::json::parse(
            buildReport(m_job.project, m_job.data, m_job.analysis, m_job.timings));
        const auto& dropped = report["model"]["dropped"];
        QCOMPARE(dropped["count"].get<double>(), m_r.at("dropped"));
        QCOMPARE(dropped["reasons"].size(), std::size_t(1));
        QCOMPARE(dropped["reasons"]["missing degree"].get<double>(),
                 m_r.at("dropped:missing_degree"));
        const std::set<std::string> ni = keysWithPrefix(m_r, "unmatched_2019:");
        int elections = 0;
        for (const auto& s : report["join"]["sources"]) {
            if (s["role"].get<std::string>().rfind("election", 0) != 0) continue;
            ++elections;
            const auto keys = s["unmatched_keys"].get<std::vector<std::string>>();
            QVERIFY(std::set<std::string>(keys.begin(), keys.end()) == ni);
        }
        QCOMPARE(elections, 2);
        QCOMPARE(report["spatial_weights"]["islands"].get<double>(), m_r.at("islands"));
        QCOMPARE(report["model"]["islands"].get<double>(), m_r.at("model_islands"));
    }

    void contiguityEqualsPoly2nb() {
        QCOMPARE(double(m_job.neighbours.linkCount()), m_r.at("links"));
        QCOMPARE(double(m_job.weightsInfo.islands), m_r.at("islands"));
        QCOMPARE(double(m_job.data.join.geometry.islands), m_r.at("islands"));
        std::set<std::string> ours;
        for (std::size_t i = 0; i < m_job.neighbours.size(); ++i)
            if (m_job.neighbours.degree(i) == 0) ours.insert(m_job.data.keys[i]);
        QVERIFY(ours == keysWithPrefix(m_r, "island:"));
        // Orkney & Shetland and Na h-Eileanan an Iar leave with Scotland: two islands remain
        QCOMPARE(double(m_job.analysis.model.moran.islands), m_r.at("model_islands"));
    }

    void linkedIslandsEqualR() {
        QCOMPARE(double(m_linkedNb.linkCount()), m_r.at("linked_links"));
        QCOMPARE(double(m_linkedInfo.islands), m_r.at("linked_islands"));
        QCOMPARE(double(m_linkedInfo.linkedIslands), m_r.at("islands"));
        for (const auto& key : keysWithPrefix(m_r, "island:")) {
            const std::size_t i = areaOf(key);
            QCOMPARE(m_linkedNb.degree(i), std::size_t(1));
            QCOMPARE(double(m_linkedNb.index[m_linkedNb.offset[i]]), m_r.at("island_link:" + key));
        }
        QCOMPARE(double(m_linked.model.moran.islands), m_r.at("linked_model_islands"));
    }

    void ols_data() {
        QTest::addColumn<QString>("name");
        for (const auto& [name, value] : m_r)
            for (const char* p : {"estimate:", "std_error:", "t:", "p:", "hc3_std_error:", "vif:"})
                if (name.rfind(p, 0) == 0)
                    QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }

    void ols() {
        QFETCH(QString, name);
        const std::string key = name.toStdString();
        QVERIFY(m_job.analysis.model.fitted);
        const auto ours = termFigure(m_job.analysis.model.fit.terms, key);
        QVERIFY2(ours, key.c_str());
        const std::string e = mismatch(key, *ours, m_r.at(key));
        QVERIFY2(e.empty(), e.c_str());
    }

    void fitStatistics_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("ours");
        const auto& m = m_job.analysis.model;
        QTest::newRow("n") << "n" << double(m.n);
        QTest::newRow("r_squared") << "r_squared" << m.fit.rSquared;
        QTest::newRow("adj_r_squared") << "adj_r_squared" << m.fit.adjRSquared;
        QTest::newRow("f_statistic") << "f_statistic" << m.fit.fStatistic;
        QTest::newRow("aic") << "aic" << m.fit.aic;
        QTest::newRow("log_lik") << "log_lik" << m.fit.logLik;
        QTest::newRow("sigma") << "sigma" << m.fit.sigma;
        QTest::newRow("condition_number") << "condition_number" << m.fit.conditionNumber;
    }

    void fitStatistics() {
        QFETCH(QString, name);
        QFETCH(double, ours);
        const std::string e = mismatch(name.toStdString(), ours, m_r.at(name.toStdString()));
        QVERIFY2(e.empty(), e.c_str());
    }

    void perAreaFiguresEqualR_data() {
        QTest::addColumn<QString>("column");
        for (const char* c : {"y", "fitted", "residual", "hat", "cooks", "rstandard"})
            QTest::newRow(c) << c;
    }

    void perAreaFiguresEqualR() {
        QFETCH(QString, column);
        const auto& f = m_job.analysis.areas;
        const std::map<QString, const std::vector<double>*> ours{
            {"y", &f.outcome},    {"fitted", &f.fitted},       {"residual", &f.residual},
            {"hat", &f.leverage}, {"cooks", &f.cooksDistance}, {"rstandard", &f.stdResidual}};
        comparePerArea(m_areas, column.toStdString(), *ours.at(column), std::size_t(m_r.at("n")));
    }

    void moranEqualsLmMorantest() {
        QVERIFY(m_job.analysis.model.hasMoran);
        compareMoran(m_job.analysis.model.moran, "");
        QVERIFY(m_linked.model.hasMoran);
        compareMoran(m_linked.model.moran, "linked_");
    }

    void lmTestsEqualSpdep() {
        QVERIFY(m_job.analysis.model.hasLmTests);
        compareLmTests(m_job.analysis.model.lmTests, m_sr["queen"]["lmtests"]);
        QVERIFY(m_linked.model.hasLmTests);
        compareLmTests(m_linked.model.lmTests, m_sr["linked"]["lmtests"]);
    }

    void spatialModelsEqualSpatialreg() {
        compareSpatialModels(m_job.analysis.model, m_sr["queen"]);
    }

    void spatialModelsWithLinkedIslandsEqualSpatialreg() {
        compareSpatialModels(m_linked.model, m_sr["linked"]);
    }

    void lisaEqualsLocalmoran_data() {
        QTest::addColumn<bool>("linked");
        QTest::addColumn<QString>("column");
        for (bool linked : {false, true})
            for (const char* c : {"Ii", "E", "Var", "Z", "p"})
                QTest::newRow(qPrintable(QString(linked ? "linked " : "queen ") + c))
                    << linked << c;
    }

    void lisaEqualsLocalmoran() {
        // every area with an outcome (all 632: LISA of the outcome needs no covariate); islands
        // have Ii = E = Var = 0 and no z or p in both programs
        QFETCH(bool, linked);
        QFETCH(QString, column);
        const Analysis& a = linked ? m_linked : m_job.analysis;
        QVERIFY2(a.hasLisa, a.lisaError.c_str());
        const auto& f = a.areas;
        // E and Var are not kept per area: derive them from I and z where z is defined
        const std::string c = column.toStdString();
        const std::string rc = (linked ? "linked_" : "") + c;
        if (c == "Ii") return comparePerArea(m_lisa, rc, f.lisaI, 632);
        if (c == "Z") return comparePerArea(m_lisa, rc, f.lisaZ, 632);
        if (c == "p") return comparePerArea(m_lisa, rc, f.lisaP, 632);
        // E and Var: recompute with core's localMoran on the same subset as the pipeline
        std::vector<double> x;
        std::vector<bool> keep(m_job.data.areaCount(), false);
        for (std::size_t i = 0; i < keep.size(); ++i)
            if (std::isfinite(f.outcome[i])) keep[i] = true, x.push_back(f.outcome[i]);
        const Neighbours& nb = linked ? m_linkedNb : m_job.neighbours;
        auto lisa = localMoran(x, nb.subset(keep), a.settings.lisaSettings);
        QVERIFY2(lisa.ok(), lisa.ok() ? "" : lisa.error().c_str());
        std::vector<double> ours(keep.size(), std::nan(""));
        const auto& v = c == "E" ? lisa->expectation : lisa->variance;
        for (std::size_t i = 0, r = 0; i < keep.size(); ++i)
            if (keep[i]) ours[i] = v[r++];
        comparePerArea(m_lisa, rc, ours, 632);
    }

    void gwrEqualsReference() {
        const auto& m = m_job.analysis.model;
        QVERIFY2(m.gwr.has_value(), m.gwrError.c_str());
        const GwrResult& g = *m.gwr;
        // golden-section AICc search over k, as gwr_reference.R's goldenSection (mgwr's rule)
        QCOMPARE(double(g.bandwidth), m_r.at("gwr_k"));
        QVERIFY(!g.exhaustiveSearch);
        const std::pair<const char*, double> figures[] = {{"gwr_aicc", g.aicc},
                                                          {"gwr_aic", g.aic},
                                                          {"gwr_rss", g.rss},
                                                          {"gwr_trace_s", g.traceS},
                                                          {"gwr_trace_sts", g.traceStS},
                                                          {"gwr_r_squared", g.rSquared},
                                                          {"gwr_adj_r_squared", g.adjRSquared},
                                                          {"gwr_sigma", g.sigma}};
        for (const auto& [name, value] : figures) {
            const std::string e = mismatch(name, value, m_r.at(name));
            QVERIFY2(e.empty(), e.c_str());
        }
        const auto& f = m_job.analysis.areas;
        const auto& names = m.fit.terms;
        QCOMPARE(f.gwrCoef.size(), names.size());
        const auto n = std::size_t(m_r.at("n"));
        for (std::size_t t = 0; t < names.size(); ++t) {
            comparePerArea(m_gwr, "coef:" + names[t].name, f.gwrCoef[t], n);
            comparePerArea(m_gwr, "se:" + names[t].name, f.gwrSe[t], n);
        }
        comparePerArea(m_gwr, "local_r2", f.gwrLocalR2, n);
        // fitted values and residuals are kept over the model rows only
        std::vector<double> fitted(m_job.data.areaCount(), std::nan("")), residual = fitted;
        for (std::size_t i = 0, r = 0; i < fitted.size(); ++i)
            if (f.inModel[i]) {
                fitted[i] = g.fitted(static_cast<Eigen::Index>(r));
                residual[i] = g.residual(static_cast<Eigen::Index>(r++));
            }
        comparePerArea(m_gwr, "fitted", fitted, n);
        comparePerArea(m_gwr, "residual", residual, n);
    }
};

QTEST_GUILESS_MAIN(TestPipelineGb)
#include "tst_pipeline_gb.moc"
