// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/streetsdraw.h"
#include "core/analysis.h"
#include "core/dataset.h"
#include "core/project.h"
#include "core/result.h"

#include <string>

namespace swingmap {

/// What an atlas run printed (report.json "atlas").
struct AtlasSummary {
    std::size_t pages = 0;
    std::size_t groups = 0;
};

namespace Atlas {

/**
 * Write the PDF briefing atlas (docs/schema.md §8) grouped by `data.groups` with the paper,
 * orientation and walk-list length of `project.atlas`: a cover (title, elections, overview map
 * with the groups' borders, the model in plain words), an index, and one page per group (zoomed
 * map with neighbours greyed, streets, legend with counts, scale bar, north arrow, locator inset,
 * target areas and walk list, continued on following pages when they do not fit). Vector, fonts
 * embedded, geometry generalised to 0.2 mm at each map's scale. Needs a QGuiApplication.
 */
Result<AtlasSummary> writePdf(const std::string& path, const Dataset& data,
                              const Analysis& analysis, const Project& project,
                              const StreetsOverlay* streets = nullptr);

} // namespace Atlas

} // namespace swingmap
