// SPDX-License-Identifier: GPL-3.0-or-later
// lmTests against spdep::lm.LMtests (tests/data/reference/spatialreg/make_fixture.R).
#include "core/lmtests.h"
#include "tests/common/json_fixture.h"

#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace swingmap;
using nlohmann::json;
using namespace swingmap::test;

namespace {

json load(const QString& name) {
    return loadSpatialregFixture(name.toStdString());
}

/// Relative 1e-6; p-values also pass within 1e-13 absolute (R's 1 - pchisq() rounds to 0).
bool closeTo(double a, double b, double absolute, const char* what) {
    if (std::fabs(a - b) <= 1e-6 * std::fabs(b) + absolute) return true;
    qWarning("%s: got %.17g, R %.17g", what, a, b);
    return false;
}

void compare(const LmTest& t, const json& r, const char* what) {
    QVERIFY(closeTo(t.statistic, r["statistic"].get<double>(), 0, what));
    QCOMPARE(t.df, r["df"].get<double>());
    QVERIFY(closeTo(t.p, r["p"].get<double>(), 1e-13, what));
}

void compareAll(const LmTests& t, const json& r) {
    compare(t.rsErr, r["rsErr"], "LMerr");
    compare(t.rsLag, r["rsLag"], "LMlag");
    compare(t.adjRsErr, r["adjRsErr"], "RLMerr");
    compare(t.adjRsLag, r["adjRsLag"], "RLMlag");
    compare(t.sarma, r["sarma"], "SARMA");
}

} // namespace

class TestLmTests : public QObject {
    Q_OBJECT
private slots:
    void matchesSpdep_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("lattice 15x12 + island, weighted") << "lattice";
        QTest::newRow("lattice 45x40, weighted") << "lattice_large";
        QTest::newRow("Bundestag 299, SPD change, weighted") << "de_spd";
    }
    void matchesSpdep() {
        QFETCH(QString, file);
        const json f = load(file);
        const Case c = readCase(f);
        const auto fit = fitWls(c.x, c.y, c.w, c.names);
        QVERIFY2(fit.ok(), fit.ok() ? "" : fit.error().c_str());
        const auto t = lmTests(*fit, c.x, c.y, c.w, c.nb);
        QVERIFY2(t.ok(), t.ok() ? "" : t.error().c_str());
        compareAll(*t, f["lmtests"]);
    }

    void independentNoiseIsNotSignificant() {
        const json f = load("lattice");
        const Case c = readCase(f);
        const Eigen::VectorXd y = vec(f["y_noise"]);
        const auto fit = fitWls(c.x, y, c.w, c.names);
        QVERIFY(fit.ok());
        const auto t = lmTests(*fit, c.x, y, c.w, c.nb);
        QVERIFY(t.ok());
        compareAll(*t, f["noise_lmtests"]);
        for (const LmTest* s : {&t->rsErr, &t->rsLag, &t->adjRsErr, &t->adjRsLag, &t->sarma})
            QVERIFY(s->p > 0.05);
    }

    void plantedLagIsDetected() {
        const json f = load("lattice_large");
        const Case c = readCase(f);
        const auto fit = fitWls(c.x, c.y, c.w, c.names);
        const auto t = lmTests(*fit, c.x, c.y, c.w, c.nb);
        QVERIFY(t.ok());
        QVERIFY(t->rsErr.p < 1e-6);
        QVERIFY(t->sarma.p < 1e-6);
    }

    void traceIsSumOverLinks() {
        // Two areas linked both ways: W = [[0,1],[1,0]]; tr(W'W + WW) = 2 + 2.
        Neighbours nb;
        nb.index = {1, 0};
        nb.offset = {0, 1, 2};
        QCOMPARE(traceWtWPlusWW(nb), 4.0);
    }

    void noLinksIsAnError() {
        const json f = load("lattice");
        const Case c = readCase(f);
        const auto fit = fitWls(c.x, c.y, c.w, c.names);
        Neighbours none;
        none.offset.assign(static_cast<std::size_t>(c.x.rows()) + 1, 0);
        const auto t = lmTests(*fit, c.x, c.y, c.w, none);
        QVERIFY(!t.ok());
        QVERIFY(t.error().find("neighbour") != std::string::npos);
        Neighbours wrongSize;
        QVERIFY(!lmTests(*fit, c.x, c.y, c.w, wrongSize).ok());
    }
};

QTEST_GUILESS_MAIN(TestLmTests)
#include "tst_lmtests.moc"
