// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis.h"
#include "core/result.h"
#include "core/table.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace swingmap {

/// What a project lets SwingMap read (docs/schema.md: "limits", "allow_remote").
struct InputPolicy {
    static constexpr std::uint64_t kDefaultMaxInputMb = 2048;
    static constexpr std::uint64_t kDefaultMaxFeatures = 10'000'000;
    std::uint64_t maxInputBytes = kDefaultMaxInputMb << 20; ///< largest input file
    std::uint64_t maxFeatures = kDefaultMaxFeatures;        ///< most features/rows of one layer
    bool allowRemote = false;                               ///< network sources allowed
};

/// Where and how to read one input (boundaries or a table). Paths are absolute after parsing.
struct SourceSpec {
    std::string path;
    std::string layer;                ///< optional layer or sheet name
    std::string key;                  ///< key column
    std::string name;                 ///< optional area-name column
    std::string crs;                  ///< declared CRS for files that carry none, e.g. "EPSG:25832"
    std::string encoding;             ///< optional, e.g. "CP1252"; "" = detect (CSV)
    char decimal = 0;                 ///< '.' or ','; 0 = detect (CSV), else '.'
    char separator = 0;               ///< CSV field separator; 0 = detect
    std::size_t skipRows = 0;         ///< lines / sheet rows before the header
    std::size_t headerRows = 1;       ///< header lines joined per column with " / "
    std::vector<std::string> missing; ///< extra missing-value tokens
    RowFilter rows;                   ///< keep only matching rows
    int pad = 0;                      ///< left-pad keys with zeros to this width (0 = no)
    bool unpad = false;               ///< strip the keys' leading zeros
    bool sumDuplicates = false;       ///< "duplicates": "sum"
    std::string attribution;          ///< sources/licence line for outputs
    InputPolicy input;                ///< the project's limits (a copy of Project::input)
};

/// How a long table (one row per area x party or figure) is pivoted.
struct LongFormat {
    std::string partyColumn; ///< names the party or figure
    std::string value;       ///< holds the numbers
    RowFilter electorate, voters, valid, parties;
    bool hasElectorate = false, hasVoters = false;
};

/// Renames and merges that make an election's parties comparable with the others'.
struct PartyMapping {
    std::map<std::string, std::string> rename;             ///< from -> to
    std::map<std::string, std::vector<std::string>> merge; ///< to -> from
    std::string others;                                    ///< "" = keep every party
    std::vector<std::string> keep;                         ///< with others: kept as they are
    [[nodiscard]] bool empty() const { return rename.empty() && merge.empty() && others.empty(); }
};

/// Postal-vote districts of an election table (reconcile.postal, docs/schema.md).
struct PostalSpec {
    std::string typeColumn;  ///< column telling postal rows apart ("" = no polygon, electorate 0)
    std::string postalValue; ///< the type column's value of postal rows
    std::string parent;      ///< rows allocated within the same value of this column; "" = left out
    std::string by;          ///< postal ballots issued per polling row; "" = by voters
};

/// Moving a table given on other areas onto the boundaries (reconcile, docs/schema.md).
struct ReconcileSpec {
    bool enabled = false;
    SourceSpec from;             ///< the table's geometry (from.path "" = none, or dissolve)
    std::string dissolve;        ///< from = the boundaries dissolved by this field
    std::size_t prefix = 0;      ///< ... by its first `prefix` characters (0 = whole value)
    std::string method = "area"; ///< "area" or "weights"
    SourceSpec weights;          ///< weight points or polygons (weights.path "" = none)
    std::string weightsCount;    ///< their count field ("" = every feature counts 1)
    std::string weightsX;        ///< x column of a CSV/text file of weight points ("" = a layer)
    std::string weightsY;        ///< its y column
    std::string weightsElection; ///< or: a figure of this election on the boundaries
    std::string weightsFigure;   ///< "electorate", "voters" or "valid"
    bool hasPostal = false;
    PostalSpec postal;
    std::vector<std::string> counts; ///< census: the count columns moved

    /// from.stations: polling stations as points, turned into catchments clipped to `clip`
    SourceSpec stations;              ///< stations.path "" = none
    std::string stationsX, stationsY; ///< coordinate columns of a CSV/text file
    std::string stationsArea;         ///< optional: the clip area each station serves
    SourceSpec clip;                  ///< clip polygons (clip.key optional) ...
    std::string clipDissolve;         ///< ... or the boundaries dissolved by this field
    std::size_t clipPrefix = 0;       ///< ... by its first `clipPrefix` characters

    /// census: column -> (numerator, denominator), recomputed from moved counts
    std::vector<std::pair<std::string, std::pair<std::string, std::string>>> rates;
    /// True when the counts are moved from other geometry (not only postal rows handled).
    [[nodiscard]] bool moves() const {
        return !from.path.empty() || !dissolve.empty() || !stations.path.empty();
    }
};

struct ElectionSpec {
    SourceSpec source;
    std::string label;
    bool longFormat = false;
    std::string electorate, voters, valid; ///< wide: column names ("" = not given)
    std::vector<std::string> parties;      ///< wide: party columns
    LongFormat longSpec;                   ///< long: the pivot
    PartyMapping mapping;
    ReconcileSpec reconcile;
};

/// The optional streets layer (docs/schema.md, Streets): lines clipped to the areas.
struct StreetsSpec {
    SourceSpec source;              ///< path, layer, crs, encoding, attribution
    std::string nameField = "name"; ///< street names; unnamed features are dropped
    std::string classField = "highway";
    std::vector<std::string> classes; ///< keep only these classes (empty = every class)
    [[nodiscard]] bool enabled() const { return !source.path.empty(); }
};

/// The PDF briefing atlas (docs/schema.md, Atlas): one page per group of areas.
struct AtlasSpec {
    std::string group;         ///< grouping column ("" = no atlas)
    bool a3 = false;           ///< paper "A3" (else "A4")
    bool landscape = false;    ///< orientation "landscape" (else "portrait")
    std::size_t walkList = 25; ///< most streets per group's walk list
    /// "groups": a polygon layer of the groups (name = its name column); areas go to the feature
    /// they overlap most (gis/grouping.h). Then `group` is that name column.
    std::optional<SourceSpec> groups;
    [[nodiscard]] bool enabled() const { return !group.empty() || groups.has_value(); }
    [[nodiscard]] const char* paper() const { return a3 ? "A3" : "A4"; }
    [[nodiscard]] const char* orientation() const { return landscape ? "landscape" : "portrait"; }
};

/// A SwingMap project file (docs/schema.md), resolved against its own folder.
struct Project {
    std::string file; ///< the project file itself (absolute)
    std::string title;
    SourceSpec boundaries;
    std::vector<ElectionSpec> elections;
    std::vector<SourceSpec> census;
    std::vector<ReconcileSpec> censusReconcile; ///< per census source (same index)
    double estimatedHatch = 0.5; ///< analysis.estimated_hatch: hatch above this estimated share
    std::string workingCrs;      ///< "" = the boundaries' CRS
    AnalysisSettings analysis;
    std::string households; ///< privacy households column (in a census table) or ""
    std::map<std::string, std::string> labels; ///< covariate column -> plain label
    bool synthetic = false;
    AtlasSpec atlas;                    ///< "atlas" (swingmap-cli --atlas, --paper, ...)
    std::string weightsLabel;           ///< as written in the project ("valid", ...)
    InputPolicy input;                  ///< "limits" and "allow_remote"; see setInputPolicy
    std::optional<StreetsSpec> streets; ///< "streets" (swingmap-cli --streets)
};

/// Set the project's input policy and copy it into every source (the command line's
/// --max-input-mb, the environment's SWINGMAP_MAX_INPUT_MB).
void setInputPolicy(Project& project, const InputPolicy& policy);

/// The reconcile steps of every election and census source (project order).
std::vector<ReconcileSpec*> reconcileSpecs(Project& project);
/// A file a reconcile step reads.
struct ReconcileSource {
    std::string key;  ///< JSON path of its "path" key, e.g. "$.elections[0].reconcile.weights.path"
    std::string role; ///< e.g. "election 2019 reconcile weights", "census table 1 reconcile from"
    const SourceSpec* source = nullptr;
};
/// The files the reconcile steps read (from, stations, clip, weights), in project order.
std::vector<ReconcileSource> reconcileSources(const Project& project);

/// Parse and validate a project file's text. `file` is used to resolve relative paths and in
/// messages. Validation against the JSON schema reports the first violation with its JSON path.
Result<Project> parseProject(const std::string& text, const std::string& file);
/// Read the file from disk and parse it. SWINGMAP_MAX_INPUT_MB, when set, overrides
/// "limits.max_input_mb".
Result<Project> loadProject(const std::string& file);

} // namespace swingmap
