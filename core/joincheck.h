// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checks around the key join: total rows, summed duplicates, row plausibility and area names.
#include "core/dataset.h"
#include "core/keys.h"
#include "core/result.h"
#include "core/table.h"

#include <string>
#include <vector>

namespace swingmap {

/// Rows that look like totals rather than areas.
struct TotalScan {
    std::vector<char> isTotal; ///< per table row
    std::vector<TotalRow> rows;
};

/// A row is a total when its key (normalised, adjusted) is not an area key, or repeats an earlier
/// row's key, and either a text cell (the name column if given, else every non-numeric cell) is
/// named like a total, or its count is at least 3 times the median count of the rows that match
/// an area. `counts` holds one number per row (NaN = unknown).
TotalScan findTotalRows(const Table& t, const std::vector<std::string>& keys,
                        const std::vector<std::string>& areaKeys, const std::vector<double>& counts,
                        const std::string& nameColumn, const std::string& role);
TotalScan findTotalRows(const Table& t, const std::vector<std::string>& keys, const KeyIndex& areas,
                        const std::vector<double>& counts, const std::string& nameColumn,
                        const std::string& role);

/// "duplicates": "sum": one row per key, numbers added column by column (a column with any text
/// keeps the first row's cell). `keys` are replaced by the surviving rows' keys.
Table sumDuplicateRows(const Table& t, std::vector<std::string>& keys, const NumberFormat& fmt);

/// Row checks on one election aligned to the areas (hasRow[i]: the area has a row): valid <=
/// voters <= electorate, party votes <= valid, no negative count, electorate > 0. An area whose
/// row fails gets every figure set to NaN and e.rowProblem[i] the first failed check.
std::vector<RowCheck> checkElectionRows(ElectionData& e, const std::vector<std::string>& areaKeys,
                                        const std::vector<char>& hasRow, const std::string& role);

/// Compare the names of matched areas after normaliseName(); appends to the report (the list is
/// cut at 1,000, the count complete). Empty names on either side are not compared.
void compareNames(const std::vector<std::string>& areaKeys,
                  const std::vector<std::string>& reference, const std::vector<std::string>& names,
                  const std::string& role, JoinReport& report);

} // namespace swingmap
