// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/keys.h"

#include <QtTest>

using namespace swingmap;

class TestKeys : public QObject {
    Q_OBJECT
private slots:
    void normalise_data() {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("uk postcode") << "SW1A 1AA"
                                     << "SW1A1AA";
        QTest::newRow("lower case") << "sw1a1aa"
                                    << "SW1A1AA";
        QTest::newRow("dutch pc6") << "1234 ab"
                                   << "1234AB";
        QTest::newRow("leading zeros kept") << "007"
                                            << "007";
        QTest::newRow("trimmed") << "  E14000530 \r"
                                 << "E14000530";
        QTest::newRow("no-break space") << "12\xC2\xA0"
                                           "34"
                                        << "1234";
        QTest::newRow("tabs inside") << "AB\t12"
                                     << "AB12";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("umlaut untouched") << "Düren"
                                          << "DüREN";
    }
    void normalise() {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(normaliseKey(raw.toStdString())), expected);
    }

    void joinReportsEveryMismatch() {
        const std::vector<std::string> areas{"001", "002", "003", "004"};
        const std::vector<std::string> src{"001", " 002", "1", "003", "003", "", "999"};
        const KeyJoin j = joinOnKeys(areas, src);
        QCOMPARE(j.report.rows, std::size_t(7));
        QCOMPARE(j.report.matched, std::size_t(4)); // 001, 002, 003 twice
        QCOMPARE(j.rowOfArea, (std::vector<long>{0, 1, 3, -1}));
        QCOMPARE(j.report.duplicateKeys, std::vector<std::string>{"003"});
        QCOMPARE(j.report.unmatchedKeys, (std::vector<std::string>{"1", "(empty key)", "999"}));
        QCOMPARE(j.report.missingKeys, std::vector<std::string>{"004"});
        QCOMPARE(j.report.areasWithoutRow, std::size_t(1));
    }

    void numbersNeverParseKeys() {
        // "1" and "01" are different codes: no numeric coercion
        const KeyJoin j = joinOnKeys({"01"}, {"1"});
        QCOMPARE(j.report.matched, std::size_t(0));
    }

    void duplicatedBoundaryKeys() {
        QCOMPARE(duplicatedKeys({"A", "B", "A", "A", "C", "B"}),
                 (std::vector<std::string>{"A", "B"}));
    }
};

QTEST_GUILESS_MAIN(TestKeys)
#include "tst_keys.moc"
