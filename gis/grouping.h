// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Group the areas by a second polygon layer (an atlas's wards or Stadtteile): read it, overlay
/// it with the areas in a projected CRS, and give each area the group it overlaps most.

#include "core/grouping.h"
#include "core/project.h"
#include "core/result.h"
#include "gis/overlay.h"

#include <string>
#include <vector>

namespace swingmap::gis {

struct AreaGroups {
    std::string source;               ///< file (layer) of the groups
    std::vector<std::string> names;   ///< per group feature: its name ("" when the cell is empty)
    GroupAssignment assignment;       ///< per area
    std::vector<std::string> perArea; ///< per area: its group's name, "" = none
    std::size_t geosFailures = 0;
};

/**
 * `groups` names the layer (path, layer, crs) and `groups.name` its name column (required). The
 * areas are `areas` (geometry in `areas.crs`). Fails when the file cannot be read, the name
 * column is missing (the message lists the columns) or the layers cannot be overlaid.
 */
Result<AreaGroups> groupAreas(const CrsLayer& areas, const SourceSpec& groups);

} // namespace swingmap::gis
