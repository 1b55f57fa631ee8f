// SPDX-License-Identifier: GPL-3.0-or-later
// The scanline filler (app/render/rasterfill.h) against QPainter's own aliased fill of the same
// polygons, holes, multipolygons, sub-pixel features, thread counts and degenerate input.
#include "app/render/rasterfill.h"

#include <QPainter>
#include <QPainterPath>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <random>

using namespace swingmap;

namespace {

void addRing(PolygonLayer& l, const std::vector<double>& ring) {
    std::vector<double> closed = ring;
    closed.push_back(ring[0]);
    closed.push_back(ring[1]);
    l.addRing(closed.data(), closed.size() / 2);
}

void addPolygon(PolygonLayer& l, const std::vector<std::vector<double>>& rings) {
    l.beginPart();
    for (const auto& r : rings)
        addRing(l, r);
    l.endPart();
    l.endFeature();
}

/// A jittered grid of nx x ny quadrilateral cells over [0, w] x [0, h]: neighbours share their
/// vertices exactly (a partition, as real boundary layers are).
PolygonLayer jitteredGrid(int nx, int ny, double w, double h, unsigned seed, double jitter = 0.35) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(-jitter, jitter);
    const double cw = w / nx, ch = h / ny;
    std::vector<double> gx((std::size_t(nx) + 1) * (std::size_t(ny) + 1)), gy(gx.size());
    for (int j = 0; j <= ny; ++j)
        for (int i = 0; i <= nx; ++i) {
            const bool inner = i > 0 && j > 0 && i < nx && j < ny;
            const std::size_t k = std::size_t(j) * std::size_t(nx + 1) + std::size_t(i);
            gx[k] = i * cw + (inner ? u(rng) * cw : 0);
            gy[k] = j * ch + (inner ? u(rng) * ch : 0);
        }
    PolygonLayer l;
    const auto at = [&](int i, int j) {
        const std::size_t k = std::size_t(j) * std::size_t(nx + 1) + std::size_t(i);
        return std::pair{gx[k], gy[k]};
    };
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            const auto [x0, y0] = at(i, j);
            const auto [x1, y1] = at(i + 1, j);
            const auto [x2, y2] = at(i + 1, j + 1);
            const auto [x3, y3] = at(i, j + 1);
            addPolygon(l, {{x0, y0, x1, y1, x2, y2, x3, y3}});
        }
    return l;
}

std::vector<QRgb> colourCycle(std::size_t n) {
    std::vector<QRgb> c(n);
    for (std::size_t i = 0; i < n; ++i)
        c[i] = qRgb(int(40 + (i * 37) % 200), int(30 + (i * 91) % 220), int(20 + (i * 53) % 230));
    return c;
}

QImage blank(QSize size) {
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    return img;
}

/// QPainter's aliased even-odd fill of every feature (the reference).
QImage painterFill(const PolygonLayer& l, const ViewTransform& t, QSize size,
                   const std::vector<QRgb>& colours) {
    QImage img = blank(size);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(Qt::NoPen);
    for (std::size_t f = 0; f < l.featureCount(); ++f) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        const uint32_t r0 = l.partRing[l.featurePart[f]], r1 = l.partRing[l.featurePart[f + 1]];
        for (uint32_t r = r0; r < r1; ++r) {
            QPolygonF ring;
            for (uint32_t i = l.ringPoint[r]; i < l.ringPoint[r + 1]; ++i)
                ring << t.toDevice(l.x(i), l.y(i));
            path.addPolygon(ring);
            path.closeSubpath();
        }
        p.fillPath(path, QColor(colours[f]));
    }
    return img;
}

double agreement(const QImage& a, const QImage& b) {
    if (a.size() != b.size()) return 0;
    qint64 same = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            same += a.pixel(x, y) == b.pixel(x, y);
    return double(same) / (double(a.width()) * a.height());
}

BBox box(double x0, double y0, double x1, double y1) {
    BBox b;
    b.add(x0, y0);
    b.add(x1, y1);
    return b;
}

} // namespace

class TestRasterFill : public QObject {
    Q_OBJECT
private slots:
    void matchesQPainter_data() {
        QTest::addColumn<int>("cells");
        QTest::addColumn<int>("pixels");
        QTest::newRow("big cells") << 8 << 400;
        QTest::newRow("medium cells") << 40 << 400;
        QTest::newRow("small cells") << 120 << 400;
        QTest::newRow("stars") << 0 << 300;
    }
    void matchesQPainter() {
        QFETCH(int, cells);
        QFETCH(int, pixels);
        PolygonLayer l;
        if (cells > 0) {
            l = jitteredGrid(cells, cells * 3 / 4, 1000, 750, 7);
        } else { // overlapping self-intersecting stars: even-odd inside each
            for (int k = 0; k < 12; ++k) {
                std::vector<double> ring;
                const double cx = 100 + (k % 4) * 230, cy = 120 + (k / 4) * 250, r = 140;
                for (int i = 0; i < 5; ++i) {
                    const double a = (i * 144.0 + k * 7) * 3.14159265358979 / 180;
                    ring.push_back(cx + r * std::cos(a));
                    ring.push_back(cy + r * std::sin(a));
                }
                addPolygon(l, {ring});
            }
        }
        const QSize size(pixels, pixels * 3 / 4);
        const ViewTransform t(l.extent, QRectF(QPointF(0, 0), QSizeF(size)));
        const auto colours = colourCycle(l.featureCount());
        QImage mine = blank(size);
        rasterFill(mine, l, t, colours);
        const QImage ref = painterFill(l, t, size, colours);
        const double agree = agreement(mine, ref);
        qInfo("agreement with QPainter: %.4f", agree);
        QVERIFY2(agree >= 0.995, qPrintable(QString::number(agree)));
    }

    void holesStayEmpty() {
        PolygonLayer l;
        addPolygon(l, {{0, 0, 100, 0, 100, 100, 0, 100}, {30, 30, 70, 30, 70, 70, 30, 70}});
        const QSize size(100, 100);
        const ViewTransform t(l.extent, QRectF(0, 0, 100, 100));
        QImage img = blank(size);
        rasterFill(img, l, t, {qRgb(200, 0, 0)});
        QCOMPARE(img.pixel(50, 50), qRgb(255, 255, 255));
        QCOMPARE(img.pixel(35, 64), qRgb(255, 255, 255));
        QCOMPARE(img.pixel(10, 10), qRgb(200, 0, 0));
        QCOMPARE(img.pixel(85, 50), qRgb(200, 0, 0));
        QCOMPARE(img.pixel(50, 20), qRgb(200, 0, 0));
    }

    void multiPolygons() {
        PolygonLayer l;
        l.beginPart();
        addRing(l, {0, 0, 40, 0, 40, 40, 0, 40});
        l.endPart();
        l.beginPart();
        addRing(l, {60, 60, 100, 60, 100, 100, 60, 100});
        l.endPart();
        l.endFeature();
        const ViewTransform t(l.extent, QRectF(0, 0, 100, 100));
        QImage img = blank({100, 100});
        rasterFill(img, l, t, {qRgb(0, 0, 200)});
        QCOMPARE(img.pixel(20, 80), qRgb(0, 0, 200)); // y up in the world: bottom-left part
        QCOMPARE(img.pixel(80, 20), qRgb(0, 0, 200));
        QCOMPARE(img.pixel(80, 80), qRgb(255, 255, 255));
        QCOMPARE(img.pixel(50, 50), qRgb(255, 255, 255));
    }

    void subPixelFeaturesLeaveNoSpeckle_data() {
        QTest::addColumn<int>("cells");
        QTest::newRow("4 cells per pixel") << 400;
        QTest::newRow("25 cells per pixel") << 1000;
    }
    void subPixelFeaturesLeaveNoSpeckle() {
        QFETCH(int, cells);
        const PolygonLayer l = jitteredGrid(cells, cells, 1000, 1000, 3);
        const QSize size(200, 200);
        const ViewTransform t(l.extent, QRectF(0, 0, 200, 200));
        QImage img = blank(size);
        rasterFill(img, l, t, std::vector<QRgb>(l.featureCount(), qRgb(10, 120, 10)));
        int white = 0;
        for (int y = 0; y < 200; ++y)
            for (int x = 0; x < 200; ++x)
                white += img.pixel(x, y) == qRgb(255, 255, 255);
        QCOMPARE(white, 0);
        // isolated tiny features (far apart, each far below a pixel) still show as one pixel
        PolygonLayer dots;
        for (int i = 0; i < 10; ++i)
            addPolygon(dots, {{i * 100.0, 0, i * 100.0 + 0.01, 0, i * 100.0, 0.01}});
        addPolygon(dots, {{0, 0, 1000, 0, 1000, 1000}}); // only for the extent: not drawn
        std::vector<uint8_t> draw(dots.featureCount(), 1);
        draw.back() = 0;
        const ViewTransform td(dots.extent, QRectF(0, 0, 100, 100));
        RasterFillOptions o;
        o.draw = &draw;
        const IdRaster ids = rasterFillIds(dots, td, {100, 100}, o);
        int set = 0;
        for (uint32_t id : ids.id)
            set += id != kNoFeature;
        QCOMPARE(set, 10);
    }

    void threadsGiveTheSameBytes_data() {
        QTest::addColumn<int>("threads");
        QTest::newRow("2") << 2;
        QTest::newRow("3") << 3;
        QTest::newRow("8") << 8;
    }
    void threadsGiveTheSameBytes() {
        QFETCH(int, threads);
        const PolygonLayer l = jitteredGrid(300, 200, 1000, 700, 11, 0.45);
        const QSize size(613, 419);
        const ViewTransform t(box(100, 50, 900, 650), QRectF(0, 0, 613, 419));
        const auto colours = colourCycle(l.featureCount());
        QImage one = blank(size), many = blank(size);
        rasterFill(one, l, t, colours, {1, nullptr});
        rasterFill(many, l, t, colours, {threads, nullptr});
        QCOMPARE(many.sizeInBytes(), one.sizeInBytes());
        QVERIFY(std::memcmp(one.constBits(), many.constBits(), std::size_t(one.sizeInBytes())) ==
                0);
        QVERIFY(one.pixel(300, 200) != qRgb(255, 255, 255)); // something was drawn
    }

    void resampledCacheMatchesDirectFill() {
        // the cached layer: filled once at 3x, resampled for a coarser, shifted view
        const PolygonLayer l = jitteredGrid(60, 45, 1000, 750, 13);
        const ViewTransform fine(l.extent, QRectF(0, 0, 1200, 900));
        const IdRaster cache = rasterFillIds(l, fine, {1200, 900});
        const ViewTransform view(box(80, 40, 880, 640), QRectF(0, 0, 400, 300));
        const IdRaster direct = rasterFillIds(l, view, {400, 300});
        const IdRaster resampled = resampleIds(cache, fine, view, {400, 300});
        QCOMPARE(resampled.id.size(), direct.id.size());
        std::size_t same = 0;
        for (std::size_t i = 0; i < direct.id.size(); ++i)
            same += direct.id[i] == resampled.id[i];
        const double agree = double(same) / double(direct.id.size());
        qInfo("resampled cache vs direct fill: %.4f", agree);
        QVERIFY2(agree > 0.97, qPrintable(QString::number(agree)));
        // outside the cache: nothing
        const ViewTransform beyond(box(2000, 2000, 3000, 3000), QRectF(0, 0, 50, 50));
        for (uint32_t id : resampleIds(cache, fine, beyond, {50, 50}).id)
            QCOMPARE(id, kNoFeature);
    }

    void degenerateInputDoesNotCrash() {
        PolygonLayer l;
        addPolygon(l, {{5, 5, 5, 5, 5, 5}});     // one point thrice
        addPolygon(l, {{0, 0, 10, 10, 20, 20}}); // collinear: no area
        l.beginPart();                           // two points only
        const double two[] = {1, 1, 2, 2};
        l.addRing(two, 2);
        l.endPart();
        l.endFeature();
        l.beginPart(); // no rings: no geometry
        l.endPart();
        l.endFeature();
        addPolygon(l, {{0, 0, 1e9, 0, 1e9, 1e9}});      // far beyond the view
        addPolygon(l, {{0, 0, std::nan(""), 0, 5, 5}}); // NaN vertex
        const auto colours = colourCycle(l.featureCount());
        for (const QSize size : {QSize(50, 40), QSize(1, 1), QSize(0, 0)}) {
            QImage img = blank(size);
            rasterFill(img, l,
                       ViewTransform(box(0, 0, 20, 20), QRectF(QPointF(0, 0), QSizeF(size))),
                       colours);
            const IdRaster ids = rasterFillIds(l, ViewTransform(), size);
            QCOMPARE(ids.id.size(), std::size_t(size.width() * size.height()));
        }
        QImage img = blank({10, 10});
        rasterFill(img, l, ViewTransform(box(0, 0, 20, 20), QRectF(0, 0, 10, 10)),
                   {}); // no colours
        QCOMPARE(img.pixel(5, 5), qRgb(255, 255, 255));
    }
};

QTEST_GUILESS_MAIN(TestRasterFill)
#include "tst_rasterfill.moc"
