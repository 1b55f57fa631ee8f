// SPDX-License-Identifier: GPL-3.0-or-later
// End to end on the real German data (read in place from ../shared/data): load, join, contiguity,
// weighted regression, HC3 and residual Moran's I must equal R (fixture made by
// tests/data/reference/de_bundestag/de_spd_2021_2025.R) to 1e-6 relative.
#include "app/shared/job.h"
#include "core/project.h"
#include "tests/common/r_fixture.h"

#include <QtTest>

using namespace swingmap;
using swingmap::test::near;

namespace {
bool isPerArea(const std::string& name) {
    for (const char* p : {"fitted:", "residual:", "leverage:", "cooks:", "rstandard:"})
        if (name.rfind(p, 0) == 0) return true;
    return false;
}
} // namespace

class TestPipelineDe : public QObject {
    Q_OBJECT
    std::map<std::string, double> m_r;
    nlohmann::json m_sr; // spatialreg / lm.LMtests reference (tests/data/reference/spatialreg)
    JobResult m_job;

    void compare(const char* what, double ours, double r, double rel = 1e-6) {
        QVERIFY2(
            near(ours, r, rel),
            qPrintable(
                QString("%1: ours %2, R %3").arg(what).arg(ours, 0, 'g', 17).arg(r, 0, 'g', 17)));
    }

    void compareSpatial(const SpatialFit& ours, const nlohmann::json& r, bool compareSe) {
        const std::string e = test::spatialMismatch(ours, r, compareSe);
        QVERIFY2(e.empty(), e.c_str());
    }

private slots:
    void initTestCase() {
        m_r = test::readScalarFixture(TEST_DATA_DIR "/reference/de_bundestag/de_spd_2021_2025.txt");
        std::ifstream sr(TEST_DATA_DIR "/reference/spatialreg/de_spd.json");
        m_sr = nlohmann::json::parse(sr);
        QVERIFY(m_r.size() > 30);
        auto project = loadProject(PROJECT_DIR "/docs/examples/de_bundestag_spd_2021_2025.json");
        QVERIFY2(project.ok(), project.ok() ? "" : project.error().c_str());
        Feedback fb;
        auto job = runJob(*project, fb);
        QVERIFY2(job.ok(), job.ok() ? "" : job.error().c_str());
        m_job = std::move(*job);
    }

    void joinIsComplete() {
        const auto& j = m_job.data.join;
        QCOMPARE(j.boundaryFeatures, std::size_t(299));
        QCOMPARE(j.sources.size(), std::size_t(3));
        for (const auto& s : j.sources) {
            QCOMPARE(s.matched, std::size_t(299));
            QVERIFY(s.unmatchedKeys.empty());
            QVERIFY(s.duplicateKeys.empty());
        }
    }

    void contiguityEqualsPoly2nb() {
        QCOMPARE(double(m_job.neighbours.linkCount()), m_r.at("links"));
        QCOMPARE(double(m_job.neighbours.islandCount()), m_r.at("islands"));
    }

    void transformsAndCategoricalEqualR() {
        // y ~ log(pct_foreigners) + scale(unemployment_rate) + land_name, weights = valid 2025
        AnalysisSettings s = m_job.analysis.settings;
        s.covariates = {"pct_foreigners", "unemployment_rate", "land_name"};
        s.transforms = {{"pct_foreigners", "log"}, {"unemployment_rate", "standardise"}};
        s.models = {"ols"};
        auto a = refit(m_job, s);
        QVERIFY2(a.ok(), a.ok() ? "" : a.error().c_str());
        QVERIFY2(a->model.fitted, a->model.error.c_str());
        int compared = 0;
        for (const auto& [name, value] : m_r) {
            if (name.rfind("cat_", 0) != 0 || name == "cat_r_squared") continue;
            const auto colon = name.find(':');
            const std::string what = name.substr(4, colon - 4), term = name.substr(colon + 1);
            const Term* t = nullptr;
            for (const auto& x : a->model.fit.terms)
                if (x.name == term) t = &x;
            QVERIFY2(t, ("no term " + term).c_str());
            const double ours = what == "estimate"    ? t->estimate
                                : what == "std_error" ? t->stdError
                                                      : t->hc3StdError;
            compare(name.c_str(), ours, value);
            ++compared;
        }
        QCOMPARE(compared, 3 * 18); // intercept, 2 covariates, 15 Land dummies
        compare("r_squared", a->model.fit.rSquared, m_r.at("cat_r_squared"));
    }

    void model_data() {
        QTest::addColumn<QString>("name");
        for (const auto& [name, value] : m_r)
            if (name.find(':') != std::string::npos && !isPerArea(name) &&
                name.rfind("cat_", 0) != 0)
                QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }

    void model() {
        QFETCH(QString, name);
        const std::string key = name.toStdString();
        QVERIFY(m_job.analysis.model.fitted);
        const auto ours = test::termFigure(m_job.analysis.model.fit.terms, key);
        QVERIFY2(ours, key.c_str());
        compare(key.c_str(), *ours, m_r.at(key));
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
        QTest::newRow("sigma") << "sigma" << m.fit.sigma;
        QTest::newRow("moran_i") << "moran_i" << m.moran.i;
        QTest::newRow("moran_expectation") << "moran_expectation" << m.moran.expectation;
        QTest::newRow("moran_variance") << "moran_variance" << m.moran.variance;
        QTest::newRow("moran_z") << "moran_z" << m.moran.z;
        QTest::newRow("moran_p") << "moran_p" << m.moran.p;
    }

    void fitStatistics() {
        QFETCH(QString, name);
        QFETCH(double, ours);
        QVERIFY(m_job.analysis.model.hasMoran);
        const double r = m_r.at(name.toStdString());
        QVERIFY2(near(ours, r),
                 qPrintable(QString("ours %1, R %2").arg(ours, 0, 'g', 17).arg(r, 0, 'g', 17)));
    }

    void lmTestsEqualSpdep() {
        const auto& m = m_job.analysis.model;
        QVERIFY(m.hasLmTests);
        const auto& r = m_sr["lmtests"];
        const std::pair<const char*, const LmTest*> tests[] = {{"rsErr", &m.lmTests.rsErr},
                                                               {"rsLag", &m.lmTests.rsLag},
                                                               {"adjRsErr", &m.lmTests.adjRsErr},
                                                               {"adjRsLag", &m.lmTests.adjRsLag},
                                                               {"sarma", &m.lmTests.sarma}};
        for (const auto& [name, t] : tests) {
            compare(name, t->statistic, r[name]["statistic"].get<double>());
            QCOMPARE(t->df, r[name]["df"].get<double>());
            QVERIFY(std::fabs(t->p - r[name]["p"].get<double>()) < 1e-12 + 1e-6 * t->p);
        }
    }

    void spatialLagEqualsLagsarlm() {
        const auto& m = m_job.analysis.model;
        QVERIFY2(m.lag.has_value(), m.lagError.c_str());
        compareSpatial(*m.lag, m_sr["lag_eigen"], true);
    }

    void spatialErrorEqualsErrorsarlm() {
        const auto& m = m_job.analysis.model;
        QVERIFY2(m.errorModel.has_value(), m.errorModelError.c_str());
        QVERIFY(m.errorModel->weighted);
        compareSpatial(*m.errorModel, m_sr["error_eigen"], false);
        // with raw vote counts R's own lambda SE falls back to a numerical Hessian; the
        // analytical SE equals R's for rescaled weights (core/spatialreg.h)
        compare("lambda se", m.errorModel->stdError,
                m_sr["error_scaled_weights_eigen"]["se"].get<double>());
    }

    void perAreaFiguresFollowKeys() {
        const auto& d = m_job.data;
        const auto& f = m_job.analysis.areas;
        const std::map<std::string, const std::vector<double>*> columns{
            {"fitted", &f.fitted},
            {"residual", &f.residual},
            {"leverage", &f.leverage},
            {"cooks", &f.cooksDistance},
            {"rstandard", &f.stdResidual}};
        int checked = 0;
        for (const auto& [name, value] : m_r) {
            if (!isPerArea(name)) continue;
            const auto colon = name.find(':');
            const std::string key = name.substr(colon + 1);
            const auto it = std::find(d.keys.begin(), d.keys.end(), key);
            QVERIFY2(it != d.keys.end(), key.c_str());
            const auto i = std::size_t(it - d.keys.begin());
            QVERIFY2(near((*columns.at(name.substr(0, colon)))[i], value), name.c_str());
            ++checked;
        }
        QCOMPARE(checked, 15);
    }
};

QTEST_GUILESS_MAIN(TestPipelineDe)
#include "tst_pipeline_de.moc"
