// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/jobrunner.h"

#include <QWidget>

#include <cstddef>
#include <vector>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace swingmap {

class MapCanvas;

/**
 * Edit › Find (Ctrl+F): type an area's name or code, or a street's name when the project has
 * streets; suggestions come as you type (the first matches: names and codes that begin with the
 * text, then those that contain it). Enter zooms the map to the area and selects it, or to the
 * street and flashes it. Esc closes the bar. Suggestions are looked up in the data's own strings
 * at each keystroke (no list of every name is kept), so 450,000 areas cost nothing until typed.
 */
class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(MapCanvas* canvas, QWidget* parent = nullptr);

    void setData(LoadedPtr loaded);
    /// Focus the text (selecting what was typed before).
    void activate();
    /// Find `text` and go there; false when nothing matches (the bar says so).
    bool find(const QString& text);

    [[nodiscard]] QLineEdit* edit() const { return m_edit; }
    [[nodiscard]] QCompleter* completer() const { return m_completer; }
    [[nodiscard]] QLabel* message() const { return m_message; }
    /// The suggestions for `text` as shown in the list.
    [[nodiscard]] QStringList suggestions(const QString& text) const;

signals:
    /// Esc: the bar asks to be hidden.
    void closeRequested();
    /// An area was found and selected.
    void areaFound(std::size_t area);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Target {
        bool street = false;
        std::size_t index = 0;
    };
    /// Up to `max` matches of `text`: exact first, then prefix, then substring matches.
    [[nodiscard]] std::vector<Target> matches(const QString& text, std::size_t max) const;
    [[nodiscard]] QString label(const Target& t) const;
    void go(const Target& t);

    MapCanvas* m_canvas;
    QLineEdit* m_edit;
    QLabel* m_message;
    QStringListModel* m_list;
    QCompleter* m_completer;
    LoadedPtr m_loaded;
    std::vector<Target> m_shown; ///< the targets of the suggestions listed
};

} // namespace swingmap
