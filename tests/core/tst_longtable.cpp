// SPDX-License-Identifier: GPL-3.0-or-later
// Long election tables turned wide, and party renames / merges / "others".
#include "core/csv.h"
#include "core/longtable.h"

#include <QtTest>
#include <cmath>

using namespace swingmap;

namespace {
// the shape of the returning officer's kerg2.csv, in miniature
const char* kLong = "Gebietsart;Nr;Name;Gruppenart;Gruppenname;Stimme;Anzahl\n"
                    "Bund;99;Bundesgebiet;System-Gruppe;Gültige;2;900\n"
                    "Wahlkreis;001;Nord;System-Gruppe;Wahlberechtigte;;200\n"
                    "Wahlkreis;001;Nord;System-Gruppe;Wählende;;150\n"
                    "Wahlkreis;001;Nord;System-Gruppe;Gültige;1;147\n"
                    "Wahlkreis;001;Nord;System-Gruppe;Gültige;2;148\n"
                    "Wahlkreis;001;Nord;Partei;SPD;1;70\n"
                    "Wahlkreis;001;Nord;Partei;SPD;2;60\n"
                    "Wahlkreis;001;Nord;Partei;CDU;2;50\n"
                    "Wahlkreis;001;Nord;Partei;Kleine;2;\n"
                    "Wahlkreis;001;Nord;System-Gruppe;Übrige;2;38\n"
                    "Wahlkreis;002;Süd;System-Gruppe;Wahlberechtigte;;100\n"
                    "Wahlkreis;002;Süd;System-Gruppe;Wählende;;80\n"
                    "Wahlkreis;002;Süd;System-Gruppe;Gültige;2;79\n"
                    "Wahlkreis;002;Süd;Partei;CDU;2;40\n"
                    "Wahlkreis;002;Süd;Partei;Kleine;2;1.234,5\n";

Table table(const char* text = kLong) {
    auto t = parseCsv(text, {}, "kerg2.csv");
    if (!t) qFatal("%s", t.error().c_str());
    return *t;
}

RowFilter f(std::initializer_list<Condition> c) {
    return RowFilter(c);
}

struct Setup {
    SourceSpec spec;
    LongFormat l;
    NumberFormat fmt;
};

Setup setup() {
    Setup s;
    s.spec.key = "Nr";
    s.spec.name = "Name";
    s.l.partyColumn = "Gruppenname";
    s.l.value = "Anzahl";
    s.l.hasElectorate = s.l.hasVoters = true;
    s.l.electorate = f({{"Gruppenname", {"Wahlberechtigte"}, false}, {"Stimme", {""}, false}});
    s.l.voters = f({{"Gruppenname", {"Wählende"}, false}});
    s.l.valid = f({{"Gruppenname", {"Gültige"}, false}, {"Stimme", {"2"}, false}});
    s.l.parties = f({{"Stimme", {"2"}, false}, {"Gruppenname", {"Gültige", "Ungültige"}, true}});
    s.fmt.decimal = ',';
    return s;
}

Table districts(const Table& t) {
    auto keep = matchRows(t, {{"Gebietsart", {"Wahlkreis"}, false}}, "rows");
    return t.subset(*keep);
}

std::string at(const Table& t, const std::string& column, std::size_t row) {
    return (**t.column(column))[row];
}
} // namespace

class TestLongTable : public QObject {
    Q_OBJECT
private slots:
    void pivots() {
        Setup s = setup();
        auto p = pivotLong(districts(table()), s.spec, s.l, s.fmt, "2025");
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().c_str());
        QCOMPARE(p->parties, (std::vector<std::string>{"SPD", "CDU", "Kleine", "Übrige"}));
        const Table& w = p->table;
        QCOMPARE(w.rowCount(), std::size_t(2));
        QCOMPARE(at(w, "Nr", 0), std::string("001"));
        QCOMPARE(at(w, "Name", 1), std::string("Süd"));
        QCOMPARE(at(w, kElectorateColumn, 0), std::string("200"));
        QCOMPARE(at(w, kVotersColumn, 1), std::string("80"));
        QCOMPARE(at(w, kValidColumn, 0), std::string("148")); // Stimme 2 only
        QCOMPARE(at(w, "SPD", 0), std::string("60"));
        QCOMPARE(at(w, "SPD", 1), std::string("0"));    // no row: did not stand
        QCOMPARE(at(w, "Kleine", 0), std::string("0")); // empty count: did not stand
        QCOMPARE(at(w, "Kleine", 1), std::string("1234.5"));
        QCOMPARE(w.lines, (std::vector<std::size_t>{3, 12}));
    }

    void withoutTheRowsFilterTheTotalIsAnArea() {
        Setup s = setup();
        auto p = pivotLong(table(), s.spec, s.l, s.fmt, "2025");
        QVERIFY(p.ok());
        QCOMPARE(p->table.rowCount(), std::size_t(3));
        QCOMPARE(at(p->table, "Nr", 0), std::string("99"));
        QCOMPARE(at(p->table, kElectorateColumn, 0), std::string());
    }

    void errors_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("overlapping filters") << "overlap"
                                             << "matches both the \"valid\" and the \"parties\"";
        QTest::newRow("two rows for one figure") << "duplicate"
                                                 << "area \"001\" has two rows for party \"SPD\"";
        QTest::newRow("text in the value column") << "text"
                                                  << "column \"Anzahl\": \"viele\" is not a number";
        QTest::newRow("no party rows") << "noparties"
                                       << "no row matches the \"parties\" filter";
        QTest::newRow("unknown column") << "column"
                                        << "there is no column \"Stimmen\"";
    }
    void errors() {
        QFETCH(QString, what);
        QFETCH(QString, phrase);
        Setup s = setup();
        std::string text = kLong;
        if (what == "overlap") s.l.parties = f({{"Stimme", {"2"}, false}});
        if (what == "duplicate") s.l.parties = f({{"Gruppenart", {"Partei"}, false}});
        if (what == "text") text.replace(text.find(";60\n"), 4, ";viele\n");
        if (what == "noparties") s.l.parties = f({{"Stimme", {"3"}, false}});
        if (what == "column") s.l.valid = f({{"Stimmen", {"2"}, false}});
        auto p = pivotLong(districts(table(text.c_str())), s.spec, s.l, s.fmt, "2025");
        QVERIFY(!p.ok());
        const QString e = QString::fromStdString(p.error());
        QVERIFY2(e.contains(phrase), qPrintable(e));
        if (what == "duplicate" || what == "text") QVERIFY2(e.contains("(line "), qPrintable(e));
    }

    void duplicatesSummedWhenAsked() {
        Setup s = setup();
        s.l.parties = f({{"Gruppenart", {"Partei"}, false}}); // both votes of SPD
        s.spec.sumDuplicates = true;
        auto p = pivotLong(districts(table()), s.spec, s.l, s.fmt, "2025");
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().c_str());
        QCOMPARE(at(p->table, "SPD", 0), std::string("130"));
    }

    void mapping_data() {
        QTest::addColumn<QStringList>("parties");
        QTest::addColumn<QString>("mapping");  // rename:a>b  merge:U=a+b  others:X  keep:a,b
        QTest::addColumn<QString>("expected"); // NAME=src+src|…
        QTest::newRow("nothing") << QStringList{"A", "B"} << ""
                                 << "A=A|B=B";
        QTest::newRow("rename") << QStringList{"GRÜNE", "SPD"} << "rename:GRÜNE>GRUENE"
                                << "GRUENE=GRÜNE|SPD=SPD";
        QTest::newRow("merge") << QStringList{"CDU", "SPD", "CSU"} << "merge:Union=CDU+CSU"
                               << "Union=CDU+CSU|SPD=SPD";
        QTest::newRow("others with keep") << QStringList{"SPD", "CDU", "SSW", "GRÜNE", "Volt"}
                                          << "keep:SPD,CDU;rename:GRÜNE>GRUENE;others:SONSTIGE"
                                          << "SPD=SPD|CDU=CDU|GRUENE=GRÜNE|SONSTIGE=SSW+Volt";
        QTest::newRow("others into an existing column")
            << QStringList{"A", "Other", "B"} << "keep:A,Other;others:Other"
            << "A=A|Other=Other+B";
        QTest::newRow("others with nothing left") << QStringList{"A"} << "keep:A;others:X"
                                                  << "A=A|X=";
        QTest::newRow("rename onto a kept party") << QStringList{"A", "A2"} << "rename:A2>A"
                                                  << "A=A+A2";
    }
    void mapping() {
        QFETCH(QStringList, parties);
        QFETCH(QString, mapping);
        QFETCH(QString, expected);
        PartyMapping m;
        for (const auto& part : mapping.split(';', Qt::SkipEmptyParts)) {
            const QString kind = part.section(':', 0, 0), body = part.section(':', 1);
            if (kind == "rename")
                m.rename[body.section('>', 0, 0).toStdString()] =
                    body.section('>', 1).toStdString();
            if (kind == "merge")
                for (const auto& p : body.section('=', 1).split('+'))
                    m.merge[body.section('=', 0, 0).toStdString()].push_back(p.toStdString());
            if (kind == "others") m.others = body.toStdString();
            if (kind == "keep")
                for (const auto& p : body.split(','))
                    m.keep.push_back(p.toStdString());
        }
        std::vector<std::string> ps;
        for (const auto& p : parties)
            ps.push_back(p.toStdString());
        auto r = mapParties(ps, m, "election \"X\"");
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().c_str());
        QStringList got;
        for (std::size_t k = 0; k < r->names.size(); ++k) {
            QStringList src;
            for (const auto& s : r->sources[k])
                src << QString::fromStdString(s);
            got << QString::fromStdString(r->names[k]) + "=" + src.join('+');
        }
        QCOMPARE(got.join('|'), expected);
    }

    void mappingErrors_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("unknown in merge") << "merge"
                                          << "the party \"CSU\" named in \"merge\" of election "
                                             "\"X\" is not one of its parties (CDU, SPD)";
        QTest::newRow("unknown in rename") << "rename"
                                           << "\"GRUENE\" named in \"rename\"";
        QTest::newRow("mapped twice") << "twice"
                                      << "the party \"CDU\" of election \"X\" is mapped twice";
    }
    void mappingErrors() {
        QFETCH(QString, what);
        QFETCH(QString, phrase);
        PartyMapping m;
        if (what == "merge") m.merge["Union"] = {"CDU", "CSU"};
        if (what == "rename") m.rename["GRUENE"] = "GREEN";
        if (what == "twice") {
            m.merge["Union"] = {"CDU"};
            m.rename["CDU"] = "Christian Democrats";
        }
        auto r = mapParties({"CDU", "SPD"}, m, "election \"X\"");
        QVERIFY(!r.ok());
        QVERIFY2(QString::fromStdString(r.error()).contains(phrase), r.error().c_str());
    }

    void sums() {
        const double nan = std::nan("");
        const std::vector<double> a{1, nan, 3, nan}, b{10, 20, nan, nan};
        const auto s = sumParties({&a, &b});
        QCOMPARE(s[0], 11.0);
        QCOMPARE(s[1], 20.0); // a party that did not stand adds nothing
        QCOMPARE(s[2], 3.0);
        QVERIFY(std::isnan(s[3])); // unknown everywhere stays unknown
    }
};

QTEST_GUILESS_MAIN(TestLongTable)
#include "tst_longtable.moc"
