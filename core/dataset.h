// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry.h"

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

    [[nodiscard]] std::size_t areaCount() const { return keys.size(); }
    [[nodiscard]] int electionIndex(const std::string& label) const;
    [[nodiscard]] int covariateIndex(const std::string& name) const;
    [[nodiscard]] int categoryIndex(const std::string& name) const;
};

} // namespace swingmap
