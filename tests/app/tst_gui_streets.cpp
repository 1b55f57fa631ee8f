// SPDX-License-Identifier: GPL-3.0-or-later
// Swing-streets in the desktop app, offscreen, with the real widgets: the Karlsruhe example
// (docs/examples/de_karlsruhe_2013_2017.json, its 1,827 OpenStreetMap streets) draws its streets
// over the map (street-coloured pixels with the Streets toggle on, none with it off; toggled by
// the shortcut and the button), hovering a street names it with its listed figures, a streets
// layer dropped on the window (a real QDropEvent) becomes the project's "streets" entry and runs
// again, a polygon layer dropped is refused, and the exports carry the streets (streets.csv next
// to targets.csv, the PNG, the briefing). SWINGMAP_KEEP_OUTPUT keeps the window grab
// (docs/screenshots/karlsruhe_streets.png).
#include "app/gui/exporter.h"
#include "app/gui/mainwindow.h"
#include "app/gui/mapcanvas.h"
#include "app/gui/mapview.h"
#include "app/gui/projectsession.h"
#include "app/gui/streetindex.h"
#include "app/gui/streetsdialog.h"
#include "app/gui/trustdialog.h"
#include "app/render/palette.h"
#include "app/shared/projectfile.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QToolTip>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <set>

using namespace swingmap;

namespace {

const QString kExample = QStringLiteral(PROJECT_DIR "/docs/examples/de_karlsruhe_2013_2017.json");
const QString kStreets = QStringLiteral(
    SHARED_DATA_DIR "/de_karlsruhe_wahlbezirke_btw2013_2017/streets/karlsruhe_streets.gpkg");

void keep(const QImage& img, const QString& name) {
    const QString dir = qEnvironmentVariable("SWINGMAP_KEEP_OUTPUT");
    if (!dir.isEmpty()) img.save(QDir(dir).filePath(name));
}

/// Pixels of `img` inside `area` (widget coordinates) within 2 of one of `colours` per channel.
int countColoured(const QImage& img, const QRectF& area, const std::vector<QColor>& colours) {
    const qreal dpr = img.devicePixelRatio();
    int n = 0;
    const QRect r = area.toAlignedRect();
    for (int y = std::max(r.top(), 0); y < std::min(r.bottom(), int(img.height() / dpr)); ++y)
        for (int x = std::max(r.left(), 0); x < std::min(r.right(), int(img.width() / dpr)); ++x) {
            const QColor p = img.pixelColor(int(x * dpr), int(y * dpr));
            for (const QColor& c : colours)
                if (std::abs(p.red() - c.red()) <= 2 && std::abs(p.green() - c.green()) <= 2 &&
                    std::abs(p.blue() - c.blue()) <= 2) {
                    ++n;
                    break;
                }
        }
    return n;
}

/// The colours the listed streets are drawn in (the classes of the areas under them).
std::vector<QColor> streetColours(const JobResult& job) {
    std::set<AreaClass> classes;
    const auto& a = job.analysis.areas;
    for (std::size_t l = 0; l < job.streets->lineCount(); ++l) {
        const uint32_t area = job.streets->lineArea[l];
        if (area < a.cls.size() && !a.suppressed[area] && a.cls[area] != AreaClass::None)
            classes.insert(a.cls[area]);
    }
    std::vector<QColor> out;
    out.reserve(classes.size());
    for (const AreaClass c : classes)
        out.push_back(classColour(c));
    return out;
}

/// The point half-way along polyline `l` of the streets (world coordinates).
QPointF lineMiddle(const StreetLayer& s, std::size_t l) {
    std::vector<QPointF> pts;
    for (uint32_t i = s.linePoint[l]; i < s.linePoint[l + 1]; ++i)
        pts.emplace_back(s.xy[2 * std::size_t(i)], s.xy[2 * std::size_t(i) + 1]);
    double total = 0;
    for (std::size_t i = 1; i < pts.size(); ++i)
        total += QLineF(pts[i - 1], pts[i]).length();
    double walked = 0;
    for (std::size_t i = 1; i < pts.size(); ++i) {
        const double seg = QLineF(pts[i - 1], pts[i]).length();
        if (seg > 0 && walked + seg >= total / 2)
            return pts[i - 1] + (pts[i] - pts[i - 1]) * ((total / 2 - walked) / seg);
        walked += seg;
    }
    return pts.front();
}

/// Deliver a drag of `file` and its drop to the window, as a file manager does.
void dropOn(QWidget& w, const QString& file) {
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    const QPoint at(w.width() / 2, w.height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QVERIFY(drop.isAccepted());
}

bool waitShown(QSignalSpy& shown, QSignalSpy& failed, int count) {
    return QTest::qWaitFor([&] { return shown.count() >= count || !failed.isEmpty(); }, 240000) &&
           failed.isEmpty();
}

/// The Karlsruhe example as a document to be saved as `file` elsewhere: its data paths absolute.
Result<projectfile::Document> karlsruheDocument(const QString& file) {
    QFile example(kExample);
    if (!example.open(QIODevice::ReadOnly)) return fail(kExample.toStdString() + ": cannot read");
    const QByteArray text = example.readAll().replace(
        "../../../shared/data",
        QFileInfo(QStringLiteral(SHARED_DATA_DIR)).absoluteFilePath().toUtf8());
    return projectfile::parseDocument(text, file);
}

} // namespace

class TestGuiStreets : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + "/config").toUtf8());
        qputenv("XDG_DATA_HOME", (m_home.path() + "/data").toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SwingMapTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_streets"));
    }

    void hitIndex_data();
    void hitIndex();
    void karlsruheStreetsOnTheMap();
    void dropStreetsLayer();
    void suppressedAreas();
};

// Two streets on a 100 × 100 map drawn 1:1 (one world unit = one pixel): street 0 along y = 0
// from x = 0 to 100 (two pieces, the second from (60, 0)), street 1 from (50, 10) up to (50, 100).
// Within 4 px the nearest line is found; distances worked out by hand.
void TestGuiStreets::hitIndex_data() {
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<int>("street"); // -1: none within 4 px
    QTest::newRow("on street 0") << 20.0 << 0.0 << 0;
    QTest::newRow("3 px above street 0") << 20.0 << 3.0 << 0;
    QTest::newRow("5 px above street 0") << 20.0 << 5.0 << -1;
    QTest::newRow("second piece of street 0") << 90.0 << -2.0 << 0;
    QTest::newRow("3 px right of street 1") << 53.0 << 60.0 << 1;
    QTest::newRow("near street 1's end (2.8 px), 8 px from street 0") << 52.0 << 8.0 << 1;
    QTest::newRow("between them, 5 px from each") << 50.0 << 5.0 << -1;
    QTest::newRow("beyond street 1's end") << 50.0 << 104.5 << -1;
    QTest::newRow("far away") << 80.0 << 80.0 << -1;
}

void TestGuiStreets::hitIndex() {
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(int, street);
    StreetLayer s;
    s.names = {"Along", "Up"};
    s.roadClass = {"", ""};
    const auto add = [&](uint32_t st, std::initializer_list<double> xy) {
        s.xy.insert(s.xy.end(), xy);
        s.linePoint.push_back(uint32_t(s.xy.size() / 2));
        s.lineStreet.push_back(st);
        s.lineArea.push_back(0);
    };
    add(0, {0, 0, 30, 0, 60, 0});
    add(0, {60, 0, 100, 0});
    add(1, {50, 10, 50, 55, 50, 100});
    StreetHitIndex index;
    index.build(s);
    QVERIFY(!index.empty());
    BBox view;
    view.add(0, -10);
    view.add(100, 110);
    const ViewTransform t(view, QRectF(0, 0, 100, 120));
    QCOMPARE(t.scale(), 1.0);
    const auto line = index.lineAt(s, t, t.toDevice(x, y), 4.0);
    QCOMPARE(line ? int(s.lineStreet[*line]) : -1, street);
}

void TestGuiStreets::karlsruheStreetsOnTheMap() {
    if (!QFileInfo::exists(kStreets)) QSKIP("the Karlsruhe data is not in SHARED_DATA_DIR");
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy shown(&w, &MainWindow::analysisShown);
    QSignalSpy failed(&w, &MainWindow::jobFailed);
    trustProjectInputs(kExample); // its data lives in ../shared/data, outside its folder
    w.openProjectFile(kExample);
    QVERIFY2(waitShown(shown, failed, 1),
             failed.isEmpty() ? "timeout" : qPrintable(failed.first().first().toString()));
    const LoadedPtr job = w.loaded();
    QVERIFY(job && job->streets);
    MapCanvas* c = w.canvas();
    QVERIFY(c->hasStreets());
    const StreetRanking* ranking = c->streetRanking();
    QVERIFY(ranking && ranking->listed.size() > 100);
    QAction* action = w.mapView()->streetsAction();
    QVERIFY(action->isEnabled() && action->isChecked());
    QVERIFY(w.mapView()->streetsToggle()->isVisible());
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+T")));

    // The legend lists the streets per class; their counts add up to the listed streets.
    std::size_t inLegend = 0;
    for (const LegendEntry& e : c->legend().entries)
        if (e.label.startsWith(QLatin1String("streets: "))) inLegend += e.count;
    QCOMPARE(inLegend, ranking->listed.size());

    // Pixels: the class colours of the streets inside the map, with the toggle on and off.
    const std::vector<QColor> colours = streetColours(*job);
    QVERIFY(!colours.empty());
    QCoreApplication::processEvents();
    QElapsedTimer clock;
    clock.start();
    const QImage on = c->grab().toImage(); // a cached map: the legend and scale bar drawn over it
    const qint64 cachedMs = clock.elapsed();
    c->panBy({1, 0}); // a new view: areas and streets drawn again
    clock.restart();
    c->grab();
    const qint64 fullMs = clock.elapsed();
    c->setStreetsShown(false);
    clock.restart();
    c->grab();
    qInfo("canvas %dx%d: cached paint %lld ms, full paint with %zu street pieces %lld ms, "
          "without streets %lld ms",
          c->width(), c->height(), cachedMs, job->streets->lineCount(), fullMs, clock.elapsed());
    c->setStreetsShown(true);
    c->panBy({-1, 0});
    const int pixelsOn = countColoured(on, c->mapArea(), colours);
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!action->isChecked());
    QVERIFY(!c->streetsShown());
    for (const LegendEntry& e : c->legend().entries)
        QVERIFY(!e.label.startsWith(QLatin1String("streets: ")));
    const QImage off = c->grab().toImage();
    const int pixelsOff = countColoured(off, c->mapArea(), colours);
    qInfo("street-coloured pixels in the map: %d with the streets, %d without", pixelsOn,
          pixelsOff);
    QVERIFY2(pixelsOn > 2000 && pixelsOff * 50 < pixelsOn,
             qPrintable(QStringLiteral("on %1, off %2").arg(pixelsOn).arg(pixelsOff)));
    // The button over the map turns them back on.
    QTest::mouseClick(w.mapView()->streetsToggle(), Qt::LeftButton);
    QVERIFY(action->isChecked() && c->streetsShown());
    // Dragging moves the cached map; on release it is drawn again for the new view.
    const QPoint from = c->mapArea().center().toPoint();
    const BBox before = c->view();
    QTest::mousePress(c, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(60, 0)),
                     c->mapToGlobal(QPointF(from + QPoint(60, 0))), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(c, &move);
    const QImage dragging = c->grab().toImage();
    QTest::mouseRelease(c, Qt::LeftButton, {}, from + QPoint(60, 0));
    QVERIFY(c->view().minX < before.minX);
    const QImage dropped = c->grab().toImage();
    QVERIFY(countColoured(dragging, c->mapArea(), colours) > 1000);
    QVERIFY(countColoured(dropped, c->mapArea(), colours) > 1000);
    c->zoomToFull();
    c->zoomBy(1.5, c->mapArea().center()); // the city centre, for the screenshot
    QCoreApplication::processEvents();
    keep(w.grab().toImage(), QStringLiteral("karlsruhe_streets.png"));
    c->zoomToFull();

    // Hover: the middle of the top street's longest piece, zoomed in around it.
    const StreetLayer& s = *job->streets;
    const StreetScore& top = ranking->listed.front();
    std::size_t best = s.lineCount();
    double longest = -1;
    for (std::size_t l = 0; l < s.lineCount(); ++l) {
        if (s.lineStreet[l] != top.street) continue;
        double len = 0;
        for (uint32_t i = s.linePoint[l] + 1; i < s.linePoint[l + 1]; ++i)
            len += std::hypot(s.xy[2 * std::size_t(i)] - s.xy[2 * std::size_t(i) - 2],
                              s.xy[2 * std::size_t(i) + 1] - s.xy[2 * std::size_t(i) - 1]);
        if (len > longest) {
            longest = len;
            best = l;
        }
    }
    QVERIFY(best < s.lineCount());
    const QPointF world = lineMiddle(s, best);
    c->zoomBy(4, c->transform().toDevice(world.x(), world.y()));
    const QPointF at = c->transform().toDevice(world.x(), world.y());
    QVERIFY(c->mapArea().contains(at));
    const QString name = QString::fromStdString(s.names[top.street]);
    QCOMPARE(c->streetAt(at), std::optional<std::size_t>(top.street));
    QHelpEvent help(QEvent::ToolTip, at.toPoint(), c->mapToGlobal(at.toPoint()));
    QApplication::sendEvent(c, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(name.toHtmlEscaped()), qPrintable(tip));
    for (const QString& want :
         {QStringLiteral("Rank"), QStringLiteral("1 of"), QStringLiteral("Potential votes per km"),
          QStringLiteral("Share change"), QStringLiteral("Swing-street")})
        QVERIFY2(tip.contains(want), qPrintable(want));
    QVERIFY(!tip.contains(QStringLiteral("Expected from demographics"))); // not an area's
    // Off the streets the area keeps its tooltip.
    bool areaTip = false;
    for (int dy = 6; dy < 200 && !areaTip; dy += 3) {
        const QPointF p = at + QPointF(0, dy);
        if (c->streetAt(p)) continue;
        const QString t = c->tooltipAt(p);
        if (t.isEmpty()) continue;
        QVERIFY2(!t.contains(QStringLiteral("Potential votes per km")), qPrintable(t));
        areaTip = t.contains(QStringLiteral("Expected from demographics")) ||
                  t.contains(suppressedLabel());
    }
    QVERIFY(areaTip);

    // Privacy: a street piece in a suppressed area shows only the street's listed figures.
    const auto& sup = job->analysis.areas.suppressed;
    for (std::size_t l = 0; l < s.lineCount(); ++l) {
        const uint32_t area = s.lineArea[l];
        if (area >= sup.size() || !sup[area]) continue;
        const QString t = c->streetTooltip(s.lineStreet[l]);
        QVERIFY(!t.contains(QString::fromStdString(job->data.names[area]).toHtmlEscaped()) ||
                job->data.names[area].empty());
        QVERIFY(!t.contains(QStringLiteral("Expected from demographics")));
    }
    // A street that is not listed shows only "not listed".
    std::vector<bool> listed(s.names.size(), false);
    for (const StreetScore& sc : ranking->listed)
        listed[sc.street] = true;
    if (const auto it = std::find(listed.begin(), listed.end(), false); it != listed.end()) {
        const QString t = c->streetTooltip(std::size_t(it - listed.begin()));
        QVERIFY(t.contains(QStringLiteral("Not listed")));
        QVERIFY(!t.contains(QStringLiteral("Potential votes")));
    }

    // Exports: streets.csv next to targets.csv, the PNG with the streets, the briefing.
    c->zoomToFull();
    QTemporaryDir out;
    QVERIFY(out.isValid());
    ExportInput in = exportInput(*job, *w.analysis(), *c);
    QVERIFY(in.hasStreets() && in.mapStreets());
    Status st = writeLists(out.path(), in);
    QVERIFY2(st.ok(), st.ok() ? "" : st.error().c_str());
    QFile csv(out.filePath(QStringLiteral("streets.csv")));
    QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("targets.csv"))));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray header = csv.readLine();
    QVERIFY2(header.startsWith("rank,"), header.constData());
    const QByteArray first = csv.readLine();
    QVERIFY2(first.startsWith("1,") && first.contains(name.toUtf8()), first.constData());
    QCOMPARE(QString::fromUtf8(csv.readAll()).count(QLatin1Char('\n')),
             qsizetype(ranking->listed.size() - 1));
    const QString png = out.filePath(QStringLiteral("map.png"));
    st = writeMapPng(png, in);
    QVERIFY2(st.ok(), st.ok() ? "" : st.error().c_str());
    const QImage withStreets(png);
    keep(withStreets, QStringLiteral("gui-export-streets.png"));
    QVERIFY(!withStreets.isNull());
    in.streetsShown = false; // the toggle off: the PNG without them
    QVERIFY(writeMapPng(out.filePath(QStringLiteral("plain.png")), in).ok());
    const QImage plain(out.filePath(QStringLiteral("plain.png")));
    const QRectF whole(0, 0, withStreets.width(), withStreets.height());
    const int pngOn = countColoured(withStreets, whole, colours);
    const int pngOff = countColoured(plain, whole, colours);
    QVERIFY2(pngOn > 2000 && pngOn > 10 * pngOff,
             qPrintable(QStringLiteral("PNG on %1, off %2").arg(pngOn).arg(pngOff)));
    in.streetsShown = true;
    const QString pdf = out.filePath(QStringLiteral("briefing.pdf"));
    st = writeBriefingPdf(pdf, in);
    QVERIFY2(st.ok(), st.ok() ? "" : st.error().c_str());
    if (const QString dir = qEnvironmentVariable("SWINGMAP_KEEP_OUTPUT"); !dir.isEmpty())
        QFile::copy(pdf, QDir(dir).filePath(QStringLiteral("gui-briefing-streets.pdf")));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                 QStringLiteral("1"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("streets:")), qPrintable(text.left(2000)));
    }
}

void TestGuiStreets::dropStreetsLayer() {
    if (!QFileInfo::exists(kStreets)) QSKIP("the Karlsruhe data is not in SHARED_DATA_DIR");
    // The Karlsruhe project without its streets, saved in a temporary folder.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("karlsruhe.json"));
    auto doc = karlsruheDocument(file);
    QVERIFY2(doc, doc ? "" : doc.error().c_str());
    doc->erase("streets");
    QVERIFY(projectfile::saveDocument(*doc, file).ok());
    trustProjectInputs(file);

    MainWindow w;
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy shown(&w, &MainWindow::analysisShown);
    QSignalSpy failed(&w, &MainWindow::jobFailed);
    dropOn(w, file); // a project dropped: opened
    QVERIFY2(waitShown(shown, failed, 1),
             failed.isEmpty() ? "timeout" : qPrintable(failed.first().first().toString()));
    QCOMPARE(w.session()->filePath(), QFileInfo(file).absoluteFilePath());
    QVERIFY(!w.loaded()->streets);
    QVERIFY(!w.canvas()->hasStreets());
    QVERIFY(!w.mapView()->streetsAction()->isEnabled());

    // A polygon layer dropped: refused, with a message naming the problem.
    const QString areas = dir.filePath(QStringLiteral("areas.geojson"));
    {
        QFile f(areas);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":)"
                R"({"name":"A"},"geometry":{"type":"Polygon","coordinates":[[[8.4,49.0],)"
                R"([8.41,49.0],[8.41,49.01],[8.4,49.01],[8.4,49.0]]]}}]})");
    }
    dropOn(w, areas);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = w.findChild<QMessageBox*>(QStringLiteral("dropPolygons"))) != nullptr);
    QVERIFY2(box->text().contains(QStringLiteral("polygons")), qPrintable(box->text()));
    box->close();
    QVERIFY(!w.findChild<StreetsDialog*>());

    // The Karlsruhe streets layer dropped: the dialog guesses the layer and columns.
    dropOn(w, kStreets);
    StreetsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<StreetsDialog*>()) != nullptr);
    QCOMPARE(dialog->layerCombo()->currentText(), QStringLiteral("streets"));
    QCOMPARE(dialog->nameCombo()->currentText(), QStringLiteral("name"));
    QCOMPARE(dialog->classCombo()->currentData().toString(), QStringLiteral("highway"));
    QVERIFY(dialog->problem().isEmpty());
    dialog->reject();
    QTRY_VERIFY(!w.findChild<StreetsDialog*>());

    // Three streets of two classes written here (inside Karlsruhe): keep the residential ones.
    const QString lines = dir.filePath(QStringLiteral("test_streets.geojson"));
    {
        QFile f(lines);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray json = R"({"type":"FeatureCollection","features":[)";
        const char* rows[][3] = {{"Teststraße A", "residential", "49.005"},
                                 {"Teststraße B", "primary", "49.008"},
                                 {"Teststraße C", "residential", "49.011"}};
        for (int i = 0; i < 3; ++i)
            json += QByteArray(i ? "," : "") + R"({"type":"Feature","properties":{"name":")" +
                    rows[i][0] + R"(","highway":")" + rows[i][1] +
                    R"("},"geometry":{"type":"LineString","coordinates":[[8.395,)" + rows[i][2] +
                    "],[8.405," + rows[i][2] + "]]}}";
        f.write(json + "]}");
    }
    dropOn(w, lines);
    QTRY_VERIFY((dialog = w.findChild<StreetsDialog*>()) != nullptr);
    QCOMPARE(dialog->nameCombo()->currentText(), QStringLiteral("name"));
    QCOMPARE(dialog->classCombo()->currentData().toString(), QStringLiteral("highway"));
    QListWidget* classes = dialog->classList();
    QCOMPARE(classes->count(), 2);
    QCOMPARE(classes->item(0)->text(), QStringLiteral("residential (2)")); // commonest first
    QCOMPARE(classes->item(1)->text(), QStringLiteral("primary (1)"));
    classes->item(1)->setCheckState(Qt::Unchecked);
    keep(dialog->grab().toImage(), QStringLiteral("gui-streets-dialog.png"));
    QCOMPARE(dialog->choice().classes, QStringList{QStringLiteral("residential")});
    classes->item(0)->setCheckState(Qt::Unchecked); // none: cannot be accepted
    QVERIFY(!dialog->problem().isEmpty());
    classes->item(0)->setCheckState(Qt::Checked);
    QVERIFY(dialog->problem().isEmpty());
    dialog->accept();
    QVERIFY2(waitShown(shown, failed, 2),
             failed.isEmpty() ? "timeout" : qPrintable(failed.first().first().toString()));

    // The project has its streets entry, runs with it, and is modified until saved.
    const LoadedPtr job = w.loaded();
    QVERIFY(job->project.streets && job->streets);
    QCOMPARE(job->project.streets->nameField, std::string("name"));
    QCOMPARE(job->project.streets->classField, std::string("highway"));
    QCOMPARE(job->project.streets->classes, std::vector<std::string>{"residential"});
    std::vector<std::string> names = job->streets->names;
    std::sort(names.begin(), names.end());
    QCOMPARE(names, (std::vector<std::string>{"Teststraße A", "Teststraße C"}));
    QCOMPARE(job->streets->droppedByClass, std::size_t(1));
    QVERIFY(w.canvas()->hasStreets());
    QVERIFY(w.mapView()->streetsAction()->isEnabled());
    QVERIFY(w.session()->isDirty());
    QVERIFY(w.session()->save());
    const auto saved = projectfile::readDocument(file);
    QVERIFY(saved && saved->contains("streets"));
    const auto& streets = (*saved)["streets"];
    QCOMPARE(QString::fromStdString(streets["name"].get<std::string>()), QStringLiteral("name"));
    const QString path = QString::fromStdString(streets["path"].get<std::string>());
    QVERIFY2(QDir::isRelativePath(path), qPrintable(path));
    QCOMPARE(QFileInfo(QDir(dir.path()).filePath(path)).canonicalFilePath(),
             QFileInfo(lines).canonicalFilePath());
    QCOMPARE(streets["classes"].size(), std::size_t(1));
}

// Privacy: with min_voters 450 some Karlsruhe districts are suppressed. Hovering a street piece in
// one shows only the street's own listed figures (km over the published areas only, worked out
// here from the street-area lengths) or "not listed", never the area's figures.
void TestGuiStreets::suppressedAreas() {
    if (!QFileInfo::exists(kStreets)) QSKIP("the Karlsruhe data is not in SHARED_DATA_DIR");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("karlsruhe_private.json"));
    auto doc = karlsruheDocument(file);
    QVERIFY2(doc, doc ? "" : doc.error().c_str());
    (*doc)["privacy"] = {{"min_households", 6}, {"min_voters", 450}};
    QVERIFY(projectfile::saveDocument(*doc, file).ok());
    trustProjectInputs(file);
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy shown(&w, &MainWindow::analysisShown);
    QSignalSpy failed(&w, &MainWindow::jobFailed);
    w.openProjectFile(file);
    QVERIFY2(waitShown(shown, failed, 1),
             failed.isEmpty() ? "timeout" : qPrintable(failed.first().first().toString()));
    const LoadedPtr job = w.loaded();
    QVERIFY(job && job->streets);
    const auto& sup = job->analysis.areas.suppressed;
    const std::size_t suppressed = std::size_t(std::count(sup.begin(), sup.end(), true));
    QVERIFY2(suppressed > 0 && suppressed < sup.size(), qPrintable(QString::number(suppressed)));
    const StreetLayer& s = *job->streets;
    MapCanvas* c = w.canvas();
    // metres per street inside published areas, and whether it touches a suppressed one
    std::vector<double> published(s.names.size(), 0.0);
    std::vector<bool> touches(s.names.size(), false);
    for (const StreetAreaLength& l : s.lengths) {
        if (sup[l.area])
            touches[l.street] = true;
        else
            published[l.street] += l.metres;
    }
    std::size_t checkedListed = 0, checkedUnlisted = 0;
    for (std::size_t st = 0; st < s.names.size(); ++st) {
        if (!touches[st]) continue;
        const QString tip = c->streetTooltip(st);
        QVERIFY(tip.contains(QString::fromStdString(s.names[st]).toHtmlEscaped()));
        QVERIFY(!tip.contains(QStringLiteral("Expected from demographics")));
        if (published[st] <= 0) {
            QVERIFY2(tip.contains(QStringLiteral("Not listed")), qPrintable(tip));
            QVERIFY(!tip.contains(QStringLiteral("Potential votes")));
            QVERIFY(!tip.contains(QStringLiteral(" km")));
            ++checkedUnlisted;
        } else {
            const QString km =
                QString::number(published[st] / 1000, 'f', 2) + QStringLiteral(" km");
            QVERIFY2(tip.contains(km), qPrintable(km + QStringLiteral(" in ") + tip));
            ++checkedListed;
        }
    }
    qInfo("%zu suppressed areas; tooltips of %zu listed and %zu unlisted streets crossing them",
          suppressed, checkedListed, checkedUnlisted);
    QVERIFY(checkedListed > 0);
    QVERIFY(checkedUnlisted > 0);
    // Hovering the middle of a piece in a suppressed area: the street's tooltip.
    for (std::size_t l = 0; l < s.lineCount(); ++l) {
        if (!sup[s.lineArea[l]]) continue;
        const QPointF world = lineMiddle(s, l);
        c->zoomBy(8, c->transform().toDevice(world.x(), world.y()));
        const QPointF at = c->transform().toDevice(world.x(), world.y());
        const auto street = c->streetAt(at);
        QVERIFY(street.has_value());
        QCOMPARE(c->tooltipAt(at), c->streetTooltip(*street));
        break;
    }
}

QTEST_MAIN(TestGuiStreets)
#include "tst_gui_streets.moc"
