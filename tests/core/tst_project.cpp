// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonschema.h"
#include "core/project.h"
#include "core/projectpaths.h"

#include <QtTest>
#include <nlohmann/json.hpp>

using namespace swingmap;

namespace {
const char* kMinimal = R"({
  "title": "t",
  "boundaries": {"path": "b.gpkg", "key": "code"},
  "elections": [
    {"label": "A", "path": "a.csv", "key": "code", "valid": "valid", "parties": ["X", "Y"]},
    {"label": "B", "path": "sub/b.csv", "key": "code", "valid": "valid", "parties": ["X", "Y"]}],
  "census": [{"path": "/abs/c.csv", "key": "code"}],
  "analysis": {"party": "X", "from": "A", "to": "B", "covariates": ["c1"]},
  "privacy": {"min_households": 8, "households": "hh"}
})";
} // namespace

class TestProject : public QObject {
    Q_OBJECT
private slots:
    void parsesAndResolvesPaths() {
        auto p = parseProject(kMinimal, "/data/proj/p.json");
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().c_str());
        QCOMPARE(QString::fromStdString(p->boundaries.path), QString("/data/proj/b.gpkg"));
        QCOMPARE(QString::fromStdString(p->elections[1].source.path),
                 QString("/data/proj/sub/b.csv"));
        QCOMPARE(QString::fromStdString(p->census[0].path), QString("/abs/c.csv"));
        QCOMPARE(p->analysis.weights, std::string("valid"));
        QCOMPARE(p->analysis.outcome, Outcome::ShareChange);
        QCOMPARE(p->analysis.privacy.minHouseholds, 8.0);
        QCOMPARE(p->analysis.privacy.minVoters, 10.0);
        QCOMPARE(p->households, std::string("hh"));
    }

    void errors_data() {
        QTest::addColumn<QString>("edit"); // python-like: replace first arg by second
        QTest::addColumn<QString>("with");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("syntax") << "\"title\": \"t\","
                                << "\"title\": \"t\""
                                << "line 3, column";
        QTest::newRow("missing key") << "\"key\": \"code\"},"
                                     << "\"keyy\": \"code\"},"
                                     << "$.boundaries: the required key \"key\" is missing";
        QTest::newRow("outcome not a string")
            << "\"to\": \"B\","
            << "\"to\": \"B\", \"outcome\": 5,"
            << "$.analysis.outcome: expected string, found integer";
        QTest::newRow("wrong type")
            << "\"parties\": [\"X\", \"Y\"]},"
            << "\"parties\": \"X\"},"
            << "$.elections[0].parties: expected [\"array\",\"object\"], found string";
        QTest::newRow("unknown label") << "\"from\": \"A\""
                                       << "\"from\": \"Z\""
                                       << "no election is labelled \"Z\"";
        QTest::newRow("negative minimum") << "\"min_households\": 8"
                                          << "\"min_households\": -1"
                                          << "$.privacy.min_households: must be at least 0";
        QTest::newRow("swing needs versus") << "\"to\": \"B\","
                                            << "\"to\": \"B\", \"outcome\": \"butler_swing\","
                                            << "needs the other party in \"versus\"";
        QTest::newRow("filter in a wide table")
            << "\"valid\": \"valid\", \"parties\": [\"X\", \"Y\"]},\n    {\"label\": \"B\""
            << "\"valid\": {\"kind\": \"valid\"}, \"parties\": [\"X\"]},\n    {\"label\": \"B\""
            << "a filter only works with \"format\": \"long\"";
        QTest::newRow("long without party_column") << "\"label\": \"A\","
                                                   << "\"label\": \"A\", \"format\": \"long\","
                                                   << "a long table needs \"party_column\"";
        QTest::newRow("keep without others") << "\"label\": \"A\","
                                             << "\"label\": \"A\", \"keep\": [\"X\"],"
                                             << "\"keep\" only makes sense with \"others\"";
        QTest::newRow("bad filter condition")
            << "\"label\": \"A\","
            << "\"label\": \"A\", \"rows\": {\"kind\": {\"is\": \"x\"}},"
            << "$.elections[0].rows.kind.is: unknown key";
        QTest::newRow("pad must be positive") << "\"label\": \"A\","
                                              << "\"label\": \"A\", \"pad\": 0,"
                                              << "$.elections[0].pad: must be at least 1";
        QTest::newRow("gwr coordinates without y")
            << "\"covariates\": [\"c1\"]}"
            << "\"covariates\": [\"c1\"], \"gwr\": {\"coordinates\": {\"x\": \"X\"}}}"
            << "$.analysis.gwr.coordinates: the required key \"y\" is missing";
        QTest::newRow("gwr coordinates unknown")
            << "\"covariates\": [\"c1\"]}"
            << "\"covariates\": [\"c1\"], \"gwr\": {\"coordinates\": \"middle\"}}"
            << "$.analysis.gwr.coordinates: \"middle\" is not one of [\"centroid\",\"inside\"]";
        QTest::newRow("from without to") << "\"from\": \"A\", \"to\": \"B\","
                                         << "\"from\": \"A\", \"outcome\": \"c1\","
                                         << "the required key \"to\" is missing";
        // found by tests/fuzz/fuzz_project: 3000000000 was read as a negative int, 1500000000
        // padded every key to 1.5 GB
        QTest::newRow("pad too large") << "\"label\": \"A\","
                                       << "\"label\": \"A\", \"pad\": 3000000000,"
                                       << "$.elections[0].pad: must be at most 64";
        QTest::newRow("k beyond an int") << "\"covariates\": [\"c1\"]"
                                         << "\"covariates\": [\"c1\"], \"spatial_weights\": "
                                            "{\"type\": \"knn\", \"k\": 4294967297}"
                                         << "$.analysis.spatial_weights.k: must be at most";
        // found by tests/fuzz/fuzz_project: nlohmann throws out_of_range, not parse_error
        QTest::newRow("number too large") << "\"min_households\": 8"
                                          << "\"min_households\": 1e400"
                                          << "line 9, column 33: the number 1e400 is too large";
    }
    void errors() {
        QFETCH(QString, edit);
        QFETCH(QString, with);
        QFETCH(QString, phrase);
        QString text = kMinimal;
        QVERIFY(text.contains(edit));
        text.replace(text.indexOf(edit), edit.size(), with);
        auto p = parseProject(text.toStdString(), "p.json");
        QVERIFY(!p.ok());
        QVERIFY2(QString::fromStdString(p.error()).contains(phrase), p.error().c_str());
    }

    // reconcile on election A: each row's object replaces {} in "reconcile": {}; the message
    // must name the field (its JSON path) and say what to do
    void reconcileErrors_data() {
        QTest::addColumn<QString>("reconcile");
        QTest::addColumn<QString>("phrase");
        const QString from = R"({"from": {"path": "old.gpkg", "key": "wb"}, )";
        auto row = [](const char* tag, const QString& r, const char* phrase) {
            QTest::newRow(tag) << r << QString(phrase);
        };
        row("bad method", R"({"method": "areal"})",
            R"($.elections[0].reconcile.method: "areal" is not one of ["area","weights"])");
        row("weights method without weights", from + R"("method": "weights"})",
            "$.elections[0].reconcile.weights: \"method\": \"weights\" needs the weights");
        row("weights without method", from + R"("weights": {"path": "w.gpkg"}})",
            "$.elections[0].reconcile.method: weights are given, so set \"method\": \"weights\"");
        row("weights missing path", from + R"("method": "weights", "weights": {"count": "pop"}})",
            "$.elections[0].reconcile.weights: the required key \"path\" is missing");
        row("weights election without figure",
            from + R"("method": "weights", "weights": {"election": "B"}})",
            "$.elections[0].reconcile.weights: the required key \"figure\" is missing");
        row("weights unknown key",
            from + R"("method": "weights", "weights": {"path": "w.gpkg", "colum": "n"}})",
            "$.elections[0].reconcile.weights.colum: unknown key");
        row("weight points and layer",
            from + R"("method": "weights", "weights": {"path": "w.csv", "layer": "addr",
                       "x": "lon", "y": "lat", "crs": "EPSG:4326"}})",
            "$.elections[0].reconcile.weights.layer: \"x\" and \"y\" name the coordinate columns");
        row("weight points x without y",
            from + R"("method": "weights", "weights": {"path": "w.csv", "x": "lon",
                       "crs": "EPSG:4326"}})",
            "$.elections[0].reconcile.weights.y: the weight points are read from coordinate "
            "columns, so name both \"x\" and \"y\"");
        row("weight points without crs",
            from + R"("method": "weights", "weights": {"path": "w.csv", "x": "e", "y": "n"}})",
            "$.elections[0].reconcile.weights.crs: a text file of weight points carries no CRS");
        row("weights without from", R"({"method": "weights", "weights": {"path": "w.gpkg"}})",
            "$.elections[0].reconcile: weights need \"from\"");
        row("unknown postal key", R"({"postal": {"parent": "stadtteil", "bye": "issued"}})",
            "$.elections[0].reconcile.postal.bye: unknown key");
        row("postal type without value", R"({"postal": {"type_column": "district_type"}})",
            "$.elections[0].reconcile.postal: \"type_column\" and \"postal_value\" go together");
        row("stations without key",
            R"({"from": {"stations": {"path": "s.gpkg"}, "clip": {"path": "c.gpkg"}}})",
            "$.elections[0].reconcile.from.stations: the required key \"key\" is missing");
        row("stations without clip", R"({"from": {"stations": {"path": "s.gpkg", "key": "id"}}})",
            "$.elections[0].reconcile.from: the required key \"clip\" is missing");
        row("stations and path",
            R"({"from": {"path": "s.gpkg", "key": "id", "stations": {"path": "s.gpkg",
                "key": "id"}, "clip": {"dissolve": "st"}}})",
            // the layer form of "from" is named first: the stations' keys are unknown to it
            "$.elections[0].reconcile.from.clip: unknown key");
        row("stations points and layer",
            R"({"from": {"stations": {"path": "s.csv", "key": "id", "layer": "st", "x": "e",
                "y": "n", "crs": "EPSG:25833"}, "clip": {"dissolve": "st"}}})",
            "$.elections[0].reconcile.from.stations.layer: \"x\" and \"y\" name the coordinate "
            "columns of a CSV/text file of polling stations");
        row("stations x/y without crs",
            R"({"from": {"stations": {"path": "s.csv", "key": "id", "x": "e", "y": "n"},
                "clip": {"dissolve": "st"}}})",
            "$.elections[0].reconcile.from.stations.crs: a text file of polling stations "
            "carries no CRS");
        row("stations area without clip key",
            R"({"from": {"stations": {"path": "s.gpkg", "key": "id", "area": "ward"},
                "clip": {"path": "wards.gpkg"}}})",
            "$.elections[0].reconcile.from.clip.key: the stations name the area they serve");
        row("clip both path and dissolve",
            R"({"from": {"stations": {"path": "s.gpkg", "key": "id"},
                "clip": {"path": "wards.gpkg", "dissolve": "st"}}})",
            "$.elections[0].reconcile.from.clip");
    }
    void reconcileErrors() {
        QFETCH(QString, reconcile);
        QFETCH(QString, phrase);
        QString text = kMinimal;
        const QString edit = "\"label\": \"A\",";
        text.replace(text.indexOf(edit), edit.size(), edit + " \"reconcile\": " + reconcile + ",");
        auto p = parseProject(text.toStdString(), "p.json");
        QVERIFY(!p.ok());
        QVERIFY2(QString::fromStdString(p.error()).contains(phrase), p.error().c_str());
    }

    // the new reconcile sources are read, resolved, listed among the project's inputs (outside
    // its folder too) and given the project's limits
    void reconcileSourcesParsed() {
        QString text = kMinimal;
        const QString edit = "\"label\": \"A\",";
        text.replace(text.indexOf(edit), edit.size(),
                     edit + R"( "reconcile": {"from": {"stations": {"path": "st.csv", "key": "id",
                 "x": "e", "y": "n", "crs": "EPSG:25833", "area": "ward"},
                 "clip": {"path": "/other/wards.gpkg", "layer": "w", "key": "code"}},
                 "method": "weights", "weights": {"path": "addr.gpkg", "layer": "a"}},)");
        text.replace("\"privacy\"", "\"limits\": {\"max_features\": 77},\n  \"privacy\"");
        auto p = parseProject(text.toStdString(), "/data/proj/p.json");
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().c_str());
        const ReconcileSpec& r = p->elections[0].reconcile;
        QVERIFY(r.moves());
        QCOMPARE(r.stations.path, std::string("/data/proj/st.csv"));
        QCOMPARE(r.stations.key, std::string("id"));
        QCOMPARE(r.stationsX, std::string("e"));
        QCOMPARE(r.stationsY, std::string("n"));
        QCOMPARE(r.stationsArea, std::string("ward"));
        QCOMPARE(r.stations.crs, std::string("EPSG:25833"));
        QCOMPARE(r.clip.path, std::string("/other/wards.gpkg"));
        QCOMPARE(r.clip.key, std::string("code"));
        QVERIFY(r.clipDissolve.empty());
        QCOMPARE(r.weights.path, std::string("/data/proj/addr.gpkg"));
        QVERIFY(r.weightsCount.empty()); // every point counts 1
        for (const SourceSpec* s : {&r.stations, &r.clip, &r.weights})
            QCOMPARE(s->input.maxFeatures, std::uint64_t(77));
        const auto inputs = projectInputs(*p);
        std::vector<std::string> keys;
        for (const auto& in : inputs)
            keys.push_back(in.key);
        for (const char* k :
             {"$.elections[0].reconcile.from.stations.path",
              "$.elections[0].reconcile.from.clip.path", "$.elections[0].reconcile.weights.path"})
            QVERIFY2(std::find(keys.begin(), keys.end(), k) != keys.end(), k);
        const auto outside = inputsToConfirm(*p);
        QVERIFY(std::any_of(outside.begin(), outside.end(), [](const InputFile& in) {
            return in.role == "election A reconcile from clip" && in.path == "/other/wards.gpkg";
        }));
    }

    // a reconcile layer on the network is refused like any other source
    void reconcileRemoteRefused() {
        QString text = kMinimal;
        const QString edit = "\"label\": \"A\",";
        // (a plain literal: moc reads "//" inside a raw string as a comment)
        text.replace(text.indexOf(edit), edit.size(),
                     edit + " \"reconcile\": {\"from\": {\"path\": \"old.gpkg\", \"key\": "
                            "\"wb\"}, \"method\": \"weights\", \"weights\": {\"path\": "
                            "\"https://example.org/a.gpkg\"}},");
        auto p = parseProject(text.toStdString(), "/data/proj/p.json");
        QVERIFY(!p.ok());
        QVERIFY2(QString::fromStdString(p.error()).contains(
                     "$.elections[0].reconcile.weights.path: \"https://example.org/"),
                 p.error().c_str());
    }

    void boundariesIgnoreTableKeys() {
        // found by tests/fuzz/fuzz_project: "rows": 5 on the boundaries (where the schema does not
        // check table keys) threw from the filter reader
        QString text = kMinimal;
        const QString edit = "\"key\": \"code\"},\n  \"elections\"";
        QVERIFY(text.contains(edit));
        text.replace(edit, "\"key\": \"code\", \"rows\": 5, \"separator\": 1, \"skip_rows\": "
                           "\"x\"},\n  \"elections\"");
        auto p = parseProject(text.toStdString(), "/data/proj/p.json");
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().c_str());
        QVERIFY(p->boundaries.rows.empty());
        QCOMPARE(p->boundaries.skipRows, std::size_t(0));
    }

    void archivePathsAreRelativeToTheProject() {
        QString text = kMinimal;
        text.replace("\"path\": \"b.gpkg\"", "\"path\": \"/vsizip/data/b.zip/b.shp\"");
        text.replace("\"path\": \"/abs/c.csv\"", "\"path\": \"/vsizip//abs/c.zip/c.csv\"");
        auto p = parseProject(text.toStdString(), "/data/proj/p.json");
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().c_str());
        QCOMPARE(QString::fromStdString(p->boundaries.path),
                 QString("/vsizip//data/proj/data/b.zip/b.shp"));
        QCOMPARE(QString::fromStdString(p->census[0].path), QString("/vsizip//abs/c.zip/c.csv"));
    }

    void gwrCoordinates() {
        QString text = kMinimal;
        text.replace("\"covariates\": [\"c1\"]}",
                     "\"covariates\": [\"c1\"], \"gwr\": {\"coordinates\": {\"x\": \"E\", "
                     "\"y\": \"N\"}, \"search_sample\": 0}}");
        auto p = parseProject(text.toStdString(), "p.json");
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().c_str());
        QCOMPARE(p->analysis.gwrPoints, std::string("columns"));
        QCOMPARE(p->analysis.gwrX, std::string("E"));
        QCOMPARE(p->analysis.gwrY, std::string("N"));
        QCOMPARE(p->analysis.gwr.searchSample, 0);
        text = kMinimal;
        text.replace("\"covariates\": [\"c1\"]}",
                     "\"covariates\": [\"c1\"], \"gwr\": {\"coordinates\": \"inside\"}}");
        p = parseProject(text.toStdString(), "p.json");
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().c_str());
        QCOMPARE(p->analysis.gwrPoints, std::string("inside"));
    }

    void outcomeMayBeACensusColumn() {
        QString text = kMinimal;
        text.replace("\"to\": \"B\",", "\"to\": \"B\", \"outcome\": \"pct_turnout_2024\",");
        auto p = parseProject(text.toStdString(), "p.json");
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().c_str());
        QCOMPARE(p->analysis.outcome, Outcome::Column);
        QCOMPARE(p->analysis.outcomeColumn, std::string("pct_turnout_2024"));
        QCOMPARE(outcomeName(p->analysis), std::string("pct_turnout_2024"));
    }

    void sourceKeys() {
        QString text = kMinimal;
        text.replace(
            R"({"label": "A", "path": "a.csv", "key": "code", "valid": "valid", "parties": ["X", "Y"]})",
            R"({"label": "A", "path": "a.csv", "key": "code", "valid": "valid",
                         "parties": ["X", "Y", "Z"], "encoding": "Latin-1", "separator": ";",
                         "skip_rows": 2, "header_rows": 3, "decimal": ",", "unpad": true,
                         "pad": 3, "duplicates": "sum", "name": "gebiet",
                         "rows": {"level": "district", "kind": ["a", "b"], "vote": {"not": ""}},
                         "rename": {"Y": "W"}, "merge": {"U": ["X"]}, "others": "O",
                         "keep": ["Z"]})");
        auto p = parseProject(text.toStdString(), "p.json");
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().c_str());
        const ElectionSpec& e = p->elections[0];
        QCOMPARE(e.source.encoding, std::string("Latin-1"));
        QCOMPARE(e.source.separator, ';');
        QCOMPARE(e.source.skipRows, std::size_t(2));
        QCOMPARE(e.source.headerRows, std::size_t(3));
        QCOMPARE(e.source.decimal, ',');
        QVERIFY(e.source.unpad);
        QCOMPARE(e.source.pad, 3);
        QVERIFY(e.source.sumDuplicates);
        QCOMPARE(e.source.name, std::string("gebiet"));
        QCOMPARE(e.source.rows.size(), std::size_t(3));
        // nlohmann keeps object keys sorted
        QCOMPARE(e.source.rows[0].column, std::string("kind"));
        QCOMPARE(e.source.rows[0].values, (std::vector<std::string>{"a", "b"}));
        QCOMPARE(e.source.rows[2].column, std::string("vote"));
        QVERIFY(e.source.rows[2].negate);
        QCOMPARE(e.source.rows[2].values, std::vector<std::string>{""});
        QCOMPARE(e.mapping.rename.at("Y"), std::string("W"));
        QCOMPARE(e.mapping.merge.at("U"), std::vector<std::string>{"X"});
        QCOMPARE(e.mapping.others, std::string("O"));
        QCOMPARE(e.mapping.keep, std::vector<std::string>{"Z"});
        // defaults: detect the dialect, report duplicates
        const SourceSpec& b = p->elections[1].source;
        QCOMPARE(b.decimal, '\0');
        QCOMPARE(b.separator, '\0');
        QCOMPARE(b.headerRows, std::size_t(1));
        QVERIFY(!b.sumDuplicates && !b.unpad && b.pad == 0 && b.rows.empty());
    }

    void longFormat() {
        QString text = kMinimal;
        text.replace(
            R"({"label": "A", "path": "a.csv", "key": "code", "valid": "valid", "parties": ["X", "Y"]})",
            R"({"label": "A", "path": "a.csv", "key": "code", "format": "long",
                         "party_column": "group", "value": "count",
                         "electorate": {"group": "Electorate"},
                         "valid": {"group": "Valid", "vote": "2"},
                         "parties": {"type": "party", "vote": "2"}})");
        auto p = parseProject(text.toStdString(), "p.json");
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().c_str());
        const ElectionSpec& e = p->elections[0];
        QVERIFY(e.longFormat);
        QCOMPARE(e.longSpec.partyColumn, std::string("group"));
        QCOMPARE(e.longSpec.value, std::string("count"));
        QVERIFY(e.longSpec.hasElectorate);
        QVERIFY(!e.longSpec.hasVoters);
        QCOMPARE(e.longSpec.valid.size(), std::size_t(2));
        QCOMPARE(e.longSpec.parties[0].column, std::string("type"));
        QCOMPARE(e.longSpec.parties[0].values, std::vector<std::string>{"party"});
        QVERIFY(!p->elections[1].longFormat);
    }

    void electionCount_data() {
        QTest::addColumn<QString>("elections");
        QTest::addColumn<QString>("analysis");
        QTest::addColumn<QString>("phrase"); // "" = valid
        const QString e1 =
            R"({"label": "A", "path": "a.csv", "key": "k", "valid": "v", "parties": ["X"]})";
        const QString e2 =
            R"({"label": "B", "path": "b.csv", "key": "k", "valid": "v", "parties": ["X"]})";
        const QString e3 =
            R"({"label": "C", "path": "c.csv", "key": "k", "valid": "v", "parties": ["X"]})";
        QTest::newRow("none, census outcome") << ""
                                              << R"({"outcome": "c1"})"
                                              << "";
        QTest::newRow("none, change measure") << ""
                                              << R"({"party": "X", "from": "A", "to": "B"})"
                                              << "needs two elections, but the project has none";
        QTest::newRow("none, default outcome") << ""
                                               << R"({})"
                                               << "the required key \"party\" is missing";
        QTest::newRow("none, weights by votes") << ""
                                                << R"({"outcome": "c1", "weights": "valid"})"
                                                << "no votes to weight by";
        QTest::newRow("one, census outcome") << e1 << R"({"outcome": "c1"})"
                                             << "";
        QTest::newRow("one, same election twice")
            << e1 << R"({"party": "X", "from": "A", "to": "A"})"
            << "name the same election";
        QTest::newRow("two") << e1 + "," + e2 << R"({"party": "X", "from": "A", "to": "B"})"
                             << "";
        QTest::newRow("three, later pair")
            << e1 + "," + e2 + "," + e3 << R"({"party": "X", "from": "B", "to": "C"})"
            << "";
        QTest::newRow("three, first and last")
            << e1 + "," + e2 + "," + e3
            << R"({"party": "X", "from": "A", "to": "C", "backtest": "B"})"
            << "";
        QTest::newRow("three, unknown label")
            << e1 + "," + e2 + "," + e3 << R"({"party": "X", "from": "A", "to": "D"})"
            << "no election is labelled \"D\"";
    }
    void electionCount() {
        QFETCH(QString, elections);
        QFETCH(QString, analysis);
        QFETCH(QString, phrase);
        const QString text =
            R"({"boundaries": {"path": "b.gpkg", "key": "k"},)" +
            (elections.isEmpty() ? QString() : "\"elections\": [" + elections + "],") +
            "\"analysis\": " + analysis + "}";
        auto p = parseProject(text.toStdString(), "p.json");
        if (phrase.isEmpty()) {
            QVERIFY2(p.ok(), p.ok() ? "" : p.error().c_str());
            if (p->elections.empty()) QCOMPARE(p->analysis.weights, std::string("none"));
        } else {
            QVERIFY(!p.ok());
            QVERIFY2(QString::fromStdString(p.error()).contains(phrase), p.error().c_str());
        }
    }

    void missingFile() {
        auto p = loadProject("/nonexistent/project.json");
        QVERIFY(!p.ok());
        QVERIFY(QString::fromStdString(p.error()).contains("does not exist"));
    }

    void reportSchemaIsItselfValidJson() {
        QVERIFY(reportSchema().contains("properties"));
        QVERIFY(projectSchema().contains("properties"));
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
