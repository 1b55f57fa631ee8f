// SPDX-License-Identifier: GPL-3.0-or-later
// Number parsing of table cells: missing-value tokens, decimal commas, thousands separators and
// the messages for cells that are not numbers.
#include "core/table.h"

#include <QtTest>
#include <cmath>

using namespace swingmap;

class TestTable : public QObject {
    Q_OBJECT
private slots:
    void parse_data() {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value"); // NaN = missing
        const double nan = std::nan("");
        QTest::newRow("integer") << "42"
                                 << "." << true << 42.0;
        QTest::newRow("plus sign") << "+3.5"
                                   << "." << true << 3.5;
        QTest::newRow("negative") << "-0.25"
                                  << "." << true << -0.25;
        QTest::newRow("exponent") << "1e-3"
                                  << "." << true << 0.001;
        QTest::newRow("spaces") << "  7 "
                                << "." << true << 7.0;
        QTest::newRow("empty is missing") << ""
                                          << "." << true << nan;
        QTest::newRow("NA") << "NA"
                            << "." << true << nan;
        QTest::newRow("dash") << "-"
                              << "." << true << nan;
        QTest::newRow("en dash") << "\xE2\x80\x93"
                                 << "." << true << nan;
        QTest::newRow("x") << "x"
                           << "." << true << nan;
        QTest::newRow("decimal comma") << "12,5"
                                       << "," << true << 12.5;
        QTest::newRow("thousands dots") << "1.234.567"
                                        << "," << true << 1234567.0;
        QTest::newRow("comma without setting") << "12,5"
                                               << "." << false << 0.0;
        QTest::newRow("text") << "abc"
                              << "." << false << 0.0;
        QTest::newRow("trailing text") << "12abc"
                                       << "." << false << 0.0;
        QTest::newRow("infinity is not a count") << "inf"
                                                 << "." << false << 0.0;
        QTest::newRow("German thousands and decimals") << "1.234.567,89"
                                                       << "," << true << 1234567.89;
        QTest::newRow("one German thousands dot") << "1.234"
                                                  << "," << true << 1234.0;
        QTest::newRow("dot with a decimal comma setting") << "1.5"
                                                          << "," << true << 1.5;
        QTest::newRow("English thousands") << "1,234,567.5"
                                           << "." << true << 1234567.5;
        QTest::newRow("English thousands, integer") << "-12,345"
                                                    << "." << true << -12345.0;
        QTest::newRow("space thousands") << "1 234 567"
                                         << "." << true << 1234567.0;
        QTest::newRow("no-break space thousands, decimal comma") << "12\u00A0345,5"
                                                                 << "," << true << 12345.5;
        QTest::newRow("Swiss apostrophe thousands") << "1'234'567.25"
                                                    << "." << true << 1234567.25;
        QTest::newRow("bad grouping is not a number") << "12,34,567"
                                                      << "." << false << 0.0;
        QTest::newRow("two decimal marks") << "1,234,5"
                                           << "," << false << 0.0;
    }
    void parse() {
        QFETCH(QString, cell);
        QFETCH(QString, decimal);
        QFETCH(bool, ok);
        QFETCH(double, value);
        NumberFormat fmt;
        fmt.decimal = decimal.toStdString()[0];
        double out = -1;
        QCOMPARE(parseNumber(cell.toStdString(), fmt, out), ok);
        if (!ok) return;
        if (std::isnan(value)) {
            QVERIFY(std::isnan(out));
        } else {
            QCOMPARE(out, value);
        }
    }

    void messagesNameRowColumnAndFix_data() {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("decimal comma") << "3,7"
                                       << "add \"decimal\": \",\"";
        QTest::newRow("text") << "n.v."
                              << "add it to \"missing\"";
    }
    void messagesNameRowColumnAndFix() {
        QFETCH(QString, cell);
        QFETCH(QString, phrase);
        Table t;
        t.source = "votes.csv";
        t.columns = {"key", "valid"};
        t.cells = {{"A", "B"}, {"10", cell.toStdString()}};
        auto v = numericColumn(t, "valid");
        QVERIFY(!v.ok());
        const QString msg = QString::fromStdString(v.error());
        QVERIFY2(msg.contains("votes.csv, row 2, column \"valid\""), qPrintable(msg));
        QVERIFY2(msg.contains(phrase), qPrintable(msg));
    }

    void unknownColumnListsTheColumns() {
        Table t;
        t.source = "census.csv";
        t.columns = {"code", "pct_old"};
        t.cells = {{"1"}, {"2"}};
        auto c = t.column("pct_young");
        QVERIFY(!c.ok());
        QVERIFY(QString::fromStdString(c.error()).contains("the columns are: code, pct_old"));
    }
};

QTEST_GUILESS_MAIN(TestTable)
#include "tst_table.moc"
