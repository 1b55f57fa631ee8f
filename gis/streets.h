// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Streets for swing-streets: read any line layer GDAL reads (OSM, GeoPackage, Shapefile,
/// GeoJSON), keep the named ones, and clip them to the areas with GEOS (core/streets.h).

#include "core/dataset.h"
#include "core/geometry.h"
#include "core/project.h"
#include "core/result.h"
#include "core/streets.h"

#include <string>
#include <vector>

namespace swingmap::gis {

/// Named lines grouped by name, in the layer's own CRS. Street s owns the parts p with
/// partStreet[p] == s; part p has points [partPoint[p], partPoint[p+1]) of xy.
struct StreetLines {
    std::string source, layer;
    std::string crs; ///< WKT
    std::vector<std::string> names, roadClass;
    std::vector<double> xy;
    std::vector<uint32_t> partPoint{0};
    std::vector<uint32_t> partStreet;
    std::size_t features = 0, kept = 0, droppedUnnamed = 0, droppedByClass = 0;
    std::map<std::string, std::size_t> byClass;
    /// Append a polyline of `n` points to street `street` (new streets: push names first).
    void addPart(uint32_t street, const double* pts, std::size_t n);
};

/**
 * Read the streets layer the spec names: features whose name field is empty are dropped
 * (counted), and, with spec.classes, those whose class is not listed. Lines, multi-lines, curves
 * (linearised) and polygon outlines are kept; Z/M dropped. A street's road class is the class of
 * its longest kept length (in layer units). Honours the input policy (size, features, network).
 */
Result<StreetLines> readStreetLines(const StreetsSpec& spec);

/**
 * Clip the streets to the areas (in `areasCrs`, WKT or "EPSG:n"): lengths in metres, measured in
 * the areas' CRS when it is projected, else in the CRS chooseAreaCrs (gis/overlay.h) picks for
 * their extent. Every bit of a street counts once, for the lowest-numbered area holding it (a
 * piece along a shared boundary, or in an overlap of two areas, goes to the first), so a street's
 * lengths add up to its length inside the union of the areas. Pieces are returned in the areas'
 * CRS. `threads` 0 = every core. GEOS failures are counted, not fatal.
 */
Result<StreetLayer> clipStreets(const StreetLines& lines, const PolygonLayer& areas,
                                const std::string& areasCrs, unsigned threads = 0);

/// readStreetLines + clipStreets onto the dataset's areas (its working CRS).
Result<StreetLayer> loadStreets(const StreetsSpec& spec, const Dataset& data);

} // namespace swingmap::gis
