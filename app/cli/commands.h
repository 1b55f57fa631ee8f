// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace swingmap::cli {

/// Exit codes: 0 done, 1 the job failed on its input, 2 the command line was wrong.
enum Exit { kOk = 0, kInputError = 1, kUsage = 2 };

struct RunOptions {
    std::string project;
    std::string outDir;
    bool pdf = true;
    bool png = false; ///< also map.png (the briefing's first map, legend, scale bar)
    bool svg = false; ///< also map.svg (the same map as SVG)
    bool quiet = false;
    std::optional<std::uint64_t> maxInputMb; ///< --max-input-mb: overrides the project's limit
    bool refuseOutside = false;              ///< --refuse-outside: files outside are an error
    std::string streets;     ///< --streets FILE: the streets layer (replaces the project's path)
    std::string atlas;       ///< --atlas COLUMN: print atlas.pdf grouped by this column
    std::string paper;       ///< --paper A4|A3 (overrides the project's atlas.paper)
    std::string orientation; ///< --orientation portrait|landscape
};

int runProject(const RunOptions& options);
int makeDemoCommand(const std::string& dir);
/// `refuseOutside`: a project reading files outside its folder is an error (exit 1).
int validateCommand(const std::string& project, bool refuseOutside = false);
std::string versionText();

} // namespace swingmap::cli
