// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/jobrunner.h"

#include <QString>
#include <QWidget>

#include <nlohmann/json.hpp>

class QAction;
class QLabel;
class QListView;
class QSlider;
class QToolButton;
class QUndoStack;

namespace swingmap {

class LayersModel;
class MapCanvas;

/**
 * The Layers panel (View › Layers): the map's layers, the first drawn on top — the areas (the
 * choropleth), the project's streets when it has them, and display-only overlays (File › Add
 * overlay layer…: any vector file GDAL reads, reprojected to the project's CRS). A check box
 * shows or hides a layer (Space on the selected row); drag a row, or Ctrl+Up / Ctrl+Down, to
 * reorder; the slider sets the selected layer's opacity; Remove (Delete) takes an overlay away.
 * Every change is one undoable command on the window's stack (app/gui/layercommands.h); the
 * canvas draws what the model lists (MapCanvas::setLayerStack).
 */
class LayersPanel : public QWidget {
    Q_OBJECT
public:
    /// `streets` is View › Streets (its check state and the Streets row's stay one).
    LayersPanel(MapCanvas* canvas, QUndoStack* undo, QAction* streets, QWidget* parent = nullptr);

    /// A project was opened: its layers from view.layers (`layers`, null = the default), with
    /// overlay paths relative to `projectFile`'s folder. Overlays that cannot be read are left
    /// out; their messages are returned. Not an edit.
    QStringList setProject(LoadedPtr loaded, const QString& projectFile,
                           const nlohmann::json& layers);
    /// view.layers for the project file in `projectFile`'s folder (null: the default).
    [[nodiscard]] nlohmann::json toJson(const QString& projectFile) const;

    /// Read `path` (its layer `layer`, "" = the only one) and add it on top as one undoable
    /// command. "" when added, else the message saying why not (nothing changes).
    QString addOverlay(const QString& path, const QString& layer = {});
    /// Ask for a vector file (and its layer when it has several) and add it; a message box says
    /// why a file could not be added.
    void askAddOverlay();
    /// Move the selected layer one row up (-1) or down (+1): one command.
    void moveSelected(int step);
    /// Remove the selected layer when it is an overlay: one command.
    void removeSelected();
    /// Select row `row` (tests, and after a move).
    void selectRow(int row);
    [[nodiscard]] int selectedRow() const;

    [[nodiscard]] LayersModel* model() const { return m_model; }
    [[nodiscard]] QListView* list() const { return m_list; }
    [[nodiscard]] QSlider* opacitySlider() const { return m_opacity; }
    [[nodiscard]] QToolButton* addButton() const { return m_add; }
    [[nodiscard]] QToolButton* removeButton() const { return m_remove; }
    [[nodiscard]] QToolButton* upButton() const { return m_up; }
    [[nodiscard]] QToolButton* downButton() const { return m_down; }

signals:
    /// The user changed the layers (or undid or redid a change): the project is edited.
    void edited();

private:
    void syncControls();
    void opacityMoved(int value);
    void opacityCommit();

    MapCanvas* m_canvas;
    QUndoStack* m_undo;
    QAction* m_streets;
    LoadedPtr m_loaded;
    LayersModel* m_model;
    QListView* m_list;
    QSlider* m_opacity;
    QLabel* m_opacityLabel;
    QToolButton* m_add;
    QToolButton* m_remove;
    QToolButton* m_up;
    QToolButton* m_down;
    double m_opacityFrom = 1; ///< the selected layer's opacity when the slider was pressed
    bool m_syncing = false;
};

} // namespace swingmap
