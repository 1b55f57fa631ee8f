// SPDX-License-Identifier: GPL-3.0-or-later
// Thematic maps of any variable: sequential and qualitative classes, LISA colours, the privacy
// hatch in every map, the sampling-noise hatch, and the diagnostics text.
#include "app/render/briefing.h"
#include "app/render/classification.h"
#include "app/render/diagnosticstext.h"
#include "app/render/hatch.h"
#include "app/render/mapimage.h"
#include "app/render/thematic.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace swingmap;

namespace {

const double kNaN = std::nan("");
constexpr int kW = 300, kH = 200;

/// 3 x 2 squares of 10 m; area 3 (bottom-left of the top row) is suppressed, area 1 is within
/// sampling noise. Every per-area column is filled so that every map can be drawn.
struct Fixture {
    Dataset data;
    Analysis analysis;
    Project project;
};

Fixture makeFixture() {
    Fixture fx;
    for (int i = 0; i < 6; ++i) {
        const double x = 10.0 * (i % 3), y = 10.0 * (i / 3);
        const double s[] = {x, y, x + 10, y, x + 10, y + 10, x, y + 10, x, y};
        fx.data.geometry.beginPart();
        fx.data.geometry.addRing(s, 5);
        fx.data.geometry.endPart();
        fx.data.geometry.endFeature();
    }
    AreaFigures& a = fx.analysis.areas;
    a.shareChange = {-8, 0.5, 6, 9, -3, 2};
    a.shareFrom = {20, 30, 40, 50, 60, 70};
    a.shareTo = {12, 30.5, 46, 59, 57, 72};
    a.turnoutChange = a.electorateChange = a.fitted = a.residual = a.stdResidual = a.shareChange;
    a.butlerSwing = a.steedSwing = std::vector<double>(6, kNaN);
    a.potentialVotes = {10, 200, 3000, 40, 50, 600};
    a.cls = {AreaClass::Lost,       AreaClass::None,       AreaClass::Gained,
             AreaClass::Stronghold, AreaClass::BattleZone, AreaClass::UnderPerforming};
    a.lisaCluster = {LisaCluster::HighHigh, LisaCluster::LowLow,  LisaCluster::HighLow,
                     LisaCluster::HighHigh, LisaCluster::LowHigh, LisaCluster::NotSignificant};
    a.gwrCoef = {a.shareChange, {1, 2, 3, 4, 5, 6}};
    a.gwrLocalR2 = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
    a.suppressed = {0, 0, 0, 1, 0, 0};
    a.withinNoise = {0, 1, 0, 1, 0, 0};
    Analysis& an = fx.analysis;
    an.hasLisa = true;
    an.settings.party = "Red";
    an.settings.from = "2019";
    an.settings.to = "2024";
    an.model.fitted = true;
    an.model.fit.terms = {{"(Intercept)", 1, 0.1, 0.1, 10, 0.001, 0},
                          {"pct_old", -0.9, 0.1, 0.1, -9, 0.001, 1}};
    fx.project.labels["pct_old"] = "older residents";
    return fx;
}

struct Drawn {
    QImage img;
    ViewTransform t;
};

Drawn draw(const Fixture& fx, const ThematicMap& m, bool noise = false) {
    Drawn d{QImage(kW, kH, QImage::Format_ARGB32_Premultiplied), {}};
    d.img.fill(Qt::white);
    QPainter p(&d.img);
    const MapRenderer r = thematicRenderer(fx.data, fx.analysis, m, {}, noise);
    d.t = r.render(p, fx.data.geometry.extent, QRectF(0, 0, kW, kH));
    return d;
}

bool near(const QColor& a, const QColor& b, int tol = 12) {
    return std::abs(a.red() - b.red()) <= tol && std::abs(a.green() - b.green()) <= tol &&
           std::abs(a.blue() - b.blue()) <= tol;
}

/// Pixels near the centre of area f (10 m squares) that are close to `colour`.
int countNear(const Drawn& d, int f, const QColor& colour, int tol = 12) {
    const QPoint c = d.t.toDevice(10.0 * (f % 3) + 5, 10.0 * (f / 3) + 5).toPoint();
    int n = 0;
    for (int dy = -12; dy <= 12; ++dy)
        for (int dx = -12; dx <= 12; ++dx)
            n += near(d.img.pixelColor(c + QPoint(dx, dy)), colour, tol);
    return n;
}

/// Pixels near the centre of area f clearly darker than its fill: hatch lines.
int countDarker(const Drawn& d, int f, const QColor& fill) {
    const QPoint c = d.t.toDevice(10.0 * (f % 3) + 5, 10.0 * (f / 3) + 5).toPoint();
    int n = 0;
    for (int dy = -12; dy <= 12; ++dy)
        for (int dx = -12; dx <= 12; ++dx)
            n += qGray(d.img.pixel(c + QPoint(dx, dy))) < qGray(fill.rgb()) - 40;
    return n;
}

QColor centre(const Drawn& d, int f) {
    return d.img.pixelColor(d.t.toDevice(10.0 * (f % 3) + 5, 10.0 * (f / 3) + 5).toPoint());
}

} // namespace

class TestThematic : public QObject {
    Q_OBJECT
private slots:
    void sequentialBreaks();
    void sequentialConstant();
    void areaClassMap();
    void lisaMapColours();
    void suppressedHatchedInEveryMap();
    void noiseHatch();
    void lmReadings();
    void diagnostics();
    void briefingSecondPage();
    void pngOfTheShownMap();
};

void TestThematic::sequentialBreaks() {
    std::vector<double> v;
    for (int i = 1; i <= 100; ++i)
        v.push_back(i + 0.37);
    const Classification c = sequentialClassification(v, 7);
    QCOMPARE(c.classCount(), 7);
    QCOMPARE(c.breaks.size(), std::size_t(6));
    for (double b : c.breaks) // pretty: multiples of the step (2.5 for a range of 99)
        QCOMPARE(std::fmod(b, 2.5), 0.0);
    QVERIFY(std::is_sorted(c.breaks.begin(), c.breaks.end()));
    QCOMPARE(c.colours.front(), QColor(0xffffcc));
    QCOMPARE(c.colours.back(), QColor(0x0c2c84));
    QCOMPARE(c.classOf(1.37), 0);
    QCOMPARE(c.classOf(100.37), 6);
    QCOMPARE(c.labels.front(), QStringLiteral("below ") + formatPlain(c.breaks.front()));
    const Legend l = makeLegend(QStringLiteral("t"), c, v, {});
    std::size_t total = 0;
    for (const auto& e : l.entries) {
        total += e.count;
        if (e.swatch == LegendEntry::Swatch::Fill) QVERIFY(e.count >= 10 && e.count <= 20);
    }
    QCOMPARE(total, std::size_t(100));
}

void TestThematic::sequentialConstant() {
    const Classification c = sequentialClassification({5, 5, 5, kNaN}, 7);
    QCOMPARE(c.classCount(), 1);
    QCOMPARE(c.classOf(5), 0);
    QCOMPARE(c.classOf(kNaN), -1);
}

void TestThematic::areaClassMap() {
    const Fixture fx = makeFixture();
    const auto m = makeThematicMap(fx.analysis, fx.project, QStringLiteral("class"));
    QVERIFY(m);
    QCOMPARE(m->legend.title, QStringLiteral("Area class"));
    QCOMPARE(m->legend.entries.front().label, QString::fromUtf8(classLabel(AreaClass::BattleZone)));
    QCOMPARE(m->legend.entries.front().count, std::size_t(1));
    QCOMPARE(m->legend.entries.back().label, suppressedLabel());
    const Drawn d = draw(fx, *m);
    QVERIFY(near(centre(d, 0), classColour(AreaClass::Lost)));
    QVERIFY(near(centre(d, 2), classColour(AreaClass::Gained)));
    QVERIFY(near(centre(d, 4), classColour(AreaClass::BattleZone)));
    QCOMPARE(countNear(d, 3, classColour(AreaClass::Stronghold), 20), 0); // suppressed
}

void TestThematic::lisaMapColours() {
    const Fixture fx = makeFixture();
    const auto m = makeThematicMap(fx.analysis, fx.project, QStringLiteral("lisa"));
    QVERIFY(m);
    const Drawn d = draw(fx, *m);
    QVERIFY(near(centre(d, 0), QColor(0xd7191c)));
    QVERIFY(near(centre(d, 1), QColor(0x2c7bb6)));
    QVERIFY(near(centre(d, 2), QColor(0xfdae61)));
    QVERIFY(near(centre(d, 4), QColor(0xabd9e9)));
    QVERIFY(near(centre(d, 5), lisaColour(LisaCluster::NotSignificant)));
    QCOMPARE(countNear(d, 3, QColor(0xd7191c), 40), 0); // the suppressed HH area
    const auto& e = m->legend.entries;
    QCOMPARE(e[0].text(), QStringLiteral("high among high (HH) (1)"));
    QCOMPARE(e[1].label, QStringLiteral("low among low (LL)"));
    QCOMPARE(e[4].label, QStringLiteral("not significant"));
}

void TestThematic::suppressedHatchedInEveryMap() {
    const Fixture fx = makeFixture();
    const auto maps = availableMaps(fx.analysis, fx.project);
    QCOMPARE(maps.size(), std::size_t(14)); // all but the two all-NaN swings
    for (const MapVariable& v : maps) {
        const auto m = makeThematicMap(fx.analysis, fx.project, v.id);
        QVERIFY2(m, qPrintable(v.id));
        QVERIFY2(std::isnan(m->values[3]), qPrintable(v.id));
        QCOMPARE(m->legend.entries.back().text(), suppressedLabel() + QStringLiteral(" (1)"));
        const Drawn d = draw(fx, *m);
        QVERIFY2(countNear(d, 3, suppressedHatchColour(), 30) > 20, qPrintable(v.id));
        QVERIFY2(countNear(d, 3, suppressedColour(), 6) > 100, qPrintable(v.id));
    }
}

void TestThematic::noiseHatch() {
    const Fixture fx = makeFixture();
    const auto m = makeThematicMap(fx.analysis, fx.project, defaultMapId(), true);
    QVERIFY(m);
    QCOMPARE(m->legend.entries.back().text(), withinNoiseLabel() + QStringLiteral(" (1)"));
    QCOMPARE(m->legend.entries.back().swatch, LegendEntry::Swatch::NoiseHatched);
    const Drawn plain = draw(fx, *m, false), hatched = draw(fx, *m, true);
    const QColor fill = m->classification.colourOf(0.5);
    QCOMPARE(countDarker(plain, 1, fill), 0);
    QVERIFY(countDarker(hatched, 1, fill) > 20);
    QVERIFY(countNear(hatched, 1, fill, 6) > 300); // the class colour still shows
    QCOMPARE(countDarker(hatched, 0, m->classification.colourOf(-8)), 0);
    // The suppressed area keeps its own hatch, not the noise one.
    QVERIFY(countNear(hatched, 3, suppressedColour(), 6) > 100);
}

void TestThematic::lmReadings() {
    auto tests = [](double err, double lag, double aErr, double aLag) {
        LmTests t;
        t.rsErr.p = err;
        t.rsLag.p = lag;
        t.adjRsErr.p = aErr;
        t.adjRsLag.p = aLag;
        return lmReading(t);
    };
    QVERIFY(tests(0.5, 0.4, 0.5, 0.5).contains(QStringLiteral("OLS is adequate")));
    QVERIFY(tests(0.001, 0.001, 0.001, 0.3).contains(QStringLiteral("spatial error model")));
    QVERIFY(tests(0.001, 0.001, 0.3, 0.001).contains(QStringLiteral("spatial lag model")));
    QVERIFY(tests(0.3, 0.01, 0.3, 0.3).contains(QStringLiteral("spatial lag model")));
}

void TestThematic::diagnostics() {
    Fixture fx = makeFixture();
    ModelSummary& m = fx.analysis.model;
    m.hasLmTests = true;
    m.lmTests.rsErr = {12.5, 1, 0.0004};
    m.lmTests.rsLag = {1.2, 1, 0.27};
    SpatialFit err;
    err.kind = "error";
    err.coefficient = 0.45;
    m.errorModel = err;
    fx.analysis.lisaCounts[LisaCluster::HighHigh] = 2;
    const QString text = diagnosticsLines(fx.analysis).join(QLatin1Char('\n'));
    QVERIFY(text.contains(QStringLiteral("RSerr: 12.50 (df 1), p < 0.001")));
    QVERIFY(text.contains(QStringLiteral("The LM tests point to a spatial error model.")));
    QVERIFY(text.contains(QStringLiteral("λ = 0.450")));
    QVERIFY(text.contains(QStringLiteral("HH 2")));
}

void TestThematic::briefingSecondPage() {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("poppler-utils (pdftotext) is not installed");
    Fixture fx = makeFixture();
    fx.data.attribution = {"Boundaries: Test Survey"};
    for (int i = 0; i < 6; ++i)
        fx.data.keys.push_back(QStringLiteral("A%1").arg(i).toStdString());
    fx.data.names = fx.data.keys;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("b.pdf"));
    const Status st = Briefing::writePdf(pdf.toStdString(), fx.data, fx.analysis, fx.project);
    QVERIFY2(st.ok(), st.ok() ? "" : st.error().c_str());
    QProcess tool;
    tool.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-f"), QStringLiteral("2"), pdf, QStringLiteral("-")});
    QVERIFY(tool.waitForFinished(30000));
    const QString page2 = QString::fromUtf8(tool.readAllStandardOutput()).simplified();
    for (const char* want : {"Over- and under-performance (residual)", "Clusters of change (LISA)",
                             "high among high (HH) (1)", "too few households to show (1)",
                             "Sources: Boundaries: Test Survey"})
        QVERIFY2(page2.contains(QString::fromUtf8(want)), qPrintable(page2));
}

QTEST_MAIN(TestThematic)
void TestThematic::pngOfTheShownMap() {
    const Fixture fx = makeFixture();
    const QSize size(400, 300);
    const QImage share = renderMapImage(fx.data, fx.analysis, size, true);
    const QImage cls = renderThematicImage(fx.data, fx.analysis, fx.project, "class", size);
    const QImage unknown = renderThematicImage(fx.data, fx.analysis, fx.project, "nope", size);
    QCOMPARE(unknown, share); // an unknown map falls back to the share change
    QVERIFY(cls != share);    // the class map is drawn in its own colours
    QTemporaryDir dir;
    const std::string path = dir.filePath("class.png").toStdString();
    QVERIFY(writeThematicPng(path, fx.data, fx.analysis, fx.project, "class", size).ok());
    QCOMPARE(QImage(QString::fromStdString(path)).size(), size);
    QVERIFY(
        !writeThematicPng("/nonexistent/dir/x.png", fx.data, fx.analysis, fx.project, "class", size)
             .ok());
}

#include "tst_thematic.moc"
