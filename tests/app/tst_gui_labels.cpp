// SPDX-License-Identifier: GPL-3.0-or-later
// View › Area labels and View › North arrow through the real widgets, offscreen: on the synthetic
// demo, Ctrl+Shift+N writes the areas' names on the map (the pixels change), Ctrl+Z takes them
// off again (the same pixels as before), the SVG export carries the names as <text> elements and
// the project file keeps both toggles (view.labels, view.north_arrow) across Save and Open. On
// the Karlsruhe example (when the shared data is there) the labels are placed on real districts.
// SWINGMAP_KEEP_SCREENSHOTS=DIR keeps DIR/labels.png and DIR/labels_karlsruhe.png.
#include "app/gui/appsettings.h"
#include "app/gui/exporter.h"
#include "app/gui/mainwindow.h"
#include "app/gui/mapcanvas.h"
#include "app/gui/mapview.h"
#include "app/gui/projectsession.h"
#include "app/gui/startpage.h"
#include "app/gui/trustdialog.h"
#include "app/render/hittest.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <nlohmann/json.hpp>
#include <set>

using namespace swingmap;

namespace {

/// The JSON value (ordered or not) is the boolean true (clang finds == between the two kinds of
/// JSON ambiguous).
template <class Json> bool isTrue(const Json& j) {
    return j.is_boolean() && j.template get<bool>();
}

const QString kKarlsruhe = QStringLiteral(PROJECT_DIR "/docs/examples/de_karlsruhe_2013_2017.json");

void keepScreenshot(QWidget& w, const QString& name) {
    const QString dir = qEnvironmentVariable("SWINGMAP_KEEP_SCREENSHOTS");
    if (!dir.isEmpty()) w.grab().save(dir + QLatin1Char('/') + name);
}

bool waitShown(QSignalSpy& shown, QSignalSpy& failed, int count) {
    return QTest::qWaitFor([&] { return shown.count() >= count || !failed.isEmpty(); }, 240000) &&
           failed.isEmpty();
}

/// Every placed label: its text is its area's name, its anchor inside that area, no two overlap.
void checkPlaced(const MapCanvas& c, const Dataset& d) {
    const auto& placed = c.placedLabels();
    const ViewTransform t = c.transform();
    for (std::size_t i = 0; i < placed.size(); ++i) {
        const PlacedLabel& l = placed[i];
        QVERIFY(l.id < d.areaCount());
        QCOMPARE(l.text,
                 QString::fromStdString(d.names[l.id].empty() ? d.keys[l.id] : d.names[l.id]));
        const QPointF a = t.toWorld(l.anchor);
        QVERIFY2(featureContains(d.geometry, l.id, a.x(), a.y()), qPrintable(l.text));
        QVERIFY(c.mapArea().contains(l.box));
        QVERIFY(l.box.width() > 0 && l.box.height() > 0);
        for (std::size_t j = i + 1; j < placed.size(); ++j)
            QVERIFY2(!l.box.intersects(placed[j].box), qPrintable(l.text + " / " + placed[j].text));
    }
}

/// Pixels of `a` and `b` (the same size) that differ by more than `tolerance` in a channel:
/// text drawn by Qt may come out a shade different from one drawing to the next (antialiasing of
/// glyph outlines), labels change many pixels by far more.
int differentPixels(const QImage& a, const QImage& b, int tolerance = 16) {
    if (a.size() != b.size()) return a.width() * a.height();
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            n += std::abs(qRed(p) - qRed(q)) > tolerance ||
                         std::abs(qGreen(p) - qGreen(q)) > tolerance ||
                         std::abs(qBlue(p) - qBlue(q)) > tolerance
                     ? 1
                     : 0;
        }
    return n;
}

QByteArray readAll(const QString& file) {
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestGuiLabels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void labelsByKeyboardUndoExport();
    void northArrowUndo();
    void savedInTheProject();
    void karlsruhe();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_w;
};

void TestGuiLabels::initTestCase() {
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
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

void TestGuiLabels::labelsByKeyboardUndoExport() {
    MainWindow& w = *m_w;
    MapCanvas* c = w.canvas();
    QUndoStack* undo = w.undoStack();
    undo->clear();
    QAction* labels = w.mapView()->labelsAction();
    QVERIFY(!labels->isChecked());
    QVERIFY(!c->labelsShown());
    // in the View menu, with its own shortcut used by nothing else
    bool inView = false;
    for (QAction* menu : w.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(labels)) inView = true;
    QVERIFY(inView);
    std::set<QString> shortcuts;
    for (QAction* a : w.findChildren<QAction*>())
        for (const QKeySequence& k : a->shortcuts())
            if (a != labels && !k.isEmpty()) shortcuts.insert(k.toString());
    QVERIFY(!labels->shortcut().isEmpty());
    QVERIFY2(!shortcuts.count(labels->shortcut().toString()),
             qPrintable(labels->shortcut().toString()));

    c->setFocus();
    QCoreApplication::processEvents();
    const QImage before = c->grab().toImage();
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(labels->isChecked());
    QVERIFY(c->labelsShown());
    QCOMPARE(undo->count(), 1);
    const QImage on = c->grab().toImage();
    QVERIFY(differentPixels(on, before) > 200);
    const auto placed = c->placedLabels();
    QVERIFY2(placed.size() >= 5, qPrintable(QString::number(placed.size())));
    checkPlaced(*c, w.loaded()->data);
    // a suppressed area may carry its (public) name, never a figure: labels are names only
    const auto& sup = w.analysis()->areas.suppressed;
    for (const PlacedLabel& l : placed)
        QVERIFY(!sup[l.id] || !l.text.contains(QLatin1Char('%')));
    keepScreenshot(w, QStringLiteral("labels_only.png"));

    // the export draws them: SVG text elements with the names; PNG pixels differ from "off"
    const QString svgOn = m_dir.filePath(QStringLiteral("on.svg"));
    QVERIFY(writeMapSvg(svgOn, exportInput(*w.loaded(), *w.analysis(), *c)));
    const QByteArray svg = readAll(svgOn);
    int named = 0;
    for (const PlacedLabel& l : placed)
        named += svg.contains(">" + l.text.toHtmlEscaped().toUtf8() + "<") ? 1 : 0;
    QVERIFY2(named >= 3, qPrintable(QString::number(named)));
    const QString pngOn = m_dir.filePath(QStringLiteral("on.png"));
    QVERIFY(writeMapPng(pngOn, exportInput(*w.loaded(), *w.analysis(), *c)));
    if (qEnvironmentVariableIsSet("SWINGMAP_KEEP_SCREENSHOTS"))
        QFile::copy(pngOn, qEnvironmentVariable("SWINGMAP_KEEP_SCREENSHOTS") +
                               QStringLiteral("/labels_export.png"));

    // Ctrl+Z: off again, the same pixels as before
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!labels->isChecked());
    QVERIFY(!c->labelsShown());
    QVERIFY(c->placedLabels().empty());
    QCOMPARE(differentPixels(c->grab().toImage(), before), 0);
    const QString svgOff = m_dir.filePath(QStringLiteral("off.svg"));
    QVERIFY(writeMapSvg(svgOff, exportInput(*w.loaded(), *w.analysis(), *c)));
    const QByteArray plain = readAll(svgOff);
    for (const PlacedLabel& l : placed)
        QVERIFY2(!plain.contains(">" + l.text.toHtmlEscaped().toUtf8() + "<"), qPrintable(l.text));
    const QString pngOff = m_dir.filePath(QStringLiteral("off.png"));
    QVERIFY(writeMapPng(pngOff, exportInput(*w.loaded(), *w.analysis(), *c)));
    QVERIFY(differentPixels(QImage(pngOn), QImage(pngOff)) > 200);

    // redo: on again, the same labels
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(c->labelsShown());
    QCOMPARE(differentPixels(c->grab().toImage(), on), 0);
    QCOMPARE(c->placedLabels().size(), placed.size());

    // pan and zoom: placed anew for the new view, still clear of each other
    c->zoomBy(2.0, c->mapArea().center());
    QCoreApplication::processEvents();
    c->grab();
    checkPlaced(*c, w.loaded()->data);
    c->zoomToFull();
    c->grab();
}

void TestGuiLabels::northArrowUndo() {
    MainWindow& w = *m_w;
    MapCanvas* c = w.canvas();
    QUndoStack* undo = w.undoStack();
    undo->clear();
    QAction* arrow = w.mapView()->northArrowAction();
    QVERIFY(!c->northArrowShown());
    const QImage before = c->grab().toImage();
    arrow->trigger(); // as the menu does
    QVERIFY(c->northArrowShown());
    QCOMPARE(undo->count(), 1);
    const QImage on = c->grab().toImage();
    QVERIFY(differentPixels(on, before) > 100);
    // the arrow's corner: dark pixels there now
    const QRect corner = c->northArrowRect(c->transform()).toAlignedRect();
    QVERIFY(c->mapArea().contains(corner));
    QVERIFY(corner.width() > 10 && corner.height() > 20);
    const qreal dpr = on.devicePixelRatio();
    int dark = 0;
    for (int y = corner.top(); y <= corner.bottom(); ++y)
        for (int x = corner.left(); x <= corner.right(); ++x)
            dark += qGray(on.pixel(int(x * dpr), int(y * dpr))) < 40 ? 1 : 0;
    QVERIFY2(dark > 30, qPrintable(QString::number(dark)));
    // no label under the arrow
    for (const PlacedLabel& l : c->placedLabels())
        QVERIFY(!l.box.intersects(QRectF(corner)));
    keepScreenshot(w, QStringLiteral("labels.png"));
    const QString svg = m_dir.filePath(QStringLiteral("arrow.svg"));
    QVERIFY(writeMapSvg(svg, exportInput(*w.loaded(), *w.analysis(), *c)));
    QVERIFY(readAll(svg).contains(">N<"));
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!c->northArrowShown());
    QVERIFY(!arrow->isChecked());
    QCOMPARE(differentPixels(c->grab().toImage(), before), 0);
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(c->northArrowShown());
}

void TestGuiLabels::savedInTheProject() {
    MainWindow& w = *m_w;
    QVERIFY(w.canvas()->labelsShown() && w.canvas()->northArrowShown());
    const auto& doc = w.session()->document();
    QVERIFY(isTrue(doc["view"]["labels"]));
    QVERIFY(isTrue(doc["view"]["north_arrow"]));
    const QString file = m_dir.filePath(QStringLiteral("with_labels.json"));
    QVERIFY(w.session()->saveAs(file));
    QVERIFY(!w.session()->isDirty());
    const auto saved = nlohmann::json::parse(readAll(file).toStdString());
    QVERIFY(isTrue(saved["view"]["labels"]));
    QVERIFY(isTrue(saved["view"]["north_arrow"]));
    // off: the key goes (absent = off), and the project is modified
    w.mapView()->labelsAction()->trigger();
    QVERIFY(!w.session()->document()["view"].contains("labels"));
    QVERIFY(w.session()->isDirty());
    w.undoStack()->undo();
    QVERIFY(isTrue(w.session()->document()["view"]["labels"]));
    QVERIFY(!w.session()->isDirty());
    // another window opens the saved file with both on
    MainWindow other;
    other.resize(1000, 700);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QSignalSpy shown(&other, &MainWindow::analysisShown);
    QSignalSpy failed(&other, &MainWindow::jobFailed);
    other.session()->setInteractive(false);
    other.openProjectFile(file);
    QVERIFY(waitShown(shown, failed, 1));
    QVERIFY(other.mapView()->labelsAction()->isChecked());
    QVERIFY(other.mapView()->northArrowAction()->isChecked());
    QVERIFY(other.canvas()->labelsShown() && other.canvas()->northArrowShown());
    QCOMPARE(other.undoStack()->count(), 0); // opening is not an edit
    QVERIFY(!other.session()->isDirty());
}

void TestGuiLabels::karlsruhe() {
    if (!QFileInfo::exists(kKarlsruhe) ||
        !QFileInfo::exists(
            QStringLiteral(SHARED_DATA_DIR "/de_karlsruhe_wahlbezirke_btw2013_2017")))
        QSKIP("the Karlsruhe data is not in SHARED_DATA_DIR");
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy shown(&w, &MainWindow::analysisShown);
    QSignalSpy failed(&w, &MainWindow::jobFailed);
    w.session()->setInteractive(false);
    trustProjectInputs(kKarlsruhe); // its data lives in ../shared/data, outside its folder
    w.openProjectFile(kKarlsruhe);
    QVERIFY2(waitShown(shown, failed, 1),
             failed.isEmpty() ? "timeout" : qPrintable(failed.first().first().toString()));
    w.mapView()->labelsAction()->trigger();
    w.mapView()->northArrowAction()->trigger();
    MapCanvas* c = w.canvas();
    c->grab();
    QVERIFY2(c->placedLabels().size() >= 10, qPrintable(QString::number(c->placedLabels().size())));
    checkPlaced(*c, w.loaded()->data);
    keepScreenshot(w, QStringLiteral("labels_karlsruhe.png"));
    // zoomed in, placed anew
    c->zoomBy(3.0, c->mapArea().center());
    c->grab();
    checkPlaced(*c, w.loaded()->data);
    QVERIFY(!c->placedLabels().empty());
    keepScreenshot(w, QStringLiteral("labels_karlsruhe_zoom.png"));
}

QTEST_MAIN(TestGuiLabels)
#include "tst_gui_labels.moc"
