// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Overlay of two polygon layers (GEOS): the sparse overlap matrix that core/interpolate.h moves
/// counts through, computed in a projected CRS on all cores.

#include "core/geometry.h"
#include "core/interpolate.h"
#include "core/result.h"

#include <string>
#include <vector>

namespace swingmap::gis {

/// A layer and its CRS (WKT, "EPSG:nnnn", or anything OGRSpatialReference::SetFromUserInput
/// accepts; gis::LoadedLayer::crsWkt fits).
struct CrsLayer {
    const PolygonLayer* geometry = nullptr;
    std::string crs;
};

/// The projected CRS both layers are intersected in.
struct AreaCrs {
    std::string name; ///< e.g. "WGS 84 / UTM zone 33N"
    std::string wkt;
    std::string reason; ///< one sentence: why this CRS (for report.json)
};

/**
 * The CRS to measure areas in for an extent given in longitude/latitude (degrees): the UTM zone
 * of the extent's centre (WGS 84 / UTM, EPSG:326zz north, 327zz south) when the extent is at most
 * 6° wide and lies between 80°S and 84°N — a city or a region, where UTM's scale error is below
 * 0.1 % and almost constant inside one area, so area shares are exact to ~1e-6 and the figures
 * match those in the national grids (ETRS89 / UTM in Germany: EPSG:25832/25833 are the same
 * projection); otherwise a Lambert azimuthal equal-area projection centred on the extent, which
 * keeps true areas over a whole country or continent.
 */
Result<AreaCrs> chooseAreaCrs(const BBox& lonLatExtent);

struct OverlayOptions {
    /// CRS to intersect in ("" = the target's CRS if projected, else the source's if projected,
    /// else chooseAreaCrs of the layers' joint extent). Must be projected.
    std::string workingCrs;
    unsigned threads = 0;    ///< 0 = every core (std::thread::hardware_concurrency)
    bool keepPieces = false; ///< also return the geometry of each intersection (OverlayResult)
    /// Measure a pair without GEOS when one of the two is a convex single-part polygon without
    /// holes (grid cells, Voronoi cells): Sutherland–Hodgman clipping of the other's rings,
    /// exact areas (same as GEOS to ~1e-12 relative). With keepPieces only pairs of two convex
    /// polygons take this path. Off = every pair through GEOS.
    bool convexFastPath = true;
};

/// A pair GEOS failed on (left out of the matrix: its share shows up as lost in the totals).
struct OverlayFailure {
    uint32_t source = 0;
    uint32_t target = 0;
    std::string message;
};

struct OverlayResult {
    OverlapMatrix matrix;
    AreaCrs crs;
    std::size_t candidatePairs = 0; ///< pairs whose bounding boxes meet
    std::size_t geosFailures = 0;
    std::vector<OverlayFailure> failures; ///< the first 20
    std::size_t convexPairs = 0;          ///< pairs measured by the convex fast path
    PolygonLayer pieces; ///< with keepPieces: feature e = the intersection of matrix entry e
    double secondsProject = 0, secondsIndex = 0, secondsIntersect = 0;
};

/**
 * Intersects every source feature with every target feature it overlaps: both layers are
 * reprojected to the working CRS (see OverlayOptions::workingCrs), the targets go into a GEOS
 * STRtree, and the sources are shared out over the threads, each with its own GEOS context.
 * Only the polygonal parts of an intersection count (GEOS may return lines and points where
 * boundaries touch). Pairs GEOS fails on are counted and listed, never fatal. Fails when a CRS
 * is unknown or a layer cannot be reprojected.
 */
Result<OverlayResult> overlayLayers(const CrsLayer& source, const CrsLayer& target,
                                    const OverlayOptions& options = {});

/**
 * For each point (interleaved x, y in `pointsCrs`) the index of the feature of `layer` containing
 * it, or -1. A point inside two features (overlapping features) goes to the lower-numbered one; a
 * point exactly on a boundary may fall on either side.
 */
Result<std::vector<int64_t>> locatePoints(const std::vector<double>& xy,
                                          const std::string& pointsCrs, const CrsLayer& layer);

/// Where the weight points fell (pointWeights).
struct PointWeightStats {
    std::size_t points = 0;        ///< points read
    std::size_t outsideSource = 0; ///< in no source feature: not used
    std::size_t outsideTarget = 0; ///< in a source but in no target: weight outside every target
    std::size_t unmatched = 0;     ///< in a source and a target that share no overlap area
};

/**
 * Dasymetric weights from points with a count (addresses, census points), for the pairs of
 * `main` (the overlay of `source` with `target`): each point is located in both layers
 * (core weightsFromPoints does the rest). `stats`, when given, says where the points fell.
 */
Result<DasymetricWeights> pointWeights(const std::vector<double>& xy, const std::string& pointsCrs,
                                       const std::vector<double>& count, const CrsLayer& source,
                                       const CrsLayer& target, const OverlayResult& main,
                                       PointWeightStats* stats = nullptr);

/**
 * Dasymetric weights from polygons with a count (census blocks with population), for the pairs
 * of `main`: the sources are overlaid with the weight polygons (keeping the pieces), the pieces
 * with the targets, both in main's working CRS (core weightsFromPolygons does the rest). GEOS
 * failures of these overlays are added to `failures` when given.
 */
Result<DasymetricWeights> polygonWeights(const CrsLayer& source, const CrsLayer& target,
                                         const CrsLayer& weights,
                                         const std::vector<double>& weightCount,
                                         const OverlayResult& main, std::size_t* failures = nullptr,
                                         const OverlayOptions& options = {});

} // namespace swingmap::gis
