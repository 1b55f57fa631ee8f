// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geometry.h"
#include "core/result.h"

#include <cstdint>
#include <vector>

namespace swingmap {

/// Cluster type of an area: its value and its neighbours' average, each above or below the mean.
enum class LisaCluster : uint8_t { NotSignificant, HighHigh, LowLow, HighLow, LowHigh };
const char* lisaClusterId(LisaCluster c); ///< "HH", "LL", "HL", "LH", "ns"

struct LisaSettings {
    int permutations = 999;
    uint64_t seed = 20240901; ///< fixed: the same data give the same pseudo p-values
    double fdr = 0.05;        ///< Benjamini-Hochberg false discovery rate for the cluster map
};

/// Local Moran's I per area.
struct Lisa {
    std::vector<double> i, expectation, variance, z, p; ///< as spdep::localmoran (two-sided p)
    std::vector<double> pSim;    ///< conditional-permutation pseudo p (folded, (m + 1)/(R + 1))
    std::vector<double> pSimFdr; ///< pSim adjusted by Benjamini-Hochberg (p.adjust "BH")
    std::vector<LisaCluster> cluster; ///< quadrant where pSimFdr < fdr, else not significant
};

/**
 * Local Moran's I of x with row-standardised weights from nb (islands: I = 0, no test), as
 * spdep::localmoran(x, nb2listw(nb, style = "W", zero.policy = TRUE), zero.policy = TRUE)
 * with its defaults (conditional = TRUE, mlvar = TRUE, two-sided). Pseudo p-values come from
 * conditional permutation: for each area its neighbours' values are redrawn from the other
 * n − 1 values; each area has its own seeded random stream, so results do not depend on
 * threading. Needs finite x and nb.size() == x.size().
 */
Result<Lisa> localMoran(const std::vector<double>& x, const Neighbours& nb,
                        const LisaSettings& settings = {});

/// Benjamini-Hochberg adjusted p-values (R's p.adjust(p, "BH")); NaN stays NaN.
std::vector<double> adjustBh(const std::vector<double>& p);

} // namespace swingmap
