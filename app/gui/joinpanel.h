// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace swingmap {

/**
 * The join dock: how every input table joined onto the boundaries (docs/schema.md `join`). Per
 * source the counts and every list (unmatched, missing and duplicate keys, total rows, row-check
 * violations with examples, name mismatches, the padding hint with its fix), and the geometry
 * counts. Ctrl+C or the context menu's Copy copies the selected entries (a list heading: its
 * whole list) as text, one a line; with nothing selected, everything.
 */
class JoinPanel : public QWidget {
    Q_OBJECT
public:
    explicit JoinPanel(QWidget* parent = nullptr);

    void setReport(const JoinReport& report);
    void clear();

    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    /// The text Copy puts on the clipboard for the current selection.
    [[nodiscard]] QString selectedText() const;
    /// Every entry, indented by level.
    [[nodiscard]] QString allText() const;
    /// Put selectedText() on the clipboard.
    void copy();

private:
    void showMenu(const QPoint& pos);

    QLabel* m_summary;
    QTreeWidget* m_tree;
};

} // namespace swingmap
