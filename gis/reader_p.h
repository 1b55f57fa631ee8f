// SPDX-License-Identifier: GPL-3.0-or-later
// Internals shared by the two ways gis/reader.cpp reads a polygon layer: OGR's feature loop
// (any driver) and the Arrow stream (gis/reader_arrow.cpp, drivers that stream fast).
#pragma once

#include "gis/reader.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

class OGRCoordinateTransformation;
class OGRGeometry;
class OGRLayer;
class OGRMultiPolygon;
class OGRPolygon;

namespace swingmap::gis::detail {

/// A feature's geometry as prepared for the layer.
struct Prepared {
    std::unique_ptr<OGRMultiPolygon> polygons; ///< null: no geometry (NULL, empty, or no area)
    bool notArea = false;                      ///< points or lines only
    bool repaired = false;                     ///< was invalid, repaired with MakeValid
};

/// The geometry (owned from here on) as valid 2-D polygons: Z and M dropped, curves linearised,
/// invalid polygons repaired with GEOS MakeValid (lower-dimension leftovers dropped).
Prepared prepare(OGRGeometry* raw);

/// Appends the prepared polygons (rings of fewer than 4 points and holes without a shell left
/// out) as parts of the feature being built in `out`; `buf` is scratch space.
void appendPrepared(const OGRMultiPolygon& polygons, PolygonLayer& out, std::vector<double>& buf);

/// "feature 12 (key "A11")": 1-based index, with the key when the feature has one.
std::string featureLabel(std::size_t index, bool keySet, const Table& attributes, int keyField);

/// What a read counted on the way, for the checks every read ends with.
struct ReadCounts {
    std::size_t features = 0;
    std::size_t notArea = 0;
    std::string firstNotArea; ///< "feature 3 (key "x") is a Point"
};

/// The checks after the last feature: no features, points or lines instead of polygons, no
/// geometry at all, a remote file refused.
Status finishRead(OGRLayer& layer, const std::string& shown, const ReadCounts& counts,
                  const LoadedLayer& out);

/// The message for a feature PROJ cannot reproject.
std::string transformFailedMessage(const std::string& shown, const std::string& label);

/**
 * Reads the layer through OGR's Arrow stream when its driver streams fast (GeoPackage,
 * FlatGeobuf, Parquet, Arrow) and every field is text, integer or real: the same
 * layer, feature for feature and bit for bit, as the feature loop reads, without an OGR object
 * per feature. nullopt when it does not apply (nothing read yet): read with the feature loop.
 */
std::optional<Status> readArrow(OGRLayer& layer, const OGRCoordinateTransformation* ct,
                                const SourceSpec& spec, LoadedLayer& out, const ReadTuning& tuning);

} // namespace swingmap::gis::detail
