// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layerspanel.h"

#include "app/gui/layercommands.h"
#include "app/gui/layersmodel.h"
#include "app/gui/mapcanvas.h"
#include "gis/display_layer.h"
#include "gis/layers.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QShortcut>
#include <QSlider>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace swingmap {

namespace {

QToolButton* button(const QString& text, const QString& tip, QWidget* parent) {
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

SourceSpec overlaySpec(const JobResult& loaded, const QString& path, const QString& layer) {
    SourceSpec spec;
    spec.path = QDir::toNativeSeparators(path).toStdString();
    spec.layer = layer.toStdString();
    spec.input = loaded.project.input;
    return spec;
}

} // namespace

LayersPanel::LayersPanel(MapCanvas* canvas, QUndoStack* undo, QAction* streets, QWidget* parent)
    : QWidget(parent), m_canvas(canvas), m_undo(undo), m_streets(streets),
      m_model(new LayersModel(this)), m_list(new QListView), m_opacity(new QSlider(Qt::Horizontal)),
      m_opacityLabel(new QLabel(tr("&Opacity"))),
      m_add(button(tr("&Add…"),
                   tr("Add a layer drawn over the map: polling stations, a district "
                      "outline … (any vector file; File › Add overlay layer…)"),
                   this)),
      m_remove(button(tr("&Remove"), tr("Remove the selected overlay (Delete)"), this)),
      m_up(button(tr("Move &up"), tr("Draw the selected layer above the one over it (Ctrl+Up)"),
                  this)),
      m_down(button(tr("Move &down"),
                    tr("Draw the selected layer below the one under it (Ctrl+Down)"), this)) {
    m_model->setUndoStack(undo);
    m_list->setObjectName(QStringLiteral("layersList"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setIconSize(QSize(16, 16));
    m_list->setUniformItemSizes(true);
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setDragDropMode(QAbstractItemView::DragDrop); // moves through dropMimeData (undo)
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setToolTip(tr("The first layer is drawn on top. Space shows or hides the selected "
                          "layer; drag, or Ctrl+Up and Ctrl+Down, to change the order."));
    m_opacity->setRange(0, 100);
    m_opacity->setPageStep(10);
    m_opacity->setSingleStep(5);
    m_opacity->setToolTip(tr("How opaque the selected layer is drawn (0 %: not at all)"));
    m_opacityLabel->setBuddy(m_opacity);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QToolButton* b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* opacity = new QHBoxLayout;
    opacity->setContentsMargins(0, 0, 0, 0);
    opacity->addWidget(m_opacityLabel);
    opacity->addWidget(m_opacity, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(opacity);
    layout->addLayout(buttons);

    // keys on the list (and the panel's controls): Ctrl+Up / Ctrl+Down move, Delete removes
    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveSelected(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveSelected(+1); });
    shortcut(QKeySequence(Qt::Key_Delete), [this] { removeSelected(); });
    connect(m_add, &QToolButton::clicked, this, &LayersPanel::askAddOverlay);
    connect(m_remove, &QToolButton::clicked, this, &LayersPanel::removeSelected);
    connect(m_up, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_opacity, &QSlider::valueChanged, this, &LayersPanel::opacityMoved);
    connect(m_opacity, &QSlider::sliderPressed, this, [this] {
        if (const int r = selectedRow(); r >= 0)
            m_opacityFrom = m_model->entries()[std::size_t(r)].layer.opacity;
    });
    connect(m_opacity, &QSlider::sliderReleased, this, &LayersPanel::opacityCommit);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LayersPanel::syncControls);
    connect(m_model, &LayersModel::changed, this, [this] {
        m_canvas->setLayerStack(m_model->stack());
        // the Streets row and View › Streets are one (setChecked does not push a command)
        for (const LayerEntry& e : m_model->entries())
            if (e.layer.kind == MapLayer::Kind::Streets && m_streets &&
                m_streets->isChecked() != e.layer.visible)
                m_streets->setChecked(e.layer.visible);
        syncControls();
    });
    connect(m_model, &LayersModel::edited, this, &LayersPanel::edited);
    if (m_streets)
        connect(m_streets, &QAction::toggled, this, [this](bool on) {
            // View › Streets (its own command) or the project: the Streets row follows
            for (const LayerEntry& e : m_model->entries())
                if (e.layer.kind == MapLayer::Kind::Streets) m_model->applyVisible(e.uid, on);
        });
    syncControls();
}

QStringList LayersPanel::setProject(LoadedPtr loaded, const QString& projectFile,
                                    const nlohmann::json& layers) {
    m_loaded = std::move(loaded);
    const bool hasStreets = m_loaded && m_loaded->streets.has_value();
    const QDir dir = QFileInfo(projectFile).absoluteDir();
    QStringList errors =
        m_model->fromJson(layers, dir, hasStreets,
                          [this](const QString& path, const QString& layer,
                                 QString* error) -> std::shared_ptr<const DisplayLayer> {
                              auto read = gis::readDisplayLayer(overlaySpec(*m_loaded, path, layer),
                                                                m_loaded->data.crsWkt);
                              if (read)
                                  return std::make_shared<const DisplayLayer>(std::move(*read));
                              *error = QString::fromStdString(read.error());
                              return nullptr;
                          });
    if (m_model->rowCount() > 0) selectRow(0);
    return errors;
}

nlohmann::json LayersPanel::toJson(const QString& projectFile) const {
    return m_model->toJson(QFileInfo(projectFile).absoluteDir());
}

QString LayersPanel::addOverlay(const QString& path, const QString& layer) {
    if (!m_loaded) return tr("Open a project first, then add layers over its map.");
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto read =
        gis::readDisplayLayer(overlaySpec(*m_loaded, absolute, layer), m_loaded->data.crsWkt);
    if (!read) return QString::fromStdString(read.error());
    LayerEntry e;
    e.layer.kind = MapLayer::Kind::Overlay;
    e.layer.colour = m_model->nextOverlayColour();
    e.path = absolute;
    e.layerName = layer;
    e.layer.overlay = std::make_shared<const DisplayLayer>(std::move(*read));
    m_undo->push(addOverlayCommand(m_model, std::move(e), 0));
    selectRow(0);
    return {};
}

void LayersPanel::askAddOverlay() {
    if (!m_loaded) return;
    const QString dir = QFileInfo(QString::fromStdString(m_loaded->project.file)).absolutePath();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Add a layer over the map"), dir,
        tr("Vector layers (*.gpkg *.geojson *.json *.shp *.fgb *.kml *.gml *.gpx *.sqlite *.zip);;"
           "All files (*)"));
    if (file.isEmpty()) return;
    QString layer;
    SourceSpec spec = overlaySpec(*m_loaded, file, {});
    if (auto names = gis::layerNames(spec); names && names->size() > 1) {
        QStringList items;
        for (const std::string& n : *names)
            items << QString::fromStdString(n);
        bool ok = false;
        layer = QInputDialog::getItem(
            this, tr("Add a layer over the map"),
            tr("%1 has several layers. Which one?").arg(QFileInfo(file).fileName()), items, 0,
            false, &ok);
        if (!ok) return;
    }
    const QString error = addOverlay(file, layer);
    if (!error.isEmpty()) QMessageBox::warning(this, tr("The layer could not be added"), error);
}

int LayersPanel::selectedRow() const {
    const QModelIndex i = m_list->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void LayersPanel::selectRow(int row) {
    if (row < 0 || row >= m_model->rowCount()) return;
    m_list->setCurrentIndex(m_model->index(row));
    syncControls();
}

void LayersPanel::moveSelected(int step) {
    const int from = selectedRow();
    const int to = from + step;
    if (from < 0 || to < 0 || to >= m_model->rowCount()) return;
    m_undo->push(layerMoveCommand(m_model, m_model->entries()[std::size_t(from)].uid, from, to));
    selectRow(to);
}

void LayersPanel::removeSelected() {
    const int r = selectedRow();
    if (r < 0 || m_model->entries()[std::size_t(r)].layer.kind != MapLayer::Kind::Overlay) return;
    m_undo->push(removeOverlayCommand(m_model, m_model->entries()[std::size_t(r)].uid));
    selectRow(std::min(r, m_model->rowCount() - 1));
}

void LayersPanel::syncControls() {
    const int r = selectedRow();
    const LayerEntry* e = r >= 0 ? &m_model->entries()[std::size_t(r)] : nullptr;
    m_syncing = true;
    m_opacity->setEnabled(e != nullptr);
    if (e && !m_opacity->isSliderDown())
        m_opacity->setValue(static_cast<int>(std::lround(e->layer.opacity * 100)));
    m_syncing = false;
    m_remove->setEnabled(e && e->layer.kind == MapLayer::Kind::Overlay);
    m_up->setEnabled(r > 0);
    m_down->setEnabled(r >= 0 && r + 1 < m_model->rowCount());
    m_add->setEnabled(m_loaded != nullptr);
}

void LayersPanel::opacityMoved(int value) {
    const int r = selectedRow();
    if (m_syncing || r < 0) return;
    const LayerEntry& e = m_model->entries()[std::size_t(r)];
    if (m_opacity->isSliderDown()) { // a live preview; one command when released
        m_model->applyOpacity(e.uid, value / 100.0, false);
        return;
    }
    // the keyboard (arrows, Page Up/Down) or a click on the groove: one command per step
    if (e.layer.opacity != value / 100.0)
        m_undo->push(layerOpacityCommand(m_model, e.uid, e.layer.opacity, value / 100.0));
}

void LayersPanel::opacityCommit() {
    const int r = selectedRow();
    if (r < 0) return;
    const LayerEntry& e = m_model->entries()[std::size_t(r)];
    const double to = m_opacity->value() / 100.0;
    if (to == m_opacityFrom) return;
    const int uid = e.uid;
    m_model->applyOpacity(uid, m_opacityFrom, false); // the command's redo applies `to`
    m_undo->push(layerOpacityCommand(m_model, uid, m_opacityFrom, to));
}

} // namespace swingmap
