// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a project back (app/shared/projectfile): the user's JSON survives (unknown keys, order),
// only the edited settings change, invalid documents are refused, Save As keeps relative paths
// pointing at the same files, and stale QSaveFile temporary files are cleaned up.
#include "app/shared/projectfile.h"
#include "core/project.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace swingmap;
namespace pf = swingmap::projectfile;

namespace {

// Keys deliberately out of alphabetical order, with keys SwingMap does not know at three levels.
const char* kProject = R"({
  "zz_note": "kept by hand",
  "title": "Round trip",
  "boundaries": {"path": "data/wards.gpkg", "key": "code", "x_source": "council"},
  "elections": [
    {"label": "2019", "path": "data/e2019.csv", "key": "code", "valid": "valid",
     "parties": ["Red", "Blue", "Green"]},
    {"label": "2024", "path": "../elsewhere/e2024.csv", "key": "code", "valid": "valid",
     "parties": ["Red", "Blue", "Green"]},
    {"label": "2028", "path": "/vsizip/data/e2028.zip/e.csv", "key": "code", "valid": "valid",
     "parties": ["Red", "Blue", "Green"]}
  ],
  "census": [{"path": "/opt/census/c.csv", "key": "code"},
             {"path": "PG:dbname=gis", "layer": "census2", "key": "code"}],
  "analysis": {"to": "2024", "from": "2019", "party": "Red", "custom_flag": [1, 2, 3],
               "weights": "valid", "covariates": ["age", "income"]},
  "labels": {"age": "residents by age"}
}
)";

QByteArray readAll(const QString& file) {
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& file, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile f(file);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

std::vector<std::string> keysOf(const pf::Document& o) {
    std::vector<std::string> keys;
    for (const auto& [k, v] : o.items())
        keys.push_back(k);
    return keys;
}

Project mustLoad(const QString& file) {
    auto p = loadProject(file.toStdString());
    if (!p) qFatal("%s", p.error().c_str());
    return *p;
}

} // namespace

class TestProjectFile : public QObject {
    Q_OBJECT
private slots:
    void roundTripKeepsTheUsersJson();
    void applyAnalysis_data();
    void applyAnalysis();
    void refusesInvalidDocuments();
    void mapShown();
    void saveAsKeepsPathsResolving();
    void staleTempFilesRemoved();
    void unwritableTargetKeepsOldFile();
    void settingsSyncAtomically();
};

void TestProjectFile::roundTripKeepsTheUsersJson() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.json"));
    QVERIFY(writeAll(file, kProject));
    auto doc = pf::readDocument(file);
    QVERIFY2(doc.ok(), doc.ok() ? "" : doc.error().c_str());
    const std::vector<std::string> topKeys = keysOf(*doc);
    AnalysisSettings s = mustLoad(file).analysis;
    s.party = "Blue";
    s.covariates = {"income"};
    const Status st = pf::applyAnalysis(*doc, s, file);
    QVERIFY2(st.ok(), st.ok() ? "" : st.error().c_str());
    const Status saved = pf::saveDocument(*doc, file);
    QVERIFY2(saved.ok(), saved.ok() ? "" : saved.error().c_str());

    auto back = pf::readDocument(file);
    QVERIFY(back.ok());
    const pf::Document& j = *back;
    QCOMPARE(keysOf(j), topKeys);
    QCOMPARE(j["zz_note"].get<std::string>(), std::string("kept by hand"));
    QCOMPARE(j["boundaries"]["x_source"].get<std::string>(), std::string("council"));
    QCOMPARE(j["labels"]["age"].get<std::string>(), std::string("residents by age"));
    const pf::Document& a = j["analysis"];
    QCOMPARE(keysOf(a), (std::vector<std::string>{"to", "from", "party", "custom_flag", "weights",
                                                  "covariates"}));
    QCOMPARE(a["custom_flag"], pf::Document::parse("[1, 2, 3]"));
    QCOMPARE(a["party"].get<std::string>(), std::string("Blue"));
    QCOMPARE(a["covariates"], pf::Document::parse(R"(["income"])"));
    QVERIFY(!a.contains("outcome")); // untouched defaults are not written out
    QVERIFY(!a.contains("models"));
    // Paths are saved as written, not as parseProject resolves them.
    QCOMPARE(j["elections"][1]["path"].get<std::string>(), std::string("../elsewhere/e2024.csv"));
    const Project p = mustLoad(file);
    QCOMPARE(p.analysis.party, std::string("Blue"));
    QCOMPARE(p.analysis.covariates, std::vector<std::string>{"income"});
    // Saving what was read writes the same document again.
    const QByteArray first = readAll(file);
    QVERIFY(pf::saveDocument(*back, file).ok());
    QCOMPARE(readAll(file), first);
    QVERIFY(first.endsWith("}\n"));
}

void TestProjectFile::applyAnalysis_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("key");      // where in the saved analysis to look
    QTest::addColumn<QString>("expected"); // its JSON there
    QTest::newRow("party") << "party"
                           << "/analysis/party"
                           << R"("Green")";
    QTest::newRow("swap elections") << "swap"
                                    << "/analysis/from"
                                    << R"("2024")";
    QTest::newRow("third election") << "to2028"
                                    << "/analysis/to"
                                    << R"("2028")";
    QTest::newRow("no covariates") << "nocov"
                                   << "/analysis/covariates"
                                   << "[]";
    QTest::newRow("weights none") << "weights"
                                  << "/analysis/weights"
                                  << R"("none")";
    QTest::newRow("outcome") << "butler"
                             << "/analysis/outcome"
                             << R"("butler_swing")";
    QTest::newRow("census column outcome") << "column"
                                           << "/analysis/outcome"
                                           << R"("income")";
    QTest::newRow("models") << "models"
                            << "/analysis/models"
                            << R"(["ols","lag","gwr"])";
    QTest::newRow("lisa") << "lisa"
                          << "/analysis/lisa"
                          << "true";
    QTest::newRow("transforms") << "log"
                                << "/analysis/transforms"
                                << R"({"income":"log"})";
    QTest::newRow("knn weights") << "knn"
                                 << "/analysis/spatial_weights"
                                 << R"({"type":"knn","k":8})";
    QTest::newRow("gwr bandwidth") << "gwrk"
                                   << "/analysis/gwr"
                                   << R"({"bandwidth":50})";
    QTest::newRow("gwr columns") << "gwrxy"
                                 << "/analysis/gwr"
                                 << R"({"coordinates":{"x":"east","y":"north"}})";
    QTest::newRow("classes") << "classes"
                             << "/analysis/classes"
                             << R"({"battle_margin":7.5})";
    QTest::newRow("privacy") << "privacy"
                             << "/privacy"
                             << R"({"min_households":10.0})";
    QTest::newRow("backtest") << "backtest"
                              << "/analysis/backtest"
                              << R"("2028")";
}

void TestProjectFile::applyAnalysis() {
    QFETCH(QString, change);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.json"));
    QVERIFY(writeAll(file, kProject));
    AnalysisSettings s = mustLoad(file).analysis;
    if (change == "party") s.party = "Green";
    if (change == "swap") std::swap(s.from, s.to);
    if (change == "to2028") s.to = "2028";
    if (change == "nocov") s.covariates.clear();
    if (change == "weights") s.weights = "none";
    if (change == "butler") {
        s.outcome = Outcome::ButlerSwing;
        s.versus = "Blue";
    }
    if (change == "column") {
        s.outcome = Outcome::Column;
        s.outcomeColumn = "income";
        s.covariates = {"age"};
    }
    if (change == "models") s.models = {"ols", "lag", "gwr"};
    if (change == "lisa") s.lisa = true;
    if (change == "log") s.transforms["income"] = "log";
    if (change == "knn") {
        s.spatialWeights.type = "knn";
        s.spatialWeights.k = 8;
    }
    if (change == "gwrk") s.gwr.bandwidth = 50;
    if (change == "gwrxy") {
        s.gwrPoints = "columns";
        s.gwrX = "east";
        s.gwrY = "north";
    }
    if (change == "classes") s.rules.battleMargin = 7.5;
    if (change == "privacy") s.privacy.minHouseholds = 10;
    if (change == "backtest") s.backtest = "2028";

    auto doc = pf::readDocument(file);
    QVERIFY(doc.ok());
    const pf::Document before = *doc;
    const Status st = pf::applyAnalysis(*doc, s, file);
    QVERIFY2(st.ok(), st.ok() ? "" : st.error().c_str());
    QVERIFY(pf::saveDocument(*doc, file).ok());
    auto back = pf::readDocument(file);
    QVERIFY(back.ok());
    const pf::Document::json_pointer ptr(key.toStdString());
    QCOMPARE((*back)[ptr], pf::Document::parse(expected.toStdString()));
    // Everything outside "analysis" and "privacy" is as it was.
    pf::Document rest = *back, restBefore = before;
    for (pf::Document* d : {&rest, &restBefore}) {
        d->erase("analysis");
        d->erase("privacy");
    }
    QCOMPARE(rest, restBefore);
    // And core reads the change back.
    const AnalysisSettings got = mustLoad(file).analysis;
    QCOMPARE(got.party, s.party);
    QCOMPARE(got.from, s.from);
    QCOMPARE(got.to, s.to);
    QCOMPARE(outcomeName(got), outcomeName(s));
    QCOMPARE(got.covariates, s.covariates);
    QCOMPARE(got.models, s.models);
    QCOMPARE(got.spatialWeights.k, s.spatialWeights.k);
    QCOMPARE(got.gwr.bandwidth, s.gwr.bandwidth);
    QCOMPARE(got.rules.battleMargin, s.rules.battleMargin);
    QCOMPARE(got.privacy.minHouseholds, s.privacy.minHouseholds);
}

void TestProjectFile::refusesInvalidDocuments() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.json"));
    QVERIFY(writeAll(file, kProject));
    const QByteArray old = readAll(file);
    auto doc = pf::readDocument(file);
    QVERIFY(doc.ok());

    pf::Document bad = *doc; // violates the schema
    bad["elections"] = "2019";
    Status st = pf::saveDocument(bad, file);
    QVERIFY(!st.ok());
    QVERIFY2(QString::fromStdString(st.error()).contains(QLatin1String("$.elections")),
             st.error().c_str());
    bad = *doc; // passes the schema, fails core's checks
    bad["analysis"]["from"] = "1999";
    st = pf::saveDocument(bad, file);
    QVERIFY(!st.ok());
    QVERIFY2(QString::fromStdString(st.error()).contains(QLatin1String("1999")),
             st.error().c_str());
    bad = *doc;
    bad.erase("boundaries");
    QVERIFY(!pf::saveDocument(bad, file).ok());
    QVERIFY(!pf::saveProjectBytes("{\"boundaries\": ", file).ok());
    QCOMPARE(readAll(file), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("p.json")});

    // Settings that would not read back are refused and leave the document alone.
    AnalysisSettings s = mustLoad(file).analysis;
    s.to = s.from;
    const pf::Document kept = *doc;
    QVERIFY(!pf::applyAnalysis(*doc, s, file).ok());
    QCOMPARE(*doc, kept);
    s = mustLoad(file).analysis;
    s.outcome = Outcome::SteedSwing; // needs "versus"
    QVERIFY(!pf::applyAnalysis(*doc, s, file).ok());
    QCOMPARE(*doc, kept);
}

void TestProjectFile::mapShown() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.json"));
    QVERIFY(writeAll(file, kProject));
    auto doc = pf::readDocument(file);
    QVERIFY(doc.ok());
    QCOMPARE(pf::mapShown(*doc), QString());
    pf::setMapShown(*doc, QStringLiteral("residual"));
    QVERIFY(pf::saveDocument(*doc, file).ok());
    auto back = pf::readDocument(file);
    QCOMPARE(pf::mapShown(*back), QStringLiteral("residual"));
    QCOMPARE(keysOf(*back).back(), std::string("view"));
    QVERIFY(loadProject(file.toStdString()).ok()); // the schema accepts it
    pf::Document wrong = *back;
    wrong["view"]["map"] = "";
    QVERIFY(!pf::saveDocument(wrong, file).ok()); // minLength 1
    pf::setMapShown(*back, {});
    QCOMPARE(pf::mapShown(*back), QString());
}

void TestProjectFile::saveAsKeepsPathsResolving() {
    QTemporaryDir dir;
    const QString from = dir.filePath(QStringLiteral("a/p.json"));
    const QString to = dir.filePath(QStringLiteral("b/deeper/copy.json"));
    QVERIFY(writeAll(from, kProject));
    const Project before = mustLoad(from);
    auto doc = pf::readDocument(from);
    QVERIFY(doc.ok());
    pf::rebasePaths(*doc, from, to);
    const Status st = pf::saveDocument(*doc, to);
    QVERIFY2(st.ok(), st.ok() ? "" : st.error().c_str());
    const Project after = mustLoad(to);
    // The same files, wherever the project went.
    QCOMPARE(after.boundaries.path, before.boundaries.path);
    QCOMPARE(after.elections.size(), before.elections.size());
    for (std::size_t i = 0; i < before.elections.size(); ++i)
        QCOMPARE(after.elections[i].source.path, before.elections[i].source.path);
    for (std::size_t i = 0; i < before.census.size(); ++i)
        QCOMPARE(after.census[i].path, before.census[i].path);
    // Written relative to the new folder; absolute paths and connection strings as they were.
    auto saved = pf::readDocument(to);
    QCOMPARE((*saved)["boundaries"]["path"].get<std::string>(),
             std::string("../../a/data/wards.gpkg"));
    QCOMPARE((*saved)["elections"][1]["path"].get<std::string>(),
             std::string("../../elsewhere/e2024.csv"));
    QCOMPARE((*saved)["elections"][2]["path"].get<std::string>(),
             std::string("/vsizip/../../a/data/e2028.zip/e.csv"));
    QCOMPARE((*saved)["census"][0]["path"].get<std::string>(), std::string("/opt/census/c.csv"));
    QCOMPARE((*saved)["census"][1]["path"].get<std::string>(), std::string("PG:dbname=gis"));
    // Saving into the same folder changes nothing.
    auto same = pf::readDocument(from);
    const pf::Document original = *same;
    pf::rebasePaths(*same, from, dir.filePath(QStringLiteral("a/other.json")));
    QCOMPARE(*same, original);
}

void TestProjectFile::staleTempFilesRemoved() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.json"));
    QVERIFY(writeAll(file, kProject));
    // QSaveFile's random tails, also those that happen to be all capitals or capitalised
    const QStringList stale{QStringLiteral("p.json.AbCdEf"), QStringLiteral("p.json.QwErTy"),
                            QStringLiteral("p.json.TKRLSA"), QStringLiteral("p.json.Xqzvbn")};
    const QStringList keep{QStringLiteral("p.json.backup"), QStringLiteral("p.json.Backup"),
                           QStringLiteral("p.json.BACKUP"), QStringLiteral("p.json.bak"),
                           QStringLiteral("p.json.Latest"), QStringLiteral("p.json.BEFORE"),
                           QStringLiteral("p.json.AbCdE1"), QStringLiteral("p.json.AbCdEfG"),
                           QStringLiteral("q.json.AbCdEf")};
    for (const QString& f : stale + keep)
        QVERIFY(writeAll(dir.filePath(f), "{\"half\": "));
    QCOMPARE(pf::staleTempFiles(file).size(), stale.size());
    auto doc = pf::readDocument(file);
    QVERIFY(pf::saveDocument(*doc, file).ok());
    for (const QString& f : stale)
        QVERIFY2(!QFileInfo::exists(dir.filePath(f)), qPrintable(f));
    for (const QString& f : keep)
        QVERIFY2(QFileInfo::exists(dir.filePath(f)), qPrintable(f));
    QVERIFY(loadProject(file.toStdString()).ok());
}

void TestProjectFile::unwritableTargetKeepsOldFile() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.json"));
    QVERIFY(writeAll(file, kProject));
    auto doc = pf::readDocument(file);
    // A folder where a file is: cannot be created, nothing is written anywhere.
    const QString blocked = dir.filePath(QStringLiteral("p.json/inside.json"));
    const Status st = pf::saveDocument(*doc, blocked);
    QVERIFY(!st.ok());
    QCOMPARE(readAll(file), QByteArray(kProject));
    // A directory in the project's place.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("d.json")));
    QVERIFY(!pf::writeAtomically(dir.filePath(QStringLiteral("d.json")), "{}").ok());
}

void TestProjectFile::settingsSyncAtomically() {
    // QSettings writes through QSaveFile unless told otherwise; SwingMap never does.
    QTemporaryDir dir;
    QSettings s(dir.filePath(QStringLiteral("swingmap.ini")), QSettings::IniFormat);
    QVERIFY(s.isAtomicSyncRequired());
    s.setValue(QStringLiteral("autosave/interval_seconds"), 60);
    s.sync();
    QCOMPARE(s.status(), QSettings::NoError);
    QVERIFY(pf::staleTempFiles(dir.filePath(QStringLiteral("swingmap.ini"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
