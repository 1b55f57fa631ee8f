// SPDX-License-Identifier: GPL-3.0-or-later
// GUI map benchmark: gui_bench PROJECT.json [--size 1600x1000] [--screenshot PREFIX]
// Loads the project the way the desktop app does (JobRunner), shows a MapCanvas of that size on
// the offscreen platform and times the first paint, full redraws after a pan and a zoom at full
// extent and at street level (a view about 2 km wide), and the longest frame of a 20-step drag
// pan driven by real QTest mouse events. "first_map_s" is open -> first map as the desktop app
// shows it: the boundaries painted as soon as they are read (JobRunner::boundariesRead), before
// the tables, join and model; "load_s" + "first_paint_s" is open -> the choropleth. Prints one
// JSON object on stdout (bench/README.md).
#include "app/gui/jobrunner.h"
#include "app/gui/mapcanvas.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>

using namespace swingmap;

namespace {
double secondsOf(QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

double cpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

/// Seconds for one synchronous repaint of the canvas after `change` (the CPU time of the
/// process, all threads, goes to stderr: steadier than wall time on a shared machine).
template <class Change> double timedRedraw(MapCanvas& canvas, Change&& change, const char* what) {
    QElapsedTimer t;
    const double cpu0 = cpuSeconds();
    t.start();
    change();
    canvas.repaint();
    const double wall = secondsOf(t);
    std::fprintf(stderr, "gui_bench: %s: %.4f s wall, %.4f s CPU\n", what, wall,
                 cpuSeconds() - cpu0);
    return wall;
}
} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString project;
    QSize size(1600, 1000);
    QString screenshot; // --screenshot PREFIX: PREFIX_full.png and PREFIX_street.png
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 && i + 1 < argc) {
            screenshot = QString::fromLocal8Bit(argv[++i]);
        } else if (std::strcmp(argv[i], "--size") == 0 && i + 1 < argc) {
            const QStringList wh = QString::fromLocal8Bit(argv[++i]).split(QLatin1Char('x'));
            if (wh.size() == 2) size = QSize(wh[0].toInt(), wh[1].toInt());
        } else {
            project = QString::fromLocal8Bit(argv[i]);
        }
    }
    if (project.isEmpty() || size.isEmpty()) {
        std::fprintf(stderr, "usage: gui_bench PROJECT.json [--size 1600x1000]\n");
        return 2;
    }

    MapCanvas canvas;
    canvas.resize(size);
    canvas.show();
    if (!QTest::qWaitForWindowExposed(&canvas)) {
        std::fprintf(stderr, "gui_bench: the canvas was never shown\n");
        return 1;
    }
    JobRunner runner;
    LoadedPtr loaded;
    QString error;
    QEventLoop loop;
    QElapsedTimer timer;
    double firstMapS = -1;
    QObject::connect(&runner, &JobRunner::boundariesRead, &canvas,
                     [&](const GeometryPtr& geometry, bool geographic) {
                         const double arrived = secondsOf(timer);
                         canvas.setPreview(geometry, geographic);
                         canvas.repaint();
                         firstMapS = secondsOf(timer);
                         std::fprintf(
                             stderr, "gui_bench: boundaries arrived at %.4f s, painted in %.4f s\n",
                             arrived, firstMapS - arrived);
                         if (!screenshot.isEmpty())
                             canvas.grab().save(screenshot + QStringLiteral("_preview.png"));
                     });
    QObject::connect(&runner, &JobRunner::loaded, &loop, [&](LoadedPtr r) {
        loaded = std::move(r);
        loop.quit();
    });
    QObject::connect(&runner, &JobRunner::failed, &loop, [&](const QString& m) {
        error = m;
        loop.quit();
    });
    timer.start();
    if (!runner.load(project)) {
        std::fprintf(stderr, "gui_bench: could not start loading %s\n", qPrintable(project));
        return 1;
    }
    loop.exec();
    const double loadS = secondsOf(timer);
    if (!loaded) {
        std::fprintf(stderr, "gui_bench: %s\n", qPrintable(error));
        return 1;
    }

    if (qEnvironmentVariableIsSet("GUI_BENCH_PREVIEW_AGAIN")) // the preview's paint alone
        timedRedraw(
            canvas,
            [&] {
                canvas.setPreview(std::make_shared<const PolygonLayer>(loaded->data.geometry),
                                  loaded->data.geographic);
            },
            "preview paint, nothing running beside it");
    const double firstPaintS = timedRedraw(
        canvas, [&] { canvas.setData(loaded, std::make_shared<const Analysis>(loaded->analysis)); },
        "first paint");
    if (!screenshot.isEmpty()) canvas.grab().save(screenshot + QStringLiteral("_full.png"));
    const QPointF centre = canvas.mapArea().center();
    const double panFull = timedRedraw(
        canvas,
        [&] {
            canvas.panBy({60, 40});
        },
        "pan, full");
    const double zoomFull = timedRedraw(
        canvas, [&] { canvas.zoomBy(1.25, centre); }, "zoom, full");

    // The longest frame of a drag pan at full extent: 20 mouse moves, each followed by a repaint,
    // then the release (which draws the map for where the drag ended).
    canvas.zoomToFull();
    canvas.repaint();
    double maxFrame = 0;
    QPoint at = centre.toPoint();
    QTest::mousePress(&canvas, Qt::LeftButton, {}, at);
    for (int i = 0; i < 20; ++i) {
        at += QPoint(7, 4);
        QElapsedTimer t;
        t.start();
        QTest::mouseMove(&canvas, at);
        canvas.repaint();
        maxFrame = std::max(maxFrame, secondsOf(t));
    }
    {
        QElapsedTimer t;
        t.start();
        QTest::mouseRelease(&canvas, Qt::LeftButton, {}, at);
        canvas.repaint();
        maxFrame = std::max(maxFrame, secondsOf(t));
    }

    // Street level: a view about 2 km wide around the middle of the layer.
    canvas.zoomToFull();
    canvas.repaint();
    const BBox full = canvas.view();
    const double km2 =
        loaded->data.geographic
            ? 2000.0 / (111320.0 * std::cos((full.minY + full.maxY) / 2 * M_PI / 180))
            : 2000.0;
    canvas.zoomBy(std::max(1.0, canvas.transform().visibleWorld().width() / km2), centre);
    canvas.repaint();
    const double panStreet = timedRedraw(
        canvas,
        [&] {
            canvas.panBy({60, 40});
        },
        "pan, street");
    const double zoomStreet = timedRedraw(
        canvas, [&] { canvas.zoomBy(1.25, centre); }, "zoom, street");

    if (!screenshot.isEmpty()) canvas.grab().save(screenshot + QStringLiteral("_street.png"));
    std::printf("{\"n_areas\":%zu,\"size\":\"%dx%d\",\"first_map_s\":%.4f,\"load_s\":%.4f,"
                "\"first_paint_s\":%.4f,"
                "\"redraw_pan_full_s\":%.4f,\"redraw_zoom_full_s\":%.4f,"
                "\"redraw_pan_street_s\":%.4f,\"redraw_zoom_street_s\":%.4f,"
                "\"max_frame_pan_s\":%.4f}\n",
                loaded->data.areaCount(), size.width(), size.height(), firstMapS, loadS,
                firstPaintS, panFull, zoomFull, panStreet, zoomStreet, maxFrame);
    return 0;
}
