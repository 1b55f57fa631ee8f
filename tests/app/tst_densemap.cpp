// SPDX-License-Identifier: GPL-3.0-or-later
// MapRenderer's dense path: 44,000 small cells and a block of big ones, on screen and in a PDF.
// The PDF stays small (one 300 dpi image under vector paths for the big cells) and poppler's
// rendering of it looks like the raster rendering of the same map; suppressed cells stay grey and
// hatched in every path.
#include "app/render/classification.h"
#include "app/render/maprenderer.h"
#include "app/render/palette.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace swingmap;

namespace {

void addQuad(PolygonLayer& l, const double (&q)[8]) {
    const double ring[] = {q[0], q[1], q[2], q[3], q[4], q[5], q[6], q[7], q[0], q[1]};
    l.beginPart();
    l.addRing(ring, 5);
    l.endPart();
    l.endFeature();
}

/// 220 x 200 jittered small cells (100 m) over [0, 22 km] x [0, 20 km], then 8 x 8 big cells
/// (1 km) right of them over [23 km, 31 km] x [6 km, 14 km]; every 7th big cell suppressed.
struct Scene {
    PolygonLayer layer;
    std::vector<double> values;
    std::vector<uint8_t> suppressed;
    std::size_t firstBig = 0;
};

Scene makeScene() {
    Scene s;
    const int nx = 220, ny = 200;
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> u(-30, 30);
    std::vector<double> gx(std::size_t(nx + 1) * (ny + 1)), gy(gx.size());
    for (int j = 0; j <= ny; ++j)
        for (int i = 0; i <= nx; ++i) {
            const bool inner = i > 0 && j > 0 && i < nx && j < ny;
            const std::size_t k = std::size_t(j) * (nx + 1) + std::size_t(i);
            gx[k] = i * 100.0 + (inner ? u(rng) : 0);
            gy[k] = j * 100.0 + (inner ? u(rng) : 0);
        }
    const auto k = [&](int i, int j) { return std::size_t(j) * (nx + 1) + std::size_t(i); };
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            addQuad(s.layer,
                    {gx[k(i, j)], gy[k(i, j)], gx[k(i + 1, j)], gy[k(i + 1, j)],
                     gx[k(i + 1, j + 1)], gy[k(i + 1, j + 1)], gx[k(i, j + 1)], gy[k(i, j + 1)]});
            // smooth regional pattern: neighbouring cells mostly share a class
            s.values.push_back(std::sin(i / 17.0) * 10 + std::cos(j / 23.0) * 8);
            s.suppressed.push_back(0);
        }
    s.firstBig = s.layer.featureCount();
    for (int j = 0; j < 8; ++j)
        for (int i = 0; i < 8; ++i) {
            const double x = 23000 + i * 1000.0, y = 6000 + j * 1000.0;
            addQuad(s.layer, {x, y, x + 1000, y, x + 1000, y + 1000, x, y + 1000});
            s.values.push_back((i - j) * 2.5);
            s.suppressed.push_back((i + 8 * j) % 7 == 0 ? 1 : 0);
        }
    return s;
}

MapRenderer rendererFor(const Scene& s, std::size_t denseFrom, double borderWidth = -1,
                        QColor border = QColor(96, 96, 96)) {
    MapStyle style;
    style.border = border;
    style.denseFrom = denseFrom;
    style.borderWidth = borderWidth;
    return MapRenderer(s.layer, s.values, s.suppressed, sequentialClassification(s.values, 7),
                       style);
}

/// The A4 page of the test: the map in a 150 mm square 20 mm from the top-left corner.
QRectF mapRectOn(const QPdfWriter& w) {
    const double mm = w.resolution() / 25.4;
    return {20 * mm, 20 * mm, 150 * mm, 150 * mm};
}

bool writeMapPdf(const QString& path, const MapRenderer& r, const BBox& extent) {
    QPdfWriter w(path);
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setPageMargins(QMarginsF(0, 0, 0, 0));
    w.setResolution(1200);
    QPainter p;
    if (!p.begin(&w)) return false;
    r.render(p, extent, mapRectOn(w));
    return p.end();
}

/// Pixels whose colours differ by at most `tol` in every channel, as a fraction of the box.
double closeFraction(const QImage& a, const QImage& b, const QRect& box, int tol) {
    qint64 close = 0, all = 0;
    for (int y = box.top(); y <= box.bottom(); ++y)
        for (int x = box.left(); x <= box.right(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            close += std::abs(qRed(p) - qRed(q)) <= tol && std::abs(qGreen(p) - qGreen(q)) <= tol &&
                     std::abs(qBlue(p) - qBlue(q)) <= tol;
            ++all;
        }
    return all ? double(close) / double(all) : 0;
}

/// Centre of big cell (i, j) under t.
QPoint bigCellCentre(const ViewTransform& t, int i, int j) {
    return t.toDevice(23500 + i * 1000.0, 6500 + j * 1000.0).toPoint();
}

bool looksSuppressed(const QImage& img, QPoint c, int radius) {
    // grey background with darker hatch lines somewhere around the centre, no class colour
    int grey = 0, hatch = 0;
    const QColor g = suppressedColour(), h = suppressedHatchColour();
    for (int y = c.y() - radius; y <= c.y() + radius; ++y)
        for (int x = c.x() - radius; x <= c.x() + radius; ++x) {
            const QColor p = img.pixelColor(x, y);
            const auto near = [&](const QColor& q, int tol) {
                return std::abs(p.red() - q.red()) <= tol &&
                       std::abs(p.green() - q.green()) <= tol &&
                       std::abs(p.blue() - q.blue()) <= tol;
            };
            grey += near(g, 12);
            hatch += near(h, 40) && !near(g, 12);
        }
    return grey > 0 && hatch > 0;
}

} // namespace

class TestDenseMap : public QObject {
    Q_OBJECT
private slots:
    void rasterMatchesVectorPath() {
        const Scene s = makeScene();
        const QSize size(800, 560);
        const QRectF target(QPointF(0, 0), QSizeF(size));
        QImage dense(size, QImage::Format_ARGB32_Premultiplied), vector = dense;
        dense.fill(Qt::white);
        vector.fill(Qt::white);
        ViewTransform t;
        {
            QPainter p(&dense);
            t = rendererFor(s, 0, -1, Qt::transparent).render(p, s.layer.extent, target);
        }
        { // the reference: antialiased paths, no borders (at 2.5 px a cell, they are all border)
            QPainter p(&vector);
            rendererFor(s, std::size_t(-1), -1, Qt::transparent).render(p, s.layer.extent, target);
        }
        dense.save(QDir::temp().filePath(QStringLiteral("swingmap_densemap_raster.png")));
        vector.save(QDir::temp().filePath(QStringLiteral("swingmap_densemap_vector.png")));
        const double agree = closeFraction(dense, vector, dense.rect(), 48);
        qInfo("dense raster vs antialiased paths: %.4f of pixels within 48 levels", agree);
        // The antialiased paths leak the background along every shared border (conflation seams,
        // ~10 % of the pixels at 2.5 px a cell): what the dense path is for. The rest agrees.
        QVERIFY2(agree > 0.85, qPrintable(QString::number(agree)));
        // suppressed big cells: grey and hatched in both paths
        for (int j = 0; j < 8; ++j)
            for (int i = 0; i < 8; ++i) {
                if ((i + 8 * j) % 7 != 0) continue;
                QVERIFY(looksSuppressed(dense, bigCellCentre(t, i, j), 8));
                QVERIFY(looksSuppressed(vector, bigCellCentre(t, i, j), 8));
            }
    }

    void pdfIsSmallAndLooksLikeTheRaster() {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QSKIP("poppler-utils (pdftoppm) is not installed");
        const Scene s = makeScene();
        QVERIFY(s.layer.featureCount() >= 44000);
        QTemporaryDir dir;
        const QString densePdf = dir.filePath(QStringLiteral("dense.pdf")),
                      vectorPdf = dir.filePath(QStringLiteral("vector.pdf"));
        const double border = 1200 * 0.08 / 25.4; // 0.08 mm, as in the briefing
        QVERIFY(writeMapPdf(densePdf, rendererFor(s, 20000, border), s.layer.extent));
        QVERIFY(writeMapPdf(vectorPdf, rendererFor(s, std::size_t(-1), border), s.layer.extent));
        const qint64 denseBytes = QFileInfo(densePdf).size(),
                     vectorBytes = QFileInfo(vectorPdf).size();
        qInfo("map PDF: %lld bytes dense, %lld bytes all vector", denseBytes, vectorBytes);
        QFile::remove(QDir::temp().filePath(QStringLiteral("swingmap_densemap.pdf")));
        QFile::copy(densePdf, QDir::temp().filePath(QStringLiteral("swingmap_densemap.pdf")));
        QVERIFY2(denseBytes < 1500 * 1024, qPrintable(QString::number(denseBytes)));
        QVERIFY(denseBytes * 2 < vectorBytes);

        // poppler's rendering at 60 dpi against the raster path at the same size
        QProcess pdftoppm;
        const QString png = dir.filePath(QStringLiteral("dense"));
        pdftoppm.start(QStringLiteral("pdftoppm"),
                       {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                        QStringLiteral("-singlefile"), densePdf, png});
        QVERIFY(pdftoppm.waitForFinished(60000));
        QCOMPARE(pdftoppm.exitCode(), 0);
        const QImage page(png + QStringLiteral(".png"));
        QVERIFY(!page.isNull());
        page.save(QDir::temp().filePath(QStringLiteral("swingmap_densemap_pdf.png")));
        QImage raster(page.size(), QImage::Format_ARGB32_Premultiplied);
        raster.fill(Qt::white);
        const double mm = 60 / 25.4;
        const QRectF target(20 * mm, 20 * mm, 150 * mm, 150 * mm);
        ViewTransform t;
        {
            QPainter p(&raster);
            t = rendererFor(s, 0).render(p, s.layer.extent, target);
        }
        const QRect inner = target.toAlignedRect().adjusted(2, 2, -2, -2);
        const double agree =
            closeFraction(page.convertToFormat(QImage::Format_ARGB32), raster, inner, 48);
        qInfo("pdftoppm vs raster: %.4f of map pixels within 48 levels", agree);
        QVERIFY2(agree > 0.85, qPrintable(QString::number(agree)));
        for (int j = 0; j < 8; ++j)
            for (int i = 0; i < 8; ++i)
                if ((i + 8 * j) % 7 == 0) QVERIFY(looksSuppressed(page, bigCellCentre(t, i, j), 5));
    }
};

QTEST_MAIN(TestDenseMap)
#include "tst_densemap.moc"
