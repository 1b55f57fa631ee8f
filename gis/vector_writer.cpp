// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/vector_writer.h"

#include "gis/gdal_util.h"
#include "gis/gpkg_rtree.h"

#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <memory>
#include <optional>

namespace swingmap::gis {

namespace {

using gis::CplErrorCapture;

struct Target {
    const std::string& path;
    const CplErrorCapture& errors;
    [[nodiscard]] Error error(const std::string& what) const {
        return fail("Could not write '" + path + "': " + what + errors.detail() + ".");
    }
};

Status checkFields(const Target& t, const std::vector<FieldColumn>& fields, std::size_t n) {
    for (const auto& c : fields) {
        const std::size_t have =
            c.type == FieldColumn::Type::Text ? c.textValues().size() : c.numberValues().size();
        if (have != n || (!c.isNull.empty() && c.isNull.size() != n))
            return t.error("field '" + c.name + "' has " + std::to_string(have) + " values for " +
                           std::to_string(n) + " features");
        if (c.name.empty()) return t.error("a field has no name");
    }
    return Ok{};
}

OGRFieldType ogrType(FieldColumn::Type type) {
    switch (type) {
    case FieldColumn::Type::Integer:
        return OFTInteger64;
    case FieldColumn::Type::Real:
        return OFTReal;
    case FieldColumn::Type::Text:
        return OFTString;
    }
    return OFTString;
}

/// Replace an existing file: through the driver (removes side files), else plainly unlink.
void removeExisting(GDALDriver* driver, const std::string& path) {
    VSIStatBufL st;
    if (VSIStatL(path.c_str(), &st) != 0) return;
    CPLErrorStateBackuper keepState;
    CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
    if (driver->Delete(path.c_str()) != CE_None) VSIUnlink(path.c_str());
}

Result<GDALDatasetUniquePtr> createDataset(const Target& t, const std::string& driverName) {
    gis::ensureGdalDrivers();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName.c_str());
    if (!driver) return t.error("the GDAL driver '" + driverName + "' is not available");
    removeExisting(driver, t.path);
    GDALDatasetUniquePtr ds(driver->Create(t.path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return t.error("the file could not be created; check the folder exists and is writable");
    return ds;
}

Result<OGRLayer*> createLayer(const Target& t, GDALDataset& ds, const std::string& name,
                              const std::string& crs, const std::vector<FieldColumn>& fields,
                              OGRwkbGeometryType type = wkbMultiPolygon, bool packedIndex = false) {
    OGRSpatialReference srs;
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (!crs.empty() && srs.SetFromUserInput(crs.c_str()) != OGRERR_NONE)
        return t.error("the coordinate reference system '" + crs + "' is not known");
    CPLStringList options;
    if (EQUAL(ds.GetDriverName(), "GPKG"))
        options.SetNameValue("SPATIAL_INDEX", packedIndex ? "NO" : "YES"); // packed: gpkg_rtree
    OGRLayer* layer =
        ds.CreateLayer(name.c_str(), crs.empty() ? nullptr : &srs, type, options.List());
    if (!layer) return t.error("the layer '" + name + "' could not be created");
    for (const auto& c : fields) {
        OGRFieldDefn defn(c.name.c_str(), ogrType(c.type));
        if (layer->CreateField(&defn) != OGRERR_NONE)
            return t.error("the field '" + c.name + "' could not be created");
    }
    return layer;
}

OGRLinearRing* makeRing(const PolygonLayer& g, uint32_t r) {
    auto* ring = new OGRLinearRing;
    const uint32_t p0 = g.ringPoint[r];
    const int n = static_cast<int>(g.ringPoint[r + 1] - p0);
    ring->setNumPoints(n, FALSE);
    const double* xy = &g.xy[2 * std::size_t(p0)];
    for (int i = 0; i < n; ++i) {
        const auto k = static_cast<std::size_t>(i);
        ring->setPoint(i, xy[2 * k], xy[2 * k + 1]);
    }
    return ring;
}

/// Builds the OGR geometry straight from the flat arrays (no WKB/WKT round trip).
std::unique_ptr<OGRMultiPolygon> makeGeometry(const PolygonLayer& g, std::size_t f) {
    auto multi = std::make_unique<OGRMultiPolygon>();
    for (uint32_t p = g.featurePart[f]; p < g.featurePart[f + 1]; ++p) {
        auto poly = std::make_unique<OGRPolygon>();
        for (uint32_t r = g.partRing[p]; r < g.partRing[p + 1]; ++r)
            poly->addRingDirectly(makeRing(g, r));
        multi->addGeometryDirectly(poly.release());
    }
    return multi;
}

bool isNullAt(const FieldColumn& c, std::size_t f) {
    if (!c.isNull.empty() && c.isNull[f]) return true;
    return c.type != FieldColumn::Type::Text && !std::isfinite(c.numberValues()[f]);
}

void setFields(OGRFeature& feature, const std::vector<FieldColumn>& fields, std::size_t f) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const auto& c = fields[i];
        const int idx = static_cast<int>(i);
        if (isNullAt(c, f))
            feature.SetFieldNull(idx);
        else if (c.type == FieldColumn::Type::Text)
            feature.SetField(idx, c.textValues()[f].c_str());
        else if (c.type == FieldColumn::Type::Integer)
            feature.SetField(idx, static_cast<GIntBig>(std::llround(c.numberValues()[f])));
        else
            feature.SetField(idx, c.numberValues()[f]);
    }
}

/// `geometryOf(f)` gives feature f's geometry (nullptr = NULL geometry).
template <class MakeGeometry>
Status writeFeatures(const Target& t, OGRLayer& layer, std::size_t count,
                     const MakeGeometry& geometryOf, const std::vector<FieldColumn>& fields) {
    OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer.GetLayerDefn()));
    for (std::size_t f = 0; f < count; ++f) {
        feature->SetFID(OGRNullFID);
        feature->SetGeometryDirectly(geometryOf(f));
        setFields(*feature, fields, f);
        if (layer.CreateFeature(feature.get()) != OGRERR_NONE)
            return t.error("feature " + std::to_string(f + 1) + " could not be written");
    }
    return Ok{};
}

/// `finish` runs after the features, before the commit.
template <class MakeGeometry, class Finish>
Status writeInTransaction(const Target& t, GDALDataset& ds, OGRLayer& layer, std::size_t count,
                          const MakeGeometry& geometryOf, const std::vector<FieldColumn>& fields,
                          const Finish& finish) {
    const bool transaction = ds.StartTransaction(FALSE) == OGRERR_NONE;
    Status written = writeFeatures(t, layer, count, geometryOf, fields);
    if (written) written = finish();
    if (!written) {
        if (transaction) ds.RollbackTransaction();
        return written;
    }
    if (transaction && ds.CommitTransaction() != OGRERR_NONE)
        return t.error("the features could not be committed");
    return Ok{};
}

} // namespace

Status writePolygons(const std::string& path, const std::string& layerName,
                     const PolygonLayer& geom, const std::string& crs,
                     const std::vector<FieldColumn>& fields, const std::string& driver) {
    CplErrorCapture errors;
    const Target t{path, errors};
    if (Status ok = checkFields(t, fields, geom.featureCount()); !ok) return ok;
    auto ds = createDataset(t, driver);
    if (!ds) return ds.takeError();
    const bool gpkg = EQUAL((*ds)->GetDriverName(), "GPKG");
    auto layer = createLayer(t, **ds, layerName, crs, fields, wkbMultiPolygon, gpkg);
    if (!layer) return layer.takeError();
    std::optional<DeferredRtree> rtree;
    if (gpkg) {
        auto deferred = deferRtree(**ds, (*layer)->GetName(), (*layer)->GetGeometryColumn());
        if (!deferred) return t.error(deferred.error());
        rtree = std::move(*deferred);
    }
    const auto geometryOf = [&](std::size_t f) -> OGRGeometry* {
        return geom.hasGeometry(f) ? makeGeometry(geom, f).release() : nullptr;
    };
    const auto finish = [&]() -> Status {
        if (!rtree) return Ok{};
        if (Status s = fillRtree(**ds, *rtree, geom.bbox); !s) return t.error(s.error());
        return Ok{};
    };
    if (Status ok =
            writeInTransaction(t, **ds, **layer, geom.featureCount(), geometryOf, fields, finish);
        !ok)
        return ok;
    CPLErrorReset();
    ds->reset(); // closing flushes and builds the spatial index
    if (CPLGetLastErrorType() >= CE_Failure) return t.error("the file could not be finished");
    return Ok{};
}

Status writeLines(const std::string& path, const std::string& layerName,
                  const std::vector<double>& xy, const std::vector<uint32_t>& linePoint,
                  const std::string& crs, const std::vector<FieldColumn>& fields,
                  const std::string& driver) {
    CplErrorCapture errors;
    const Target t{path, errors};
    if (linePoint.empty() || linePoint.back() > xy.size() / 2)
        return t.error("the lines' point index does not match their points");
    const std::size_t count = linePoint.size() - 1;
    if (Status ok = checkFields(t, fields, count); !ok) return ok;
    auto ds = createDataset(t, driver);
    if (!ds) return ds.takeError();
    auto layer = createLayer(t, **ds, layerName, crs, fields, wkbLineString);
    if (!layer) return layer.takeError();
    const auto geometryOf = [&](std::size_t f) -> OGRGeometry* {
        const uint32_t p0 = linePoint[f];
        if (linePoint[f + 1] < p0 + 2) return nullptr;
        auto* line = new OGRLineString;
        line->setNumPoints(static_cast<int>(linePoint[f + 1] - p0), FALSE);
        for (uint32_t i = p0; i < linePoint[f + 1]; ++i)
            line->setPoint(static_cast<int>(i - p0), xy[2 * std::size_t(i)],
                           xy[2 * std::size_t(i) + 1]);
        return line;
    };
    if (Status ok = writeInTransaction(t, **ds, **layer, count, geometryOf, fields,
                                       [] { return Status(Ok{}); });
        !ok)
        return ok;
    CPLErrorReset();
    ds->reset();
    if (CPLGetLastErrorType() >= CE_Failure) return t.error("the file could not be finished");
    return Ok{};
}

} // namespace swingmap::gis
