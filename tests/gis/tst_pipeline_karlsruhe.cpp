// SPDX-License-Identifier: GPL-3.0-or-later
// End to end on Karlsruhe (issue 6): docs/examples/de_karlsruhe_2013_2017.json, read in place
// from ../shared/data. The 2013 districts' results and the 2016 statistics (on the 2013
// districts) are moved onto the 2017 districts by overlap area; 2017's one city-wide postal row
// (BW-271, no parent smaller than the city) is left out and reported. Checked: report.json
// validates, every moved column's books balance to 1e-9, the 2013 valid votes (107,636, the
// city's figure) arrive whole up to the minute overlaps of the 2017 layer, the postal row's
// 52,624 voters are reported as left out, and the PDF's sources line names the method.
#include "core/jsonschema.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

namespace {
const QString kExample = QStringLiteral(PROJECT_DIR "/docs/examples/de_karlsruhe_2013_2017.json");

int run(const QString& program, const QStringList& args, QString* out = nullptr) {
    QProcess p;
    p.start(program, args);
    p.waitForFinished(600000);
    if (out) *out = QString::fromUtf8(p.readAllStandardOutput());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
} // namespace

class TestPipelineKarlsruhe : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    nlohmann::json m_report;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        if (!QFile::exists(SHARED_DATA_DIR "/de_karlsruhe_wahlbezirke_btw2013_2017/README.md"))
            QSKIP("Karlsruhe data not available");
        QCOMPARE(run(CLI_PATH, {"run", kExample, "--out", m_dir.path(), "--quiet"}), 0);
        std::ifstream in((m_dir.path() + "/report.json").toStdString());
        m_report = nlohmann::json::parse(in, nullptr, false);
        QVERIFY(!m_report.is_discarded());
    }

    void reportValidates() {
        const auto v = swingmap::validateJson(m_report, swingmap::reportSchema());
        QVERIFY2(!v, v ? v->c_str() : "");
        QCOMPARE(m_report["reconcile"].size(), std::size_t{3});
    }

    void totalsPreserved() {
        for (const auto& r : m_report["reconcile"]) {
            if (r["method"] == "none") continue;
            QCOMPARE(r["unmatched_rows"].get<int>(), 0);
            QVERIFY(r["estimated_above"].get<int>() > 0);
            for (const auto& c : r["columns"]) {
                const double s = c["source_total"], t = c["target_total"], lost = c["lost"];
                QVERIFY(std::fabs(s - lost - t) <= 1e-9 * std::fabs(s));
                QVERIFY(c["discrepancy"].get<double>() < 1e-5);
            }
        }
        const auto& valid = m_report["reconcile"][0]["columns"][0];
        QCOMPARE(valid["name"].get<std::string>(), std::string("valid"));
        QCOMPARE(valid["source_total"].get<double>(), 107636.0);
        QVERIFY(std::fabs(valid["target_total"].get<double>() - 107636.0) < 0.01);
    }

    void postalLeftOut() {
        const auto& r = m_report["reconcile"][1];
        QCOMPARE(r["method"].get<std::string>(), std::string("none"));
        const auto& p = r["postal"];
        QCOMPARE(p["method"].get<std::string>(), std::string("left out"));
        QCOMPARE(p["postal_rows"].get<int>(), 1);
        QCOMPARE(p["rows_moved"].get<int>(), 0);
        bool voters = false;
        for (const auto& c : p["columns"])
            if (c["name"] == "voters") {
                voters = true;
                QCOMPARE(c["lost"].get<double>(), 52624.0);
            }
        QVERIFY(voters);
        // the postal row is neither an unmatched key nor a total row of the join
        for (const auto& s : m_report["join"]["sources"])
            QVERIFY(s["unmatched_keys"].empty());
    }

    void sourcesLineNamesMethod() {
        QString text;
        if (run("pdftotext", {m_dir.path() + "/briefing.pdf", "-"}, &text) != 0)
            QSKIP("pdftotext not available");
        text.replace('\n', ' ');
        QVERIFY2(text.contains("2013 moved from wb_btw2013 onto wb_btw2017 by overlap area"),
                 qPrintable(text.right(600)));
        QVERIFY(text.contains("postal row left out (52624 voters)"));
    }
};

QTEST_GUILESS_MAIN(TestPipelineKarlsruhe)
#include "tst_pipeline_karlsruhe.moc"
