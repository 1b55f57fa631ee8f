// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the data table dock, the find bar, and the Edit and View entries for the selection.
#include "app/gui/datatabledock.h"
#include "app/gui/findbar.h"
#include "app/gui/mainwindow.h"
#include "app/gui/mapcanvas.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QTableView>
#include <QToolBar>

namespace swingmap {

void MainWindow::buildTablePanels(QMenu* view) {
    m_table = new DataTableDock(canvas());
    auto* dock = new QDockWidget(tr("Data table"), this);
    dock->setObjectName(QStringLiteral("tableDock"));
    dock->setWidget(m_table);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();

    m_find = new FindBar(canvas());
    m_findBar = new QToolBar(tr("Find"), this);
    m_findBar->setObjectName(QStringLiteral("findToolBar"));
    m_findBar->setMovable(false);
    m_findBar->addWidget(m_find);
    addToolBar(Qt::TopToolBarArea, m_findBar);
    m_findBar->hide();
    connect(m_find, &FindBar::closeRequested, this, [this] {
        m_findBar->hide();
        canvas()->setFocus();
    });
    connect(m_find, &FindBar::areaFound, m_table, &DataTableDock::identify);

    QAction* table = view->addAction(tr("&Data table"));
    table->setObjectName(QStringLiteral("tableAction"));
    table->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(table, &QAction::triggered, this, [this, dock] {
        if (dock->isHidden() && !dock->isFloating())
            resizeDocks({dock}, {height() * 2 / 5}, Qt::Vertical); // room for a dozen rows
        dock->show();
        dock->raise();
        m_table->view()->setFocus(Qt::ShortcutFocusReason);
    });
    QAction* zoom = view->addAction(tr("&Zoom to selection"), QKeySequence(Qt::CTRL | Qt::Key_J),
                                    canvas(), &MapCanvas::zoomToSelection);
    zoom->setObjectName(QStringLiteral("zoomSelectionAction"));

    QMenu* edit = m_editMenu; // after Undo and Redo (buildEditMenu)
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find…"), QKeySequence::Find, this, &MainWindow::showFind);
    find->setObjectName(QStringLiteral("findAction"));
    QAction* clear =
        edit->addAction(tr("&Clear selection"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                        canvas(), &MapCanvas::clearSelection);
    clear->setObjectName(QStringLiteral("clearSelectionAction"));
    for (QAction* a : {table, zoom, find, clear}) {
        a->setEnabled(false);
        m_needsData << a;
    }
    connect(this, &MainWindow::analysisShown, this, [this] {
        m_table->setData(m_loaded, m_analysis);
        m_find->setData(m_loaded);
    });
}

void MainWindow::showFind() {
    if (!m_loaded) return;
    m_findBar->show();
    m_find->activate();
}

} // namespace swingmap
