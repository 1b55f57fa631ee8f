// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/shared/projectbuilder.h"

#include <QWizardPage>

#include <map>
#include <optional>
#include <set>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace swingmap {

class ImportWizard;

/**
 * The import wizard's "When areas don't line up" step (reconcile, docs/schema.md): per election
 * or census table, where its figures are counted (the boundary areas, another layer, or groups of
 * the boundary areas), how they are shared out onto the boundaries (overlap area or a weight),
 * postal-vote rows, and for census tables the counts moved and the rates recomputed. Guesses
 * (builder::guessPostal, guessDissolve, guessRates) fill it once per table; every change is
 * written to the wizard's builder::ProjectInput and previewed in plain words.
 */
class ReconcilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReconcilePage(ImportWizard* w);

    void initializePage() override;
    bool validatePage() override;

    /// Select a table: the elections in order, then the census tables.
    void selectSource(int row);
    /// "On other areas, from a file": read the file's layers and pick `layer` ("" = first).
    bool setFromFile(const QString& path, const QString& layer = {});
    /// "In proportion to a count in a file": read the file's layers and pick `layer`.
    bool setWeightsFile(const QString& path, const QString& layer = {});
    /// Tick exactly these count columns of the selected census table.
    void setCounts(const QStringList& columns);
    /// Add (or replace) a recomputed rate of the selected census table.
    void addRate(const QString& name, const QString& numerator, const QString& denominator);
    [[nodiscard]] QString previewText() const;

private:
    struct Layer {
        std::vector<std::string> fields;
        Table attributes;
    };
    const Layer* layer(const std::string& path, const std::string& layerName);
    /// The absolute file and the chosen layer ("" = the only one, else `layerName` or the first);
    /// nullopt after showing why the file's layers could not be read.
    std::optional<std::pair<std::string, std::string>> pickLayer(const QString& path,
                                                                 const QString& layerName);
    builder::ReconcileInput* current();
    [[nodiscard]] bool currentIsElection() const;
    std::vector<std::string> fromKeys();
    void applyGuesses();
    void rankTableKey();
    void load();
    void refreshFromWidgets();
    void refreshPreview();
    void connectAll();

    ImportWizard* m_w;
    bool m_filling = false;
    std::set<std::string> m_guessed;
    std::map<std::string, Layer> m_layers;

    QListWidget* m_sources;
    QRadioButton* m_same;
    QRadioButton* m_layer;
    QRadioButton* m_dissolve;
    QLineEdit* m_fromPath;
    QComboBox* m_fromLayer;
    QComboBox* m_fromKey;
    QComboBox* m_dissolveField;
    QSpinBox* m_prefix;
    QComboBox* m_tableKey;
    QRadioButton* m_byArea;
    QRadioButton* m_byWeights;
    QComboBox* m_weights;
    QLineEdit* m_weightsPath;
    QComboBox* m_weightsLayer;
    QComboBox* m_weightsCount;
    QWidget* m_weightsFile;
    QWidget* m_postalBox;
    QCheckBox* m_postal;
    QComboBox* m_typeColumn;
    QComboBox* m_postalValue;
    QComboBox* m_parent;
    QComboBox* m_by;
    QWidget* m_censusBox;
    QListWidget* m_counts;
    QListWidget* m_rates;
    QComboBox* m_rateName;
    QComboBox* m_rateNum;
    QComboBox* m_rateDen;
    QLabel* m_preview;
};

} // namespace swingmap
