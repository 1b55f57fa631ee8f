// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helpers shared by the boundary-format tests: convert a layer with GDAL's own
// GDALVectorTranslate (what ogr2ogr does), and compute a reference straight from the source file
// with OGR (not through SwingMap's reader), to compare what SwingMap reads against.
#include "core/centroid.h"
#include "core/geometry.h"

#include <cmath>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <gdal_utils.h>
#include <map>
#include <memory>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>
#include <string>
#include <vector>

namespace swingmap::testing {

/// Runs GDALVectorTranslate(src → dst, args as ogr2ogr takes them). Returns "" or the error.
inline std::string vectorTranslate(const std::string& src, const std::string& dst,
                                   const std::vector<std::string>& args, bool update = false) {
    GDALAllRegister();
    CPLErrorReset();
    GDALDatasetH in = GDALOpenEx(src.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    if (!in) return "cannot open " + src + ": " + CPLGetLastErrorMsg();
    char** argv = nullptr;
    for (const auto& a : args)
        argv = CSLAddString(argv, a.c_str());
    GDALVectorTranslateOptions* opts = GDALVectorTranslateOptionsNew(argv, nullptr);
    CSLDestroy(argv);
    GDALDatasetH target = nullptr;
    if (update)
        target =
            GDALOpenEx(dst.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
    int usageError = 0;
    GDALDatasetH out =
        GDALVectorTranslate(target ? nullptr : dst.c_str(), target, 1, &in, opts, &usageError);
    GDALVectorTranslateOptionsFree(opts);
    std::string err = out ? "" : std::string("GDALVectorTranslate failed: ") + CPLGetLastErrorMsg();
    if (out) GDALClose(out);
    GDALClose(in);
    return err;
}

/// One area of the reference: its name, area and centroid in the reference CRS.
struct RefArea {
    std::string name;
    double area = 0;
    double cx = 0, cy = 0;
};
using Reference = std::map<std::string, RefArea>; ///< by key

/// Reads `path` (layer `layer`, or the only one) with OGR, reprojected to `crs`, keyed by
/// `keyField`; area and centroid by GEOS through OGR. Features without geometry get area 0 and
/// NaN centroid.
inline Reference readReference(const std::string& path, const std::string& layer,
                               const std::string& keyField, const std::string& nameField,
                               const std::string& crs) {
    GDALAllRegister();
    Reference ref;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    if (!ds) return ref;
    OGRLayer* l = layer.empty() ? ds->GetLayer(0) : ds->GetLayerByName(layer.c_str());
    if (!l) return ref;
    OGRSpatialReference target;
    target.SetFromUserInput(crs.c_str());
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const OGRSpatialReference* src = l->GetSpatialRef() ? l->GetSpatialRef() : &wgs84;
    std::unique_ptr<OGRCoordinateTransformation> ct(
        OGRCreateCoordinateTransformation(src, &target));
    for (auto& f : *l) {
        RefArea a;
        a.name = f->GetFieldAsString(nameField.c_str());
        a.cx = a.cy = std::nan("");
        if (OGRGeometry* g = f->GetGeometryRef(); g && !g->IsEmpty()) {
            std::unique_ptr<OGRGeometry> c(g->clone());
            c->flattenTo2D();
            if (!c->IsValid()) c.reset(c->MakeValid());
            c->transform(ct.get());
            a.area = OGR_G_Area(OGRGeometry::ToHandle(c.get()));
            OGRPoint centre;
            if (c->Centroid(&centre) == OGRERR_NONE) {
                a.cx = centre.getX();
                a.cy = centre.getY();
            }
        }
        ref[f->GetFieldAsString(keyField.c_str())] = a;
    }
    return ref;
}

/// Greatest distance between our centroid of each area and the reference's (keys aligned by
/// `keys`), skipping areas without geometry on both sides. Returns -1 on a key or geometry
/// mismatch (an area with geometry on one side only).
inline double maxCentroidOffset(const PolygonLayer& layer, const std::vector<std::string>& keys,
                                const Reference& ref) {
    double worst = 0;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        auto it = ref.find(keys[i]);
        if (it == ref.end()) return -1;
        const auto c = featureCentroid(layer, i);
        if (std::isnan(c[0]) != std::isnan(it->second.cx)) return -1;
        if (std::isnan(c[0])) continue;
        worst = std::max(worst, std::hypot(c[0] - it->second.cx, c[1] - it->second.cy));
    }
    return worst;
}

inline double totalArea(const PolygonLayer& layer) {
    double a = 0;
    for (std::size_t i = 0; i < layer.featureCount(); ++i)
        a += featureArea(layer, i);
    return a;
}

inline double totalArea(const Reference& ref) {
    double a = 0;
    for (const auto& [k, r] : ref)
        a += r.area;
    return a;
}

} // namespace swingmap::testing
