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

signals:
    void demoRequested();
    void openRequested();

private:
    QPushButton* m_demo;
    QPushButton* m_open;
};

} // namespace swingmap
