// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader: separators, quotes, encodings, titles, several header lines, footnotes,
// trailing empty columns, decimal marks, and messages that name the file, line and fix.
#include "core/csv.h"

#include <QtTest>
#include <limits>
#include <string>

using namespace swingmap;

namespace {
Table read(const std::string& bytes, CsvOptions o = {}) {
    auto t = parseCsv(bytes, o, "t.csv");
    if (!t) qFatal("%s", t.error().c_str());
    return *t;
}

std::string cell(const Table& t, const std::string& column, std::size_t row) {
    auto c = t.column(column);
    return c ? (**c).at(row) : "<" + c.error() + ">";
}

QString errorOf(const std::string& bytes, CsvOptions o = {}) {
    auto t = parseCsv(bytes, o, "t.csv");
    return t ? QString() : QString::fromStdString(t.error());
}
} // namespace

class TestCsv : public QObject {
    Q_OBJECT
private slots:
    void separators_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("separator");
        QTest::newRow("comma") << "key,name,votes\n1,Alpha,10\n2,Beta,20\n"
                               << ",";
        QTest::newRow("semicolon") << "key;name;votes\n1;Alpha, North;10\n2;Beta;20\n"
                                   << ";";
        QTest::newRow("tab") << "key\tname\tvotes\n1\tAlpha; North\t10\n2\tBeta\t20\n"
                             << "\t";
        QTest::newRow("pipe") << "key|name|votes\n1|Alpha, North|10\n2|Beta|20\n"
                              << "|";
        QTest::newRow("semicolon with decimal commas")
            << "key;name;share\n1;Alpha;12,5\n2;Beta;7,25\n3;Gamma;1,0\n"
            << ";";
        QTest::newRow("CRLF") << "key;name;votes\r\n1;Alpha;10\r\n2;Beta;20\r\n"
                              << ";";
    }
    void separators() {
        QFETCH(QString, text);
        QFETCH(QString, separator);
        const Table t = read(text.toStdString());
        QCOMPARE(QString(QChar(t.separator)), separator);
        QCOMPARE(t.columns.size(), std::size_t(3));
        QCOMPARE(t.rowCount(), std::size_t(text.contains("Gamma") ? 3 : 2));
        QCOMPARE(cell(t, "key", 1), std::string("2"));
        QCOMPARE(cell(t, "name", 1), std::string("Beta"));
    }

    void declaredSeparatorWins() {
        CsvOptions o;
        o.separator = ';';
        const Table t = read("a,b;c\n1,2;3\n", o);
        QCOMPARE(t.columns, (std::vector<std::string>{"a,b", "c"}));
    }

    void quotes() {
        const Table t = read("key,name,votes\n"
                             "1,\"Alpha, North\",10\n"
                             "2,\"Beta \"\"the second\"\"\",20\n"
                             "3,\"Gamma\nover two lines\",30\n"
                             "4,Delta,40\n");
        QCOMPARE(t.rowCount(), std::size_t(4));
        QCOMPARE(cell(t, "name", 0), std::string("Alpha, North"));
        QCOMPARE(cell(t, "name", 1), std::string("Beta \"the second\""));
        QCOMPARE(cell(t, "name", 2), std::string("Gamma\nover two lines"));
        QCOMPARE(cell(t, "votes", 3), std::string("40"));
        // lines follow the file, not the records: Delta starts on line 6
        QCOMPARE(t.lines, (std::vector<std::size_t>{2, 3, 4, 6}));
        QCOMPARE(t.rowLabel(3), std::string("row 4 (line 6)"));
    }

    void unclosedQuoteNamesItsLine() {
        const QString e = errorOf("key,name\n1,Alpha\n2,\"Beta\n3,Gamma\n");
        QVERIFY2(e.contains("t.csv, line 3") && e.contains("never closed"), qPrintable(e));
    }

    void encodings_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding"); // declared, "" = detect
        QTest::addColumn<QString>("used");
        QTest::addColumn<QString>("name"); // the second column of the first row, as UTF-8
        QTest::newRow("UTF-8") << QByteArray("k;n\n1;D\xC3\xBCren\n") << ""
                               << "UTF-8"
                               << "Düren";
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBFk;n\n1;D\xC3\xBCren\n") << ""
                                        << "UTF-8 (BOM)"
                                        << "Düren";
        QTest::newRow("Latin-1 detected") << QByteArray("k;n\n1;D\xFCren\n") << ""
                                          << "Windows-1252 (detected)"
                                          << "Düren";
        QTest::newRow("Windows-1252 quotes and euro") << QByteArray("k;n\n1;\x93"
                                                                    "5 \x80\x97 net\x94\n")
                                                      << ""
                                                      << "Windows-1252 (detected)"
                                                      << "“5 €— net”";
        QTest::newRow("Latin-1 declared") << QByteArray("k;n\n1;Sch\xF6neberg\n") << "latin1"
                                          << "Latin-1"
                                          << "Schöneberg";
        QTest::newRow("ISO-8859-15 declared") << QByteArray("k;n\n1;\xA4uro\n") << "ISO-8859-15"
                                              << "ISO-8859-15"
                                              << "€uro";
        QTest::newRow("UTF-16LE with BOM")
            << QByteArray("\xFF\xFEk\0;\0n\0\n\0001\0;\0D\0\xFC\0r\0e\0n\0\n\0", 26) << ""
            << "UTF-16LE (BOM)"
            << "Düren";
        // found by tests/fuzz/fuzz_table: a lone surrogate made invalid UTF-8
        QTest::newRow("UTF-16LE, unpaired surrogate")
            << QByteArray("\xFF\xFEk\0;\0n\0\n\0001\0;\0D\0\x00\xD8r\0\n\0", 22) << ""
            << "UTF-16LE (BOM)"
            << "D\uFFFDr";
    }
    void encodings() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, used);
        QFETCH(QString, name);
        CsvOptions o;
        o.encoding = encoding.toStdString();
        const Table t = read(bytes.toStdString(), o);
        QCOMPARE(QString::fromStdString(t.encoding), used);
        QCOMPARE(QString::fromStdString(cell(t, "n", 0)), name);
    }

    void encodingErrors_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("declared UTF-8, Latin-1 byte")
            << QByteArray("k;n\n1;ok\n2;D\xFCren\n") << "UTF-8"
            << "line 3 holds the byte 0xFC";
        QTest::newRow("UTF-8 mixed with another encoding")
            << QByteArray("k;n\n1;D\xC3\xBCren\n2;K\xF6ln\n") << ""
            << "while other lines are UTF-8";
        QTest::newRow("unknown encoding name") << QByteArray("k;n\n1;a\n") << "EBCDIC"
                                               << "\"EBCDIC\" is not supported";
        QTest::newRow("binary data") << QByteArray("PK\x03\x04\0\0garbage", 14) << ""
                                     << "not a text table";
        // found by tests/fuzz/fuzz_table: NUL passed through the UTF-16 decoder
        QTest::newRow("UTF-16 holding NUL")
            << QByteArray("\xFF\xFEk\0;\0n\0\n\0001\0;\0\0\0\n\0", 18) << ""
            << "line 2 holds binary data";
        QTest::newRow("UTF-16BE declared, holding NUL")
            << QByteArray("\0k\0;\0n\0\n\0\0", 10) << "UTF-16BE"
            << "line 2 holds binary data";
    }
    void encodingErrors() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, phrase);
        CsvOptions o;
        o.encoding = encoding.toStdString();
        const QString e = errorOf(bytes.toStdString(), o);
        QVERIFY2(e.startsWith("t.csv") && e.contains(phrase), qPrintable(e));
    }

    void titlesAndThreeHeaderLines() {
        // the shape of the returning officer's kerg.csv: titles, then a header over three lines
        const std::string text = "Bundestagswahl 2021;\n"
                                 "Amtliches Endergebnis;\n"
                                 "Nr;Gebiet;Wahlberechtigte;;;;SPD;;;\n"
                                 ";;Erststimmen;;Zweitstimmen;;Erststimmen;;Zweitstimmen;\n"
                                 ";;Endgültig;Vorperiode;Endgültig;Vorperiode;Endgültig;"
                                 "Vorperiode;Endgültig;Vorperiode\n"
                                 "001;Flensburg – Schleswig;231536;228471;231536;228471;38927;"
                                 "47711;45508;40388\n"
                                 ";\n"
                                 "002;Nordfriesland;188267;186568;188267;186568;40026;34685;"
                                 "37926;31120\n";
        CsvOptions o;
        o.skipRows = 2;
        o.headerRows = 3;
        const Table t = read(text, o);
        QCOMPARE(t.columns.size(), std::size_t(10));
        QCOMPARE(t.columns[0], std::string("Nr"));
        QCOMPARE(t.columns[1], std::string("Gebiet"));
        QCOMPARE(t.columns[2], std::string("Wahlberechtigte / Erststimmen / Endgültig"));
        QCOMPARE(t.columns[5], std::string("Wahlberechtigte / Zweitstimmen / Vorperiode"));
        QCOMPARE(t.columns[8], std::string("SPD / Zweitstimmen / Endgültig"));
        QCOMPARE(t.rowCount(), std::size_t(2)); // the blank ";" line is skipped
        QCOMPARE(cell(t, "SPD / Zweitstimmen / Endgültig", 1), std::string("37926"));
        QCOMPARE(t.lines, (std::vector<std::size_t>{6, 8}));
    }

    void headerAfterSkippedRowsIsFound() {
        CsvOptions o;
        o.skipRows = 1;
        const Table t = read("Source: statistics office, 2024\nkey;votes\nA;1\nB;2\n", o);
        QCOMPARE(t.columns, (std::vector<std::string>{"key", "votes"}));
        QCOMPARE(t.rowCount(), std::size_t(2));
    }

    void footnotesAndEmptyColumns() {
        const Table t = read("key;name;votes;;\n"
                             "1;Alpha;10;;\n"
                             "2;Beta;20;;\n"
                             "\n"
                             "1) Including postal votes.;;;;\n"
                             "Source: Returning officer\n");
        QCOMPARE(t.columns, (std::vector<std::string>{"key", "name", "votes"}));
        QCOMPARE(t.rowCount(), std::size_t(2));
        QCOMPARE(t.footnoteLines, std::size_t(2));
    }

    void namelessColumnWithDataIsKept() {
        const Table t = read("key;votes;\n1;10;a\n2;20;\n");
        QCOMPARE(t.columns, (std::vector<std::string>{"key", "votes", "column 3"}));
    }

    void structureErrors_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("skip");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("ragged row")
            << "key;votes\n1;10\n2;20;7;9\n3;30\n"
            << 0 << "t.csv, line 3: the row has 4 fields but the header has 2";
        QTest::newRow("nothing after skipped lines") << "title\nsubtitle\n"
                                                     << 2 << "there is no header row after the 2";
        QTest::newRow("one column only") << "key\nA\nB\n" << 0 << "every line is a single column";
        QTest::newRow("empty file") << "" << 0 << "the file is empty";
    }
    void structureErrors() {
        QFETCH(QString, text);
        QFETCH(int, skip);
        QFETCH(QString, phrase);
        CsvOptions o;
        o.skipRows = static_cast<std::size_t>(skip);
        const QString e = errorOf(text.toStdString(), o);
        QVERIFY2(e.contains(phrase), qPrintable(e));
    }

    void headerRowsBeyondTheFile() {
        // found by tests/fuzz/fuzz_project: the check i + header_rows wrapped past SIZE_MAX
        CsvOptions o;
        o.headerRows = std::numeric_limits<std::size_t>::max();
        const QString e = errorOf("\ntitle\nk;v\n1;2\n", o);
        QVERIFY2(e.contains("there is no header row"), qPrintable(e));
    }

    void shortRowsArePadded() {
        const Table t = read("key;a;b\n1;2\n3;4;5\n");
        QCOMPARE(cell(t, "b", 0), std::string());
        QCOMPARE(cell(t, "b", 1), std::string("5"));
    }

    void duplicatedHeaderIsAnErrorWhenUsed() {
        const Table t = read("key;votes;votes\n1;2;3\n");
        QVERIFY(t.column("key").ok());
        auto c = t.column("votes");
        QVERIFY(!c.ok());
        QVERIFY2(QString::fromStdString(c.error()).contains("occurs twice (columns 2 and 3)"),
                 c.error().c_str());
    }

    void decimalDetection_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("decimal");
        QTest::newRow("decimal comma") << "k;v\nA;12,5\nB;3\n"
                                       << ",";
        QTest::newRow("decimal comma with thousands dots") << "k;v\nA;1.234,5\nB;3\n"
                                                           << ",";
        QTest::newRow("decimal point") << "k;v\nA;12.5\nB;3\n"
                                       << ".";
        QTest::newRow("both: not guessed") << "k;v;w\nA;12,5;1.5\n"
                                           << ".";
        QTest::newRow("comma separator") << "k,v\nA,\"12,5\"\n"
                                         << ".";
        QTest::newRow("one thousands dot: not guessed") << "k;v\nA;1.234\n"
                                                        << ".";
        QTest::newRow("two thousands dots") << "k;v\nA;1.234.567\nB;12\n"
                                            << ",";
    }
    void decimalDetection() {
        QFETCH(QString, text);
        QFETCH(QString, decimal);
        QCOMPARE(QString(QChar(detectDecimal(read(text.toStdString())))), decimal);
    }

    void textInNumericColumnNamesFileRowLineColumnAndValue() {
        CsvOptions o;
        o.skipRows = 1;
        const Table t = read("Title\nkey;votes\nA;10\nB;n.v.\n", o);
        auto v = numericColumn(t, "votes");
        QVERIFY(!v.ok());
        const QString e = QString::fromStdString(v.error());
        QVERIFY2(e.contains("t.csv, row 2 (line 4), column \"votes\": \"n.v.\" is not a number"),
                 qPrintable(e));
        NumberFormat withToken;
        withToken.missingTokens.push_back("n.v.");
        auto ok = numericColumn(t, "votes", withToken);
        QVERIFY(ok.ok());
        QVERIFY(std::isnan((*ok)[1]));
    }

    void rowFilter() {
        const Table t = read("level;vote;kind;n\n"
                             "district;2;party;1\n"
                             "district;;system;2\n"
                             "state;2;party;3\n"
                             "district;1;party;4\n"
                             "district;2;other;5\n");
        RowFilter f{{"level", {"district"}, false},
                    {"vote", {""}, true},
                    {"kind", {"party", "other"}, false}};
        auto keep = matchRows(t, f, "rows");
        QVERIFY(keep.ok());
        QCOMPARE(*keep, (std::vector<char>{1, 0, 0, 1, 1}));
        auto bad = matchRows(t, {{"Level", {"x"}, false}}, "rows");
        QVERIFY(!bad.ok());
        QVERIFY(QString::fromStdString(bad.error()).contains("in the filter \"rows\""));
        const Table sub = t.subset(*keep);
        QCOMPARE(sub.rowCount(), std::size_t(3));
        QCOMPARE(sub.lines, (std::vector<std::size_t>{2, 5, 6}));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
