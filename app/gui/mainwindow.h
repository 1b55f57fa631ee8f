// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/jobrunner.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QToolBar;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace swingmap {

class DataTableDock;
class FindBar;
class LayersPanel;
class MapCanvas;
class JoinPanel;
class MapView;
class ModelChartsDock;
class ModelPanel;
class ProjectSession;
class StartPage;
class StylePanel;

/// The main window: start page or map, the model dock, File menu and a status bar with progress.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    /// Where "Open the demo" looks for (and if needed writes) the demo project.
    void setDemoDirectory(const QString& dir) { m_demoDir = dir; }
    /// Load and analyse a project file in the background.
    void openProjectFile(const QString& file);
    /// Open the demo (writing it first when missing).
    void openDemo();
    /// File › New project from files…: the import wizard; the saved project is opened.
    void newProjectFromFiles();
    /// Show already-loaded data (tests, or a finished job).
    void showLoaded(LoadedPtr loaded);

    [[nodiscard]] MapCanvas* canvas() const;
    [[nodiscard]] MapView* mapView() const { return m_map; }
    [[nodiscard]] ModelPanel* modelPanel() const { return m_panel; }
    [[nodiscard]] JoinPanel* joinPanel() const { return m_join; }
    [[nodiscard]] StartPage* startPage() const { return m_start; }
    /// The data table (View › Data table) and the find bar (Edit › Find): mainwindow_table.cpp.
    [[nodiscard]] DataTableDock* dataTable() const { return m_table; }
    [[nodiscard]] FindBar* findBar() const { return m_find; }
    /// Edit › Find: show the find bar and focus it.
    void showFind();
    [[nodiscard]] bool isBusy() const { return m_runner->busy(); }
    [[nodiscard]] AnalysisPtr analysis() const { return m_analysis; }
    [[nodiscard]] LoadedPtr loaded() const { return m_loaded; }
    /// Edit › Undo / Redo of the map's variable, classes, colours and toggles.
    [[nodiscard]] QUndoStack* undoStack() const { return m_undo; }
    /// View › Model charts: residuals against fitted values, coefficients (mainwindow_charts.cpp).
    [[nodiscard]] ModelChartsDock* modelCharts() const { return m_charts; }
    /// The Style dock (classes, colours, the figure's histogram).
    [[nodiscard]] StylePanel* stylePanel() const { return m_style; }
    /// The status bar's pointer position (x, y and the CRS).
    [[nodiscard]] QLabel* cursorLabel() const { return m_cursor; }
    /// The open project as a document: Save, autosave, recovery.
    [[nodiscard]] ProjectSession* session() const { return m_session; }
    /// The Layers dock (View › Layers): order, visibility, opacity, overlays (mainwindow_layers).
    [[nodiscard]] LayersPanel* layersPanel() const { return m_layers; }
    /// File › Add overlay layer…: the Layers dock shown, a file asked for and added.
    void addOverlayLayer();

    /// A file dropped on the window (mainwindow_streets.cpp): a project (.json) is opened; a line
    /// layer (.gpkg, .shp, .geojson, .osm, .osm.pbf, .fgb …) becomes the open project's streets
    /// through the Streets dialog (then the project runs again, modified until saved); a polygon
    /// layer or anything else is refused with a message.
    void openDroppedFile(const QString& file);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    /// Keeps the window's size, position and docks for the next start.
    void closeEvent(QCloseEvent* event) override;

signals:
    /// A new analysis is on screen (after loading or refitting).
    void analysisShown();
    /// The boundaries of a project being opened are on the map, ahead of its figures.
    void boundariesShown();
    void jobFailed(const QString& message);

private:
    void buildMenus();
    void buildStatusBar();
    /// The data table dock, the find bar and their Edit and View entries (mainwindow_table.cpp).
    void buildTablePanels(QMenu* view);
    /// The model charts dock and its View entry (mainwindow_charts.cpp).
    void buildChartPanels(QMenu* view);
    void buildEditMenu();
    /// The Layers dock and its View entry (mainwindow_layers.cpp).
    void buildLayersPanel(QMenu* view);
    /// A project was adopted: its layers (view.layers) into the Layers dock.
    void showLayers();
    void showAnalysis(AnalysisPtr analysis);
    void onFailed(const QString& message);
    void onBusy(bool busy);
    void askOpenProject();
    void exportPdf();
    void exportPng();
    void exportSvg();
    void exportLists();
    /// A message in the status bar and, when the window is shown, a box (not blocking).
    void tell(const QString& text, const QString& name);

    JobRunner* m_runner;
    QStackedWidget* m_stack;
    StartPage* m_start;
    MapView* m_map;
    ModelPanel* m_panel;
    JoinPanel* m_join;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_phase = nullptr;
    QLabel* m_cursor = nullptr; ///< the pointer's map coordinates
    QList<QAction*> m_needsData;
    LoadedPtr m_loaded;
    AnalysisPtr m_analysis;
    QString m_demoDir;
    ProjectSession* m_session = nullptr;
    DataTableDock* m_table = nullptr;
    FindBar* m_find = nullptr;
    QToolBar* m_findBar = nullptr;
    QUndoStack* m_undo = nullptr;
    StylePanel* m_style = nullptr;
    LayersPanel* m_layers = nullptr;
    ModelChartsDock* m_charts = nullptr;
    QMenu* m_editMenu = nullptr;  ///< Undo, Redo, then Find and Clear selection
    bool m_docksRestored = false; ///< the saved dock layout applied (on the first project)
};

} // namespace swingmap
