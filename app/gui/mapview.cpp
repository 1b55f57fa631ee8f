// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/mapview.h"

#include "app/gui/mapcanvas.h"
#include "app/gui/mapcommands.h"
#include "app/render/thematic.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace swingmap {

MapView::MapView(QWidget* parent)
    : QWidget(parent), m_canvas(new MapCanvas), m_show(new QComboBox),
      m_noise(new QCheckBox(tr("Hatch changes within sampling noise"))),
      m_streetsAction(new QAction(tr("&Streets"), this)), m_streetsButton(new QToolButton),
      m_wanted(defaultMapId()) {
    auto* label = new QLabel(tr("&Show"));
    label->setBuddy(m_show);
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_show->setToolTip(tr("Which figure the map shows"));
    m_noise->setToolTip(tr("Lighter hatch over areas whose change is within ±1.96 sampling "
                           "standard errors: too small a base to tell"));
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 0);
    bar->setSpacing(6); // else the page's 0: "Show" would touch its box
    bar->addWidget(label);
    bar->addWidget(m_show);
    bar->addSpacing(16);
    bar->addWidget(m_noise);
    bar->addSpacing(16);
    bar->addWidget(m_streetsButton);
    bar->addStretch(1);
    m_streetsAction->setObjectName(QStringLiteral("streetsAction"));
    m_streetsAction->setCheckable(true);
    m_streetsAction->setChecked(true);
    m_streetsAction->setEnabled(false);
    m_streetsAction->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    m_streetsAction->setToolTip(tr("Draw the project's streets over the map, coloured by the "
                                   "class of the area under them, widest for the top-ranked"));
    m_streetsButton->setDefaultAction(m_streetsAction);
    m_streetsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_streetsButton->setAutoRaise(false);
    m_streetsButton->hide();
    addAction(m_streetsAction); // its shortcut works on the map page without the menu too
    buildDecorActions();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_canvas, 1);
    setFocusProxy(m_canvas);
    connect(m_show, &QComboBox::currentIndexChanged, this, &MapView::onShowChanged);
    connect(m_noise, &QCheckBox::toggled, m_canvas, &MapCanvas::setNoiseHatch);
    connect(m_streetsAction, &QAction::toggled, m_canvas, &MapCanvas::setStreetsShown);
    // Only what the user does is undoable (activated, clicked and triggered are not emitted
    // when undo or redo set the value).
    connect(m_show, &QComboBox::activated, this, [this](int index) {
        const QString to = m_show->itemData(index).toString();
        if (!m_undo || to == m_previous) return; // activated follows currentIndexChanged
        m_undo->push(showVariableCommand(this, m_previous, to, m_show->itemText(index)));
    });
    connect(m_noise, &QCheckBox::clicked, this, [this](bool on) {
        if (m_undo) m_undo->push(checkCommand(m_noise, on, tr("the noise hatch")));
    });
    connect(m_streetsAction, &QAction::triggered, this, [this](bool on) {
        if (m_undo) m_undo->push(checkCommand(m_streetsAction, on, tr("the streets")));
    });
}

void MapView::setData(LoadedPtr loaded, AnalysisPtr analysis) {
    const QSignalBlocker block(m_show);
    m_show->clear();
    if (loaded && analysis)
        for (const MapVariable& v : availableMaps(*analysis, loaded->project))
            m_show->addItem(v.name, v.id);
    int i = m_show->findData(m_wanted);
    if (i < 0 && analysis) i = m_show->findData(primaryMapId(*analysis));
    if (i < 0) i = m_show->findData(defaultMapId());
    m_show->setCurrentIndex(i);
    m_canvas->setData(std::move(loaded), std::move(analysis));
    if (i >= 0) m_canvas->setMapId(m_show->itemData(i).toString());
    m_streetsAction->setEnabled(m_canvas->hasStreets());
    m_streetsButton->setVisible(m_canvas->hasStreets());
}

bool MapView::setVariable(const QString& id) {
    m_wanted = id;
    const int i = m_show->findData(id);
    if (i < 0) return false;
    m_show->setCurrentIndex(i);
    return true;
}

void MapView::onShowChanged(int index) {
    if (index < 0) return;
    const QString id = m_show->itemData(index).toString();
    m_wanted = id;
    m_previous = m_canvas->mapId();
    m_canvas->setMapId(id);
}

void MapView::buildDecorActions() {
    m_labelsAction = new QAction(tr("Area &labels"), this);
    m_labelsAction->setObjectName(QStringLiteral("labelsAction"));
    m_labelsAction->setCheckable(true);
    m_labelsAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_labelsAction->setToolTip(tr("Write the areas' names on the map where there is room"));
    m_northArrowAction = new QAction(tr("&North arrow"), this);
    m_northArrowAction->setObjectName(QStringLiteral("northArrowAction"));
    m_northArrowAction->setCheckable(true);
    m_northArrowAction->setToolTip(tr("Show a north arrow in the map's top right corner"));
    addAction(m_labelsAction); // the shortcut works on the map page without the menu too
    connect(m_labelsAction, &QAction::toggled, m_canvas, &MapCanvas::setLabelsShown);
    connect(m_northArrowAction, &QAction::toggled, m_canvas, &MapCanvas::setNorthArrowShown);
    connect(m_labelsAction, &QAction::triggered, this, [this](bool on) {
        if (m_undo) m_undo->push(checkCommand(m_labelsAction, on, tr("the area labels")));
    });
    connect(m_northArrowAction, &QAction::triggered, this, [this](bool on) {
        if (m_undo) m_undo->push(checkCommand(m_northArrowAction, on, tr("the north arrow")));
    });
}

} // namespace swingmap
