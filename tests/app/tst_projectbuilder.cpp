// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard's logic without widgets: column guessing in four languages, key ranking with
// padding, and a working project built straight from the German returning officer's raw files.
#include "app/shared/job.h"
#include "app/shared/projectbuilder.h"
#include "core/keys.h"
#include "gis/dataset_loader.h"

#include <QSaveFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace swingmap;
using namespace swingmap::builder;

namespace {

const QString kDe = QStringLiteral(SHARED_DATA_DIR "/de_bundestag_wahlkreise_2021_2025");

Table makeTable(std::vector<std::string> columns, std::vector<std::vector<std::string>> rows) {
    Table t;
    t.source = "test.csv";
    t.columns = std::move(columns);
    t.cells.assign(t.columns.size(), {});
    for (const auto& r : rows)
        for (std::size_t c = 0; c < r.size(); ++c)
            t.cells[c].push_back(r[c]);
    return t;
}

bool save(const QString& file, const std::string& text) {
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly)) return false;
    f.write(text.data(), static_cast<qint64>(text.size()));
    return f.commit();
}

} // namespace

class TestProjectBuilder : public QObject {
    Q_OBJECT
private slots:
    void roles_data() {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("role");
        const char* rows[][2] = {
            {"Wahlberechtigte", "electorate"},
            {"electorate", "electorate"},
            {"Kiesgerechtigden", "electorate"},
            {"Inscrits", "electorate"},
            {"Wählende", "voters"},
            {"Wähler", "voters"},
            {"opkomst", "voters"},
            {"Votants", "voters"},
            {"Gültige", "valid"},
            {"valid_votes", "valid"},
            {"Geldige stemmen", "valid"},
            {"Exprimés", "valid"},
            {"Ungültige", "invalid"},
            {"Gebietsname", "name"},
            {"Wahlkreis-Nr.", "key"},
            {"Gruppenname", "party"},
            {"Anzahl", "value"},
            {"SPD", ""},
            {"SONSTIGE", ""},
            {"wkr_nr", "key"},
            {"Gebietsnummer", "key"},
            {"GEOID", "key"},
            {"FIDESZ", ""},
            {"ons_code", "key"},
        };
        for (const auto& r : rows)
            QTest::newRow(r[0]) << QString::fromUtf8(r[0]) << QString::fromUtf8(r[1]);
    }
    void roles() {
        QFETCH(QString, header);
        QFETCH(QString, role);
        QCOMPARE(QString::fromStdString(guessRole(header.toStdString())), role);
    }

    /// The column whose keys match most wins; a padding fix is found and named.
    void keyRanking() {
        const std::vector<std::string> areas = {"001", "002", "003", "004"};
        const Table t =
            makeTable({"row", "code", "name"},
                      {{"1", "1", "A"}, {"2", "2", "B"}, {"3", "3", "C"}, {"9", "4", "D"}});
        const auto ranked = rankKeyColumns(areas, t);
        QCOMPARE(ranked.at(0).column, std::string("code"));
        QCOMPARE(ranked.at(0).matched, std::size_t(4));
        QCOMPARE(ranked.at(0).pad, 3);
        QCOMPARE(ranked.at(1).column, std::string("row"));
        QCOMPARE(ranked.at(1).matched, std::size_t(3));
    }

    /// A wide table: roles by header, parties = the other numeric columns.
    void wideGuess() {
        const std::vector<std::string> areas = {"A", "B"};
        const Table t = makeTable(
            {"Code", "Naam", "Kiesgerechtigden", "Opkomst", "Geldige stemmen", "VVD", "PvdA"},
            {{"a", "Aa", "100", "80", "78", "40", "38"},
             {"b", "Bb", "90", "70", "69", "30", "39"}});
        const ElectionInput e = guessElection(areas, t, "/x/nl.csv");
        QVERIFY(!e.longFormat);
        QCOMPARE(e.key, std::string("Code"));
        QCOMPARE(e.name, std::string("Naam"));
        QCOMPARE(e.electorate, std::string("Kiesgerechtigden"));
        QCOMPARE(e.voters, std::string("Opkomst"));
        QCOMPARE(e.valid, std::string("Geldige stemmen"));
        QCOMPARE(e.parties, (std::vector<std::string>{"VVD", "PvdA"}));
    }

    /// The raw German files as published: long kerg2.csv (both elections) and the Strukturdaten
    /// with total rows and a footnote column, on the 2025 boundaries; the project fits n = 299
    /// and its figures equal those of the hand-written example project.
    void germanRawFiles() {
        const std::string shp = (kDe + "/boundaries/wkr2025.shp").toStdString();
        const std::string kerg = (kDe + "/raw/btw25_kerg2.csv").toStdString();
        const std::string struk = (kDe + "/raw/btw25_strukturdaten.csv").toStdString();
        auto b = previewBoundaries(shp);
        QVERIFY2(b.ok(), b.ok() ? "" : b.error().c_str());
        QCOMPARE(b->features, std::size_t(299));
        QCOMPARE(b->keyGuess, std::string("wkr_id"));
        QCOMPARE(b->nameGuess, std::string("name"));
        std::vector<std::string> keys;
        for (const auto& k : b->attributes.cells[std::size_t(b->attributes.columnIndex("wkr_id"))])
            keys.push_back(normaliseKey(k));

        auto kt = readTablePreview(kerg);
        QVERIFY2(kt.ok(), kt.ok() ? "" : kt.error().c_str());
        ElectionInput e21 = guessElection(keys, *kt, kerg, "VorpAnzahl");
        ElectionInput e25 = guessElection(keys, *kt, kerg, "Anzahl");
        QVERIFY(e25.longFormat);
        QCOMPARE(e25.key, std::string("Gebietsnummer"));
        QVERIFY(e25.unpad);
        QCOMPARE(e25.partyColumn, std::string("Gruppenname"));
        QCOMPARE(e25.value, std::string("Anzahl"));
        QCOMPARE(e21.value, std::string("VorpAnzahl"));
        QCOMPARE(e25.rows.size(), std::size_t(1));
        QCOMPARE(e25.rows[0].values, std::vector<std::string>{"Wahlkreis"});
        e21.label = "2021";
        e25.label = "2025";
        const auto parties = partiesOf(e25, *kt);
        QVERIFY(std::find(parties.begin(), parties.end(), "SPD") != parties.end());
        QVERIFY(std::find(parties.begin(), parties.end(), "Gültige") == parties.end());

        auto st = readTablePreview(struk);
        QVERIFY2(st.ok(), st.ok() ? "" : st.error().c_str());
        const CensusInput census = guessCensus(keys, *st, struk);
        QCOMPARE(census.key, std::string("Wahlkreis-Nr."));
        QCOMPARE(census.name, std::string("Wahlkreis-Name"));
        const auto numeric = numericColumns(*st, census.key);
        const std::vector<std::string> covariates = {
            "Alter von ... bis ... Jahren am 31.12.2023 - 60-74 (%)",
            "Arbeitslosenquote November 2024 - insgesamt",
            "Bevölkerung am 31.12.2023 - Ausländer/-innen (%)"};
        for (const auto& c : covariates)
            QVERIFY2(std::find(numeric.begin(), numeric.end(), c) != numeric.end(), c.c_str());

        ProjectInput in;
        in.title = "SPD 2021 to 2025 from the raw files";
        in.boundaries = shp;
        in.boundaryKey = b->keyGuess;
        in.boundaryName = b->nameGuess;
        in.elections = {e21, e25};
        in.census = {census};
        in.party = "SPD";
        in.from = "2021";
        in.to = "2025";
        in.covariates = covariates;

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("de.swingmap.json"));
        ProjectInput one = in;
        one.elections = {e25};
        one.census.clear();
        auto join = previewJoin(one, file.toStdString());
        QVERIFY2(join.ok(), join.ok() ? "" : join.error().c_str());
        QCOMPARE(join->sources.at(0).matched, std::size_t(299));
        QVERIFY(join->sources.at(0).unmatchedKeys.empty());
        QVERIFY(join->paddingHints.empty());

        auto text = buildProject(in, file.toStdString());
        QVERIFY2(text.ok(), text.ok() ? "" : text.error().c_str());
        QVERIFY(save(file, *text));
        auto project = loadProject(file.toStdString());
        QVERIFY2(project.ok(), project.ok() ? "" : project.error().c_str());
        Feedback fb;
        auto job = runJob(*project, fb);
        QVERIFY2(job.ok(), job.ok() ? "" : job.error().c_str());
        QCOMPARE(job->analysis.model.n, 299);
        const SourceJoin& census0 = job->data.join.sources.back();
        QCOMPARE(census0.matched, std::size_t(299));

        // Same per-area figures as the hand-written example reading the same files.
        auto example = loadProject(PROJECT_DIR "/docs/examples/de_bundestag_raw_kerg2.json");
        QVERIFY2(example.ok(), example.ok() ? "" : example.error().c_str());
        gis::LoadTimings tm;
        auto ref = gis::loadDataset(*example, fb, tm);
        QVERIFY2(ref.ok(), ref.ok() ? "" : ref.error().c_str());
        for (const char* label : {"2021", "2025"}) {
            const ElectionData& a =
                job->data.elections[std::size_t(job->data.electionIndex(label))];
            const ElectionData& r = ref->elections[std::size_t(ref->electionIndex(label))];
            const int pa = a.partyIndex("SPD"), pr = r.partyIndex("SPD");
            QVERIFY(pa >= 0 && pr >= 0);
            for (std::size_t i = 0; i < 299; ++i) {
                QCOMPARE(a.valid[i], r.valid[i]);
                QCOMPARE(a.electorate[i], r.electorate[i]);
                QCOMPARE(a.voters[i], r.voters[i]);
                QCOMPARE(a.votes[std::size_t(pa)][i], r.votes[std::size_t(pr)][i]);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestProjectBuilder)
#include "tst_projectbuilder.moc"
