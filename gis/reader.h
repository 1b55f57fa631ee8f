// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry.h"
#include "core/project.h"
#include "core/result.h"
#include "core/table.h"

#include <string>

namespace swingmap::gis {

/// A polygon layer read through OGR, reprojected to the working CRS.
struct LoadedLayer {
    PolygonLayer geometry;
    Table attributes;         ///< every field as text, one row per feature
    std::string crsName;      ///< "EPSG:4326" or the CRS's name
    std::string crsWkt;       ///< the working CRS as WKT (for writing outputs)
    bool geographic = false;  ///< coordinates are degrees
    std::size_t repaired = 0; ///< invalid polygons repaired with MakeValid
    std::size_t empty = 0;    ///< NULL or empty geometries (kept as areas without geometry)
    std::string attribution;  ///< licence/attribution text found in the file's metadata, if any
    bool streamed = false;    ///< read through OGR's Arrow stream (ReadTuning::arrow)
};

/// How readPolygonLayer spreads its work: the reading thread hands runs of `batch` features to
/// workers that validate, repair and reproject them (GEOS), appended in input order. `threads` 0 =
/// one worker per core; 1 = everything in the calling thread. `arrow`: drivers that stream fast
/// (GeoPackage, FlatGeobuf, Parquet) are read through OGR's Arrow stream, with no OGR object per
/// feature (gis/reader_arrow.cpp). The result is the same whichever way.
struct ReadTuning {
    unsigned threads = 0;
    std::size_t batch = 4096;
    bool arrow = true;
};

/**
 * Read any OGR vector source's polygons and attributes. `targetCrs` ("" = keep the layer's own)
 * is anything OGRSpatialReference::SetFromUserInput accepts. A layer without a CRS is an error
 * unless the source declares one (spec.crs) or the format fixes it (GeoJSON, TopoJSON: WGS 84).
 */
Result<LoadedLayer> readPolygonLayer(const SourceSpec& spec, const std::string& targetCrs = "",
                                     const ReadTuning& tuning = {});

/// Read a table (CSV, XLSX, ODS, DBF, GeoPackage attribute table, any OGR layer) as text cells.
Result<Table> readTable(const SourceSpec& spec);

} // namespace swingmap::gis
