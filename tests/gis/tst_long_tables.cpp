// SPDX-License-Identifier: GPL-3.0-or-later
// The returning officer's long kerg2.csv, read as published (../shared/data, in place), gives
// exactly the per-area figures of the normalised elections/*.csv once the parties are mapped and
// the keys unpadded; party mapping across elections; any pair of several elections.
#include "app/shared/job.h"
#include "core/project.h"
#include "gis/dataset_loader.h"

#include <QtTest>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

using namespace swingmap;
using nlohmann::json;

namespace {
const std::string kExamples = std::string(PROJECT_DIR) + "/docs/examples/";
const std::string kRaw = kExamples + "de_bundestag_raw_kerg2.json";
const std::string kNormalised = kExamples + "de_bundestag_spd_2021_2025.json";

json readJson(const std::string& path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return json::parse(ss.str());
}

/// Load a project given as JSON, resolving paths as if it were the file `as`.
Result<Dataset> load(const json& project, const std::string& as) {
    auto p = parseProject(project.dump(), as);
    if (!p) return p.takeError();
    Feedback fb;
    gis::LoadTimings tm;
    return gis::loadDataset(*p, fb, tm);
}

QString sameVector(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size()) return QString("sizes %1 vs %2").arg(a.size()).arg(b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!(a[i] == b[i]) && !(std::isnan(a[i]) && std::isnan(b[i])))
            return QString("area %1: %2 vs %3").arg(i).arg(a[i], 0, 'g', 17).arg(b[i], 0, 'g', 17);
    return {};
}
} // namespace

class TestLongTables : public QObject {
    Q_OBJECT
    Dataset m_raw, m_norm;

private slots:
    void initTestCase() {
        auto raw = load(readJson(kRaw), kRaw);
        QVERIFY2(raw.ok(), raw.ok() ? "" : raw.error().c_str());
        m_raw = std::move(*raw);
        auto norm = load(readJson(kNormalised), kNormalised);
        QVERIFY2(norm.ok(), norm.ok() ? "" : norm.error().c_str());
        m_norm = std::move(*norm);
    }

    void everyKeyJoins() {
        QCOMPARE(m_raw.areaCount(), std::size_t(299));
        QCOMPARE(m_raw.keys, m_norm.keys);
        for (const auto& s : m_raw.join.sources) {
            QCOMPARE(s.matched, std::size_t(299));
            QCOMPARE(s.areasWithoutRow, std::size_t(0));
            QVERIFY(s.unmatchedKeys.empty());
            QVERIFY(s.duplicateKeys.empty());
        }
        QVERIFY(m_raw.join.paddingHints.empty());
        QVERIFY(m_raw.join.rowChecks.empty());
        QCOMPARE(m_raw.join.sources[0].encoding, std::string("UTF-8 (BOM)"));
        QCOMPARE(m_raw.join.sources[0].separator, std::string(";"));
    }

    void sameParties() {
        for (const char* label : {"2021", "2025"}) {
            const auto& r = m_raw.elections[static_cast<std::size_t>(m_raw.electionIndex(label))];
            const auto& n = m_norm.elections[static_cast<std::size_t>(m_norm.electionIndex(label))];
            QCOMPARE(std::set<std::string>(r.parties.begin(), r.parties.end()),
                     std::set<std::string>(n.parties.begin(), n.parties.end()));
        }
    }

    void figuresEqualTheNormalisedTables_data() {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("figure");
        for (const char* label : {"2021", "2025"}) {
            for (const char* f : {"electorate", "voters", "valid"})
                QTest::newRow((std::string(label) + " " + f).c_str()) << label << f;
            const auto& n = m_norm.elections[static_cast<std::size_t>(m_norm.electionIndex(label))];
            for (const auto& p : n.parties)
                QTest::newRow((std::string(label) + " " + p).c_str())
                    << label << QString::fromStdString(p);
        }
    }
    void figuresEqualTheNormalisedTables() {
        QFETCH(QString, label);
        QFETCH(QString, figure);
        const std::string l = label.toStdString(), f = figure.toStdString();
        const auto& r = m_raw.elections[static_cast<std::size_t>(m_raw.electionIndex(l))];
        const auto& n = m_norm.elections[static_cast<std::size_t>(m_norm.electionIndex(l))];
        const std::vector<double>* a = nullptr;
        const std::vector<double>* b = nullptr;
        if (f == "electorate") a = &r.electorate, b = &n.electorate;
        if (f == "voters") a = &r.voters, b = &n.voters;
        if (f == "valid") a = &r.valid, b = &n.valid;
        if (!a) {
            QVERIFY2(r.partyIndex(f) >= 0, qPrintable("no party " + figure));
            a = &r.votes[static_cast<std::size_t>(r.partyIndex(f))];
            b = &n.votes[static_cast<std::size_t>(n.partyIndex(f))];
        }
        const QString diff = sameVector(*a, *b);
        QVERIFY2(diff.isEmpty(), qPrintable(label + " " + figure + ": " + diff));
        double total = 0;
        for (double v : *a)
            total += v;
        if (!(l == "2021" && f == "BSW")) QVERIFY(total > 0); // not equal by being empty
    }

    void keysNeedUnpadding() {
        // "001" … "099" match only unpadded; "100" … "299" match as they are
        json p = readJson(kRaw);
        p["elections"][0].erase("unpad");
        auto d = load(p, kRaw);
        QVERIFY2(d.ok(), d.ok() ? "" : d.error().c_str());
        QCOMPARE(d->join.paddingHints.size(), std::size_t(1));
        const PaddingHint& h = d->join.paddingHints[0];
        QCOMPARE(h.source, std::string("election 2021"));
        QCOMPARE(h.count, std::size_t(99));
        QCOMPARE(h.sourceKey + " " + h.boundaryKey, std::string("001 1"));
        QCOMPARE(h.fix, std::string("\"unpad\": true"));
        QCOMPARE(d->join.sources[0].matched, std::size_t(200));
        QCOMPARE(d->join.sources[0].areasWithoutRow, std::size_t(99));
        QVERIFY(d->join.totalRows.size() == 17); // only the census's Land and Bund rows
        // padding every key makes none match: an error that names the fix
        json wide = readJson(kNormalised);
        wide["elections"][0]["pad"] = 4;
        auto bad = load(wide, kNormalised);
        QVERIFY(!bad.ok());
        const QString e = QString::fromStdString(bad.error());
        QVERIFY2(e.contains("none of its 299 keys in column \"wkr_nr\" matches a boundary key") &&
                     e.contains("299 of them would match after zero-padding or unpadding (\"0001\" "
                                "= \"1\"): add \"unpad\": true"),
                 qPrintable(e));
    }

    void mergedPartyAddsItsMembers() {
        json p = readJson(kRaw);
        for (auto& e : p["elections"]) {
            e["keep"] = {"SPD", "AfD", "FDP", "BSW"};
            e["merge"] = {{"Union", {"CDU", "CSU"}}};
        }
        auto d = load(p, kRaw);
        QVERIFY2(d.ok(), d.ok() ? "" : d.error().c_str());
        for (const char* label : {"2021", "2025"}) {
            const auto& r = d->elections[static_cast<std::size_t>(d->electionIndex(label))];
            const auto& n = m_norm.elections[static_cast<std::size_t>(m_norm.electionIndex(label))];
            QVERIFY(r.partyIndex("CDU") < 0 && r.partyIndex("CSU") < 0);
            const auto& u = r.votes[static_cast<std::size_t>(r.partyIndex("Union"))];
            const auto& cdu = n.votes[static_cast<std::size_t>(n.partyIndex("CDU"))];
            const auto& csu = n.votes[static_cast<std::size_t>(n.partyIndex("CSU"))];
            for (std::size_t i = 0; i < u.size(); ++i)
                QCOMPARE(u[i], cdu[i] + csu[i]);
        }
    }

    void partyMissingFromOneElection() {
        json p = readJson(kRaw);
        p["elections"][0]["keep"] = {"SPD", "AfD", "FDP", "BSW"};
        p["elections"][0]["merge"] = {{"Union", {"CDU", "CSU"}}};
        p["analysis"]["party"] = "Union";
        auto d = load(p, kRaw);
        QVERIFY(!d.ok());
        const QString e = QString::fromStdString(d.error());
        QVERIFY2(e.contains("the party \"Union\" is not in election \"2025\" (it is in \"2021\")"),
                 qPrintable(e));
        QVERIFY2(e.contains("\"merge\""), qPrintable(e));
    }

    void unknownPartyInTheMapping() {
        json p = readJson(kRaw);
        p["elections"][1]["rename"]["DIE GRÜNEN"] = "GRUENE";
        auto d = load(p, kRaw);
        QVERIFY(!d.ok());
        QVERIFY2(QString::fromStdString(d.error()).contains(
                     "the party \"DIE GRÜNEN\" named in \"rename\" of election \"2025\" "
                     "is not one of its parties"),
                 d.error().c_str());
    }

    void anyPairOfThreeElections_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("2021 -> 2025") << "2021"
                                      << "2025";
        QTest::newRow("2025 -> 2021") << "2025"
                                      << "2021";
        QTest::newRow("2021 -> 2025 (wide)") << "2021"
                                             << "2025 wide";
        QTest::newRow("2025 (wide) -> 2025") << "2025 wide"
                                             << "2025";
    }
    void anyPairOfThreeElections() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        json p = readJson(kRaw);
        json wide = readJson(kNormalised)["elections"][1];
        wide["label"] = "2025 wide";
        // the normalised file sits in elections/, next to raw/
        wide["path"] = "../../../shared/data/de_bundestag_wahlkreise_2021_2025/elections/"
                       "de_bundestag_2025_zweitstimmen_wkr2025.csv";
        p["elections"].push_back(wide);
        p["analysis"]["from"] = from.toStdString();
        p["analysis"]["to"] = to.toStdString();
        p["analysis"]["models"] = {"ols"};
        auto project = parseProject(p.dump(), kRaw);
        QVERIFY2(project.ok(), project.ok() ? "" : project.error().c_str());
        QCOMPARE(project->elections.size(), std::size_t(3));
        Feedback fb;
        auto job = runJob(*project, fb);
        QVERIFY2(job.ok(), job.ok() ? "" : job.error().c_str());
        QVERIFY(job->analysis.model.fitted);
        QCOMPARE(job->analysis.model.n, std::size_t(299));
        // SPD's share change from the figures themselves
        const auto& d = job->data;
        const auto& a = d.elections[static_cast<std::size_t>(d.electionIndex(from.toStdString()))];
        const auto& b = d.elections[static_cast<std::size_t>(d.electionIndex(to.toStdString()))];
        for (std::size_t i : {std::size_t(0), std::size_t(150), std::size_t(298)}) {
            const double sa =
                100 * a.votes[static_cast<std::size_t>(a.partyIndex("SPD"))][i] / a.valid[i];
            const double sb =
                100 * b.votes[static_cast<std::size_t>(b.partyIndex("SPD"))][i] / b.valid[i];
            QCOMPARE(job->analysis.areas.shareChange[i], sb - sa);
        }
        if (from.contains("2025") && to.contains("2025"))
            for (double c : job->analysis.areas.shareChange)
                QCOMPARE(c, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestLongTables)
#include "tst_long_tables.moc"
