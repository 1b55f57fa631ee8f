// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/ogr_common.h"

#include "core/projectpaths.h"
#include "core/text.h"

#include <algorithm>
#include <cpl_conv.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <filesystem>

namespace swingmap::gis {

namespace {
namespace fs = std::filesystem;

std::string joinNames(const std::vector<std::string>& names, std::size_t max = 12) {
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < max; ++i)
        out += (i ? ", " : "") + names[i];
    if (names.size() > max) out += ", …";
    return out;
}

/// What GDAL should open for a zip archive (`vsiRoot` = "/vsizip/…zip"): its one vector file or
/// table, the folder of its Shapefiles, or an error listing what it holds.
Result<std::string> zipTarget(const std::string& vsiRoot, const std::string& shown) {
    char** list = VSIReadDirRecursive(vsiRoot.c_str());
    if (!list)
        return fail(shown + ": cannot be read as a zip archive. Check that the download is "
                            "complete, or unpack it and name the file inside in \"path\".");
    std::vector<std::string> files;
    for (char** e = list; *e; ++e)
        files.emplace_back(*e);
    CSLDestroy(list);
    static const std::vector<std::string> exts = {
        ".shp", ".gpkg", ".geojson", ".json", ".topojson", ".fgb",  ".kml", ".kmz", ".gml",
        ".tab", ".mif",  ".sqlite",  ".csv",  ".tsv",      ".xlsx", ".ods", ".dbf"};
    auto stem = [](const std::string& f) { return asciiLower(f.substr(0, f.rfind('.'))); };
    std::vector<std::string> shpStems;
    for (const auto& f : files)
        if (endsWithNoCase(f, ".shp")) shpStems.push_back(stem(f));
    std::vector<std::string> found;
    for (const auto& f : files) {
        if (f.rfind("__MACOSX", 0) == 0) continue;
        const std::string ext = asciiLower(fs::path(f).extension().string());
        if (std::find(exts.begin(), exts.end(), ext) == exts.end()) continue;
        if (ext == ".dbf" && std::find(shpStems.begin(), shpStems.end(), stem(f)) != shpStems.end())
            continue; // the attribute part of a Shapefile
        found.push_back(f);
    }
    if (found.empty())
        return fail(shown + ": the zip file holds no vector file or table (.shp, .gpkg, "
                            ".geojson, .csv, …). Check that it is the right download.");
    if (found.size() == 1) return vsiRoot + "/" + found[0];
    const std::string dir = fs::path(found[0]).parent_path().string();
    const bool shapefilesInOneFolder = std::all_of(found.begin(), found.end(), [&](const auto& f) {
        return endsWithNoCase(f, ".shp") && fs::path(f).parent_path().string() == dir;
    });
    if (shapefilesInOneFolder) return dir.empty() ? vsiRoot : vsiRoot + "/" + dir;
    return fail(shown + " holds several vector files (" + joinNames(found) +
                "): name one in \"path\", for example \"" + vsiRoot + "/" + found[0] + "\".");
}

struct Utf8Census {
    std::size_t multiByte = 0; ///< valid UTF-8 sequences of 2-4 bytes
    std::size_t invalid = 0;   ///< bytes >= 0x80 that start no valid sequence
};

Utf8Census utf8Census(const unsigned char* p, std::size_t n) {
    Utf8Census c;
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char b = p[i];
        if (b < 0x80) continue;
        std::size_t len = 0;
        if (b >= 0xC2 && b <= 0xDF)
            len = 2;
        else if ((b & 0xF0) == 0xE0)
            len = 3;
        else if (b >= 0xF0 && b <= 0xF4)
            len = 4;
        bool ok = len > 0 && i + len <= n;
        for (std::size_t k = 1; ok && k < len; ++k)
            ok = (p[i + k] & 0xC0) == 0x80;
        if (ok) {
            ++c.multiByte;
            i += len - 1;
        } else {
            ++c.invalid;
        }
    }
    return c;
}

/// The .dbf file of a Shapefile layer, from the dataset's file list.
std::string dbfOf(GDALDataset& ds, OGRLayer& layer) {
    char** files = ds.GetFileList();
    std::vector<std::string> dbfs;
    for (char** f = files; f && *f; ++f)
        if (endsWithNoCase(*f, ".dbf")) dbfs.emplace_back(*f);
    CSLDestroy(files);
    const std::string name = asciiLower(layer.GetName());
    for (const auto& d : dbfs)
        if (asciiLower(fs::path(d).stem().string()) == name) return d;
    return dbfs.size() == 1 ? dbfs[0] : std::string();
}
} // namespace

std::string displayPath(const std::string& path) {
    return redactPath(path);
}

Status checkInputSize(const std::string& gdalPath, const std::string& shown,
                      const InputPolicy& policy) {
    VSIStatBufL st;
    if (VSIStatExL(gdalPath.c_str(), &st, VSI_STAT_EXISTS_FLAG | VSI_STAT_SIZE_FLAG) != 0 ||
        VSI_ISDIR(st.st_mode))
        return Ok{};
    const auto size = static_cast<std::uint64_t>(st.st_size);
    if (size > policy.maxInputBytes) return fail(inputTooLargeMessage(shown, size, policy));
    return Ok{};
}

/// A Shapefile GDAL opened may still be incomplete: GDAL reads one without its .dbf (no
/// attributes) and one cut short (the lost shapes come back NULL). Both are errors here.
static Status checkShapefileParts(const std::string& shp, const std::string& shown) {
    const std::string stem = shp.substr(0, shp.size() - 4);
    VSIStatBufL st;
    if (VSIStatL((stem + ".dbf").c_str(), &st) != 0 && VSIStatL((stem + ".DBF").c_str(), &st) != 0)
        return fail(shown +
                    ": the Shapefile's .dbf (its attribute table, with the area codes) is "
                    "missing: " +
                    fs::path(stem + ".dbf").filename().string() +
                    ". Copy it next to the .shp (a Shapefile is the .shp, .shx, .dbf and .prj "
                    "together), or export the boundaries again.");
    VSILFILE* f = VSIFOpenL(shp.c_str(), "rb");
    if (!f) return Ok{};
    unsigned char header[28] = {};
    const bool read = VSIFReadL(header, 1, sizeof header, f) == sizeof header;
    VSIFSeekL(f, 0, SEEK_END);
    const vsi_l_offset actual = VSIFTellL(f);
    VSIFCloseL(f);
    if (!read) return Ok{};
    // bytes 24-27: the file length in 16-bit words, big-endian (ESRI Shapefile Technical
    // Description)
    const std::uint64_t words = (std::uint64_t{header[24]} << 24) |
                                (std::uint64_t{header[25]} << 16) |
                                (std::uint64_t{header[26]} << 8) | std::uint64_t{header[27]};
    if (actual < 2 * words)
        return fail(shown + ": the file is cut short (" + std::to_string(actual) + " of " +
                    std::to_string(2 * words) +
                    " bytes): some shapes are missing. Copy or download the Shapefile again.");
    return Ok{};
}

std::string remoteRefusalMessage(const std::string& shown) {
    const std::string refused = refusedRemote();
    if (refused.empty()) return {};
    return shown + ": reading it needs the network (it refers to " + redactPath(refused) +
           "). SwingMap uses no network unless the project says so: replace the remote "
           "reference with a local copy, or add \"allow_remote\": true at the top level of the "
           "project file if you trust this source.";
}

namespace {
/// Every member of a zip-based file (.zip, .kmz, .xlsx, .ods) within the limit, uncompressed.
Status checkArchiveMembers(const std::string& archive, const std::string& shown,
                           const InputPolicy& policy) {
    const std::string ext = asciiLower(fs::path(archive).extension().string());
    if (ext != ".zip" && ext != ".kmz" && ext != ".xlsx" && ext != ".ods") return Ok{};
    const std::string root = "/vsizip/{" + archive + "}";
    char** list = VSIReadDirRecursive(root.c_str());
    Status result = Ok{};
    for (char** e = list; e && *e && result; ++e)
        result = checkInputSize(root + "/" + *e, shown + " (" + *e + " inside it)", policy);
    CSLDestroy(list);
    return result;
}
} // namespace

Result<GDALDatasetUniquePtr> openVector(const std::string& path,
                                        const std::vector<std::string>& openOptions,
                                        const InputPolicy& policy) {
    ensureGdalDrivers();
    const std::string shown = displayPath(path);
    if (isRemotePath(path) && !policy.allowRemote) return fail(remoteRefusedMessage(shown));
    NetworkScope network(policy.allowRemote);
    const bool database = startsWithNoCase(path, "PG:");
    const bool virtualPath =
        path.rfind("/vsi", 0) == 0 || database || path.find("://") != std::string::npos;
    std::error_code ec;
    if (!virtualPath && !fs::exists(path, ec))
        return fail(path + ": the file does not exist. Check the path in the project file "
                           "(paths are relative to the project file).");
    if (!virtualPath && fs::is_regular_file(path, ec) && fs::file_size(path, ec) == 0)
        return fail(path + ": the file is empty (0 bytes). Export it again from its source.");
    // sizes before GDAL reads anything: the file (an archive's own file), an archive's members
    if (const auto local = localFileOf(path); local && !database) {
        if (auto s = checkInputSize(*local, displayPath(*local), policy); !s) return s.takeError();
        if (auto s = checkArchiveMembers(*local, displayPath(*local), policy); !s)
            return s.takeError();
    }
    std::string gdalPath = path;
    if (endsWithNoCase(path, ".zip") && (!virtualPath || path.rfind("/vsizip/", 0) == 0)) {
        auto inner = zipTarget(virtualPath ? path : "/vsizip/" + path, shown);
        if (!inner) return inner.takeError();
        gdalPath = *inner;
    }
    if (gdalPath != path && !database)
        if (auto s = checkInputSize(gdalPath, displayPath(gdalPath), policy); !s)
            return s.takeError();
    std::vector<const char*> opts;
    opts.reserve(openOptions.size() + 1);
    for (const auto& o : openOptions)
        opts.push_back(o.c_str());
    opts.push_back(nullptr);
    CplErrorCapture errors;
    GDALDatasetUniquePtr ds(GDALDataset::Open(gdalPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                              nullptr, opts.data(), nullptr));
    if (!ds) {
        if (auto refused = remoteRefusalMessage(shown); !refused.empty()) return fail(refused);
        std::string why = displayPath(errors.lastError());
        std::replace(why.begin(), why.end(), '\n', ' ');
        while (!why.empty() && why.back() == ' ')
            why.pop_back();
        if (database)
            return fail(shown + ": cannot open the PostgreSQL database" +
                        (why.empty() ? std::string() : " (" + why + ")") +
                        ". Check host, port, dbname, user and password in the connection string, "
                        "that the server is running, and that the database has PostGIS.");
        return fail(shown + ": cannot be read as a vector file or table" +
                    (why.empty() ? std::string(".") : " (" + why + ").") +
                    " Check that the file is complete and of a format GDAL reads "
                    "(for a Shapefile the .shp, .shx and .dbf must be together).");
    }
    if (ds->GetDriver() && std::string(ds->GetDriver()->GetDescription()) == "ESRI Shapefile" &&
        gdalPath.size() > 4 && endsWithNoCase(gdalPath, ".shp")) {
        if (auto whole = checkShapefileParts(gdalPath, shown); !whole) return whole.takeError();
    }
    // the other files it is made of (a Shapefile's .dbf, …)
    char** files = ds->GetFileList();
    Status sizes = Ok{};
    for (char** f = files; f && *f && sizes; ++f)
        sizes = checkInputSize(*f, displayPath(*f), policy);
    CSLDestroy(files);
    if (!sizes) return sizes.takeError();
    return ds;
}

std::string dbfEncodingOption(GDALDataset& ds, OGRLayer& layer) {
    if (!ds.GetDriver() || std::string(ds.GetDriver()->GetDescription()) != "ESRI Shapefile")
        return {};
    if (layer.GetMetadataItem("ENCODING_FROM_CPG", "SHAPEFILE")) return {}; // the .cpg says
    const char* declared = layer.GetMetadataItem("SOURCE_ENCODING", "SHAPEFILE");
    const std::string source = declared ? declared : "";
    const std::string dbf = dbfOf(ds, layer);
    if (dbf.empty()) return {};
    VSILFILE* f = VSIFOpenL(dbf.c_str(), "rb");
    if (!f) return {};
    unsigned char header[32] = {};
    std::vector<unsigned char> body;
    if (VSIFReadL(header, 1, sizeof header, f) == sizeof header) {
        const std::size_t headerSize = header[8] | (static_cast<std::size_t>(header[9]) << 8);
        body.resize(std::size_t{32} << 20); // the first 32 MB of records are plenty
        VSIFSeekL(f, headerSize, SEEK_SET);
        body.resize(VSIFReadL(body.data(), 1, body.size(), f));
    }
    VSIFCloseL(f);
    const Utf8Census c = utf8Census(body.data(), body.size());
    if (c.multiByte == 0 && c.invalid == 0) return {}; // plain ASCII: nothing to decode
    const bool utf8 = c.multiByte > 0 && c.invalid * 20 <= c.multiByte;
    if (utf8) return source == "UTF-8" ? std::string() : "UTF-8";
    // Not UTF-8: without a language byte (or with the generic Latin-1 one) read it as
    // Windows-1252, which Latin-1 text also decodes correctly; other code pages as declared.
    if (source.empty() || source == "ISO-8859-1" || source == "CP1252") return "CP1252";
    return {};
}

Result<OGRLayer*> pickLayer(GDALDataset& ds, const SourceSpec& spec) {
    std::string names;
    for (int i = 0; i < ds.GetLayerCount(); ++i)
        names += (i ? ", " : "") + std::string(ds.GetLayer(i)->GetName());
    if (!spec.layer.empty()) {
        if (OGRLayer* l = ds.GetLayerByName(spec.layer.c_str())) return l;
        return fail(displayPath(spec.path) + ": there is no layer or sheet \"" + spec.layer +
                    "\". It has: " + names + ".");
    }
    if (ds.GetLayerCount() == 0)
        return fail(displayPath(spec.path) + ": the file contains no layer (no table in a "
                                             "database). Check that it is the right file.");
    if (ds.GetLayerCount() > 1)
        return fail(displayPath(spec.path) + " has several layers (" + names +
                    "): name one with \"layer\" in the project file.");
    return ds.GetLayer(0);
}

Result<OGRSpatialReference> layerCrs(GDALDataset& ds, OGRLayer& layer, const SourceSpec& spec) {
    OGRSpatialReference srs;
    if (!spec.crs.empty()) {
        if (srs.SetFromUserInput(spec.crs.c_str()) != OGRERR_NONE)
            return fail(displayPath(spec.path) + ": the declared CRS \"" + spec.crs +
                        "\" (\"crs\" in the project file) is unknown. Use a code such as "
                        "\"EPSG:25832\".");
    } else if (const OGRSpatialReference* own = layer.GetSpatialRef()) {
        srs = *own;
    } else {
        const std::string drv = ds.GetDriver() ? ds.GetDriver()->GetDescription() : "";
        if (drv != "GeoJSON" && drv != "TopoJSON" && drv != "GeoJSONSeq")
            return fail(
                displayPath(spec.path) + ": the layer \"" + layer.GetName() +
                "\" does not say which coordinate system (CRS) its coordinates are in" +
                (drv == "ESRI Shapefile" ? " (its .prj file is missing)" : "") +
                ". SwingMap does not guess: add the CRS to this source in the project file, "
                "for example \"crs\": \"EPSG:28992\" for Dutch RD New or \"crs\": "
                "\"EPSG:25832\" for German UTM 32N (the data provider's documentation names it).");
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
    const std::string ext = asciiLower(std::filesystem::path(spec.path).extension().string());
    if (ext == ".csv" || ext == ".tsv" || ext == ".txt")
        return {"AUTODETECT_TYPE=NO", "HEADERS=YES", "EMPTY_STRING_AS_NULL=NO",
                "KEEP_GEOM_COLUMNS=YES"};
    if (ext == ".xlsx" || ext == ".ods" || ext == ".xls")
        return {"FIELD_TYPES=STRING", "HEADERS=FORCE"};
    return {};
}

} // namespace swingmap::gis
