// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the Layers dock (order, visibility and opacity of the map's layers, overlays).
#include "app/gui/layerspanel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/mapcanvas.h"
#include "app/gui/mapview.h"
#include "app/gui/projectsession.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>

namespace swingmap {

void MainWindow::buildLayersPanel(QMenu* view) {
    m_layers = new LayersPanel(canvas(), m_undo, m_map->streetsAction());
    auto* dock = new QDockWidget(tr("Layers"), this);
    dock->setObjectName(QStringLiteral("layersDock"));
    dock->setWidget(m_layers);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    if (auto* style = findChild<QDockWidget*>(QStringLiteral("styleDock")))
        tabifyDockWidget(style, dock);
    dock->hide();
    view->addAction(dock->toggleViewAction());
    dock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    connect(m_layers, &LayersPanel::edited, this,
            [this] { m_session->setViewEntry("layers", m_layers->toJson(m_session->filePath())); });
}

void MainWindow::showLayers() {
    const QStringList errors = m_layers->setProject(
        m_loaded, m_session->filePath(), projectfile::viewValue(m_session->document(), "layers"));
    m_layers->parentWidget()->show();
    if (!errors.isEmpty())
        tell(tr("These overlay layers could not be read and are not drawn: %1")
                 .arg(errors.join(QLatin1Char(' '))),
             QStringLiteral("overlayUnread"));
}

void MainWindow::addOverlayLayer() {
    m_layers->parentWidget()->show();
    m_layers->parentWidget()->raise();
    m_layers->askAddOverlay();
}

} // namespace swingmap
