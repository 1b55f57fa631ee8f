// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Polling stations as points: read from an OGR point layer, or from a table with coordinate
/// columns, or from a table whose postcode column is joined to a table of postcode centroids.

#include "core/project.h"
#include "core/result.h"
#include "core/table.h"
#include "gis/catchments.h"

#include <string>
#include <vector>

namespace swingmap::gis {

/**
 * The points of an OGR layer (Point, or the first point of a MultiPoint) with the key column
 * spec.key and, when `areaColumn` is given, the enclosing area each station names. A feature
 * without a point gets NaN coordinates (buildCatchments reports it). The CRS is the layer's own
 * (or spec.crs), as WKT. Fails on a missing column or a layer without a single point.
 */
Result<StationPoints> readStationPoints(const SourceSpec& spec, const std::string& areaColumn = "");

/// What a layer's features are (layerGeometry).
enum class LayerGeometry { Points, Polygons };

/// Whether the layer spec names holds points or polygons: its declared geometry type, else (a
/// layer of unknown or mixed type) its first geometry's. Fails on lines or no geometry.
Result<LayerGeometry> layerGeometry(const SourceSpec& spec);

/// Weight points (dasymetric reconcile): coordinates and a count per point.
struct WeightPoints {
    std::vector<double> xy;    ///< interleaved x, y; points without coordinates are left out
    std::vector<double> count; ///< per point (a missing count is 0; no count column: all 1)
    std::string crs;           ///< of xy: the layer's own (or spec.crs), or spec.crs for a table
    std::size_t withoutCoordinates = 0; ///< points left out
};

/**
 * The weight points of an OGR point layer, or (x and y given) of a CSV/text table whose columns
 * x and y hold the coordinates in spec.crs. `count` names the count column ("" = every point
 * counts 1). Honours spec.input (size and feature limits, network). Fails on a missing column or
 * a count or coordinate cell that is not a number.
 */
Result<WeightPoints> readWeightPoints(const SourceSpec& spec, const std::string& count,
                                      const std::string& x = "", const std::string& y = "");

/**
 * Polling stations (reconcile from.stations): readStationPoints of a point layer, or (x and y
 * given) stationsFromTable of a CSV/text table with the coordinates in spec.crs.
 */
Result<StationPoints> readStations(const SourceSpec& spec, const std::string& x,
                                   const std::string& y, const std::string& area = "");

/// Which columns hold what (see stationsFromTable).
struct StationColumns {
    std::string key;      ///< station key, in the stations table
    std::string x, y;     ///< coordinates: in the stations table, or in `places` when joining
    std::string join;     ///< postcode column of the stations table ("" = no join)
    std::string placeKey; ///< postcode column of `places`
    std::string area;     ///< optional: the stations' enclosing-area column
};

/**
 * Stations from a table: coordinates from its own x and y columns, or — with columns.join and a
 * `places` table (postcode → centroid x, y) — from the place whose key equals the station's
 * postcode (normaliseKey: "1234 AB" = "1234ab"; the first of repeated places wins). A station
 * whose postcode matches no place gets NaN coordinates and its row goes to `unmatched`. `crs` is
 * the coordinates' CRS. Fails on a missing column or a coordinate cell that is not a number.
 */
Result<StationPoints> stationsFromTable(const Table& stations, const StationColumns& columns,
                                        const std::string& crs, const Table* places = nullptr,
                                        std::vector<std::size_t>* unmatched = nullptr);

} // namespace swingmap::gis
