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

/// Open a vector dataset read-only, with a message naming the file and what to do.
Result<GDALDatasetUniquePtr> openVector(const std::string& path,
                                        const std::vector<std::string>& openOptions);

/// The layer the source names, the only layer, or an error listing the layers.
Result<OGRLayer*> pickLayer(GDALDataset& ds, const SourceSpec& spec);

/// The layer's CRS, the declared one, or WGS 84 for formats that fix it; else an error.
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
