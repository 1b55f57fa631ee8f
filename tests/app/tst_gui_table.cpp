// SPDX-License-Identifier: GPL-3.0-or-later
// The data table, map selection and Find in the desktop app, offscreen, with the real widgets on
// the synthetic demo: the keyboard alone opens the table (Ctrl+Shift+D) and Find (Ctrl+F); an
// area's name typed into Find + Enter zooms the map to it (the view holds the area and is smaller
// than the whole layer) and selects it, a street's name zooms to the street and flashes it (its
// colour's pixels counted); a row clicked in the table selects its area on the map
// (outlined in the selection colour: pixels counted); a Shift+drag rubber band on the map selects
// the areas inside it (worked out here from the geometry) and their rows; a click on an area
// shows its figures (a suppressed area's: none); Esc clears the selection. The last case grabs
// the window in German (SWINGMAP_KEEP_OUTPUT keeps it: docs/screenshots/table_de.png).
#include "app/gui/areatablemodel.h"
#include "app/gui/datatabledock.h"
#include "app/gui/findbar.h"
#include "app/gui/mainwindow.h"
#include "app/gui/mapcanvas.h"
#include "app/gui/preferencesdialog.h"
#include "app/render/hittest.h"
#include "app/render/palette.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <cmath>
#include <set>

using namespace swingmap;

namespace {

bool inside(const BBox& outer, const BBox& inner) {
    return inner.minX >= outer.minX && inner.maxX <= outer.maxX && inner.minY >= outer.minY &&
           inner.maxY <= outer.maxY;
}

/// A point well inside feature f (world): the first of a grid over its box whose neighbours a
/// few pixels away are inside it too; nothing when none is.
std::optional<QPointF> innerPoint(const PolygonLayer& l, std::size_t f, double pad) {
    const BBox& b = l.bbox[f];
    for (int i = 1; i < 16; ++i)
        for (int j = 1; j < 16; ++j) {
            const double x = b.minX + b.width() * i / 16, y = b.minY + b.height() * j / 16;
            if (featureContains(l, f, x, y) && featureContains(l, f, x + pad, y) &&
                featureContains(l, f, x - pad, y) && featureContains(l, f, x, y + pad) &&
                featureContains(l, f, x, y - pad))
                return QPointF(x, y);
        }
    return std::nullopt;
}

/// Pixels of `img` within 12 of colour `c` per channel inside `r` (widget coordinates).
int countColour(const QImage& img, const QRect& r, const QColor& c) {
    const qreal dpr = img.devicePixelRatio();
    int n = 0;
    for (int y = std::max(0, r.top()); y <= std::min(r.bottom(), int(img.height() / dpr) - 1); ++y)
        for (int x = std::max(0, r.left()); x <= std::min(r.right(), int(img.width() / dpr) - 1);
             ++x) {
            const QColor p = img.pixelColor(int(x * dpr), int(y * dpr));
            if (std::abs(p.red() - c.red()) <= 12 && std::abs(p.green() - c.green()) <= 12 &&
                std::abs(p.blue() - c.blue()) <= 12)
                ++n;
        }
    return n;
}

std::set<std::size_t> selectedAreas(const MapCanvas& c) {
    std::set<std::size_t> out;
    for (std::size_t a = 0; a < c.selection().size(); ++a)
        if (c.selection()[a]) out.insert(a);
    return out;
}

std::set<std::size_t> selectedRowAreas(DataTableDock& t) {
    std::set<std::size_t> out;
    for (const QModelIndex& i : t.view()->selectionModel()->selectedRows())
        out.insert(t.model()->areaAt(i.row()));
    return out;
}

bool openDemo(MainWindow& w, const QString& dir) {
    QSignalSpy shown(&w, &MainWindow::analysisShown);
    QSignalSpy failed(&w, &MainWindow::jobFailed);
    w.setDemoDirectory(dir);
    w.openDemo();
    return QTest::qWaitFor([&] { return !shown.isEmpty() || !failed.isEmpty(); }, 180000) &&
           failed.isEmpty();
}

} // namespace

class TestGuiTable : public QObject {
    Q_OBJECT
    QTemporaryDir m_home, m_demo;
    std::unique_ptr<MainWindow> m_w;

private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid() && m_demo.isValid());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + "/config").toUtf8());
        qputenv("XDG_DATA_HOME", (m_home.path() + "/data").toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SwingMapTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_table"));
        m_w = std::make_unique<MainWindow>();
        m_w->resize(1400, 950);
        m_w->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
        QVERIFY(openDemo(*m_w, m_demo.path()));
        m_w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_w.get()));
    }
    void cleanupTestCase() { m_w.reset(); }

    void keyboardOpensTableAndFind();
    void findZoomsToArea();
    void findStreetFlashes();
    void rowSelectsArea();
    void rubberBandSelectsRows();
    void clickIdentifies();
    void escapeClears();
    void screenshotGerman();
};

void TestGuiTable::keyboardOpensTableAndFind() {
    MainWindow& w = *m_w;
    auto* dock = w.findChild<QDockWidget*>(QStringLiteral("tableDock"));
    QVERIFY(dock && !dock->isVisible());
    w.canvas()->setFocus();
    QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(dock->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(w.dataTable()->view()));
    QCOMPARE(w.dataTable()->model()->rowCount(), int(w.loaded()->data.areaCount()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(w.findBar()->edit()));
    QTest::keyClick(w.findBar()->edit(), Qt::Key_Escape);
    QTRY_VERIFY(!w.findBar()->isVisible());
}

void TestGuiTable::findZoomsToArea() {
    MainWindow& w = *m_w;
    const Dataset& d = w.loaded()->data;
    // the area whose name is the longest (so typing it is unambiguous), not suppressed
    std::size_t target = 0;
    for (std::size_t a = 0; a < d.areaCount(); ++a)
        if (!w.analysis()->areas.suppressed[a] && d.names[a].size() > d.names[target].size())
            target = a;
    const QString name = QString::fromStdString(d.names[target]);
    QVERIFY(!name.isEmpty());
    w.canvas()->zoomToFull();
    const BBox full = w.canvas()->view();
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(w.findBar()->edit()));
    QTest::keyClicks(w.findBar()->edit(), name);
    QVERIFY(w.findBar()->suggestions(name).size() >= 1);
    QTest::keyClick(w.findBar()->edit(), Qt::Key_Return);
    QTRY_COMPARE(selectedAreas(*w.canvas()), std::set<std::size_t>{target});
    const BBox view = w.canvas()->view();
    QVERIFY(inside(view, d.geometry.bbox[target]));
    QVERIFY(view.width() < full.width() && view.height() < full.height());
    // the table follows: its row selected and current
    QTRY_COMPARE(selectedRowAreas(*w.dataTable()), std::set<std::size_t>{target});
    QVERIFY(w.dataTable()->identifyLabel()->text().contains(name.toHtmlEscaped()));
    // nothing found: a message, the selection stays
    QVERIFY(!w.findBar()->find(QStringLiteral("no such place qqq")));
    QVERIFY(!w.findBar()->message()->text().isEmpty());
    QCOMPARE(selectedAreas(*w.canvas()), std::set<std::size_t>{target});
    QTest::keyClick(w.findBar()->edit(), Qt::Key_Escape);
}

void TestGuiTable::findStreetFlashes() {
    MainWindow& w = *m_w;
    const auto& streets = w.loaded()->streets;
    if (!streets || streets->names.empty()) QSKIP("the demo has no streets");
    std::size_t target = 0;
    for (std::size_t s = 0; s < streets->names.size(); ++s)
        if (streets->names[s].size() > streets->names[target].size()) target = s;
    const QString name = QString::fromStdString(streets->names[target]);
    BBox box; // the street's lines, worked out here
    for (std::size_t l = 0; l < streets->lineCount(); ++l)
        if (streets->lineStreet[l] == target)
            for (uint32_t i = streets->linePoint[l]; i < streets->linePoint[l + 1]; ++i)
                box.add(streets->xy[2 * std::size_t(i)], streets->xy[2 * std::size_t(i) + 1]);
    QVERIFY(!box.empty());
    MapCanvas* c = w.canvas();
    c->zoomToFull();
    const QColor flash(230, 0, 126);
    const int before = countColour(c->grab().toImage(), c->rect(), flash);
    w.showFind();
    w.findBar()->edit()->clear();
    QTest::keyClicks(w.findBar()->edit(), name);
    QVERIFY(w.findBar()->suggestions(name).contains(name + QStringLiteral(" (street)")));
    QTest::keyClick(w.findBar()->edit(), Qt::Key_Return);
    QVERIFY(inside(c->view(), box));
    QVERIFY(w.findBar()->message()->text().contains(name));
    const int after = countColour(c->grab().toImage(), c->rect(), flash);
    QVERIFY2(after > before + 20, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QTest::keyClick(w.findBar()->edit(), Qt::Key_Escape);
}

void TestGuiTable::rowSelectsArea() {
    MainWindow& w = *m_w;
    MapCanvas* c = w.canvas();
    c->clearSelection();
    c->zoomToFull();
    QTableView* view = w.dataTable()->view();
    view->scrollToTop();
    const int row = 2;
    const std::size_t area = w.dataTable()->model()->areaAt(row);
    const QRect areaRect = [&] {
        const BBox& b = w.loaded()->data.geometry.bbox[area];
        const ViewTransform t = c->transform();
        return QRectF(t.toDevice(b.minX, b.maxY), t.toDevice(b.maxX, b.minY))
            .toAlignedRect()
            .adjusted(-3, -3, 3, 3);
    }();
    const int before = countColour(c->grab().toImage(), areaRect, MapCanvas::selectionColour());
    const QRect cell = view->visualRect(w.dataTable()->model()->index(row, 1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QCOMPARE(selectedAreas(*c), std::set<std::size_t>{area});
    const int after = countColour(c->grab().toImage(), areaRect, MapCanvas::selectionColour());
    QVERIFY2(after > before + 10, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    // Ctrl+click adds a second row
    const QRect cell2 = view->visualRect(w.dataTable()->model()->index(row + 2, 1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, cell2.center());
    QCOMPARE(selectedAreas(*c),
             (std::set<std::size_t>{area, w.dataTable()->model()->areaAt(row + 2)}));
    // View › Zoom to selection (Ctrl+J) holds both
    QTest::keyClick(&w, Qt::Key_J, Qt::ControlModifier);
    for (const std::size_t a : selectedAreas(*c))
        QVERIFY(inside(c->view(), w.loaded()->data.geometry.bbox[a]));
}

void TestGuiTable::rubberBandSelectsRows() {
    MainWindow& w = *m_w;
    MapCanvas* c = w.canvas();
    c->clearSelection();
    c->zoomToFull();
    const QRectF map = c->mapArea();
    const QPoint from = (map.center() - QPointF(90, 70)).toPoint(), to = from + QPoint(180, 140);
    QTest::mousePress(c, Qt::LeftButton, Qt::ShiftModifier, from);
    QTest::mouseMove(c, (from + to) / 2);
    QTest::mouseMove(c, to);
    QVERIFY(!c->rubberBand().isEmpty());
    QTest::mouseRelease(c, Qt::LeftButton, Qt::ShiftModifier, to);
    QVERIFY(c->rubberBand().isEmpty());
    // Worked out here, with 2 px to spare: an area with a point inside the band must be selected;
    // an area whose box misses the band must not.
    const ViewTransform t = c->transform();
    const auto worldBox = [&](QPointF a, QPointF b) {
        BBox box;
        for (const QPointF& p : {a, b}) {
            const QPointF q = t.toWorld(p);
            box.add(q.x(), q.y());
        }
        return box;
    };
    const BBox outer = worldBox(QPointF(from) - QPointF(2, 2), QPointF(to) + QPointF(2, 2));
    const BBox inner = worldBox(QPointF(from) + QPointF(2, 2), QPointF(to) - QPointF(2, 2));
    const PolygonLayer& l = w.loaded()->data.geometry;
    const std::set<std::size_t> got = selectedAreas(*c);
    QVERIFY(got.size() >= 3);
    std::size_t must = 0;
    for (std::size_t f = 0; f < l.featureCount(); ++f) {
        if (!l.hasGeometry(f)) continue;
        if (!l.bbox[f].intersects(outer)) {
            QVERIFY2(!got.count(f), qPrintable(QString::number(f)));
            continue;
        }
        if (const auto p = innerPoint(l, f, 0); p && p->x() > inner.minX && p->x() < inner.maxX &&
                                                p->y() > inner.minY && p->y() < inner.maxY) {
            QVERIFY2(got.count(f), qPrintable(QString::number(f)));
            ++must;
        }
    }
    QVERIFY(must >= 3);
    QTRY_COMPARE(selectedRowAreas(*w.dataTable()), got);
    QVERIFY(w.dataTable()->countLabel()->text().contains(QString::number(got.size())));
}

void TestGuiTable::clickIdentifies() {
    MainWindow& w = *m_w;
    MapCanvas* c = w.canvas();
    c->zoomToFull();
    const Dataset& d = w.loaded()->data;
    const auto& suppressed = w.analysis()->areas.suppressed;
    const ViewTransform t = c->transform();
    const double pad = 4 / t.scale(); // 4 px inside
    for (const bool wantSuppressed : {false, true}) {
        std::optional<std::size_t> area;
        std::optional<QPointF> at;
        for (std::size_t f = 0; f < d.areaCount() && !area; ++f)
            if (bool(suppressed[f]) == wantSuppressed && d.geometry.hasGeometry(f))
                if (const auto p = innerPoint(d.geometry, f, pad)) {
                    area = f;
                    at = t.toDevice(p->x(), p->y());
                }
        if (!area) {
            QVERIFY(wantSuppressed); // the demo has unsuppressed areas
            qWarning("the demo has no suppressed area big enough to click");
            continue;
        }
        QTest::mouseClick(c, Qt::LeftButton, Qt::NoModifier, at->toPoint());
        QCOMPARE(selectedAreas(*c), std::set<std::size_t>{*area});
        const QString text = w.dataTable()->identifyLabel()->text();
        QVERIFY(text.contains(QString::fromStdString(d.keys[*area]).toHtmlEscaped()));
        if (wantSuppressed) {
            QVERIFY(text.contains(suppressedLabel()));
            QVERIFY(!text.contains(QLatin1String("%")));
        } else {
            QVERIFY(text.contains(QLatin1String("%"))); // its shares
        }
        // the current row of the table is the area's
        QCOMPARE(w.dataTable()->model()->areaAt(w.dataTable()->view()->currentIndex().row()),
                 *area);
    }
}

void TestGuiTable::escapeClears() {
    MainWindow& w = *m_w;
    MapCanvas* c = w.canvas();
    std::vector<uint8_t> sel(w.loaded()->data.areaCount(), 0);
    sel[1] = sel[3] = 1;
    c->setSelection(sel);
    QTRY_COMPARE(selectedRowAreas(*w.dataTable()), (std::set<std::size_t>{1, 3}));
    c->setFocus();
    QTest::keyClick(c, Qt::Key_Escape);
    QVERIFY(c->selection().empty());
    QVERIFY(w.dataTable()->view()->selectionModel()->selectedRows().isEmpty());
    c->setSelection(sel);
    QTest::keyClick(&w, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier); // Edit › Clear
    QVERIFY(c->selection().empty());
}

void TestGuiTable::screenshotGerman() {
    m_w.reset();
    QCOMPARE(installTranslators(QStringLiteral("de")), QStringLiteral("de"));
    QTemporaryDir demo;
    MainWindow w;
    w.resize(1400, 950);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(openDemo(w, demo.path()));
    w.findChild<QAction*>(QStringLiteral("tableAction"))->trigger();
    DataTableDock* t = w.dataTable();
    QCOMPARE(t->zoomButton()->text(), QStringLiteral("Auf Auswahl &zoomen"));
    const int change = [&] {
        for (int col = 0; col < t->model()->columnCount(); ++col)
            if (t->model()
                    ->headerData(col, Qt::Horizontal)
                    .toString()
                    .startsWith(QStringLiteral("Änderung")))
                return col;
        return -1;
    }();
    QVERIFY(change >= 0);
    t->view()->sortByColumn(change, Qt::AscendingOrder);
    t->minEdit()->clear();
    // the ten biggest losses selected through the table, identified
    t->view()->selectionModel()->select(
        QItemSelection(t->model()->index(0, 0),
                       t->model()->index(9, t->model()->columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect);
    QCOMPARE(w.canvas()->selectedCount(), std::size_t(10));
    t->identify(t->model()->areaAt(0));
    QTest::keyClick(&w, Qt::Key_J, Qt::ControlModifier); // Ansicht › Auf Auswahl zoomen
    QVERIFY(t->model()->data(t->model()->index(t->model()->rowCount() - 1, change)).toString() ==
                suppressedLabel() ||
            w.analysis()->suppressedCount == 0);
    QTest::qWait(50);
    const QImage shot = w.grab().toImage();
    QVERIFY(!shot.isNull());
    const QString keep = qEnvironmentVariable("SWINGMAP_KEEP_OUTPUT");
    if (!keep.isEmpty()) QVERIFY(shot.save(QDir(keep).filePath(QStringLiteral("table_de.png"))));
}

QTEST_MAIN(TestGuiTable)
#include "tst_gui_table.moc"
