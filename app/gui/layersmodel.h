// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/overlaydraw.h"

#include <QAbstractListModel>
#include <QString>

#include <nlohmann/json.hpp>

#include <functional>
#include <vector>

class QDir;
class QUndoStack;

namespace swingmap {

/// One row of the Layers panel.
struct LayerEntry {
    int uid = 0;       ///< stable while the project is open (undo commands name layers by it)
    MapLayer layer;    ///< kind, visibility, opacity, colour, the overlay's data
    QString path;      ///< Overlay: the file, absolute
    QString layerName; ///< Overlay: the file's layer ("" = its only layer)
};

/**
 * The map's layers as the Layers panel lists them, the first drawn on top: the areas (the
 * choropleth), the streets when the project has them, and display-only overlays. Checking a row
 * shows or hides its layer; rows move by drag and drop (one at a time, through dropMimeData: there
 * is no moveRows or removeRows, so the view cannot move or remove rows behind the undo stack). What
 * the user does through the view (setData, dropMimeData) is pushed onto the undo stack as a command
 * when one is set (app/gui/layercommands.h); the apply*() functions change the model directly (the
 * commands, a project being opened). `changed` follows every change; `edited` only those that are
 * the user's (and their undo and redo), for the project file.
 */
class LayersModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { OpacityRole = Qt::UserRole + 1, KindRole, UidRole };

    explicit LayersModel(QObject* parent = nullptr);
    void setUndoStack(QUndoStack* undo) { m_undo = undo; }
    [[nodiscard]] QUndoStack* undoStack() const { return m_undo; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] Qt::DropActions supportedDropActions() const override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    [[nodiscard]] const std::vector<LayerEntry>& entries() const { return m_entries; }
    /// The row of layer `uid`, or -1.
    [[nodiscard]] int rowOf(int uid) const;
    [[nodiscard]] const LayerEntry* entry(int uid) const;
    /// What the canvas draws (the first on top).
    [[nodiscard]] MapLayerStack stack() const;
    /// A title for a row: "Areas (the map)", "Streets" or the overlay's file (and layer).
    [[nodiscard]] static QString title(const LayerEntry& e);

    /// The default rows for a project (areas, and the streets above them when it has them).
    void reset(bool hasStreets);
    // Direct changes (no command); `user` marks an edit of the project (undo and redo too).
    void applyVisible(int uid, bool on, bool user = true);
    void applyOpacity(int uid, double opacity, bool user = true);
    /// Move layer `uid` to row `to` (its row once moved).
    void applyMove(int uid, int to, bool user = true);
    /// Insert `e` at `row` (clamped); a new uid is given when e.uid is 0. Returns its uid.
    int applyInsert(LayerEntry e, int row, bool user = true);
    void applyRemove(int uid, bool user = true);
    /// A fresh uid for an entry about to be inserted.
    int nextUid() { return ++m_lastUid; }

    /// The project file's view.layers (docs/schema.md): null when the rows are the default
    /// (areas, streets over them, all visible and opaque, no overlays). Paths relative to `dir`.
    [[nodiscard]] nlohmann::json toJson(const QDir& dir) const;
    /// Read view.layers (null: the default) for a project in `dir`; `read` reads an overlay
    /// (path, layer) or gives an error message. Overlays that fail are left out, their messages
    /// returned. Not an edit (`changed` only).
    QStringList fromJson(const nlohmann::json& layers, const QDir& dir, bool hasStreets,
                         const std::function<std::shared_ptr<const DisplayLayer>(
                             const QString& path, const QString& layer, QString* error)>& read);
    /// The next colour for an overlay (a qualitative palette that is not the choropleth's).
    [[nodiscard]] QColor nextOverlayColour() const;

signals:
    /// Anything changed (what the canvas draws).
    void changed();
    /// The user changed the layers (or undid or redid a change): the project is edited.
    void edited();

private:
    void notify(bool user);
    /// Move row `from` to row `to` (its row once moved), no command.
    bool shiftRow(int from, int to);

    std::vector<LayerEntry> m_entries;
    QUndoStack* m_undo = nullptr;
    int m_lastUid = 0;
};

} // namespace swingmap
