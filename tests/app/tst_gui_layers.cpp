// SPDX-License-Identifier: GPL-3.0-or-later
// The Layers dock through the real widgets, offscreen, on the synthetic demo (EPSG:25832): an
// overlay written at test time in longitude/latitude (EPSG:4326) is added, reprojected and drawn
// where PROJ puts it; visibility (Space), order (Ctrl+Up/Down, drag and drop) and opacity (the
// slider's keys) change the pixels there; each change undoes and redoes; the layers survive
// save and reopen; broken files give a message; the exports follow the panel.
#include "app/gui/appsettings.h"
#include "app/gui/exporter.h"
#include "app/gui/layercommands.h"
#include "app/gui/layersmodel.h"
#include "app/gui/layerspanel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/mapcanvas.h"
#include "app/gui/projectsession.h"
#include "app/gui/startpage.h"
#include "app/shared/projectfile.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QFile>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

using namespace swingmap;

namespace {

/// Project coordinates (EPSG:25832) to longitude/latitude (EPSG:4326) with GDAL's own command
/// line tool (gdal-bin's gdaltransform), not with the code under test; NaN when it fails.
QPointF toLonLat(QPointF xy) {
    QProcess p;
    p.start(QStringLiteral("gdaltransform"),
            {QStringLiteral("-s_srs"), QStringLiteral("EPSG:25832"), QStringLiteral("-t_srs"),
             QStringLiteral("EPSG:4326"), QStringLiteral("-output_xy")});
    if (!p.waitForStarted()) return {qQNaN(), qQNaN()};
    p.write(QStringLiteral("%1 %2\n").arg(xy.x(), 0, 'f', 6).arg(xy.y(), 0, 'f', 6).toUtf8());
    p.closeWriteChannel();
    p.waitForFinished();
    const QStringList parts =
        QString::fromUtf8(p.readAllStandardOutput()).simplified().split(QLatin1Char(' '));
    if (parts.size() < 2) return {qQNaN(), qQNaN()};
    return {parts[0].toDouble(), parts[1].toDouble()};
}

bool writeText(const QString& file, const QByteArray& text) {
    QFile f(file);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

QColor pixel(MapCanvas* c, QPointF device) {
    return c->grab().toImage().pixelColor(device.toPoint());
}

/// "" when equal (no channel off by more than `tolerance`), else how many pixels differ and
/// where (for the failure message). Maps drawn anew differ by a few levels in the street
/// labels' antialiasing (the glyph cache), so those are compared with a tolerance.
QString difference(const QImage& a, const QImage& b, int tolerance = 0) {
    if (a.size() != b.size()) return QStringLiteral("sizes differ");
    const QImage x = a.convertToFormat(QImage::Format_ARGB32),
                 y = b.convertToFormat(QImage::Format_ARGB32);
    int n = 0;
    QRect box;
    for (int r = 0; r < x.height(); ++r)
        for (int c = 0; c < x.width(); ++c)
            if (const QRgb u = x.pixel(c, r), v = y.pixel(c, r);
                std::abs(qRed(u) - qRed(v)) > tolerance ||
                std::abs(qGreen(u) - qGreen(v)) > tolerance ||
                std::abs(qBlue(u) - qBlue(v)) > tolerance) {
                ++n;
                box |= QRect(c, r, 1, 1);
            }
    if (n == 0) return {};
    return QStringLiteral("%1 pixels differ in (%2,%3) %4x%5")
        .arg(n)
        .arg(box.x())
        .arg(box.y())
        .arg(box.width())
        .arg(box.height());
}

#define COMPARE_IMAGES(a, b)                                                                       \
    do {                                                                                           \
        const QString d_ = difference((a), (b));                                                   \
        QVERIFY2(d_.isEmpty(), qPrintable(d_));                                                    \
    } while (false)

#define COMPARE_IMAGES_NEAR(a, b)                                                                  \
    do {                                                                                           \
        const QString d_ = difference((a), (b), 12);                                               \
        QVERIFY2(d_.isEmpty(), qPrintable(d_));                                                    \
    } while (false)

int rowOfKind(const LayersModel& m, MapLayer::Kind k) {
    for (std::size_t i = 0; i < m.entries().size(); ++i)
        if (m.entries()[i].layer.kind == k) return static_cast<int>(i);
    return -1;
}

} // namespace

class TestGuiLayers : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void modelIsConsistent();
    void overlayVisibilityOrderOpacityUndo();
    void exportsFollowThePanel();
    void saveAndReopenKeepsTheLayers();
    void brokenOverlaysGiveAMessage();
    void polygonOverlayAndScreenshot();

private:
    MapCanvas* canvas() const { return m_w->canvas(); }
    LayersPanel* panel() const { return m_w->layersPanel(); }
    QImage grab() const { return canvas()->grab().toImage(); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_w;
    QString m_overlay; ///< overlay.geojson (EPSG:4326)
    QPointF m_point;   ///< its point, in project coordinates
};

void TestGuiLayers::initTestCase() {
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
    m_w->session()->setInteractive(false);
    // The overlay: a point in the middle of the map's extent, a square and a line around it.
    const BBox e = m_w->loaded()->data.geometry.extent;
    m_point = QPointF(e.minX + 0.55 * e.width(), e.minY + 0.45 * e.height());
    const double d = e.width() / 8;
    const auto ll = [](double x, double y) {
        const QPointF p = toLonLat({x, y});
        return QStringLiteral("[%1,%2]").arg(p.x(), 0, 'f', 9).arg(p.y(), 0, 'f', 9);
    };
    const double x = m_point.x(), y = m_point.y();
    const QString json =
        QStringLiteral(
            R"({"type":"FeatureCollection","features":[)"
            R"({"type":"Feature","properties":{"name":"station"},"geometry":{"type":"Point","coordinates":%1}},)"
            R"({"type":"Feature","properties":{"name":"district"},"geometry":{"type":"Polygon","coordinates":[[%2,%3,%4,%5,%2]]}},)"
            R"({"type":"Feature","properties":{"name":"road"},"geometry":{"type":"LineString","coordinates":[%6,%7]}}]})")
            .arg(ll(x, y), ll(x - d, y - d), ll(x + d, y - d), ll(x + d, y + d), ll(x - d, y + d),
                 ll(x - 2 * d, y + 1.5 * d), ll(x + 2 * d, y + 1.5 * d));
    QDir(m_dir.path()).mkpath(QStringLiteral("overlays"));
    m_overlay = m_dir.filePath(QStringLiteral("overlays/stations.geojson"));
    QVERIFY(writeText(m_overlay, json.toUtf8()));
}

void TestGuiLayers::modelIsConsistent() {
    LayersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset(true);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.entries()[0].layer.kind, MapLayer::Kind::Streets); // streets over areas
    QVERIFY(model.toJson(QDir()).is_null());                          // the default: not saved
    LayerEntry e;
    e.layer.kind = MapLayer::Kind::Overlay;
    e.path = QStringLiteral("/tmp/x.gpkg");
    e.layer.overlay = std::make_shared<DisplayLayer>();
    const int uid = model.applyInsert(e, 0);
    QCOMPARE(model.rowCount(), 3);
    model.applyMove(uid, 2);
    QCOMPARE(model.rowOf(uid), 2);
    model.applyVisible(uid, false);
    QCOMPARE(model.data(model.index(2), Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    model.applyOpacity(uid, 0.4);
    QVERIFY(model.data(model.index(2), Qt::DisplayRole).toString().contains(QLatin1String("40")));
    // a drag of the overlay onto the top (the view's drop): moved, and only moved
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(2)}));
    QVERIFY(mime);
    QVERIFY(model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(model.rowOf(uid), 0);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.removeRows(0, 1)); // the view cannot remove rows behind the undo stack
    const nlohmann::json j = model.toJson(QDir(QStringLiteral("/tmp")));
    QVERIFY(j.is_array());
    QCOMPARE(j.size(), std::size_t(3));
    QCOMPARE(j[0]["id"].get<std::string>(), std::string("overlay"));
    QCOMPARE(j[0]["path"].get<std::string>(), std::string("x.gpkg"));
    QCOMPARE(j[0]["opacity"].get<double>(), 0.4);
    QCOMPARE(j[0]["visible"].get<bool>(), false);
    model.applyRemove(uid);
    QCOMPARE(model.rowCount(), 2);
}

void TestGuiLayers::overlayVisibilityOrderOpacityUndo() {
    MainWindow& w = *m_w;
    MapCanvas* c = canvas();
    LayersPanel* p = panel();
    QUndoStack* undo = w.undoStack();
    LayersModel* model = p->model();
    QVERIFY(p->isVisible() || p->parentWidget()->isHidden());
    p->parentWidget()->show();
    p->parentWidget()->raise();
    QTRY_VERIFY(p->isVisible());
    undo->clear();
    const QPointF at = c->transform().toDevice(m_point.x(), m_point.y());
    QVERIFY(c->mapArea().contains(at));
    const QImage before = grab();
    const QColor under = before.pixelColor(at.toPoint());
    const quint64 areaRenders = c->areasRenderCount();

    // Add: one command; the overlay's point is drawn in its colour where PROJ put it.
    QCOMPARE(p->addOverlay(m_overlay), QString());
    QCOMPARE(undo->count(), 1);
    QCOMPARE(rowOfKind(*model, MapLayer::Kind::Overlay), 0);
    const QColor colour = model->entries()[0].layer.colour;
    QVERIFY(colour != under);
    QCOMPARE(pixel(c, at), colour);
    const QImage withOverlay = grab();
    QVERIFY(withOverlay != before);

    // Visibility by the keyboard: Space on the selected row.
    p->list()->setFocus();
    p->selectRow(0);
    QTest::keyClick(p->list(), Qt::Key_Space);
    QVERIFY(!model->entries()[0].layer.visible);
    COMPARE_IMAGES(grab(), before);
    QTest::keyClick(p->list(), Qt::Key_Space);
    COMPARE_IMAGES(grab(), withOverlay);
    QCOMPARE(undo->count(), 3);
    undo->undo(); // hidden again
    COMPARE_IMAGES(grab(), before);
    undo->undo(); // shown
    COMPARE_IMAGES(grab(), withOverlay);
    undo->redo();
    undo->redo();
    COMPARE_IMAGES(grab(), withOverlay);

    // Order: Ctrl+Down to the bottom, under the opaque areas: the map is as without it.
    const int rows = model->rowCount();
    p->list()->setFocus();
    for (int i = 1; i < rows; ++i)
        QTest::keyClick(p->list(), Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(rowOfKind(*model, MapLayer::Kind::Overlay), rows - 1);
    COMPARE_IMAGES(grab(), before);
    // the areas over the overlay at 50 %: the point shows through, paler
    const int areasRow = rowOfKind(*model, MapLayer::Kind::Areas);
    p->selectRow(areasRow);
    p->opacitySlider()->setFocus();
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(p->opacitySlider(), Qt::Key_Down); // 5 % a step
    QCOMPARE(model->entries()[std::size_t(areasRow)].layer.opacity, 0.5);
    const QColor through = pixel(c, at);
    QVERIFY2(through != under && through != colour, qPrintable(through.name()));
    // back: undo the opacity steps and the moves
    for (int i = 0; i < 10; ++i)
        undo->undo();
    COMPARE_IMAGES(grab(), before);
    for (int i = 1; i < rows; ++i)
        undo->undo();
    QCOMPARE(rowOfKind(*model, MapLayer::Kind::Overlay), 0);
    COMPARE_IMAGES(grab(), withOverlay);
    // Ctrl+Up back and forth with the keyboard, the row selected follows
    p->selectRow(0);
    p->list()->setFocus();
    QTest::keyClick(p->list(), Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(rowOfKind(*model, MapLayer::Kind::Overlay), 1);
    QTest::keyClick(p->list(), Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(rowOfKind(*model, MapLayer::Kind::Overlay), 0);

    // Opacity 0 (Home on the slider): the map is exactly the one without the overlay, and the
    // choropleth was not drawn again for any of the changes above (only composed).
    p->selectRow(0);
    p->opacitySlider()->setFocus();
    QTest::keyClick(p->opacitySlider(), Qt::Key_Home);
    QCOMPARE(model->entries()[0].layer.opacity, 0.0);
    COMPARE_IMAGES(grab(), before);
    QCOMPARE(c->areasRenderCount(), areaRenders);
    // a drag of the slider is one command, pushed on release
    const int count = undo->count();
    QSlider* s = p->opacitySlider();
    s->setSliderDown(true); // emits sliderPressed, as a mouse press does
    s->setValue(30);
    s->setValue(60);
    QCOMPARE(undo->count(), count); // a live preview only
    s->setSliderDown(false);        // emits sliderReleased
    QCOMPARE(undo->count(), count + 1);
    QCOMPARE(model->entries()[0].layer.opacity, 0.6);
    undo->undo();
    QCOMPARE(model->entries()[0].layer.opacity, 0.0);
    undo->undo(); // the Home step
    QCOMPARE(model->entries()[0].layer.opacity, 1.0);
    COMPARE_IMAGES(grab(), withOverlay);

    // Remove (Delete) and undo it.
    p->selectRow(0);
    p->list()->setFocus();
    QTest::keyClick(p->list(), Qt::Key_Delete);
    QCOMPARE(rowOfKind(*model, MapLayer::Kind::Overlay), -1);
    COMPARE_IMAGES(grab(), before);
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(rowOfKind(*model, MapLayer::Kind::Overlay), 0);
    COMPARE_IMAGES(grab(), withOverlay);
    QCOMPARE(c->areasRenderCount(), areaRenders);
    // Undo everything: no overlay; redo brings it back (all but the Remove, undone last).
    const int removeAt = undo->index();
    while (undo->canUndo())
        undo->undo();
    QCOMPARE(rowOfKind(*model, MapLayer::Kind::Overlay), -1);
    COMPARE_IMAGES(grab(), before);
    while (undo->index() < removeAt)
        undo->redo();
    QCOMPARE(rowOfKind(*model, MapLayer::Kind::Overlay), 0);
    COMPARE_IMAGES(grab(), withOverlay);
}

void TestGuiLayers::exportsFollowThePanel() {
    LayersModel* model = panel()->model();
    const int row = rowOfKind(*model, MapLayer::Kind::Overlay);
    QVERIFY(row >= 0);
    const int uid = model->entries()[std::size_t(row)].uid;
    const auto png = [&](const QString& name) {
        const QString f = m_dir.filePath(name);
        [&] {
            QVERIFY(writeMapPng(f, exportInput(*m_w->loaded(), *m_w->analysis(), *canvas())));
        }();
        return QImage(f);
    };
    const auto svg = [&](const QString& name) {
        const QString f = m_dir.filePath(name);
        [&] {
            QVERIFY(writeMapSvg(f, exportInput(*m_w->loaded(), *m_w->analysis(), *canvas())));
        }();
        QFile in(f);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    };
    const QImage shown = png(QStringLiteral("shown.png"));
    const QByteArray shownSvg = svg(QStringLiteral("shown.svg"));
    model->applyVisible(uid, false);
    const QImage hidden = png(QStringLiteral("hidden.png"));
    const QByteArray hiddenSvg = svg(QStringLiteral("hidden.svg"));
    QVERIFY(!shown.isNull() && !difference(shown, hidden, 12).isEmpty());
    QVERIFY(shownSvg.size() > hiddenSvg.size()); // the overlay's paths
    model->applyVisible(uid, true);
    model->applyOpacity(uid, 0);
    COMPARE_IMAGES_NEAR(png(QStringLiteral("transparent.png")), hidden);
    model->applyOpacity(uid, 0.5);
    const QImage half = png(QStringLiteral("half.png"));
    QVERIFY(!difference(half, hidden, 12).isEmpty() && !difference(half, shown, 12).isEmpty());
    QVERIFY(svg(QStringLiteral("half.svg")).contains("opacity=\"0.5"));
    model->applyOpacity(uid, 1);
    // the overlay under the areas: the export is the one without it
    model->applyMove(uid, model->rowCount() - 1);
    COMPARE_IMAGES_NEAR(png(QStringLiteral("under.png")), hidden);
    model->applyMove(uid, 0);
    COMPARE_IMAGES_NEAR(png(QStringLiteral("again.png")), shown);
}

void TestGuiLayers::saveAndReopenKeepsTheLayers() {
    MainWindow& w = *m_w;
    LayersModel* model = panel()->model();
    const int row = rowOfKind(*model, MapLayer::Kind::Overlay);
    QVERIFY(row >= 0);
    QUndoStack* undo = w.undoStack();
    // the areas at 70 % (undoable, an edit of the project)
    const int areas = rowOfKind(*model, MapLayer::Kind::Areas);
    undo->push(layerOpacityCommand(model, model->entries()[std::size_t(areas)].uid, 1.0, 0.7));
    QVERIFY(w.session()->isDirty());
    const QString file = m_dir.filePath(QStringLiteral("with-layers.json"));
    QVERIFY(w.session()->saveAs(file));
    const auto doc = projectfile::readDocument(file);
    QVERIFY(doc);
    const nlohmann::json layers = projectfile::viewValue(*doc, "layers");
    QVERIFY2(layers.is_array(), layers.dump().c_str());
    bool found = false;
    for (const auto& l : layers)
        if (l.value("id", "") == "overlay") {
            found = true;
            QCOMPARE(QString::fromStdString(l.value("path", "")),
                     QStringLiteral("overlays/stations.geojson")); // relative to the project
        }
    QVERIFY(found);
    const std::vector<LayerEntry> saved = model->entries();
    const QImage shown = grab();
    // reopen
    QSignalSpy opened(&w, &MainWindow::analysisShown);
    w.openProjectFile(file);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() >= 1, 120000);
    QCOMPARE(model->rowCount(), int(saved.size()));
    for (std::size_t i = 0; i < saved.size(); ++i) {
        const LayerEntry& e = model->entries()[i];
        QCOMPARE(e.layer.kind, saved[i].layer.kind);
        QCOMPARE(e.layer.visible, saved[i].layer.visible);
        QCOMPARE(e.layer.opacity, saved[i].layer.opacity);
        QCOMPARE(e.layer.colour, saved[i].layer.colour);
        QCOMPARE(e.path, saved[i].path);
    }
    QVERIFY(!w.session()->isDirty());
    QCOMPARE(undo->count(), 0);
    COMPARE_IMAGES_NEAR(grab(), shown);
}

void TestGuiLayers::brokenOverlaysGiveAMessage() {
    LayersPanel* p = panel();
    const int rows = p->model()->rowCount();
    const int commands = m_w->undoStack()->count();
    const QString garbage = m_dir.filePath(QStringLiteral("broken.geojson"));
    QVERIFY(writeText(garbage, "{\"type\": \"FeatureCollection\", \"features\": [ {oops"));
    const QString empty = m_dir.filePath(QStringLiteral("empty.geojson"));
    QVERIFY(writeText(empty, R"({"type":"FeatureCollection","features":[]})"));
    for (const QString& f : {garbage, empty, m_dir.filePath(QStringLiteral("missing.gpkg"))}) {
        const QString message = p->addOverlay(f);
        QVERIFY2(!message.isEmpty(), qPrintable(f));
        QVERIFY2(message.contains(QFileInfo(f).fileName()), qPrintable(message));
    }
    QCOMPARE(p->model()->rowCount(), rows);
    QCOMPARE(m_w->undoStack()->count(), commands);
    // a project naming an overlay that is gone still opens, without it, and says so
    const QString file = m_dir.filePath(QStringLiteral("gone.json"));
    auto doc = projectfile::readDocument(m_dir.filePath(QStringLiteral("with-layers.json")));
    QVERIFY(doc);
    nlohmann::json layers = projectfile::viewValue(*doc, "layers");
    for (auto& l : layers)
        if (l.value("id", "") == "overlay") l["path"] = "overlays/gone.geojson";
    projectfile::setViewValue(*doc, "layers", layers);
    QVERIFY(writeText(file, QByteArray::fromStdString(doc->dump(2))));
    QSignalSpy opened(m_w.get(), &MainWindow::analysisShown);
    m_w->openProjectFile(file);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() >= 1, 120000);
    QCOMPARE(rowOfKind(*p->model(), MapLayer::Kind::Overlay), -1);
    QVERIFY(rowOfKind(*p->model(), MapLayer::Kind::Areas) >= 0);
    QTRY_VERIFY(m_w->findChild<QMessageBox*>(QStringLiteral("overlayUnread")) != nullptr);
}

void TestGuiLayers::polygonOverlayAndScreenshot() {
    // The demo's wards (polygons, the project's CRS) as outlines over the districts, and the
    // stations file over them: docs/screenshots/layers.png with SWINGMAP_KEEP_SCREENSHOTS.
    MainWindow& w = *m_w;
    LayersPanel* p = panel();
    const int areas = rowOfKind(*p->model(), MapLayer::Kind::Areas);
    p->model()->applyOpacity(p->model()->entries()[std::size_t(areas)].uid, 1.0);
    const QImage before = grab();
    QCOMPARE(p->addOverlay(m_dir.filePath(QStringLiteral("wards.gpkg"))), QString());
    const LayerEntry& wards = p->model()->entries()[0];
    QVERIFY(wards.layer.overlay && wards.layer.overlay->polygons > 0);
    QCOMPARE(wards.layer.overlay->points, std::size_t(0));
    QVERIFY(!difference(grab(), before).isEmpty());
    QCOMPARE(p->addOverlay(m_overlay), QString());
    p->parentWidget()->show();
    p->parentWidget()->raise();
    QTRY_VERIFY(p->isVisible());
    p->selectRow(1);
    if (qEnvironmentVariableIsSet("SWINGMAP_KEEP_SCREENSHOTS"))
        w.grab().save(qEnvironmentVariable("SWINGMAP_KEEP_SCREENSHOTS") +
                      QStringLiteral("/layers.png"));
}

QTEST_MAIN(TestGuiLayers)
#include "tst_gui_layers.moc"
