// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis.h"
#include "core/dataset.h"
#include "core/geometry.h"
#include "core/streets.h"
#include "core/targets.h"

#include <string>
#include <vector>

namespace swingmap {

/// One page group of the atlas: the areas sharing a value of the group column.
struct AtlasGroup {
    std::string name;               ///< the value, or "(no group)"
    std::vector<std::size_t> areas; ///< indices into the dataset
    BBox extent;                    ///< of its areas with geometry
    std::vector<Target> targets;    ///< its target areas, in targets.csv order (city-wide rank)
    std::vector<StreetScore> walk;  ///< streets whose longest piece is here, by city rank
    std::size_t streetsInGroup = 0; ///< listed streets whose longest piece is here
    /// Its outer border (edges not shared with another area of the group) as world polylines.
    std::vector<std::vector<double>> outline;
    std::array<double, 2> labelAt{0, 0}; ///< a point inside its largest area, for labels
};

/// "(no group)": the page of the areas whose group value is empty.
inline const char* noGroupName() {
    return "(no group)";
}

/**
 * The groups of `data.groups` sorted by name ("(no group)" last), each with its areas, extent,
 * outline, target areas (`targets`, suppressed areas never among them) and walk list (the
 * `walkList` best-ranked streets whose longest published piece lies in the group).
 */
std::vector<AtlasGroup> buildAtlasGroups(const Dataset& data, const std::vector<Target>& targets,
                                         const StreetRanking* ranking, std::size_t walkList);

/// A copy of `layer` keeping only the vertices at least `tolerance` (world units) from the last
/// kept one (every ring keeps at least its first three points and its closing point).
/// With `keep`, the features not flagged there are left without geometry.
PolygonLayer generaliseLayer(const PolygonLayer& layer, double tolerance,
                             const std::vector<uint8_t>* keep = nullptr);

/// The streets' pieces inside `areas` (flags per area), generalised like generaliseLayer.
StreetLayer streetsInAreas(const StreetLayer& streets, const std::vector<uint8_t>& inGroup,
                           double tolerance);

/// A polyline (interleaved x, y) with vertices closer than `tolerance` dropped (ends kept).
std::vector<double> generaliseLine(const std::vector<double>& xy, double tolerance);

} // namespace swingmap
