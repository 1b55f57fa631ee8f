// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/jobrunner.h"

#include <QDockWidget>

class QTabWidget;

namespace swingmap {

class CoefChart;
class MapCanvas;
class ResidualChart;

/**
 * View › Model charts: the fitted model as pictures, in two tabs. "Residuals" plots every area
 * of the model (observed minus fitted against fitted; suppressed areas never) and shares the
 * map's selection both ways: clicking a point selects its area (Ctrl+click adds or removes it).
 * "Coefficients" shows each covariate's estimate with its robust 95 % interval.
 */
class ModelChartsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ModelChartsDock(MapCanvas* canvas, QWidget* parent = nullptr);

    /// Show the model of a new analysis (after loading or a refit).
    void setData(const LoadedPtr& loaded, const AnalysisPtr& analysis);

    [[nodiscard]] ResidualChart* residualChart() const { return m_residuals; }
    [[nodiscard]] CoefChart* coefChart() const { return m_coefs; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }

private:
    void selectArea(int area, bool add);

    MapCanvas* m_canvas;
    QTabWidget* m_tabs;
    ResidualChart* m_residuals;
    CoefChart* m_coefs;
    LoadedPtr m_loaded;
};

} // namespace swingmap
