// SPDX-License-Identifier: GPL-3.0-or-later
// fitWls and the t / F tail probabilities against R (tests/data/r/wls_moran_fixture.R).
#include "core/wls.h"
#include "tests/common/json_fixture.h"

#include <QtTest>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

using namespace swingmap;
using nlohmann::json;
using namespace swingmap::test;

namespace {

const json& fixture() {
    static const json data = [] {
        std::ifstream in(TEST_DATA_DIR "/r/wls_moran_fixture.json");
        return json::parse(in);
    }();
    return data;
}

/// Largest relative deviation from R seen per quantity, printed at the end.
std::map<std::string, double>& deviations() {
    static std::map<std::string, double> d;
    return d;
}

bool closeTo(double a, double b, const std::string& what) {
    const double scale = std::max(std::fabs(b), 1e-12);
    double& worst = deviations()[what];
    worst = std::max(worst, std::fabs(a - b) / scale);
    if (std::fabs(a - b) <= 1e-6 * scale) return true;
    qWarning("%s: got %.17g, R %.17g", what.c_str(), a, b);
    return false;
}

bool allClose(const Eigen::VectorXd& a, const json& b, const std::string& what) {
    bool ok = static_cast<std::size_t>(a.size()) == b.size();
    for (std::size_t i = 0; ok && i < b.size(); ++i)
        ok = closeTo(a[static_cast<Eigen::Index>(i)], b[i].get<double>(), what);
    return ok;
}

Result<WlsFit> fitCase(const json& c) {
    return fitWls(mat(c["X"]), vec(c["y"]), vec(c["w"]),
                  c["names"].get<std::vector<std::string>>());
}

const json& caseNamed(const std::string& name) {
    for (const json& c : fixture()["cases"])
        if (c["name"] == name) return c;
    qFatal("no fixture case %s", name.c_str());
}

} // namespace

class TestWls : public QObject {
    Q_OBJECT
private slots:
    void fitMatchesR_data();
    void fitMatchesR();
    void collinearCovariatesFail();
    void constantCovariateFails();
    void tooFewRowsFail();
    void allZeroWeightsFail();
    void studentT_data();
    void studentT();
    void fDistribution_data();
    void fDistribution();
    void cleanupTestCase();
};

void TestWls::fitMatchesR_data() {
    QTest::addColumn<int>("index");
    const json& cases = fixture()["cases"];
    for (std::size_t i = 0; i < cases.size(); ++i)
        if (cases[i].contains("lm"))
            QTest::newRow(cases[i]["name"].get<std::string>().c_str()) << static_cast<int>(i);
}

void TestWls::fitMatchesR() {
    QFETCH(int, index);
    const json& c = fixture()["cases"][static_cast<std::size_t>(index)];
    const json& r = c["lm"];
    const auto fit = fitCase(c);
    QVERIFY2(fit.ok(), fit.ok() ? "" : fit.error().c_str());
    const auto& terms = fit->terms;
    QCOMPARE(terms.size(), r["coef"].size());
    for (std::size_t j = 0; j < terms.size(); ++j) {
        QCOMPARE(terms[j].name, c["names"][j].get<std::string>());
        QVERIFY(closeTo(terms[j].estimate, r["coef"][j], "estimate"));
        QVERIFY(closeTo(terms[j].stdError, r["se"][j], "std error"));
        QVERIFY(closeTo(terms[j].hc3StdError, r["hc3"][j], "HC3 std error"));
        QVERIFY(closeTo(terms[j].t, r["t"][j], "t"));
        QVERIFY(closeTo(terms[j].p, r["p"][j], "p"));
        QVERIFY(closeTo(terms[j].vif, r["vif"][j], "VIF"));
    }
    QVERIFY(closeTo(fit->sigma, r["sigma"], "sigma"));
    QVERIFY(closeTo(fit->rSquared, r["r2"], "R2"));
    QVERIFY(closeTo(fit->adjRSquared, r["adjr2"], "adjusted R2"));
    QVERIFY(closeTo(fit->fStatistic, r["f"], "F"));
    QVERIFY(closeTo(fit->fDf1, r["fdf1"], "F df1"));
    QVERIFY(closeTo(fit->fDf2, r["fdf2"], "F df2"));
    QVERIFY(closeTo(fit->fP, r["fp"], "F p"));
    QVERIFY(closeTo(fit->aic, r["aic"], "AIC"));
    QVERIFY(closeTo(fit->logLik, r["loglik"], "logLik"));
    QVERIFY(closeTo(fit->conditionNumber, r["kappa"], "condition number"));
    QCOMPARE(static_cast<double>(fit->n), r["n"].get<double>());
    QCOMPARE(static_cast<double>(fit->zeroWeightRows), r["zero_weight_rows"].get<double>());
    QVERIFY(allClose(fit->fitted, r["fitted"], "fitted"));
    QVERIFY(allClose(fit->residuals, r["residuals"], "residuals"));
    QVERIFY(allClose(fit->standardisedResiduals, r["rstandard"], "rstandard"));
    const Eigen::MatrixXd inv = mat(r["xtwx_inverse"]);
    for (Eigen::Index j = 0; j < inv.rows(); ++j)
        QVERIFY(allClose(fit->xtwxInverse.row(j).transpose(), r["xtwx_inverse"][j], "(X'WX)^-1"));
}

void TestWls::collinearCovariatesFail() {
    const json& c = caseNamed("collinear");
    const auto fit = fitCase(c);
    QVERIFY(!fit.ok());
    const QString message = QString::fromStdString(fit.error());
    QCOMPARE(
        message,
        QStringLiteral("covariates share_a and share_c are perfectly collinear: drop one of them"));
    // R aliases the same (later) column.
    QVERIFY(message.contains(QString::fromStdString(c["aliased"][0].get<std::string>())));
}

void TestWls::constantCovariateFails() {
    const json& c = caseNamed("one_covariate");
    Eigen::MatrixXd X = mat(c["X"]);
    X.conservativeResize(Eigen::NoChange, 3);
    X.col(2).setConstant(4.5);
    const auto fit = fitWls(X, vec(c["y"]), vec(c["w"]), {"(Intercept)", "v", "flat"});
    QVERIFY(!fit.ok());
    QCOMPARE(fit.error(), std::string("covariate flat is constant: drop it"));

    X.col(2) = X.col(1) * 0.5;
    X.conservativeResize(Eigen::NoChange, 4);
    X.col(3) = 3 * X.col(1) + X.col(2);
    const auto combo = fitWls(X, vec(c["y"]), vec(c["w"]), {"(Intercept)", "v", "half", "sum"});
    QVERIFY(!combo.ok());
    QCOMPARE(combo.error(), std::string("covariates v and half are perfectly collinear: drop one "
                                        "of them"));
}

void TestWls::tooFewRowsFail() {
    const Eigen::MatrixXd X{{1, 0.5, 2}, {1, 1.5, 1}, {1, 3, 7}};
    const auto fit =
        fitWls(X, Eigen::Vector3d(1, 2, 3), Eigen::Vector3d(1, 1, 1), {"(Intercept)", "a", "b"});
    QVERIFY(!fit.ok());
    QVERIFY(fit.error().find("needs at least 4") != std::string::npos);
}

void TestWls::allZeroWeightsFail() {
    const Eigen::MatrixXd X{{1, 0.5}, {1, 1.5}, {1, 3}, {1, 4}};
    const auto fit =
        fitWls(X, Eigen::Vector4d(1, 2, 3, 5), Eigen::Vector4d::Zero(), {"(Intercept)", "a"});
    QVERIFY(!fit.ok());
    QCOMPARE(fit.error(),
             std::string("all weights are zero: choose another weight column, or none"));
}

void TestWls::studentT_data() {
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("p");
    const json& g = fixture()["student_t"];
    for (std::size_t i = 0; i < g["t"].size(); ++i)
        QTest::addRow("t=%g df=%g", g["t"][i].get<double>(), g["df"][i].get<double>())
            << g["t"][i].get<double>() << g["df"][i].get<double>() << g["p"][i].get<double>();
}

void TestWls::studentT() {
    QFETCH(double, t);
    QFETCH(double, df);
    QFETCH(double, p);
    QVERIFY(closeTo(studentTTwoSidedP(t, df), p, "2 pt(-|t|, df)"));
    QVERIFY(std::fabs(studentTTwoSidedP(t, df) - p) <= 1e-10 * std::max(p, 1e-300));
}

void TestWls::fDistribution_data() {
    QTest::addColumn<double>("f");
    QTest::addColumn<double>("df1");
    QTest::addColumn<double>("df2");
    QTest::addColumn<double>("p");
    const json& g = fixture()["f_dist"];
    for (std::size_t i = 0; i < g["f"].size(); ++i)
        QTest::addRow("F=%g df=%g,%g", g["f"][i].get<double>(), g["df1"][i].get<double>(),
                      g["df2"][i].get<double>())
            << g["f"][i].get<double>() << g["df1"][i].get<double>() << g["df2"][i].get<double>()
            << g["p"][i].get<double>();
}

void TestWls::fDistribution() {
    QFETCH(double, f);
    QFETCH(double, df1);
    QFETCH(double, df2);
    QFETCH(double, p);
    QVERIFY(closeTo(fDistributionUpperP(f, df1, df2), p, "pf(upper)"));
    QVERIFY(std::fabs(fDistributionUpperP(f, df1, df2) - p) <= 1e-10 * std::max(p, 1e-300));
}

void TestWls::cleanupTestCase() {
    for (const auto& [what, worst] : deviations())
        qInfo("max relative deviation from R, %s: %.3g", what.c_str(), worst);
}

QTEST_GUILESS_MAIN(TestWls)
#include "tst_wls.moc"
