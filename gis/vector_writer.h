// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry.h"
#include "core/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace swingmap::gis {

/// One attribute column, one value per feature.
struct FieldColumn {
    enum class Type { Integer, Real, Text };
    std::string name;
    Type type = Type::Real;
    std::vector<double> numbers;    ///< Integer and Real columns; NaN is written as NULL
    std::vector<std::string> texts; ///< Text columns
    std::vector<uint8_t> isNull;    ///< optional (empty = none NULL); non-zero = NULL
    /// Written instead of `numbers` / `texts` when set: a column of the caller's, not copied (it
    /// must outlive the write). At national scale the copies were hundreds of megabytes.
    const std::vector<double>* numbersView = nullptr;
    const std::vector<std::string>* textsView = nullptr;
    [[nodiscard]] const std::vector<double>& numberValues() const {
        return numbersView ? *numbersView : numbers;
    }
    [[nodiscard]] const std::vector<std::string>& textValues() const {
        return textsView ? *textsView : texts;
    }
};

/**
 * Write every feature of `geom` as a MultiPolygon (features without parts get a NULL geometry)
 * with `fields` in order, replacing any existing file at `path`. `crs` is "EPSG:xxxx", WKT or ""
 * (unknown). Writes in one transaction; the GPKG driver builds its spatial index.
 */
Status writePolygons(const std::string& path, const std::string& layerName,
                     const PolygonLayer& geom, const std::string& crs,
                     const std::vector<FieldColumn>& fields, const std::string& driver = "GPKG");

/**
 * Write polylines as LineStrings, like writePolygons: feature f has points
 * [linePoint[f], linePoint[f+1]) of `xy` (interleaved x, y; linePoint starts with 0).
 */
Status writeLines(const std::string& path, const std::string& layerName,
                  const std::vector<double>& xy, const std::vector<uint32_t>& linePoint,
                  const std::string& crs, const std::vector<FieldColumn>& fields,
                  const std::string& driver = "GPKG");

} // namespace swingmap::gis
