// SPDX-License-Identifier: GPL-3.0-or-later
// Overlay of two polygon layers (gis/overlay.h) on synthetic layers with exactly known overlaps:
// nested grids, a grid onto a shifted grid, a split and a merged area, an area partly outside
// every target, intersections that are partly lines, a lon/lat copy of a projected layer, and
// the convex fast path against GEOS.
#include "core/interpolate.h"
#include "gis/overlay.h"
#include "gis/voronoi.h"

#include <QTest>
#include <cmath>
#include <map>
#include <ogr_spatialref.h>
#include <random>

using namespace swingmap;
using namespace swingmap::gis;

namespace {
constexpr double X0 = 410000, Y0 = 5655000; // Dresden, EPSG:25833
const std::string kUtm = "EPSG:25833";

void addRing(PolygonLayer& l, const std::vector<double>& open) {
    std::vector<double> ring = open;
    ring.insert(ring.end(), {open[0], open[1]});
    l.beginPart();
    l.addRing(ring.data(), ring.size() / 2);
    l.endPart();
}

PolygonLayer rectangles(const std::vector<BBox>& boxes) {
    PolygonLayer l;
    for (const BBox& b : boxes) {
        addRing(l, {b.minX, b.minY, b.maxX, b.minY, b.maxX, b.maxY, b.minX, b.maxY});
        l.endFeature();
    }
    return l;
}

/// nx × ny cells of `size` from (x0, y0), row by row.
std::vector<BBox> grid(double x0, double y0, int nx, int ny, double size) {
    std::vector<BBox> b;
    for (int r = 0; r < ny; ++r)
        for (int c = 0; c < nx; ++c)
            b.push_back({x0 + c * size, y0 + r * size, x0 + (c + 1) * size, y0 + (r + 1) * size});
    return b;
}

double overlap(const BBox& a, const BBox& b) {
    const double w = std::min(a.maxX, b.maxX) - std::max(a.minX, b.minX);
    const double h = std::min(a.maxY, b.maxY) - std::max(a.minY, b.minY);
    return w > 0 && h > 0 ? w * h : 0;
}

std::map<std::pair<uint32_t, uint32_t>, double> entries(const OverlapMatrix& m) {
    std::map<std::pair<uint32_t, uint32_t>, double> e;
    for (std::size_t k = 0; k < m.size(); ++k)
        e[{m.source[k], m.target[k]}] = m.area[k];
    return e;
}

/// A copy of the layer with its coordinates transformed between two CRSs.
PolygonLayer transformed(const PolygonLayer& l, const char* from, const char* to) {
    OGRSpatialReference a, b;
    a.SetFromUserInput(from), b.SetFromUserInput(to);
    a.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    b.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&a, &b));
    PolygonLayer out;
    for (std::size_t f = 0; f < l.featureCount(); ++f) {
        for (uint32_t p = l.featurePart[f]; p < l.featurePart[f + 1]; ++p) {
            out.beginPart();
            for (uint32_t r = l.partRing[p]; r < l.partRing[p + 1]; ++r) {
                std::vector<double> x, y, xy;
                for (uint32_t i = l.ringPoint[r]; i < l.ringPoint[r + 1]; ++i)
                    x.push_back(l.xy[2 * i]), y.push_back(l.xy[2 * i + 1]);
                ct->Transform(static_cast<int>(x.size()), x.data(), y.data());
                for (std::size_t i = 0; i < x.size(); ++i)
                    xy.insert(xy.end(), {x[i], y[i]});
                out.addRing(xy.data(), x.size());
            }
            out.endPart();
        }
        out.endFeature();
    }
    return out;
}

/// Irregular non-convex sources: each grid cell with a notch cut into its top edge.
PolygonLayer notchedGrid(double x0, double y0, int n, double size) {
    PolygonLayer l;
    for (const BBox& b : grid(x0, y0, n, n, size)) {
        const double w = b.width();
        addRing(l, {b.minX, b.minY, b.maxX, b.minY, b.maxX, b.maxY, b.minX + 0.6 * w, b.maxY,
                    b.minX + 0.5 * w, b.maxY - 0.3 * w, b.minX + 0.4 * w, b.maxY, b.minX, b.maxY});
        l.endFeature();
    }
    return l;
}
} // namespace

class TestOverlay : public QObject {
    Q_OBJECT
private slots:
    void nestedGrids_data();
    void nestedGrids();
    void shiftedGrid_data();
    void shiftedGrid();
    void splitAndMerge();
    void partlyOutsideLosesExactly();
    void lineParts();
    void lonLatCopyGivesSameResult();
    void mixedCrsUsesTarget();
    void chooseCrs();
    void convexPathMatchesGeos();
    void threadsGiveSameMatrix();
    void locatesPoints();
    void dasymetricPoints();
    void dasymetricPolygons_data();
    void dasymetricPolygons();
    void badInput();
};

void TestOverlay::nestedGrids_data() {
    QTest::addColumn<bool>("fast");
    QTest::newRow("convex fast path") << true;
    QTest::newRow("GEOS") << false;
}

// 2 × 2 cells of 1 km onto 4 × 4 cells of 500 m: each small cell holds a quarter of its parent.
void TestOverlay::nestedGrids() {
    QFETCH(bool, fast);
    const PolygonLayer coarse = rectangles(grid(X0, Y0, 2, 2, 1000));
    const PolygonLayer fine = rectangles(grid(X0, Y0, 4, 4, 500));
    OverlayOptions o;
    o.convexFastPath = fast;
    auto ov = overlayLayers({&coarse, kUtm}, {&fine, kUtm}, o);
    QVERIFY2(ov.ok(), ov.ok() ? "" : ov.error().c_str());
    QCOMPARE(ov->matrix.size(), std::size_t{16});
    QCOMPARE(ov->convexPairs > 0, fast);
    for (std::size_t k = 0; k < 16; ++k) {
        QVERIFY(std::fabs(ov->matrix.area[k] - 250000) < 1e-6);
        const uint32_t t = ov->matrix.target[k];
        QCOMPARE(ov->matrix.source[k], (t / 8) * 2 + (t % 4) / 2); // the parent cell
    }
    auto r = interpolateCounts(ov->matrix, {{"votes", {400, 800, 1200, 1600}}});
    QVERIFY(r.ok());
    for (std::size_t t = 0; t < 16; ++t)
        QVERIFY(std::fabs(r->targets[0].values[t] -
                          100.0 * static_cast<double>((t / 8) * 2 + (t % 4) / 2 + 1)) < 1e-9);
    QVERIFY(r->maxDiscrepancy <= 1e-9);
    // the other way round: four small cells merge into each big one, which they match exactly
    auto back = overlayLayers({&fine, kUtm}, {&coarse, kUtm}, o);
    QVERIFY(back.ok());
    auto merged = interpolateCounts(back->matrix, {{"votes", std::vector<double>(16, 25.0)}});
    QCOMPARE(merged->targets[0].values, (std::vector<double>{100, 100, 100, 100}));
    QCOMPARE(merged->estimatedShare, (std::vector<double>{1, 1, 1, 1}));
}

void TestOverlay::shiftedGrid_data() {
    QTest::addColumn<bool>("fast");
    QTest::addColumn<bool>("notched");
    QTest::newRow("convex fast path") << true << false;
    QTest::newRow("GEOS") << false << false;
    QTest::newRow("non-convex sources") << true << true;
}

// 4 × 4 cells of 100 m onto 6 × 6 cells of 100 m shifted by (−130, −110), which cover them:
// every overlap is a rectangle whose area the test computes by interval arithmetic.
void TestOverlay::shiftedGrid() {
    QFETCH(bool, fast);
    QFETCH(bool, notched);
    const std::vector<BBox> sb = grid(X0, Y0, 4, 4, 100), tb = grid(X0 - 130, Y0 - 110, 6, 6, 100);
    const PolygonLayer src = notched ? notchedGrid(X0, Y0, 4, 100) : rectangles(sb);
    const PolygonLayer tgt = rectangles(tb);
    OverlayOptions o;
    o.convexFastPath = fast;
    auto ov = overlayLayers({&src, kUtm}, {&tgt, kUtm}, o);
    QVERIFY2(ov.ok(), ov.ok() ? "" : ov.error().c_str());
    const auto got = entries(ov->matrix);
    std::vector<double> votes(sb.size()), expected(tb.size(), 0);
    for (std::size_t i = 0; i < sb.size(); ++i)
        votes[i] = 100 + 7 * static_cast<double>(i);
    std::size_t pairs = 0;
    for (std::size_t i = 0; i < sb.size() && !notched; ++i)
        for (std::size_t j = 0; j < tb.size(); ++j) {
            const double a = overlap(sb[i], tb[j]);
            if (a == 0) continue;
            ++pairs;
            expected[j] += votes[i] * a / 10000;
            const auto it = got.find({static_cast<uint32_t>(i), static_cast<uint32_t>(j)});
            QVERIFY(it != got.end());
            QVERIFY2(std::fabs(it->second - a) <= 1e-9 * a, std::to_string(it->second).c_str());
        }
    if (!notched) QCOMPARE(ov->matrix.size(), pairs);
    auto r = interpolateCounts(ov->matrix, {{"votes", votes}});
    QVERIFY(r.ok());
    QVERIFY2(r->maxDiscrepancy <= 1e-9, std::to_string(r->maxDiscrepancy).c_str());
    QVERIFY(std::fabs(r->totals[0].lost) <= 1e-9 * r->totals[0].sourceTotal);
    for (std::size_t j = 0; j < tb.size() && !notched; ++j)
        QVERIFY(std::fabs(r->targets[0].values[j] - expected[j]) <= 1e-9 * 1000);
    QCOMPARE(ov->geosFailures, std::size_t{0});
}

// Source 0 = [0,200]x[0,100] split into targets 0 = [0,100]x[0,100] and 1 = [100,200]x[0,100];
// sources 1 = [0,100]x[100,200] and 2 = [100,200]x[100,200] merge into target 2 =
// [0,200]x[100,200].
void TestOverlay::splitAndMerge() {
    const PolygonLayer src = rectangles({{X0, Y0, X0 + 200, Y0 + 100},
                                         {X0, Y0 + 100, X0 + 100, Y0 + 200},
                                         {X0 + 100, Y0 + 100, X0 + 200, Y0 + 200}});
    const PolygonLayer tgt = rectangles({{X0, Y0, X0 + 100, Y0 + 100},
                                         {X0 + 100, Y0, X0 + 200, Y0 + 100},
                                         {X0, Y0 + 100, X0 + 200, Y0 + 200}});
    auto ov = overlayLayers({&src, kUtm}, {&tgt, kUtm});
    QVERIFY(ov.ok());
    QCOMPARE(ov->matrix.source, (std::vector<uint32_t>{0, 0, 1, 2}));
    QCOMPARE(ov->matrix.target, (std::vector<uint32_t>{0, 1, 2, 2}));
    auto r = interpolateCounts(ov->matrix, {{"valid", {300, 70, 50}}, {"spd", {31, 7, 5}}});
    QVERIFY(r.ok());
    QCOMPARE(r->targets[0].values, (std::vector<double>{150, 150, 120}));
    QCOMPARE(r->targets[1].values, (std::vector<double>{15.5, 15.5, 12}));
    QCOMPARE(r->maxDiscrepancy, 0.0);
    QCOMPARE(ov->crs.name, std::string("EPSG:25833"));
}

// Source [0,100]x[0,100]: 60 % lies in the only target, 40 % outside every target.
void TestOverlay::partlyOutsideLosesExactly() {
    const PolygonLayer src =
        rectangles({{X0, Y0, X0 + 100, Y0 + 100}, {X0, Y0 + 300, X0 + 10, Y0 + 310}});
    const PolygonLayer tgt = rectangles({{X0 - 50, Y0 - 50, X0 + 60, Y0 + 100}});
    auto ov = overlayLayers({&src, kUtm}, {&tgt, kUtm});
    QVERIFY(ov.ok());
    auto r = interpolateCounts(ov->matrix, {{"votes", {1000, 30}}});
    QVERIFY(r.ok());
    QVERIFY(std::fabs(r->targets[0].values[0] - 600) < 1e-9);
    QVERIFY(std::fabs(r->totals[0].lost - 430) < 1e-9);
    QCOMPARE(r->sourcesLosing, std::size_t{2});
    QCOMPARE(r->worstLost[0].source, 0u);
    QVERIFY(std::fabs(r->worstLost[0].outsideShare - 0.4) < 1e-12);
    QVERIFY(std::fabs(r->totals[0].discrepancy - 430.0 / 1030) < 1e-12);
}

// An L-shaped source whose bottom bar overlaps the target and whose upright touches the
// target's edge: GEOS returns a GeometryCollection (polygon + line); only the polygon counts.
// A source that only touches the target gives no pair at all.
void TestOverlay::lineParts() {
    PolygonLayer src;
    addRing(src, {X0 + 5, Y0, X0 + 15, Y0, X0 + 15, Y0 + 10, X0 + 10, Y0 + 10, X0 + 10, Y0 + 2,
                  X0 + 5, Y0 + 2});
    src.endFeature();
    addRing(src, {X0 - 5, Y0, X0, Y0, X0, Y0 + 10, X0 - 5, Y0 + 10}); // touches the left edge
    src.endFeature();
    const PolygonLayer tgt = rectangles({{X0, Y0, X0 + 10, Y0 + 10}});
    OverlayOptions o;
    o.keepPieces = true;
    auto ov = overlayLayers({&src, kUtm}, {&tgt, kUtm}, o);
    QVERIFY2(ov.ok(), ov.ok() ? "" : ov.error().c_str());
    QCOMPARE(ov->matrix.size(), std::size_t{1});
    QCOMPARE(ov->matrix.source[0], 0u);
    QVERIFY(std::fabs(ov->matrix.area[0] - 10) < 1e-9);
    QCOMPARE(ov->pieces.featureCount(), std::size_t{1});
    QVERIFY(std::fabs(featureArea(ov->pieces, 0) - 10) < 1e-9);
    auto r = interpolateCounts(ov->matrix, {{"votes", {60, 5}}});
    QVERIFY(std::fabs(r->targets[0].values[0] - 60.0 * 10 / 60) < 1e-9);
}

// The same layers in EPSG:25833 and in longitude/latitude: the lon/lat run picks UTM zone 33N
// and gives the same figures to 1e-6.
void TestOverlay::lonLatCopyGivesSameResult() {
    const PolygonLayer src = notchedGrid(X0, Y0, 5, 700);
    const PolygonLayer tgt = rectangles(grid(X0 - 230, Y0 - 170, 7, 7, 600));
    std::vector<double> votes;
    for (std::size_t i = 0; i < src.featureCount(); ++i)
        votes.push_back(50 + 13 * static_cast<double>(i));
    auto projected = overlayLayers({&src, kUtm}, {&tgt, kUtm});
    QVERIFY(projected.ok());
    const PolygonLayer srcLL = transformed(src, "EPSG:25833", "EPSG:4326");
    const PolygonLayer tgtLL = transformed(tgt, "EPSG:25833", "EPSG:4326");
    QVERIFY(srcLL.extent.minX > 13 && srcLL.extent.maxX < 14); // really lon/lat now
    auto lonlat = overlayLayers({&srcLL, "EPSG:4326"}, {&tgtLL, "EPSG:4326"});
    QVERIFY2(lonlat.ok(), lonlat.ok() ? "" : lonlat.error().c_str());
    QVERIFY2(lonlat->crs.name.find("32633") != std::string::npos, lonlat->crs.name.c_str());
    QVERIFY(!lonlat->crs.reason.empty());
    auto a = interpolateCounts(projected->matrix, {{"votes", votes}});
    auto b = interpolateCounts(lonlat->matrix, {{"votes", votes}});
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(b->targets[0].values.size(), a->targets[0].values.size());
    for (std::size_t j = 0; j < a->targets[0].values.size(); ++j) {
        const double x = a->targets[0].values[j], y = b->targets[0].values[j];
        QVERIFY2(std::fabs(x - y) <= 1e-6 * std::max(1.0, std::fabs(x)),
                 (std::to_string(x) + " vs " + std::to_string(y)).c_str());
    }
    QVERIFY(a->maxDiscrepancy <= 1e-9 && b->maxDiscrepancy <= 1e-9);
}

void TestOverlay::mixedCrsUsesTarget() {
    const PolygonLayer tgt = rectangles(grid(X0, Y0, 2, 2, 1000));
    const PolygonLayer src = transformed(tgt, "EPSG:25833", "EPSG:4326");
    auto ov = overlayLayers({&src, "EPSG:4326"}, {&tgt, kUtm});
    QVERIFY(ov.ok());
    QCOMPARE(ov->crs.name, std::string("EPSG:25833"));
    // each cell onto itself; the round trip through lon/lat moves shared edges by ~1e-9 m, so
    // neighbours may overlap in slivers (kept, as sf keeps them) of no weight
    std::size_t big = 0;
    for (std::size_t k = 0; k < ov->matrix.size(); ++k) {
        if (ov->matrix.area[k] < 1e-3) continue;
        ++big;
        QCOMPARE(ov->matrix.source[k], ov->matrix.target[k]);
        QVERIFY(std::fabs(ov->matrix.area[k] - 1e6) < 1e-3);
    }
    QCOMPARE(big, std::size_t{4});
}

void TestOverlay::chooseCrs() {
    auto dresden = chooseAreaCrs({13.5, 50.9, 14.0, 51.2});
    QVERIFY(dresden.ok());
    QVERIFY2(dresden->name.find("EPSG:32633") != std::string::npos, dresden->name.c_str());
    auto karlsruhe = chooseAreaCrs({8.2, 48.9, 8.6, 49.1});
    QVERIFY(karlsruhe->name.find("EPSG:32632") != std::string::npos);
    auto south = chooseAreaCrs({-58.6, -34.8, -58.3, -34.5}); // Buenos Aires
    QVERIFY(south->name.find("EPSG:32721") != std::string::npos);
    auto germany = chooseAreaCrs({5.9, 47.3, 15.0, 55.1}); // 9° wide: equal-area
    QVERIFY(germany.ok());
    QVERIFY2(germany->wkt.find("Lambert Azimuthal Equal Area") != std::string::npos,
             germany->name.c_str());
    QVERIFY(!chooseAreaCrs({400000, 5600000, 500000, 5700000}).ok()); // metres, not degrees
    QVERIFY(!chooseAreaCrs(BBox{}).ok());
}

// Voronoi cells (convex) onto a shifted copy: the convex fast path and GEOS agree.
void TestOverlay::convexPathMatchesGeos() {
    std::mt19937_64 rng(3);
    std::uniform_real_distribution<double> u(0, 5000);
    std::vector<double> xy;
    for (int i = 0; i < 400; ++i)
        xy.insert(xy.end(), {X0 + u(rng), Y0 + u(rng)});
    auto cells = voronoiCells(xy, {X0, Y0, X0 + 5000, Y0 + 5000});
    QVERIFY(cells.ok());
    PolygonLayer shifted = *cells;
    for (std::size_t k = 0; k < shifted.pointCount(); ++k)
        shifted.xy[2 * k] += 83.3, shifted.xy[2 * k + 1] += 41.7;
    shifted.bbox.clear(), shifted.extent = BBox{};
    PolygonLayer rebuilt; // recompute the bounding boxes
    for (std::size_t f = 0; f < shifted.featureCount(); ++f) {
        for (uint32_t p = shifted.featurePart[f]; p < shifted.featurePart[f + 1]; ++p) {
            rebuilt.beginPart();
            for (uint32_t r = shifted.partRing[p]; r < shifted.partRing[p + 1]; ++r)
                rebuilt.addRing(&shifted.xy[2 * shifted.ringPoint[r]],
                                shifted.ringPoint[r + 1] - shifted.ringPoint[r]);
            rebuilt.endPart();
        }
        rebuilt.endFeature();
    }
    OverlayOptions fast, slow;
    slow.convexFastPath = false;
    auto a = overlayLayers({&*cells, kUtm}, {&rebuilt, kUtm}, fast);
    auto b = overlayLayers({&*cells, kUtm}, {&rebuilt, kUtm}, slow);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->convexPairs, a->candidatePairs);
    QCOMPARE(b->convexPairs, std::size_t{0});
    const auto ea = entries(a->matrix), eb = entries(b->matrix);
    auto compare = [](const auto& x, const auto& y, const OverlapMatrix& m) {
        for (const auto& [pair, area] : x) {
            const auto it = y.find(pair);
            const double other = it == y.end() ? 0.0 : it->second;
            if (std::fabs(area - other) > 1e-9 * m.sourceArea[pair.first]) {
                qWarning("pair %u,%u: %.17g vs %.17g", pair.first, pair.second, area, other);
                return false;
            }
        }
        return true;
    };
    QVERIFY(compare(ea, eb, a->matrix));
    QVERIFY(compare(eb, ea, a->matrix));

    // non-convex sources (notched cells, one with a hole) onto the convex cells: only the
    // target is convex, so the sources' rings are clipped one by one
    PolygonLayer notched = notchedGrid(X0 + 10, Y0 + 20, 12, 400);
    const std::vector<double> hole{X0 + 500, Y0 + 100, X0 + 500, Y0 + 160, X0 + 560,
                                   Y0 + 160, X0 + 560, Y0 + 100, X0 + 500, Y0 + 100};
    PolygonLayer withHole;
    for (std::size_t f = 0; f < notched.featureCount(); ++f) {
        withHole.beginPart();
        const uint32_t r = notched.partRing[notched.featurePart[f]];
        withHole.addRing(&notched.xy[2 * notched.ringPoint[r]],
                         notched.ringPoint[r + 1] - notched.ringPoint[r]);
        if (f == 1) withHole.addRing(hole.data(), 5); // cell 1: x 410410..410810, y ..5020..5420
        withHole.endPart();
        withHole.endFeature();
    }
    auto c = overlayLayers({&withHole, kUtm}, {&*cells, kUtm}, fast);
    auto d = overlayLayers({&withHole, kUtm}, {&*cells, kUtm}, slow);
    QVERIFY(c.ok() && d.ok());
    QCOMPARE(c->convexPairs, c->candidatePairs);
    QVERIFY(compare(entries(c->matrix), entries(d->matrix), c->matrix));
    QVERIFY(compare(entries(d->matrix), entries(c->matrix), c->matrix));
    QVERIFY(std::fabs(c->matrix.sourceArea[1] - (400 * 400 - 0.5 * 0.2 * 400 * 0.3 * 400 - 3600)) <
            1e-6);
}

void TestOverlay::threadsGiveSameMatrix() {
    const PolygonLayer src = notchedGrid(X0, Y0, 30, 50); // 900 sources: more than one chunk
    const PolygonLayer tgt = rectangles(grid(X0 - 17, Y0 - 11, 32, 32, 50));
    OverlayOptions one, two;
    one.threads = 1, two.threads = 2;
    auto a = overlayLayers({&src, kUtm}, {&tgt, kUtm}, one);
    auto b = overlayLayers({&src, kUtm}, {&tgt, kUtm}, two);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->matrix.source, b->matrix.source);
    QCOMPARE(a->matrix.target, b->matrix.target);
    QCOMPARE(a->matrix.area, b->matrix.area);
    QCOMPARE(a->matrix.size(), std::size_t{900 * 4}); // each cell meets 4 shifted cells
}

void TestOverlay::locatesPoints() {
    const PolygonLayer l = rectangles(grid(X0, Y0, 2, 2, 1000)); // 0 1 / 2 3
    const std::vector<double> pts{X0 + 500, Y0 + 500, X0 + 1500, Y0 + 1200,
                                  X0 - 1,   Y0 + 10,  X0 + 10,   Y0 + 1999};
    auto at = locatePoints(pts, kUtm, {&l, kUtm});
    QVERIFY2(at.ok(), at.ok() ? "" : at.error().c_str());
    QCOMPARE(*at, (std::vector<int64_t>{0, 3, -1, 2}));
    // the same points in lon/lat
    PolygonLayer asLayer;
    for (std::size_t i = 0; i < pts.size(); i += 2) {
        addRing(asLayer,
                {pts[i], pts[i + 1], pts[i] + 0.001, pts[i + 1], pts[i], pts[i + 1] + 0.001});
        asLayer.endFeature();
    }
    const PolygonLayer ll = transformed(asLayer, "EPSG:25833", "EPSG:4326");
    std::vector<double> llPts;
    for (std::size_t f = 0; f < ll.featureCount(); ++f)
        llPts.insert(llPts.end(), {ll.xy[2 * ll.ringPoint[f]], ll.xy[2 * ll.ringPoint[f] + 1]});
    auto again = locatePoints(llPts, "EPSG:4326", {&l, kUtm});
    QVERIFY(again.ok());
    QCOMPARE(*again, *at);
}

// Source [0,200]x[0,100] split into two halves by area, but 3 addresses lie in the left half and
// 1 in the right: the votes follow the addresses, 3:1. The second source has no address and is
// moved by area.
void TestOverlay::dasymetricPoints() {
    const PolygonLayer src =
        rectangles({{X0, Y0, X0 + 200, Y0 + 100}, {X0, Y0 + 100, X0 + 200, Y0 + 200}});
    const PolygonLayer tgt =
        rectangles({{X0, Y0, X0 + 100, Y0 + 200}, {X0 + 100, Y0, X0 + 200, Y0 + 200}});
    auto ov = overlayLayers({&src, kUtm}, {&tgt, kUtm});
    QVERIFY(ov.ok());
    const std::vector<double> xy{X0 + 10, Y0 + 10,  X0 + 20, Y0 + 50, X0 + 90,
                                 Y0 + 90, X0 + 150, Y0 + 50, X0 - 50, Y0 + 50};
    auto w = pointWeights(xy, kUtm, {1, 1, 1, 1, 7}, {&src, kUtm}, {&tgt, kUtm}, *ov);
    QVERIFY2(w.ok(), w.ok() ? "" : w.error().c_str());
    QCOMPARE(w->outsideSources, std::size_t{1});
    auto r = interpolateCounts(ov->matrix, {{"votes", {400, 60}}}, &*w);
    QVERIFY(r.ok());
    QCOMPARE(r->targets[0].values, (std::vector<double>{300 + 30, 100 + 30}));
    QCOMPARE(r->areaFallback, (std::vector<uint32_t>{1}));
    QCOMPARE(r->maxDiscrepancy, 0.0);
}

void TestOverlay::dasymetricPolygons_data() {
    QTest::addColumn<bool>("fast");
    QTest::newRow("convex fast path") << true;
    QTest::newRow("GEOS") << false;
}

// Source [0,200]x[0,100] onto halves t0 = [0,100], t1 = [100,200]; weight polygons k0 =
// [0,50]x[0,100] with 100 people and k1 = [50,200]x[0,100] with 30 (20 per 100 m of width):
// w(t0) = 100 + 10 = 110, w(t1) = 20, so 130 votes go 110 : 20.
void TestOverlay::dasymetricPolygons() {
    QFETCH(bool, fast);
    const PolygonLayer src = rectangles({{X0, Y0, X0 + 200, Y0 + 100}});
    const PolygonLayer tgt =
        rectangles({{X0, Y0, X0 + 100, Y0 + 100}, {X0 + 100, Y0, X0 + 200, Y0 + 100}});
    const PolygonLayer blocks =
        rectangles({{X0, Y0, X0 + 50, Y0 + 100}, {X0 + 50, Y0, X0 + 200, Y0 + 100}});
    OverlayOptions o;
    o.convexFastPath = fast;
    auto ov = overlayLayers({&src, kUtm}, {&tgt, kUtm}, o);
    QVERIFY(ov.ok());
    // the weight layer comes in lon/lat: it is brought into the overlay's CRS
    const PolygonLayer blocksLL = transformed(blocks, "EPSG:25833", "EPSG:4326");
    std::size_t failures = 0;
    auto w = polygonWeights({&src, kUtm}, {&tgt, kUtm}, {&blocksLL, "EPSG:4326"}, {100, 30}, *ov,
                            &failures, o);
    QVERIFY2(w.ok(), w.ok() ? "" : w.error().c_str());
    QCOMPARE(failures, std::size_t{0});
    auto r = interpolateCounts(ov->matrix, {{"votes", {130}}}, &*w);
    QVERIFY(r.ok());
    QVERIFY(std::fabs(r->targets[0].values[0] - 110) < 1e-6);
    QVERIFY(std::fabs(r->targets[0].values[1] - 20) < 1e-6);
    QVERIFY(r->maxDiscrepancy < 1e-12);
}

void TestOverlay::badInput() {
    const PolygonLayer l = rectangles(grid(X0, Y0, 2, 2, 1000));
    QVERIFY(!overlayLayers({&l, ""}, {&l, kUtm}).ok());
    QVERIFY(!overlayLayers({&l, "EPSG:999999"}, {&l, kUtm}).ok());
    OverlayOptions geographic;
    geographic.workingCrs = "EPSG:4326";
    QVERIFY(!overlayLayers({&l, kUtm}, {&l, kUtm}, geographic).ok());
    // a self-intersecting "bow tie" (the reader would have repaired it): GEOS may refuse the
    // pair, but the overlay neither crashes nor fails, and counts what it could not do
    PolygonLayer bow;
    addRing(bow, {X0, Y0, X0 + 100, Y0 + 100, X0 + 100, Y0, X0, Y0 + 100});
    bow.endFeature();
    OverlayOptions noFast;
    noFast.convexFastPath = false;
    auto ov = overlayLayers({&bow, kUtm}, {&l, kUtm}, noFast);
    QVERIFY(ov.ok());
    qInfo("bow tie: %zu GEOS failures, %zu pairs%s%s", ov->geosFailures, ov->matrix.size(),
          ov->failures.empty() ? "" : ": ",
          ov->failures.empty() ? "" : ov->failures[0].message.c_str());
    QCOMPARE(ov->geosFailures, ov->failures.size());
    // GEOS 3.11 refuses it ("Input geom 0 is invalid: Self-intersection"): one pair, either
    // counted as a failure or computed, never both
    QCOMPARE(ov->geosFailures + ov->matrix.size(), std::size_t{1});
    if (ov->geosFailures) QCOMPARE(ov->failures[0].source, 0u);
    for (const auto& f : ov->failures)
        QVERIFY(!f.message.empty());
}

QTEST_APPLESS_MAIN(TestOverlay)
#include "tst_overlay.moc"
