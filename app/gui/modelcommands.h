// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QUndoStack;

namespace swingmap {

class ModelPanel;

/**
 * Makes the model panel's choices undoable on `undo` (Edit › Undo): choosing a party or either
 * election (QComboBox::activated) and ticking or unticking a covariate push one small command
 * each ("Choose party Blue", "Include Students (%)"), which set the control back or again.
 * Only user edits push: applying a command, or the panel being filled anew (choicesSet), never
 * does, so undo cannot loop. Undo restores the choices; the model is refitted with Fit, as after
 * any other edit of them.
 */
void installModelUndo(ModelPanel* panel, QUndoStack* undo);

} // namespace swingmap
