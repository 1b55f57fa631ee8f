// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The import wizard's logic without widgets: preview files, guess what columns mean (English,
// German, Dutch, French), rank key columns by their overlap with the boundary keys, and build a
// project file's JSON that parseProject accepts.
#include "core/dataset.h"
#include "core/project.h"
#include "core/result.h"
#include "core/table.h"

#include <string>
#include <string_view>
#include <vector>

namespace swingmap::builder {

/// What a column header most likely means: "electorate", "voters", "valid", "invalid", "name",
/// "key", "party", "value" or "" (unknown).
std::string guessRole(std::string_view header);

/// The boundary file as the wizard shows it.
struct BoundaryPreview {
    std::string path;
    std::size_t features = 0;
    std::string crs;
    std::vector<std::string> fields;
    std::vector<std::string> samples; ///< per field: the first values, joined with ", "
    Table attributes;                 ///< every field as text
    std::string keyGuess, nameGuess;
};
Result<BoundaryPreview> previewBoundaries(const std::string& path);

/// A table read through the same reader the project uses (CSV dialect detected).
Result<Table> readTablePreview(const std::string& path);

/// How well one column's keys match the boundary keys, with the fix that makes them match.
struct KeyCandidate {
    std::string column;
    std::size_t matched = 0;  ///< distinct boundary keys found
    std::size_t distinct = 0; ///< distinct keys in the column
    int pad = 0;
    bool unpad = false;
};
/// Every column ranked by overlap (best first); `rows` restricts the table first.
std::vector<KeyCandidate> rankKeyColumns(const std::vector<std::string>& boundaryKeys,
                                         const Table& t, const RowFilter& rows = {});

/// A column whose value is fixed per raw key (an area level such as Gebietsart) and one of its
/// values that keeps every match while dropping the other levels' rows; empty when not needed.
RowFilter guessLevelFilter(const std::vector<std::string>& boundaryKeys, const Table& t,
                           const KeyCandidate& key);

/// One election table as the wizard maps it.
struct ElectionInput {
    std::string label;
    std::string path;
    std::string key, name;
    int pad = 0;
    bool unpad = false;
    RowFilter rows;
    bool longFormat = false;
    // wide
    std::string electorate, voters, valid;
    std::vector<std::string> parties;
    // long
    std::string partyColumn, value;
    RowFilter electorateRows, votersRows, validRows, partyRows;
};

/// Guess the mapping of an election table: long or wide, roles, key column and level filter.
/// `valueColumn` (long tables) picks the figures column when given.
ElectionInput guessElection(const std::vector<std::string>& boundaryKeys, const Table& t,
                            const std::string& path, const std::string& valueColumn = {});

/// The parties of an election as mapped (long: the party column's values among party rows).
std::vector<std::string> partiesOf(const ElectionInput& e, const Table& t);

struct CensusInput {
    std::string path;
    std::string key, name;
    int pad = 0;
    bool unpad = false;
    RowFilter rows;
};
CensusInput guessCensus(const std::vector<std::string>& boundaryKeys, const Table& t,
                        const std::string& path);
/// Numeric columns other than the key: candidate covariates.
std::vector<std::string> numericColumns(const Table& t, const std::string& key);

struct ProjectInput {
    std::string title;
    std::string boundaries, boundaryKey, boundaryName;
    std::vector<ElectionInput> elections;
    std::vector<CensusInput> census;
    std::string party, from, to, outcome = "share_change";
    std::vector<std::string> covariates;
};

/// The project file's JSON text (absolute paths), pretty-printed.
std::string projectJson(const ProjectInput& in);
/// Build the JSON and check it with parseProject as if saved at `file`; the text when valid.
Result<std::string> buildProject(const ProjectInput& in, const std::string& file);

/// The join report of one election (or census) table on the boundaries before any fit: loads
/// the boundaries and that table only, as a project would.
Result<JoinReport> previewJoin(const ProjectInput& in, const std::string& file);

} // namespace swingmap::builder
