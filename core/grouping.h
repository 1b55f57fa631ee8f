// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Areas grouped by a second polygon layer (wards, Stadtteile, constituencies): each area goes to
/// the group it overlaps most, so an atlas can give every group a page.

#include "core/interpolate.h"

#include <cstddef>
#include <vector>

namespace swingmap {

struct GroupAssignment {
    std::vector<int> group;     ///< per area: index of its group, -1 = overlaps none
    std::vector<double> share;  ///< per area: share of its area inside that group (0..1)
    std::size_t unassigned = 0; ///< areas overlapping no group (or below minShare)
    std::size_t straddling = 0; ///< areas with less than straddleShare inside their group
    double straddleShare = 0.9; ///< as used for `straddling`
};

/**
 * For an overlay of the areas (sources) with the groups (targets), duplicate pairs added up: each
 * area goes to the group it shares the largest area with (ties: the lower group index). An area
 * whose largest share of its own area is below `minShare` is left without a group. Areas with more
 * than one group under them by more than 1 − straddleShare are counted in `straddling` (a hint that
 * the layers do not nest).
 */
GroupAssignment assignByLargestOverlap(const OverlapMatrix& overlay, double minShare = 0.0,
                                       double straddleShare = 0.9);

} // namespace swingmap
