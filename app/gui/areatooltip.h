// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis.h"
#include "core/dataset.h"

#include <QString>

namespace swingmap {

/// Rich-text tooltip for area f: name, key and its figures; a suppressed area shows only
/// "too few households to show".
QString areaTooltip(const Dataset& data, const Analysis& analysis, std::size_t f);

/// For an area whose figures were moved from other areas (reconcile): each source's estimated
/// share and how it was moved (ReconcileInfo::description); "" when none was.
QString estimatedText(const Dataset& data, std::size_t f);

} // namespace swingmap
