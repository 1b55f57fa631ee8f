// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared OGR plumbing for the readers and writers (gis-internal).
#include "core/project.h"
#include "core/result.h"
#include "gis/gdal_util.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>
#include <string>
#include <vector>

namespace swingmap::gis {

/// Open a vector dataset read-only, with a message naming the file and what to do. A ".zip" file
/// is read through /vsizip/ (the one vector file inside, or the folder of its Shapefiles); a
/// "PG:" connection string opens a PostgreSQL/PostGIS database. `policy` guards the input: a
/// remote path is refused unless it allows the network, and a file larger than its limit (a zip
/// member, also inside .xlsx/.ods/.kmz, counted uncompressed; a Shapefile's .dbf too) is refused
/// before GDAL reads it.
Result<GDALDatasetUniquePtr> openVector(const std::string& path,
                                        const std::vector<std::string>& openOptions,
                                        const InputPolicy& policy = {});

/// When GDAL was refused the network in this thread (gis/network.h) since the outermost
/// NetworkScope began: the message saying so for `shown`; "" otherwise.
std::string remoteRefusalMessage(const std::string& shown);

/// Refuse a file (any GDAL path) larger than the policy's limit; Ok when it cannot be stat'ed.
Status checkInputSize(const std::string& gdalPath, const std::string& shown,
                      const InputPolicy& policy);

/// The path as it may appear in a message: a PG: connection string's password is masked.
std::string displayPath(const std::string& path);

/**
 * For a Shapefile (or DBF) layer whose .dbf text GDAL would not turn into UTF-8 correctly, the
 * ENCODING open option to reopen it with ("" = GDAL's reading is right: a .cpg is present, or
 * the text is plain ASCII). Without a .cpg, text that is valid UTF-8 is read as UTF-8, otherwise
 * as Windows-1252 (a superset of Latin-1), whatever the .dbf header's language byte says.
 */
std::string dbfEncodingOption(GDALDataset& ds, OGRLayer& layer);

/// The layer the source names, the only layer, or an error listing the layers.
Result<OGRLayer*> pickLayer(GDALDataset& ds, const SourceSpec& spec);

/// The layer's CRS: the declared one (spec.crs, which wins), the layer's own, or WGS 84 for
/// formats whose specification fixes it (GeoJSON, TopoJSON); else an error naming the fix.
Result<OGRSpatialReference> layerCrs(GDALDataset& ds, OGRLayer& layer, const SourceSpec& spec);

std::string crsName(const OGRSpatialReference& srs);
std::string crsWkt(const OGRSpatialReference& srs);

/// A field as text: NULL → "", reals with full precision, everything else as OGR formats it.
std::string fieldText(const OGRFeature& f, int field);

/// Licence / attribution text from the dataset's metadata, if any.
std::string metadataAttribution(GDALDataset& ds);

/// Open options that make tables read every cell as text (CSV, XLSX, ODS).
std::vector<std::string> tableOpenOptions(const SourceSpec& spec);

} // namespace swingmap::gis
