// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Areal interpolation bookkeeping: moving counts from source areas to target areas through a
/// sparse overlap matrix (built by gis/overlay.h). No geometry library here: the overlap areas,
/// the source areas and any dasymetric weights come in as numbers.

#include "core/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace swingmap {

/**
 * The sparse overlap of a source layer with a target layer: entry e says that source[e]
 * intersects target[e] in `area[e]` (squared units of the working CRS, > 0). Entries are sorted
 * by (source, target) and each pair occurs once. sourceArea / targetArea are the areas of the
 * whole features in the same CRS (0 for a feature without geometry).
 */
struct OverlapMatrix {
    std::vector<uint32_t> source;
    std::vector<uint32_t> target;
    std::vector<double> area;
    std::vector<double> sourceArea; ///< per source feature
    std::vector<double> targetArea; ///< per target feature

    [[nodiscard]] std::size_t size() const { return area.size(); }
    [[nodiscard]] std::size_t sourceCount() const { return sourceArea.size(); }
    [[nodiscard]] std::size_t targetCount() const { return targetArea.size(); }
    /// Sorts the entries by (source, target) and adds up duplicate pairs.
    void normalise();
};

/// One count column per source (votes, electorate, households, ...). NaN = missing: moved as 0
/// and counted in ColumnTotals::missingSources.
struct CountColumn {
    std::string name;
    std::vector<double> values;
};

/**
 * Dasymetric weights: the weight (addresses, population, ...) of each (source ∩ target) piece,
 * aligned with the entries of the OverlapMatrix, plus each source's weight that lies outside every
 * target. A source whose weights are all zero is moved by area instead (reported).
 */
struct DasymetricWeights {
    std::vector<double> pair;       ///< per matrix entry
    std::vector<double> outside;    ///< per source
    std::size_t outsideSources = 0; ///< weight points in no source (not used)
    /// Points (or weight pieces) in a source and a target whose pair has no overlap area in the
    /// matrix (a point on a shared boundary, a sliver GEOS dropped): not used.
    std::size_t unmatched = 0;
};

/**
 * Weights from points with a count (addresses, census points): each point's count goes to the
 * piece of the source and target that contain it. pointSource / pointTarget give, per point, the
 * containing feature or -1 (gis::locatePoints). A point in a source but in no target counts as
 * outside weight; a point in no source is not used. All three vectors must have the same length.
 */
Result<DasymetricWeights> weightsFromPoints(const OverlapMatrix& m,
                                            const std::vector<int64_t>& pointSource,
                                            const std::vector<int64_t>& pointTarget,
                                            const std::vector<double>& pointCount);

/**
 * Weights from polygons with a count (census blocks with population): the weight of the piece
 * source i ∩ target j is Σ_k count_k × area(i ∩ j ∩ k) / area(k). `sourceByWeight` is the overlap
 * of the sources with the weight polygons k; `pieceByTarget` the overlap of its pieces (source
 * feature e = entry e of sourceByWeight) with the targets. The areas of k are
 * sourceByWeight.targetArea. A weight polygon's part outside every source is not used.
 */
Result<DasymetricWeights> weightsFromPolygons(const OverlapMatrix& m,
                                              const OverlapMatrix& sourceByWeight,
                                              const OverlapMatrix& pieceByTarget,
                                              const std::vector<double>& weightCount);

struct InterpolationOptions {
    /// Overlap that makes a source and a target "essentially identical": the overlap covers at
    /// least this share of both areas.
    double identicalShare = 0.99;
    /// Column whose moved figures define estimated_share (index into the columns).
    std::size_t shareBasis = 0;
    /// Number of sources listed in InterpolationResult::worstLost.
    std::size_t worstCount = 10;
};

/// Per column: what went in, what came out, what fell outside every target.
struct ColumnTotals {
    std::string name;
    double sourceTotal = 0;
    double targetTotal = 0;
    double lost = 0;                ///< moved to no target: source parts outside every target
    double discrepancy = 0;         ///< |sourceTotal − targetTotal| / |sourceTotal| (0 if both 0)
    double bookkeeping = 0;         ///< |sourceTotal − lost − targetTotal| / |sourceTotal|
    std::size_t missingSources = 0; ///< sources with NaN (moved as 0)
};

/// A source whose figures fell partly outside every target.
struct LostSource {
    uint32_t source = 0;
    double outsideShare = 0;  ///< share of its area (or weight) outside every target
    std::vector<double> lost; ///< per column
};

/**
 * estimated_share of target j (basis column b, default the first): with c_ij the amount of b
 * moved from source i to target j and I(j) the sources "essentially identical" to j (their
 * overlap covers ≥ identicalShare of both the source's and the target's area; at most one source
 * can be), estimated_share_j = 1 − Σ_{i∈I(j)} c_ij / Σ_i c_ij. 0 = the target's figures are its
 * own area's counts; 1 = every figure was estimated from other areas' geometry. A target that
 * receives nothing of b gets 0 when it has an identical source, else 1 when it overlaps any
 * source, else NaN (no source at all).
 */
struct InterpolationResult {
    std::string method;                 ///< "area" or "weights"
    std::string crs;                    ///< working CRS of the overlay (set by the caller)
    std::vector<CountColumn> targets;   ///< moved counts, per column, per target
    std::vector<double> estimatedShare; ///< per target
    std::vector<ColumnTotals> totals;
    double maxDiscrepancy = 0;          ///< max over columns of ColumnTotals::discrepancy
    double maxBookkeeping = 0;          ///< max over columns of ColumnTotals::bookkeeping
    std::vector<LostSource> worstLost;  ///< the sources losing most of the basis column
    std::size_t sourcesLosing = 0;      ///< sources with any part outside every target
    std::size_t pairs = 0;              ///< overlapping (source, target) pairs
    std::size_t geosFailures = 0;       ///< pairs GEOS could not intersect (set by the caller)
    std::vector<uint32_t> areaFallback; ///< sources moved by area: all their weights were zero
    std::size_t sourcesWithoutArea = 0; ///< sources without geometry: all their counts are lost
};

/**
 * Moves every column from sources to targets: target_j = Σ_i count_i × a_ij / A_i with a_ij the
 * overlap area and A_i the source's area (method "area"), or w_ij / W_i with W_i = Σ_j w_ij +
 * outside_i (method "weights", when `weights` is given; sources with W_i = 0 fall back to area).
 * Fails when a column's length differs from the matrix's source count or the basis column is out
 * of range.
 */
Result<InterpolationResult> interpolateCounts(const OverlapMatrix& m,
                                              const std::vector<CountColumn>& columns,
                                              const DasymetricWeights* weights = nullptr,
                                              const InterpolationOptions& options = {});

/// A rate recomputed from moved counts (never an average of rates): numerator / denominator per
/// area, times `scale` (100 for percent); NaN where the denominator is 0 or either is NaN.
std::vector<double> rateFromCounts(const std::vector<double>& numerator,
                                   const std::vector<double>& denominator, double scale = 1.0);

} // namespace swingmap
