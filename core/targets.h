// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis.h"
#include "core/dataset.h"

#include <string>
#include <vector>

namespace swingmap {

/// One area on the canvassing list.
struct Target {
    std::size_t rank = 0; ///< 1 = most potential votes
    std::size_t area = 0; ///< index into the dataset
    double potentialVotes = 0;
    std::string reason; ///< plain words: why this area is on the list
};

/**
 * Areas ranked by potential votes (methods.md: persuasion + mobilisation), highest first, ties by
 * key. Suppressed areas and areas without potential votes are never listed. `limit` 0 = all.
 */
std::vector<Target> rankTargets(const Dataset& data, const Analysis& analysis,
                                std::size_t limit = 0);

/// targets.csv: rank, key, name, class, share_to, share_change, residual, turnout_to,
/// potential_votes, reason (UTF-8, comma separated, RFC 4180 quoting).
std::string targetsCsv(const Dataset& data, const Analysis& analysis,
                       const std::vector<Target>& targets);

} // namespace swingmap
