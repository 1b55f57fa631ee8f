// SPDX-License-Identifier: GPL-3.0-or-later
// Aggregation bookkeeping (core/dissolve.h): groups by a column or a key prefix, summed counts.
#include "core/dissolve.h"

#include <QTest>
#include <cmath>

using namespace swingmap;

class TestDissolve : public QObject {
    Q_OBJECT
private slots:
    void groupsByColumn();
    void groupsByPrefix();
    void sumsPreserveTotals();
    void rejectsWrongLength();
};

void TestDissolve::groupsByColumn() {
    const DissolveGroups g = groupByKey({"02 Pirnaische Vorstadt", "01 Innere Altstadt",
                                         " 02 Pirnaische Vorstadt", "", "01 Innere Altstadt"});
    QCOMPARE(g.keys, (std::vector<std::string>{"01 Innere Altstadt", "02 Pirnaische Vorstadt"}));
    QCOMPARE(g.groupOf, (std::vector<int>{1, 0, 1, -1, 0}));
    QCOMPARE(g.members, (std::vector<std::size_t>{2, 2}));
    QCOMPARE(g.leftOut, std::size_t{1});
}

void TestDissolve::groupsByPrefix() {
    // PC6 → PC4, and Karlsruhe's "SSS-NN" district codes → Stadtteil "SSS"
    const DissolveGroups pc = groupByKey({"1234AB", "1234AC", "5678ZZ", "12"}, 4);
    QCOMPARE(pc.keys, (std::vector<std::string>{"1234", "5678"}));
    QCOMPARE(pc.groupOf, (std::vector<int>{0, 0, 1, -1}));
    QCOMPARE(pc.leftOut, std::size_t{1});
    const DissolveGroups ka = groupByKey({"001-01", "001-02", "027-05"}, 3);
    QCOMPARE(ka.keys, (std::vector<std::string>{"001", "027"}));
}

void TestDissolve::sumsPreserveTotals() {
    const DissolveGroups g = groupByKey({"a", "b", "a", "", "b"});
    auto d =
        sumByGroup({{"votes", {1, 2, 3, 4, std::nan("")}}, {"valid", {10, 20, 30, 40, 50}}}, g);
    QVERIFY(d.ok());
    QCOMPARE(d->columns[0].values, (std::vector<double>{4, 2}));
    QCOMPARE(d->columns[1].values, (std::vector<double>{40, 70}));
    QCOMPARE(d->totals[0].missing, std::size_t{1});
    QCOMPARE(d->totals[0].before, 10.0);
    QCOMPARE(d->totals[0].after, 6.0);
    QCOMPARE(d->totals[0].leftOut, 4.0);
    QCOMPARE(d->totals[1].before, d->totals[1].after + d->totals[1].leftOut);
}

void TestDissolve::rejectsWrongLength() {
    QVERIFY(!sumByGroup({{"votes", {1}}}, groupByKey({"a", "b"})).ok());
}

QTEST_APPLESS_MAIN(TestDissolve)
#include "tst_dissolve.moc"
