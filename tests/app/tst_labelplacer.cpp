// SPDX-License-Identifier: GPL-3.0-or-later
// Label placement (app/render/labelplacer.h, arealabels.h): no two labels overlap, none touches a
// reserved box, priority wins conflicts, anchors lie inside their areas, the same input gives the
// same placement, and areas too small on screen get no label.
#include "app/render/arealabels.h"
#include "app/render/fonts.h"
#include "app/render/hittest.h"
#include "app/render/labelplacer.h"

#include <QImage>
#include <QPainter>
#include <QtTest>

#include <algorithm>
#include <random>

using namespace swingmap;

namespace {

/// `count` candidates at random anchors in `bounds` with random names and priorities.
std::vector<LabelCandidate> randomCandidates(std::size_t count, unsigned seed,
                                             const QRectF& bounds) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> x(bounds.left(), bounds.right()),
        y(bounds.top(), bounds.bottom()), pr(0, 100);
    std::uniform_int_distribution<int> len(3, 14);
    std::vector<LabelCandidate> out;
    for (std::size_t i = 0; i < count; ++i) {
        QString text;
        const int n = len(rng);
        for (int k = 0; k < n; ++k)
            text += QChar(u'a' + static_cast<char16_t>(rng() % 26));
        out.push_back({i, text, QPointF(x(rng), y(rng)), std::floor(pr(rng))});
    }
    return out;
}

QRectF padded(const PlacedLabel& l, double pad) {
    return l.box.adjusted(-pad, -pad, pad, pad);
}

/// A square from (x, y) of side s, counter-clockwise, closed.
std::vector<double> square(double x, double y, double s) {
    return {x, y, x + s, y, x + s, y + s, x, y + s, x, y};
}

void addFeature(PolygonLayer& l, const std::vector<std::vector<double>>& rings) {
    l.beginPart();
    for (const auto& r : rings)
        l.addRing(r.data(), r.size() / 2);
    l.endPart();
    l.endFeature();
}

/// Shapes whose centre may lie outside: squares, an L, a square with a big hole (a ring), a
/// crescent-like U, and one tiny square.
PolygonLayer testLayer() {
    PolygonLayer l;
    addFeature(l, {square(0, 0, 1000)});
    addFeature(l, {square(1000, 0, 1000)});
    addFeature(l, {{2000, 0, 3000, 0, 3000, 300, 2300, 300, 2300, 1000, 2000, 1000, 2000, 0}}); // L
    addFeature(l, {square(0, 1000, 1500),
                   {300, 1300, 300, 2200, 1200, 2200, 1200, 1300, 300,
                    1300}}); // ring: a hole in the middle
    addFeature(l, {{1500, 1000, 3000, 1000, 3000, 2500, 2700, 2500, 2700, 1300, 1800, 1300, 1800,
                    2500, 1500, 2500, 1500, 1000}}); // U
    addFeature(l, {square(2900, 2900, 10)});         // tiny
    return l;
}

std::vector<std::string> testNames() {
    return {"Altstadt", "Neustadt", "Winkel", "Ringgebiet", "Hufeisen", "Klein"};
}

const QRectF kBounds(0, 0, 800, 600);

} // namespace

class TestLabelPlacer : public QObject {
    Q_OBJECT
private slots:
    void noTwoBoxesOverlap_data();
    void noTwoBoxesOverlap();
    void reservedBoxesStayFree();
    void higherPriorityWins_data();
    void higherPriorityWins();
    void deterministic();
    void anchorsInsideTheirAreas_data();
    void anchorsInsideTheirAreas();
    void tooSmallOnScreenGetsNoLabel();
    void labelsDrawnAsText();
};

void TestLabelPlacer::noTwoBoxesOverlap_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<double>("padding");
    QTest::newRow("few") << 20 << 1u << 3.0;
    QTest::newRow("crowded") << 500 << 2u << 3.0;
    QTest::newRow("very crowded, no padding") << 3000 << 3u << 0.0;
    QTest::newRow("wide padding") << 400 << 4u << 12.0;
}

void TestLabelPlacer::noTwoBoxesOverlap() {
    QFETCH(int, count);
    QFETCH(unsigned, seed);
    QFETCH(double, padding);
    const QFontMetricsF fm(uiFont(9));
    LabelOptions o;
    o.bounds = kBounds;
    o.padding = padding;
    const auto placed =
        placeLabels(randomCandidates(static_cast<std::size_t>(count), seed, kBounds), fm, o);
    QVERIFY(!placed.empty());
    QVERIFY(placed.size() <= static_cast<std::size_t>(count));
    for (std::size_t i = 0; i < placed.size(); ++i) {
        QVERIFY(kBounds.contains(padded(placed[i], padding)));
        QVERIFY(placed[i].box.width() > 0 && placed[i].box.height() > 0);
        for (std::size_t j = i + 1; j < placed.size(); ++j)
            QVERIFY2(!padded(placed[i], padding / 2).intersects(padded(placed[j], padding / 2)),
                     qPrintable(placed[i].text + QStringLiteral(" / ") + placed[j].text));
    }
}

void TestLabelPlacer::reservedBoxesStayFree() {
    const QFontMetricsF fm(uiFont(9));
    LabelOptions o;
    o.bounds = kBounds;
    o.reserved = {QRectF(0, 0, 250, 300), QRectF(10, 560, 150, 40), QRectF(740, 10, 50, 70)};
    const auto placed = placeLabels(randomCandidates(800, 7, kBounds), fm, o);
    QVERIFY(placed.size() > 20);
    for (const PlacedLabel& l : placed)
        for (const QRectF& r : o.reserved)
            QVERIFY2(!padded(l, o.padding).intersects(r), qPrintable(l.text));
    // without the reserved boxes, labels are placed there (the test can fail)
    o.reserved.clear();
    const auto free = placeLabels(randomCandidates(800, 7, kBounds), fm, o);
    QVERIFY(std::any_of(free.begin(), free.end(), [](const PlacedLabel& l) {
        return l.box.intersects(QRectF(0, 0, 250, 300));
    }));
}

void TestLabelPlacer::higherPriorityWins_data() {
    QTest::addColumn<double>("priorityA");
    QTest::addColumn<double>("priorityB");
    QTest::addColumn<int>("winner");
    QTest::newRow("A higher") << 5.0 << 1.0 << 0;
    QTest::newRow("B higher") << 1.0 << 5.0 << 1;
    QTest::newRow("tie: lower id") << 2.0 << 2.0 << 0;
    QTest::newRow("target over big area") << 1e15 << 1e6 << 0;
}

void TestLabelPlacer::higherPriorityWins() {
    QFETCH(double, priorityA);
    QFETCH(double, priorityB);
    QFETCH(int, winner);
    const QFontMetricsF fm(uiFont(9));
    // Two labels at the same spot in a frame with room for exactly one: no offset fits either.
    const QPointF at(100, 50);
    LabelOptions o;
    o.padding = 2;
    const double w = std::max(fm.horizontalAdvance(QStringLiteral("Westend")),
                              fm.horizontalAdvance(QStringLiteral("Ostend")));
    o.bounds = QRectF(at.x() - w / 2 - 3, at.y() - fm.height() / 2 - 3, w + 6, fm.height() + 6);
    std::vector<LabelCandidate> c = {{0, QStringLiteral("Westend"), at, priorityA},
                                     {1, QStringLiteral("Ostend"), at, priorityB}};
    for (int order = 0; order < 2; ++order) { // whatever order they come in
        const auto placed = placeLabels(c, fm, o);
        QCOMPARE(placed.size(), std::size_t(1));
        QCOMPARE(placed[0].id, std::size_t(winner));
        std::reverse(c.begin(), c.end());
    }
}

void TestLabelPlacer::deterministic() {
    const QFontMetricsF fm(uiFont(9));
    LabelOptions o;
    o.bounds = kBounds;
    o.reserved = {QRectF(0, 0, 200, 200)};
    auto c = randomCandidates(1500, 11, kBounds);
    const auto first = placeLabels(c, fm, o);
    std::mt19937 rng(5);
    std::shuffle(c.begin(), c.end(), rng);
    const auto second = placeLabels(c, fm, o);
    QCOMPARE(second.size(), first.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        QCOMPARE(second[i].id, first[i].id);
        QCOMPARE(second[i].box, first[i].box);
        QCOMPARE(second[i].baseline, first[i].baseline);
    }
}

void TestLabelPlacer::anchorsInsideTheirAreas_data() {
    QTest::addColumn<double>("zoom"); // 1 = the whole layer
    QTest::addColumn<int>("atLeast"); // labels expected
    QTest::newRow("whole layer") << 1.0 << 4;
    QTest::newRow("zoomed in") << 2.0 << 1;
}

void TestLabelPlacer::anchorsInsideTheirAreas() {
    QFETCH(double, zoom);
    QFETCH(int, atLeast);
    const PolygonLayer layer = testLayer();
    const AreaLabels labels(layer, testNames());
    BBox view = layer.extent;
    if (zoom > 1) view = boxAround(1500, 1500, 3000 / zoom, 3000 / zoom);
    const ViewTransform t(view, kBounds);
    QImage device(800, 600, QImage::Format_ARGB32);
    const QFont font = labelFont(9, &device);
    const auto placed = labels.place(t, font, kBounds, {});
    QVERIFY2(static_cast<int>(placed.size()) >= atLeast,
             qPrintable(QString::number(placed.size())));
    for (const PlacedLabel& l : placed) {
        QCOMPARE(l.text, QString::fromStdString(testNames()[l.id]));
        const QPointF a = t.toWorld(l.anchor);
        QVERIFY2(featureContains(layer, l.id, a.x(), a.y()), qPrintable(l.text));
        // the middle of the box is in the area too (the label does not spill out much)
        const QPointF m = t.toWorld(l.box.center());
        QVERIFY2(featureContains(layer, l.id, m.x(), m.y()), qPrintable(l.text));
    }
    // the ring's hole and the U's gap: their centres are outside, their labels not there
    const auto ring =
        std::find_if(placed.begin(), placed.end(), [](const PlacedLabel& l) { return l.id == 3; });
    if (ring != placed.end()) {
        const QPointF c = t.toWorld(ring->box.center());
        QVERIFY(!(c.x() > 300 && c.x() < 1200 && c.y() > 1300 && c.y() < 2200));
    }
}

void TestLabelPlacer::tooSmallOnScreenGetsNoLabel() {
    const PolygonLayer layer = testLayer();
    const AreaLabels labels(layer, testNames());
    QImage device(800, 600, QImage::Format_ARGB32);
    const QFont font = labelFont(9, &device);
    const auto has = [](const std::vector<PlacedLabel>& v, std::size_t id) {
        return std::any_of(v.begin(), v.end(), [id](const PlacedLabel& l) { return l.id == id; });
    };
    // whole layer: the 10 m square is about 2 px across
    const auto whole = labels.place(ViewTransform(layer.extent, kBounds), font, kBounds, {});
    QVERIFY(!has(whole, 5));
    QVERIFY(has(whole, 0));
    // zoomed onto it, it is big enough
    const auto close =
        labels.place(ViewTransform(boxAround(2905, 2905, 14, 14), kBounds), font, kBounds, {});
    QVERIFY(has(close, 5));
    // a big area shrunk below the threshold by zooming out far gets none either
    const auto far =
        labels.place(ViewTransform(boxAround(1500, 1500, 3e5, 3e5), kBounds), font, kBounds, {});
    QVERIFY(far.empty());
}

void TestLabelPlacer::labelsDrawnAsText() {
    // drawn labels change the pixels under their boxes only
    QImage img(400, 200, QImage::Format_ARGB32);
    img.fill(Qt::white);
    const QFont font = labelFont(10, &img);
    const QFontMetricsF fm(font);
    LabelOptions o;
    o.bounds = QRectF(0, 0, 400, 200);
    const auto placed = placeLabels({{0, QStringLiteral("Südstadt"), QPointF(200, 100), 1}}, fm, o);
    QCOMPARE(placed.size(), std::size_t(1));
    {
        QPainter p(&img);
        drawPlacedLabels(p, placed, font, 1.5);
    }
    int dark = 0, darkOutside = 0;
    const QRect inBox = placed[0].box.adjusted(-3, -3, 3, 3).toAlignedRect();
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            if (qGray(img.pixel(x, y)) < 128) {
                ++dark;
                if (!inBox.contains(x, y)) ++darkOutside;
            }
    QVERIFY(dark > 20);
    QCOMPARE(darkOutside, 0);
}

QTEST_MAIN(TestLabelPlacer)
#include "tst_labelplacer.moc"
