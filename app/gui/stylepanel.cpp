// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/stylepanel.h"

#include "app/gui/histogramchart.h"
#include "app/gui/mapcanvas.h"
#include "app/gui/mapcommands.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace swingmap {

StylePanel::StylePanel(MapCanvas* canvas, QUndoStack* undo, QWidget* parent)
    : QWidget(parent), m_canvas(canvas), m_undo(undo), m_method(new QComboBox),
      m_classes(new QSpinBox), m_palette(new QComboBox), m_manual(new QLineEdit),
      m_note(new QLabel), m_chart(new HistogramChart) {
    for (const QString& id : methodIds())
        m_method->addItem(methodName(id), id);
    m_method->setToolTip(tr("How the figures are split into classes"));
    m_classes->setRange(2, 9);
    m_classes->setValue(7);
    m_classes->setToolTip(tr("Number of classes (automatic: 7 for levels, 9 for changes)"));
    m_palette->setToolTip(tr("Colours: changes keep white at zero; all palettes are "
                             "colour-blind safe except the party colour"));
    m_manual->setPlaceholderText(tr("e.g. −5; 0; 5"));
    m_manual->setToolTip(tr("Your own class breaks, separated by semicolons; press Enter"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    auto* form = new QFormLayout;
    form->addRow(tr("&Classes by"), m_method);
    form->addRow(tr("&Number"), m_classes);
    form->addRow(tr("&Breaks"), m_manual);
    form->addRow(tr("Co&lours"), m_palette);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_chart, 1);
    connect(m_canvas, &MapCanvas::mapChanged, this, &StylePanel::refresh);
    connect(m_method, &QComboBox::activated, this, [this] { request(fromControls()); });
    connect(m_palette, &QComboBox::activated, this, [this] { request(fromControls()); });
    connect(m_classes, &QSpinBox::valueChanged, this, [this] { request(fromControls()); });
    connect(m_manual, &QLineEdit::editingFinished, this, [this] { request(fromControls()); });
    connect(m_chart, &HistogramChart::barClicked, this, &StylePanel::selectBar);
    refresh();
}

ClassStyle StylePanel::fromControls() const {
    ClassStyle s = m_canvas->classStyle();
    s.method = m_method->currentData().toString();
    s.palette = m_palette->currentData().toString();
    s.classes = s.method == QLatin1String("auto") || s.method == QLatin1String("manual")
                    ? 0
                    : m_classes->value();
    if (s.method == QLatin1String("manual")) {
        std::vector<double> b;
        if (parseManualBreaks(m_manual->text(), b))
            s.manual = b;
        else
            m_note->setText(tr("Breaks must be numbers separated by semicolons."));
    }
    return s;
}

void StylePanel::request(const ClassStyle& style) {
    const ClassStyle old = m_canvas->classStyle();
    if (style == old) return;
    if (m_undo)
        m_undo->push(classStyleCommand(m_canvas, old, style));
    else
        m_canvas->setClassStyle(style);
}

void StylePanel::selectBar(int bar) {
    const auto& map = m_canvas->thematicMap();
    if (!map) return;
    std::vector<uint8_t> pick(map->values.size(), 0);
    for (std::size_t i = 0; i < pick.size(); ++i) // suppressed areas are NaN: in no bar
        pick[i] = m_chart->binOf(map->values[i]) == bar ? 1 : 0;
    m_canvas->setSelection(std::move(pick));
}

void StylePanel::refresh() {
    const auto& map = m_canvas->thematicMap();
    const ClassStyle& s = m_canvas->classStyle();
    const bool continuous =
        map && (map->kind == ScaleKind::Diverging || map->kind == ScaleKind::Sequential);
    const bool diverging = map && map->kind == ScaleKind::Diverging;
    const QSignalBlocker b1(m_method), b2(m_classes), b3(m_palette), b4(m_manual);
    m_method->setCurrentIndex(std::max(0, m_method->findData(s.method)));
    m_palette->clear();
    m_palette->addItem(paletteName(QStringLiteral("auto")), QStringLiteral("auto"));
    for (const QString& id : diverging ? divergingPaletteIds() : sequentialPaletteIds())
        m_palette->addItem(paletteName(id), id);
    const int p = m_palette->findData(s.palette);
    m_palette->setCurrentIndex(std::max(0, p));
    if (map) {
        const int n = map->classification.classCount();
        m_classes->setValue(s.classes > 0 ? s.classes : std::clamp(n, 2, 9));
    }
    m_manual->setText(
        s.method == QLatin1String("manual")
            ? formatManualBreaks(s.manual)
            : formatManualBreaks(map ? map->classification.breaks : std::vector<double>{}));
    const bool manual = s.method == QLatin1String("manual");
    for (QWidget* w : {static_cast<QWidget*>(m_method), static_cast<QWidget*>(m_palette)})
        w->setEnabled(continuous);
    m_classes->setEnabled(continuous && s.method != QLatin1String("auto") && !manual);
    m_manual->setEnabled(continuous && manual);
    if (!map)
        m_note->clear();
    else if (!continuous)
        m_note->setText(tr("Classes and clusters keep their own colours."));
    else if (p < 0 && s.palette != QLatin1String("auto"))
        m_note->setText(tr("This figure uses another kind of palette: shown in the default."));
    else
        m_note->setText(diverging ? tr("Changes: white stays at zero.") : QString());
    if (map)
        m_chart->setData(map->values, map->classification);
    else
        m_chart->setData({}, {});
}

} // namespace swingmap
