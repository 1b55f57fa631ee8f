// SPDX-License-Identifier: GPL-3.0-or-later
// Boundaries from a PostGIS table. The test starts a real PostgreSQL + PostGIS server (Debian's
// postgresql and postgresql-15-postgis-3, see .ci/install-deps) in a temporary folder, as the
// unprivileged user "nobody" when run as root (initdb refuses root), on a free loopback port;
// loads the German constituencies into it with GDAL's PostgreSQL driver; runs SwingMap's loading
// path (a project file whose boundaries are a "PG:" connection string, loadProject + runJob); and
// checks that everything equals the same project read from the Shapefile. The server is stopped
// when the test ends, also on failure. If the server cannot start the test FAILS with the reason.
#include "app/shared/job.h"
#include "boundary_fixture.h"
#include "core/project.h"
#include "gis/reader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <arpa/inet.h>
#include <fstream>
#include <netinet/in.h>
#include <nlohmann/json.hpp>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace swingmap;
using namespace swingmap::testing;

namespace {
const QString kShared = QStringLiteral(SHARED_DATA_DIR);
const std::string kWkr =
    SHARED_DATA_DIR "/de_bundestag_wahlkreise_2021_2025/boundaries/wkr2025.shp";

/// A throw-away PostgreSQL cluster: initdb, start, stop (in the destructor too).
/// A loopback TCP port nothing listens on right now (0 if none could be found).
quint16 freePort() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    quint16 port = 0;
    if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    close(fd);
    return port;
}

class PgServer {
public:
    ~PgServer() { stop(); }

    /// "" on success, else why the server could not be started.
    QString start(const QString& dir) {
        m_dir = dir;
        const QStringList bins =
            QDir("/usr/lib/postgresql").entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (auto it = bins.rbegin(); it != bins.rend() && m_bin.isEmpty(); ++it)
            if (QFile::exists("/usr/lib/postgresql/" + *it + "/bin/pg_ctl"))
                m_bin = "/usr/lib/postgresql/" + *it + "/bin/";
        if (m_bin.isEmpty())
            return "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin: install the "
                   "packages postgresql and postgresql-15-postgis-3 (.ci/install-deps)";
        if (geteuid() == 0) { // initdb refuses root: run the cluster as "nobody"
            const passwd* pw = getpwnam("nobody");
            if (!pw) return "running as root, and there is no user \"nobody\" to run PostgreSQL";
            if (chown(dir.toLocal8Bit().constData(), pw->pw_uid, pw->pw_gid) != 0)
                return "cannot hand " + dir + " to the user nobody";
            m_asUser = {"runuser", "-u", "nobody", "--"};
        }
        m_port = freePort();
        if (m_port == 0) return "no free loopback port";
        QString out;
        if (!run("initdb",
                 {"-D", dataDir(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C",
                  "--no-sync"},
                 &out))
            return "initdb failed: " + out;
        const QString opts = QString("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                                 .arg(m_port)
                                 .arg(m_dir);
        if (!run("pg_ctl",
                 {"-D", dataDir(), "-o", opts, "-l", m_dir + "/server.log", "-w", "-t", "60",
                  "start"},
                 &out)) {
            QFile log(m_dir + "/server.log");
            log.open(QIODevice::ReadOnly);
            return "pg_ctl start failed: " + out + "\nserver.log: " + log.readAll();
        }
        m_running = true;
        if (!run("createdb",
                 {"-h", "127.0.0.1", "-p", QString::number(m_port), "-U", "postgres", "swingmap"},
                 &out))
            return "createdb failed: " + out;
        if (!psql("CREATE EXTENSION postgis;", &out))
            return "CREATE EXTENSION postgis failed (is postgresql-15-postgis-3 installed?): " +
                   out;
        return {};
    }

    void stop() {
        if (!m_running) return;
        m_running = false;
        QString out;
        run("pg_ctl", {"-D", dataDir(), "-m", "immediate", "-w", "stop"}, &out);
    }

    bool psql(const QString& sql, QString* out) {
        return run("psql",
                   {"-h", "127.0.0.1", "-p", QString::number(m_port), "-U", "postgres", "-d",
                    "swingmap", "-v", "ON_ERROR_STOP=1", "-c", sql},
                   out);
    }

    [[nodiscard]] std::string connection() const {
        return "PG:host=127.0.0.1 port=" + std::to_string(m_port) +
               " dbname=swingmap user=postgres";
    }
    [[nodiscard]] quint16 port() const { return m_port; }

private:
    [[nodiscard]] QString dataDir() const { return m_dir + "/data"; }

    bool run(const QString& tool, const QStringList& args, QString* out) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_dir);
        QStringList argv = m_asUser;
        argv << m_bin + tool << args;
        const QString program = argv.takeFirst();
        p.start(program, argv);
        if (!p.waitForStarted(10000)) {
            *out = program + " did not start: " + p.errorString();
            return false;
        }
        p.waitForFinished(120000);
        *out = QString::fromLocal8Bit(p.readAll()).trimmed();
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QString m_dir, m_bin;
    QStringList m_asUser;
    quint16 m_port = 0;
    bool m_running = false;
};

/// The German example project with absolute paths, OLS only, boundaries replaced by `boundaries`.
std::string writeProject(const QString& dir, const nlohmann::json& boundaries) {
    std::ifstream in(PROJECT_DIR "/docs/examples/de_bundestag_spd_2021_2025.json");
    nlohmann::json j = nlohmann::json::parse(in);
    const std::string rel = "../../../shared/data";
    auto absolute = [&](nlohmann::json& source) {
        std::string p = source["path"];
        if (p.rfind(rel, 0) == 0) source["path"] = SHARED_DATA_DIR + p.substr(rel.size());
    };
    for (auto& e : j["elections"])
        absolute(e);
    for (auto& c : j["census"])
        absolute(c);
    j["boundaries"] = boundaries;
    j["analysis"]["models"] = {"ols"};
    j["analysis"]["lisa"] = false;
    const std::string path = (dir + "/project.json").toStdString();
    std::ofstream(path) << j.dump(2);
    return path;
}
} // namespace

class TestPostgis : public QObject {
    Q_OBJECT
    // under /tmp whatever TMPDIR says: "nobody" must reach it, and the server's socket path
    // must stay short
    QTemporaryDir m_dir{QStringLiteral("/tmp/swingmap-pg-XXXXXX")};
    PgServer m_pg;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString why = m_pg.start(m_dir.path());
        QVERIFY2(why.isEmpty(), qPrintable("PostgreSQL/PostGIS could not be started: " + why));
        // the constituencies as they are (WGS 84), and again in UTM 32N in a second table
        std::string err = vectorTranslate(kWkr, m_pg.connection(),
                                          {"-f", "PostgreSQL", "-nln", "wahlkreise", "-lco",
                                           "GEOMETRY_NAME=geom", "-nlt", "PROMOTE_TO_MULTI"});
        QVERIFY2(err.empty(), err.c_str());
        err = vectorTranslate(
            kWkr, m_pg.connection(),
            {"-nln", "wahlkreise_utm", "-t_srs", "EPSG:25832", "-nlt", "PROMOTE_TO_MULTI"}, true);
        QVERIFY2(err.empty(), err.c_str());
        QString out;
        QVERIFY2(m_pg.psql("SELECT count(*) FROM wahlkreise;", &out), qPrintable(out));
        QVERIFY2(out.contains("299"), qPrintable(out));
    }

    void projectFromPostgisEqualsShapefile() {
        const nlohmann::json pg = {{"path", m_pg.connection()},
                                   {"layer", "wahlkreise"},
                                   {"key", "wkr_id"},
                                   {"name", "name"}};
        const nlohmann::json shp = {{"path", kWkr}, {"key", "wkr_id"}, {"name", "name"}};
        auto fromPg = loadProject(writeProject(m_dir.path(), pg));
        QVERIFY2(fromPg, fromPg ? "" : fromPg.error().c_str());
        QCOMPARE(QString::fromStdString(fromPg->boundaries.path),
                 QString::fromStdString(m_pg.connection())); // passed through, not a file path
        auto fromFile = loadProject(writeProject(m_dir.path(), shp));
        QVERIFY2(fromFile, fromFile ? "" : fromFile.error().c_str());
        Feedback fb;
        auto a = runJob(*fromPg, fb);
        QVERIFY2(a, a ? "" : a.error().c_str());
        auto b = runJob(*fromFile, fb);
        QVERIFY2(b, b ? "" : b.error().c_str());
        const Dataset &d = a->data, &e = b->data;
        QCOMPARE(d.areaCount(), std::size_t{299});
        QCOMPARE(d.keys, e.keys);
        QCOMPARE(d.names, e.names);
        QCOMPARE(d.crsName, e.crsName);
        QCOMPARE(d.geometry.ringPoint, e.geometry.ringPoint);
        QCOMPARE(d.geometry.xy.size(), e.geometry.xy.size());
        for (std::size_t i = 0; i < d.geometry.xy.size(); ++i)
            QVERIFY(std::fabs(d.geometry.xy[i] - e.geometry.xy[i]) < 1e-12);
        QCOMPARE(d.join.geometry.repaired, e.join.geometry.repaired);
        QCOMPARE(d.join.geometry.empty, e.join.geometry.empty);
        QCOMPARE(d.join.geometry.islands, e.join.geometry.islands);
        QCOMPARE(d.elections.size(), e.elections.size());
        for (std::size_t k = 0; k < d.elections.size(); ++k)
            QCOMPARE(d.elections[k].valid, e.elections[k].valid);
        QVERIFY(a->analysis.model.fitted && b->analysis.model.fitted);
        QCOMPARE(a->analysis.model.n, b->analysis.model.n);
        for (std::size_t t = 0; t < a->analysis.model.fit.terms.size(); ++t)
            QVERIFY(std::fabs(a->analysis.model.fit.terms[t].estimate -
                              b->analysis.model.fit.terms[t].estimate) <=
                    1e-9 * std::fabs(b->analysis.model.fit.terms[t].estimate));
        QCOMPARE(a->neighbours.linkCount(), b->neighbours.linkCount());
    }

    void tableInAnotherCrsIsReprojected() {
        SourceSpec spec;
        spec.path = m_pg.connection();
        spec.layer = "wahlkreise_utm";
        spec.key = "wkr_id";
        spec.name = "name";
        auto l = gis::readPolygonLayer(spec, "EPSG:3035");
        QVERIFY2(l, l ? "" : l.error().c_str());
        QCOMPARE(QString::fromStdString(l->crsName), QStringLiteral("EPSG:3035"));
        const Reference ref = readReference(kWkr, "", "wkr_id", "name", "EPSG:3035");
        auto keys = l->attributes.column("wkr_id");
        QVERIFY(keys);
        QCOMPARE(l->geometry.featureCount(), ref.size());
        const double off = maxCentroidOffset(l->geometry, **keys, ref);
        QVERIFY2(off >= 0 && off < 0.01, qPrintable(QString::number(off)));
        auto names = l->attributes.column("name");
        for (std::size_t i = 0; i < (*keys)->size(); ++i)
            QCOMPARE(QString::fromStdString((**names)[i]),
                     QString::fromStdString(ref.at((**keys)[i]).name));
    }

    void withoutLayerTheTablesAreListed() {
        SourceSpec spec;
        spec.path = m_pg.connection();
        spec.key = "wkr_id";
        auto l = gis::readPolygonLayer(spec);
        QVERIFY(!l);
        const QString msg = QString::fromStdString(l.error());
        QVERIFY2(msg.contains("wahlkreise") && msg.contains("wahlkreise_utm") &&
                     msg.contains("\"layer\""),
                 qPrintable(msg));
        spec.layer = "kreise";
        l = gis::readPolygonLayer(spec);
        QVERIFY(!l);
        QVERIFY2(QString::fromStdString(l.error()).contains("\"kreise\""), l.error().c_str());
    }

    void unreachableServerSaysSoWithoutThePassword() {
        const quint16 port = freePort(); // nothing listens there
        QVERIFY(port != 0);
        SourceSpec spec;
        spec.path = "PG:host=127.0.0.1 port=" + std::to_string(port) +
                    " dbname=swingmap user=postgres password=s3cret connect_timeout=5";
        spec.layer = "wahlkreise";
        auto l = gis::readPolygonLayer(spec);
        QVERIFY(!l);
        const QString msg = QString::fromStdString(l.error());
        QVERIFY2(msg.contains("PostgreSQL") && msg.contains(QString::number(port)) &&
                     msg.contains("password=***") && !msg.contains("s3cret"),
                 qPrintable(msg));
    }

    void cleanupTestCase() { m_pg.stop(); }
};

QTEST_GUILESS_MAIN(TestPostgis)
#include "tst_postgis.moc"
