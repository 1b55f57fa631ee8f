// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interpolate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace swingmap {

void OverlapMatrix::normalise() {
    std::vector<std::size_t> order(area.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
        return source[a] != source[b] ? source[a] < source[b] : target[a] < target[b];
    });
    std::vector<uint32_t> s, t;
    std::vector<double> a;
    s.reserve(order.size()), t.reserve(order.size()), a.reserve(order.size());
    for (std::size_t e : order) {
        if (!s.empty() && s.back() == source[e] && t.back() == target[e]) {
            a.back() += area[e];
            continue;
        }
        s.push_back(source[e]), t.push_back(target[e]), a.push_back(area[e]);
    }
    source = std::move(s), target = std::move(t), area = std::move(a);
}

namespace {

/// offset[i] .. offset[i + 1]: the entries of source i (entries sorted by source).
std::vector<std::size_t> sourceOffsets(const OverlapMatrix& m) {
    std::vector<std::size_t> offset(m.sourceCount() + 1, 0);
    for (uint32_t s : m.source)
        ++offset[s + 1];
    std::partial_sum(offset.begin(), offset.end(), offset.begin());
    return offset;
}

Status checkMatrix(const OverlapMatrix& m, const char* what) {
    if (m.source.size() != m.area.size() || m.target.size() != m.area.size())
        return fail(std::string("The overlap matrix of ") + what +
                    " has entries of different lengths; rebuild it with gis::overlayLayers.");
    for (std::size_t e = 0; e < m.size(); ++e) {
        if (m.source[e] >= m.sourceCount() || m.target[e] >= m.targetCount())
            return fail(std::string("The overlap matrix of ") + what + " names feature " +
                        std::to_string(m.source[e] >= m.sourceCount() ? m.source[e] : m.target[e]) +
                        ", beyond the layer; rebuild it with gis::overlayLayers.");
        if (e > 0 && (m.source[e] < m.source[e - 1] ||
                      (m.source[e] == m.source[e - 1] && m.target[e] <= m.target[e - 1])))
            return fail(std::string("The overlap matrix of ") + what +
                        " is not sorted by (source, target); call normalise() first.");
    }
    return Ok{};
}

/// Entry of (s, t) in m, or -1.
int64_t findEntry(const OverlapMatrix& m, const std::vector<std::size_t>& offset, uint32_t s,
                  uint32_t t) {
    const auto begin = m.target.begin() + static_cast<std::ptrdiff_t>(offset[s]);
    const auto end = m.target.begin() + static_cast<std::ptrdiff_t>(offset[s + 1]);
    const auto it = std::lower_bound(begin, end, t);
    return it != end && *it == t ? static_cast<int64_t>(it - m.target.begin()) : -1;
}

DasymetricWeights emptyWeights(const OverlapMatrix& m) {
    DasymetricWeights w;
    w.pair.assign(m.size(), 0.0);
    w.outside.assign(m.sourceCount(), 0.0);
    return w;
}

double relative(long double diff, long double base) {
    if (base == 0) return diff == 0 ? 0.0 : std::numeric_limits<double>::infinity();
    return static_cast<double>(std::fabs(diff) / std::fabs(base));
}

} // namespace

Result<DasymetricWeights> weightsFromPoints(const OverlapMatrix& m,
                                            const std::vector<int64_t>& pointSource,
                                            const std::vector<int64_t>& pointTarget,
                                            const std::vector<double>& pointCount) {
    if (pointSource.size() != pointCount.size() || pointTarget.size() != pointCount.size())
        return fail("The weight points need a source, a target and a count each: got " +
                    std::to_string(pointSource.size()) + ", " + std::to_string(pointTarget.size()) +
                    " and " + std::to_string(pointCount.size()) + " values.");
    if (Status ok = checkMatrix(m, "sources and targets"); !ok) return ok.takeError();
    const std::vector<std::size_t> offset = sourceOffsets(m);
    DasymetricWeights w = emptyWeights(m);
    for (std::size_t p = 0; p < pointCount.size(); ++p) {
        const double c = pointCount[p];
        if (!std::isfinite(c) || c == 0) continue;
        const int64_t s = pointSource[p], t = pointTarget[p];
        if (s < 0 || static_cast<std::size_t>(s) >= m.sourceCount()) {
            ++w.outsideSources;
            continue;
        }
        if (t < 0 || static_cast<std::size_t>(t) >= m.targetCount()) {
            w.outside[static_cast<std::size_t>(s)] += c;
            continue;
        }
        const int64_t e = findEntry(m, offset, static_cast<uint32_t>(s), static_cast<uint32_t>(t));
        if (e < 0)
            ++w.unmatched;
        else
            w.pair[static_cast<std::size_t>(e)] += c;
    }
    return w;
}

Result<DasymetricWeights> weightsFromPolygons(const OverlapMatrix& m,
                                              const OverlapMatrix& sourceByWeight,
                                              const OverlapMatrix& pieceByTarget,
                                              const std::vector<double>& weightCount) {
    if (Status ok = checkMatrix(m, "sources and targets"); !ok) return ok.takeError();
    if (Status ok = checkMatrix(sourceByWeight, "sources and weight polygons"); !ok)
        return ok.takeError();
    if (Status ok = checkMatrix(pieceByTarget, "weight pieces and targets"); !ok)
        return ok.takeError();
    if (sourceByWeight.sourceCount() != m.sourceCount() ||
        sourceByWeight.targetCount() != weightCount.size() ||
        pieceByTarget.sourceCount() != sourceByWeight.size() ||
        pieceByTarget.targetCount() != m.targetCount())
        return fail("The weight-polygon overlays do not match the layers (sources " +
                    std::to_string(m.sourceCount()) + ", targets " +
                    std::to_string(m.targetCount()) + ", weight polygons " +
                    std::to_string(weightCount.size()) +
                    "); rebuild them with gis::overlayLayers.");
    const std::vector<std::size_t> offset = sourceOffsets(m);
    const std::vector<std::size_t> pieceOffset = sourceOffsets(pieceByTarget);
    DasymetricWeights w = emptyWeights(m);
    for (std::size_t e = 0; e < sourceByWeight.size(); ++e) {
        const uint32_t i = sourceByWeight.source[e], k = sourceByWeight.target[e];
        const double areaK = sourceByWeight.targetArea[k], c = weightCount[k];
        if (!(areaK > 0) || !std::isfinite(c) || c == 0) continue;
        const double density = c / areaK;
        double inTargets = 0;
        for (std::size_t q = pieceOffset[e]; q < pieceOffset[e + 1]; ++q) {
            const double piece = pieceByTarget.area[q];
            inTargets += piece;
            const int64_t pair = findEntry(m, offset, i, pieceByTarget.target[q]);
            if (pair < 0)
                ++w.unmatched;
            else
                w.pair[static_cast<std::size_t>(pair)] += density * piece;
        }
        w.outside[i] += density * std::max(0.0, sourceByWeight.area[e] - inTargets);
    }
    return w;
}

Result<InterpolationResult> interpolateCounts(const OverlapMatrix& m,
                                              const std::vector<CountColumn>& columns,
                                              const DasymetricWeights* weights,
                                              const InterpolationOptions& options) {
    if (Status ok = checkMatrix(m, "sources and targets"); !ok) return ok.takeError();
    for (const CountColumn& c : columns)
        if (c.values.size() != m.sourceCount())
            return fail("Column \"" + c.name + "\" has " + std::to_string(c.values.size()) +
                        " values for " + std::to_string(m.sourceCount()) +
                        " source areas; give one value per source area.");
    if (!columns.empty() && options.shareBasis >= columns.size())
        return fail("The estimated_share basis (column " + std::to_string(options.shareBasis) +
                    ") is not one of the " + std::to_string(columns.size()) + " columns moved.");
    if (weights && (weights->pair.size() != m.size() || weights->outside.size() != m.sourceCount()))
        return fail("The dasymetric weights do not match the overlap matrix (" +
                    std::to_string(weights->pair.size()) + " pair weights for " +
                    std::to_string(m.size()) + " pairs); rebuild them from the same overlay.");

    const std::size_t nc = columns.size(), nt = m.targetCount(), ns = m.sourceCount();
    InterpolationResult r;
    r.method = weights ? "weights" : "area";
    r.pairs = m.size();
    r.targets.resize(nc);
    r.totals.resize(nc);
    for (std::size_t c = 0; c < nc; ++c) {
        r.targets[c].name = r.totals[c].name = columns[c].name;
        r.targets[c].values.assign(nt, 0.0);
    }
    std::vector<long double> srcTotal(nc, 0), lostTotal(nc, 0);
    std::vector<double> basisIn(nt, 0), basisIdentical(nt, 0);
    std::vector<char> overlapped(nt, 0), identical(nt, 0);
    std::vector<LostSource> losing;
    const std::vector<std::size_t> offset = sourceOffsets(m);
    std::vector<double> share;
    for (std::size_t i = 0; i < ns; ++i) {
        const std::size_t e0 = offset[i], e1 = offset[i + 1];
        share.assign(e1 - e0, 0.0);
        double outside = 1; // share of the source's figures that reach no target
        double weightTotal = 0;
        if (weights) {
            weightTotal = weights->outside[i];
            for (std::size_t e = e0; e < e1; ++e)
                weightTotal += weights->pair[e];
            if (!(weightTotal > 0)) r.areaFallback.push_back(static_cast<uint32_t>(i));
        }
        const bool byWeight = weights && weightTotal > 0;
        const double denom = byWeight ? weightTotal : m.sourceArea[i];
        if (denom > 0) {
            for (std::size_t e = e0; e < e1; ++e) {
                share[e - e0] = (byWeight ? weights->pair[e] : m.area[e]) / denom;
                outside -= share[e - e0];
            }
        } else {
            ++r.sourcesWithoutArea; // nothing can be moved: all of it is lost
        }
        LostSource lost{static_cast<uint32_t>(i), outside, std::vector<double>(nc, 0.0)};
        for (std::size_t c = 0; c < nc; ++c) {
            double v = columns[c].values[i];
            if (std::isnan(v)) {
                ++r.totals[c].missingSources;
                v = 0;
            }
            srcTotal[c] += v;
            double moved = 0;
            for (std::size_t e = e0; e < e1; ++e) {
                const double part = v * share[e - e0];
                r.targets[c].values[m.target[e]] += part;
                moved += part;
            }
            lost.lost[c] = v - moved;
            lostTotal[c] += lost.lost[c];
        }
        for (std::size_t e = e0; e < e1; ++e) {
            const uint32_t j = m.target[e];
            overlapped[j] = 1;
            const bool same = m.area[e] >= options.identicalShare * m.sourceArea[i] &&
                              m.area[e] >= options.identicalShare * m.targetArea[j];
            if (same) identical[j] = 1;
            if (nc == 0) continue;
            const double v = columns[options.shareBasis].values[i];
            const double part = std::isnan(v) ? 0.0 : v * share[e - e0];
            basisIn[j] += part;
            if (same) basisIdentical[j] += part;
        }
        if (outside > 1e-9) {
            ++r.sourcesLosing;
            losing.push_back(std::move(lost));
        }
    }
    for (std::size_t c = 0; c < nc; ++c) {
        ColumnTotals& t = r.totals[c];
        long double target = 0;
        for (double v : r.targets[c].values)
            target += v;
        t.sourceTotal = static_cast<double>(srcTotal[c]);
        t.targetTotal = static_cast<double>(target);
        t.lost = static_cast<double>(lostTotal[c]);
        t.discrepancy = relative(srcTotal[c] - target, srcTotal[c]);
        t.bookkeeping = relative(srcTotal[c] - lostTotal[c] - target, srcTotal[c]);
        r.maxDiscrepancy = std::max(r.maxDiscrepancy, t.discrepancy);
        r.maxBookkeeping = std::max(r.maxBookkeeping, t.bookkeeping);
    }
    r.estimatedShare.assign(nt, std::numeric_limits<double>::quiet_NaN());
    for (std::size_t j = 0; j < nt; ++j) {
        if (basisIn[j] != 0)
            r.estimatedShare[j] = std::clamp(1.0 - basisIdentical[j] / basisIn[j], 0.0, 1.0);
        else if (identical[j])
            r.estimatedShare[j] = 0;
        else if (overlapped[j])
            r.estimatedShare[j] = 1;
    }
    const std::size_t basis = options.shareBasis;
    std::sort(losing.begin(), losing.end(), [&](const LostSource& a, const LostSource& b) {
        const double la = nc ? std::fabs(a.lost[basis]) : 0, lb = nc ? std::fabs(b.lost[basis]) : 0;
        if (la != lb) return la > lb;
        if (a.outsideShare != b.outsideShare) return a.outsideShare > b.outsideShare;
        return a.source < b.source;
    });
    if (losing.size() > options.worstCount) losing.resize(options.worstCount);
    r.worstLost = std::move(losing);
    return r;
}

std::vector<double> rateFromCounts(const std::vector<double>& numerator,
                                   const std::vector<double>& denominator, double scale) {
    std::vector<double> out(std::min(numerator.size(), denominator.size()),
                            std::numeric_limits<double>::quiet_NaN());
    for (std::size_t i = 0; i < out.size(); ++i)
        if (denominator[i] != 0 && !std::isnan(numerator[i]) && !std::isnan(denominator[i]))
            out[i] = numerator[i] / denominator[i] * scale;
    return out;
}

} // namespace swingmap
