// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/mainwindow.h"

#include "app/gui/demolocator.h"
#include "app/gui/desktop.h"
#include "app/gui/exporter.h"
#include "app/gui/importwizard.h"
#include "app/gui/joinpanel.h"
#include "app/gui/mapcanvas.h"
#include "app/gui/mapview.h"
#include "app/gui/modelcommands.h"
#include "app/gui/modelpanel.h"
#include "app/gui/preferencesdialog.h"
#include "app/gui/projectsession.h"
#include "app/gui/startpage.h"
#include "app/gui/stylepanel.h"
#include "app/gui/trustdialog.h"
#include "core/report.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace swingmap {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_runner(new JobRunner(this)), m_stack(new QStackedWidget),
      m_start(new StartPage), m_map(new MapView), m_panel(new ModelPanel), m_join(new JoinPanel),
      m_demoDir(demoDirectory()) {
    setWindowTitle(tr("SwingMap"));
    setWindowIcon(QIcon(QStringLiteral(":/swingmap.svg")));
    m_stack->addWidget(m_start);
    m_stack->addWidget(m_map);
    setCentralWidget(m_stack);
    auto* dock = new QDockWidget(tr("Model"), this);
    dock->setObjectName(QStringLiteral("modelDock"));
    dock->setWidget(m_panel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    auto* joinDock = new QDockWidget(tr("Join"), this);
    joinDock->setObjectName(QStringLiteral("joinDock"));
    joinDock->setWidget(m_join);
    joinDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                          QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, joinDock);
    tabifyDockWidget(dock, joinDock);
    dock->raise();
    joinDock->hide();
    m_session = new ProjectSession(this, m_runner, m_panel, m_map);
    m_undo = new QUndoStack(this);
    m_map->setUndoStack(m_undo);
    installModelUndo(m_panel, m_undo); // the model panel's choices are undoable too
    m_style = new StylePanel(canvas(), m_undo);
    auto* styleDock = new QDockWidget(tr("Style"), this);
    styleDock->setObjectName(QStringLiteral("styleDock"));
    styleDock->setWidget(m_style);
    addDockWidget(Qt::RightDockWidgetArea, styleDock);
    tabifyDockWidget(joinDock, styleDock);
    styleDock->hide();
    buildMenus();
    buildEditMenu();
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(dock->toggleViewAction());
    view->addAction(joinDock->toggleViewAction());
    view->addAction(styleDock->toggleViewAction());
    // The docks' titles without accelerators; their View entries with (tst_gui_keyboard).
    dock->toggleViewAction()->setText(tr("&Model"));
    joinDock->toggleViewAction()->setText(tr("&Join"));
    styleDock->toggleViewAction()->setText(tr("St&yle"));
    styleDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+Y")));
    view->addAction(m_map->streetsAction()); // Ctrl+Shift+T, with the toggle over the map
    buildLayersPanel(view);                  // View › Layers: order, opacity, overlays
    buildTablePanels(view);                  // View › Data table, Edit › Find …
    buildChartPanels(view);                  // View › Model charts
    setAcceptDrops(true);                    // projects and streets layers (openDroppedFile)
    addPreferencesMenu(this);                // Tools › Preferences: the language
    view->addAction(m_map->labelsAction());  // View › Area labels (Ctrl+Shift+N), North arrow
    view->addAction(m_map->northArrowAction());
    buildStatusBar();
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SwingMap"), this, [this] {
        showAbout(this, m_loaded ? m_loaded->data.attribution : std::vector<std::string>{});
    });
    resize(1280, 800);
    restoreWindowGeometry(*this); // size and position as the user left them
    connect(m_start, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_start, &StartPage::openRequested, this, &MainWindow::askOpenProject);
    connect(m_start, &StartPage::importRequested, this, &MainWindow::newProjectFromFiles);
    connect(m_runner, &JobRunner::loaded, this, &MainWindow::showLoaded);
    connect(m_runner, &JobRunner::fitted, this, &MainWindow::showAnalysis);
    connect(m_runner, &JobRunner::failed, this, &MainWindow::onFailed);
    connect(m_runner, &JobRunner::boundariesRead, this,
            [this](const GeometryPtr& geometry, bool geographic) {
                if (m_loaded) return; // a project is on screen: it stays until the next is ready
                canvas()->setPreview(geometry, geographic);
                m_stack->setCurrentWidget(m_map);
                canvas()->repaint(); // now, while the job waits: the first map gets both cores
                emit boundariesShown();
            });
    connect(m_runner, &JobRunner::busyChanged, this, &MainWindow::onBusy);
    connect(m_runner, &JobRunner::progressed, this, [this](int percent, const QString& phase) {
        m_progress->setValue(percent);
        m_phase->setText(phase);
    });
    connect(m_panel, &ModelPanel::fitRequested, this,
            [this](const AnalysisSettings& s) { m_runner->fit(m_loaded, s); });
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // The session's filter has already asked to save the project. Docks only with a project:
    // on the start page they are all hidden.
    saveWindowLayout(*this, m_loaded != nullptr);
    QMainWindow::closeEvent(event);
}

MapCanvas* MainWindow::canvas() const {
    return m_map->canvas();
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open project…"), QKeySequence::Open, this, &MainWindow::askOpenProject);
    QMenu* recent = file->addMenu(tr("Open &recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        fillRecentMenu(recent, this, [this](const QString& f) { openProjectFile(f); });
    });
    file->addAction(tr("Open the &demo"), this, &MainWindow::openDemo);
    file->addAction(tr("&New project from files…"), QKeySequence::New, this,
                    &MainWindow::newProjectFromFiles);
    m_needsData << file->addAction(tr("&Save"), QKeySequence::Save, m_session,
                                   &ProjectSession::save);
    m_needsData << file->addAction(tr("Save &As…"), QKeySequence(tr("Ctrl+Shift+S")), m_session,
                                   qOverload<>(&ProjectSession::saveAs));
    m_needsData << file->addAction(tr("Add overla&y layer…"), QKeySequence(tr("Ctrl+Shift+O")),
                                   this, &MainWindow::addOverlayLayer);
    file->addSeparator();
    m_needsData << file->addAction(tr("Export &PDF briefing…"), QKeySequence::Print, this,
                                   &MainWindow::exportPdf);
    m_needsData << file->addAction(tr("Export map as PN&G…"), this, &MainWindow::exportPng);
    m_needsData << file->addAction(tr("Export map as S&VG…"), this, &MainWindow::exportSvg);
    m_needsData << file->addAction(tr("Export target &lists and areas…"), this,
                                   &MainWindow::exportLists);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close); // asks to save
    for (QAction* a : std::as_const(m_needsData))
        a->setEnabled(false);
}

void MainWindow::buildEditMenu() {
    QMenu* edit = m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    // The platform's redo keys plus both common ones (some themes know only one of them).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& k :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(k)) redoKeys << k;
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
}

void MainWindow::buildStatusBar() {
    m_phase = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cursor = new QLabel;
    m_cursor->setToolTip(tr("The pointer's position in the project's coordinate system"));
    statusBar()->addWidget(m_phase, 1);
    statusBar()->addPermanentWidget(m_cursor);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, m_runner, &JobRunner::cancel);
    connect(canvas(), &MapCanvas::cursorMoved, this, [this](QPointF world) {
        const QString crs = m_loaded ? QString::fromStdString(m_loaded->data.crsName) : QString();
        m_cursor->setText(QStringLiteral("%1, %2 %3")
                              .arg(world.x(), 0, 'f', 0)
                              .arg(world.y(), 0, 'f', 0)
                              .arg(crs.isEmpty() ? QString() : QStringLiteral("(%1)").arg(crs)));
    });
}

void MainWindow::openProjectFile(const QString& file) {
    const QString path = QFileInfo(file).absoluteFilePath();
    if (!m_session->prepareOpen(path)) return;
    addRecentProject(path);
    confirmProjectInputs(this, path, [this, path] { // files outside its folder: ask first
        if (!m_runner->load(path))
            statusBar()->showMessage(tr("Busy: wait for the current job or cancel it."), 5000);
    });
}

void MainWindow::openDemo() {
    if (!m_session->prepareOpen(demoProjectFile(m_demoDir))) return;
    if (!m_runner->load(demoProjectFile(m_demoDir), m_demoDir))
        statusBar()->showMessage(tr("Busy: wait for the current job or cancel it."), 5000);
}

void MainWindow::newProjectFromFiles() {
    auto* wizard = new ImportWizard(this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::projectSaved, this, [this](const QString& file) {
        trustProjectInputs(file); // the user picked these files in the wizard
        openProjectFile(file);
    });
    wizard->open();
}

void MainWindow::askOpenProject() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a SwingMap project"), {},
                                                      tr("SwingMap project (*.json)"));
    if (!file.isEmpty()) openProjectFile(file);
}

void MainWindow::showLoaded(LoadedPtr loaded) {
    m_loaded = std::move(loaded);
    if (!m_loaded) return;
    const QString title = QString::fromStdString(m_loaded->project.title);
    setWindowTitle(title.isEmpty() ? tr("SwingMap[*]") : tr("%1[*] – SwingMap").arg(title));
    if (m_loaded->data.synthetic) setWindowTitle(windowTitle() + tr(" (synthetic demo data)"));
    m_panel->setChoices(m_loaded->data, m_loaded->project, m_loaded->analysis.settings);
    m_panel->parentWidget()->show();
    m_join->setReport(publishedJoin(m_loaded->data, m_loaded->analysis)); // privacy rule
    m_join->parentWidget()->show();
    m_panel->parentWidget()->raise();
    m_stack->setCurrentWidget(m_map);
    canvas()->setFocus();
    m_undo->clear(); // another project: its edits are not this one's
    m_style->parentWidget()->show();
    if (!m_docksRestored) {
        restoreDockLayout(*this); // where the user left the docks, once
        m_docksRestored = true;
    }
    for (QAction* a : std::as_const(m_needsData))
        a->setEnabled(true);
    m_session->adopt(m_loaded->project);
    showLayers(); // view.layers of the adopted document
    showAnalysis(std::make_shared<const Analysis>(m_loaded->analysis));
}

void MainWindow::showAnalysis(AnalysisPtr analysis) {
    m_analysis = std::move(analysis);
    m_map->setData(m_loaded, m_analysis);
    m_panel->setAnalysis(*m_analysis, m_loaded->project);
    statusBar()->showMessage(
        tr("%1 areas, %2 in the model").arg(m_loaded->data.areaCount()).arg(m_analysis->model.n),
        8000);
    emit analysisShown();
}

void MainWindow::onFailed(const QString& message) {
    if (canvas()->showsPreview()) { // the boundaries of a project that did not open
        canvas()->clearPreview();
        m_stack->setCurrentWidget(m_start);
    }
    statusBar()->showMessage(message, 10000);
    emit jobFailed(message);
    if (message == tr("Cancelled.") || !isVisible()) return;
    // Window-modal but not blocking: no nested event loop (tests and --screenshot keep running).
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("SwingMap"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::onBusy(bool busy) {
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_progress->setValue(0);
    if (!busy) m_phase->clear();
    m_panel->setBusy(busy);
    m_start->setEnabled(!busy);
}

void MainWindow::exportPdf() {
    if (!m_loaded || !m_analysis) return;
    const QString f = exportPdfInteractive(this, exportInput(*m_loaded, *m_analysis, *canvas()));
    if (!f.isEmpty()) statusBar()->showMessage(tr("Saved %1").arg(f), 8000);
}

void MainWindow::exportPng() {
    if (!m_loaded || !m_analysis) return;
    const QString f = exportPngInteractive(this, exportInput(*m_loaded, *m_analysis, *canvas()));
    if (!f.isEmpty()) statusBar()->showMessage(tr("Saved %1").arg(f), 8000);
}

void MainWindow::exportSvg() {
    if (!m_loaded || !m_analysis) return;
    const QString f = exportSvgInteractive(this, exportInput(*m_loaded, *m_analysis, *canvas()));
    if (!f.isEmpty()) statusBar()->showMessage(tr("Saved %1").arg(f), 8000);
}

} // namespace swingmap
