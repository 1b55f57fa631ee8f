// SPDX-License-Identifier: GPL-3.0-or-later
// GUI tests on the offscreen platform: show hand-made data, refit through the Fit button, open
// the synthetic demo through the start page, and grab screenshots.
#include "app/gui/joinpanel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/mapcanvas.h"
#include "app/gui/mapview.h"
#include "app/gui/modelpanel.h"
#include "app/gui/startpage.h"
#include "app/render/briefing.h"
#include "app/render/palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <cmath>

using namespace swingmap;

namespace {

constexpr int kCols = 6, kRows = 5;

/// kCols x kRows squares of 1 km with two elections (Red gains where x1 is high) and two
/// covariates; area 0 has too few households and is suppressed.
LoadedPtr makeLoaded() {
    auto job = std::make_shared<JobResult>();
    Dataset& d = job->data;
    const std::size_t n = kCols * kRows;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = 1000.0 * static_cast<double>(i % kCols);
        const double y = 1000.0 * static_cast<double>(i / kCols);
        const double ring[] = {x, y, x + 1000, y, x + 1000, y + 1000, x, y + 1000, x, y};
        d.geometry.beginPart();
        d.geometry.addRing(ring, 5);
        d.geometry.endPart();
        d.geometry.endFeature();
        d.keys.push_back(QStringLiteral("K%1").arg(i).toStdString());
        d.names.push_back(QStringLiteral("Ward %1").arg(i).toStdString());
    }
    d.covariateNames = {"pct_age_60_74", "unemployment_rate"};
    d.covariates.assign(2, std::vector<double>(n));
    d.households.assign(n, 500);
    d.households[0] = 3;
    for (int e = 0; e < 2; ++e) {
        ElectionData el;
        el.label = e == 0 ? "2019" : "2024";
        el.parties = {"Red", "Blue"};
        el.electorate.assign(n, 1000);
        el.voters.assign(n, 700);
        el.valid.assign(n, 700);
        el.votes.assign(2, std::vector<double>(n));
        for (std::size_t i = 0; i < n; ++i) {
            const double a = 10 + static_cast<double>((i * 7) % 13), u = 3 + double(i % 5);
            d.covariates[0][i] = a;
            d.covariates[1][i] = u;
            const double share =
                40 + (e == 1 ? 0.8 * (a - 16) - 0.5 * (u - 5) + std::sin(double(i)) : 0);
            el.votes[0][i] = std::round(7 * share);
            el.votes[1][i] = 700 - el.votes[0][i];
        }
        d.elections.push_back(el);
    }
    d.synthetic = true;
    d.attribution = {"Made up for tst_gui"};
    Neighbours& nb = job->neighbours;
    for (std::size_t i = 0; i < n; ++i) {
        const int cx = int(i % kCols), cy = int(i / kCols);
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx)
                if ((dx || dy) && cx + dx >= 0 && cx + dx < kCols && cy + dy >= 0 &&
                    cy + dy < kRows)
                    nb.index.push_back(uint32_t((cy + dy) * kCols + cx + dx));
        nb.offset.push_back(uint32_t(nb.index.size()));
    }
    job->project.title = "Hand-made test county";
    job->project.labels["pct_age_60_74"] = "people aged 60 to 74";
    AnalysisSettings s;
    s.party = "Red";
    s.from = "2019";
    s.to = "2024";
    s.covariates = d.covariateNames;
    auto a = analyse(d, nb, s);
    if (!a) qFatal("analyse failed: %s", a.error().c_str());
    job->analysis = std::move(*a);
    job->project.analysis = s;
    return job;
}

void keepForInspection(const QImage& img, const QString& name) {
    const QString keep = qEnvironmentVariable("SWINGMAP_KEEP_OUTPUT");
    if (!keep.isEmpty()) img.save(QDir(keep).filePath(name));
}

} // namespace

class TestGui : public QObject {
    Q_OBJECT
private slots:
    void startPageFirst();
    void fitButtonRefits();
    void tooltips();
    void keyboardNavigation();
    void showComboSwitchesMap();
    void noiseHatchToggle();
    void demoThroughStartPage();
    void boundariesBeforeFigures();
};

void TestGui::startPageFirst() {
    MainWindow w;
    w.show();
    QVERIFY(w.startPage()->isVisible());
    QCOMPARE(w.startPage()->demoButton()->text(), QStringLiteral("Open the demo"));
    QVERIFY(w.startPage()->openButton()->text().startsWith(QStringLiteral("Open a project")));
    keepForInspection(w.grab().toImage(), QStringLiteral("gui-start.png"));
}

void TestGui::fitButtonRefits() {
    MainWindow w;
    w.show();
    QSignalSpy shown(&w, &MainWindow::analysisShown);
    w.showLoaded(makeLoaded());
    QCOMPARE(shown.count(), 1);
    // The Join panel shows the loaded data's report (boundaries row at least).
    QVERIFY(w.joinPanel()->tree()->topLevelItemCount() > 0);
    QVERIFY(w.joinPanel()->isVisibleTo(&w));
    QTableWidget* table = w.modelPanel()->table();
    QCOMPARE(table->rowCount(), 3); // intercept + 2 covariates
    // Uncheck the second covariate and refit through the button, off the UI thread.
    auto* list = w.modelPanel()->findChild<QListWidget*>();
    QVERIFY(list);
    list->item(1)->setCheckState(Qt::Unchecked);
    QTest::mouseClick(w.modelPanel()->fitButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 2, 30000);
    QVERIFY(!w.isBusy());
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("people aged 60 to 74"));
    QVERIFY(w.analysis()->model.fitted);
    const QImage shot = w.grab().toImage();
    QVERIFY(!shot.isNull());
    QTemporaryDir dir;
    QVERIFY(shot.save(dir.filePath(QStringLiteral("gui.png"))));
    keepForInspection(shot, QStringLiteral("gui-handmade.png"));
}

void TestGui::tooltips() {
    MainWindow w;
    w.show();
    w.showLoaded(makeLoaded());
    MapCanvas* c = w.canvas();
    const ViewTransform t = c->transform();
    const QString hidden = c->tooltipAt(t.toDevice(500, 500)); // area 0, suppressed
    QVERIFY(hidden.contains(QStringLiteral("Ward 0")));
    QVERIFY(hidden.contains(suppressedLabel()));
    QVERIFY(!hidden.contains(QStringLiteral("Change")));
    { // privacy: besides its name and key, not one figure (no digit at all)
        QString rest = hidden;
        rest.remove(QStringLiteral("Ward 0")).remove(QStringLiteral("K0"));
        QVERIFY2(!rest.contains(QRegularExpression(QStringLiteral("\\d"))), qPrintable(rest));
    }
    const QString shown = c->tooltipAt(t.toDevice(2500, 1500)); // area 8
    QVERIFY(shown.contains(QStringLiteral("Ward 8")));
    QVERIFY(shown.contains(QStringLiteral("Red share 2024")));
    QVERIFY(shown.contains(QStringLiteral("Over/under-performance")));
    QVERIFY(shown.contains(QStringLiteral("Potential votes")));
    QVERIFY(shown.contains(QStringLiteral("Turnout change")));
    QVERIFY(!hidden.contains(QStringLiteral("Potential votes")));
    QVERIFY(c->tooltipAt(QPointF(-50, -50)).isEmpty());
}

void TestGui::keyboardNavigation() {
    MainWindow w;
    w.show();
    w.showLoaded(makeLoaded());
    MapCanvas* c = w.canvas();
    const BBox full = c->view();
    QTest::keyClick(c, Qt::Key_Plus);
    QVERIFY(c->view().width() < full.width());
    QTest::keyClick(c, Qt::Key_Left);
    QVERIFY(c->view().minX < full.minX + (full.width() - c->view().width()) / 2);
    QTest::keyClick(c, Qt::Key_Home);
    QCOMPARE(c->view().minX, full.minX);
    QCOMPARE(c->view().width(), full.width());
}

void TestGui::showComboSwitchesMap() {
    MainWindow w;
    w.resize(1200, 800);
    w.show();
    w.showLoaded(makeLoaded());
    MapCanvas* c = w.canvas();
    QComboBox* show = w.mapView()->showCombo();
    QCOMPARE(show->currentData().toString(), QStringLiteral("share_change"));
    QCOMPARE(c->legend().title, QStringLiteral("Change in Red share, points"));
    const QImage before = c->grab().toImage();
    show->setFocus();
    QTest::keyClick(show, Qt::Key_Down); // the next entry: the share at the earlier election
    QCOMPARE(show->currentData().toString(), QStringLiteral("share_from"));
    QCOMPARE(c->legend().title, QStringLiteral("Red share 2019, %"));
    QCOMPARE(c->mapId(), QStringLiteral("share_from"));
    const QImage after = c->grab().toImage();
    QCOMPARE(after.size(), before.size());
    QVERIFY(after != before);
    // The area 8 pixel takes the sequential colour of its share, not the diverging one.
    const QPoint px = c->transform().toDevice(2500, 1500).toPoint();
    QVERIFY(after.pixelColor(px) != before.pixelColor(px));
    show->setCurrentIndex(show->findData(QStringLiteral("class")));
    QCOMPARE(c->legend().title, QStringLiteral("Area class"));
    QCOMPARE(c->legend().entries.back().label, suppressedLabel());
    keepForInspection(w.grab().toImage(), QStringLiteral("gui-classes.png"));
    // A refit keeps the chosen map.
    QSignalSpy shown(&w, &MainWindow::analysisShown);
    QTest::mouseClick(w.modelPanel()->fitButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1, 30000);
    QCOMPARE(c->mapId(), QStringLiteral("class"));
    QCOMPARE(show->currentData().toString(), QStringLiteral("class"));
}

void TestGui::noiseHatchToggle() {
    MainWindow w;
    w.show();
    w.showLoaded(makeLoaded());
    MapCanvas* c = w.canvas();
    const std::size_t entries = c->legend().entries.size();
    QTest::mouseClick(w.mapView()->noiseToggle(), Qt::LeftButton);
    QVERIFY(c->noiseHatch());
    QCOMPARE(c->legend().entries.size(), entries + 1);
    QVERIFY(c->legend().entries.back().label.startsWith(QStringLiteral("too small a base")));
    QTest::mouseClick(w.mapView()->noiseToggle(), Qt::LeftButton);
    QCOMPARE(c->legend().entries.size(), entries);
}

void TestGui::demoThroughStartPage() {
    QTemporaryDir dir;
    MainWindow w;
    w.setDemoDirectory(dir.path());
    w.resize(1400, 900);
    w.show();
    QSignalSpy shown(&w, &MainWindow::analysisShown);
    QSignalSpy failed(&w, &MainWindow::jobFailed);
    QTest::mouseClick(w.startPage()->demoButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1 || failed.count() == 1, 120000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("project.json"))));
    QVERIFY(w.modelPanel()->table()->rowCount() > 1);
    // Fit keeps the project's spatial models and LISA.
    const AnalysisSettings chosen = w.modelPanel()->settings();
    QCOMPARE(chosen.models, (std::vector<std::string>{"ols", "lag", "error", "gwr"}));
    QVERIFY(chosen.lisa);
    QTest::mouseClick(w.modelPanel()->fitButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 2 || failed.count() == 1, 60000);
    QVERIFY(failed.isEmpty());
    QVERIFY(w.modelPanel()->table()->rowCount() > 1);
    const QString details = w.modelPanel()->details()->toPlainText();
    for (const char* want : {"Residual Moran's I", "LM tests", "adjRSerr", "The LM tests",
                             "Spatial lag model", "Spatial error model", "GWR:", "LISA clusters"})
        QVERIFY2(details.contains(QLatin1String(want)), want);
    QVERIFY(w.mapView()->setVariable(QStringLiteral("lisa")));
    QVERIFY(w.canvas()->legend().title.contains(QStringLiteral("LISA")));
    QVERIFY(w.mapView()->showCombo()->findData(QStringLiteral("gwr_local_r2")) >= 0);
    const QImage shot = w.grab().toImage();
    QVERIFY(shot.save(dir.filePath(QStringLiteral("demo.png"))));
    keepForInspection(shot, QStringLiteral("gui-demo.png"));
    // The briefing of what is on screen, as File > Export PDF writes it.
    const QString pdf = dir.filePath(QStringLiteral("demo-briefing.pdf"));
    const Status st =
        Briefing::writePdf(pdf.toStdString(), w.loaded()->data, *w.analysis(), w.loaded()->project);
    QVERIFY2(st.ok(), st.ok() ? "" : st.error().c_str());
    QVERIFY(QFileInfo(pdf).size() > 1000);
    const QString keep = qEnvironmentVariable("SWINGMAP_KEEP_OUTPUT");
    if (!keep.isEmpty()) {
        QFile::remove(QDir(keep).filePath(QStringLiteral("demo-briefing.pdf")));
        QFile::copy(pdf, QDir(keep).filePath(QStringLiteral("demo-briefing.pdf")));
    }
}

void TestGui::boundariesBeforeFigures() {
    // Opening a project draws its boundaries as soon as they are read, before its tables, join
    // and model; the choropleth replaces them. A project whose tables fail leaves no preview.
    QTemporaryDir dir;
    MainWindow w;
    w.setDemoDirectory(dir.path());
    w.resize(1200, 800);
    w.show();
    QSignalSpy boundaries(&w, &MainWindow::boundariesShown);
    QSignalSpy shown(&w, &MainWindow::analysisShown);
    QSignalSpy failed(&w, &MainWindow::jobFailed);
    QImage preview;
    QString previewTitle;
    connect(&w, &MainWindow::boundariesShown, this, [&] {
        QVERIFY(w.canvas()->showsPreview());
        QVERIFY(w.canvas()->isVisible());
        previewTitle = w.canvas()->legend().title;
        preview = w.canvas()->grab().toImage();
    });
    w.openDemo();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1 || failed.count() == 1, 120000);
    QVERIFY(failed.isEmpty());
    QCOMPARE(boundaries.count(), 1);
    QCOMPARE(previewTitle, QStringLiteral("Boundaries"));
    QVERIFY(!preview.isNull());
    // the areas fill most of the map in the preview's one colour (no class colour yet)
    const QRect map = w.canvas()->mapArea().toRect();
    int neutral = 0, coloured = 0;
    for (int y = map.top(); y < map.bottom(); y += 4)
        for (int x = map.left(); x < map.right(); x += 4) {
            const QColor c = preview.pixelColor(x, y);
            if (c == QColor(226, 222, 212))
                ++neutral;
            else if (c.hsvSaturation() > 60)
                ++coloured;
        }
    QVERIFY2(neutral > 1000, qPrintable(QString::number(neutral)));
    QCOMPARE(coloured, 0);
    QVERIFY(!w.canvas()->showsPreview());
    QVERIFY(w.canvas()->legend().title != previewTitle);

    // a second project while one is open: the open one stays on screen until the next is ready
    const QString project = dir.filePath(QStringLiteral("project.json"));
    QFile in(project);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(in.readAll());
    in.close();
    w.openProjectFile(project);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 2 || failed.count() == 1, 120000);
    QCOMPARE(boundaries.count(), 1);

    // in a fresh window, a project whose election file is missing: its boundaries show, then
    // the failure takes them away again (back to the start page)
    const QRegularExpression election(
        QStringLiteral("\"path\"\\s*:\\s*\"([^\"]*election[^\"]*)\""));
    QVERIFY2(election.match(text).hasMatch(), qPrintable(text.left(400)));
    text.replace(election.match(text).captured(1), QStringLiteral("missing-election.csv"));
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();
    MainWindow fresh;
    fresh.resize(1000, 700);
    fresh.show();
    QSignalSpy freshBoundaries(&fresh, &MainWindow::boundariesShown);
    QSignalSpy freshFailed(&fresh, &MainWindow::jobFailed);
    fresh.openProjectFile(broken);
    QTRY_VERIFY_WITH_TIMEOUT(freshFailed.count() == 1, 120000);
    QCOMPARE(freshBoundaries.count(), 1);
    QVERIFY(freshFailed.first().first().toString().contains(QStringLiteral("missing-election")));
    QVERIFY(!fresh.canvas()->showsPreview());
    QVERIFY(fresh.startPage()->isVisible());
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
