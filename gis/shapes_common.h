// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Geometry plumbing shared by the line readers (gis-internal): the streets and the map's
// display-only overlays.

#include "core/result.h"

#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <string>
#include <vector>

namespace swingmap::gis {

/// The polylines of g (lines, multi-lines, polygon outlines; curves linearised), 2D; each as
/// interleaved x, y with at least two points.
void collectLines(const OGRGeometry* g, std::vector<std::vector<double>>& out);

/// Reproject interleaved x, y from `from` to `to` in place; a point that does not transform fails
/// naming `what` ("streets layer") and the point.
Status transformXY(std::vector<double>& xy, const OGRSpatialReference& from,
                   const OGRSpatialReference& to, const std::string& what);

} // namespace swingmap::gis
