// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Reading a CRS given as text (shared by the overlay, the catchments and the point readers).

#include "core/result.h"

#include <ogr_spatialref.h>
#include <string>

namespace swingmap::gis {

/**
 * The CRS `text` names (WKT, "EPSG:nnnn", a PROJ string: anything
 * OGRSpatialReference::SetFromUserInput accepts), with traditional GIS axis order (x = easting or
 * longitude). `what` names the layer in the message ("source layer", "stations"): an empty text
 * fails asking to declare "crs", an unknown one asking for a code such as "EPSG:25832".
 */
Result<OGRSpatialReference> parseCrs(const std::string& text, const std::string& what);

} // namespace swingmap::gis
