// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/geos_layer.h"

#include <algorithm>
#include <cmath>

namespace swingmap::gis {

namespace {

GeosGeomPtr makeRing(const GeosContext& c, const PolygonLayer& l, uint32_t r) {
    const uint32_t p0 = l.ringPoint[r];
    GEOSCoordSequence* seq = GEOSCoordSeq_copyFromBuffer_r(c.get(), &l.xy[2 * std::size_t(p0)],
                                                           l.ringPoint[r + 1] - p0, 0, 0);
    return geosOwn(c, seq ? GEOSGeom_createLinearRing_r(c.get(), seq) : nullptr);
}

GeosGeomPtr makePart(const GeosContext& c, const PolygonLayer& l, uint32_t p) {
    GeosGeomPtr shell = makeRing(c, l, l.partRing[p]);
    if (!shell) return shell;
    std::vector<GEOSGeometry*> holes;
    for (uint32_t r = l.partRing[p] + 1; r < l.partRing[p + 1]; ++r) {
        GeosGeomPtr h = makeRing(c, l, r);
        if (!h) {
            for (GEOSGeometry* done : holes)
                GEOSGeom_destroy_r(c.get(), done);
            return h;
        }
        holes.push_back(h.release());
    }
    return geosOwn(c, GEOSGeom_createPolygon_r(c.get(), shell.release(), holes.data(),
                                               static_cast<unsigned>(holes.size())));
}

void appendRing(const GeosContext& c, PolygonLayer& out, const GEOSGeometry* ring,
                std::vector<double>& buf) {
    const GEOSCoordSequence* seq = ring ? GEOSGeom_getCoordSeq_r(c.get(), ring) : nullptr;
    unsigned int n = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(c.get(), seq, &n) || n < 4) return;
    buf.resize(2 * std::size_t(n));
    GEOSCoordSeq_copyToBuffer_r(c.get(), seq, buf.data(), 0, 0);
    out.addRing(buf.data(), n);
}

void appendPolygon(const GeosContext& c, PolygonLayer& out, const GEOSGeometry* poly,
                   std::vector<double>& buf) {
    if (GEOSisEmpty_r(c.get(), poly)) return;
    out.beginPart();
    appendRing(c, out, GEOSGetExteriorRing_r(c.get(), poly), buf);
    if (out.partRing.back() == out.partRing[out.partRing.size() - 2]) { // no shell: drop part
        out.endPart();
        return;
    }
    const int holes = GEOSGetNumInteriorRings_r(c.get(), poly);
    for (int h = 0; h < holes; ++h)
        appendRing(c, out, GEOSGetInteriorRingN_r(c.get(), poly, h), buf);
    out.endPart();
}

} // namespace

GeosGeomPtr featureToGeos(const GeosContext& c, const PolygonLayer& l, std::size_t f) {
    const uint32_t p0 = l.featurePart[f], p1 = l.featurePart[f + 1];
    if (p0 == p1) return GeosGeomPtr(nullptr, {c.get()});
    if (p1 - p0 == 1) return makePart(c, l, p0);
    std::vector<GEOSGeometry*> parts;
    for (uint32_t p = p0; p < p1; ++p) {
        GeosGeomPtr part = makePart(c, l, p);
        if (!part) {
            for (GEOSGeometry* done : parts)
                GEOSGeom_destroy_r(c.get(), done);
            return part;
        }
        parts.push_back(part.release());
    }
    return geosOwn(c, GEOSGeom_createCollection_r(c.get(), GEOS_MULTIPOLYGON, parts.data(),
                                                  static_cast<unsigned>(parts.size())));
}

double polygonalArea(const GeosContext& c, const GEOSGeometry* g) {
    if (!g) return 0;
    const int type = GEOSGeomTypeId_r(c.get(), g);
    double a = 0;
    if (type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON) {
        GEOSArea_r(c.get(), g, &a);
        return a;
    }
    if (type != GEOS_GEOMETRYCOLLECTION) return 0;
    const int n = GEOSGetNumGeometries_r(c.get(), g);
    for (int i = 0; i < n; ++i)
        a += polygonalArea(c, GEOSGetGeometryN_r(c.get(), g, i));
    return a;
}

void appendPolygonal(const GeosContext& c, PolygonLayer& out, const GEOSGeometry* g,
                     std::vector<double>& buf) {
    if (!g) return;
    const int type = GEOSGeomTypeId_r(c.get(), g);
    if (type == GEOS_POLYGON) return appendPolygon(c, out, g, buf);
    if (type != GEOS_MULTIPOLYGON && type != GEOS_GEOMETRYCOLLECTION) return;
    const int n = GEOSGetNumGeometries_r(c.get(), g);
    for (int i = 0; i < n; ++i)
        appendPolygonal(c, out, GEOSGetGeometryN_r(c.get(), g, i), buf);
}

double featureAreaPrecise(const PolygonLayer& l, std::size_t f) {
    double total = 0;
    for (uint32_t p = l.featurePart[f]; p < l.featurePart[f + 1]; ++p)
        for (uint32_t r = l.partRing[p]; r < l.partRing[p + 1]; ++r) {
            const double* xy = &l.xy[2 * std::size_t(l.ringPoint[r])];
            const std::size_t n = l.ringPoint[r + 1] - l.ringPoint[r];
            double a = 0;
            for (std::size_t i = 1; i + 1 < n; ++i) // fan of triangles from the first vertex
                a += (xy[2 * i] - xy[0]) * (xy[2 * i + 3] - xy[1]) -
                     (xy[2 * i + 2] - xy[0]) * (xy[2 * i + 1] - xy[1]);
            total += r == l.partRing[p] ? std::fabs(a) / 2 : -std::fabs(a) / 2;
        }
    return total;
}

void appendParts(const PolygonLayer& from, std::size_t f, PolygonLayer& to) {
    for (uint32_t p = from.featurePart[f]; p < from.featurePart[f + 1]; ++p) {
        to.beginPart();
        for (uint32_t r = from.partRing[p]; r < from.partRing[p + 1]; ++r)
            to.addRing(&from.xy[2 * std::size_t(from.ringPoint[r])],
                       from.ringPoint[r + 1] - from.ringPoint[r]);
        to.endPart();
    }
}

void copyFeature(const PolygonLayer& from, std::size_t f, PolygonLayer& to) {
    appendParts(from, f, to);
    to.endFeature();
}

bool featureContains(const PolygonLayer& l, std::size_t f, double x, double y) {
    bool inside = false;
    const uint32_t r0 = l.partRing[l.featurePart[f]], r1 = l.partRing[l.featurePart[f + 1]];
    for (uint32_t r = r0; r < r1; ++r) {
        const double* p = &l.xy[2 * std::size_t(l.ringPoint[r])];
        const std::size_t n = l.ringPoint[r + 1] - l.ringPoint[r];
        for (std::size_t i = 0, k = n - 1; i < n; k = i++) {
            const double xi = p[2 * i], yi = p[2 * i + 1], xk = p[2 * k], yk = p[2 * k + 1];
            if ((yi > y) != (yk > y) && x < (xk - xi) * (y - yi) / (yk - yi) + xi) inside = !inside;
        }
    }
    return inside;
}

void recomputeBBoxes(PolygonLayer& l) {
    l.extent = BBox{};
    for (std::size_t f = 0; f < l.featureCount(); ++f) {
        BBox b;
        if (l.hasGeometry(f)) {
            const uint32_t r0 = l.partRing[l.featurePart[f]];
            const uint32_t r1 = l.partRing[l.featurePart[f + 1]];
            for (uint32_t i = l.ringPoint[r0]; i < l.ringPoint[r1]; ++i)
                b.add(l.xy[2 * std::size_t(i)], l.xy[2 * std::size_t(i) + 1]);
        }
        l.bbox[f] = b;
        l.extent.add(b);
    }
}

} // namespace swingmap::gis
