// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/startpage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace swingmap {

StartPage::StartPage(QWidget* parent)
    : QWidget(parent), m_demo(new QPushButton(tr("Open the demo"))),
      m_open(new QPushButton(tr("Open a project…"))),
      m_import(new QPushButton(tr("New project from files…"))) {
    auto* icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/swingmap.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    auto* title = new QLabel(tr("<h1>SwingMap</h1>"));
    title->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(
        tr("See where your party gained or lost support between two elections, what the census "
           "says about why, and print a one-page briefing.<br><br>New here? The demo is a "
           "made-up county with two elections: nothing in it is real."));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(520);
    text->setMinimumHeight(text->heightForWidth(520));
    m_demo->setDefault(true);
    for (QPushButton* b : {m_demo, m_open, m_import})
        b->setMinimumSize(180, 40);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_demo);
    buttons->addWidget(m_open);
    buttons->addWidget(m_import);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_import, &QPushButton::clicked, this, &StartPage::importRequested);
}

} // namespace swingmap
