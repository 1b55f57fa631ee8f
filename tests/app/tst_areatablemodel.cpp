// SPDX-License-Identifier: GPL-3.0-or-later
// The data table's model (app/gui/areatablemodel.h) under QAbstractItemModelTester while it is
// filled, sorted and filtered: suppressed areas show the suppressed label under every role and
// never a number, sort last in both orders; a numeric column sorts as the values the test put in
// (ordered here with std::sort); the text and figure filters keep the rows worked out here; and a
// 450,000-area analysis sorts correctly (its time is printed, not asserted: bench/).
#include "app/gui/areatablemodel.h"
#include "app/render/palette.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>

using namespace swingmap;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// `n` areas "K<i>" / "Ward <i>" with hand-made figures: change = (i * 37 % 23) - 11 (so ties
/// and both signs), area 3's change unknown, areas `suppressed` below the privacy minimum (their
/// vectors still hold numbers, which the model must never show).
struct Fixture {
    LoadedPtr loaded;
    AnalysisPtr analysis;
};

Fixture makeFixture(std::size_t n, const std::vector<std::size_t>& suppressed) {
    auto job = std::make_shared<JobResult>();
    Dataset& d = job->data;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = double(i % 100), y = double(i / 100);
        const double ring[] = {x, y, x + 1, y, x + 1, y + 1, x, y + 1, x, y};
        d.geometry.beginPart();
        d.geometry.addRing(ring, 5);
        d.geometry.endPart();
        d.geometry.endFeature();
        d.keys.push_back("K" + std::to_string(i));
        d.names.push_back("Ward " + std::to_string(i));
    }
    d.households.assign(n, 400);
    auto a = std::make_shared<Analysis>();
    a->settings.party = "Red";
    a->settings.from = "2019";
    a->settings.to = "2024";
    AreaFigures& f = a->areas;
    f.shareFrom.resize(n);
    f.shareTo.resize(n);
    f.shareChange.resize(n);
    f.turnoutChange.assign(n, 1.5);
    f.butlerSwing.assign(n, kNaN);
    f.steedSwing.assign(n, kNaN);
    f.fitted.assign(n, 0.25);
    f.residual.resize(n);
    f.potentialVotes.assign(n, 120);
    f.cls.assign(n, AreaClass::None);
    f.suppressed.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        f.shareChange[i] = double(i * 37 % 23) - 11;
        f.shareFrom[i] = 30 + double(i % 7);
        f.shareTo[i] = f.shareFrom[i] + f.shareChange[i];
        f.residual[i] = f.shareChange[i] - 0.25;
        f.cls[i] = i % 3 == 0 ? AreaClass::BattleZone : AreaClass::Lost;
    }
    if (n > 3) f.shareChange[3] = kNaN;
    for (const std::size_t s : suppressed) {
        f.suppressed[s] = 1;
        d.households[s] = 3;
    }
    a->model.fitted = true;
    job->analysis = *a;
    return {job, a};
}

int columnTitled(const AreaTableModel& m, const QString& title) {
    for (int c = 0; c < m.columnCount(); ++c)
        if (m.headerData(c, Qt::Horizontal).toString() == title) return c;
    return -1;
}

/// The areas in the model's row order.
std::vector<std::size_t> rowAreas(const AreaTableModel& m) {
    std::vector<std::size_t> out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.push_back(m.areaAt(r));
    return out;
}

/// The order the test expects: known values ascending (or descending; ties by area), then
/// unknown values, then suppressed areas, both by area.
std::vector<std::size_t> expectedOrder(const std::vector<double>& v,
                                       const std::vector<uint8_t>& suppressed, bool descending) {
    std::vector<std::size_t> known, unknown, hidden;
    for (std::size_t i = 0; i < v.size(); ++i)
        (suppressed[i] ? hidden : std::isfinite(v[i]) ? known : unknown).push_back(i);
    std::stable_sort(known.begin(), known.end(), [&](std::size_t a, std::size_t b) {
        return descending ? v[a] > v[b] : v[a] < v[b];
    });
    known.insert(known.end(), unknown.begin(), unknown.end());
    known.insert(known.end(), hidden.begin(), hidden.end());
    return known;
}

} // namespace

class TestAreaTableModel : public QObject {
    Q_OBJECT
private slots:
    void columns();
    void suppressedNeverANumber();
    void sortNumeric_data();
    void sortNumeric();
    void sortText();
    void filters();
    void underAProxy();
    void largeSort();
};

void TestAreaTableModel::columns() {
    AreaTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m.rowCount(), 0);
    const Fixture fx = makeFixture(12, {2});
    m.setData(fx.loaded, fx.analysis);
    QCOMPARE(m.rowCount(), 12);
    QStringList titles;
    for (int c = 0; c < m.columnCount(); ++c)
        titles << m.headerData(c, Qt::Horizontal).toString();
    // swings are all unknown here: no columns for them
    QCOMPARE(titles, (QStringList{"Code", "Name", "Red share 2019 (%)", "Red share 2024 (%)",
                                  "Change (pts)", "Turnout change (pts)", "Expected (pts)",
                                  "Over/under-performance (pts)", "Class", "Potential votes",
                                  "Households"}));
    const int change = columnTitled(m, QStringLiteral("Change (pts)"));
    QCOMPARE(m.data(m.index(0, 0)).toString(), QStringLiteral("K0"));
    QCOMPARE(m.data(m.index(1, 1)).toString(), QStringLiteral("Ward 1"));
    // area 1: 37 % 23 - 11 = 3
    QCOMPARE(m.data(m.index(1, change)).toString(), QStringLiteral("+3.0"));
    QCOMPARE(m.data(m.index(1, change), AreaTableModel::SortRole).toDouble(), 3.0);
    QCOMPARE(m.data(m.index(3, change)).toString(), QStringLiteral("–")); // unknown
    QVERIFY(!m.data(m.index(3, change), AreaTableModel::SortRole).isValid());
}

void TestAreaTableModel::suppressedNeverANumber() {
    AreaTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const std::vector<std::size_t> hidden{0, 5, 9};
    const Fixture fx = makeFixture(12, hidden);
    m.setData(fx.loaded, fx.analysis);
    int figureColumns = 0;
    for (int c = 0; c < m.columnCount(); ++c) {
        if (!m.isFigureColumn(c)) continue;
        ++figureColumns;
        for (int r = 0; r < m.rowCount(); ++r) {
            const bool suppressed = m.suppressed(m.areaAt(r));
            bool numberSeen = false;
            for (int role = 0; role <= Qt::UserRole + 32; ++role) {
                const QVariant v = m.data(m.index(r, c), role);
                if (!v.isValid()) continue;
                bool isNumber = false;
                if (v.typeId() == QMetaType::QString) {
                    const QString s = v.toString();
                    (void)s.toDouble(&isNumber);
                    isNumber = isNumber || s.contains(QRegularExpression(QStringLiteral("\\d")));
                } else {
                    isNumber = v.canConvert<double>() && v.typeId() != QMetaType::QBrush &&
                               v.typeId() != QMetaType::QColor;
                    if (role == Qt::TextAlignmentRole) isNumber = false; // alignment flags
                }
                numberSeen = numberSeen || isNumber;
                if (suppressed)
                    QVERIFY2(!isNumber, qPrintable(QStringLiteral("row %1 column %2 role %3: %4")
                                                       .arg(r)
                                                       .arg(c)
                                                       .arg(role)
                                                       .arg(v.toString())));
            }
            if (suppressed) {
                QCOMPARE(m.data(m.index(r, c)).toString(), suppressedLabel());
                QCOMPARE(m.data(m.index(r, c), AreaTableModel::SortRole).toString(),
                         suppressedLabel());
            } else if (m.headerData(c, Qt::Horizontal).toString() != QStringLiteral("Class") &&
                       m.areaAt(r) != 3) {
                QVERIFY2(numberSeen, qPrintable(QStringLiteral("row %1 column %2").arg(r).arg(c)));
            }
        }
    }
    QVERIFY(figureColumns >= 8);
}

void TestAreaTableModel::sortNumeric_data() {
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("descending");
    for (const char* c : {"Change (pts)", "Red share 2024 (%)", "Over/under-performance (pts)"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1 ascending").arg(c))) << QString(c) << false;
        QTest::newRow(qPrintable(QStringLiteral("%1 descending").arg(c))) << QString(c) << true;
    }
}

void TestAreaTableModel::sortNumeric() {
    QFETCH(QString, column);
    QFETCH(bool, descending);
    AreaTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Fixture fx = makeFixture(40, {4, 17, 30});
    m.setData(fx.loaded, fx.analysis);
    const int c = columnTitled(m, column);
    QVERIFY(c >= 0);
    // a persistent index follows its area through the sort
    const QPersistentModelIndex tracked(m.index(7, 0));
    m.sort(c, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    QCOMPARE(m.areaAt(tracked.row()), std::size_t(7));
    const AreaFigures& f = fx.analysis->areas;
    const std::vector<double>& v = column.startsWith(QLatin1String("Change")) ? f.shareChange
                                   : column.startsWith(QLatin1String("Red"))  ? f.shareTo
                                                                              : f.residual;
    QCOMPARE(rowAreas(m), expectedOrder(v, f.suppressed, descending));
    QCOMPARE(m.data(m.index(m.rowCount() - 1, c)).toString(), suppressedLabel());
}

void TestAreaTableModel::sortText() {
    AreaTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Fixture fx = makeFixture(12, {});
    m.setData(fx.loaded, fx.analysis);
    m.sort(1, Qt::DescendingOrder);
    QStringList names;
    for (int r = 0; r < m.rowCount(); ++r)
        names << m.data(m.index(r, 1)).toString();
    QStringList expected = names;
    std::sort(expected.begin(), expected.end(), std::greater<>());
    QCOMPARE(names, expected);
    QCOMPARE(names.front(), QStringLiteral("Ward 9"));
}

void TestAreaTableModel::filters() {
    AreaTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Fixture fx = makeFixture(40, {10, 12});
    m.setData(fx.loaded, fx.analysis);
    const int change = columnTitled(m, QStringLiteral("Change (pts)"));
    m.sort(change, Qt::AscendingOrder);
    m.setTextFilter(QStringLiteral("wARD 1"));
    std::vector<std::size_t> want; // 1, 10 … 19 by change, suppressed 10 and 12 last
    for (std::size_t i = 0; i < 40; ++i)
        if (std::to_string(i).front() == '1') want.push_back(i);
    std::vector<std::size_t> got = rowAreas(m);
    QCOMPARE(got.size(), want.size());
    QCOMPARE((std::set<std::size_t>(got.begin(), got.end())),
             (std::set<std::size_t>(want.begin(), want.end())));
    QVERIFY(m.suppressed(got.back()) && m.suppressed(got[got.size() - 2]));
    QCOMPARE(m.rowOf(25), -1);
    m.setTextFilter(QStringLiteral("k2"));
    QCOMPARE(m.rowCount(), 11); // K2, K20 … K29
    m.setTextFilter({});
    // figure filter: change within [-5, 0], never a suppressed or unknown area
    m.setRangeFilter(change, -5, 0);
    const AreaFigures& f = fx.analysis->areas;
    want.clear();
    for (std::size_t i = 0; i < 40; ++i)
        if (!f.suppressed[i] && f.shareChange[i] >= -5 && f.shareChange[i] <= 0) want.push_back(i);
    QVERIFY(want.size() > 3);
    got = rowAreas(m);
    QCOMPARE((std::set<std::size_t>(got.begin(), got.end())),
             (std::set<std::size_t>(want.begin(), want.end())));
    for (std::size_t r = 1; r < got.size(); ++r) // still sorted
        QVERIFY(f.shareChange[got[r - 1]] <= f.shareChange[got[r]]);
    m.setRangeFilter(change, kNaN, -10); // open minimum
    for (const std::size_t a : rowAreas(m))
        QVERIFY(f.shareChange[a] <= -10);
    QVERIFY(m.rowCount() > 0);
    m.setRangeFilter(-1);
    QCOMPARE(m.rowCount(), 40);
}

// The model also behaves under a QSortFilterProxyModel on its sort role (the table does not use
// one: bench/README.md); suppressed areas' label strings sort apart from the numbers there.
void TestAreaTableModel::underAProxy() {
    AreaTableModel m;
    QSortFilterProxyModel proxy;
    proxy.setSortRole(AreaTableModel::SortRole);
    proxy.setSourceModel(&m);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Fixture fx = makeFixture(30, {6});
    m.setData(fx.loaded, fx.analysis);
    const int change = columnTitled(m, QStringLiteral("Change (pts)"));
    proxy.sort(change, Qt::AscendingOrder);
    QCOMPARE(proxy.rowCount(), 30);
    double last = -1e300;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QVariant v = proxy.data(proxy.index(r, change), AreaTableModel::SortRole);
        if (v.typeId() != QMetaType::Double) continue;
        QVERIFY(v.toDouble() >= last);
        last = v.toDouble();
    }
    m.setTextFilter(QStringLiteral("ward 2"));
    QCOMPARE(proxy.rowCount(), 11);
    m.sort(change, Qt::DescendingOrder); // the source's own order under the proxy's
}

void TestAreaTableModel::largeSort() {
    const std::size_t n = 450000;
    Fixture fx = makeFixture(n, {});
    auto a = std::make_shared<Analysis>(*fx.analysis);
    std::mt19937 rng(8);
    std::normal_distribution<double> z(0, 5);
    for (std::size_t i = 0; i < n; ++i) {
        a->areas.shareChange[i] = z(rng);
        a->areas.suppressed[i] = i % 97 == 0;
    }
    AreaTableModel m;
    m.setData(fx.loaded, a);
    const int change = columnTitled(m, QStringLiteral("Change (pts)"));
    QElapsedTimer timer;
    timer.start();
    m.sort(change, Qt::DescendingOrder);
    const qint64 ms = timer.elapsed();
    qInfo("sorting 450,000 rows by change: %lld ms", ms);
    QCOMPARE(rowAreas(m), expectedOrder(a->areas.shareChange, a->areas.suppressed, true));
    timer.restart();
    m.setTextFilter(QStringLiteral("K4499"));
    qInfo("filtering 450,000 rows by text: %lld ms", timer.elapsed());
    // K4499, K44990 … K44999, K449900 … K449999 (a suppressed area's code is shown, so kept)
    QCOMPARE(m.rowCount(), 1 + 10 + 100);
}

QTEST_MAIN(TestAreaTableModel)
#include "tst_areatablemodel.moc"
