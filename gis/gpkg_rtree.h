// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry.h"
#include "core/result.h"

#include <string>
#include <vector>

class GDALDataset;

namespace swingmap::gis {

/**
 * A GeoPackage's R-tree spatial index (the gpkg_rtree_index extension) packed in one pass instead
 * of one SQLite R*Tree insert per feature (most of the time of writing a large layer with
 * GDAL 3.6).
 *
 * Before the features are written, `deferRtree` has GDAL create the (empty) index of the layer,
 * its triggers and extension row, and removes the insert trigger; after they are written in the
 * same transaction, `fillRtree` writes the packed tree into the R*Tree's tables (nodes of the size
 * SQLite chose, feature bounds rounded outwards to float as SQLite does, the tree sorted along a
 * Hilbert curve) and puts the trigger back, so later edits in a GIS keep the index current.
 */
struct DeferredRtree {
    std::string table, column; ///< the layer's table and geometry column
    std::string insertTrigger; ///< the removed trigger's SQL; "" = the triggers index as usual
};

/// Create the empty index and lift its insert trigger. Fails only when the index cannot be made.
Result<DeferredRtree> deferRtree(GDALDataset& ds, const std::string& table,
                                 const std::string& column);

/// Fill the index with `bounds[f]` as the bounds of the feature with fid f + 1 (empty bounds:
/// NULL or empty geometry, not indexed), then restore the insert trigger.
Status fillRtree(GDALDataset& ds, const DeferredRtree& rtree, const std::vector<BBox>& bounds);

} // namespace swingmap::gis
