// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard's logic without widgets: column guessing in four languages, key ranking with
// padding, and a working project built straight from the German returning officer's raw files.
#include "app/shared/job.h"
#include "app/shared/projectbuilder.h"
#include "core/keys.h"
#include "gis/dataset_loader.h"

#include <nlohmann/json.hpp>

#include <QSaveFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace swingmap;
using namespace swingmap::builder;

namespace {

const QString kDe = QStringLiteral(SHARED_DATA_DIR "/de_bundestag_wahlkreise_2021_2025");
const QString kDd = QStringLiteral(SHARED_DATA_DIR "/de_dresden_wahlbezirke_2019_2024");
const QString kKa = QStringLiteral(SHARED_DATA_DIR "/de_karlsruhe_wahlbezirke_btw2013_2017");

/// The wizard's reconcile inputs of the data-driven JSON cases (see reconcileJson_data).
ReconcileInput reconcileCase(int i) {
    ReconcileInput r;
    using F = ReconcileInput::From;
    switch (i) {
    case 0: // postal rows only, shared out by ballots issued
        r.postal = true;
        r.typeColumn = "district_type";
        r.postalValue = "brief";
        r.parent = "stadtteil";
        r.by = "issued";
        break;
    case 1: // postal rows left out: no parent, so no "by" either
        r.postal = true;
        r.typeColumn = "district_type";
        r.postalValue = "brief";
        r.by = "issued";
        break;
    case 2: // postal rows known by having no polygon and electorate 0, shared out by voters
        r.postal = true;
        r.parent = "ward";
        break;
    case 3: // another layer, by area, and postal rows
        r.from = F::Layer;
        r.fromPath = "/d/old.gpkg";
        r.fromLayer = "wb_2019";
        r.fromKey = "wb";
        r.postal = true;
        r.typeColumn = "t";
        r.postalValue = "P";
        break;
    case 4: // a single-layer file: no "layer"; weights from polygons with a count
        r.from = F::Layer;
        r.fromPath = "/d/old.shp";
        r.fromKey = "code";
        r.method = "weights";
        r.weightsPath = "/d/addresses.gpkg";
        r.weightsLayer = "addr";
        r.weightsCount = "residents";
        break;
    case 5: // census: dissolve by a field, weights by an election's electorate, counts, rates
        r.from = F::Dissolve;
        r.dissolve = "stadtteil";
        r.method = "weights";
        r.weightsElection = "2024";
        r.weightsFigure = "electorate";
        r.counts = {"hh", "hh_1p"};
        r.rates = {{"share_hh_1p", {"hh_1p", "hh"}}};
        break;
    case 6: // census: dissolve by a code prefix, by area, counts only
        r.from = F::Dissolve;
        r.dissolve = "pc6";
        r.prefix = 4;
        r.counts = {"pop"};
        break;
    default: // nothing: no reconcile object at all
        break;
    }
    return r;
}

} // namespace

namespace {

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

    /// The wizard's reconcile choices become exactly the schema's `reconcile` object, and the
    /// project is accepted by parseProject (docs/schema.md, Reconcile).
    void reconcileJson_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<bool>("census");
        QTest::addColumn<QString>("expected"); // "" = no reconcile object
        QTest::newRow("postal by ballots issued")
            << 0 << false << R"({"postal": {"type_column": "district_type", "postal_value": "brief",
                  "parent": "stadtteil", "by": "issued"}})";
        QTest::newRow("postal left out")
            << 1 << false
            << R"({"postal": {"type_column": "district_type", "postal_value": "brief"}})";
        QTest::newRow("postal without type column")
            << 2 << false << R"({"postal": {"parent": "ward"}})";
        QTest::newRow("other layer by area")
            << 3 << false << R"({"from": {"path": "/d/old.gpkg", "layer": "wb_2019", "key": "wb"},
                  "method": "area", "postal": {"type_column": "t", "postal_value": "P"}})";
        QTest::newRow("weight polygons")
            << 4 << false << R"({"from": {"path": "/d/old.shp", "key": "code"}, "method": "weights",
                  "weights": {"path": "/d/addresses.gpkg", "layer": "addr", "count": "residents"}})";
        QTest::newRow("census dissolve, election weights")
            << 5 << true << R"({"from": {"dissolve": "stadtteil"}, "method": "weights",
                  "weights": {"election": "2024", "figure": "electorate"},
                  "counts": ["hh", "hh_1p"], "rates": {"share_hh_1p": ["hh_1p", "hh"]}})";
        QTest::newRow("census prefix by area")
            << 6 << true
            << R"({"from": {"dissolve": "pc6", "prefix": 4}, "method": "area", "counts": ["pop"]})";
        QTest::newRow("census postal only: nothing") << 2 << true << "";
        QTest::newRow("nothing") << 99 << false << "";
    }
    void reconcileJson() {
        QFETCH(int, which);
        QFETCH(bool, census);
        QFETCH(QString, expected);
        ProjectInput in;
        in.boundaries = "/d/areas.gpkg";
        in.boundaryLayer = "wb_2024";
        in.boundaryKey = "wb";
        for (const char* label : {"2019", "2024"}) {
            ElectionInput e;
            e.label = label;
            e.path = std::string("/d/") + label + ".csv";
            e.key = "code";
            e.electorate = "electorate";
            e.valid = "valid";
            e.parties = {"a", "b"};
            in.elections.push_back(e);
        }
        CensusInput c;
        c.path = "/d/stats.csv";
        c.key = "stadtteil";
        in.census = {c};
        in.party = "a";
        in.from = "2019";
        in.to = "2024";
        (census ? in.census[0].reconcile : in.elections[0].reconcile) = reconcileCase(which);
        const auto j = nlohmann::json::parse(projectJson(in));
        QCOMPARE(QString::fromStdString(j["boundaries"].value("layer", "")),
                 QStringLiteral("wb_2024"));
        const nlohmann::json& src = census ? j["census"][0] : j["elections"][0];
        if (expected.isEmpty()) {
            QVERIFY(!src.contains("reconcile"));
        } else {
            QVERIFY(src.contains("reconcile"));
            const auto want = nlohmann::json::parse(expected.toStdString());
            QVERIFY2(src["reconcile"] == want, src["reconcile"].dump().c_str());
            // the key order of the hand-written examples (from, method, weights, postal, ...)
            QCOMPARE(QString::fromStdString(nlohmann::ordered_json::parse(projectJson(
                         in))[census ? "census" : "elections"][0]["reconcile"]
                                                .dump()),
                     QString::fromStdString(
                         nlohmann::ordered_json::parse(expected.toStdString()).dump()));
        }
        QTemporaryDir dir;
        auto built = buildProject(in, dir.filePath(QStringLiteral("p.json")).toStdString());
        QVERIFY2(built.ok(), built.ok() ? "" : built.error().c_str());
    }

    /// Postal rows, their parent and the ballots-issued column, guessed from the published
    /// files (Dresden: `brief` rows with electorate 0 in every Stadtteil; Karlsruhe: one
    /// city-wide postal row whose Stadtteil reads "Briefwahl", so no parent).
    void postalGuess_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QString>("by");
        QTest::addColumn<int>("postalRows");
        QTest::newRow("Dresden 2019") << kDd + "/elections/2019_landtag.csv"
                                      << "stadtteil"
                                      << "electorate_postal_ballot_issued" << 139;
        QTest::newRow("Dresden 2024") << kDd + "/elections/2024_landtag.csv"
                                      << "stadtteil"
                                      << "electorate_postal_ballot_issued" << 214;
        QTest::newRow("Karlsruhe 2017") << kKa + "/elections/2017.csv"
                                        << ""
                                        << "" << 1;
    }
    void postalGuess() {
        QFETCH(QString, file);
        QFETCH(QString, parent);
        QFETCH(QString, by);
        QFETCH(int, postalRows);
        auto t = readTablePreview(file.toStdString());
        QVERIFY2(t.ok(), t.ok() ? "" : t.error().c_str());
        std::vector<std::string> polygonKeys; // the polling rows' own codes
        const int kc = t->columnIndex("code"), hc = t->columnIndex("has_polygon");
        for (std::size_t r = 0; r < t->rowCount(); ++r)
            if (t->cells[std::size_t(hc)][r] == "1")
                polygonKeys.push_back(normaliseKey(t->cells[std::size_t(kc)][r]));
        const ElectionInput e = guessElection(polygonKeys, *t, file.toStdString());
        QCOMPARE(e.electorate, std::string("electorate"));
        const PostalGuess g = guessPostal(*t, e, polygonKeys);
        QVERIFY(g.found);
        QCOMPARE(g.typeColumn, std::string("district_type"));
        QCOMPARE(g.postalValue, std::string("brief"));
        QCOMPARE(QString::fromStdString(g.parent), parent);
        if (!parent.isEmpty()) QCOMPARE(QString::fromStdString(g.by), by);
        ReconcileInput r;
        r.postal = true;
        r.typeColumn = g.typeColumn;
        r.postalValue = g.postalValue;
        r.parent = g.parent;
        r.by = g.by;
        const ReconcilePreview p =
            previewReconcile(*t, e.key, e.pad, e.unpad, {}, e.electorate, r, polygonKeys);
        QCOMPARE(int(p.postalRows), postalRows);
        QCOMPARE(p.parentsWithoutPolling, std::size_t(0));
        QCOMPARE(p.keysFound, p.keys); // every polling row has its polygon
        // Without the type column: the same rows, found by no polygon and electorate 0.
        r.typeColumn.clear();
        const ReconcilePreview q =
            previewReconcile(*t, e.key, e.pad, e.unpad, {}, e.electorate, r, polygonKeys);
        QCOMPARE(int(q.postalRows), postalRows);
    }

    /// A table without a type column: postal rows are the keys without polygon and electorate
    /// 0; one parent has no polling row (its postal votes would be lost, and the preview says).
    void postalWithoutTypeColumn() {
        const Table t = makeTable({"code", "ward", "electorate", "voters", "valid", "x"},
                                  {{"1", "N", "100", "60", "59", "59"},
                                   {"2", "N", "120", "70", "70", "70"},
                                   {"3", "S", "90", "50", "50", "50"},
                                   {"P1", "N", "0", "40", "40", "40"},
                                   {"P2", "S", "0", "30", "30", "30"},
                                   {"P3", "E", "0", "5", "5", "5"}});
        const std::vector<std::string> polygons = {"1", "2", "3"};
        const ElectionInput e = guessElection(polygons, t, "/x/t.csv");
        const PostalGuess g = guessPostal(t, e, polygons);
        QVERIFY(g.found);
        QVERIFY(g.typeColumn.empty());
        QCOMPARE(g.parent, std::string()); // "E" has no polling row: no column covers them all
        ReconcileInput r;
        r.postal = true;
        r.parent = "ward";
        const ReconcilePreview p =
            previewReconcile(t, "code", 0, false, {}, "electorate", r, polygons);
        QCOMPARE(p.postalRows, std::size_t(3));
        QCOMPARE(p.parents, std::size_t(3));
        QCOMPARE(p.parentsWithoutPolling, std::size_t(1));
        QCOMPARE(p.keys, std::size_t(3));
        QCOMPARE(p.keysFound, std::size_t(3));
    }

    /// Rates are found as a ratio of two counts in every row (to the published rounding); a
    /// percentage or a column that is no ratio is not.
    void rates() {
        const Table t = makeTable(
            {"id", "hh", "hh_1p", "persons", "share_1p", "size", "pct_1p", "other", "district"},
            {{"a", "1224", "831", "1757", "0.6789", "1.435", "67.89", "0.5", "0101"},
             {"b", "3926", "2702", "5680", "0.6882", "1.447", "68.82", "0.1", "0102"},
             {"c", "100", "12", "250", "0.12", "2.5", "12", "0.7", "0201"},
             {"d", "50", "10", "140", "0.2", "2.8", "20", "0.2", "0202"}});
        const auto counts = countColumns(t, "id");
        // named like rates (share, pct), key-like or codes with leading zeros: no counts;
        // "size" and "other" may be
        QCOMPARE(counts, (std::vector<std::string>{"hh", "hh_1p", "persons", "size", "other"}));
        const auto r = guessRates(t, {"share_1p", "size", "pct_1p", "other", "hh"}, counts);
        QCOMPARE(r.size(), std::size_t(2));
        QCOMPARE(r[0].first, std::string("share_1p"));
        QCOMPARE(r[0].second, (std::pair<std::string, std::string>{"hh_1p", "hh"}));
        QCOMPARE(r[1].first, std::string("size"));
        QCOMPARE(r[1].second, (std::pair<std::string, std::string>{"persons", "hh"}));
    }

    /// Figures per Stadtteil on the 2024 polling districts: the districts' own `stadtteil`
    /// field groups them (61 of 61), found before the 2-character code prefix.
    void dissolveGuess() {
        auto b = previewBoundaries((kDd + "/boundaries/dresden_wahlbezirke.gpkg").toStdString(),
                                   "wb_ltw2024");
        QVERIFY2(b.ok(), b.ok() ? "" : b.error().c_str());
        QCOMPARE(b->layers, (std::vector<std::string>{"wb_ltw2019", "wb_ltw2024", "wb_ew2024"}));
        QCOMPARE(b->layer, std::string("wb_ltw2024"));
        QCOMPARE(b->features, std::size_t(399));
        auto t = readTablePreview((kDd + "/covariates/stadtteil_2019.csv").toStdString());
        QVERIFY2(t.ok(), t.ok() ? "" : t.error().c_str());
        const DissolveGuess g = guessDissolve(b->attributes, "wb", *t);
        QCOMPARE(g.field, std::string("stadtteil"));
        QCOMPARE(g.prefix, 0);
        QCOMPARE(g.key.column, std::string("stadtteil"));
        QCOMPARE(g.key.matched, std::size_t(61));
        QCOMPARE(dissolvedKeys(b->attributes, "stadtteil", 0).size(), std::size_t(61));
        // The first layer is read when none is named.
        auto first =
            previewBoundaries((kDd + "/boundaries/dresden_wahlbezirke.gpkg").toStdString());
        QVERIFY(first.ok());
        QCOMPARE(first->layer, std::string("wb_ltw2019"));
        QCOMPARE(first->features, std::size_t(365));
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
