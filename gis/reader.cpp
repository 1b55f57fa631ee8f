// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/reader.h"

#include "gis/ogr_common.h"

#include <cpl_conv.h>
#include <filesystem>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

namespace swingmap::gis {

namespace {
namespace fs = std::filesystem;

void appendPolygon(const OGRPolygon& poly, PolygonLayer& out, std::vector<double>& buf) {
    out.beginPart();
    for (int r = 0; r < poly.getNumInteriorRings() + 1; ++r) {
        const OGRLinearRing* ring = r == 0 ? poly.getExteriorRing() : poly.getInteriorRing(r - 1);
        if (!ring || ring->getNumPoints() < 4) continue;
        const int n = ring->getNumPoints();
        buf.resize(2 * static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            buf[2 * static_cast<std::size_t>(i)] = ring->getX(i);
            buf[2 * static_cast<std::size_t>(i) + 1] = ring->getY(i);
        }
        if (r > 0 && out.partRing.back() == out.partRing[out.partRing.size() - 2])
            continue; // a hole without a shell
        out.addRing(buf.data(), static_cast<std::size_t>(n));
    }
    out.endPart();
}

void appendGeometry(const OGRGeometry* g, PolygonLayer& out, std::vector<double>& buf) {
    if (!g || g->IsEmpty()) return;
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPolygon:
        appendPolygon(*g->toPolygon(), out, buf);
        break;
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry* part : *g->toGeometryCollection())
            appendGeometry(part, out, buf);
        break;
    default:
        break; // points and lines inside a collection from MakeValid carry no area
    }
}

/// Make a feature's geometry a valid 2-D (multi)polygon; counts repairs.
std::unique_ptr<OGRGeometry> prepare(OGRGeometry* g, LoadedLayer& out) {
    std::unique_ptr<OGRGeometry> own(g);
    if (!own || own->IsEmpty()) return nullptr;
    own->flattenTo2D();
    const auto type = wkbFlatten(own->getGeometryType());
    if (type == wkbCurvePolygon || type == wkbMultiSurface)
        own.reset(OGRGeometryFactory::forceToMultiPolygon(own.release()));
    if (!own->IsValid()) {
        std::unique_ptr<OGRGeometry> fixed(own->MakeValid());
        if (fixed) {
            ++out.repaired;
            own = std::move(fixed);
        }
    }
    return own;
}

Status readFeatures(OGRLayer& layer, OGRCoordinateTransformation* ct, LoadedLayer& out) {
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    const int nf = defn->GetFieldCount();
    out.attributes.cells.assign(static_cast<std::size_t>(nf), {});
    for (int i = 0; i < nf; ++i)
        out.attributes.columns.push_back(defn->GetFieldDefn(i)->GetNameRef());
    const GIntBig count = layer.GetFeatureCount(FALSE);
    if (count > 0) {
        out.geometry.reserve(static_cast<std::size_t>(count), static_cast<std::size_t>(count) * 16);
        for (auto& c : out.attributes.cells)
            c.reserve(static_cast<std::size_t>(count));
    }
    std::vector<double> buf;
    layer.ResetReading();
    for (auto& feature : layer) {
        for (int i = 0; i < nf; ++i)
            out.attributes.cells[static_cast<std::size_t>(i)].push_back(fieldText(*feature, i));
        auto g = prepare(feature->StealGeometry(), out);
        if (g && ct && g->transform(ct) != OGRERR_NONE)
            return fail(out.attributes.source + ": a feature could not be reprojected to the "
                                                "working CRS. Check the layer's CRS.");
        appendGeometry(g.get(), out.geometry, buf);
        if (out.geometry.featurePart.back() == out.geometry.partRing.size() - 1) ++out.empty;
        out.geometry.endFeature();
    }
    return Ok{};
}
} // namespace

Result<LoadedLayer> readPolygonLayer(const SourceSpec& spec, const std::string& targetCrs) {
    CplErrorCapture errors;
    auto ds = openVector(spec.path, {});
    if (!ds) return ds.takeError();
    auto layer = pickLayer(**ds, spec);
    if (!layer) return layer.takeError();
    LoadedLayer out;
    out.attributes.source = fs::path(spec.path).filename().string();
    auto srs = layerCrs(**ds, **layer, spec);
    if (!srs) return srs.takeError();
    OGRSpatialReference target = *srs;
    if (!targetCrs.empty() && target.SetFromUserInput(targetCrs.c_str()) != OGRERR_NONE)
        return fail("the working CRS \"" + targetCrs + "\" is not a CRS PROJ knows.");
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> ct;
    if (!target.IsSame(&*srs)) {
        ct.reset(OGRCreateCoordinateTransformation(&*srs, &target));
        if (!ct) return fail(spec.path + ": no transformation from its CRS to the working CRS.");
    }
    if (auto s = readFeatures(**layer, ct.get(), out); !s) return s.takeError();
    out.crsName = crsName(target);
    out.crsWkt = crsWkt(target);
    out.geographic = target.IsGeographic();
    out.attribution = metadataAttribution(**ds);
    return out;
}

} // namespace swingmap::gis
