// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile inputs (issue 10): no surprise network access and no input too large for memory.
//
// Network: a local TCP listener (QTcpServer on 127.0.0.1) counts connections while SwingMap reads
// sources that point at it: a URL, /vsicurl/, /vsizip//vsicurl/, a CSV over /vsicurl/, and local
// .vrt files whose SrcDataSource pulls from it (through /vsicurl/ and through plain http://).
// Every read must fail with a message naming "allow_remote", and the listener must see no
// connection at all; GDAL called directly (GDALOpenEx, VSIStatL, CPLHTTPFetch) is refused too,
// proving the guard sits in GDAL and not only in SwingMap's own path check. With
// "allow_remote" the URL connects and its GeoJSON loads.
//
// Size: a sparse 3 GiB GeoJSON and CSV (truncate: no gigabytes written) are refused before
// anything is read, naming the file, its size, the limit and how to raise it; so is a zip whose
// member is too large uncompressed, a Shapefile whose .dbf is too large, and a layer or table
// with more features than "max_features".
//
// Nothing runs: Python in VRT is off and PROJ's network is off, whatever the environment says.
#include "core/projectpaths.h"
#include "gis/network.h"
#include "gis/ogr_common.h"
#include "gis/reader.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

#include <cpl_http.h>
#include <cpl_vsi.h>
#include <ogr_srs_api.h>

using namespace swingmap;

namespace {

const QByteArray kFeature = "{\"type\":\"Feature\",\"properties\":{\"CODE\":\"%1\"},"
                            "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                            "[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}";

QByteArray featureCollection(int n) {
    QByteArray out = "{\"type\":\"FeatureCollection\",\"features\":[";
    for (int i = 0; i < n; ++i)
        out += (i ? "," : "") + QByteArray(kFeature).replace("%1", QByteArray::number(i + 1));
    return out + "]}";
}

const QByteArray kGeoJson = featureCollection(1);

/// Counts every connection; answers each request with the tiny GeoJSON above.
class Listener : public QObject {
public:
    Listener() {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                ++m_connections;
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    const QByteArray request = s->readAll();
                    const bool head = request.startsWith("HEAD");
                    s->write("HTTP/1.0 200 OK\r\nContent-Type: application/geo+json\r\n"
                             "Content-Length: " +
                             QByteArray::number(kGeoJson.size()) + "\r\nConnection: close\r\n\r\n");
                    if (!head) s->write(kGeoJson);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    [[nodiscard]] QString url(const QString& file) const {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.serverPort()).arg(file);
    }
    [[nodiscard]] int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    int m_connections = 0;
};

/// Run `f` on a worker thread while this thread's event loop serves the listener.
template <typename F> auto offThread(F f) {
    auto future = QtConcurrent::run(f);
    while (!future.isFinished())
        QTest::qWait(10);
    return future.result();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool sparse(const QString& path, qint64 size) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.resize(size);
}

SourceSpec source(const QString& path, const QString& key = QStringLiteral("CODE")) {
    SourceSpec s;
    s.path = path.toStdString();
    s.key = key.toStdString();
    return s;
}

QString vrt(const QString& src) {
    return "<OGRVRTDataSource><OGRVRTLayer name=\"x\"><SrcDataSource>" + src +
           "</SrcDataSource><SrcLayer>x</SrcLayer></OGRVRTLayer></OGRVRTDataSource>\n";
}
} // namespace

class TestHostileInputs : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Listener m_listener;

    QString path(const QString& name) const { return m_dir.path() + "/" + name; }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_listener.listen());
        for (const char* proxy :
             {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
            qunsetenv(proxy);
        // what the environment asks for must not win
        qputenv("GDAL_VRT_ENABLE_PYTHON", "YES");
        qputenv("PROJ_NETWORK", "ON");
        gis::ensureGdalDrivers();
    }

    void refusedSources_data() {
        QTest::addColumn<QString>("kind"); // boundaries | table
        QTest::addColumn<QString>("path"); // %URL% = the listener
        QTest::addColumn<QString>("phrase");
        QTest::newRow("http URL") << "boundaries"
                                  << "%URL%/x.geojson"
                                  << "is a remote source";
        QTest::newRow("vsicurl") << "boundaries"
                                 << "/vsicurl/%URL%/x.geojson"
                                 << "is a remote source";
        QTest::newRow("vsicurl_streaming") << "boundaries"
                                           << "/vsicurl_streaming/%URL%/x.geojson"
                                           << "is a remote source";
        QTest::newRow("zip over vsicurl") << "boundaries"
                                          << "/vsizip//vsicurl/%URL%/x.zip/x.geojson"
                                          << "is a remote source";
        QTest::newRow("csv over vsicurl") << "table"
                                          << "/vsicurl/%URL%/e.csv"
                                          << "is a remote source";
        QTest::newRow("table URL") << "table"
                                   << "%URL%/x.geojson"
                                   << "is a remote source";
        // indirect: a local file that refers to the network
        QTest::newRow("vrt pulling vsicurl") << "boundaries"
                                             << "@pull_vsicurl.vrt"
                                             << "reading it needs the network";
        QTest::newRow("vrt pulling http") << "boundaries"
                                          << "@pull_http.vrt"
                                          << "reading it needs the network";
        QTest::newRow("vrt table pulling vsicurl") << "table"
                                                   << "@pull_vsicurl.vrt"
                                                   << "reading it needs the network";
    }

    /// Every source reaching the network fails with a message naming "allow_remote", and the
    /// listener sees no connection.
    void refusedSources() {
        QFETCH(QString, kind);
        QFETCH(QString, path);
        QFETCH(QString, phrase);
        const QString url = m_listener.url({}).chopped(1);
        QVERIFY(writeFile(this->path("pull_vsicurl.vrt"),
                          vrt("/vsicurl/" + url + "/x.geojson").toUtf8()));
        QVERIFY(writeFile(this->path("pull_http.vrt"), vrt(url + "/x.geojson").toUtf8()));
        path.replace("%URL%", url);
        if (path.startsWith('@')) path = this->path(path.mid(1));
        const SourceSpec spec = source(path);
        const int before = m_listener.connections();
        const std::string error = offThread([spec, kind]() -> std::string {
            if (kind == "table") {
                auto t = gis::readTable(spec);
                return t ? std::string() : t.error();
            }
            auto l = gis::readPolygonLayer(spec);
            return l ? std::string() : l.error();
        });
        QTest::qWait(50); // a connection in flight would be counted by now
        QVERIFY2(!error.empty(), "the remote source was read");
        QVERIFY2(error.find(phrase.toStdString()) != std::string::npos, error.c_str());
        QVERIFY2(error.find("\"allow_remote\": true") != std::string::npos, error.c_str());
        QCOMPARE(m_listener.connections() - before, 0);
    }

    /// GDAL itself refuses: its network file systems and its HTTP client, from any thread.
    void gdalRefusesDirectly() {
        const int before = m_listener.connections();
        const std::string vsi = "/vsicurl/" + m_listener.url("x.geojson").toStdString();
        const std::string url = m_listener.url("x.geojson").toStdString();
        const auto outcome = offThread([vsi, url] {
            VSIStatBufL st;
            const bool statted = VSIStatL(vsi.c_str(), &st) == 0;
            CPLPushErrorHandler(CPLQuietErrorHandler);
            GDALDatasetH ds = GDALOpenEx(vsi.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
            const bool opened = ds != nullptr;
            if (ds) GDALClose(ds);
            CPLHTTPResult* r = CPLHTTPFetch(url.c_str(), nullptr);
            const bool fetched = r && r->nStatus == 0 && r->nDataLen > 0;
            CPLHTTPDestroyResult(r);
            VSILFILE* f = VSIFOpenL(("/vsis3/bucket/" + url).c_str(), "rb");
            const bool s3 = f != nullptr;
            if (f) VSIFCloseL(f);
            CPLPopErrorHandler();
            return std::array<bool, 4>{statted, opened, fetched, s3};
        });
        QTest::qWait(50);
        QVERIFY(!outcome[0]);
        QVERIFY(!outcome[1]);
        QVERIFY(!outcome[2]);
        QVERIFY(!outcome[3]);
        QCOMPARE(m_listener.connections() - before, 0);
    }

    /// With "allow_remote" the URL is fetched and its GeoJSON loads.
    void allowedRemoteConnects() {
        SourceSpec spec = source(m_listener.url("x.geojson"));
        spec.input.allowRemote = true;
        const int before = m_listener.connections();
        const auto result = offThread([spec]() -> std::pair<std::string, std::size_t> {
            auto l = gis::readPolygonLayer(spec);
            return l ? std::make_pair(std::string(), l->geometry.featureCount())
                     : std::make_pair(l.error(), std::size_t(0));
        });
        QVERIFY2(result.first.empty(), result.first.c_str());
        QCOMPARE(result.second, std::size_t(1));
        QVERIFY(m_listener.connections() - before >= 1);
        // the scope ended: the next read without permission is refused again
        const int after = m_listener.connections();
        const bool refused = offThread([] {
            VSIStatBufL st;
            return VSIStatL("/vsicurl/http://127.0.0.1:9/y.geojson", &st) != 0;
        });
        QVERIFY(refused);
        QCOMPARE(m_listener.connections(), after);
    }

    /// Python in VRT and PROJ's network stay off although the environment asked for them; a
    /// NetworkScope that allows the network turns PROJ's on for its lifetime only.
    void nothingRunsNothingFetches() {
        QCOMPARE(QString(CPLGetConfigOption("GDAL_VRT_ENABLE_PYTHON", "")), QString("NO"));
        QCOMPARE(QString(CPLGetConfigOption("GML_SKIP_RESOLVE_ELEMS", "")), QString("ALL"));
        QVERIFY(!OSRGetPROJEnableNetwork());
        {
            gis::NetworkScope allow(true);
            QVERIFY(OSRGetPROJEnableNetwork());
        }
        QVERIFY(!OSRGetPROJEnableNetwork());
    }

    void tooLarge_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        QTest::newRow("GeoJSON boundaries") << "boundaries"
                                            << "huge.geojson";
        QTest::newRow("CSV table") << "table"
                                   << "huge.csv";
        QTest::newRow("GeoPackage table") << "table"
                                          << "huge.gpkg";
    }

    /// A sparse 3 GiB file (no gigabytes written) is refused before it is read, with its name,
    /// size, the limit and the three ways to raise it.
    void tooLarge() {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        QVERIFY(sparse(path(file), qint64(3) << 30));
        const SourceSpec spec = source(path(file));
        const std::string error =
            kind == "table" ? gis::readTable(spec).error() : gis::readPolygonLayer(spec).error();
        for (const std::string& part :
             {file.toStdString(), std::string("3.0 GiB (3,221,225,472 bytes)"),
              std::string("2,048 MiB"), std::string("\"max_input_mb\": 3073"),
              std::string("--max-input-mb 3073"), std::string("SWINGMAP_MAX_INPUT_MB")})
            QVERIFY2(error.find(part) != std::string::npos, (error + " lacks " + part).c_str());
        QFile::remove(path(file));
    }

    /// A zip member counts uncompressed: 3 MiB of repeated text (a few KiB zipped) is over a
    /// 1 MiB limit, named with the archive; the same archive within the limit is read.
    void zipMemberUncompressed() {
        const QString zip = path("grid.zip");
        {
            const std::string member = "/vsizip/" + zip.toStdString() + "/big.geojson";
            VSILFILE* f = VSIFOpenL(member.c_str(), "wb");
            QVERIFY(f);
            QByteArray padding(3 << 20, ' ');
            QByteArray content = kGeoJson;
            content += padding; // still valid JSON: trailing white space
            QCOMPARE(VSIFWriteL(content.constData(), 1, std::size_t(content.size()), f),
                     std::size_t(content.size()));
            VSIFCloseL(f);
        }
        QVERIFY(QFileInfo(zip).size() < (1 << 20));
        SourceSpec spec = source(zip);
        spec.input.maxInputBytes = 1 << 20;
        auto refused = gis::readPolygonLayer(spec);
        QVERIFY(!refused);
        QVERIFY2(refused.error().find("big.geojson inside it") != std::string::npos,
                 refused.error().c_str());
        QVERIFY(refused.error().find("grid.zip") != std::string::npos);
        spec.input.maxInputBytes = 4 << 20;
        auto read = gis::readPolygonLayer(spec);
        QVERIFY2(read, read ? "" : read.error().c_str());
        QCOMPARE(read->geometry.featureCount(), std::size_t(1));
    }

    /// A Shapefile's .dbf is one of its files: too large, it is refused by name.
    void shapefilePartTooLarge() {
        QVERIFY(writeFile(path("small.geojson"), kGeoJson));
        GDALDatasetUniquePtr src(
            GDALDataset::Open(path("small.geojson").toUtf8().constData(), GDAL_OF_VECTOR));
        QVERIFY(src);
        GDALDriver* shp = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
        GDALDatasetUniquePtr out(shp->CreateCopy(path("areas.shp").toUtf8().constData(), src.get(),
                                                 FALSE, nullptr, nullptr, nullptr));
        QVERIFY(out);
        out.reset();
        QVERIFY(QFile(path("areas.dbf")).resize(qint64(2) << 20));
        SourceSpec spec = source(path("areas.shp"));
        spec.input.maxInputBytes = 1 << 20;
        auto refused = gis::readPolygonLayer(spec);
        QVERIFY(!refused);
        QVERIFY2(refused.error().find("areas.dbf: the file is 2.0 MiB") != std::string::npos,
                 refused.error().c_str());
    }

    /// More features or rows than "max_features": refused with the limit and how to raise it.
    void tooManyFeatures() {
        QVERIFY(writeFile(path("five.geojson"), featureCollection(5)));
        SourceSpec spec = source(path("five.geojson"));
        spec.input.maxFeatures = 4;
        auto layer = gis::readPolygonLayer(spec);
        QVERIFY(!layer);
        QVERIFY2(layer.error().find("more than 4 features") != std::string::npos,
                 layer.error().c_str());
        QVERIFY(layer.error().find("\"max_features\"") != std::string::npos);
        auto table = gis::readTable(spec);
        QVERIFY(!table);
        QVERIFY2(table.error().find("more than 4 features") != std::string::npos,
                 table.error().c_str());
        spec.input.maxFeatures = 5;
        QVERIFY(gis::readPolygonLayer(spec));
        QVERIFY(gis::readTable(spec));
    }
};

QTEST_MAIN(TestHostileInputs)
#include "tst_hostile_inputs.moc"
