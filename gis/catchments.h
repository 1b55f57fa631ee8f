// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Polling-station catchments: results given per polling station as a point (the Netherlands,
/// France) become areas — the Voronoi cells of the stations, computed inside each enclosing area
/// (ward, municipality, Stadtteil) from the stations of that area and clipped to it, so that no
/// catchment crosses an enclosing boundary. The cells can then be interpolated like any areas.

#include "core/geometry.h"
#include "core/result.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace swingmap::gis {

/// Polling stations as points.
struct StationPoints {
    std::vector<std::string> keys; ///< one per station
    std::vector<double> xy;        ///< interleaved x, y; NaN = no coordinates (reported)
    std::string crs;               ///< CRS of xy ("" = the enclosing layer's)
    /// Optional, one per station: the key of the enclosing area the station serves ("" = the
    /// area that contains the point). Keys are compared after normaliseKey (core/keys.h).
    std::vector<std::string> area;
};

/// The areas the catchments are clipped to.
struct EnclosingLayer {
    const PolygonLayer* geometry = nullptr;
    std::string crs;               ///< required: WKT or "EPSG:nnnn" (gis::LoadedLayer::crsWkt)
    std::vector<std::string> keys; ///< per feature; required when stations name their area
};

struct CatchmentOptions {
    unsigned threads = 0; ///< 0 = every core; enclosing areas are shared out over the threads
};

/// What could not be turned into a catchment, by station or enclosing-area index.
struct CatchmentReport {
    std::vector<std::size_t> noCoordinates; ///< stations without (reprojectable) coordinates
    std::vector<std::size_t> outside;       ///< stations in no enclosing area, or naming an
                                            ///< area the layer does not have
    std::vector<std::size_t> elsewhere;     ///< stations naming an area that does not contain
                                            ///< them (their cell is still cut from that area)
    /// (station, first station at the same place in the same area): both get the same cell, so
    /// their figures are spread over the same ground.
    std::vector<std::pair<std::size_t, std::size_t>> duplicates;
    std::vector<std::size_t> emptyCells; ///< stations whose cell misses their area entirely
    std::vector<std::size_t> noStation;  ///< enclosing areas without a station: a gap
    std::size_t geosFailures = 0;        ///< areas GEOS could not cut (their stations get none)
    std::vector<std::string> messages;   ///< one sentence per problem, the first 20
};

struct Catchments {
    PolygonLayer geometry;         ///< one feature per station, input order, enclosing CRS
    std::vector<std::string> keys; ///< the station keys
    std::vector<int64_t> areaOf;   ///< per station: the enclosing feature it was cut from, or -1
    CatchmentReport report;
};

/**
 * The catchment of every station: the stations are reprojected to the enclosing layer's CRS and
 * assigned to the area they name (StationPoints::area) or else to the area containing them;
 * inside each area, the Voronoi diagram of its stations (GEOS) is clipped to the area (an area
 * with one station is its catchment). Stations without an area, at the same place as another,
 * or whose cell misses their area, and areas without any station, are reported, never fatal.
 * Fails when the inputs do not fit together (lengths, missing CRS, unknown CRS).
 */
Result<Catchments> buildCatchments(const StationPoints& stations, const EnclosingLayer& enclosing,
                                   const CatchmentOptions& options = {});

} // namespace swingmap::gis
