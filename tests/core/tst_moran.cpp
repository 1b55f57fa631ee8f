// SPDX-License-Identifier: GPL-3.0-or-later
// lmMoranTest against spdep::lm.morantest (tests/data/r/wls_moran_fixture.R).
#include "core/moran.h"
#include "tests/common/json_fixture.h"

#include <QtTest>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>

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

/// Queen contiguity on a rows x cols lattice.
Neighbours queenLattice(int rows, int cols) {
    Neighbours nb;
    nb.index.reserve(static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols) * 8);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            for (int dr = -1; dr <= 1; ++dr)
                for (int dc = -1; dc <= 1; ++dc) {
                    const int rr = r + dr, cc = c + dc;
                    if ((dr || dc) && rr >= 0 && rr < rows && cc >= 0 && cc < cols)
                        nb.index.push_back(static_cast<uint32_t>(rr * cols + cc));
                }
            nb.offset.push_back(static_cast<uint32_t>(nb.index.size()));
        }
    return nb;
}

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

} // namespace

class TestMoran : public QObject {
    Q_OBJECT
private slots:
    void matchesSpdep_data();
    void matchesSpdep();
    void allIslandsFail();
    void mismatchedNeighboursFail();
    void largeLatticeWithoutAutocorrelation();
    void cleanupTestCase();
};

void TestMoran::matchesSpdep_data() {
    QTest::addColumn<int>("index");
    const json& cases = fixture()["cases"];
    for (std::size_t i = 0; i < cases.size(); ++i)
        if (cases[i].contains("moran"))
            QTest::newRow(cases[i]["name"].get<std::string>().c_str()) << static_cast<int>(i);
}

void TestMoran::matchesSpdep() {
    QFETCH(int, index);
    const json& c = fixture()["cases"][static_cast<std::size_t>(index)];
    const Eigen::MatrixXd X = mat(c["X"]);
    const Eigen::VectorXd w = vec(c["w"]);
    const auto fit = fitWls(X, vec(c["y"]), w, c["names"].get<std::vector<std::string>>());
    QVERIFY(fit.ok());
    const auto test = lmMoranTest(*fit, X, w, neighbours(c["nb"]));
    QVERIFY2(test.ok(), test.ok() ? "" : test.error().c_str());
    const json& r = c["moran"];
    QVERIFY(closeTo(test->i, r["i"], "Moran I"));
    QVERIFY(closeTo(test->expectation, r["expectation"], "E(I)"));
    QVERIFY(closeTo(test->variance, r["variance"], "Var(I)"));
    QVERIFY(closeTo(test->z, r["z"], "z"));
    QVERIFY(closeTo(test->p, r["p"], "p"));
    QCOMPARE(static_cast<double>(test->islands), r["islands"].get<double>());
}

void TestMoran::allIslandsFail() {
    const json& c = fixture()["cases"][0];
    const Eigen::MatrixXd X = mat(c["X"]);
    const Eigen::VectorXd w = vec(c["w"]);
    const auto fit = fitWls(X, vec(c["y"]), w, c["names"].get<std::vector<std::string>>());
    QVERIFY(fit.ok());
    Neighbours none;
    none.offset.assign(static_cast<std::size_t>(X.rows()) + 1, 0);
    const auto test = lmMoranTest(*fit, X, w, none);
    QVERIFY(!test.ok());
    QCOMPARE(test.error(), std::string("no area has a neighbour: Moran's I needs adjacent areas"));
}

void TestMoran::mismatchedNeighboursFail() {
    const json& c = fixture()["cases"][0];
    const Eigen::MatrixXd X = mat(c["X"]);
    const Eigen::VectorXd w = vec(c["w"]);
    const auto fit = fitWls(X, vec(c["y"]), w, c["names"].get<std::vector<std::string>>());
    QVERIFY(fit.ok());
    QVERIFY(!lmMoranTest(*fit, X, w, queenLattice(3, 3)).ok());
}

void TestMoran::largeLatticeWithoutAutocorrelation() {
    const int rows = 300, cols = 200; // 60,000 areas: speed is measured in bench/, not here
    const Neighbours nb = queenLattice(rows, cols);
    const Eigen::Index n = rows * cols, p = 6;
    std::mt19937_64 rng(42);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform(100, 3000);
    Eigen::MatrixXd X(n, p);
    Eigen::VectorXd y(n), w(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        X(i, 0) = 1;
        for (Eigen::Index j = 1; j < p; ++j)
            X(i, j) = normal(rng);
        y[i] = X.row(i).sum() + normal(rng);
        w[i] = uniform(rng);
    }
    const auto fit = fitWls(X, y, w, {"(Intercept)", "a", "b", "c", "d", "e"});
    QVERIFY(fit.ok());
    const auto test = lmMoranTest(*fit, X, w, nb);
    QVERIFY(test.ok());
    QVERIFY(std::fabs(test->z) < 5); // independent noise: no autocorrelation
    QVERIFY(std::fabs(test->expectation) < 1e-3);
}

void TestMoran::cleanupTestCase() {
    for (const auto& [what, worst] : deviations())
        qInfo("max relative deviation from spdep, %s: %.3g", what.c_str(), worst);
}

QTEST_GUILESS_MAIN(TestMoran)
#include "tst_moran.moc"
