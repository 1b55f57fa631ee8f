// SPDX-License-Identifier: GPL-3.0-or-later
// Streets clipped to the areas (gis/streets.h): synthetic squares with lengths known by
// construction (projected and lon/lat input alike), and the real Karlsruhe streets, checked
// against OGR's own intersection with the union of the districts.
#include "gis/reader.h"
#include "gis/streets.h"

#include <QtTest>

#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <map>
#include <memory>

using namespace swingmap;

namespace {
constexpr double X0 = 480000, Y0 = 5430000; // UTM 32N, near Karlsruhe

/// Two 1 km squares side by side: A0 = [X0, X0+1000], A1 = [X0+1000, X0+2000] (× [Y0, Y0+1000]).
PolygonLayer twoSquares() {
    PolygonLayer l;
    for (int i = 0; i < 2; ++i) {
        const double x = X0 + 1000.0 * i;
        const double ring[] = {x, Y0, x + 1000, Y0, x + 1000, Y0 + 1000, x, Y0 + 1000, x, Y0};
        l.beginPart();
        l.addRing(ring, 5);
        l.endPart();
        l.endFeature();
    }
    return l;
}

/// Main: 500 m in each square, plus a second feature of 200 m in A0 (merged with the first);
/// Edge: 500 m exactly along the shared side (counts once, for A0); Far: outside both squares;
/// Corner: a diagonal through A1 only, 3-4-5: 500 m.
gis::StreetLines lines() {
    gis::StreetLines s;
    s.names = {"Main", "Edge", "Far", "Corner"};
    s.roadClass = {"primary", "residential", "", "track"};
    const double main1[] = {X0 + 500, Y0 + 500, X0 + 1500, Y0 + 500};
    const double main2[] = {X0 + 100, Y0 + 800, X0 + 200, Y0 + 800, X0 + 300, Y0 + 800};
    const double edge[] = {X0 + 1000, Y0 + 200, X0 + 1000, Y0 + 700};
    const double far[] = {X0 + 5000, Y0, X0 + 6000, Y0};
    const double corner[] = {X0 + 1100, Y0 + 100, X0 + 1400, Y0 + 500};
    s.addPart(0, main1, 2);
    s.addPart(0, main2, 3);
    s.addPart(1, edge, 2);
    s.addPart(2, far, 2);
    s.addPart(3, corner, 2);
    return s;
}

std::string wkt(const char* code) {
    OGRSpatialReference srs;
    srs.SetFromUserInput(code);
    char* text = nullptr;
    srs.exportToWkt(&text);
    std::string out = text;
    CPLFree(text);
    return out;
}

/// Transform interleaved coordinates from UTM 32N to lon/lat.
void toLonLat(std::vector<double>& xy) {
    OGRSpatialReference from, to;
    from.SetFromUserInput("EPSG:32632");
    to.SetFromUserInput("EPSG:4326");
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&from, &to));
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
        ct->Transform(1, &xy[i], &xy[i + 1]);
}

std::map<std::pair<uint32_t, uint32_t>, double> table(const StreetLayer& s) {
    std::map<std::pair<uint32_t, uint32_t>, double> m;
    for (const auto& e : s.lengths)
        m[{e.street, e.area}] = e.metres;
    return m;
}
} // namespace

class TestStreetsGis : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { OGRRegisterAll(); }

    void squares_data() {
        QTest::addColumn<bool>("lonLat");
        QTest::newRow("projected") << false;
        QTest::newRow("lon/lat") << true;
    }
    void squares() {
        QFETCH(bool, lonLat);
        PolygonLayer areas = twoSquares();
        gis::StreetLines s = lines();
        s.crs = wkt(lonLat ? "EPSG:4326" : "EPSG:32632");
        if (lonLat) {
            toLonLat(areas.xy);
            toLonLat(s.xy);
            areas.extent = BBox{};
            for (std::size_t i = 0; i < areas.pointCount(); ++i)
                areas.extent.add(areas.x(i), areas.y(i));
            for (auto& b : areas.bbox) {
                b = BBox{};
            }
            for (std::size_t f = 0; f < areas.featureCount(); ++f)
                for (uint32_t r = areas.partRing[areas.featurePart[f]];
                     r < areas.partRing[areas.featurePart[f + 1]]; ++r)
                    for (uint32_t p = areas.ringPoint[r]; p < areas.ringPoint[r + 1]; ++p)
                        areas.bbox[f].add(areas.x(p), areas.y(p));
        }
        for (const unsigned threads : {1u, 2u}) {
            auto clipped = gis::clipStreets(s, areas, s.crs, threads);
            QVERIFY2(clipped.ok(), clipped.ok() ? "" : clipped.error().c_str());
            const auto t = table(*clipped);
            const double tol = 1e-6;
            QCOMPARE(t.size(), std::size_t(4)); // Main×A0, Main×A1, Edge×A0, Corner×A1
            QVERIFY(std::fabs(t.at({0, 0}) - 700) < tol); // pieces of Main in A0 merged
            QVERIFY(std::fabs(t.at({0, 1}) - 500) < tol);
            QVERIFY(std::fabs(t.at({3, 1}) - 500) < tol);
            if (!lonLat) {
                QVERIFY(std::fabs(t.at({1, 0}) - 500) < tol); // along the shared side: once
            } else { // a lon/lat round trip may move the side by 1e-9 m: one area, same length
                const double edge = t.count({1, 0}) ? t.at({1, 0}) : t.at({1, 1});
                QVERIFY(std::fabs(edge - 500) < tol);
            }
            QVERIFY(!t.count({2, 0}) && !t.count({2, 1})); // Far: outside
            QCOMPARE(clipped->geosFailures, std::size_t(0));
            QVERIFY(clipped->lineCount() >= 4);
            // the drawn pieces are in the areas' CRS: inside their extent
            for (std::size_t i = 0; i + 1 < clipped->xy.size(); i += 2) {
                QVERIFY(clipped->xy[i] >= areas.extent.minX - 1e-6 &&
                        clipped->xy[i] <= areas.extent.maxX + 1e-6);
            }
            QVERIFY2(clipped->crs.find("UTM zone 32N") != std::string::npos ||
                         clipped->crs.find("32632") != std::string::npos,
                     clipped->crs.c_str());
        }
    }

    /// Every Karlsruhe street's length inside the districts, summed over the districts, equals
    /// OGR's intersection of the street with their union; a known street is there.
    void karlsruhe() {
        const std::string dir =
            std::string(SHARED_DATA_DIR) + "/de_karlsruhe_wahlbezirke_btw2013_2017";
        SourceSpec b;
        b.path = dir + "/boundaries/karlsruhe_wahlbezirke.gpkg";
        b.layer = "wb_btw2017";
        auto areas = gis::readPolygonLayer(b, "EPSG:25832");
        QVERIFY2(areas.ok(), areas.ok() ? "" : areas.error().c_str());
        StreetsSpec spec;
        spec.source.path = dir + "/streets/karlsruhe_streets.gpkg";
        spec.source.layer = "streets";
        auto lines = gis::readStreetLines(spec);
        QVERIFY2(lines.ok(), lines.ok() ? "" : lines.error().c_str());
        QCOMPARE(lines->names.size(), std::size_t(1827)); // README: 1,827 named streets
        QCOMPARE(lines->droppedUnnamed, std::size_t(0));
        auto clipped = gis::clipStreets(*lines, areas->geometry, areas->crsWkt);
        QVERIFY2(clipped.ok(), clipped.ok() ? "" : clipped.error().c_str());
        QCOMPARE(clipped->geosFailures, std::size_t(0));
        std::vector<double> summed(clipped->names.size(), 0.0);
        std::map<std::string, std::size_t> areasOf;
        for (const auto& e : clipped->lengths) {
            summed[e.street] += e.metres;
            ++areasOf[clipped->names[e.street]];
        }
        // the union of the districts, and each street intersected with it, by OGR (GEOS)
        GDALDatasetUniquePtr ds(GDALDataset::Open(b.path.c_str(), GDAL_OF_VECTOR));
        QVERIFY(ds);
        OGRSpatialReference utm;
        utm.SetFromUserInput("EPSG:25832");
        utm.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRMultiPolygon all;
        for (auto& f : *ds->GetLayerByName("wb_btw2017")) {
            std::unique_ptr<OGRGeometry> g(f->GetGeometryRef()->clone());
            g->transformTo(&utm);
            for (auto* part : *g->toMultiPolygon())
                all.addGeometry(part);
        }
        std::unique_ptr<OGRGeometry> city(all.UnionCascaded());
        QVERIFY(city);
        GDALDatasetUniquePtr sds(GDALDataset::Open(spec.source.path.c_str(), GDAL_OF_VECTOR));
        std::map<std::string, double> inside;
        for (auto& f : *sds->GetLayerByName("streets")) {
            std::unique_ptr<OGRGeometry> g(f->GetGeometryRef()->clone());
            g->transformTo(&utm);
            std::unique_ptr<OGRGeometry> in(g->Intersection(city.get()));
            double len = 0;
            if (in) {
                const auto type = wkbFlatten(in->getGeometryType());
                if (type == wkbLineString)
                    len = in->toLineString()->get_Length();
                else if (type == wkbMultiLineString)
                    len = in->toMultiLineString()->get_Length();
                else if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection))
                    for (const auto* part : *in->toGeometryCollection())
                        if (wkbFlatten(part->getGeometryType()) == wkbLineString)
                            len += part->toLineString()->get_Length();
            }
            inside[f->GetFieldAsString("name")] += len;
        }
        std::size_t compared = 0;
        double worst = 0;
        for (std::size_t s = 0; s < clipped->names.size(); ++s) {
            const double want = inside[clipped->names[s]];
            const double rel = std::fabs(summed[s] - want) / std::max(1.0, want);
            if (rel > 1e-6)
                qInfo("%s: %.6f summed over areas, %.6f inside", clipped->names[s].c_str(),
                      summed[s], want);
            worst = std::max(worst, rel);
            ++compared;
        }
        QCOMPARE(compared, std::size_t(1827));
        qInfo("worst relative difference %.3g", worst);
        QVERIFY(worst < 1e-6);
        QVERIFY(areasOf["Kaiserstraße"] >= 3);
        const auto k = std::find(clipped->names.begin(), clipped->names.end(), "Kaiserstraße");
        QVERIFY(k != clipped->names.end());
        const double kaiser = summed[std::size_t(k - clipped->names.begin())];
        QVERIFY2(kaiser > 2000 && kaiser < 6000, qPrintable(QString::number(kaiser)));
    }
};

QTEST_GUILESS_MAIN(TestStreetsGis)
#include "tst_streets_gis.moc"
