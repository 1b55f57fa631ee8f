// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the model charts dock (residuals, coefficients) and its View entry.
#include "app/gui/mainwindow.h"
#include "app/gui/modelchartsdock.h"

#include <QMenu>
#include <QTabWidget>

namespace swingmap {

void MainWindow::buildChartPanels(QMenu* view) {
    m_charts = new ModelChartsDock(canvas(), this);
    addDockWidget(Qt::RightDockWidgetArea, m_charts);
    if (auto* style = findChild<QDockWidget*>(QStringLiteral("styleDock")))
        tabifyDockWidget(style, m_charts);
    m_charts->hide();
    QAction* show = view->addAction(tr("Model c&harts"));
    show->setObjectName(QStringLiteral("chartsAction"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(show, &QAction::triggered, this, [this] {
        m_charts->show();
        m_charts->raise();
        m_charts->tabs()->currentWidget()->setFocus(Qt::ShortcutFocusReason);
    });
    show->setEnabled(false);
    m_needsData << show;
    connect(this, &MainWindow::analysisShown, this,
            [this] { m_charts->setData(m_loaded, m_analysis); });
}

} // namespace swingmap
