// SPDX-License-Identifier: GPL-3.0-or-later
// Kill during save: a child process (this binary, re-run with --saver) saves a large project,
// alternating versions A and B through projectfile::saveDocument in a tight loop; the parent
// kills it with SIGKILL after a random (seeded, logged) delay, over and over, and each time the
// project must open (core loadProject) and be byte-identical to A or to B. A second test kills
// children that are in their very first save (the file holds A, the child is writing B).
//
// SWINGMAP_SAVEKILL_SEED and SWINGMAP_SAVEKILL_KILLS override the seed and the number of kills.
#include "app/shared/projectfile.h"
#include "core/project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <cstring>
#include <random>

#include <sys/types.h>
#include <unistd.h>

using namespace swingmap;
namespace pf = swingmap::projectfile;

namespace {

/// A project in the size of a big real one (~0.6 MB): 24 elections of 48 parties with renames,
/// 3,000 covariate labels and a long description. `version` changes the analysis, the title and
/// the description's length, so A and B differ in content and in size.
pf::Document bigProject(char version) {
    pf::Document j;
    j["title"] = std::string("Kill test, version ") + version;
    j["description"] = std::string(version == 'A' ? 100000 : 160000, version);
    j["boundaries"] = {{"path", "data/wards.gpkg"}, {"key", "code"}, {"name", "name"}};
    pf::Document elections = pf::Document::array();
    for (int e = 0; e < 24; ++e) {
        pf::Document parties = pf::Document::array(), rename = pf::Document::object();
        for (int p = 0; p < 48; ++p) {
            parties.push_back("party_" + std::to_string(p));
            rename["party_" + std::to_string(p)] = "Party number " + std::to_string(p);
        }
        elections.push_back({{"label", std::to_string(1990 + e)},
                             {"path", "data/election_" + std::to_string(1990 + e) + ".csv"},
                             {"key", "code"},
                             {"valid", "valid"},
                             {"electorate", "electorate"},
                             {"parties", parties},
                             {"rename", rename}});
    }
    j["elections"] = elections;
    j["census"] = pf::Document::array({{{"path", "data/census.csv"}, {"key", "code"}}});
    pf::Document covariates = pf::Document::array(), labels = pf::Document::object();
    for (int c = 0; c < 3000; ++c) {
        const std::string name = "census_column_" + std::to_string(c);
        if (c < 8) covariates.push_back(name);
        labels[name] = "share of residents in household category number " + std::to_string(c) +
                       " of the census tables, as published (%)";
    }
    j["analysis"] = {{"party", version == 'A' ? "Party number 1" : "Party number 2"},
                     {"from", "2010"},
                     {"to", version == 'A' ? "2013" : "2012"},
                     {"covariates", covariates},
                     {"models", {"ols", "lag"}}};
    j["labels"] = labels;
    return j;
}

QByteArray readAll(const QString& file) {
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The child: save B, A, B, … (starting with whichever the file does not hold) until killed.
/// Writes "S" to stdout before each save and "D" after it, unbuffered.
int saverMain(const QString& file, const QString& refA, const QString& refB) {
    auto a = pf::parseDocument(readAll(refA), refA);
    auto b = pf::parseDocument(readAll(refB), refB);
    if (!a || !b) return 3;
    bool writeB = readAll(file) != pf::documentBytes(*b);
    for (;;) {
        if (::write(1, "S", 1) != 1) return 4;
        const Status st = pf::saveDocument(writeB ? *b : *a, file);
        if (!st) {
            std::fprintf(stderr, "%s\n", st.error().c_str());
            return 5;
        }
        if (::write(1, "D", 1) != 1) return 4;
        writeB = !writeB;
    }
}

qint64 envNumber(const char* name, qint64 fallback) {
    bool ok = false;
    const qint64 v = qEnvironmentVariable(name).toLongLong(&ok);
    return ok ? v : fallback;
}

} // namespace

class TestSaveKill : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void killDuringSaves();
    void killDuringFirstSave();

private:
    /// Start a saver child, wait for its first "S", sleep `delayUs`, SIGKILL it; returns what it
    /// had written to stdout.
    QByteArray runAndKill(qint64 delayUs);
    /// The project must open and be A or B; returns 'A' or 'B' ('?' after a QFAIL).
    char checkProject(const QString& when);

    QTemporaryDir m_dir;
    QString m_file, m_refA, m_refB;
    QByteArray m_a, m_b;
    qint64 m_saveUs = 0;
    std::mt19937_64 m_rng;
};

void TestSaveKill::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("project/project.json"));
    m_refA = m_dir.filePath(QStringLiteral("a.json"));
    m_refB = m_dir.filePath(QStringLiteral("b.json"));
    QVERIFY(QDir().mkpath(QFileInfo(m_file).absolutePath()));
    m_a = pf::documentBytes(bigProject('A'));
    m_b = pf::documentBytes(bigProject('B'));
    QVERIFY(m_a != m_b);
    for (const auto& [f, bytes] : {std::pair{m_refA, m_a}, std::pair{m_refB, m_b}}) {
        QFile out(f);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(bytes), bytes.size());
    }
    // Both versions are valid projects where the kill test saves them.
    QVERIFY(pf::validate(m_a, m_file).ok());
    QVERIFY(pf::validate(m_b, m_file).ok());
    // How long one save takes here: the kill delays are drawn on that scale.
    QElapsedTimer t;
    t.start();
    auto docB = pf::parseDocument(m_b, m_refB);
    auto docA = pf::parseDocument(m_a, m_refA);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(pf::saveDocument(*docB, m_file).ok());
        QVERIFY(pf::saveDocument(*docA, m_file).ok());
    }
    m_saveUs = std::max<qint64>(1000, t.nsecsElapsed() / 1000 / 6);
    QCOMPARE(readAll(m_file), m_a);
    const auto seed = static_cast<std::uint64_t>(envNumber("SWINGMAP_SAVEKILL_SEED", 20240917));
    m_rng.seed(seed);
    qInfo("seed %llu; project %lld bytes (A) / %lld bytes (B); one save takes about %lld ms",
          static_cast<unsigned long long>(seed), static_cast<long long>(m_a.size()),
          static_cast<long long>(m_b.size()), static_cast<long long>(m_saveUs / 1000));
}

QByteArray TestSaveKill::runAndKill(qint64 delayUs) {
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--saver"), m_file, m_refA, m_refB});
    if (!child.waitForStarted(10000)) return "!start";
    QByteArray out;
    while (!out.contains('S') && child.state() == QProcess::Running) {
        child.waitForReadyRead(10000);
        out += child.readAllStandardOutput();
    }
    if (child.state() != QProcess::Running) return "!exit " + child.readAllStandardError();
    QThread::usleep(static_cast<unsigned long>(delayUs));
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    child.waitForFinished(10000);
    out += child.readAllStandardOutput();
    if (child.exitStatus() != QProcess::CrashExit)
        return "!exit " + QByteArray::number(child.exitCode()) + " " + child.readAllStandardError();
    return out;
}

char TestSaveKill::checkProject(const QString& when) {
    const QByteArray now = readAll(m_file);
    const char version = now == m_a ? 'A' : now == m_b ? 'B' : '?';
    if (version == '?') {
        QTest::qFail(qPrintable(when + QStringLiteral(": the project is neither A nor B (%1 bytes)")
                                           .arg(now.size())),
                     __FILE__, __LINE__);
        return '?';
    }
    auto p = loadProject(m_file.toStdString());
    if (!p) {
        QTest::qFail(qPrintable(when + QStringLiteral(": ") + QString::fromStdString(p.error())),
                     __FILE__, __LINE__);
        return '?';
    }
    // Nothing but the project and, at most, one QSaveFile temporary file killed mid-rename.
    const QStringList files = QDir(QFileInfo(m_file).absolutePath()).entryList(QDir::Files);
    const QStringList stale = pf::staleTempFiles(m_file);
    if (files.size() != 1 + stale.size() || stale.size() > 1) {
        QTest::qFail(qPrintable(when + QStringLiteral(": unexpected files: ") +
                                files.join(QStringLiteral(", "))),
                     __FILE__, __LINE__);
        return '?';
    }
    return version;
}

void TestSaveKill::killDuringSaves() {
    const int kills = static_cast<int>(envNumber("SWINGMAP_SAVEKILL_KILLS", 200));
    std::uniform_int_distribution<qint64> delay(0, 2 * m_saveUs);
    // Each save writes the other version, so the saves the child reported done ("D") tell which
    // version the file held before the save the kill interrupted: still that one means the kill
    // came before that save's rename ("old kept"), the other one after it ("renamed").
    int oldKept = 0, renamed = 0, staleSeen = 0, completedSaves = 0;
    char last = checkProject(QStringLiteral("before"));
    for (int k = 0; k < kills; ++k) {
        const qint64 us = delay(m_rng);
        const QByteArray out = runAndKill(us);
        QVERIFY2(!out.startsWith('!'), out.constData());
        const char version = checkProject(QStringLiteral("kill %1 after %2 us").arg(k).arg(us));
        if (version == '?') return;
        const auto done = out.count('D');
        const char beforeInterrupted = done % 2 == 0 ? last : (last == 'A' ? 'B' : 'A');
        const bool kept = version == beforeInterrupted;
        (kept ? oldKept : renamed) += 1;
        staleSeen += static_cast<int>(pf::staleTempFiles(m_file).size());
        completedSaves += static_cast<int>(done);
        qDebug("kill %3d after %6lld us: %lld saves done, the next one %s; project %c", k,
               static_cast<long long>(us), static_cast<long long>(done),
               kept ? "had not renamed yet" : "had renamed", version);
        last = version;
    }
    qInfo("%d kills: %d before the interrupted save's rename (old version kept), %d after it "
          "(new version); %d saves completed; %d stale temporary files left (removed by the "
          "next save)",
          kills, oldKept, renamed, completedSaves, staleSeen);
    // The test only means something when kills interrupt saves before their rename (a check of
    // the test, not a timing requirement: the delays are drawn on the scale of a measured save).
    QVERIFY2(oldKept > 0, "no kill interrupted a save before its rename");
    // A later save cleans up whatever a kill left.
    auto doc = pf::parseDocument(m_a, m_refA);
    QVERIFY(pf::saveDocument(*doc, m_file).ok());
    QVERIFY(pf::staleTempFiles(m_file).isEmpty());
    QCOMPARE(readAll(m_file), m_a);
}

void TestSaveKill::killDuringFirstSave() {
    const int runs = std::max(10, static_cast<int>(envNumber("SWINGMAP_SAVEKILL_KILLS", 200)) / 5);
    std::uniform_int_distribution<qint64> delay(0, m_saveUs + m_saveUs / 2);
    auto docA = pf::parseDocument(m_a, m_refA);
    int old = 0, fresh = 0;
    for (int r = 0; r < runs; ++r) {
        QVERIFY(pf::saveDocument(*docA, m_file).ok()); // the old version is A
        const qint64 us = delay(m_rng);
        const QByteArray out = runAndKill(us);
        QVERIFY2(!out.startsWith('!'), out.constData());
        const char version =
            checkProject(QStringLiteral("first save, kill %1 after %2 us").arg(r).arg(us));
        if (version == '?') return;
        if (!out.contains('D')) // killed in the first save: old or new, nothing else
            (version == 'A' ? old : fresh) += 1;
        qDebug("first save, kill %3d after %6lld us: stdout %s, project %c", r,
               static_cast<long long>(us), out.constData(), version);
    }
    qInfo("%d kills in or after the first save: %d left the old version A, %d the new B "
          "while the first save had not reported done",
          runs, old, fresh);
    QVERIFY2(old > 0, "no kill landed before the first save's rename");
}

int main(int argc, char** argv) {
    if (argc == 5 && std::strcmp(argv[1], "--saver") == 0)
        return saverMain(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                         QString::fromLocal8Bit(argv[4]));
    QCoreApplication app(argc, argv);
    TestSaveKill test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_savekill.moc"
