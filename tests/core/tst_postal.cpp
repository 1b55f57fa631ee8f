// SPDX-License-Identifier: GPL-3.0-or-later
// Postal-vote allocation (core/postal.h): synthetic cases with known answers, and Dresden's
// Landtag 2019 / 2024 tables, where the allocation must reproduce every Stadtteil's totals
// (urne + brief rows of the city's file) and lift polling-station turnout from ~42 % to ~77 %.
#include "core/csv.h"
#include "core/postal.h"

#include <QTest>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

using namespace swingmap;

class TestPostal : public QObject {
    Q_OBJECT
private slots:
    void byBallotsIssued();
    void byVotersAndFallbacks();
    void parentWithoutPolling();
    void leaveOut();
    void dresden_data();
    void dresden();
};

void TestPostal::byBallotsIssued() {
    // parent A: polling rows 0, 1 (ballots issued 30, 10), postal row 2 with 100 votes
    const std::vector<char> postal{0, 0, 1};
    const std::vector<std::string> parent{"A", "A", "A"};
    const std::vector<CountColumn> cols{{"valid", {50, 70, 100}}};
    auto r = allocatePostal(postal, parent, cols, {30, 10, 0}, {55, 75, 101});
    QVERIFY(r);
    QCOMPARE(r->columns[0].values.size(), std::size_t{2});
    QCOMPARE(r->columns[0].values[0], 50 + 75.0);
    QCOMPARE(r->columns[0].values[1], 70 + 25.0);
    QCOMPARE(r->report.method, std::string("by ballots issued"));
    QCOMPARE(r->report.postalRows, std::size_t{1});
    QCOMPARE(r->report.rowsMoved, std::size_t{1});
    QCOMPARE(r->report.columns[0].moved, 100.0);
    QCOMPARE(r->report.columns[0].lost, 0.0);
    QCOMPARE(r->pollingRows, (std::vector<std::size_t>{0, 1}));
}

void TestPostal::byVotersAndFallbacks() {
    // no `by`: shares by voters (20 : 60); parent B has ballots issued all 0 -> voters
    const std::vector<char> postal{0, 0, 1, 0, 0, 1};
    const std::vector<std::string> parent{"A", "A", "A", "B", "B", "B"};
    const std::vector<CountColumn> cols{{"v", {1, 2, 40, 5, 5, 9}}};
    const std::vector<double> voters{20, 60, 40, 1, 2, 9};
    auto r = allocatePostal(postal, parent, cols, {}, voters);
    QVERIFY(r);
    QCOMPARE(r->report.method, std::string("by voters"));
    QCOMPARE(r->columns[0].values[0], 1 + 10.0);
    QCOMPARE(r->columns[0].values[1], 2 + 30.0);
    QCOMPARE(r->columns[0].values[2], 5 + 3.0);
    QCOMPARE(r->columns[0].values[3], 5 + 6.0);
    auto b = allocatePostal(postal, parent, cols, {0, 0, 0, 0, 0, 0}, voters);
    QVERIFY(b);
    QCOMPARE(b->report.parentsByVoters, (std::vector<std::string>{"A", "B"}));
    QCOMPARE(b->columns[0].values[0], 11.0);
}

void TestPostal::parentWithoutPolling() {
    const std::vector<char> postal{0, 1, 1};
    const std::vector<std::string> parent{"A", "A", "Z"};
    auto r = allocatePostal(postal, parent, {{"v", {1, 2, 7}}}, {1, 0, 0}, {1, 2, 7});
    QVERIFY(r);
    QCOMPARE(r->report.parentsWithoutPolling, (std::vector<std::string>{"Z"}));
    QCOMPARE(r->report.columns[0].lost, 7.0);
    QCOMPARE(r->report.columns[0].moved, 2.0);
    QCOMPARE(r->columns[0].values, (std::vector<double>{3}));
    QVERIFY(!allocatePostal(postal, {"A"}, {{"v", {1, 2, 7}}}, {}, {1, 2, 7}));
}

void TestPostal::leaveOut() {
    auto r = allocatePostal({0, 1, 0}, {"", "", ""}, {{"v", {1, 52624, 3}}}, {}, {1, 2, 3}, true);
    QVERIFY(r);
    QCOMPARE(r->report.method, std::string("left out"));
    QCOMPARE(r->report.columns[0].lost, 52624.0);
    QCOMPARE(r->report.rowsMoved, std::size_t{0});
    QCOMPARE(r->columns[0].values, (std::vector<double>{1, 3}));
}

namespace {
Table readDresden(const QString& name) {
    const std::string path = std::string(SHARED_DATA_DIR) +
                             "/de_dresden_wahlbezirke_2019_2024/elections/" + name.toStdString();
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    auto t = parseCsv(ss.str(), CsvOptions{}, path);
    return t ? *t : Table{};
}

std::vector<double> numbers(const Table& t, const std::string& c) {
    auto v = numericColumn(t, c);
    return v ? *v : std::vector<double>{};
}
} // namespace

void TestPostal::dresden_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("Landtag 2019") << "2019_landtag.csv";
    QTest::newRow("Landtag 2024") << "2024_landtag.csv";
}

void TestPostal::dresden() {
    QFETCH(QString, file);
    const Table t = readDresden(file);
    if (t.rowCount() == 0) QSKIP("Dresden data not available");
    const std::size_t n = t.rowCount();
    const auto& type = **t.column("district_type");
    const auto& stadtteil = **t.column("stadtteil");
    std::vector<char> postal(n);
    for (std::size_t r = 0; r < n; ++r)
        postal[r] = static_cast<char>(type[r] == "brief");
    std::vector<CountColumn> cols;
    for (const char* c : {"voters", "invalid", "valid", "cdu", "afd", "linke", "gruene", "spd"})
        cols.push_back({c, numbers(t, c)});
    const std::vector<double> electorate = numbers(t, "electorate");
    auto r = allocatePostal(postal, stadtteil, cols, numbers(t, "electorate_postal_ballot_issued"),
                            numbers(t, "voters"));
    QVERIFY2(r, r ? "" : r.error().c_str());
    QVERIFY(r->report.postalRows > 100);
    QCOMPARE(r->report.rowsMoved, r->report.postalRows);
    QVERIFY(r->report.parentsWithoutPolling.empty());
    // every Stadtteil's total of every column = the sum of all its rows (urne + brief) in the file
    for (std::size_t c = 0; c < cols.size(); ++c) {
        std::map<std::string, double> before, after;
        for (std::size_t row = 0; row < n; ++row)
            before[stadtteil[row]] += cols[c].values[row];
        for (std::size_t k = 0; k < r->pollingRows.size(); ++k)
            after[stadtteil[r->pollingRows[k]]] += r->columns[c].values[k];
        QCOMPARE(after.size(), before.size());
        for (const auto& [st, total] : before)
            QVERIFY2(std::fabs(after[st] - total) <= 1e-9 * std::max(1.0, total),
                     (st + " " + cols[c].name).c_str());
    }
    // turnout of the polling districts city-wide: ~42 % (2024) before, ~77 % after
    double e = 0, vBefore = 0, vAfter = 0;
    for (std::size_t k = 0; k < r->pollingRows.size(); ++k) {
        e += electorate[r->pollingRows[k]];
        vBefore += cols[0].values[r->pollingRows[k]];
        vAfter += r->columns[0].values[k];
    }
    const double before = 100 * vBefore / e, after = 100 * vAfter / e;
    qInfo("%s: polling-station turnout %.1f %% before, %.1f %% after allocation", qPrintable(file),
          before, after);
    QVERIFY(before < 60);
    QVERIFY(after > 65 && after < 85);
    if (file.startsWith("2024")) {
        QVERIFY(std::fabs(before - 41.8) < 0.5); // the README's figures
        QVERIFY(std::fabs(after - 77.4) < 0.5);
    }
}

QTEST_GUILESS_MAIN(TestPostal)
#include "tst_postal.moc"
