// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonschema.h"
#include "core/project.h"

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
        QTest::newRow("wrong type") << "\"parties\": [\"X\", \"Y\"]},"
                                    << "\"parties\": \"X\"},"
                                    << "$.elections[0].parties: expected array, found string";
        QTest::newRow("unknown label") << "\"from\": \"A\""
                                       << "\"from\": \"Z\""
                                       << "no election is labelled \"Z\"";
        QTest::newRow("negative minimum") << "\"min_households\": 8"
                                          << "\"min_households\": -1"
                                          << "$.privacy.min_households: must be at least 0";
        QTest::newRow("swing needs versus") << "\"to\": \"B\","
                                            << "\"to\": \"B\", \"outcome\": \"butler_swing\","
                                            << "needs the other party in \"versus\"";
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

    void outcomeMayBeACensusColumn() {
        QString text = kMinimal;
        text.replace("\"to\": \"B\",", "\"to\": \"B\", \"outcome\": \"pct_turnout_2024\",");
        auto p = parseProject(text.toStdString(), "p.json");
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().c_str());
        QCOMPARE(p->analysis.outcome, Outcome::Column);
        QCOMPARE(p->analysis.outcomeColumn, std::string("pct_turnout_2024"));
        QCOMPARE(outcomeName(p->analysis), std::string("pct_turnout_2024"));
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
