// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/ogr_common.h"

#include <algorithm>
#include <cpl_conv.h>
#include <cpl_string.h>
#include <filesystem>

namespace swingmap::gis {

Result<GDALDatasetUniquePtr> openVector(const std::string& path,
                                        const std::vector<std::string>& openOptions) {
    ensureGdalDrivers();
    namespace fs = std::filesystem;
    std::error_code ec;
    const bool virtualPath = path.rfind("/vsi", 0) == 0 || path.rfind("PG:", 0) == 0;
    if (!virtualPath && !fs::exists(path, ec))
        return fail(path + ": the file does not exist. Check the path in the project file "
                           "(paths are relative to the project file).");
    if (!virtualPath && fs::is_regular_file(path, ec) && fs::file_size(path, ec) == 0)
        return fail(path + ": the file is empty (0 bytes). Export it again from its source.");
    std::vector<const char*> opts;
    for (const auto& o : openOptions)
        opts.push_back(o.c_str());
    opts.push_back(nullptr);
    CplErrorCapture errors;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                              nullptr, opts.data(), nullptr));
    if (!ds) {
        std::string why = errors.lastError();
        return fail(path + ": cannot be read as a vector file or table" +
                    (why.empty() ? std::string(".") : " (" + why + ").") +
                    " Check that the file is complete and of a format GDAL reads "
                    "(for a Shapefile the .shp, .shx and .dbf must be together).");
    }
    return ds;
}

Result<OGRLayer*> pickLayer(GDALDataset& ds, const SourceSpec& spec) {
    std::string names;
    for (int i = 0; i < ds.GetLayerCount(); ++i)
        names += (i ? ", " : "") + std::string(ds.GetLayer(i)->GetName());
    if (!spec.layer.empty()) {
        if (OGRLayer* l = ds.GetLayerByName(spec.layer.c_str())) return l;
        return fail(spec.path + ": there is no layer or sheet \"" + spec.layer +
                    "\". It has: " + names + ".");
    }
    if (ds.GetLayerCount() == 0) return fail(spec.path + ": the file contains no layer.");
    if (ds.GetLayerCount() > 1)
        return fail(spec.path + " has several layers (" + names +
                    "): name one with \"layer\" in the project file.");
    return ds.GetLayer(0);
}

Result<OGRSpatialReference> layerCrs(GDALDataset& ds, OGRLayer& layer, const SourceSpec& spec) {
    OGRSpatialReference srs;
    if (!spec.crs.empty()) {
        if (srs.SetFromUserInput(spec.crs.c_str()) != OGRERR_NONE)
            return fail(spec.path + ": the declared CRS \"" + spec.crs +
                        "\" is unknown. Use a code such as \"EPSG:25832\".");
    } else if (const OGRSpatialReference* own = layer.GetSpatialRef()) {
        srs = *own;
    } else {
        const std::string drv = ds.GetDriver() ? ds.GetDriver()->GetDescription() : "";
        if (drv != "GeoJSON" && drv != "TopoJSON" && drv != "GeoJSONSeq")
            return fail(spec.path + " does not say which coordinate system it uses. Add "
                                    "\"crs\": \"EPSG:…\" to its entry in the project file "
                                    "(for example \"EPSG:28992\" for Dutch RD New).");
        srs.SetWellKnownGeogCS("WGS84");
    }
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

std::string crsName(const OGRSpatialReference& srs) {
    const char* auth = srs.GetAuthorityName(nullptr);
    const char* code = srs.GetAuthorityCode(nullptr);
    if (auth && code) return std::string(auth) + ":" + code;
    const char* name = srs.GetName();
    return name ? name : "unknown CRS";
}

std::string crsWkt(const OGRSpatialReference& srs) {
    char* wkt = nullptr;
    const char* opts[] = {"FORMAT=WKT2_2018", nullptr};
    srs.exportToWkt(&wkt, opts);
    std::string s = wkt ? wkt : "";
    CPLFree(wkt);
    return s;
}

std::string fieldText(const OGRFeature& f, int field) {
    if (!f.IsFieldSetAndNotNull(field)) return {};
    if (f.GetFieldDefnRef(field)->GetType() == OFTReal)
        return CPLSPrintf("%.17g", f.GetFieldAsDouble(field));
    return f.GetFieldAsString(field);
}

std::string metadataAttribution(GDALDataset& ds) {
    for (const char* key : {"LICENSE", "LICENCE", "ATTRIBUTION", "COPYRIGHT"})
        if (const char* v = ds.GetMetadataItem(key)) return v;
    return {};
}

std::vector<std::string> tableOpenOptions(const SourceSpec& spec) {
    std::string ext = std::filesystem::path(spec.path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    if (ext == ".csv" || ext == ".tsv" || ext == ".txt")
        return {"AUTODETECT_TYPE=NO", "HEADERS=YES", "EMPTY_STRING_AS_NULL=NO",
                "KEEP_GEOM_COLUMNS=YES"};
    if (ext == ".xlsx" || ext == ".ods" || ext == ".xls")
        return {"FIELD_TYPES=STRING", "HEADERS=FORCE"};
    return {};
}

} // namespace swingmap::gis
