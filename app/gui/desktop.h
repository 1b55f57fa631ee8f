// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

class QMainWindow;
class QMenu;
class QWidget;

namespace swingmap {

/// File › Open Recent: the last projects opened (newest first, at most 8, existing files only).
QStringList recentProjects();
/// Put `file` first in the recent projects.
void addRecentProject(const QString& file);
/// Fill `menu` with the recent projects (Alt+1 … Alt+8 style accelerators "&1 name") and a
/// "Clear the list" entry; `open` is called with the chosen file.
void fillRecentMenu(QMenu* menu, QWidget* owner, const std::function<void(const QString&)>& open);

/// The window's size and position and, `withDocks`, where its docks are and which are shown,
/// kept in the settings between sessions (docks only while a project is open: on the start page
/// they are all hidden, which is not the user's choice).
void saveWindowLayout(const QMainWindow& window, bool withDocks);
/// Restore the size and position; false when none was saved yet (first start).
bool restoreWindowGeometry(QMainWindow& window);
/// Restore the docks (call once the docks have content); false when none was saved.
bool restoreDockLayout(QMainWindow& window);

/// Help › About SwingMap: the version and libraries, the licence, and the data sources and
/// licences of the open project (`attribution`, one per line; empty without a project).
void showAbout(QWidget* parent, const std::vector<std::string>& attribution);

} // namespace swingmap
