// SPDX-License-Identifier: GPL-3.0-or-later
// fitSpatialLag / fitSpatialError against spatialreg::lagsarlm / errorsarlm
// (tests/data/reference/spatialreg/make_fixture.R).
#include "core/spatialreg.h"
#include "tests/common/json_fixture.h"

#include <QtTest>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <numbers>

using namespace swingmap;
using nlohmann::json;
using namespace swingmap::test;

namespace {

json load(const QString& name) {
    return loadSpatialregFixture(name.toStdString());
}

std::map<std::string, double>& deviations() {
    static std::map<std::string, double> d;
    return d;
}

/// Relative tolerance tol (p-values also pass within 1e-13 absolute: R's 1 - pnorm() rounds).
bool closeTo(double a, double b, double tol, const std::string& what, double absolute = 0) {
    const double scale = std::max(std::fabs(b), 1e-300);
    double& worst = deviations()[what];
    if (absolute == 0 || std::fabs(b) > 1e-8) worst = std::max(worst, std::fabs(a - b) / scale);
    if (std::fabs(a - b) <= tol * std::fabs(b) + absolute) return true;
    qWarning("%s: got %.17g, R %.17g", what.c_str(), a, b);
    return false;
}

/// A coefficient near zero is compared on the scale of its standard error: R's optimize() stops
/// within ~1e-8 of rho / lambda, and a coefficient that depends steeply on it moves by up to
/// ~1e-4 of itself between R's own runs (eigen vs LU, raw vs scaled weights).
bool estimateClose(double a, double b, double se, double tol) {
    return closeTo(a, b, tol * std::max(std::fabs(b), se) / std::max(std::fabs(b), 1e-300),
                   "estimate");
}

/// p = 2 (1 - Phi(|z|)): the z tolerance tol * max(|z|, 1) propagated to p.
bool pClose(double a, double b, double z, double tol, const char* what) {
    const double dp = 2 * std::exp(-z * z / 2) / std::sqrt(2 * std::numbers::pi) * tol *
                      std::max(std::fabs(z), 1.0);
    return closeTo(a, b, 1.01 * dp / std::max(std::fabs(b), 1e-300), what, 1e-13);
}

} // namespace

class TestSpatialReg : public QObject {
    Q_OBJECT
private slots:
    void matchesSpatialreg_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("scaleWeights");
        QTest::addColumn<bool>("unweighted");
        QTest::addColumn<int>("method");
        QTest::addColumn<double>("seTol"); // rho / lambda SE; 0 = R's value is not comparable
        QTest::addColumn<double>("termSeTol");
        QTest::addColumn<QString>("observed"); // exact observed-information SEs computed in R
        const int eigen = static_cast<int>(SpatialMethod::Eigen);
        const int sparse = static_cast<int>(SpatialMethod::Sparse);
        QTest::newRow("lattice lag eigen")
            << "lattice"
            << "lag_eigen" << false << false << eigen << 1e-6 << 1e-6 << "";
        QTest::newRow("lattice error eigen weighted")
            << "lattice"
            << "error_eigen" << false << false << eigen << 1e-6 << 1e-6 << "";
        QTest::newRow("lattice error eigen unweighted")
            << "lattice"
            << "error_unweighted_eigen" << false << true << eigen << 1e-6 << 1e-6 << "";
        QTest::newRow("lattice lag LU")
            << "lattice"
            << "lag_lu" << false << false << sparse << 1e-6 << 1e-6 << "";
        QTest::newRow("lattice error LU weighted")
            << "lattice"
            << "error_lu" << false << false << sparse << 1e-6 << 1e-6 << "";
        QTest::newRow("Bundestag lag eigen")
            << "de_spd"
            << "lag_eigen" << false << false << eigen << 1e-6 << 1e-6 << "";
        QTest::newRow("Bundestag error eigen, votes as weights (R: numerical SE)")
            << "de_spd"
            << "error_eigen" << false << false << eigen << 0.0 << 1e-6 << "";
        QTest::newRow("Bundestag error eigen, weights / mean")
            << "de_spd"
            << "error_scaled_weights_eigen" << true << false << eigen << 1e-6 << 1e-6 << "";
        QTest::newRow("Bundestag error eigen unweighted")
            << "de_spd"
            << "error_unweighted_eigen" << false << true << eigen << 1e-6 << 1e-6 << "";
        QTest::newRow("Bundestag lag LU")
            << "de_spd"
            << "lag_lu" << false << false << sparse << 1e-6 << 1e-6 << "";
        QTest::newRow("Bundestag error LU (R: numerical SE)")
            << "de_spd"
            << "error_lu" << false << false << sparse << 0.0 << 1e-6 << "";
        QTest::newRow("lattice 1800 lag LU (R: fdHess)")
            << "lattice_large"
            << "lag_lu" << false << false << sparse << 1e-3 << 2e-3 << "lag_observed_se";
        QTest::newRow("lattice 1800 error LU (R: fdHess)")
            << "lattice_large"
            << "error_lu" << false << false << sparse << 1e-4 << 1e-6 << "error_observed_se";
    }
    void matchesSpatialreg() {
        QFETCH(QString, file);
        QFETCH(QString, model);
        QFETCH(bool, scaleWeights);
        QFETCH(bool, unweighted);
        QFETCH(int, method);
        QFETCH(double, seTol);
        QFETCH(double, termSeTol);
        QFETCH(QString, observed);
        const json f = load(file);
        Case c = readCase(f);
        if (scaleWeights) c.w /= c.w.mean();
        if (unweighted) c.w.setOnes();
        const json& r = f[model.toStdString()];
        const bool lag = r["kind"] == "lag";
        const auto m = static_cast<SpatialMethod>(method);
        const auto fit = lag ? fitSpatialLag(c.x, c.y, c.nb, c.names, m)
                             : fitSpatialError(c.x, c.y, c.w, c.nb, c.names, m);
        QVERIFY2(fit.ok(), fit.ok() ? "" : fit.error().c_str());
        QCOMPARE(fit->kind, r["kind"].get<std::string>());
        QCOMPARE(fit->weighted, !lag && !unweighted);
        QVERIFY(closeTo(fit->intervalLower, r["interval"][0].get<double>(), 1e-12, "interval"));
        QVERIFY(closeTo(fit->intervalUpper, r["interval"][1].get<double>(), 1e-12, "interval"));
        QVERIFY(closeTo(fit->coefficient, r["coefficient"].get<double>(), 1e-6, "rho/lambda"));
        if (seTol > 0) {
            QVERIFY(closeTo(fit->stdError, r["se"].get<double>(), seTol, "rho/lambda SE"));
            QVERIFY(closeTo(fit->z, r["z"].get<double>(), seTol, "rho/lambda z"));
            QVERIFY(pClose(fit->p, r["p"].get<double>(), fit->z, seTol, "rho/lambda p"));
        }
        QVERIFY(closeTo(fit->logLik, r["log_lik"].get<double>(), 1e-6, "logLik"));
        QVERIFY(closeTo(fit->aic, r["aic"].get<double>(), 1e-6, "AIC"));
        QVERIFY(closeTo(fit->sigma2, r["sigma2"].get<double>(), 1e-6, "sigma2"));
        QVERIFY(closeTo(fit->olsLogLik, r["ols_log_lik"].get<double>(), 1e-6, "OLS logLik"));
        QVERIFY(closeTo(fit->lrStatistic, r["lr_statistic"].get<double>(), 1e-6, "LR"));
        QCOMPARE(fit->lrDf, r["lr_df"].get<double>());
        QVERIFY(closeTo(fit->lrP, r["lr_p"].get<double>(), 1e-6, "LR p", 1e-13));
        QCOMPARE(fit->terms.size(), r["names"].size());
        for (std::size_t j = 0; j < fit->terms.size(); ++j) {
            const SpatialTerm& t = fit->terms[j];
            QCOMPARE(t.name, r["names"][j].get<std::string>());
            const double rSe = r["std_error"][j].get<double>();
            const double rZ = r["z_value"][j].get<double>();
            QVERIFY(estimateClose(t.estimate, r["estimate"][j].get<double>(), rSe, 1e-6));
            QVERIFY(closeTo(t.stdError, rSe, termSeTol, "term SE"));
            QVERIFY(closeTo(t.z, rZ, termSeTol * std::max(std::fabs(rZ), 1.0) / std::fabs(rZ),
                            "term z"));
            QVERIFY(pClose(t.p, r["p_value"][j].get<double>(), rZ, termSeTol, "term p"));
        }
        if (observed.isEmpty()) return;
        const Eigen::VectorXd exact = vec(f[observed.toStdString()]);
        QCOMPARE(fit->seMethod, std::string("observed information"));
        QVERIFY(closeTo(fit->stdError, exact[0], 1e-6, "observed-information SE"));
        if (lag)
            for (std::size_t j = 0; j < fit->terms.size(); ++j)
                QVERIFY(closeTo(fit->terms[j].stdError, exact[static_cast<Eigen::Index>(j) + 1],
                                1e-6, "observed-information SE"));
    }

    void plantedRhoIsRecovered() {
        const json f = load("lattice");
        const Case c = readCase(f);
        const auto fit = fitSpatialLag(c.x, c.y, c.nb, c.names);
        QVERIFY(fit.ok());
        QCOMPARE(fit->method, std::string("eigen"));
        QCOMPARE(fit->islands, std::size_t{1});
        const double planted = f["planted_rho"].get<double>();
        QVERIFY(std::fabs(fit->coefficient - planted) < 2 * fit->stdError);
        QVERIFY(fit->lrP < 1e-6);
    }

    void sparseAndEigenAgree() {
        const json f = load("lattice");
        const Case c = readCase(f);
        const auto e = fitSpatialError(c.x, c.y, c.w, c.nb, c.names, SpatialMethod::Eigen);
        const auto s = fitSpatialError(c.x, c.y, c.w, c.nb, c.names, SpatialMethod::Sparse);
        QVERIFY(e.ok() && s.ok());
        QVERIFY(std::fabs(e->coefficient - s->coefficient) < 1e-6);
        QVERIFY(std::fabs(e->logLik - s->logLik) < 1e-8 * std::fabs(e->logLik));
    }

    void graphWithoutLinksIsAnError() {
        const json f = load("lattice");
        const Case c = readCase(f);
        Neighbours none;
        none.offset.assign(static_cast<std::size_t>(c.x.rows()) + 1, 0);
        const auto lag = fitSpatialLag(c.x, c.y, none, c.names);
        QVERIFY(!lag.ok());
        QVERIFY(lag.error().find("no area has a neighbour") != std::string::npos);
        QVERIFY(!fitSpatialError(c.x, c.y, c.w, none, c.names).ok());
    }

    void badInputsAreErrors() {
        const json f = load("lattice");
        Case c = readCase(f);
        Neighbours oneWay = c.nb; // area 0 lists a neighbour that does not list it back
        oneWay.index[0] = 100;
        QVERIFY(fitSpatialLag(c.x, c.y, oneWay, c.names).error().find("symmetric") !=
                std::string::npos);
        Eigen::VectorXd w = c.w;
        w[3] = 0;
        QVERIFY(fitSpatialError(c.x, c.y, w, c.nb, c.names).error().find("weight") !=
                std::string::npos);
        Eigen::MatrixXd x = c.x;
        x.col(2) = 2 * x.col(1);
        QVERIFY(fitSpatialLag(x, c.y, c.nb, c.names).error().find("collinear") !=
                std::string::npos);
    }

    void cleanupTestCase() {
        for (const auto& [what, worst] : deviations())
            qInfo("max relative deviation from R, %s: %.3g", what.c_str(), worst);
    }
};

QTEST_GUILESS_MAIN(TestSpatialReg)
#include "tst_spatialreg.moc"
