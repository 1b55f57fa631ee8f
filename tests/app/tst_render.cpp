// SPDX-License-Identifier: GPL-3.0-or-later
// Render tests: colours at known places, hatching of suppressed areas, hit tests, scale bars,
// and the PDF briefing read back with poppler's pdftotext / pdfimages.
#include "app/render/briefing.h"
#include "app/render/briefingtext.h"
#include "app/render/choropleth.h"
#include "app/render/hittest.h"
#include "app/render/mapimage.h"
#include "app/render/scalebar.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace swingmap;

namespace {

const double kNaN = std::nan("");

void addSquare(PolygonLayer& l, double x0, double y0, double size, bool hole = false) {
    const double s[] = {x0, y0, x0 + size, y0, x0 + size, y0 + size, x0, y0 + size, x0, y0};
    l.beginPart();
    l.addRing(s, 5);
    if (hole) {
        const double c = size / 2,
                     h[] = {x0 + c - 1, y0 + c - 1, x0 + c - 1, y0 + c + 1, x0 + c + 1,
                            y0 + c + 1, x0 + c + 1, y0 + c - 1, x0 + c - 1, y0 + c - 1};
        l.addRing(h, 5);
    }
    l.endPart();
    l.endFeature();
}

/// 3 x 2 squares of 10 m: values -8, 0.5, 6 (bottom row); suppressed, no data, -3 with a hole
/// (top row); and a seventh area without geometry.
struct Fixture {
    Dataset data;
    Analysis analysis;
    Project project;
};

Fixture makeFixture() {
    Fixture fx;
    Dataset& d = fx.data;
    for (int i = 0; i < 6; ++i)
        addSquare(d.geometry, 10.0 * (i % 3), 10.0 * (i / 3), 10, i == 5);
    d.geometry.endFeature(); // no geometry
    for (int i = 0; i < 7; ++i) {
        d.keys.push_back(QStringLiteral("A%1").arg(i).toStdString());
        d.names.push_back(QStringLiteral("Area %1").arg(i).toStdString());
    }
    d.crsName = "EPSG:25832";
    d.synthetic = true;
    d.attribution = {"Boundaries: Test Survey (CC BY 4.0)", "Results: Returning Officer"};
    AreaFigures& a = fx.analysis.areas;
    a.shareChange = {-8, 0.5, 6, 9, kNaN, -3, 1};
    a.suppressed = {0, 0, 0, 1, 0, 0, 0};
    fx.analysis.suppressedCount = 1;
    fx.analysis.settings.party = "Red";
    fx.analysis.settings.from = "2019";
    fx.analysis.settings.to = "2024";
    ModelSummary& m = fx.analysis.model;
    m.fitted = true;
    m.n = 5;
    m.fit.rSquared = 0.62;
    m.fit.terms = {{"(Intercept)", 1.2, 0.3, 0.35, 4, 0.01, 0},
                   {"pct_age_60_74", -0.89, 0.1, 0.12, -8.9, 0.0001, 1.1}};
    m.hasMoran = true;
    m.moran.i = 0.31;
    m.moran.p = 0.0002;
    fx.project.title = "Swing test county";
    fx.project.labels["pct_age_60_74"] = "people aged 60 to 74";
    return fx;
}

bool near(QColor a, QColor b, int tol = 4) {
    return std::abs(a.red() - b.red()) <= tol && std::abs(a.green() - b.green()) <= tol &&
           std::abs(a.blue() - b.blue()) <= tol;
}

QString runTool(const QString& tool, const QStringList& args) {
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// With SWINGMAP_KEEP_OUTPUT=DIR set, copy an output there to look at it.
void keepForInspection(const QString& file) {
    const QString keep = qEnvironmentVariable("SWINGMAP_KEEP_OUTPUT");
    if (keep.isEmpty()) return;
    const QString to = QDir(keep).filePath(QFileInfo(file).fileName());
    QFile::remove(to);
    QFile::copy(file, to);
}

} // namespace

class TestRender : public QObject {
    Q_OBJECT
private slots:
    void prettyBreaks_data();
    void prettyBreaks();
    void classesAreSymmetric();
    void legendCounts();
    void pixelColours();
    void suppressedIsHatched();
    void hitTest();
    void scaleBar();
    void briefingPdf();
};

void TestRender::prettyBreaks_data() {
    QTest::addColumn<double>("maxAbs");
    QTest::addColumn<double>("step");
    QTest::newRow("10") << 10.0 << 2.5;
    QTest::newRow("7") << 7.0 << 2.5; // 7/3 = 2.33 is nearer 2.5 than 2 on a log scale
    QTest::newRow("0.9") << 0.9 << 0.25;
    QTest::newRow("30") << 30.0 << 10.0;
    QTest::newRow("zero") << 0.0 << 1.0;
}

void TestRender::prettyBreaks() {
    QFETCH(double, maxAbs);
    QFETCH(double, step);
    const Classification c = divergingClassification({-maxAbs, maxAbs / 2, maxAbs});
    QCOMPARE(c.classCount(), 7);
    QCOMPARE(c.breaks.size(), std::size_t(6));
    QCOMPARE(c.breaks[3], step);
}

void TestRender::classesAreSymmetric() {
    const Classification c = divergingClassification({-3, 12, 4}, 9);
    QCOMPARE(c.classCount(), 9);
    for (std::size_t i = 0; i < c.breaks.size(); ++i)
        QCOMPARE(c.breaks[i], -c.breaks[c.breaks.size() - 1 - i]);
    QCOMPARE(c.classOf(0.0), 4); // zero sits in the middle class
    QCOMPARE(c.classOf(kNaN), -1);
    QCOMPARE(c.colourOf(kNaN), noDataColour());
}

void TestRender::legendCounts() {
    const Fixture fx = makeFixture();
    const Classification cls = shareChangeClassification(fx.analysis);
    const Legend l = shareChangeLegend(fx.analysis, cls);
    QCOMPARE(l.entries.size(), std::size_t(cls.classCount() + 2));
    std::size_t shown = 0;
    for (std::size_t i = 0; i + 2 < l.entries.size(); ++i)
        shown += l.entries[i].count;
    QCOMPARE(shown, std::size_t(5)); // the suppressed and the NaN area are not in any class
    QCOMPARE(l.entries[l.entries.size() - 2].count, std::size_t(1));
    QCOMPARE(l.entries.back().text(), QStringLiteral("too few households to show (1)"));
    QCOMPARE(l.entries.back().swatch, LegendEntry::Swatch::Hatched);
}

void TestRender::pixelColours() {
    const Fixture fx = makeFixture();
    const QImage img = renderMapImage(fx.data, fx.analysis, QSize(300, 200));
    const QString png = QDir::temp().filePath(QStringLiteral("swingmap-tst-render.png"));
    QVERIFY(img.save(png));
    keepForInspection(png);
    const ViewTransform t(fx.data.geometry.extent, QRectF(0, 0, 300, 200));
    const Classification cls = shareChangeClassification(fx.analysis);
    const Legend legend = shareChangeLegend(fx.analysis, cls);
    for (int f : {0, 1, 2}) {
        const double v = fx.analysis.areas.shareChange[static_cast<std::size_t>(f)];
        const QPoint px = t.toDevice(10.0 * f + 5, 5).toPoint();
        const QColor want =
            legend.entries[static_cast<std::size_t>(cls.classCount() - 1 - cls.classOf(v))].colour;
        QVERIFY2(near(img.pixelColor(px), want),
                 qPrintable(QStringLiteral("area %1: %2 vs %3")
                                .arg(f)
                                .arg(img.pixelColor(px).name(), want.name())));
    }
    // Classes differ, so the image is not blank, and the three colours are distinct.
    QVERIFY(img.pixelColor(t.toDevice(5, 5).toPoint()) !=
            img.pixelColor(t.toDevice(25, 5).toPoint()));
    QVERIFY(near(img.pixelColor(t.toDevice(15, 15).toPoint()), noDataColour()));
    QVERIFY(near(img.pixelColor(t.toDevice(25, 15).toPoint()), Qt::white)); // the hole
}

void TestRender::suppressedIsHatched() {
    const Fixture fx = makeFixture();
    const QImage img = renderMapImage(fx.data, fx.analysis, QSize(300, 200));
    const ViewTransform t(fx.data.geometry.extent, QRectF(0, 0, 300, 200));
    const QColor valueColour = shareChangeClassification(fx.analysis).colourOf(9);
    const QPoint c = t.toDevice(5, 15).toPoint();
    int background = 0, hatch = 0, leaked = 0;
    for (int dy = -10; dy <= 10; ++dy)
        for (int dx = -10; dx <= 10; ++dx) {
            const QColor px = img.pixelColor(c + QPoint(dx, dy));
            background += near(px, suppressedColour(), 6);
            hatch += near(px, suppressedHatchColour(), 30);
            leaked += near(px, valueColour, 20);
        }
    QVERIFY2(background > 50, qPrintable(QString::number(background)));
    QVERIFY2(hatch > 20, qPrintable(QString::number(hatch)));
    QCOMPARE(leaked, 0);
}

void TestRender::hitTest() {
    const Fixture fx = makeFixture();
    const PolygonLayer& l = fx.data.geometry;
    QCOMPARE(featureAt(l, 5, 5).value_or(99), std::size_t(0));
    QCOMPARE(featureAt(l, 22, 12).value_or(99), std::size_t(5));
    QVERIFY(!featureAt(l, 25, 15).has_value()); // inside the hole
    QVERIFY(!featureAt(l, 35, 5).has_value());
    const Classification cls = shareChangeClassification(fx.analysis);
    const MapRenderer r = shareChangeRenderer(fx.data, fx.analysis, cls);
    const ViewTransform t(l.extent, QRectF(0, 0, 300, 200));
    QCOMPARE(r.featureAtDevice(t.toDevice(15, 5), t).value_or(99), std::size_t(1));
}

void TestRender::scaleBar() {
    QCOMPARE(metresPerUnit(false, 50), 1.0);
    QVERIFY(std::abs(metresPerUnit(true, 60) - 55660) < 1);
    BBox view;
    view.add(0, 0);
    view.add(10000, 5000); // 10 km over 1000 px: 10 m per px
    const ViewTransform t(view, QRectF(0, 0, 1000, 500));
    const ScaleBar bar = chooseScaleBar(t, false, 250);
    QCOMPARE(bar.metres, 2000.0);
    QCOMPARE(bar.deviceLength, 200.0);
    QCOMPARE(bar.label, QStringLiteral("2 km"));
    BBox deg;
    deg.add(10, 59.9);
    deg.add(11, 60.1); // 1 degree at 60 N ~ 55.7 km over 1000 px
    const ScaleBar g = chooseScaleBar(ViewTransform(deg, QRectF(0, 0, 1000, 1000)), true, 250);
    QCOMPARE(g.label, QStringLiteral("10 km"));
}

void TestRender::briefingPdf() {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils (pdftotext) is not installed");
    const Fixture fx = makeFixture();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("briefing.pdf"));
    const Status st = Briefing::writePdf(pdf.toStdString(), fx.data, fx.analysis, fx.project);
    QVERIFY2(st.ok(), st.ok() ? "" : st.error().c_str());
    keepForInspection(pdf);
    QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    const QStringList wanted = {
        QStringLiteral("Swing test county"),
        QStringLiteral("SYNTHETIC DEMO DATA"),
        QStringLiteral("Red: 2019 \u2192 2024"),
        QStringLiteral("Change in Red share, points"),
        QStringLiteral("no data (1)"),
        QStringLiteral("too few households to show (1)"),
        QStringLiteral("Sources: Boundaries: Test Survey (CC BY 4.0); "
                       "Results: Returning Officer"),
        QStringLiteral("What the model says"),
        QStringLiteral("Areas with one point more people aged 60 to 74 lost 0.89 points more"),
        QStringLiteral("Moran's I 0.31, p < 0.001"),
        QDate::currentDate().toString(Qt::ISODate)};
    for (const QString& w : wanted)
        QVERIFY2(text.contains(w),
                 qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(w, text)));
    QVERIFY2(!text.contains(QStringLiteral("+9")), "a suppressed value leaked into the PDF");
    // Vector output: small, and no raster images at all.
    QVERIFY(QFileInfo(pdf).size() < 300 * 1024);
    const QString images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QVERIFY(!images.isEmpty());
    QCOMPARE(images.trimmed().split(QLatin1Char('\n')).size(), 2); // just the header lines
}

QTEST_MAIN(TestRender)
#include "tst_render.moc"
