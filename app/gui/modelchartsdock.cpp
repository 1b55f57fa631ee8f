// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/modelchartsdock.h"

#include "app/gui/coefchart.h"
#include "app/gui/mapcanvas.h"
#include "app/gui/residualchart.h"

#include <QTabWidget>

namespace swingmap {

ModelChartsDock::ModelChartsDock(MapCanvas* canvas, QWidget* parent)
    : QDockWidget(tr("Model charts"), parent), m_canvas(canvas), m_tabs(new QTabWidget),
      m_residuals(new ResidualChart), m_coefs(new CoefChart) {
    setObjectName(QStringLiteral("chartsDock"));
    m_tabs->addTab(m_residuals, tr("&Residuals"));
    m_tabs->addTab(m_coefs, tr("C&oefficients"));
    setWidget(m_tabs);
    connect(m_residuals, &ResidualChart::areaClicked, this, &ModelChartsDock::selectArea);
    connect(m_canvas, &MapCanvas::selectionChanged, this,
            [this] { m_residuals->setSelection(m_canvas->selection()); });
}

void ModelChartsDock::setData(const LoadedPtr& loaded, const AnalysisPtr& analysis) {
    m_loaded = loaded;
    m_residuals->setData(loaded, analysis);
    m_residuals->setSelection(m_canvas->selection());
    if (analysis && loaded)
        m_coefs->setData(*analysis, loaded->project);
    else
        m_coefs->clear(tr("No model fitted yet"));
}

void ModelChartsDock::selectArea(int area, bool add) {
    if (!m_loaded) return;
    const std::size_t n = m_loaded->data.areaCount();
    std::vector<uint8_t> pick = m_canvas->selection();
    if (add)
        pick.resize(n, 0);
    else
        pick.assign(n, 0);
    if (area >= 0 && static_cast<std::size_t>(area) < n) {
        auto& s = pick[static_cast<std::size_t>(area)];
        s = add && s ? 0 : 1;
    } else if (add) {
        return; // Ctrl+click beside every point: keep the selection
    }
    m_canvas->setSelection(std::move(pick));
}

} // namespace swingmap
