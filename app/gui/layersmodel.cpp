// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layersmodel.h"

#include "app/gui/layercommands.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QIcon>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace swingmap {

namespace {

const char* const kMime = "application/x-swingmap-layer";

const char* kindId(MapLayer::Kind k) {
    switch (k) {
    case MapLayer::Kind::Areas:
        return "areas";
    case MapLayer::Kind::Streets:
        return "streets";
    case MapLayer::Kind::Overlay:
        break;
    }
    return "overlay";
}

/// A small picture of a layer for its row: a ramp for the areas, a street for the streets, the
/// overlay's colour.
QIcon layerIcon(const MapLayer& layer) {
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRectF box(1.5, 1.5, 13, 13);
    switch (layer.kind) {
    case MapLayer::Kind::Areas:
        p.fillRect(QRectF(1.5, 1.5, 4.33, 13), QColor(0x67a9cf));
        p.fillRect(QRectF(5.83, 1.5, 4.33, 13), QColor(0xf7f7f7));
        p.fillRect(QRectF(10.17, 1.5, 4.33, 13), QColor(0xef8a62));
        break;
    case MapLayer::Kind::Streets:
        p.fillRect(box, Qt::white);
        p.setPen(QPen(QColor(0xe69f00), 2.5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(3, 12), QPointF(13, 4));
        break;
    case MapLayer::Kind::Overlay:
        p.fillRect(box, Qt::white);
        p.setPen(QPen(layer.colour, 2));
        p.drawRect(box.adjusted(2, 2, -2, -2));
        p.setPen(Qt::NoPen);
        p.setBrush(layer.colour);
        p.drawEllipse(box.center(), 2, 2);
        break;
    }
    p.setPen(QPen(QColor(120, 120, 120), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(box);
    return QIcon(pm);
}

} // namespace

LayersModel::LayersModel(QObject* parent) : QAbstractListModel(parent) {}

int LayersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QString LayersModel::title(const LayerEntry& e) {
    switch (e.layer.kind) {
    case MapLayer::Kind::Areas:
        return tr("Areas (the map)");
    case MapLayer::Kind::Streets:
        return tr("Streets");
    case MapLayer::Kind::Overlay:
        break;
    }
    const QString file = QFileInfo(e.path).fileName();
    return e.layerName.isEmpty() ? file : tr("%1 (%2)").arg(file, e.layerName);
}

QVariant LayersModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LayerEntry& e = m_entries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        const int percent = static_cast<int>(std::lround(e.layer.opacity * 100));
        return percent < 100 ? tr("%1 – %2 %").arg(title(e)).arg(percent) : title(e);
    }
    case Qt::CheckStateRole:
        return e.layer.visible ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole:
        return layerIcon(e.layer);
    case Qt::ToolTipRole:
        if (e.layer.kind == MapLayer::Kind::Overlay && e.layer.overlay) {
            const DisplayLayer& d = *e.layer.overlay;
            return tr("%1\n%2 points, %3 lines, %4 polygons (drawn only, not analysed)")
                .arg(QDir::toNativeSeparators(e.path))
                .arg(d.points)
                .arg(d.lines)
                .arg(d.polygons);
        }
        return e.layer.kind == MapLayer::Kind::Areas
                   ? tr("The areas coloured by the figure shown")
                   : tr("The project's streets, coloured by the class of the area under them");
    case OpacityRole:
        return e.layer.opacity;
    case KindRole:
        return static_cast<int>(e.layer.kind);
    case UidRole:
        return e.uid;
    default:
        return {};
    }
}

bool LayersModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const LayerEntry& e = m_entries[std::size_t(index.row())];
    const bool on = value.toInt() == Qt::Checked;
    if (on == e.layer.visible) return true;
    if (m_undo)
        m_undo->push(layerVisibleCommand(this, e.uid, on));
    else
        applyVisible(e.uid, on);
    return true;
}

Qt::ItemFlags LayersModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable |
           Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

Qt::DropActions LayersModel::supportedDropActions() const {
    return Qt::MoveAction;
}

QStringList LayersModel::mimeTypes() const {
    return {QString::fromLatin1(kMime)};
}

QMimeData* LayersModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.size() != 1 || !indexes.front().isValid()) return nullptr;
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMime),
                  QByteArray::number(m_entries[std::size_t(indexes.front().row())].uid));
    return mime;
}

bool LayersModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                               const QModelIndex& parent) {
    if (action != Qt::MoveAction || !data || !data->hasFormat(QString::fromLatin1(kMime)))
        return false;
    bool ok = false;
    const int uid = data->data(QString::fromLatin1(kMime)).toInt(&ok);
    const int from = ok ? rowOf(uid) : -1;
    if (from < 0) return false;
    // dropped on a row: before it; between rows: at `row`; below the last: at the end
    int before = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    int to = before > from ? before - 1 : before;
    to = std::clamp(to, 0, rowCount() - 1);
    if (to == from) return false;
    if (m_undo)
        m_undo->push(layerMoveCommand(this, uid, from, to));
    else
        applyMove(uid, to);
    // true, yet the view removes nothing: there is no removeRows (the move is done)
    return true;
}

bool LayersModel::shiftRow(int from, int to) {
    if (from < 0 || from >= rowCount() || to < 0 || to >= rowCount() || from == to) return false;
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to)) return false;
    LayerEntry e = std::move(m_entries[std::size_t(from)]);
    m_entries.erase(m_entries.begin() + from);
    m_entries.insert(m_entries.begin() + to, std::move(e));
    endMoveRows();
    return true;
}

int LayersModel::rowOf(int uid) const {
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].uid == uid) return static_cast<int>(i);
    return -1;
}

const LayerEntry* LayersModel::entry(int uid) const {
    const int r = rowOf(uid);
    return r < 0 ? nullptr : &m_entries[std::size_t(r)];
}

MapLayerStack LayersModel::stack() const {
    MapLayerStack out;
    out.reserve(m_entries.size());
    for (const LayerEntry& e : m_entries)
        out.push_back(e.layer);
    return out;
}

void LayersModel::notify(bool user) {
    emit changed();
    if (user) emit edited();
}

void LayersModel::reset(bool hasStreets) {
    beginResetModel();
    m_entries.clear();
    if (hasStreets) {
        LayerEntry streets;
        streets.uid = nextUid();
        streets.layer.kind = MapLayer::Kind::Streets;
        m_entries.push_back(streets);
    }
    LayerEntry areas;
    areas.uid = nextUid();
    m_entries.push_back(areas);
    endResetModel();
    notify(false);
}

void LayersModel::applyVisible(int uid, bool on, bool user) {
    const int r = rowOf(uid);
    if (r < 0 || m_entries[std::size_t(r)].layer.visible == on) return;
    m_entries[std::size_t(r)].layer.visible = on;
    emit dataChanged(index(r), index(r), {Qt::CheckStateRole});
    notify(user);
}

void LayersModel::applyOpacity(int uid, double opacity, bool user) {
    const int r = rowOf(uid);
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (r < 0 || m_entries[std::size_t(r)].layer.opacity == opacity) return;
    m_entries[std::size_t(r)].layer.opacity = opacity;
    emit dataChanged(index(r), index(r), {Qt::DisplayRole, OpacityRole});
    notify(user);
}

void LayersModel::applyMove(int uid, int to, bool user) {
    const int from = rowOf(uid);
    to = std::clamp(to, 0, rowCount() - 1);
    if (from < 0 || from == to || !shiftRow(from, to)) return;
    notify(user);
}

int LayersModel::applyInsert(LayerEntry e, int row, bool user) {
    if (e.uid == 0) e.uid = nextUid();
    m_lastUid = std::max(m_lastUid, e.uid);
    row = std::clamp(row, 0, rowCount());
    beginInsertRows({}, row, row);
    m_entries.insert(m_entries.begin() + row, std::move(e));
    endInsertRows();
    notify(user);
    return m_entries[std::size_t(row)].uid;
}

void LayersModel::applyRemove(int uid, bool user) {
    const int r = rowOf(uid);
    if (r < 0) return;
    beginRemoveRows({}, r, r);
    m_entries.erase(m_entries.begin() + r);
    endRemoveRows();
    notify(user);
}

QColor LayersModel::nextOverlayColour() const {
    // dark, saturated colours away from the choropleth's ramps and the streets' Okabe-Ito ones
    static const QRgb colours[] = {0x000000, 0x6a3d9a, 0xe7298a, 0x8c510a, 0x1b7837};
    std::size_t overlays = 0;
    for (const LayerEntry& e : m_entries)
        overlays += e.layer.kind == MapLayer::Kind::Overlay ? 1 : 0;
    return QColor(colours[overlays % std::size(colours)]);
}

nlohmann::json LayersModel::toJson(const QDir& dir) const {
    bool isDefault = true;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const MapLayer& l = m_entries[i].layer;
        const bool defaultPlace = l.kind == MapLayer::Kind::Areas
                                      ? i + 1 == m_entries.size()
                                      : l.kind != MapLayer::Kind::Overlay;
        if (!defaultPlace || !l.visible || l.opacity != 1.0) isDefault = false;
    }
    if (isDefault) return nullptr;
    nlohmann::json out = nlohmann::json::array();
    for (const LayerEntry& e : m_entries) {
        nlohmann::json j{{"id", kindId(e.layer.kind)},
                         {"visible", e.layer.visible},
                         {"opacity", std::round(e.layer.opacity * 100) / 100}};
        if (e.layer.kind == MapLayer::Kind::Overlay) {
            const QString rel = QDir::fromNativeSeparators(dir.relativeFilePath(e.path));
            j["path"] = rel.toStdString();
            if (!e.layerName.isEmpty()) j["layer"] = e.layerName.toStdString();
            j["colour"] = e.layer.colour.name().toStdString();
        }
        out.push_back(std::move(j));
    }
    return out;
}

QStringList LayersModel::fromJson(const nlohmann::json& layers, const QDir& dir, bool hasStreets,
                                  const std::function<std::shared_ptr<const DisplayLayer>(
                                      const QString&, const QString&, QString*)>& read) {
    QStringList errors;
    std::vector<LayerEntry> entries;
    bool haveAreas = false, haveStreets = false;
    const auto text = [](const nlohmann::json& j, const char* key) {
        return j.contains(key) && j[key].is_string()
                   ? QString::fromStdString(j[key].get<std::string>())
                   : QString();
    };
    if (layers.is_array()) {
        for (const nlohmann::json& j : layers) {
            if (!j.is_object()) continue;
            LayerEntry e;
            const QString id = text(j, "id");
            if (j.contains("visible") && j["visible"].is_boolean())
                e.layer.visible = j["visible"].get<bool>();
            if (j.contains("opacity") && j["opacity"].is_number())
                e.layer.opacity = std::clamp(j["opacity"].get<double>(), 0.0, 1.0);
            if (id == QLatin1String("areas") && !haveAreas) {
                haveAreas = true;
            } else if (id == QLatin1String("streets") && hasStreets && !haveStreets) {
                haveStreets = true;
                e.layer.kind = MapLayer::Kind::Streets;
            } else if (id == QLatin1String("overlay") && !text(j, "path").isEmpty()) {
                e.layer.kind = MapLayer::Kind::Overlay;
                e.path = QDir::cleanPath(dir.absoluteFilePath(text(j, "path")));
                e.layerName = text(j, "layer");
                const QColor c(text(j, "colour"));
                e.layer.colour = c.isValid() ? c : QColor(Qt::black);
                QString error;
                e.layer.overlay = read(e.path, e.layerName, &error);
                if (!e.layer.overlay) {
                    errors << error;
                    continue;
                }
            } else {
                continue; // unknown or repeated: left out
            }
            e.uid = nextUid();
            entries.push_back(std::move(e));
        }
    }
    // layers the array does not name, visible: the streets on top, the areas at the bottom
    if (hasStreets && !haveStreets) {
        LayerEntry s;
        s.uid = nextUid();
        s.layer.kind = MapLayer::Kind::Streets;
        entries.insert(entries.begin(), s);
    }
    if (!haveAreas) {
        LayerEntry a;
        a.uid = nextUid();
        entries.push_back(a);
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    notify(false);
    return errors;
}

} // namespace swingmap
