// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis.h"
#include "core/backtest.h"
#include "core/dataset.h"
#include "core/project.h"

#include <string>
#include <utility>
#include <vector>

namespace swingmap {

/// What replaces a suppressed area's figures in a published text ("KEY: " + this).
inline constexpr const char* kWithheldFigures = "figures withheld (too few households to show)";

/**
 * The join report as it may be shown or published: the row-check examples of suppressed areas
 * ("KEY: valid 91 > voters 77") read "KEY: figures withheld (too few households to show)".
 */
JoinReport publishedJoin(const Dataset& data, const Analysis& analysis);

/**
 * report.json (docs/schema.md, docs/schema/report.schema.json): the join, the model and its
 * diagnostics, class counts, privacy and timings. Holds no figure of a suppressed area, and its
 * counts and summaries are over the published (non-suppressed) areas, so that none can be
 * recovered by subtraction (docs/schema.md).
 */
std::string buildReport(const Project& project, const Dataset& data, const Analysis& analysis,
                        const std::vector<std::pair<std::string, double>>& timings,
                        const BacktestResult* backtest = nullptr,
                        const std::string& backtestError = {});

} // namespace swingmap
