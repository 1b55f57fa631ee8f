// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/projectsession.h"
#include "core/result.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace swingmap {

/// What one layer of a file dropped as streets holds.
struct StreetFileInfo {
    QString path;
    QStringList layers;    ///< every layer of the file
    QString layer;         ///< the layer inspected
    bool polygons = false; ///< it holds areas (polygons), not streets
    QStringList fields;
    std::vector<std::vector<std::pair<QString, std::size_t>>> values; ///< per field: value, count
    [[nodiscard]] QString nameGuess() const;  ///< "name" (or a name-like field)
    [[nodiscard]] QString classGuess() const; ///< "highway" (or a class-like field), "" = none
    /// Distinct values of `field` with their feature counts, most first (empty values left out).
    [[nodiscard]] std::vector<std::pair<QString, std::size_t>> valuesOf(const QString& f) const;
};

/// Read `path`'s layer `layer` ("" = the likeliest streets layer: "lines" for OpenStreetMap, a
/// layer named like streets or roads, else the first) for the Streets dialog.
Result<StreetFileInfo> inspectStreetFile(const QString& path, const QString& layer = {});

/// Whether `path` looks like a vector layer GDAL reads (by its extension).
bool isVectorFile(const QString& path);

/**
 * The dialog shown when a line layer is dropped on a project: the layer, the name column, the
 * class column and the classes to keep (each class with its feature count; all checked), guessed
 * from the file ("name", "highway"). A polygon layer is named as such and cannot be accepted.
 */
class StreetsDialog : public QDialog {
    Q_OBJECT
public:
    explicit StreetsDialog(StreetFileInfo info, QWidget* parent = nullptr);
    /// The project's new "streets" (classes empty when every class is kept).
    [[nodiscard]] StreetsChoice choice() const;

    [[nodiscard]] QComboBox* layerCombo() const { return m_layer; }
    [[nodiscard]] QComboBox* nameCombo() const { return m_name; }
    [[nodiscard]] QComboBox* classCombo() const { return m_class; }
    [[nodiscard]] QListWidget* classList() const { return m_classes; }
    [[nodiscard]] QString problem() const; ///< why it cannot be accepted ("" = it can)

private:
    void showInfo();
    void onLayerChanged(int index);
    void fillClasses();
    void showProblem();

    StreetFileInfo m_info;
    QComboBox* m_layer;
    QComboBox* m_name;
    QComboBox* m_class;
    QListWidget* m_classes;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace swingmap
