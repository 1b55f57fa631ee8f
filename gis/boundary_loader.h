// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "core/project.h"
#include "core/result.h"
#include "gis/dataset_loader.h"

namespace swingmap::gis {

/// Read the project's boundary layer into `d`: geometry (reprojected, repaired), normalised
/// keys, names, CRS, and the geometry part of the join report. `fb` (may be null) hears of the
/// geometry as soon as it is read (Feedback::boundariesRead), before the keys are prepared.
Status loadBoundaries(const Project& p, Dataset& d, LoadTimings& tm, Feedback* fb = nullptr);

} // namespace swingmap::gis
