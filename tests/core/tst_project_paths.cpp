// SPDX-License-Identifier: GPL-3.0-or-later
// What a project reads and where from (core/projectpaths): each source path resolved against the
// project folder (relative, absolute, "..", symbolic links in and out, zip and /vsizip/ forms,
// PG: connection strings, remote URLs), flagged when outside the folder; the "limits" and
// "allow_remote" keys; the messages that refuse an input.
#include "core/project.h"
#include "core/projectpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

using namespace swingmap;
namespace fs = std::filesystem;

namespace {
bool touch(const QString& path) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write("x") == 1;
}

std::string projectText(const std::string& boundaries, const nlohmann::json& extra = {}) {
    nlohmann::json j = {{"boundaries", {{"path", boundaries}, {"key", "CODE"}}},
                        {"analysis", {{"outcome", "x1"}}}};
    if (extra.is_object()) j.update(extra);
    return j.dump();
}

/// Environment variable set for one scope.
class EnvGuard {
public:
    EnvGuard(const char* name, const char* value) : m_name(name) { setenv(name, value, 1); }
    ~EnvGuard() { unsetenv(m_name); }
    EnvGuard(const EnvGuard&) = delete;
    EnvGuard& operator=(const EnvGuard&) = delete;

private:
    const char* m_name;
};
} // namespace

class TestProjectPaths : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_project; ///< <tmp>/proj/project.json
    QString m_outside; ///< <tmp>/elsewhere

private slots:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        const QString root = QDir(m_tmp.path()).canonicalPath();
        m_project = root + "/proj/project.json";
        m_outside = root + "/elsewhere";
        for (const char* f : {"/proj/areas.geojson", "/proj/data/e1.csv", "/proj/areas.zip",
                              "/proj/shp/areas.shp", "/proj/shp/areas.shx", "/proj/shp/areas.prj"})
            QVERIFY(touch(root + f));
        for (const char* f : {"/elsewhere/secret.csv", "/elsewhere/x.zip", "/elsewhere/areas.dbf",
                              "/elsewhere/b.shp", "/elsewhere/b.shx", "/elsewhere/b.dbf"})
            QVERIFY(touch(root + f));
        QVERIFY(touch(m_project));
        // links: one out of the folder, one within it, a Shapefile part that leads out
        QVERIFY(QFile::link(m_outside + "/secret.csv", root + "/proj/link_out.csv"));
        QVERIFY(QFile::link(root + "/proj/data/e1.csv", root + "/proj/link_in.csv"));
        QVERIFY(QFile::link(m_outside + "/areas.dbf", root + "/proj/shp/areas.dbf"));
        // the project folder reached through a link of its own
        QVERIFY(QFile::link(root + "/proj", root + "/proj_link"));
    }

    void paths_data() {
        QTest::addColumn<QString>("path");    // as written in the project; %OUT% = outside dir
        QTest::addColumn<int>("kind");        // InputFile::Kind
        QTest::addColumn<bool>("outside");    // the boundaries' own entry
        QTest::addColumn<QString>("fileEnd"); // the file it reads ends so ("" = no file)
        using K = InputFile::Kind;
        QTest::newRow("relative") << "areas.geojson" << int(K::File) << false
                                  << "/proj/areas.geojson";
        QTest::newRow("relative in a subfolder")
            << "data/e1.csv" << int(K::File) << false << "/proj/data/e1.csv";
        QTest::newRow("absolute inside")
            << "%PROJ%/areas.geojson" << int(K::File) << false << "/proj/areas.geojson";
        QTest::newRow("absolute outside")
            << "%OUT%/secret.csv" << int(K::File) << true << "/elsewhere/secret.csv";
        QTest::newRow("dot-dot out")
            << "../elsewhere/secret.csv" << int(K::File) << true << "/elsewhere/secret.csv";
        QTest::newRow("dot-dot back in")
            << "data/../areas.geojson" << int(K::File) << false << "/proj/areas.geojson";
        QTest::newRow("missing file outside")
            << "../nowhere/x.csv" << int(K::File) << true << "/nowhere/x.csv";
        QTest::newRow("symlink out")
            << "link_out.csv" << int(K::File) << true << "/elsewhere/secret.csv";
        QTest::newRow("symlink within")
            << "link_in.csv" << int(K::File) << false << "/proj/data/e1.csv";
        QTest::newRow("zip") << "areas.zip" << int(K::File) << false << "/proj/areas.zip";
        QTest::newRow("vsizip relative")
            << "/vsizip/areas.zip/a/areas.shp" << int(K::File) << false << "/proj/areas.zip";
        QTest::newRow("vsizip absolute outside")
            << "/vsizip/%OUT%/x.zip/areas.shp" << int(K::File) << true << "/elsewhere/x.zip";
        QTest::newRow("vsizip braces outside")
            << "/vsizip/{%OUT%/x.zip}/areas.shp" << int(K::File) << true << "/elsewhere/x.zip";
        QTest::newRow("vsigzip outside")
            << "/vsigzip/%OUT%/secret.csv" << int(K::File) << true << "/elsewhere/secret.csv";
        QTest::newRow("PG") << "PG:host=db dbname=votes user=u password=s3cret" << int(K::Database)
                            << false << "";
        QTest::newRow("vsimem cannot be placed")
            << "/vsimem/x.geojson" << int(K::Other) << true << "";
    }

    void paths() {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(bool, outside);
        QFETCH(QString, fileEnd);
        const QString root = QDir(m_tmp.path()).canonicalPath();
        path.replace("%OUT%", m_outside).replace("%PROJ%", root + "/proj");
        auto p = parseProject(projectText(path.toStdString()), m_project.toStdString());
        QVERIFY2(p, p ? "" : p.error().c_str());
        const auto inputs = projectInputs(*p);
        QVERIFY(!inputs.empty());
        const InputFile& b = inputs.front();
        QCOMPARE(b.role, std::string("boundaries"));
        QCOMPARE(b.key, std::string("$.boundaries.path"));
        QCOMPARE(int(b.kind), kind);
        QCOMPARE(b.outside, outside);
        if (fileEnd.isEmpty())
            QVERIFY(b.file.empty());
        else
            QCOMPARE(QString::fromStdString(b.file), root + fileEnd);
        const auto confirm = inputsToConfirm(*p);
        QCOMPARE(!confirm.empty(), outside);
        const std::string text = confirmationText(confirm);
        QCOMPARE(text.rfind("This project reads files outside its folder:", 0) == 0, outside);
        QVERIFY(text.find("s3cret") == std::string::npos);
    }

    /// The project file reached through a link: its folder is the link's target, data inside.
    void projectFolderThroughLink() {
        const QString root = QDir(m_tmp.path()).canonicalPath();
        auto p = parseProject(projectText("areas.geojson"),
                              (root + "/proj_link/project.json").toStdString());
        QVERIFY(p);
        QVERIFY(inputsToConfirm(*p).empty());
    }

    /// A Shapefile inside the folder whose .dbf is a link out of it: the .dbf is listed.
    void shapefilePartOutside() {
        auto p = parseProject(projectText("shp/areas.shp"), m_project.toStdString());
        QVERIFY(p);
        const auto all = projectInputs(*p);
        QCOMPARE(all.size(), std::size_t(4)); // .shp, .shx, .dbf, .prj
        QVERIFY(!all.front().outside);
        const auto confirm = inputsToConfirm(*p);
        QCOMPARE(confirm.size(), std::size_t(1));
        QVERIFY(confirm.front().path.size() > 4 &&
                confirm.front().path.substr(confirm.front().path.size() - 4) == ".dbf");
        QCOMPARE(QString::fromStdString(confirm.front().file), m_outside + "/areas.dbf");
    }

    /// A Shapefile outside is listed once: its parts lie next to it.
    void shapefileOutsideListedOnce() {
        auto p = parseProject(projectText("../elsewhere/b.shp"), m_project.toStdString());
        QVERIFY(p);
        QCOMPARE(projectInputs(*p).size(), std::size_t(3));
        const auto confirm = inputsToConfirm(*p);
        QCOMPARE(confirm.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(confirm.front().file), m_outside + "/b.shp");
    }

    /// Elections and census tables are listed with their own roles and JSON paths.
    void everySource() {
        nlohmann::json extra = {{"elections",
                                 {{{"label", "2021"},
                                   {"path", "../elsewhere/secret.csv"},
                                   {"key", "k"},
                                   {"valid", "v"},
                                   {"parties", {"A"}}},
                                  {{"label", "2025"},
                                   {"path", "data/e1.csv"},
                                   {"key", "k"},
                                   {"valid", "v"},
                                   {"parties", {"A"}}}}},
                                {"census", {{{"path", "link_out.csv"}, {"key", "k"}}}},
                                {"analysis", {{"party", "A"}, {"from", "2021"}, {"to", "2025"}}}};
        auto p = parseProject(projectText("areas.geojson", extra), m_project.toStdString());
        QVERIFY2(p, p ? "" : p.error().c_str());
        const auto confirm = inputsToConfirm(*p);
        QCOMPARE(confirm.size(), std::size_t(2));
        QCOMPARE(confirm[0].role, std::string("election 2021"));
        QCOMPARE(confirm[0].key, std::string("$.elections[0].path"));
        QCOMPARE(confirm[1].role, std::string("census table 1"));
        QCOMPARE(confirm[1].key, std::string("$.census[0].path"));
    }

    void remote_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("http") << "http://127.0.0.1:9/x.geojson";
        QTest::newRow("https") << "https://example.org/x.geojson";
        QTest::newRow("ftp") << "ftp://example.org/x.csv";
        QTest::newRow("vsicurl") << "/vsicurl/http://example.org/x.gpkg";
        QTest::newRow("vsicurl_streaming") << "/vsicurl_streaming/http://example.org/x.geojson";
        QTest::newRow("vsis3") << "/vsis3/bucket/x.gpkg";
        QTest::newRow("vsigs") << "/vsigs/bucket/x.gpkg";
        QTest::newRow("vsiaz") << "/vsiaz/container/x.gpkg";
        QTest::newRow("vsiadls") << "/vsiadls/fs/x.gpkg";
        QTest::newRow("vsioss") << "/vsioss/bucket/x.gpkg";
        QTest::newRow("vsiswift") << "/vsiswift/c/x.gpkg";
        QTest::newRow("vsiwebhdfs") << "/vsiwebhdfs/http://h/x.gpkg";
        QTest::newRow("vsihdfs") << "/vsihdfs/hdfs://h/x.gpkg";
        QTest::newRow("nested in zip") << "/vsizip//vsicurl/http://example.org/x.zip/a.shp";
        QTest::newRow("upper case") << "/VSICURL/HTTP://example.org/x.gpkg";
        QTest::newRow("driver prefix") << "GeoJSON:https://example.org/x";
    }

    /// Without "allow_remote" a remote source is an error naming the key and the fix; with it,
    /// the source is a remote input listed for confirmation. A URL's password is never shown.
    void remote() {
        QFETCH(QString, path);
        QVERIFY(isRemotePath(path.toStdString()));
        QVERIFY(!localFileOf(path.toStdString()));
        auto refused = parseProject(projectText(path.toStdString()), m_project.toStdString());
        QVERIFY(!refused);
        QVERIFY2(refused.error().find("$.boundaries.path: ") != std::string::npos,
                 refused.error().c_str());
        QVERIFY(refused.error().find("\"allow_remote\": true") != std::string::npos);
        auto allowed = parseProject(projectText(path.toStdString(), {{"allow_remote", true}}),
                                    m_project.toStdString());
        QVERIFY2(allowed, allowed ? "" : allowed.error().c_str());
        QVERIFY(allowed->input.allowRemote && allowed->boundaries.input.allowRemote);
        const auto confirm = inputsToConfirm(*allowed);
        QCOMPARE(confirm.size(), std::size_t(1));
        QCOMPARE(int(confirm.front().kind), int(InputFile::Kind::Remote));
        QVERIFY(confirmationText(confirm).find("from the network") != std::string::npos);
    }

    void notRemote_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("plain") << "/data/http_results.csv";
        QTest::newRow("vsizip") << "/vsizip//data/x.zip/a.shp";
        QTest::newRow("PG") << "PG:host=db.example.org dbname=x";
        QTest::newRow("named like a prefix") << "/data/vsicurl.csv";
        QTest::newRow("named like a prefix 2") << "/data/vsis3_results/x.csv";
    }
    void notRemote() {
        QFETCH(QString, path);
        QVERIFY(!isRemotePath(path.toStdString()));
    }

    void redaction() {
        QCOMPARE(redactPath("PG:host=h dbname=d password=s3cret user=u"),
                 std::string("PG:host=h dbname=d password=*** user=u"));
        QCOMPARE(redactPath("PG:host=h password='se cret'"), std::string("PG:host=h password=***"));
        QCOMPARE(redactPath("postgresql://me:s3cret@db/x"),
                 std::string("postgresql://me:***@db/x"));
        QCOMPARE(redactPath("/vsicurl/https://me:s3cret@host/x.gpkg"),
                 std::string("/vsicurl/https://me:***@host/x.gpkg"));
        QCOMPARE(redactPath("https://host/a@b.geojson"), std::string("https://host/a@b.geojson"));
        QCOMPARE(redactPath("/data/x.csv"), std::string("/data/x.csv"));
    }

    /// "limits": defaults, values in MiB, the schema's bounds, SWINGMAP_MAX_INPUT_MB.
    void limits() {
        auto d = parseProject(projectText("areas.geojson"), m_project.toStdString());
        QVERIFY(d);
        QCOMPARE(d->input.maxInputBytes, std::uint64_t(2048) << 20);
        QCOMPARE(d->input.maxFeatures, std::uint64_t(10'000'000));
        QVERIFY(!d->input.allowRemote);
        auto set = parseProject(
            projectText("areas.geojson", {{"limits", {{"max_input_mb", 5}, {"max_features", 7}}}}),
            m_project.toStdString());
        QVERIFY(set);
        QCOMPARE(set->input.maxInputBytes, std::uint64_t(5) << 20);
        QCOMPARE(set->boundaries.input.maxInputBytes, std::uint64_t(5) << 20);
        QCOMPARE(set->boundaries.input.maxFeatures, std::uint64_t(7));
        for (const nlohmann::json& bad :
             {nlohmann::json{{"max_input_mb", 0}}, nlohmann::json{{"max_input_mb", "2G"}},
              nlohmann::json{{"max_input_mb", 1.5}}, nlohmann::json{{"max_rows", 3}}}) {
            auto r = parseProject(projectText("areas.geojson", {{"limits", bad}}),
                                  m_project.toStdString());
            QVERIFY2(!r, bad.dump().c_str());
            QVERIFY2(r.error().find("$.limits") != std::string::npos, r.error().c_str());
        }
        auto notBool = parseProject(projectText("areas.geojson", {{"allow_remote", "yes"}}),
                                    m_project.toStdString());
        QVERIFY(!notBool);
        QVERIFY(notBool.error().find("$.allow_remote") != std::string::npos);
    }

    void environmentOverride() {
        const QString file = QFileInfo(m_project).absolutePath() + "/limits.json";
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::fromStdString(
                projectText("areas.geojson", {{"limits", {{"max_input_mb", 5}}}})));
        }
        {
            EnvGuard env("SWINGMAP_MAX_INPUT_MB", "7");
            auto p = loadProject(file.toStdString());
            QVERIFY(p);
            QCOMPARE(p->boundaries.input.maxInputBytes, std::uint64_t(7) << 20);
        }
        {
            EnvGuard env("SWINGMAP_MAX_INPUT_MB", "lots");
            auto p = loadProject(file.toStdString());
            QVERIFY(!p);
            QVERIFY(p.error().find("SWINGMAP_MAX_INPUT_MB=lots") != std::string::npos);
        }
        auto p = loadProject(file.toStdString());
        QVERIFY(p);
        QCOMPARE(p->boundaries.input.maxInputBytes, std::uint64_t(5) << 20);
        QCOMPARE(parseMegabytes("0"), std::optional<std::uint64_t>());
        QCOMPARE(parseMegabytes("-1"), std::optional<std::uint64_t>());
        QCOMPARE(parseMegabytes("99999999999"), std::optional<std::uint64_t>());
        QCOMPARE(parseMegabytes("4096"), std::optional<std::uint64_t>(4096));
    }

    void messages() {
        InputPolicy policy;
        const std::uint64_t size = 3ULL << 30;
        const std::string m = inputTooLargeMessage("big.gpkg", size, policy);
        for (const char* part :
             {"big.gpkg", "3.0 GiB (3,221,225,472 bytes)", "2,048 MiB", "\"max_input_mb\": 3073",
              "--max-input-mb 3073", "SWINGMAP_MAX_INPUT_MB"})
            QVERIFY2(m.find(part) != std::string::npos, (m + " lacks " + part).c_str());
        QCOMPARE(byteSize(512), std::string("512 bytes"));
        QCOMPARE(byteSize(1536), std::string("1.5 KiB (1,536 bytes)"));
        const std::string r = remoteRefusedMessage("http://h/x");
        QVERIFY(r.find("\"allow_remote\": true") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestProjectPaths)
#include "tst_project_paths.moc"
