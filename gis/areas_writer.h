// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis.h"
#include "core/dataset.h"
#include "core/result.h"

#include <string>

namespace swingmap::gis {

/// Write areas.gpkg (layer "areas"): every boundary feature with the fields of docs/schema.md.
/// Suppressed areas keep their geometry and key; their figures are NULL.
Status writeAreasGpkg(const std::string& path, const Dataset& data, const Analysis& analysis);

} // namespace swingmap::gis
