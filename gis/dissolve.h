// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dissolve.h"
#include "core/geometry.h"
#include "core/result.h"

#include <string>
#include <vector>

namespace swingmap::gis {

/// How the groups' geometry was rebuilt (for the report).
struct DissolveInfo {
    std::size_t coverageUnions = 0; ///< groups merged by GEOS coverage union (edges shared exactly)
    std::size_t fullUnions = 0;     ///< groups that needed GEOS's general (unary) union
    std::size_t failures = 0;       ///< groups GEOS could not merge (left without geometry)
    std::vector<std::string> messages; ///< the first 10 failures
};

/**
 * The union of each group's areas: feature g of the result is group g of `groups` (see
 * core/dissolve.h). Areas that tile without overlap (polling districts, postcode areas) are
 * merged by GEOSCoverageUnion, which only dissolves the shared edges; the result is accepted
 * when it is valid and its area equals the members' total to 1e-9, otherwise (overlaps,
 * edges not noded alike) GEOSUnaryUnion merges the group. A group without geometry gives a
 * feature without geometry. Groups are shared out over the threads (0 = every core), each with
 * its own GEOS context. Fails when groups.groupOf does not have one entry per feature.
 */
Result<PolygonLayer> dissolveByGroup(const PolygonLayer& layer, const DissolveGroups& groups,
                                     DissolveInfo* info = nullptr, unsigned threads = 0);

} // namespace swingmap::gis
