// SPDX-License-Identifier: GPL-3.0-or-later
// The map's Style panel and undo through the real widgets, offscreen, on the synthetic demo:
// choose a figure, change its classes and colours with the keyboard, undo and redo with Ctrl+Z /
// Ctrl+Shift+Z, and export the map as shown.
#include "app/gui/appsettings.h"
#include "app/gui/desktop.h"
#include "app/gui/exporter.h"
#include "app/gui/histogramchart.h"
#include "app/gui/mainwindow.h"
#include "app/gui/mapcanvas.h"
#include "app/gui/mapview.h"
#include "app/gui/modelpanel.h"
#include "app/gui/projectsession.h"
#include "app/gui/startpage.h"
#include "app/gui/stylepanel.h"
#include "app/render/classstyle.h"
#include "core/breaks.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <cmath>
#include <nlohmann/json.hpp>
#include <set>

using namespace swingmap;

namespace {

/// Choose the entry with `data` in a combo box with the keyboard (Home, then Down), as a user
/// without a mouse would: each step is a user change (QComboBox::activated).
void chooseByKeyboard(QComboBox* combo, const QString& data) {
    const int target = combo->findData(data);
    QVERIFY2(target >= 0, qPrintable(data));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < target; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), target);
}

std::set<QRgb> coloursOf(const QImage& img) {
    std::set<QRgb> out;
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2)
            out.insert(img.pixel(x, y) & 0xffffff);
    return out;
}

std::vector<double> legendBreaks(const MapCanvas& c) {
    return c.thematicMap() ? c.thematicMap()->classification.breaks : std::vector<double>{};
}

} // namespace

class TestGuiStyle : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void classesColoursUndoExport();
    void histogramCountsEveryShownArea();
    void categoricalMapsKeepTheirColours();
    void manualBreaks();
    void cursorPositionInStatusBar();
    void aboutNamesTheSources();
    void recentProjectsAndLayout();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_w;
};

void TestGuiStyle::initTestCase() {
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true); // recent files and layout in a test settings file
    appSettings().clear();
    m_w = std::make_unique<MainWindow>();
    m_w->setDemoDirectory(m_dir.path());
    m_w->resize(1400, 900);
    m_w->show();
    m_w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_w.get()));
    QSignalSpy shown(m_w.get(), &MainWindow::analysisShown);
    QSignalSpy failed(m_w.get(), &MainWindow::jobFailed);
    QTest::mouseClick(m_w->startPage()->demoButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1 || failed.count() == 1, 120000);
    QVERIFY(failed.isEmpty());
}

void TestGuiStyle::classesColoursUndoExport() {
    MainWindow& w = *m_w;
    MapCanvas* c = w.canvas();
    StylePanel* style = w.stylePanel();
    QVERIFY(style->isVisible());
    QUndoStack* undo = w.undoStack();
    undo->clear();
    // 1. Choose a figure: the share at the later election (a level: sequential classes). Each
    //    keyboard step is a user change, so one or more commands.
    chooseByKeyboard(w.mapView()->showCombo(), QStringLiteral("share_to"));
    QCOMPARE(c->mapId(), QStringLiteral("share_to"));
    const int figureSteps = undo->index();
    QVERIFY(figureSteps >= 1);
    const std::vector<double> automatic = legendBreaks(*c);
    QVERIFY(!automatic.empty());
    // 2. Natural breaks, 5 classes: the breaks are the Fisher-Jenks ones of the values shown.
    chooseByKeyboard(style->methodCombo(), QStringLiteral("fisher"));
    style->classesSpin()->setFocus();
    QTest::keyClick(style->classesSpin(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(style->classesSpin(), QStringLiteral("5"));
    QCOMPARE(c->classStyle().method, QStringLiteral("fisher"));
    QCOMPARE(c->classStyle().classes, 5);
    const std::vector<double> fisher =
        innerBreaks(classBreaks(c->thematicMap()->values, BreakMethod::NaturalBreaks, 5));
    QCOMPARE(legendBreaks(*c), fisher);
    QCOMPARE(c->legend().entries.empty(), false);
    // 3. Purples.
    chooseByKeyboard(style->paletteCombo(), QStringLiteral("Purples"));
    for (const QColor& col : c->thematicMap()->classification.colours)
        QVERIFY2(col.blue() >= col.green(), qPrintable(col.name())); // purple, not yellow-green
    const QImage purpleMap = c->grab().toImage();
    // 4. Undo with the keyboard: the palette first, then the classes, then the figure.
    c->setFocus();
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(c->classStyle().palette != QLatin1String("Purples"));
    QCOMPARE(legendBreaks(*c), fisher);
    for (int guard = 0; undo->index() > figureSteps && guard < 50; ++guard)
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(undo->index(), figureSteps);
    QCOMPARE(c->classStyle(), ClassStyle{});
    QCOMPARE(legendBreaks(*c), automatic);
    QCOMPARE(style->methodCombo()->currentData().toString(), QStringLiteral("auto"));
    QCOMPARE(style->paletteCombo()->currentData().toString(), QStringLiteral("auto"));
    for (int guard = 0; undo->canUndo() && guard < 50; ++guard)
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(undo->index(), 0);
    QCOMPARE(c->mapId(), QStringLiteral("share_change"));
    QCOMPARE(w.mapView()->showCombo()->currentData().toString(), QStringLiteral("share_change"));
    // 5. Redo everything: the purple natural-breaks map is back, pixel for pixel.
    for (int guard = 0; undo->canRedo() && guard < 50; ++guard)
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(undo->index(), undo->count());
    QCOMPARE(c->mapId(), QStringLiteral("share_to"));
    QCOMPARE(legendBreaks(*c), fisher);
    QCOMPARE(c->grab().toImage(), purpleMap);
    // 6. Export: the PNG is drawn in the chosen colours.
    const QString png = m_dir.filePath(QStringLiteral("purple.png"));
    QVERIFY(writeMapPng(png, exportInput(*w.loaded(), *w.analysis(), *c)));
    const std::set<QRgb> colours = coloursOf(QImage(png));
    int found = 0;
    for (const QColor& col : c->thematicMap()->classification.colours)
        found += colours.count(col.rgb() & 0xffffff) ? 1 : 0;
    QVERIFY2(found >= 4, qPrintable(QString::number(found)));
    QVERIFY(!colours.count(QColor(0x7fcdbb).rgb() & 0xffffff)); // no YlGnBu left
    style->parentWidget()->raise(); // the Style tab in front for the screenshot
    QTRY_VERIFY(style->chart()->isVisible());
    if (qEnvironmentVariableIsSet("SWINGMAP_KEEP_SCREENSHOTS"))
        w.grab().save(qEnvironmentVariable("SWINGMAP_KEEP_SCREENSHOTS") +
                      QStringLiteral("/gui-style.png"));
}

void TestGuiStyle::histogramCountsEveryShownArea() {
    MapCanvas* c = m_w->canvas();
    QVERIFY(m_w->mapView()->setVariable(QStringLiteral("share_change")));
    const HistogramChart* chart = m_w->stylePanel()->chart();
    int total = 0, finite = 0;
    for (int i = 0; i < chart->binCount(); ++i)
        total += chart->count(i);
    for (double v : c->thematicMap()->values)
        finite += std::isfinite(v) ? 1 : 0;
    QCOMPARE(total, finite);
    // Clicking the tallest bar selects exactly its areas on the map.
    int tallest = 0;
    for (int i = 1; i < chart->binCount(); ++i)
        if (chart->count(i) > chart->count(tallest)) tallest = i;
    const auto [lo, hi] = chart->range(tallest);
    QPoint at(static_cast<int>(chart->xOf((lo + hi) / 2)), chart->height() / 2);
    m_w->stylePanel()->parentWidget()->raise();
    QTRY_VERIFY(chart->isVisible());
    QCOMPARE(chart->barAt(at), tallest);
    QTest::mouseClick(const_cast<HistogramChart*>(chart), Qt::LeftButton, {}, at);
    QCOMPARE(c->selectedCount(), static_cast<std::size_t>(chart->count(tallest)));
    c->clearSelection();
    // suppressed areas are NaN in the values the chart counts
    const auto& sup = m_w->analysis()->areas.suppressed;
    for (std::size_t i = 0; i < sup.size(); ++i)
        if (sup[i]) QVERIFY(std::isnan(c->thematicMap()->values[i]));
}

void TestGuiStyle::categoricalMapsKeepTheirColours() {
    QVERIFY(m_w->mapView()->setVariable(QStringLiteral("class")));
    QVERIFY(!m_w->stylePanel()->methodCombo()->isEnabled());
    QVERIFY(!m_w->stylePanel()->paletteCombo()->isEnabled());
    QVERIFY(m_w->canvas()->thematicMap()->classification.categorical);
}

void TestGuiStyle::manualBreaks() {
    MapCanvas* c = m_w->canvas();
    QVERIFY(m_w->mapView()->setVariable(QStringLiteral("share_change")));
    StylePanel* style = m_w->stylePanel();
    const int before = m_w->undoStack()->index();
    const ClassStyle start = c->classStyle();
    chooseByKeyboard(style->methodCombo(), QStringLiteral("manual"));
    QLineEdit* edit = style->breaksEdit();
    QVERIFY(edit->isEnabled());
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("-2; 0; 2.5"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(legendBreaks(*c), (std::vector<double>{-2, 0, 2.5}));
    // zero-centred: the class from -2 to 0 is red-ish, 0 to 2.5 blue-ish, around white
    const auto& cols = c->thematicMap()->classification.colours;
    QCOMPARE(cols.size(), std::size_t(4));
    QVERIFY(cols[1].red() > cols[1].blue());
    QVERIFY(cols[2].blue() > cols[2].red());
    m_w->undoStack()->undo(); // the typed breaks
    QVERIFY(legendBreaks(*c) != (std::vector<double>{-2, 0, 2.5}));
    for (int guard = 0; m_w->undoStack()->index() > before && guard < 50; ++guard)
        m_w->undoStack()->undo();
    QCOMPARE(c->classStyle(), start);
}

void TestGuiStyle::cursorPositionInStatusBar() {
    MapCanvas* c = m_w->canvas();
    const QPointF at = c->mapArea().center();
    QTest::mouseMove(c, at.toPoint());
    const QPointF world = c->transform().toWorld(QPointF(at.toPoint()));
    const QString text = m_w->cursorLabel()->text();
    QVERIFY2(text.startsWith(
                 QStringLiteral("%1, %2").arg(world.x(), 0, 'f', 0).arg(world.y(), 0, 'f', 0)),
             qPrintable(text));
    QVERIFY2(text.contains(QString::fromStdString(m_w->loaded()->data.crsName)), qPrintable(text));
}

void TestGuiStyle::aboutNamesTheSources() {
    QAction* about = nullptr;
    for (QAction* menu : m_w->menuBar()->actions())
        if (menu->menu())
            for (QAction* a : menu->menu()->actions())
                if (a->text().contains(QStringLiteral("About"))) about = a;
    QVERIFY(about);
    about->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_w->findChild<QMessageBox*>(QStringLiteral("aboutBox"))) != nullptr);
    const QString text = box->text();
    QVERIFY(text.contains(QStringLiteral(SWINGMAP_VERSION_FOR_TESTS)));
    QVERIFY(text.contains(QStringLiteral("GNU General Public License")));
    QVERIFY(!m_w->loaded()->data.attribution.empty());
    for (const std::string& line : m_w->loaded()->data.attribution)
        QVERIFY2(text.contains(QString::fromStdString(line).toHtmlEscaped()), line.c_str());
    box->close();
}

void TestGuiStyle::recentProjectsAndLayout() {
    // Opening a project file puts it first in File > Open recent.
    const QString project = m_dir.filePath(QStringLiteral("project.json"));
    QVERIFY(QFileInfo::exists(project));
    // The style is part of the project (view.classes): saved, and back after opening it again.
    QVERIFY(m_w->session()->save());
    const ClassStyle saved = m_w->canvas()->classStyle();
    QVERIFY(saved != ClassStyle{});
    QFile f(project);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto doc = nlohmann::json::parse(f.readAll().toStdString());
    QCOMPARE(QString::fromStdString(doc["view"]["classes"]["method"].get<std::string>()),
             saved.method);
    {
        MainWindow other; // a second window opens the saved file
        QSignalSpy shown(&other, &MainWindow::analysisShown);
        other.openProjectFile(project);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1, 120000);
        QCOMPARE(other.canvas()->classStyle(), saved);
        QCOMPARE(other.canvas()->mapId(), m_w->canvas()->mapId());
    }
    QCOMPARE(recentProjects().value(0), QFileInfo(project).absoluteFilePath());
    QMenu recent;
    fillRecentMenu(&recent, m_w.get(), [](const QString&) {});
    QVERIFY(recent.actions().first()->text().endsWith(QStringLiteral("project.json")));
    // The docks come back as they were left, once a project is open.
    auto* style = m_w->stylePanel()->parentWidget();
    style->hide();
    saveWindowLayout(*m_w, true);
    MainWindow again;
    again.showLoaded(m_w->loaded());
    QVERIFY(again.stylePanel()->parentWidget()->isHidden());
    QVERIFY(!again.modelPanel()->parentWidget()->isHidden());
    style->show();
    saveWindowLayout(*m_w, true);
    MainWindow third;
    third.showLoaded(m_w->loaded());
    QVERIFY(!third.stylePanel()->parentWidget()->isHidden());
}

QTEST_MAIN(TestGuiStyle)
#include "tst_gui_style.moc"
