// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis.h"
#include "core/backtest.h"
#include "core/dataset.h"
#include "core/feedback.h"
#include "core/project.h"
#include "core/result.h"
#include "core/streets.h"
#include "gis/spatial_weights.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace swingmap {

/// Seconds per phase, in the order they ran (report.json "timings").
using Timings = std::vector<std::pair<std::string, double>>;

/// Everything one run produces: immutable once returned (the GUI receives it by value).
struct JobResult {
    Project project;
    Dataset data;
    Neighbours neighbours; ///< spatial weights of every boundary feature (queen by default)
    gis::WeightsInfo weightsInfo;
    Analysis analysis;
    std::optional<BacktestResult> backtest; ///< when analysis.backtest names a third election
    std::string backtestError;
    Timings timings;
    std::optional<StreetLayer> streets;         ///< with a streets layer (project "streets")
    std::optional<StreetRanking> streetRanking; ///< its streets scored by the analysis
    /// With "atlas": {"groups": layer}: where the areas fell in the groups layer.
    struct AtlasLayerInfo {
        std::string source;
        std::size_t straddling = 0, unassigned = 0;
    };
    std::optional<AtlasLayerInfo> atlasLayer;
};

/// Load the project's files (gis), build contiguity, and analyse (core). Cancellable.
Result<JobResult> runJob(const Project& project, Feedback& feedback);

/// report.json's text with the "streets" block added (unchanged without streets).
std::string withStreetsReport(const std::string& report, const JobResult& job);

/// Re-run only the analysis with new settings on already-loaded data (GUI refit).
Result<Analysis> refit(const JobResult& loaded, const AnalysisSettings& settings);

} // namespace swingmap
