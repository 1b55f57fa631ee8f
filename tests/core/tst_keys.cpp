// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/joincheck.h"
#include "core/keys.h"

#include <QtTest>
#include <cmath>

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

    /// A key two boundary features share gets the source's (first) row in both; a repeated
    /// unmatched key is a duplicate too; one index serves several sources.
    void joinOntoDuplicatedBoundaryKeys() {
        const std::vector<std::string> areas{"A", "B", "A", "D"};
        const KeyIndex index(areas);
        QCOMPARE(index.find("A"), 0L);
        QCOMPARE(index.nextSame(0), 2L);
        QCOMPARE(index.nextSame(2), -1L);
        QCOMPARE(index.find("C"), -1L);
        const KeyJoin j = joinOnKeys(index, {"x", "a", "A", "C", "c ", "d"});
        QCOMPARE(j.rowOfArea, (std::vector<long>{1, -1, 1, 5}));
        QCOMPARE(j.report.matched, std::size_t(3));
        QCOMPARE(j.report.duplicateKeys, (std::vector<std::string>{"A", "C"}));
        QCOMPARE(j.report.unmatchedKeys, (std::vector<std::string>{"X", "C", "C"}));
        QCOMPARE(j.report.missingKeys, std::vector<std::string>{"B"});
        const KeyJoin k = joinOnKeys(index, {"B"});
        QCOMPARE(k.rowOfArea, (std::vector<long>{-1, 0, -1, -1}));
        QCOMPARE(k.report.areasWithoutRow, std::size_t(3));
    }

    void adjust_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("pad");
        QTest::addColumn<bool>("unpad");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unchanged") << "007" << 0 << false << "007";
        QTest::newRow("unpad") << "007" << 0 << true << "7";
        QTest::newRow("unpad all zeros") << "000" << 0 << true << "0";
        QTest::newRow("unpad text code") << "E0001" << 0 << true << "E0001";
        QTest::newRow("pad") << "7" << 3 << false << "007";
        QTest::newRow("pad never shortens") << "12345" << 3 << false << "12345";
        QTest::newRow("unpad then pad") << "0001" << 2 << true << "01";
        QTest::newRow("empty stays empty") << "" << 3 << true << "";
    }
    void adjust() {
        QFETCH(QString, key);
        QFETCH(int, pad);
        QFETCH(bool, unpad);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(adjustKey(key.toStdString(), pad, unpad)), expected);
    }

    void padding_data() {
        QTest::addColumn<QStringList>("areas");
        QTest::addColumn<QStringList>("source");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("fix");
        QTest::addColumn<QString>("example"); // source key = boundary key
        QTest::newRow("source unpadded") << QStringList{"001", "002", "010"}
                                         << QStringList{"1", "2", "10", "999"} << 3 << "\"pad\": 3"
                                         << "1=001";
        QTest::newRow("source padded") << QStringList{"1", "2", "10"}
                                       << QStringList{"001", "002", "010"} << 3 << "\"unpad\": true"
                                       << "001=1";
        QTest::newRow("different widths") << QStringList{"01", "02"} << QStringList{"001", "002"}
                                          << 2 << "\"unpad\": true, \"pad\": 2"
                                          << "001=01";
        QTest::newRow("partial match counts only the rest")
            << QStringList{"1", "2", "3"} << QStringList{"1", "02", "03"} << 2 << "\"unpad\": true"
            << "02=2";
        QTest::newRow("exact match: no hint") << QStringList{"001"} << QStringList{"001"} << 0 << ""
                                              << "=";
        QTest::newRow("other codes: no hint")
            << QStringList{"A1", "B2"} << QStringList{"X1", "Y2"} << 0 << ""
            << "=";
    }
    void padding() {
        QFETCH(QStringList, areas);
        QFETCH(QStringList, source);
        QFETCH(int, count);
        QFETCH(QString, fix);
        QFETCH(QString, example);
        std::vector<std::string> a, s;
        for (const auto& k : areas)
            a.push_back(k.toStdString());
        for (const auto& k : source)
            s.push_back(k.toStdString());
        const PaddingHint h = paddingHint(a, s);
        QCOMPARE(h.count, std::size_t(count));
        QCOMPARE(QString::fromStdString(h.fix), fix);
        QCOMPARE(QString::fromStdString(h.sourceKey + "=" + h.boundaryKey), example);
    }

    void names_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("case and spaces") << "Goslar  -  NORTHEIM"
                                         << "goslar - Northeim" << true;
        QTest::newRow("en dash vs hyphen") << "Goslar – Northeim"
                                           << "Goslar-Northeim" << true;
        QTest::newRow("accents") << "Düren"
                                 << "Duren" << true;
        QTest::newRow("sharp s") << "Großenhain"
                                 << "Grossenhain" << true;
        QTest::newRow("Latin Extended-A") << "Łódź"
                                          << "Lodz" << true;
        QTest::newRow("ligature") << "Cœur"
                                  << "Coeur" << true;
        QTest::newRow("punctuation") << "St. Wendel"
                                     << "St Wendel" << true;
        QTest::newRow("no-break space") << "Bad\u00A0Kreuznach"
                                        << "Bad Kreuznach" << true;
        QTest::newRow("renamed") << "Goslar – Northeim – Osterode"
                                 << "Goslar – Northeim – Göttingen II" << false;
        QTest::newRow("numbered") << "Stadt Hannover I"
                                  << "Stadt Hannover II" << false;
    }
    void names() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(normaliseName(a.toStdString()) == normaliseName(b.toStdString()), same);
    }

    void totalWords_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("word");
        QTest::newRow("Land insgesamt") << "Land insgesamt"
                                        << "insgesamt";
        QTest::newRow("Insgesamt") << "Insgesamt"
                                   << "insgesamt";
        QTest::newRow("Summe") << "Summe Bezirk 3"
                               << "summe";
        QTest::newRow("Grand Total") << "GRAND TOTAL"
                                     << "total";
        QTest::newRow("Bundesgebiet") << "Bundesgebiet"
                                      << "bundesgebiet";
        QTest::newRow("Dutch") << "Totaal gemeente"
                               << "totaal";
        QTest::newRow("an area") << "Hamburg-Altona"
                                 << "";
        QTest::newRow("Land alone") << "Land"
                                    << "land";
        QTest::newRow("Land in a name") << "Hannover-Land I"
                                        << "";
        QTest::newRow("Deutschland") << "Deutschland"
                                     << "deutschland";
        QTest::newRow("inside a word") << "Totalwerk"
                                       << "";
    }
    void totalWords() {
        QFETCH(QString, text);
        QFETCH(QString, word);
        QCOMPARE(QString::fromStdString(totalWord(text.toStdString())), word);
    }

    void totalRows() {
        Table t;
        t.source = "s.csv";
        t.columns = {"key", "name", "valid"};
        t.cells = {{"1", "2", "3", "4", "90", "91", "2", "92"},
                   {"A", "B", "C", "D", "Summe", "Elsewhere", "Bravo", "Unknown"},
                   {"100", "120", "90", "110", "420", "95", "10000", ""}};
        const std::vector<std::string> areas{"1", "2", "3", "4"};
        const std::vector<double> counts{100, 120, 90, 110, 420, 95, 10000, std::nan("")};
        const TotalScan s = findTotalRows(t, t.cells[0], areas, counts, "name", "election X");
        // 90: named like a total; 2 (second time): 95 times the median; 91 and 92 plain
        QCOMPARE(s.isTotal, (std::vector<char>{0, 0, 0, 0, 1, 0, 1, 0}));
        QCOMPARE(s.rows.size(), std::size_t(2));
        QCOMPARE(s.rows[0].key, std::string("90"));
        QCOMPARE(s.rows[0].reason, std::string("named like a total"));
        QCOMPARE(s.rows[1].key, std::string("2"));
        QVERIFY2(QString::fromStdString(s.rows[1].reason).startsWith("counts 95.2 times"),
                 s.rows[1].reason.c_str());
        // without a name column every text cell is looked at; counts alone find 420 (> 3 x 105)
        const TotalScan any = findTotalRows(t, t.cells[0], areas, counts, "", "election X");
        QCOMPARE(any.isTotal, (std::vector<char>{0, 0, 0, 0, 1, 0, 1, 0}));
    }

    void duplicatesSum() {
        Table t;
        t.source = "s.csv";
        t.columns = {"key", "name", "votes", "share"};
        t.cells = {{"A", "B", "A", "C"},
                   {"Alpha", "Beta", "Alpha 2", "Gamma"},
                   {"10", "20", "5", ""},
                   {"1,5", "2", "-", "3"}};
        t.lines = {2, 3, 4, 5};
        std::vector<std::string> keys = t.cells[0];
        NumberFormat fmt;
        fmt.decimal = ',';
        const Table s = sumDuplicateRows(t, keys, fmt);
        QCOMPARE(keys, (std::vector<std::string>{"A", "B", "C"}));
        QCOMPARE(s.cells[1], (std::vector<std::string>{"Alpha", "Beta", "Gamma"}));
        QCOMPARE(s.cells[2], (std::vector<std::string>{"15", "20", ""}));
        QCOMPARE(s.cells[3], (std::vector<std::string>{"1.5", "2", "3"}));
        QCOMPARE(s.lines, (std::vector<std::size_t>{2, 3, 5}));
    }

    void rowChecks_data() {
        QTest::addColumn<double>("electorate");
        QTest::addColumn<double>("voters");
        QTest::addColumn<double>("valid");
        QTest::addColumn<double>("p1");
        QTest::addColumn<double>("p2");
        QTest::addColumn<QString>("problem"); // "" = usable
        const double nan = std::nan("");
        QTest::newRow("plausible") << 100.0 << 80.0 << 78.0 << 40.0 << 38.0 << "";
        QTest::newRow("parties below valid") << 100.0 << 80.0 << 78.0 << 40.0 << 30.0 << "";
        QTest::newRow("no voters given") << 100.0 << nan << 78.0 << 40.0 << 38.0 << "";
        QTest::newRow("no electorate given") << nan << 80.0 << 78.0 << 40.0 << 38.0 << "";
        QTest::newRow("valid > voters")
            << 100.0 << 70.0 << 78.0 << 40.0 << 38.0 << "valid > voters";
        QTest::newRow("voters > electorate")
            << 60.0 << 80.0 << 78.0 << 40.0 << 38.0 << "voters > electorate";
        QTest::newRow("valid > electorate without voters")
            << 60.0 << nan << 78.0 << 40.0 << 38.0 << "valid > electorate";
        QTest::newRow("party votes > valid")
            << 100.0 << 80.0 << 78.0 << 40.0 << 39.0 << "party votes > valid";
        QTest::newRow("negative count")
            << 100.0 << 80.0 << 78.0 << -1.0 << 38.0 << "negative count";
        QTest::newRow("electorate zero") << 0.0 << nan << nan << nan << nan << "electorate not > 0";
    }
    void rowChecks() {
        QFETCH(double, electorate);
        QFETCH(double, voters);
        QFETCH(double, valid);
        QFETCH(double, p1);
        QFETCH(double, p2);
        QFETCH(QString, problem);
        ElectionData e;
        e.parties = {"P1", "P2"};
        // area 0 is the row under test, area 1 a plausible one, area 2 has no row
        e.electorate = {electorate, 10, std::nan("")};
        e.voters = {voters, 8, std::nan("")};
        e.valid = {valid, 8, std::nan("")};
        e.votes = {{p1, 4, std::nan("")}, {p2, 4, std::nan("")}};
        const auto checks = checkElectionRows(e, {"K1", "K2", "K3"}, {1, 1, 0}, "election X");
        QCOMPARE(QString::fromStdString(e.rowProblem[0]), problem);
        QVERIFY(e.rowProblem[1].empty() && e.rowProblem[2].empty());
        QCOMPARE(e.valid[1], 8.0);
        if (problem.isEmpty()) {
            QVERIFY(checks.empty());
            QCOMPARE(e.valid[0], valid);
            return;
        }
        QCOMPARE(checks.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(checks[0].check), problem);
        QCOMPARE(checks[0].source, std::string("election X"));
        QCOMPARE(checks[0].count, std::size_t(1));
        QVERIFY(QString::fromStdString(checks[0].examples.at(0)).startsWith("K1: "));
        for (const auto* v : {&e.electorate, &e.voters, &e.valid, &e.votes[0], &e.votes[1]})
            QVERIFY(std::isnan((*v)[0])); // the row leaves the model
    }

    void rowChecksKeepFiveExamples() {
        ElectionData e;
        e.parties = {"P"};
        const std::size_t n = 8;
        e.electorate.assign(n, 10);
        e.voters.assign(n, 12);
        e.valid.assign(n, 12);
        e.votes = {std::vector<double>(n, 12)};
        std::vector<std::string> keys;
        for (std::size_t i = 0; i < n; ++i) {
            std::string k(1, 'K');
            k += std::to_string(i);
            keys.push_back(k);
        }
        const auto checks = checkElectionRows(e, keys, std::vector<char>(n, 1), "election X");
        QCOMPARE(checks.size(), std::size_t(1));
        QCOMPARE(checks[0].count, n);
        QCOMPARE(checks[0].examples.size(), std::size_t(5));
        QCOMPARE(checks[0].examples[0], std::string("K0: voters 12 > electorate 10"));
    }

    void nameMismatches() {
        JoinReport r;
        compareNames({"1", "2", "3", "4"}, {"Düren", "Goslar – Northeim", "", "Aachen I"},
                     {"DUREN", "Goslar – Osterode", "Anything", "Aachen II"}, "census c.csv", r);
        QCOMPARE(r.nameMismatchCount, std::size_t(2));
        QCOMPARE(r.nameMismatches[0].key, std::string("2"));
        QCOMPARE(r.nameMismatches[0].boundaryName, std::string("Goslar – Northeim"));
        QCOMPARE(r.nameMismatches[0].sourceName, std::string("Goslar – Osterode"));
        QCOMPARE(r.nameMismatches[1].key, std::string("4"));
        QCOMPARE(r.nameMismatches[1].source, std::string("census c.csv"));
    }

    /// The flat hash index at scale: every key found at its first area, the others chained in
    /// order, absent keys (near misses, the empty key) not found; duplicates listed once each.
    void indexAtScale() {
        std::vector<std::string> areas;
        for (int i = 0; i < 100000; ++i)
            areas.push_back(QString::number(i % 70000).toStdString()); // 30000 keys twice
        const KeyIndex index(areas);
        for (int k = 0; k < 70000; ++k) {
            const std::string key = QString::number(k).toStdString();
            QCOMPARE(index.find(key), long(k));
            QCOMPARE(index.nextSame(std::size_t(k)), k < 30000 ? long(k + 70000) : -1L);
        }
        QCOMPARE(index.find("70000"), -1L);
        QCOMPARE(index.find("0001"), -1L);
        QCOMPARE(index.find(""), -1L);
        const auto dups = duplicatedKeys(areas);
        QCOMPARE(dups.size(), std::size_t(30000));
        QCOMPARE(dups.front(), std::string("0"));
        QCOMPARE(dups.back(), std::string("29999"));
    }
};

QTEST_GUILESS_MAIN(TestKeys)
#include "tst_keys.moc"
