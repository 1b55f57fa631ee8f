// SPDX-License-Identifier: GPL-3.0-or-later
// Label placement benchmark: label_bench PROJECT.json [--size 1600x1000]
// Loads the project as the desktop app does (JobRunner), then times the area labels
// (app/render/arealabels.h) for a map of that size: building them (ranking the targets), the
// first placement at full extent (interior points computed for the candidates), placement again
// at full extent (cached), and at views 1/8, 1/64 and 1/512 of the extent's width around its
// centre. Prints one JSON object on stdout (bench/README.md): seconds, candidates and labels.
#include "app/gui/jobrunner.h"
#include "app/render/arealabels.h"
#include "app/render/labelplacer.h"

#include <QEventLoop>
#include <QGuiApplication>
#include <QImage>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

using namespace swingmap;

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QString project;
    QSize size(1600, 1000);
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--size") == 0 && i + 1 < argc) {
            const QStringList wh = QString::fromLocal8Bit(argv[++i]).split(QLatin1Char('x'));
            if (wh.size() == 2) size = QSize(wh[0].toInt(), wh[1].toInt());
        } else {
            project = QString::fromLocal8Bit(argv[i]);
        }
    }
    if (project.isEmpty() || size.isEmpty()) {
        std::fprintf(stderr, "usage: label_bench PROJECT.json [--size 1600x1000]\n");
        return 2;
    }
    JobRunner runner;
    LoadedPtr loaded;
    QString error;
    QEventLoop loop;
    QObject::connect(&runner, &JobRunner::loaded, &loop, [&](LoadedPtr r) {
        loaded = std::move(r);
        loop.quit();
    });
    QObject::connect(&runner, &JobRunner::failed, &loop, [&](const QString& m) {
        error = m;
        loop.quit();
    });
    if (!runner.load(project)) return 1;
    loop.exec();
    if (!loaded) {
        std::fprintf(stderr, "label_bench: %s\n", qPrintable(error));
        return 1;
    }
    using Clock = std::chrono::steady_clock;
    const auto since = [](Clock::time_point t0) {
        return std::chrono::duration<double>(Clock::now() - t0).count();
    };
    const Dataset& d = loaded->data;
    QImage device(size, QImage::Format_ARGB32_Premultiplied);
    device.setDotsPerMeterX(3780); // 96 dpi, as a screen
    device.setDotsPerMeterY(3780);
    const QFont font = labelFont(8, &device);
    const QRectF bounds(QPointF(0, 0), QSizeF(size));
    auto t0 = Clock::now();
    const AreaLabels labels = areaLabelsFor(d, loaded->analysis);
    const double buildS = since(t0);
    std::string json = "{\"n_areas\": " + std::to_string(d.areaCount()) + ", \"size\": \"" +
                       std::to_string(size.width()) + "x" + std::to_string(size.height()) +
                       "\", \"build_s\": " + std::to_string(buildS);
    const BBox e = d.geometry.extent;
    const double cx = (e.minX + e.maxX) / 2, cy = (e.minY + e.maxY) / 2;
    const struct {
        const char* name;
        double fraction;
    } views[] = {{"full_first", 1}, {"full", 1},    {"eighth", 8}, {"64th", 64},
                 {"128th", 128},    {"256th", 256}, {"512th", 512}};
    for (const auto& v : views) {
        const BBox view = boxAround(cx, cy, e.width() / v.fraction, e.height() / v.fraction);
        const ViewTransform t(view, bounds, xStretchFor(view, d.geographic));
        t0 = Clock::now();
        const auto placed = labels.place(t, font, bounds, {QRectF(0, 0, 260, 400)});
        const double s = since(t0);
        json += ", \"" + std::string(v.name) + "\": {\"s\": " + std::to_string(s) +
                ", \"candidates\": " + std::to_string(labels.lastCandidates()) +
                ", \"labels\": " + std::to_string(placed.size()) + "}";
    }
    std::printf("%s}\n", json.c_str());
    return 0;
}
