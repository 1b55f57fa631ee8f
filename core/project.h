// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis.h"
#include "core/result.h"

#include <map>
#include <string>
#include <vector>

namespace swingmap {

/// Where and how to read one input (boundaries or a table). Paths are absolute after parsing.
struct SourceSpec {
    std::string path;
    std::string layer;    ///< optional layer or sheet name
    std::string key;      ///< key column
    std::string name;     ///< optional area-name column
    std::string crs;      ///< declared CRS for files that carry none, e.g. "EPSG:25832"
    std::string encoding; ///< optional, e.g. "CP1252"
    char decimal = '.';
    std::vector<std::string> missing; ///< extra missing-value tokens
    std::string attribution;          ///< sources/licence line for outputs
};

struct ElectionSpec {
    SourceSpec source;
    std::string label;
    std::string electorate, voters, valid; ///< column names ("" = not given)
    std::vector<std::string> parties;
};

/// A SwingMap project file (docs/schema.md), resolved against its own folder.
struct Project {
    std::string file; ///< the project file itself (absolute)
    std::string title;
    SourceSpec boundaries;
    std::vector<ElectionSpec> elections;
    std::vector<SourceSpec> census;
    std::string workingCrs; ///< "" = the boundaries' CRS
    AnalysisSettings analysis;
    std::string households; ///< privacy households column (in a census table) or ""
    std::map<std::string, std::string> labels; ///< covariate column -> plain label
    bool synthetic = false;
    std::string weightsLabel; ///< as written in the project ("valid", ...)
};

/// Parse and validate a project file's text. `file` is used to resolve relative paths and in
/// messages. Validation against the JSON schema reports the first violation with its JSON path.
Result<Project> parseProject(const std::string& text, const std::string& file);
/// Read the file from disk and parse it.
Result<Project> loadProject(const std::string& file);

} // namespace swingmap
