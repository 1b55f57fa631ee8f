// SPDX-License-Identifier: GPL-3.0-or-later
// Residual chart benchmark: chart_bench [AREAS] (default 450000) [--screenshot FILE]
// A synthetic fitted model with AREAS areas (one in 997 suppressed) in a 520x420 ResidualChart on
// the offscreen platform: times setData, the first paint (QWidget::grab: the points image and the
// hit grid), a paint after selecting a tenth of the areas, a plain repaint, and the mean of 20,000
// point look-ups (what every mouse move and click costs). Prints one JSON object on stdout.
#include "app/gui/residualchart.h"

#include <QApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>

using namespace swingmap;

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::size_t n = 450000;
    QString screenshot;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 && i + 1 < argc)
            screenshot = QString::fromLocal8Bit(argv[++i]);
        else
            n = static_cast<std::size_t>(std::strtoull(argv[i], nullptr, 10));
    }
    auto loaded = std::make_shared<JobResult>();
    auto analysis = std::make_shared<Analysis>();
    std::mt19937_64 rng(7);
    std::normal_distribution<double> fit(-2, 3), res(0, 1.5);
    AreaFigures& f = analysis->areas;
    for (std::size_t i = 0; i < n; ++i) {
        char key[32];
        std::snprintf(key, sizeof key, "A%zu", i);
        loaded->data.keys.emplace_back(key);
        loaded->data.names.emplace_back(key + 1); // the number
        const bool hidden = i % 997 == 0;
        f.fitted.push_back(fit(rng));
        f.residual.push_back(res(rng) * (1 + 0.2 * std::abs(f.fitted.back())));
        f.outcome.push_back(f.fitted.back() + f.residual.back());
        f.suppressed.push_back(hidden ? 1 : 0);
        f.inModel.push_back(hidden ? 0 : 1);
    }
    analysis->model.fitted = true;
    ResidualChart chart;
    chart.resize(520, 420);
    chart.show();
    QElapsedTimer t;
    t.start();
    chart.setData(loaded, analysis);
    const double setData = double(t.nsecsElapsed()) / 1e9;
    t.restart();
    (void)chart.grab(); // paints synchronously, offscreen or not
    const double firstPaint = double(t.nsecsElapsed()) / 1e9;
    std::vector<uint8_t> sel(n, 0);
    for (std::size_t i = 0; i < n; i += 10)
        sel[i] = 1;
    t.restart();
    chart.setSelection(sel);
    (void)chart.grab();
    const double selectionPaint = double(t.nsecsElapsed()) / 1e9;
    t.restart();
    (void)chart.grab();
    const double plainPaint = double(t.nsecsElapsed()) / 1e9;
    std::uniform_real_distribution<double> x(0, 520), y(0, 420);
    int found = 0;
    const int lookups = 20000;
    t.restart();
    for (int i = 0; i < lookups; ++i)
        found += chart.areaAt(QPointF(x(rng), y(rng))) >= 0 ? 1 : 0;
    const double lookup = double(t.nsecsElapsed()) / 1e3 / lookups;
    if (!screenshot.isEmpty()) chart.grab().save(screenshot);
    std::printf("{\"areas\": %zu, \"points\": %d, \"set_data_s\": %.4f, \"first_paint_s\": %.4f, "
                "\"selection_paint_s\": %.4f, \"repaint_s\": %.4f, \"lookup_us\": %.2f, "
                "\"lookups_on_a_point\": %d}\n",
                n, chart.pointCount(), setData, firstPaint, selectionPaint, plainPaint, lookup,
                found);
    return chart.pointCount() == static_cast<int>(n - (n + 996) / 997) ? 0 : 1;
}
