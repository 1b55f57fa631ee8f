// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/display_layer.h"

#include "core/projectpaths.h"
#include "gis/crs_util.h"
#include "gis/network.h"
#include "gis/ogr_common.h"
#include "gis/shapes_common.h"

#include <cmath>

namespace swingmap::gis {

namespace {

/// The points of g (points, multi-points, points inside collections); false when g has none.
bool collectPoints(const OGRGeometry* g, std::vector<double>& out) {
    if (!g || g->IsEmpty()) return false;
    const auto type = wkbFlatten(g->getGeometryType());
    if (type == wkbPoint) {
        const OGRPoint* p = g->toPoint();
        if (!std::isfinite(p->getX()) || !std::isfinite(p->getY())) return false;
        out.insert(out.end(), {p->getX(), p->getY()});
        return true;
    }
    if (type == wkbMultiPoint || type == wkbGeometryCollection) {
        bool any = false;
        for (const auto* part : *g->toGeometryCollection())
            any = collectPoints(part, out) || any;
        return any;
    }
    return false;
}

bool isPolygonal(OGRwkbGeometryType type) {
    const auto flat = wkbFlatten(type);
    return OGR_GT_IsSubClassOf(flat, wkbCurvePolygon) || OGR_GT_IsSubClassOf(flat, wkbMultiSurface);
}

} // namespace

Result<DisplayLayer> readDisplayLayer(const SourceSpec& spec, const std::string& targetCrs) {
    NetworkScope network(spec.input.allowRemote);
    CplErrorCapture errors;
    const std::string shown = displayPath(spec.path);
    auto ds = openVector(spec.path, {}, spec.input);
    if (!ds) {
        if (auto refused = remoteRefusalMessage(shown); !refused.empty()) return fail(refused);
        return ds.takeError();
    }
    auto layer = pickLayer(**ds, spec);
    if (!layer) return layer.takeError();
    auto srs = layerCrs(**ds, **layer, spec);
    if (!srs) return srs.takeError();
    DisplayLayer out;
    out.layer = (*layer)->GetName();
    std::vector<std::vector<double>> parts;
    std::size_t features = 0;
    for (auto& f : **layer) {
        if (++features > spec.input.maxFeatures)
            return fail(tooManyFeaturesMessage(shown, features, spec.input));
        const OGRGeometry* g = f->GetGeometryRef();
        if (collectPoints(g, out.pointXY)) {
            ++out.points;
            continue;
        }
        parts.clear();
        collectLines(g, parts);
        if (parts.empty()) {
            ++out.withoutGeometry;
            continue;
        }
        ++(isPolygonal(g->getGeometryType()) ? out.polygons : out.lines);
        for (const auto& p : parts) {
            out.lineXY.insert(out.lineXY.end(), p.begin(), p.end());
            out.linePart.push_back(static_cast<uint32_t>(out.lineXY.size() / 2));
        }
    }
    if (auto refused = remoteRefusalMessage(shown); !refused.empty()) return fail(refused);
    if (!errors.lastError().empty() && features == 0)
        return fail(shown + ": the layer could not be read" + errors.detail() +
                    "; check that it opens in a GIS.");
    if (out.empty())
        return fail(shown + ": the layer \"" + out.layer +
                    "\" has no points, lines or polygons to draw; choose a layer with geometry.");
    if (!targetCrs.empty()) {
        auto target = parseCrs(targetCrs, "project");
        if (!target) return target.takeError();
        const std::string what = "layer " + shown;
        if (auto st = transformXY(out.lineXY, *srs, *target, what); !st) return st.takeError();
        if (auto st = transformXY(out.pointXY, *srs, *target, what); !st) return st.takeError();
    }
    for (const std::vector<double>* xy : {&out.lineXY, &out.pointXY})
        for (std::size_t i = 0; i + 1 < xy->size(); i += 2)
            out.extent.add((*xy)[i], (*xy)[i + 1]);
    return out;
}

} // namespace swingmap::gis
