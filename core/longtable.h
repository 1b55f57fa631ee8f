// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Long election tables (one row per area x party or figure) and party mapping.
#include "core/project.h"
#include "core/result.h"
#include "core/table.h"

#include <string>
#include <vector>

namespace swingmap {

/// Column names the pivot gives the three figures (parties keep their own names).
inline constexpr const char* kElectorateColumn = "(electorate)";
inline constexpr const char* kVotersColumn = "(voters)";
inline constexpr const char* kValidColumn = "(valid)";

/// A long table turned wide: one row per area (keyed by the trimmed key cell, in order of first
/// appearance), the key and name columns as in the source, then "(electorate)", "(voters)",
/// "(valid)" and one column per party in order of first appearance. A party row without a
/// number counts 0; an area without a figure's row leaves it empty.
struct Pivot {
    Table table;
    std::vector<std::string> parties;
};

/// `label` names the election in messages. Each row may match one role only; two rows for one
/// area and role (or party) are an error naming both lines unless spec.sumDuplicates.
Result<Pivot> pivotLong(const Table& t, const SourceSpec& spec, const LongFormat& l,
                        const NumberFormat& fmt, const std::string& label);

/// Parties after renames and merges: names[k] adds up the source parties sources[k].
struct PartyMap {
    std::vector<std::string> names;
    std::vector<std::vector<std::string>> sources;
};

/// Apply an election's rename / merge / others / keep to its parties (columns of a wide table,
/// or the parties found in a long one). A name in the mapping that is not a party, or a party
/// mapped twice, is an error naming it. `where` names the election in messages.
Result<PartyMap> mapParties(const std::vector<std::string>& parties, const PartyMapping& m,
                            const std::string& where);

/// Votes of a mapped party: the sum of its source parties, missing counted as 0 unless all are
/// missing.
std::vector<double> sumParties(const std::vector<const std::vector<double>*>& columns);

} // namespace swingmap
