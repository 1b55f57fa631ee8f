// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/shapes_common.h"

#include "gis/ogr_common.h"

#include <cmath>
#include <memory>

namespace swingmap::gis {

/// The polylines of g (lines, multi-lines, polygon outlines; curves linearised), 2D.
void collectLines(const OGRGeometry* g, std::vector<std::vector<double>>& out) {
    if (!g || g->IsEmpty()) return;
    const auto type = wkbFlatten(g->getGeometryType());
    if (g->hasCurveGeometry()) {
        std::unique_ptr<OGRGeometry> lin(g->getLinearGeometry());
        if (lin && !lin->hasCurveGeometry()) collectLines(lin.get(), out);
        return;
    }
    if (type == wkbLineString || type == wkbLinearRing) {
        const OGRSimpleCurve* c = g->toSimpleCurve();
        std::vector<double> pts;
        pts.reserve(2 * static_cast<std::size_t>(c->getNumPoints()));
        for (int i = 0; i < c->getNumPoints(); ++i) {
            const double x = c->getX(i), y = c->getY(i);
            if (std::isfinite(x) && std::isfinite(y)) pts.insert(pts.end(), {x, y});
        }
        if (pts.size() >= 4) out.push_back(std::move(pts));
    } else if (type == wkbPolygon) {
        const OGRPolygon* poly = g->toPolygon();
        for (const auto* ring : *poly)
            collectLines(ring, out);
    } else if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
        for (const auto* part : *g->toGeometryCollection())
            collectLines(part, out);
    }
}

Status transformXY(std::vector<double>& xy, const OGRSpatialReference& from,
                   const OGRSpatialReference& to, const std::string& what) {
    if (from.IsSame(&to) || xy.empty()) return Ok{};
    std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&from, &to));
    if (!ct)
        return fail("PROJ has no transformation from the CRS of the " + what + " (" +
                    crsName(from) + ") to " + crsName(to) + "; check the layer's CRS.");
    const std::size_t n = xy.size() / 2;
    std::vector<double> x(n), y(n);
    std::vector<int> ok(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = xy[2 * i], y[i] = xy[2 * i + 1];
    const bool done =
        ct->Transform(static_cast<int>(n), x.data(), y.data(), nullptr, ok.data()) != 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (!done || !ok[i] || !std::isfinite(x[i]) || !std::isfinite(y[i]))
            return fail("The " + what + " could not be reprojected from " + crsName(from) + " to " +
                        crsName(to) + " (point " + std::to_string(i + 1) +
                        " falls outside the projection); check the layer's CRS.");
        xy[2 * i] = x[i], xy[2 * i + 1] = y[i];
    }
    return Ok{};
}

} // namespace swingmap::gis
