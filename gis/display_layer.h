// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// The map's display-only overlays: any GDAL vector layer (points, lines, polygons) read and
/// reprojected for drawing (core/displaylayer.h).

#include "core/displaylayer.h"
#include "core/project.h"
#include "core/result.h"

#include <string>

namespace swingmap::gis {

/**
 * Read the layer spec names (spec.layer, or the file's only layer) as a DisplayLayer in
 * `targetCrs` (WKT or "EPSG:n"; "" = keep the layer's own): points (the points of points and
 * multi-points), lines and polygon outlines (curves linearised, Z/M dropped). Honours spec.input
 * (size, feature count, network). Fails with one sentence naming the file on a file GDAL cannot
 * read, a layer without a CRS (unless spec.crs declares one), a layer without any geometry, or a
 * point that does not reproject.
 */
Result<DisplayLayer> readDisplayLayer(const SourceSpec& spec, const std::string& targetCrs);

} // namespace swingmap::gis
