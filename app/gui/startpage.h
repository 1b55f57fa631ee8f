// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;

namespace swingmap {

/// What the window shows before a project is open: "Open the demo" and "Open a project…".
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);
    [[nodiscard]] QPushButton* demoButton() const { return m_demo; }
    [[nodiscard]] QPushButton* openButton() const { return m_open; }
    [[nodiscard]] QPushButton* importButton() const { return m_import; }

signals:
    void demoRequested();
    void openRequested();
    void importRequested();

private:
    QPushButton* m_demo;
    QPushButton* m_open;
    QPushButton* m_import;
};

} // namespace swingmap
