// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/streetsdialog.h"

#include "gis/layers.h"
#include "gis/reader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace swingmap {

namespace {

bool isOsm(const QString& path) {
    const QString p = path.toLower();
    return p.endsWith(QLatin1String(".osm")) || p.endsWith(QLatin1String(".pbf"));
}

/// The first of `names` that contains one of `words` (case-insensitive), else "".
QString firstLike(const QStringList& names, std::initializer_list<const char*> words) {
    for (const char* w : words)
        for (const QString& n : names)
            if (n.compare(QLatin1String(w), Qt::CaseInsensitive) == 0) return n;
    for (const char* w : words)
        for (const QString& n : names)
            if (n.contains(QLatin1String(w), Qt::CaseInsensitive)) return n;
    return {};
}

} // namespace

bool isVectorFile(const QString& path) {
    static const QStringList kSuffixes = {
        QStringLiteral(".gpkg"),    QStringLiteral(".shp"),      QStringLiteral(".geojson"),
        QStringLiteral(".json"),    QStringLiteral(".osm"),      QStringLiteral(".osm.pbf"),
        QStringLiteral(".pbf"),     QStringLiteral(".fgb"),      QStringLiteral(".gml"),
        QStringLiteral(".kml"),     QStringLiteral(".sqlite"),   QStringLiteral(".zip"),
        QStringLiteral(".shp.zip"), QStringLiteral(".geojsonl"), QStringLiteral(".geojsons"),
        QStringLiteral(".tab"),     QStringLiteral(".mif"),      QStringLiteral(".gpx")};
    const QString p = path.toLower();
    return std::any_of(kSuffixes.begin(), kSuffixes.end(),
                       [&](const QString& s) { return p.endsWith(s); });
}

QString StreetFileInfo::nameGuess() const {
    const QString n = firstLike(fields, {"name", "strassenname", "straßenname", "street", "nom"});
    return n.isEmpty() && !fields.isEmpty() ? fields.front() : n;
}

QString StreetFileInfo::classGuess() const {
    return firstLike(fields, {"highway", "fclass", "class", "type", "road_type", "klasse"});
}

std::vector<std::pair<QString, std::size_t>> StreetFileInfo::valuesOf(const QString& f) const {
    const auto i = fields.indexOf(f);
    if (i < 0 || std::size_t(i) >= values.size()) return {};
    return values[std::size_t(i)];
}

Result<StreetFileInfo> inspectStreetFile(const QString& path, const QString& layerName) {
    SourceSpec spec;
    spec.path = QFileInfo(path).absoluteFilePath().toStdString();
    auto names = gis::layerNames(spec);
    if (!names) return names.takeError();
    StreetFileInfo info;
    info.path = QString::fromStdString(spec.path);
    for (const std::string& n : *names)
        info.layers << QString::fromStdString(n);
    if (info.layers.isEmpty())
        return fail(spec.path + ": has no layer. Drop a file with a line layer of streets.");
    info.layer = layerName;
    if (info.layer.isEmpty() && isOsm(path) && info.layers.contains(QStringLiteral("lines")))
        info.layer = QStringLiteral("lines");
    if (info.layer.isEmpty())
        info.layer = firstLike(info.layers, {"streets", "strassen", "roads", "lines", "street",
                                             "road", "highway", "line"});
    if (info.layer.isEmpty()) info.layer = info.layers.front();
    spec.layer = info.layer.toStdString();
    // A polygon layer reads as areas: then it is not streets.
    info.polygons = !isOsm(path) && bool(gis::readPolygonLayer(spec));
    auto table = gis::readTable(spec);
    if (!table) return table.takeError();
    for (std::size_t c = 0; c < table->columns.size(); ++c) {
        info.fields << QString::fromStdString(table->columns[c]);
        std::map<std::string, std::size_t> counts;
        for (const std::string& v : table->cells[c])
            if (!v.empty()) ++counts[v];
        std::vector<std::pair<QString, std::size_t>> list;
        // keep it to the values a person picks from: skip free-text columns (names, ids)
        if (counts.size() <= 200)
            for (const auto& [v, n] : counts)
                list.emplace_back(QString::fromStdString(v), n);
        std::stable_sort(list.begin(), list.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        info.values.push_back(std::move(list));
    }
    return info;
}

StreetsDialog::StreetsDialog(StreetFileInfo info, QWidget* parent)
    : QDialog(parent), m_info(std::move(info)), m_layer(new QComboBox), m_name(new QComboBox),
      m_class(new QComboBox), m_classes(new QListWidget), m_message(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setObjectName(QStringLiteral("streetsDialog"));
    setWindowTitle(tr("Add streets to the project"));
    auto* intro = new QLabel(
        tr("Streets from <b>%1</b>: named lines are kept, clipped to the areas and ranked by the "
           "potential votes of the areas they run through.")
            .arg(QFileInfo(m_info.path).fileName().toHtmlEscaped()));
    intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b2182b"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Layer"), m_layer);
    form->addRow(tr("Street &name column"), m_name);
    form->addRow(tr("&Class column"), m_class);
    form->addRow(tr("&Keep these classes"), m_classes);
    m_classes->setMinimumHeight(160);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add streets"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_layer, &QComboBox::currentIndexChanged, this, &StreetsDialog::onLayerChanged);
    connect(m_class, &QComboBox::currentIndexChanged, this, &StreetsDialog::showProblem);
    connect(m_classes, &QListWidget::itemChanged, this, &StreetsDialog::showProblem);
    showInfo();
}

void StreetsDialog::showProblem() {
    if (sender() == m_class) fillClasses();
    const QString why = problem();
    m_message->setText(why);
    m_message->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void StreetsDialog::showInfo() {
    {
        const QSignalBlocker b1(m_layer), b2(m_name), b3(m_class);
        m_layer->clear();
        m_layer->addItems(m_info.layers);
        m_layer->setCurrentText(m_info.layer);
        m_layer->setEnabled(m_info.layers.size() > 1);
        m_name->clear();
        m_name->addItems(m_info.fields);
        m_name->setCurrentText(m_info.nameGuess());
        m_class->clear();
        m_class->addItem(tr("(none: keep every street)"), QString());
        for (const QString& f : m_info.fields)
            m_class->addItem(f, f);
        const int c = m_class->findData(m_info.classGuess());
        m_class->setCurrentIndex(std::max(c, 0));
    }
    fillClasses();
    showProblem();
    m_name->setEnabled(!m_info.polygons);
    m_class->setEnabled(!m_info.polygons);
    m_classes->setEnabled(!m_info.polygons);
}

QString StreetsDialog::problem() const {
    if (m_info.polygons)
        return tr("Layer “%1” holds areas (polygons), not streets. Choose a line layer, or drop a "
                  "file of streets (lines) such as an OpenStreetMap extract.")
            .arg(m_info.layer);
    if (m_info.fields.isEmpty())
        return tr("Layer “%1” has no columns: streets need a name column.").arg(m_info.layer);
    bool anyChecked = m_classes->count() == 0;
    for (int i = 0; i < m_classes->count() && !anyChecked; ++i)
        anyChecked = m_classes->item(i)->checkState() == Qt::Checked;
    if (!anyChecked) return tr("Check at least one class to keep.");
    return {};
}

void StreetsDialog::onLayerChanged(int index) {
    if (index < 0) return;
    auto info = inspectStreetFile(m_info.path, m_layer->itemText(index));
    if (!info) {
        m_message->setText(QString::fromStdString(info.error()));
        m_message->show();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_info = std::move(*info);
    showInfo();
}

void StreetsDialog::fillClasses() {
    const QSignalBlocker block(m_classes);
    m_classes->clear();
    const QString field = m_class->currentData().toString();
    for (const auto& [value, n] : m_info.valuesOf(field)) {
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(value).arg(n), m_classes);
        item->setData(Qt::UserRole, value);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

StreetsChoice StreetsDialog::choice() const {
    StreetsChoice c;
    c.path = m_info.path;
    c.layer = m_info.layers.size() > 1 ? m_info.layer : QString();
    c.nameField = m_name->currentText();
    c.classField = m_class->currentData().toString();
    QStringList kept;
    for (int i = 0; i < m_classes->count(); ++i)
        if (m_classes->item(i)->checkState() == Qt::Checked)
            kept << m_classes->item(i)->data(Qt::UserRole).toString();
    if (kept.size() < m_classes->count()) c.classes = kept;
    return c;
}

} // namespace swingmap
