// SPDX-License-Identifier: GPL-3.0-or-later
// swingmap-cli as a user runs it: make-demo, run, and what comes out (report.json fields,
// areas.gpkg through ogrinfo, briefing.pdf through pdftotext); bad inputs fail with one clear line.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

#include "tests/common/process_run.h"

namespace {
using swingmap::test::Run;
using swingmap::test::run;

Run cli(const QStringList& args) {
    return run(CLI_PATH, args);
}

QJsonObject readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString& path, const QJsonObject& o) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;
    QJsonObject m_project;

    /// Write a variant of the demo project and run it; returns the run.
    Run runVariant(const QJsonObject& project, const QString& name) {
        const QString path = m_demo + "/" + name + ".json";
        writeJson(path, project);
        return cli({"run", path, "--out", m_dir.path() + "/out-" + name, "--quiet"});
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.path() + "/demo";
        const Run r = cli({"make-demo", m_demo});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        m_project = readJson(m_demo + "/project.json");
        QVERIFY(!m_project.isEmpty());
    }

    void version() {
        const Run r = cli({"--version"});
        QCOMPARE(r.code, 0);
        for (const char* lib : {"swingmap-cli", "GDAL", "PROJ", "GEOS", "Qt", "Eigen"})
            QVERIFY2(r.out.contains(lib), lib);
    }

    void demoEndToEnd() {
        const QString out = m_dir.path() + "/out";
        const Run r = cli({"run", m_demo + "/project.json", "--out", out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject rep = readJson(out + "/report.json");
        QVERIFY(rep["synthetic"].toBool());
        const QJsonObject join = rep["join"].toObject();
        QCOMPARE(join["boundary_features"].toInt(), 400);
        for (const auto& s : join["sources"].toArray()) {
            QCOMPARE(s.toObject()["matched"].toInt(), 400);
            QVERIFY(s.toObject()["unmatched_keys"].toArray().isEmpty());
        }
        const QJsonObject model = rep["model"].toObject();
        // the three tiny hamlets (core/demo.cpp, under 6 households) enter no statistic
        QCOMPARE(model["n"].toInt(), 397);
        QCOMPARE(model["dropped"].toObject()["count"].toInt(), 3);
        QCOMPARE(
            model["dropped"].toObject()["reasons"].toObject()["suppressed (privacy rule)"].toInt(),
            3);
        const QJsonArray terms = model["terms"].toArray();
        QCOMPARE(terms.size(), 4);
        QCOMPARE(terms[0].toObject()["name"].toString(), QString("(Intercept)"));
        // the planted pattern: older areas lost, higher unemployment gained (core/demo.cpp)
        QVERIFY(terms[1].toObject()["estimate"].toDouble() < 0);
        QVERIFY(terms[2].toObject()["estimate"].toDouble() > 0);
        for (const char* k : {"r_squared", "adj_r_squared", "f_statistic", "aic"})
            QVERIFY2(model[k].isDouble(), k);
        const QJsonObject moran = model["residual_moran"].toObject();
        for (const char* k : {"i", "expectation", "variance", "z", "p"})
            QVERIFY2(moran[k].isDouble(), k);
        QVERIFY(moran["z"].toDouble() > 3); // the planted smooth term
        const QJsonObject gwr = model["gwr"].toObject();
        QCOMPARE(gwr["search_points"].toInt(), 397); // under 10,000 areas: every model area scores
        QVERIFY(gwr["search_evaluations"].toInt() > 3);
        QCOMPARE(rep["privacy"].toObject()["suppressed"].toInt(), 3);
        const QJsonObject t = rep["timings"].toObject();
        for (const char* k : {"boundaries", "tables", "join", "model", "gpkg", "pdf", "total"})
            QVERIFY2(t[k].isDouble(), k);
    }

    /// The demo as a county publishes it (core/demo.h): 2019 on its own, redrawn districts,
    /// postal districts per ward in both years, the census per ward. The report must show the
    /// three reconcile steps, every total preserved, and the postal amounts equal to the postal
    /// rows of the files (summed here from the CSV, not taken from SwingMap).
    void demoReconcilesOntoThe2024Districts() {
        // With the privacy rule the city-wide totals are withheld (they minus the published areas
        // would give the hidden hamlets' figures); the relative check stays.
        const QJsonObject ruled = readJson(m_dir.path() + "/out/report.json");
        QCOMPARE(ruled["privacy"].toObject()["suppressed"].toInt(), 3);
        for (const auto& v : ruled["reconcile"].toArray()) {
            QVERIFY(v.toObject()["totals_withheld"].toBool());
            QVERIFY(v.toObject()["max_discrepancy"].toDouble(1) < 1e-9);
            for (const auto& c : v.toObject()["columns"].toArray())
                for (const char* k : {"source_total", "target_total", "lost"})
                    QVERIFY2(c.toObject()[k].isNull(), k);
        }
        // The books themselves, on a run without the rule (nothing hidden, totals published).
        QJsonObject open = m_project;
        QJsonObject privacy = open["privacy"].toObject();
        privacy["min_households"] = 0;
        privacy["min_voters"] = 0;
        open["privacy"] = privacy;
        const Run run = runVariant(open, "norule");
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject rep = readJson(m_dir.path() + "/out-norule/report.json");
        QCOMPARE(rep["privacy"].toObject()["suppressed"].toInt(), 0);
        const QJsonArray rec = rep["reconcile"].toArray();
        QCOMPARE(rec.size(), 3);
        QCOMPARE(rec[0].toObject()["source"].toString(), QString("election 2019"));
        QCOMPARE(rec[0].toObject()["method"].toString(), QString("area"));
        QCOMPARE(rec[1].toObject()["source"].toString(), QString("election 2024"));
        QCOMPARE(rec[1].toObject()["method"].toString(), QString("none"));
        QVERIFY(rec[2].toObject()["source"].toString().startsWith("census"));
        QCOMPARE(rec[2].toObject()["method"].toString(), QString("weights"));
        for (const auto& v : rec) {
            const QJsonObject r = v.toObject();
            const QString what = r["source"].toString();
            QVERIFY2(r["max_discrepancy"].toDouble(1) < 1e-9, qPrintable(what));
            QCOMPARE(r["unmatched_rows"].toInt(), 0);
            for (const auto& c : r["columns"].toArray()) {
                const QJsonObject col = c.toObject();
                const double source = col["source_total"].toDouble(),
                             target = col["target_total"].toDouble();
                QVERIFY2(source > 0 && std::fabs(source - target) <= 1e-9 * source,
                         qPrintable(what + " " + col["name"].toString()));
                QVERIFY(col["lost"].toDouble() <= 1e-9 * source);
            }
        }
        // 2019 came from other geometry: some districts are estimated (and hatched), most not
        const int estimated = rec[0].toObject()["estimated_above"].toInt();
        QVERIFY2(estimated > 10 && estimated < 200, qPrintable(QString::number(estimated)));
        // postal votes allocated in both years, by ballots issued, per ward, nothing lost
        for (int y = 0; y < 2; ++y) {
            const QJsonObject postal = rec[y].toObject()["postal"].toObject();
            QCOMPARE(postal["method"].toString(), QString("by ballots issued"));
            QCOMPARE(postal["parent"].toString(), QString("ward"));
            QCOMPARE(postal["parents"].toArray().size(), 16);
            QVERIFY(postal["parents_without_polling"].toArray().isEmpty());
            QCOMPARE(postal["rows_moved"].toInt(), postal["postal_rows"].toInt());
            // the postal rows of the file, summed here
            QFile f(m_demo + QString("/election_%1.csv").arg(y ? "2024" : "2019"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QStringList lines =
                QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
            const QStringList header = lines[0].split(',');
            const auto col = [&](const char* name) { return header.indexOf(name); };
            QVERIFY(col("electorate_postal_ballot_issued") > 0 && col("ward") > 0);
            std::map<QString, double> fileTotals, allRows;
            int rows = 0;
            for (const QString& line : lines.mid(1)) {
                const QStringList c = line.split(',');
                for (const char* name : {"electorate", "voters", "valid", "Red"})
                    allRows[name] += c[col(name)].toDouble();
                if (c[col("electorate")].toDouble() != 0) continue;
                ++rows;
                for (const char* name : {"voters", "valid", "Red", "Blue"})
                    fileTotals[name] += c[col(name)].toDouble();
            }
            QCOMPARE(postal["postal_rows"].toInt(), rows);
            QVERIFY(rows > 16); // more than one postal district in some wards
            int checked = 0;
            for (const auto& c : postal["columns"].toArray()) {
                const QJsonObject o = c.toObject();
                if (!fileTotals.count(o["name"].toString())) continue;
                ++checked;
                QCOMPARE(o["moved"].toDouble(), fileTotals[o["name"].toString()]);
                QCOMPARE(o["lost"].toDouble(), 0.0);
            }
            QCOMPARE(checked, 4);
            // 2019's books: what was moved onto the 2024 districts is every row of the file
            if (y == 0)
                for (const auto& c : rec[0].toObject()["columns"].toArray()) {
                    const QJsonObject o = c.toObject();
                    if (!allRows.count(o["name"].toString())) continue;
                    QCOMPARE(o["source_total"].toDouble(), allRows[o["name"].toString()]);
                    --checked;
                }
            QCOMPARE(checked, y == 0 ? 0 : 4);
        }
    }

    /// A reconciled table whose keys match none of its `from` areas would vanish from the run:
    /// it is an error that names the keys and the padding fix, not a silent loss.
    void reconcileWithNoMatchingKeyFails() {
        QJsonObject p = m_project;
        QJsonArray elections = p["elections"].toArray();
        QJsonObject first = elections[0].toObject();
        QVERIFY(first.contains("reconcile"));
        first["pad"] = 8; // "D001" -> "0000D001": every 2019 key misses the 2019 districts
        elections[0] = first;
        p["elections"] = elections;
        const Run r = runVariant(p, "padded");
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("none of the") && r.err.contains("zero-padding or unpadding"),
                 qPrintable(r.err));
    }

    void targetsCsvRanksWithoutSuppressedAreas() {
        QFile f(m_dir.path() + "/out/targets.csv");
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 10);
        QVERIFY(lines[0].startsWith("rank,key,name,class,"));
        QVERIFY(lines[1].startsWith("1,"));
        // the three tiny hamlets of the demo (core/demo.cpp) are never listed
        for (const char* key : {"D350", "D361", "D369"})
            for (const auto& l : lines)
                QVERIFY2(!l.contains(QString(",%1,").arg(key)), key);
        const QJsonObject rep = readJson(m_dir.path() + "/out/report.json");
        QCOMPARE(rep["targets"].toArray().size(), 20);
        QCOMPARE(rep["targets"].toArray()[0].toObject()["rank"].toInt(), 1);
    }

    void backtestOnAThirdElection() {
        // a third election: the 2024 file again under another label, so B -> C has no change
        QJsonObject p = m_project;
        QJsonArray elections = p["elections"].toArray();
        QJsonObject third = elections[1].toObject();
        third["label"] = "2029";
        elections.append(third);
        p["elections"] = elections;
        QJsonObject analysis = p["analysis"].toObject();
        analysis["backtest"] = "2029";
        analysis["models"] = QJsonArray{"ols"};
        p["analysis"] = analysis;
        const Run r = runVariant(p, "backtest");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject bt =
            readJson(m_dir.path() + "/out-backtest/report.json")["backtest"].toObject();
        QCOMPARE(bt["election"].toString(), QString("2029"));
        QCOMPARE(bt["n"].toInt(), 397); // the model's 397 districts (the 3 hamlets are suppressed)
        QVERIFY(bt["mae"].toObject()["model"].isDouble());
        QVERIFY(bt["uniform_swing"].isDouble());
        // nothing changed B -> C: uniform swing errs by exactly its own swing everywhere
        QVERIFY(std::fabs(bt["mae"].toObject()["uniform_swing"].toDouble() -
                          std::fabs(bt["uniform_swing"].toDouble())) < 1e-9);
        QVERIFY(bt["sign_hit_rate"].toObject()["model"].isDouble());
    }

    void rawReturnsPrintTheJoinSummary() {
        // the returning officer's files as published (docs/examples, reading ../shared/data)
        const QString out = m_dir.path() + "/out-raw";
        const Run r = cli({"run", PROJECT_DIR "/docs/examples/de_bundestag_raw_kerg2.json", "--out",
                           out, "--no-pdf"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("census btw25_strukturdaten.csv 299 rows, 299 matched, 0 unmatched "
                                "keys, 0 duplicates, 0 areas without a row, 17 total rows"),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("Total rows: 17 left out"), qPrintable(r.out));
        QVERIFY2(r.out.contains("Warning: 4 keys match while the area names disagree"),
                 qPrintable(r.out));
        const QJsonObject join = readJson(out + "/report.json")["join"].toObject();
        QCOMPARE(join["total_rows"].toArray().size(), 17);
        QCOMPARE(join["total_rows"].toArray()[0].toObject()["reason"].toString(),
                 QString("named like a total"));
        QCOMPARE(join["name_mismatches"].toObject()["count"].toInt(), 4);
        QCOMPARE(
            join["name_mismatches"].toObject()["items"].toArray()[0].toObject()["key"].toString(),
            QString("65"));
        QVERIFY(join["padding_hint"].toArray().isEmpty());
        QVERIFY(join["row_checks"].toArray().isEmpty());
        const QJsonObject census = join["sources"].toArray()[2].toObject();
        QCOMPARE(census["encoding"].toString(), QString("UTF-8 (BOM)"));
        QCOMPARE(census["decimal"].toString(), QString(","));
        QCOMPARE(census["total_rows"].toInt(), 17);
    }

    void paddingAndRowChecksArePrinted() {
        // the demo's 2024 election with one row made implausible and its keys padded (2024: its
        // keys are the boundaries'; 2019's refer to the 2019 layer, where the join checks do not
        // look). A negative party count stays negative after the postal votes are allocated.
        QJsonObject p = m_project;
        QJsonArray elections = p["elections"].toArray();
        QJsonObject first = elections[1].toObject();
        const QString path = m_demo + "/" + first["path"].toString();
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(in.readAll()).split('\n', Qt::SkipEmptyParts);
        in.close();
        const QStringList header = lines[0].split(',');
        const int key = static_cast<int>(header.indexOf(first["key"].toString()));
        const int party = static_cast<int>(header.indexOf(first["parties"][0].toString()));
        QVERIFY(key >= 0 && party >= 0);
        for (int i = 1; i < lines.size(); ++i) {
            QStringList cells = lines[i].split(',');
            cells[key] = "00" + cells[key];
            if (i == 1) cells[party] = "-5000";
            lines[i] = cells.join(',');
        }
        QFile padded(m_demo + "/padded.csv");
        QVERIFY(padded.open(QIODevice::WriteOnly));
        padded.write(lines.join('\n').toUtf8());
        padded.close();
        first["path"] = "padded.csv";
        elections[1] = first;
        p["elections"] = elections;
        writeJson(m_demo + "/padded.json", p);
        const Run bad = cli({"run", m_demo + "/padded.json", "--out", m_dir.path() + "/out-pad"});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains("would match after zero-padding or unpadding") &&
                     bad.err.contains("add \"unpad\": true"),
                 qPrintable(bad.err));
        first["unpad"] = true;
        elections[1] = first;
        p["elections"] = elections;
        writeJson(m_demo + "/padded.json", p);
        const Run r =
            cli({"run", m_demo + "/padded.json", "--out", m_dir.path() + "/out-pad", "--no-pdf"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Row check: election 2024: 1 rows with negative count"),
                 qPrintable(r.out));
        const QJsonObject join = readJson(m_dir.path() + "/out-pad/report.json")["join"].toObject();
        const QJsonObject check = join["row_checks"].toArray()[0].toObject();
        QCOMPARE(check["check"].toString(), QString("negative count"));
        QCOMPARE(check["count"].toInt(), 1);
        QCOMPARE(check["examples"].toArray().size(), 1);
    }

    void geopackageOpensWithGdal() {
        const Run r = run("ogrinfo", {"-ro", "-so", "-al", m_dir.path() + "/out/areas.gpkg"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("Feature Count: 400"));
        for (const char* f : {"key:", "name:", "share_from:", "share_to:", "share_change:",
                              "turnout_change:", "fitted:", "residual:", "class:", "suppressed:"})
            QVERIFY2(r.out.contains(f), f);
        // suppressed areas: geometry kept, figures NULL
        const Run q =
            run("ogrinfo", {"-ro", "-q", m_dir.path() + "/out/areas.gpkg", "-sql",
                            "SELECT COUNT(*) AS n FROM areas WHERE suppressed = 1 AND "
                            "share_change IS NULL AND fitted IS NULL AND geom IS NOT NULL"});
        QVERIFY2(q.out.contains(QRegularExpression("n \\(Integer(64)?\\) = 3")), qPrintable(q.out));
    }

    void pdfReadsAsAPersonWould() {
        const Run r = run("pdftotext", {"-layout", m_dir.path() + "/out/briefing.pdf", "-"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const char* s : {"Demo county (synthetic)", "SYNTHETIC", "What the model says",
                              "too few households to show", "Sources:", "km"})
            QVERIFY2(r.out.contains(s), s);
        // the sources line names the reconcile steps; the legend names the hatch
        const QString text = r.out.simplified();
        for (const char* s : {"2019 moved from districts_2019 onto districts by overlap area",
                              "postal votes allocated to the polling districts of each ward by "
                              "ballots issued"})
            QVERIFY2(text.contains(s), s);
        for (const auto& rec : readJson(m_dir.path() + "/out/report.json")["reconcile"].toArray())
            QVERIFY2(text.contains(rec.toObject()["description"].toString()),
                     qPrintable(rec.toObject()["description"].toString()));
        QVERIFY2(r.out.simplified().contains("more residents aged 60–74 (share, ward) lost"),
                 qPrintable(r.out));
    }

    void badInput_data() {
        QTest::addColumn<QString>("pointer"); // where to change the demo project
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("missing boundary file") << "/boundaries/path"
                                               << "nope.gpkg"
                                               << "does not exist";
        QTest::newRow("unknown key column") << "/elections/0/key"
                                            << "kode"
                                            << "there is no column \"kode\"";
        QTest::newRow("unknown party column") << "/elections/1/parties/0"
                                              << "Purple"
                                              << "\"Purple\"";
        QTest::newRow("party not analysed") << "/analysis/party"
                                            << "Blue2"
                                            << "not in election";
        QTest::newRow("unknown covariate") << "/analysis/covariates/0"
                                           << "pct_martians"
                                           << "pct_martians";
        QTest::newRow("keys never match") << "/elections/1/key"
                                          << "valid"
                                          << "matches a boundary key";
        QTest::newRow("unknown weights") << "/analysis/weights"
                                         << "households"
                                         << "$.analysis.weights";
        QTest::newRow("unknown layer") << "/boundaries/layer"
                                       << "roads"
                                       << "no layer or sheet \"roads\"";
        QTest::newRow("text in a vote column") << "/elections/0/valid"
                                               << "code"
                                               << "is not a number";
    }
    void badInput() {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, phrase);
        // apply a JSON-pointer edit to a copy of the demo project
        QStringList parts = pointer.split('/', Qt::SkipEmptyParts);
        std::function<QJsonValue(QJsonValue, int)> edit = [&](QJsonValue v, int i) -> QJsonValue {
            if (i == parts.size()) return value;
            if (v.isArray()) {
                QJsonArray a = v.toArray();
                const int k = parts[i].toInt();
                a[k] = edit(a[k], i + 1);
                return a;
            }
            QJsonObject o = v.toObject();
            o[parts[i]] = edit(o[parts[i]], i + 1);
            return o;
        };
        const QJsonObject variant = edit(m_project, 0).toObject();
        const Run r = runVariant(variant, QString(QTest::currentDataTag()).replace(' ', '_'));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(phrase), qPrintable(r.err));
        QVERIFY2(r.err.trimmed().count('\n') < 8, qPrintable(r.err)); // a message, not a dump
    }

    void malformedProjectNamesLineAndColumn() {
        const QString path = m_demo + "/broken.json";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"title\": \"x\"\n  \"boundaries\": {}\n}\n");
        f.close();
        const Run r = cli({"run", path, "--out", m_dir.path() + "/o"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("line 3, column 3"), qPrintable(r.err));
    }

    void missingProject() {
        const Run r = cli({"run", m_demo + "/nothing.json", "--out", m_dir.path() + "/o"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("does not exist"));
    }

    void emptyBoundaryFile() {
        QFile f(m_demo + "/empty.gpkg");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QJsonObject p = m_project;
        QJsonObject b = p["boundaries"].toObject();
        b["path"] = "empty.gpkg";
        p["boundaries"] = b;
        const Run r = runVariant(p, "empty");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("empty (0 bytes)"), qPrintable(r.err));
    }

    void usageErrors() {
        QCOMPARE(cli({}).code, 2);
        QCOMPARE(cli({"run", "x.json"}).code, 2);
        QCOMPARE(cli({"frobnicate"}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
