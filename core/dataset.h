// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry.h"
#include "core/interpolate.h"
#include "core/postal.h"

#include <map>
#include <string>
#include <vector>

namespace swingmap {

/// One election's figures aligned to the boundary features (NaN where unknown or unmatched).
struct ElectionData {
    std::string label;
    std::vector<std::string> parties;
    std::vector<double> electorate;         ///< E
    std::vector<double> voters;             ///< T (votes cast); NaN when not given
    std::vector<double> valid;              ///< V
    std::vector<std::vector<double>> votes; ///< votes[party][area]
    /// Why the area's row of this election cannot be used ("" = usable), e.g. "valid > voters";
    /// such an area's figures are NaN.
    std::vector<std::string> rowProblem;

    [[nodiscard]] int partyIndex(const std::string& party) const;
};

/// How one input table joined onto the boundaries.
struct SourceJoin {
    std::string role; ///< "election 2021", "census"
    std::string path;
    std::size_t rows = 0;
    std::size_t matched = 0; ///< rows whose key matched a boundary feature
    std::size_t areasWithoutRow = 0;
    std::vector<std::string> unmatchedKeys; ///< source keys with no boundary feature
    std::vector<std::string> duplicateKeys; ///< keys appearing more than once in the source
    std::vector<std::string> missingKeys;   ///< boundary keys absent from this source
    std::string encoding;                   ///< as read (declared or detected), "" = not a CSV
    std::string separator;                  ///< CSV field separator as read
    std::string decimal;                    ///< decimal mark as used
    std::size_t footnoteLines = 0;          ///< trailing footnote lines dropped
    std::size_t totalRows = 0;              ///< rows taken for totals (see JoinReport::totalRows)
};

/// Keys that match the boundaries only after zero-padding or unpadding (never applied silently).
struct PaddingHint {
    std::string source; ///< role of the source
    std::size_t count = 0;
    std::string sourceKey, boundaryKey; ///< an example pair
    std::string fix;                    ///< "\"pad\": 3" or "\"unpad\": true"
};

/// A source row that looks like a total (Land, Bund, Summe …) rather than an area.
struct TotalRow {
    std::string source, key, name, reason;
};

/// One row check (valid <= voters <= electorate, …) with its violations in one source.
struct RowCheck {
    std::string source;
    std::string check; ///< "valid > voters", "negative count", …
    std::size_t count = 0;
    std::vector<std::string> examples; ///< the first five: "KEY: figures"
};

/// A key that matched while the two sources' area names disagree.
struct NameMismatch {
    std::string source, key, boundaryName, sourceName;
};

struct GeometryReport {
    std::size_t repaired = 0; ///< invalid polygons repaired with MakeValid
    std::size_t empty = 0;    ///< NULL or empty geometries
    std::size_t islands = 0;  ///< areas touching no other area
};

struct JoinReport {
    std::size_t boundaryFeatures = 0;
    std::vector<std::string> duplicateBoundaryKeys;
    std::vector<SourceJoin> sources;
    GeometryReport geometry;
    std::vector<PaddingHint> paddingHints;
    std::vector<TotalRow> totalRows;
    std::vector<RowCheck> rowChecks;
    std::size_t nameMismatchCount = 0;        ///< complete count
    std::vector<NameMismatch> nameMismatches; ///< cut at 1,000
};

/// The weights of a dasymetric reconcile (report.json reconcile[].weights).
struct ReconcileWeightsInfo {
    std::string kind;  ///< "points", "polygons" or "election"; "" = moved by area
    std::string path;  ///< file (layer), or the election label
    std::string count; ///< count column or figure; "each feature counts 1"
    std::size_t points = 0, withoutCoordinates = 0;
    std::size_t outsideSource = 0, outsideTarget = 0, unmatched = 0;
};

/// Catchments built from polling stations (report.json reconcile[].catchments).
struct ReconcileCatchmentsInfo {
    bool used = false;
    std::size_t stations = 0, cells = 0, clipAreas = 0;
    std::string clip; ///< file (layer) or "dissolve COLUMN"
    std::size_t noCoordinates = 0, outside = 0, elsewhere = 0, duplicates = 0, emptyCells = 0;
    std::size_t areasWithoutStation = 0, geosFailures = 0;
    std::vector<std::string> messages; ///< the first 20
};

/// How one election or census table given on other areas reached the boundaries (reconcile).
struct ReconcileInfo {
    std::string source; ///< role: "election 2019", "census FILE"
    std::string label;  ///< election label or census file stem (gpkg field names)
    bool election = false;
    std::string method = "none"; ///< "area", "weights", or "none" (postal rows only)
    std::string description;     ///< plain words for the PDF's sources line
    std::string from;            ///< the source geometry: file (layer) or "dissolve COLUMN"
    std::string crs;             ///< the overlay's working CRS
    std::size_t pairs = 0, geosFailures = 0, areaFallback = 0;
    std::size_t unmatchedRows = 0; ///< table rows whose key has no polygon in `from`
    double unmatchedLost = 0;      ///< their amount of the first moved column
    std::vector<ColumnTotals> totals;
    double maxDiscrepancy = 0;
    std::vector<double> estimatedShare; ///< per area; empty when nothing was moved
    bool hasPostal = false;
    PostalReport postal;
    ReconcileWeightsInfo weights;
    ReconcileCatchmentsInfo catchments;
};

/// Everything read from a project, aligned to the boundary features by index.
struct Dataset {
    std::string title;
    std::string crsName;     ///< e.g. "EPSG:25832" or the CRS name
    std::string crsWkt;      ///< the working CRS as WKT, for writing outputs
    bool geographic = false; ///< true when coordinates are degrees
    PolygonLayer geometry;
    std::vector<std::string> keys;  ///< normalised boundary keys
    std::vector<std::string> names; ///< area names ("" when none)
    std::vector<ElectionData> elections;
    std::vector<std::string> covariateNames;
    std::vector<std::vector<double>> covariates;      ///< covariates[column][area]
    std::vector<std::string> categoryNames;           ///< text columns of the census tables
    std::vector<std::vector<std::string>> categories; ///< categories[column][area], "" = missing
    std::vector<double> households;                   ///< empty when unknown
    std::vector<std::string> attribution;             ///< sources and licences, one line each
    bool synthetic = false;                           ///< generated demo data
    JoinReport join;
    std::vector<ReconcileInfo> reconcile; ///< per reconciled source, in project order
    /// Per area: 1 = more than analysis.estimated_hatch of the analysed elections' figures (the
    /// census sources' for a census outcome) came from other areas' geometry; empty = none.
    std::vector<uint8_t> estimated;
    std::vector<std::string> boundaryColumns; ///< the boundary layer's attribute columns
    std::string groupColumn;                  ///< the atlas' grouping column ("" = none)
    std::vector<std::string> groups; ///< per area its group ("" = none); empty without an atlas

    [[nodiscard]] std::size_t areaCount() const { return keys.size(); }
    [[nodiscard]] int electionIndex(const std::string& label) const;
    [[nodiscard]] int covariateIndex(const std::string& name) const;
    [[nodiscard]] int categoryIndex(const std::string& name) const;
};

} // namespace swingmap
