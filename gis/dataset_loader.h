// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "core/feedback.h"
#include "core/project.h"
#include "core/result.h"

namespace swingmap::gis {

/// Seconds spent per loading phase.
struct LoadTimings {
    double boundaries = 0; ///< open, validate, repair and prepare the boundary layer
    double tables = 0;     ///< read election and census tables
    double join = 0;       ///< match keys and align figures
    double reconcile = 0;  ///< postal allocation, overlays and moving counts (reconcile)
};

/// Read every file of the project and join it onto the boundary features (by normalised key).
/// Fails with one sentence naming the file/column and what to do.
Result<Dataset> loadDataset(const Project& project, Feedback& feedback, LoadTimings& timings);

} // namespace swingmap::gis
