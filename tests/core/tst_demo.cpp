// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo.h"

#include <Eigen/Dense>
#include <QtTest>

#include <set>

using namespace swingmap;

namespace {

/// Plain OLS of y on an intercept and the three planted covariates (rows with keep[i]).
Eigen::VectorXd fitPlanted(const DemoData& d, const std::vector<double>& y,
                           const std::vector<bool>& keep) {
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < d.size(); ++i)
        if (keep[i]) rows.push_back(i);
    Eigen::MatrixXd x(Eigen::Index(rows.size()), 4);
    Eigen::VectorXd v(Eigen::Index(rows.size()));
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
        const std::size_t i = rows[std::size_t(r)];
        x.row(r) << 1.0, d.pctAge60to74[i], d.unemploymentRate[i], d.pctDegree[i];
        v(r) = y[i];
    }
    return x.colPivHouseholderQr().solve(v);
}

double share(const DemoElection& e, std::size_t party, std::size_t i) {
    return 100.0 * double(e.votes[party][i]) / double(e.valid[i]);
}

void verifySigns(const Eigen::VectorXd& b, const DemoTruth& t) {
    const double truth[] = {t.age60to74, t.unemployment, t.degree};
    for (Eigen::Index k = 1; k < 4; ++k) {
        QVERIFY2(
            b(k) * truth[k - 1] > 0,
            qPrintable(QString("coefficient %1 = %2, true %3").arg(k).arg(b(k)).arg(truth[k - 1])));
        QVERIFY(std::abs(b(k) - truth[k - 1]) < 0.5 * std::abs(truth[k - 1]));
    }
}

} // namespace

class TestDemo : public QObject {
    Q_OBJECT
private slots:
    void sameSeedSameData();
    void placesAndNames();
    void countsAreConsistent();
    void tinyDistrictsForPrivacy();
    void plantedSwingIsRecovered();
};

void TestDemo::sameSeedSameData() {
    const DemoData a = makeDemoData(), b = makeDemoData(2024), c = makeDemoData(7);
    QCOMPARE(a.xy, b.xy);
    QCOMPARE(a.code, b.code);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.ward, b.ward);
    QCOMPARE(a.pctDegree, b.pctDegree);
    QCOMPARE(a.households, b.households);
    QCOMPARE(a.plantedChange, b.plantedChange);
    for (std::size_t e = 0; e < 2; ++e) {
        QCOMPARE(a.elections[e].valid, b.elections[e].valid);
        QCOMPARE(a.elections[e].votes, b.elections[e].votes);
    }
    QVERIFY(a.xy != c.xy);
}

void TestDemo::placesAndNames() {
    const DemoData d = makeDemoData();
    QCOMPARE(d.size(), std::size_t(400));
    QCOMPARE(d.code.front(), std::string("D001"));
    QCOMPARE(d.code.back(), std::string("D400"));
    QCOMPARE(std::set<std::string>(d.code.begin(), d.code.end()).size(), d.size());
    QCOMPARE(std::set<std::string>(d.name.begin(), d.name.end()).size(), d.size());
    QCOMPARE(d.wardNames.size(), std::size_t(16));
    QCOMPARE(std::set<int>(d.ward.begin(), d.ward.end()).size(), d.wardNames.size());
    for (std::size_t i = 0; i < d.size(); ++i) {
        QVERIFY(d.xy[2 * i] > d.extent.minX && d.xy[2 * i] < d.extent.maxX);
        QVERIFY(d.xy[2 * i + 1] > d.extent.minY && d.xy[2 * i + 1] < d.extent.maxY);
        QVERIFY(d.name[i].rfind(d.wardNames[std::size_t(d.ward[i])] + " ", 0) == 0);
        QVERIFY(d.pctAge60to74[i] >= 0 && d.pctAge60to74[i] <= 100);
        QVERIFY(d.pctDegree[i] >= 0 && d.pctDegree[i] <= 100);
        QVERIFY(d.unemploymentRate[i] >= 0 && d.unemploymentRate[i] <= 100);
    }
}

void TestDemo::countsAreConsistent() {
    const DemoData d = makeDemoData();
    QCOMPARE(d.elections.size(), std::size_t(2));
    QCOMPARE(d.parties.size(), std::size_t(5));
    for (const DemoElection& e : d.elections) {
        QCOMPARE(e.votes.size(), d.parties.size());
        for (std::size_t i = 0; i < d.size(); ++i) {
            QVERIFY(e.electorate[i] >= e.voters[i] && e.voters[i] >= e.valid[i] && e.valid[i] > 0);
            int64_t sum = 0;
            for (const auto& v : e.votes) {
                QVERIFY(v[i] >= 0 && v[i] <= e.valid[i]);
                sum += v[i];
            }
            QCOMPARE(sum, e.valid[i]);
        }
    }
}

void TestDemo::tinyDistrictsForPrivacy() {
    const DemoData d = makeDemoData();
    int tiny = 0;
    for (std::size_t i = 0; i < d.size(); ++i) {
        if (d.households[i] >= 6) continue;
        ++tiny;
        for (const DemoElection& e : d.elections)
            QVERIFY(e.electorate[i] < 10);
    }
    QCOMPARE(tiny, 3);
}

void TestDemo::plantedSwingIsRecovered() {
    const DemoData d = makeDemoData();
    std::vector<bool> all(d.size(), true), large(d.size());
    std::vector<double> fromCounts(d.size());
    for (std::size_t i = 0; i < d.size(); ++i) {
        large[i] = d.households[i] >= 6;
        fromCounts[i] = share(d.elections[1], 0, i) - share(d.elections[0], 0, i);
    }
    verifySigns(fitPlanted(d, d.plantedChange, all), d.truth);
    verifySigns(fitPlanted(d, fromCounts, large), d.truth);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
