// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"
#include "core/project.h"
#include "core/result.h"
#include "gis/dataset_loader.h"

namespace swingmap::gis {

/// Read the project's boundary layer into `d`: geometry (reprojected, repaired), normalised
/// keys, names, CRS, and the geometry part of the join report.
Status loadBoundaries(const Project& p, Dataset& d, LoadTimings& tm);

} // namespace swingmap::gis
