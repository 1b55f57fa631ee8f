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
    std::string layer;               ///< the layer read ("" when the file has one)
    std::vector<std::string> layers; ///< every layer of the file
    std::size_t features = 0;
    std::string crs;
    std::vector<std::string> fields;
    std::vector<std::string> samples; ///< per field: the first values, joined with ", "
    Table attributes;                 ///< every field as text
    std::string keyGuess, nameGuess;
};
/// `layer` "" = the only layer, or the first of several.
Result<BoundaryPreview> previewBoundaries(const std::string& path, const std::string& layer = {});

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

/// A table given on other areas (reconcile, docs/schema.md), as the wizard maps it.
struct ReconcileInput {
    enum class From {
        Same,    ///< the boundaries' own areas: nothing moved (postal rows may still be handled)
        Layer,   ///< another polygon layer: fromPath, fromLayer, fromKey
        Dissolve ///< the boundaries grouped by a field (or its first `prefix` characters)
    };
    From from = From::Same;
    std::string fromPath, fromLayer, fromKey;
    std::string dissolve;
    int prefix = 0;
    std::string method = "area"; ///< "area" or "weights"
    // weights: polygons with a count, or another election's figure on the boundaries
    std::string weightsPath, weightsLayer, weightsCount;
    std::string weightsElection, weightsFigure;
    // elections: postal-vote districts
    bool postal = false;
    std::string typeColumn, postalValue, parent, by;
    // census: the count columns moved and the rates recomputed from them
    std::vector<std::string> counts;
    std::vector<std::pair<std::string, std::pair<std::string, std::string>>> rates;

    [[nodiscard]] bool moves() const { return from != From::Same; }
    [[nodiscard]] bool any() const { return moves() || postal; }
};

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
    ReconcileInput reconcile;
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
    ReconcileInput reconcile;
};
CensusInput guessCensus(const std::vector<std::string>& boundaryKeys, const Table& t,
                        const std::string& path);
/// Numeric columns other than the key: candidate covariates.
std::vector<std::string> numericColumns(const Table& t, const std::string& key);

struct ProjectInput {
    std::string title;
    std::string boundaries, boundaryLayer, boundaryKey, boundaryName;
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

// ---- Reconcile (projectbuilder_reconcile.cpp) ----

/// The layers of a vector file (one entry for a single-layer file).
Result<std::vector<std::string>> layerNames(const std::string& path);

/// What marks an election table's postal-vote rows, and how they would be shared out.
struct PostalGuess {
    bool found = false;
    std::string typeColumn, postalValue; ///< "" = rows without polygon and electorate 0
    std::string parent;                  ///< "" = no column groups them with polling rows
    std::string by;                      ///< postal ballots issued per polling row, or ""
};
/// Guess from the data: a text column with a value whose rows all have electorate 0 (or a
/// value named like brief/postal), a parent column whose every postal value also has polling
/// rows (the finest such), and a numeric column of postal ballots issued (0 on postal rows).
/// `polygonKeys` are the keys that have a polygon (normalised).
PostalGuess guessPostal(const Table& t, const ElectionInput& e,
                        const std::vector<std::string>& polygonKeys);

/// Text columns that may group rows (parent candidates), in table order.
std::vector<std::string> groupingColumns(const Table& t, const std::string& key);

/// Boundary grouping that matches a table's keys: a boundary field, or the key's first N
/// characters; `key` the table column that matches best. Empty field and prefix 0: none.
struct DissolveGuess {
    std::string field;
    int prefix = 0;
    KeyCandidate key;
};
DissolveGuess guessDissolve(const Table& boundaries, const std::string& boundaryKey,
                            const Table& t);
/// The (normalised) keys of the boundaries grouped by `field` (first `prefix` chars when > 0).
std::vector<std::string> dissolvedKeys(const Table& boundaries, const std::string& field,
                                       int prefix);

/// Numeric columns that may be counts: non-negative, varying, not key-like and not named like a
/// rate (share, pct, rate, avg, mean, per, ratio, Anteil, Quote, density, %).
std::vector<std::string> countColumns(const Table& t, const std::string& key);
/// For each of `columns` that is a ratio of two other `counts` in every row (to rounding), the
/// pair (numerator, denominator); columns of whole numbers and columns that are no such ratio
/// are left out.
std::vector<std::pair<std::string, std::pair<std::string, std::string>>>
guessRates(const Table& t, const std::vector<std::string>& columns,
           const std::vector<std::string>& counts);

/// What the reconcile step would see in the table, before anything is moved.
struct ReconcilePreview {
    std::size_t rows = 0;                  ///< rows kept by the source's row filter
    std::size_t postalRows = 0;            ///< rows taken for postal-vote districts
    std::size_t parents = 0;               ///< distinct parents of postal rows
    std::size_t parentsWithoutPolling = 0; ///< ... with no polling row (their votes are lost)
    std::size_t byMissing = 0;             ///< polling rows without a `by` figure
    std::size_t keys = 0;                  ///< distinct keys of the other rows
    std::size_t keysFound = 0;             ///< ... that are areas of `areaKeys`
    std::size_t areas = 0;                 ///< areas the keys refer to (`areaKeys`)
};
/// `areaKeys`: the keys of `from` (the layer's, the dissolved boundaries', or the boundaries').
ReconcilePreview previewReconcile(const Table& t, const std::string& key, int pad, bool unpad,
                                  const RowFilter& rows, const std::string& electorate,
                                  const ReconcileInput& r,
                                  const std::vector<std::string>& areaKeys);

} // namespace swingmap::builder
