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

/**
 * report.json (docs/schema.md, docs/schema/report.schema.json): the join, the model and its
 * diagnostics, class counts, privacy and timings. Holds no per-area figures, so nothing in it can
 * reveal a suppressed area.
 */
std::string buildReport(const Project& project, const Dataset& data, const Analysis& analysis,
                        const std::vector<std::pair<std::string, double>>& timings,
                        const BacktestResult* backtest = nullptr,
                        const std::string& backtestError = {});

} // namespace swingmap
