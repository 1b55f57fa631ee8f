// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo.h"
#include "core/demo_streets.h"

#include <Eigen/Dense>
#include <QtTest>

#include <map>
#include <numeric>
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
    void redrawnLayoutDiffers();
    void codesAreReused();
    void postalRowsPresent();
    void publishedTotalsEqualTheTruth();
    void censusPerWard();
    void plantedSwingFromWardCensus();
    void streetsOnAGrid();
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
    QCOMPARE(a.xy2019, b.xy2019);
    QCOMPARE(a.code2019, b.code2019);
    QCOMPARE(a.wardCensus.residents, b.wardCensus.residents);
    for (std::size_t e = 0; e < 2; ++e) {
        QCOMPARE(a.published[e].code, b.published[e].code);
        QCOMPARE(a.published[e].votes, b.published[e].votes);
        QCOMPARE(a.published[e].postalIssued, b.published[e].postalIssued);
    }
    QVERIFY(a.xy != c.xy);
    QVERIFY(a.xy2019 != c.xy2019);
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

namespace {
std::size_t countOf(const std::vector<std::string>& v, const std::string& s) {
    return static_cast<std::size_t>(std::count(v.begin(), v.end(), s));
}
double distance(const std::vector<double>& a, std::size_t i, const std::vector<double>& b,
                std::size_t j) {
    return std::hypot(a[2 * i] - b[2 * j], a[2 * i + 1] - b[2 * j + 1]);
}
} // namespace

void TestDemo::redrawnLayoutDiffers() {
    const DemoData d = makeDemoData();
    const DemoRedraw& r = d.redraw;
    QCOMPARE(r.split.size(), std::size_t(32));  // 16 pairs of 2024 districts were one in 2019
    QCOMPARE(r.merged.size(), std::size_t(12)); // 12 were two
    QCOMPARE(r.moved.size(), std::size_t(30));
    QCOMPARE(d.code2019.size(), d.size() - 16 + 12);
    QCOMPARE(d.xy2019.size(), 2 * d.code2019.size());
    QCOMPARE(d.ward2019.size(), d.code2019.size());
    std::set<std::size_t> changed(r.split.begin(), r.split.end());
    changed.insert(r.merged.begin(), r.merged.end());
    changed.insert(r.moved.begin(), r.moved.end());
    QCOMPARE(changed.size(), std::size_t(32 + 12 + 30)); // no district redrawn twice
    // every unchanged district's seed is a 2019 seed; no changed one is
    std::size_t kept = 0;
    for (std::size_t i = 0; i < d.size(); ++i) {
        bool found = false;
        for (std::size_t j = 0; j < d.code2019.size() && !found; ++j)
            found = distance(d.xy, i, d.xy2019, j) < 1e-9;
        QVERIFY2(found != (changed.count(i) > 0), qPrintable(QString::fromStdString(d.code[i])));
        kept += found;
    }
    QCOMPARE(kept, d.size() - changed.size());
    for (std::size_t k = 0; k + 1 < r.split.size(); k += 2) // a pair shares a ward
        QCOMPARE(d.ward[r.split[k]], d.ward[r.split[k + 1]]);
    // the hamlets (privacy) keep their areas
    for (std::size_t i : changed)
        QVERIFY(d.households[i] >= 6);
}

void TestDemo::codesAreReused() {
    const DemoData d = makeDemoData();
    QCOMPARE(d.code2019.front(), std::string("D001"));
    QCOMPARE(std::set<std::string>(d.code2019.begin(), d.code2019.end()).size(), d.code2019.size());
    // a 2019 code that also exists in 2024 names another area there (its seed moved by more than
    // 100 m, which no unchanged district does): the trap of joining across years by code
    std::size_t reused = 0;
    for (std::size_t j = 0; j < d.code2019.size(); ++j) {
        const auto it = std::find(d.code.begin(), d.code.end(), d.code2019[j]);
        QVERIFY(it != d.code.end()); // 2019 has fewer districts, numbered the same way
        reused += distance(d.xy2019, j, d.xy, std::size_t(it - d.code.begin())) > 100;
    }
    QVERIFY2(reused > 100, qPrintable(QString::number(reused)));
    QVERIFY(reused < d.code2019.size()); // the first wards' codes are unchanged
}

void TestDemo::postalRowsPresent() {
    const DemoData d = makeDemoData();
    QCOMPARE(d.published.size(), std::size_t(2));
    QCOMPARE(d.published[0].label, std::string("2019"));
    for (const DemoElection& e : d.published) {
        const std::size_t polling = e.rows() - e.postalRows();
        QCOMPARE(polling, e.label == "2019" ? d.code2019.size() : d.size());
        std::map<int, int> postalPerWard;
        double postalRed = 0, postalValid = 0, pollingRed = 0, pollingValid = 0;
        for (std::size_t r = 0; r < e.rows(); ++r) {
            QCOMPARE(std::accumulate(e.votes.begin(), e.votes.end(), int64_t{0},
                                     [&](int64_t s, const auto& v) { return s + v[r]; }),
                     e.valid[r]);
            QVERIFY(e.valid[r] <= e.voters[r]);
            if (e.postal[r]) {
                QVERIFY(r >= polling); // polling rows first
                ++postalPerWard[e.ward[r]];
                QCOMPARE(e.electorate[r], int64_t{0});
                QCOMPARE(e.postalIssued[r], int64_t{0});
                QVERIFY(e.voters[r] > 0);
                QCOMPARE(countOf(d.code, e.code[r]) + countOf(d.code2019, e.code[r]),
                         std::size_t(0)); // no polygon in either layout
                postalRed += double(e.votes[0][r]), postalValid += double(e.valid[r]);
            } else {
                QVERIFY(r < polling);
                QVERIFY(e.electorate[r] > 0);
                // in-person voters and postal ballots issued come from the same electors
                QVERIFY(e.voters[r] + e.postalIssued[r] <= e.electorate[r]);
                pollingRed += double(e.votes[0][r]), pollingValid += double(e.valid[r]);
            }
        }
        QCOMPARE(postalPerWard.size(), d.wardNames.size()); // one or more per ward
        QVERIFY(e.postalRows() > d.wardNames.size());       // more than one in some wards
        // postal voters lean differently: less Red than at the polling stations
        QVERIFY(postalRed / postalValid < pollingRed / pollingValid - 0.01);
        // a realistic share of the votes is cast by post (more in 2024)
        const double share = postalValid / (postalValid + pollingValid);
        QVERIFY2(share > (e.label == "2019" ? 0.15 : 0.3) &&
                     share < (e.label == "2019" ? 0.4 : 0.55),
                 qPrintable(QString::number(share)));
    }
}

void TestDemo::publishedTotalsEqualTheTruth() {
    const DemoData d = makeDemoData();
    for (std::size_t y = 0; y < 2; ++y) {
        const DemoElection &truth = d.elections[y], &pub = d.published[y];
        auto sum = [](const std::vector<int64_t>& v) {
            return std::accumulate(v.begin(), v.end(), int64_t{0});
        };
        QCOMPARE(sum(pub.electorate), sum(truth.electorate));
        QCOMPARE(sum(pub.voters), sum(truth.voters));
        QCOMPARE(sum(pub.valid), sum(truth.valid));
        QCOMPARE(sum(pub.postalIssued), sum(truth.postalIssued));
        for (std::size_t p = 0; p < d.parties.size(); ++p)
            QCOMPARE(sum(pub.votes[p]), sum(truth.votes[p]));
        int64_t postalVoters = 0;
        for (std::size_t r = 0; r < pub.rows(); ++r)
            if (pub.postal[r]) postalVoters += pub.voters[r];
        QCOMPARE(postalVoters, sum(truth.postalVoters));
        // per ward too, in 2024 (2019's wards are those of its own districts)
        if (y == 1)
            for (int w = 0; w < int(d.wardNames.size()); ++w) {
                int64_t a = 0, b = 0;
                for (std::size_t r = 0; r < pub.rows(); ++r)
                    if (pub.ward[r] == w) a += pub.votes[0][r];
                for (std::size_t i = 0; i < d.size(); ++i)
                    if (d.ward[i] == w) b += truth.votes[0][i];
                QCOMPARE(a, b);
            }
    }
    // 2024 polling rows are the districts themselves: same electorate as the truth
    for (std::size_t i = 0; i < d.size(); ++i) {
        QCOMPARE(d.published[1].code[i], d.code[i]);
        QCOMPARE(d.published[1].electorate[i], d.elections[1].electorate[i]);
    }
}

void TestDemo::censusPerWard() {
    const DemoData d = makeDemoData();
    const DemoWardCensus& c = d.wardCensus;
    QCOMPARE(c.households.size(), d.wardNames.size());
    std::vector<double> hh(d.wardNames.size(), 0.0);
    for (std::size_t i = 0; i < d.size(); ++i)
        hh[std::size_t(d.ward[i])] += d.households[i];
    for (std::size_t w = 0; w < hh.size(); ++w) {
        QCOMPARE(double(c.households[w]), hh[w]);
        QVERIFY(c.residents[w] > c.households[w]);
        QVERIFY(c.aged60to74[w] < c.residents[w] && c.degree[w] < c.residents[w]);
        QVERIFY(c.unemployed[w] < c.labourForce[w] && c.labourForce[w] < c.residents[w]);
        QVERIFY(c.renterHouseholds[w] <= c.households[w]);
    }
    // moved down by the 2024 electorate (as the project does), exactly the three hamlets have
    // fewer than 6 households: the privacy rule still has something to suppress
    std::vector<double> electorate(d.wardNames.size(), 0.0);
    for (std::size_t i = 0; i < d.size(); ++i)
        electorate[std::size_t(d.ward[i])] += double(d.published[1].electorate[i]);
    std::size_t tiny = 0;
    for (std::size_t i = 0; i < d.size(); ++i) {
        const auto w = std::size_t(d.ward[i]);
        const double moved =
            double(c.households[w]) * double(d.published[1].electorate[i]) / electorate[w];
        QCOMPARE(moved < 6, d.households[i] < 6);
        tiny += moved < 6;
    }
    QCOMPARE(tiny, std::size_t(3));
}

/// The model of the demo project sees the census only per ward (its rates are the same in every
/// district of a ward), so the planted district-level effects can only be recovered from the
/// differences between 16 wards: unbiased, but far noisier than with district figures, and the
/// spatially smooth part of the planted noise does not average out within a ward. The honest
/// check is therefore statistical: each coefficient within 2.5 cluster-robust (by ward) standard
/// errors of the truth, and the signs of the two strong effects (age, unemployment) right.
void TestDemo::plantedSwingFromWardCensus() {
    const DemoData d = makeDemoData();
    const DemoWardCensus& c = d.wardCensus;
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < d.size(); ++i)
        if (d.households[i] >= 6) rows.push_back(i);
    const auto n = Eigen::Index(rows.size());
    Eigen::MatrixXd x(n, 4);
    Eigen::VectorXd y(n);
    for (Eigen::Index r = 0; r < n; ++r) {
        const std::size_t i = rows[std::size_t(r)];
        const auto w = std::size_t(d.ward[i]);
        const double residents = double(c.residents[w]);
        x.row(r) << 1.0, 100 * double(c.aged60to74[w]) / residents,
            100 * double(c.unemployed[w]) / double(c.labourForce[w]),
            100 * double(c.degree[w]) / residents;
        y(r) = share(d.elections[1], 0, i) - share(d.elections[0], 0, i);
    }
    const Eigen::MatrixXd xtxInv = (x.transpose() * x).inverse();
    const Eigen::VectorXd b = xtxInv * x.transpose() * y;
    const Eigen::VectorXd e = y - x * b;
    Eigen::MatrixXd meat = Eigen::MatrixXd::Zero(4, 4);
    for (int w = 0; w < int(d.wardNames.size()); ++w) {
        Eigen::VectorXd s = Eigen::VectorXd::Zero(4);
        for (Eigen::Index r = 0; r < n; ++r)
            if (d.ward[rows[std::size_t(r)]] == w) s += x.row(r).transpose() * e(r);
        meat += s * s.transpose();
    }
    const double g = double(d.wardNames.size());
    const Eigen::MatrixXd v = g / (g - 1) * xtxInv * meat * xtxInv;
    const double truth[] = {d.truth.age60to74, d.truth.unemployment, d.truth.degree};
    for (Eigen::Index k = 1; k < 4; ++k) {
        const double se = std::sqrt(v(k, k));
        const QString what = QString("coefficient %1 = %2 (se %3), true %4")
                                 .arg(k)
                                 .arg(b(k))
                                 .arg(se)
                                 .arg(truth[k - 1]);
        qInfo("%s", qPrintable(what));
        QVERIFY2(std::abs(b(k) - truth[k - 1]) < 2.5 * se, qPrintable(what));
        if (k < 3) QVERIFY2(b(k) * truth[k - 1] > 0, qPrintable(what));
    }
}

/// makeDemoStreets on nine 1 km square districts: the boundary streets are the four inner grid
/// lines (90° turns are too sharp to go on), 5 m inside a district, 12 km in all, none on the
/// county's edge; each district has two streets of its own inside it; every name is unique.
void TestDemo::streetsOnAGrid() {
    DemoData d;
    d.seed = 1;
    d.extent = BBox{0, 0, 3000, 3000};
    d.wardNames = {"West", "East"};
    PolygonLayer cells;
    for (int j = 0; j < 3; ++j)
        for (int i = 0; i < 3; ++i) {
            const double x0 = 1000.0 * i, y0 = 1000.0 * j;
            d.xy.insert(d.xy.end(), {x0 + 500, y0 + 500});
            d.code.push_back(std::to_string(d.code.size() + 1));
            d.ward.push_back(i < 2 ? 0 : 1);
            const double ring[] = {x0,        y0, x0 + 1000, y0, x0 + 1000,
                                   y0 + 1000, x0, y0 + 1000, x0, y0};
            cells.beginPart();
            cells.addRing(ring, 5);
            cells.endPart();
            cells.endFeature();
        }
    const DemoStreets s = makeDemoStreets(d, cells);
    const auto cellOf = [](double x, double y) {
        return std::pair{int(std::floor(x / 1000)), int(std::floor(y / 1000))};
    };
    const auto offGrid = [](double v) { // metres to the nearest grid line
        return std::abs(v - 1000.0 * std::round(v / 1000));
    };
    std::set<std::string> names;
    double edgeLength = 0;
    std::size_t inside = 0;
    for (std::size_t k = 0; k < s.size(); ++k) {
        QVERIFY(!s.name[k].empty());
        QVERIFY2(names.insert(s.name[k]).second, s.name[k].c_str());
        const std::set<std::string> classes{"primary", "secondary", "tertiary", "residential"};
        QVERIFY(classes.count(s.highway[k]));
        const auto p = [&](uint32_t i) { return &s.xy[2 * std::size_t(i)]; };
        const uint32_t first = s.linePoint[k], last = s.linePoint[k + 1] - 1;
        QVERIFY(last > first);
        if (s.kind[k] == DemoStreetKind::Edge) {
            edgeLength += s.length(k);
            const bool vertical = std::abs(p(first)[0] - p(last)[0]) < 1e-6;
            QVERIFY(vertical || std::abs(p(first)[1] - p(last)[1]) < 1e-6);
            for (uint32_t i = first; i <= last; ++i) {
                const double across = vertical ? p(i)[0] : p(i)[1];
                QVERIFY2(std::abs(offGrid(across) - 5) < 0.01, qPrintable(QString::number(across)));
                QVERIFY(across > 900 && across < 2100); // an inner line, not the county's edge
            }
            continue;
        }
        ++inside;
        const auto home = cellOf(p(first)[0], p(first)[1]);
        for (uint32_t i = first; i <= last; ++i) {
            QVERIFY(cellOf(p(i)[0], p(i)[1]) == home);
            QVERIFY(offGrid(p(i)[0]) > 1 && offGrid(p(i)[1]) > 1);
        }
    }
    QVERIFY2(std::abs(edgeLength - 12000) < 0.1, qPrintable(QString::number(edgeLength)));
    QCOMPARE(inside, std::size_t(18));
    const DemoStreets again = makeDemoStreets(d, cells);
    QCOMPARE(again.name, s.name);
    QCOMPARE(again.xy, s.xy);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
