// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Aggregation of areas into larger ones (polling district → Stadtteil, PC6 → PC4): the groups
/// and the summed counts. The geometry is rebuilt by gis/dissolve.h.

#include "core/interpolate.h"
#include "core/result.h"

#include <string>
#include <vector>

namespace swingmap {

/// Which group each area falls into. Groups are numbered in the order of their sorted keys.
struct DissolveGroups {
    std::vector<int> groupOf;         ///< per area; -1 = left out (empty key)
    std::vector<std::string> keys;    ///< per group
    std::vector<std::size_t> members; ///< per group: number of areas
    std::size_t leftOut = 0;          ///< areas with an empty key (or shorter than the prefix)
};

/**
 * Groups areas by their value of a column (prefixLength = 0) or by the first prefixLength
 * characters of it (PC6 "1234AB" → PC4 "1234"; a code "001-01" → Stadtteil "001" with 3).
 * Keys are trimmed of surrounding spaces; an empty key, or one shorter than the prefix, leaves
 * the area out (counted).
 */
DissolveGroups groupByKey(const std::vector<std::string>& keys, std::size_t prefixLength = 0);

/// Per column, the totals before and after (equal unless an area was left out).
struct DissolveTotals {
    std::string name;
    double before = 0, after = 0, leftOut = 0;
    std::size_t missing = 0; ///< areas with NaN (summed as 0)
};

struct DissolvedCounts {
    std::vector<CountColumn> columns; ///< per group
    std::vector<DissolveTotals> totals;
};

/// Sums every count column per group. Fails when a column's length is not the number of areas.
Result<DissolvedCounts> sumByGroup(const std::vector<CountColumn>& columns,
                                   const DissolveGroups& groups);

} // namespace swingmap
