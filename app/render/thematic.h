// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/classification.h"
#include "app/render/classstyle.h"
#include "app/render/legend.h"
#include "app/render/maprenderer.h"
#include "core/analysis.h"
#include "core/dataset.h"
#include "core/project.h"

#include <QString>

#include <optional>
#include <vector>

namespace swingmap {

/// One variable the map can show: a stable id (for --show and settings) and a name for menus.
struct MapVariable {
    QString id;   ///< "share_change", "residual", "lisa", "gwr_pct_age_60_74", ...
    QString name; ///< "Change in share", "Local effect of people aged 60–74 (GWR)", ...
};

/// A variable ready to draw: values per area (NaN for suppressed areas), classes and legend.
struct ThematicMap {
    QString id;
    QString title;
    ScaleKind kind = ScaleKind::Diverging;
    std::vector<double> values;
    Classification classification;
    Legend legend;
};

/// The id of the default map.
inline QString defaultMapId() {
    return QStringLiteral("share_change");
}

/// The map of what was modelled: the change measure's own map ("share_change", "turnout_change",
/// "butler_swing", ...) or "outcome" when the outcome is a census column.
QString primaryMapId(const Analysis& analysis);

/**
 * The variables this analysis can map, in menu order: changes and shares, swings (only when not
 * all NaN), model figures (when fitted), classes, LISA clusters and GWR local coefficients and
 * local R² (when computed).
 */
std::vector<MapVariable> availableMaps(const Analysis& analysis, const Project& project);

/// Build the map of variable `id`, or nothing when the analysis does not have it. With
/// `noiseHatch`, the legend ends with the "too small a base to tell" entry. `style` classifies
/// and colours continuous variables (the default keeps each variable's own scale).
std::optional<ThematicMap> makeThematicMap(const Analysis& analysis, const Project& project,
                                           const QString& id, bool noiseHatch = false,
                                           const ClassStyle& style = {});

/// Append the "figures estimated from other areas" legend entry when the data has such areas
/// (Dataset::estimated; thematicRenderer hatches them).
void addEstimatedEntry(ThematicMap& map, const Dataset& data, const Analysis& analysis);

/// A renderer of the map (keeps a pointer to data.geometry); hatches noise when asked, and always
/// the areas whose figures are mostly estimated from other areas (Dataset::estimated).
MapRenderer thematicRenderer(const Dataset& data, const Analysis& analysis, const ThematicMap& map,
                             MapStyle style = {}, bool noiseHatch = false);

} // namespace swingmap
