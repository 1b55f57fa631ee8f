// SPDX-License-Identifier: GPL-3.0-or-later
// swingmap-cli with hostile projects (issue 10), run as a user runs it:
//   - files outside the project folder are listed on stderr before anything is read ("This
//     project reads files outside its folder:"), and the run goes on; --refuse-outside makes it
//     an error (exit 1, nothing written); validate does the same;
//   - a remote source without "allow_remote" is an error naming the key (run and validate);
//   - an input above the size limit is refused naming the file, its size and how to raise the
//     limit; "limits.max_input_mb", --max-input-mb and SWINGMAP_MAX_INPUT_MB move it (sparse
//     files: no gigabytes written);
//   - a database password never appears in a message.
// The project is the broken-file catalogue's base case (tests/data/broken/_base), copied.
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/common/process_run.h"

namespace {
using swingmap::test::Run;
using swingmap::test::run;

const QString kBase = QStringLiteral(PROJECT_DIR "/tests/data/broken/_base");

QJsonObject readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeJson(const QString& path, const QJsonObject& o) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           f.write(QJsonDocument(o).toJson()) > 0;
}

bool copyBase(const QString& to) {
    QDir().mkpath(to);
    for (const QString& f : QDir(kBase).entryList(QDir::Files)) {
        QFile::remove(to + "/" + f);
        if (!QFile::copy(kBase + "/" + f, to + "/" + f)) return false;
        QFile(to + "/" + f).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

QStringList filesIn(const QString& dir) {
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}
} // namespace

class TestCliHostile : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    /// A case folder with the base project; `edit` changes its JSON. Returns the project path.
    QString makeCase(const QString& name, const std::function<void(QJsonObject&)>& edit = {}) {
        const QString dir = m_dir.path() + "/" + name;
        if (!copyBase(dir)) return {};
        QJsonObject p = readJson(dir + "/project.json");
        if (edit) edit(p);
        return writeJson(dir + "/project.json", p) ? dir + "/project.json" : QString();
    }

    static void setBoundaries(QJsonObject& p, const QString& path) {
        QJsonObject b = p["boundaries"].toObject();
        b["path"] = path;
        p["boundaries"] = b;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        qunsetenv("SWINGMAP_MAX_INPUT_MB");
    }

    /// A project entirely inside its folder: no notice.
    void insideNoNotice() {
        const QString project = makeCase("inside");
        const Run r = run(CLI_PATH, {"run", project, "--out", m_dir.path() + "/out-inside"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains("outside its folder"), qPrintable(r.err));
    }

    /// Boundaries read from a sibling folder: listed (with the resolved path), then the run goes
    /// on; with --refuse-outside it stops before writing anything.
    void outsideListed() {
        QVERIFY(copyBase(m_dir.path() + "/shared"));
        const QString project = makeCase(
            "outside", [](QJsonObject& p) { setBoundaries(p, "../shared/areas.geojson"); });
        const QString out = m_dir.path() + "/out-outside";
        const Run r = run(CLI_PATH, {"run", project, "--out", out, "--quiet"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains("This project reads files outside its folder:\n  boundaries: " +
                                QDir(m_dir.path()).canonicalPath() + "/shared/areas.geojson"),
                 qPrintable(r.err));
        QVERIFY(QFile::exists(out + "/report.json"));

        const QString refusedOut = m_dir.path() + "/out-refused";
        const Run refused =
            run(CLI_PATH, {"run", project, "--out", refusedOut, "--refuse-outside"});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("outside its folder") &&
                     refused.err.contains("--refuse-outside"),
                 qPrintable(refused.err));
        QVERIFY(filesIn(refusedOut).isEmpty());

        const Run v = run(CLI_PATH, {"validate", project});
        QCOMPARE(v.code, 0);
        QVERIFY(v.err.contains("outside its folder"));
        QCOMPARE(run(CLI_PATH, {"validate", project, "--refuse-outside"}).code, 1);
    }

    /// A link inside the folder that leads out of it counts as outside.
    void symlinkOut() {
        QVERIFY(copyBase(m_dir.path() + "/shared2"));
        const QString project = makeCase("link");
        const QString dir = QFileInfo(project).absolutePath();
        QVERIFY(QFile::remove(dir + "/census.csv"));
        QVERIFY(QFile::link(m_dir.path() + "/shared2/census.csv", dir + "/census.csv"));
        const Run r = run(CLI_PATH, {"validate", project, "--refuse-outside"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("census table 1: " + dir + "/census.csv"), qPrintable(r.err));
        QVERIFY2(r.err.contains("shared2/census.csv"), qPrintable(r.err));
    }

    void remote_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("http") << "http://127.0.0.1:9/areas.geojson";
        QTest::newRow("vsicurl") << "/vsicurl/https://example.org/areas.geojson";
        QTest::newRow("nested") << "/vsizip//vsicurl/https://example.org/a.zip/areas.geojson";
    }

    /// A remote source without "allow_remote": an error naming the key, for run and validate.
    void remote() {
        QFETCH(QString, path);
        const QString name = QString("remote-%1").arg(QTest::currentDataTag());
        const QString project = makeCase(name, [&](QJsonObject& p) { setBoundaries(p, path); });
        for (const QStringList& args :
             {QStringList{"run", project, "--out", m_dir.path() + "/out-" + name},
              QStringList{"validate", project}}) {
            const Run r = run(CLI_PATH, args);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("$.boundaries.path") && r.err.contains("remote source") &&
                         r.err.contains("\"allow_remote\": true"),
                     qPrintable(r.err));
        }
        QVERIFY(filesIn(m_dir.path() + "/out-" + name).isEmpty());
    }

    /// Sparse files above the limit are refused by name and size; the limit moves with the
    /// project's "limits", --max-input-mb (which wins) and SWINGMAP_MAX_INPUT_MB.
    void sizeLimit() {
        const QString project = makeCase("huge");
        const QString dir = QFileInfo(project).absolutePath();
        {
            QFile census(dir + "/census.csv");
            QVERIFY(census.resize(qint64(3) << 30)); // 3 GiB, sparse
        }
        const QString out = m_dir.path() + "/out-huge";
        Run r = run(CLI_PATH, {"run", project, "--out", out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("census.csv: the file is 3.0 GiB (3,221,225,472 bytes), larger "
                                "than the input limit of 2,048 MiB") &&
                     r.err.contains("--max-input-mb 3073"),
                 qPrintable(r.err));
        QVERIFY(filesIn(out).isEmpty());

        // a small limit in the project refuses a 2 MiB file; the command line lifts it
        QJsonObject p = readJson(project);
        p["limits"] = QJsonObject{{"max_input_mb", 1}};
        QVERIFY(writeJson(project, p));
        {
            QFile census(dir + "/census.csv");
            QVERIFY(census.resize(qint64(2) << 20));
        }
        r = run(CLI_PATH, {"run", project, "--out", out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("input limit of 1 MiB"), qPrintable(r.err));
        r = run(CLI_PATH, {"run", project, "--out", out, "--max-input-mb", "3"});
        QCOMPARE(r.code, 1); // read now: a file of NUL bytes is no table
        QVERIFY2(!r.err.contains("input limit") && r.err.contains("census.csv"), qPrintable(r.err));
        qputenv("SWINGMAP_MAX_INPUT_MB", "3");
        r = run(CLI_PATH, {"run", project, "--out", out});
        QVERIFY2(!r.err.contains("input limit"), qPrintable(r.err));
        r = run(CLI_PATH, {"run", project, "--out", out, "--max-input-mb", "1"});
        QVERIFY2(r.err.contains("input limit of 1 MiB"), qPrintable(r.err)); // the flag wins
        qputenv("SWINGMAP_MAX_INPUT_MB", "much");
        r = run(CLI_PATH, {"validate", project});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("SWINGMAP_MAX_INPUT_MB=much"), qPrintable(r.err));
        qunsetenv("SWINGMAP_MAX_INPUT_MB");
        QVERIFY(filesIn(out).isEmpty());

        for (const char* bad : {"0", "-5", "lots", "1e3"}) {
            r = run(CLI_PATH, {"run", project, "--out", out, "--max-input-mb", bad});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("--max-input-mb"), qPrintable(r.err));
        }
    }

    /// A connection string's password is masked in every message (here: nobody listens).
    void noPasswordInMessages() {
        const QString project = makeCase("pg", [](QJsonObject& p) {
            setBoundaries(p, "PG:host=127.0.0.1 port=9 dbname=x user=u password=s3cret");
            QJsonObject b = p["boundaries"].toObject();
            b["layer"] = "areas";
            p["boundaries"] = b;
        });
        const Run r = run(CLI_PATH, {"run", project, "--out", m_dir.path() + "/out-pg"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("password=***"), qPrintable(r.err));
        QVERIFY2(!r.err.contains("s3cret") && !r.out.contains("s3cret"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
