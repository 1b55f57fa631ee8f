// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/layersmodel.h"

class QUndoCommand;

namespace swingmap {

/**
 * The Layers panel's undoable edits (Edit › Undo), on the window's stack like the map's own
 * (app/gui/mapcommands.h): each names its layer by uid and applies the value before or after
 * through LayersModel::apply*(), which never pushes a command. Pushed only for what the user did.
 */
/// "Show Streets" / "Hide Streets".
QUndoCommand* layerVisibleCommand(LayersModel* model, int uid, bool to);
/// "Set the opacity of Streets to 40 %" (pushed when the slider is released).
QUndoCommand* layerOpacityCommand(LayersModel* model, int uid, double from, double to);
/// "Move Streets" from row `from` to row `to`.
QUndoCommand* layerMoveCommand(LayersModel* model, int uid, int from, int to);
/// "Add layer stations.gpkg" at `row` (`entry` holds the data already read).
QUndoCommand* addOverlayCommand(LayersModel* model, LayerEntry entry, int row);
/// "Remove layer stations.gpkg" (undo puts it back in its row).
QUndoCommand* removeOverlayCommand(LayersModel* model, int uid);

} // namespace swingmap
