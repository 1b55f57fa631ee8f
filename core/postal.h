// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Postal-vote districts (no territory, electorate 0) shared out over the polling districts of
/// the same parent area (docs/schema.md, reconcile.postal). No geometry: rows and numbers only.

#include "core/interpolate.h"
#include "core/result.h"

#include <string>
#include <vector>

namespace swingmap {

/// One parent area's postal rows and what was allocated there.
struct PostalParent {
    std::string parent;
    std::size_t postalRows = 0, pollingRows = 0;
    std::vector<double> amounts; ///< per column: the postal total of this parent
};

/// Per column: moved onto polling rows, or lost (a parent without polling rows, or left out).
struct PostalColumnTotals {
    std::string name;
    double moved = 0, lost = 0;
};

struct PostalReport {
    std::string method; ///< "by ballots issued", "by voters" or "left out"
    std::string by;     ///< the column shares were taken from ("" when left out)
    std::string parent; ///< the parent column ("" when left out)
    std::size_t postalRows = 0;
    std::size_t rowsMoved = 0; ///< postal rows whose amounts reached polling rows
    std::vector<PostalColumnTotals> columns;
    std::vector<PostalParent> parents;              ///< sorted by parent
    std::vector<std::string> parentsWithoutPolling; ///< their postal amounts are lost
    /// parents whose `by` figures are all zero or missing: shared by voters instead
    std::vector<std::string> parentsByVoters;
};

struct PostalResult {
    /// The count columns over the polling rows only (postal rows removed, in row order).
    std::vector<CountColumn> columns;
    std::vector<std::size_t> pollingRows; ///< the input row of each output row
    PostalReport report;
};

/**
 * Allocates the postal rows (isPostal[r] != 0) of every count column to the polling rows with the
 * same parent value, in proportion to `by` (postal ballots issued; NaN counts as 0) when given
 * (non-empty), else to `voters`. A parent whose `by` figures are all zero falls back to voters;
 * one whose voters are all zero too shares equally. The postal total of each parent is preserved
 * (the last polling row takes the remainder, so the sum is exact up to one rounding). A parent
 * with postal rows but no polling row loses its amount. With `leaveOut` the postal rows are
 * dropped and their amounts reported lost. NaN counts in postal rows move as 0. Fails when a
 * vector's length differs from the row count.
 */
Result<PostalResult> allocatePostal(const std::vector<char>& isPostal,
                                    const std::vector<std::string>& parent,
                                    const std::vector<CountColumn>& columns,
                                    const std::vector<double>& by,
                                    const std::vector<double>& voters, bool leaveOut = false);

} // namespace swingmap
