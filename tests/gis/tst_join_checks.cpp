// SPDX-License-Identifier: GPL-3.0-or-later
// The join on real and hand-made tables: renumbered constituencies caught by their names, total
// rows of the returning officer's Strukturdaten, row checks, summed duplicates, spreadsheets,
// DBF, GeoPackage attribute tables, Latin-1 CSV, and a project without elections. Shared data is
// read in place; every other table is written by the test into a temporary folder.
#include "app/shared/job.h"
#include "core/project.h"
#include "gis/dataset_loader.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <fstream>
#include <gdal_priv.h>
#include <nlohmann/json.hpp>
#include <ogrsf_frmts.h>

using namespace swingmap;
using nlohmann::json;

namespace {
const std::string kDe = std::string(SHARED_DATA_DIR) + "/de_bundestag_wahlkreise_2021_2025/";
const std::string kShapes = kDe + "boundaries/wkr2025.shp";

json boundaries() {
    return {{"path", kShapes}, {"key", "wkr_id"}, {"name", "name"}};
}

Result<Dataset> load(const json& project, const std::string& file = "/tmp/p.json") {
    auto p = parseProject(project.dump(), file);
    if (!p) return p.takeError();
    Feedback fb;
    gis::LoadTimings tm;
    return gis::loadDataset(*p, fb, tm);
}

void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

/// A table written with GDAL (XLSX, ODS, GPKG, ESRI Shapefile as DBF): `rows[0]` become the
/// field names, the rest features; every field is text.
std::string writeWithGdal(const std::string& driver, const std::string& path,
                          const std::string& layerName,
                          const std::vector<std::vector<std::string>>& rows,
                          const std::vector<std::string>& layerOptions = {}) {
    GDALAllRegister();
    GDALDriver* d = GetGDALDriverManager()->GetDriverByName(driver.c_str());
    if (!d) return "no driver " + driver;
    GDALDatasetUniquePtr ds(d->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds) return "cannot create " + path;
    std::vector<const char*> lo;
    for (const auto& o : layerOptions)
        lo.push_back(o.c_str());
    lo.push_back(nullptr);
    OGRLayer* layer =
        ds->CreateLayer(layerName.c_str(), nullptr, wkbNone, const_cast<char**>(lo.data()));
    if (!layer) return "cannot create layer " + layerName;
    for (const auto& name : rows[0]) {
        OGRFieldDefn f(name.c_str(), OFTString);
        if (layer->CreateField(&f) != OGRERR_NONE) return "cannot create field " + name;
    }
    for (std::size_t r = 1; r < rows.size(); ++r) {
        OGRFeature feature(layer->GetLayerDefn());
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            if (!rows[r][c].empty()) feature.SetField(static_cast<int>(c), rows[r][c].c_str());
        if (layer->CreateFeature(&feature) != OGRERR_NONE) return "cannot write a feature";
    }
    return {};
}

const ElectionData& election(const Dataset& d, const std::string& label) {
    return d.elections.at(static_cast<std::size_t>(d.electionIndex(label)));
}

int area(const Dataset& d, const std::string& key) {
    for (std::size_t i = 0; i < d.keys.size(); ++i)
        if (d.keys[i] == key) return static_cast<int>(i);
    return -1;
}

double votes(const Dataset& d, const std::string& label, const std::string& party,
             const std::string& key) {
    const ElectionData& e = election(d, label);
    return e.votes.at(static_cast<std::size_t>(e.partyIndex(party)))
        .at(static_cast<std::size_t>(area(d, key)));
}

/// A small election of our own on the 2025 constituencies: keys 1 … 3, parties A and B.
json smallElection(const std::string& path, const std::string& label = "E") {
    return {{"label", label},       {"path", path},
            {"key", "key"},         {"electorate", "electorate"},
            {"voters", "voters"},   {"valid", "valid"},
            {"parties", {"A", "B"}}};
}
} // namespace

class TestJoinChecks : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    std::string tmp(const std::string& name) { return m_dir.filePath(name.c_str()).toStdString(); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void renumberedConstituenciesAreCaughtByTheirNames() {
        // 2021 results on the 2021 constituencies, numbered 1-299 like 2025's: every key
        // matches, yet many numbers name another place now
        const std::string z = " / Zweitstimmen / Endgültig";
        const json p = {{"boundaries", boundaries()},
                        {"elections",
                         {{{"label", "2021"},
                           {"path", kDe + "raw/btw21_kerg.csv"},
                           {"skip_rows", 2},
                           {"header_rows", 3},
                           {"key", "Nr"},
                           {"unpad", true},
                           {"name", "Gebiet"},
                           {"electorate", "Wahlberechtigte" + z},
                           {"voters", "Wählende" + z},
                           {"valid", "Gültige Stimmen" + z},
                           {"parties", {"Sozialdemokratische Partei Deutschlands" + z}},
                           {"rename", {{"Sozialdemokratische Partei Deutschlands" + z, "SPD"}}}}}},
                        {"analysis", {{"outcome", "x"}}}};
        auto d = load(p);
        QVERIFY2(d.ok(), d.ok() ? "" : d.error().c_str());
        const SourceJoin& s = d->join.sources.at(0);
        QCOMPARE(s.areasWithoutRow, std::size_t(0)); // every constituency has a row
        QVERIFY(s.unmatchedKeys.empty());
        // the 16 Land rows and the Bund row are totals (Land 01 = constituency 1 once unpadded)
        QVERIFY2(s.totalRows >= 15, qPrintable(QString::number(s.totalRows)));
        const std::size_t mismatches = d->join.nameMismatchCount;
        QVERIFY2(mismatches > 150, qPrintable(QString::number(mismatches)));
        bool goslar = false;
        for (const auto& m : d->join.nameMismatches)
            if (m.key == "52") {
                goslar = true;
                QCOMPARE(m.sourceName, std::string("Goslar – Northeim – Osterode"));
                QCOMPARE(m.boundaryName, std::string("Goslar – Northeim – Göttingen II"));
                QCOMPARE(m.source, std::string("election 2021"));
            }
        QVERIFY(goslar);
        // constituency 1 is the constituency's row, not Schleswig-Holstein's
        QCOMPARE(election(*d, "2021").valid[static_cast<std::size_t>(area(*d, "1"))], 178625.0);
        QCOMPARE(votes(*d, "2021", "SPD", "1"), 45508.0);
    }

    void strukturdatenTotalsAndFootnotes() {
        const json p = {{"boundaries", boundaries()},
                        {"census",
                         {{{"path", kDe + "raw/btw25_strukturdaten.csv"},
                           {"key", "Wahlkreis-Nr."},
                           {"name", "Wahlkreis-Name"}}}},
                        {"analysis", {{"outcome", "x"}}}};
        auto d = load(p);
        QVERIFY2(d.ok(), d.ok() ? "" : d.error().c_str());
        const SourceJoin& s = d->join.sources.at(0);
        QCOMPARE(s.matched, std::size_t(299));
        QCOMPARE(s.rows, std::size_t(299));
        QVERIFY(s.unmatchedKeys.empty());
        QCOMPARE(s.totalRows, std::size_t(17));
        QCOMPARE(s.decimal, std::string(","));
        QCOMPARE(s.separator, std::string(";"));
        QCOMPARE(d->join.totalRows.size(), std::size_t(17));
        for (const auto& t : d->join.totalRows) {
            const int k = std::stoi(t.key);
            QVERIFY2((k >= 901 && k <= 916) || k == 999, t.key.c_str());
        }
        // numbers with a decimal comma; the footnote column is text
        const int area = d->covariateIndex("Fläche am 31.12.2023 (km²)");
        QVERIFY(area >= 0);
        QCOMPARE(d->covariates[static_cast<std::size_t>(area)]
                              [static_cast<std::size_t>(::area(*d, "1"))],
                 2128.1);
        QVERIFY(d->categoryIndex("Fußnoten") >= 0);
        QVERIFY(d->covariateIndex("Fußnoten") < 0);
        // the two Brandenburg constituencies named differently in the shapes (README)
        QCOMPARE(d->join.nameMismatchCount, std::size_t(2));
    }

    void rowChecksCountAndDropRows() {
        const std::string csv = tmp("checks.csv");
        writeFile(csv, "key,electorate,voters,valid,A,B\n"
                       "1,1000,800,790,400,390\n"   // fine
                       "2,1000,800,810,400,390\n"   // valid > voters
                       "3,1000,1200,790,400,390\n"  // voters > electorate
                       "4,1000,800,790,400,391\n"   // party votes > valid
                       "5,1000,800,790,-4,390\n"    // negative
                       "6,0,800,790,400,390\n"      // electorate 0 (and voters > electorate)
                       "7,1000,800,790,400,380\n"); // fine
        json p = {{"boundaries", boundaries()},
                  {"elections", {smallElection(csv)}},
                  {"analysis", {{"outcome", "x"}}}};
        auto d = load(p);
        QVERIFY2(d.ok(), d.ok() ? "" : d.error().c_str());
        std::map<std::string, std::size_t> count;
        for (const auto& c : d->join.rowChecks) {
            QCOMPARE(c.source, std::string("election E"));
            count[c.check] = c.count;
            QVERIFY(!c.examples.empty() && c.examples.size() <= 5);
        }
        QCOMPARE(count["valid > voters"], std::size_t(1));
        QCOMPARE(count["voters > electorate"], std::size_t(2));
        QCOMPARE(count["party votes > valid"], std::size_t(1));
        QCOMPARE(count["negative count"], std::size_t(1));
        QCOMPARE(count["electorate not > 0"], std::size_t(1));
        const ElectionData& e = election(*d, "E");
        for (const char* k : {"2", "3", "4", "5", "6"}) {
            const auto i = static_cast<std::size_t>(area(*d, k));
            QVERIFY2(!e.rowProblem[i].empty(), k);
            QVERIFY2(std::isnan(e.valid[i]) && std::isnan(e.votes[0][i]), k);
        }
        for (const char* k : {"1", "7"}) {
            const auto i = static_cast<std::size_t>(area(*d, k));
            QVERIFY2(e.rowProblem[i].empty(), k);
            QCOMPARE(e.valid[i], 790.0);
        }
        QCOMPARE(e.rowProblem[static_cast<std::size_t>(area(*d, "2"))],
                 std::string("valid > voters"));
    }

    void duplicatesReportedOrSummed() {
        const std::string csv = tmp("dups.csv");
        writeFile(csv, "key;electorate;voters;valid;A;B\n"
                       "1;1000;800;790;400;390\n"
                       "2;600;500;490;200;290\n"
                       "2;400;300;300;100;200\n"
                       "3;1000;800;790;400;390\n");
        json p = {{"boundaries", boundaries()},
                  {"elections", {smallElection(csv)}},
                  {"analysis", {{"outcome", "x"}}}};
        auto first = load(p);
        QVERIFY2(first.ok(), first.ok() ? "" : first.error().c_str());
        QCOMPARE(first->join.sources[0].duplicateKeys, std::vector<std::string>{"2"});
        QCOMPARE(votes(*first, "E", "A", "2"), 200.0); // the first row, not summed
        p["elections"][0]["duplicates"] = "sum";
        auto summed = load(p);
        QVERIFY2(summed.ok(), summed.ok() ? "" : summed.error().c_str());
        QVERIFY(summed->join.sources[0].duplicateKeys.empty());
        QCOMPARE(votes(*summed, "E", "A", "2"), 300.0);
        QCOMPARE(election(*summed, "E").electorate[static_cast<std::size_t>(area(*summed, "2"))],
                 1000.0);
    }

    void boundaryKeysPadded() {
        const std::string csv = tmp("padded.csv");
        writeFile(csv, "key,electorate,voters,valid,A,B\n"
                       "001,1000,800,790,400,390\n"
                       "299,1000,800,790,400,390\n");
        json b = boundaries();
        json p = {{"boundaries", b},
                  {"elections", {smallElection(csv)}},
                  {"analysis", {{"outcome", "x"}}}};
        auto plain = load(p);
        QVERIFY2(plain.ok(), plain.ok() ? "" : plain.error().c_str());
        QCOMPARE(plain->join.sources[0].matched, std::size_t(1)); // only "299"
        QCOMPARE(plain->join.paddingHints.at(0).fix, std::string("\"unpad\": true"));
        b["pad"] = 3;
        p["boundaries"] = b;
        auto padded = load(p);
        QVERIFY2(padded.ok(), padded.ok() ? "" : padded.error().c_str());
        QCOMPARE(padded->join.sources[0].matched, std::size_t(2));
        QVERIFY(padded->join.paddingHints.empty());
        QVERIFY(area(*padded, "001") >= 0 && area(*padded, "1") < 0);
    }

    void latin1CsvWithTitlesAndFootnotes() {
        const std::string csv = tmp("latin1.csv");
        writeFile(csv, "Wahlergebnis \xDC"
                       "bersicht\n"
                       "\n"
                       "Nr;Gebiet;Wahlberechtigte;W\xE4hler;G\xFCltige;A;B\n"
                       "001;Flensburg \x96 Schleswig;1.000;800;790;400;390\n"
                       "002;Nordfriesland;2.000;1.600;1.580;800;780\n"
                       "Quelle: Statistisches Amt\n");
        json e = {{"label", "E"},
                  {"path", csv},
                  {"skip_rows", 1},
                  {"key", "Nr"},
                  {"unpad", true},
                  {"name", "Gebiet"},
                  {"electorate", "Wahlberechtigte"},
                  {"voters", "Wähler"},
                  {"valid", "Gültige"},
                  {"parties", {"A", "B"}},
                  {"decimal", ","}};
        json p = {
            {"boundaries", boundaries()}, {"elections", {e}}, {"analysis", {{"outcome", "x"}}}};
        auto d = load(p);
        QVERIFY2(d.ok(), d.ok() ? "" : d.error().c_str());
        const SourceJoin& s = d->join.sources[0];
        QCOMPARE(s.encoding, std::string("Windows-1252 (detected)"));
        QCOMPARE(s.footnoteLines, std::size_t(1));
        QCOMPARE(s.matched, std::size_t(2));
        QCOMPARE(election(*d, "E").electorate[static_cast<std::size_t>(area(*d, "2"))], 2000.0);
        // "Flensburg – Schleswig" in Windows-1252 equals the shapes' name; Nordfriesland differs
        QCOMPARE(d->join.nameMismatchCount, std::size_t(1));
        QCOMPARE(d->join.nameMismatches[0].key, std::string("2"));
    }

    void spreadsheetsDbfAndGeoPackageTables_data() {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("layer"); // "" = the only one
        QTest::addColumn<int>("skip");
        QTest::newRow("XLSX sheet with a title row") << "XLSX"
                                                     << "results.xlsx"
                                                     << "Ergebnis" << 1;
        QTest::newRow("ODS sheet with a title row") << "ODS"
                                                    << "results.ods"
                                                    << "Ergebnis" << 1;
        QTest::newRow("GeoPackage attribute table") << "GPKG"
                                                    << "results.gpkg"
                                                    << "ergebnis" << 0;
        QTest::newRow("DBF") << "ESRI Shapefile"
                             << "results.dbf"
                             << "" << 0;
    }
    void spreadsheetsDbfAndGeoPackageTables() {
        QFETCH(QString, driver);
        QFETCH(QString, file);
        QFETCH(QString, layer);
        QFETCH(int, skip);
        const std::string path = tmp(file.toStdString());
        std::vector<std::vector<std::string>> rows;
        // GDAL writes the field names as a spreadsheet's first row: here, the title row
        if (skip) rows.push_back({"Results of the test election", "c2", "c3", "c4", "c5", "c6"});
        rows.push_back({"key", "electorate", "voters", "valid", "A", "B"});
        rows.push_back({"1", "1000", "800", "790", "400", "390"});
        rows.push_back({"2", "2000", "1600", "1580", "800", "780"});
        const std::string lname =
            layer.isEmpty() ? QFileInfo(file).baseName().toStdString() : layer.toStdString();
        const std::string err = writeWithGdal(driver.toStdString(), path, lname, rows);
        QVERIFY2(err.empty(), err.c_str());
        json e = smallElection(path);
        if (!layer.isEmpty()) e["layer"] = layer.toStdString();
        if (skip) e["skip_rows"] = skip;
        json p = {
            {"boundaries", boundaries()}, {"elections", {e}}, {"analysis", {{"outcome", "x"}}}};
        auto d = load(p);
        QVERIFY2(d.ok(), d.ok() ? "" : d.error().c_str());
        QCOMPARE(d->join.sources[0].matched, std::size_t(2));
        QCOMPARE(votes(*d, "E", "B", "2"), 780.0);
        QCOMPARE(election(*d, "E").electorate[static_cast<std::size_t>(area(*d, "1"))], 1000.0);
        if (!layer.isEmpty()) { // a sheet that is not there lists the sheets
            p["elections"][0]["layer"] = "Missing";
            auto bad = load(p);
            QVERIFY(!bad.ok());
            QVERIFY2(QString::fromStdString(bad.error()).contains("no layer or sheet \"Missing\""),
                     bad.error().c_str());
        }
    }

    void projectWithoutElections() {
        const json p = {{"boundaries", boundaries()},
                        {"census",
                         {{{"path", kDe + "covariates/de_strukturdaten_btw2025_wkr2025.csv"},
                           {"key", "wkr_nr"}}}},
                        {"analysis",
                         {{"outcome", "unemployment_rate"},
                          {"covariates", {"pct_age_60_74", "pct_foreigners"}}}}};
        auto project = parseProject(p.dump(), "/tmp/p.json");
        QVERIFY2(project.ok(), project.ok() ? "" : project.error().c_str());
        QVERIFY(project->elections.empty());
        Feedback fb;
        auto job = runJob(*project, fb);
        QVERIFY2(job.ok(), job.ok() ? "" : job.error().c_str());
        QVERIFY2(job->analysis.model.fitted, job->analysis.model.error.c_str());
        QCOMPARE(job->analysis.model.n, std::size_t(299));
        QCOMPARE(job->analysis.settings.weights, std::string("none"));
    }
};

QTEST_GUILESS_MAIN(TestJoinChecks)
#include "tst_join_checks.moc"
