// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grouping.h"

namespace swingmap {

GroupAssignment assignByLargestOverlap(const OverlapMatrix& matrix, double minShare,
                                       double straddleShare) {
    OverlapMatrix overlay = matrix; // duplicate pairs added up
    overlay.normalise();
    GroupAssignment out;
    const std::size_t n = overlay.sourceCount();
    out.group.assign(n, -1);
    out.share.assign(n, 0.0);
    out.straddleShare = straddleShare;
    std::vector<double> best(n, 0.0);
    for (std::size_t e = 0; e < overlay.size(); ++e) {
        const uint32_t s = overlay.source[e];
        const uint32_t t = overlay.target[e];
        const double a = overlay.area[e];
        if (s >= n || !(a > 0)) continue;
        const int g = static_cast<int>(t);
        if (a > best[s] || (a == best[s] && out.group[s] >= 0 && g < out.group[s])) {
            best[s] = a;
            out.group[s] = g;
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        const double own = overlay.sourceArea[i];
        out.share[i] = own > 0 ? best[i] / own : 0.0;
        if (out.group[i] < 0 || out.share[i] < minShare) {
            out.group[i] = -1;
            ++out.unassigned;
            continue;
        }
        if (out.share[i] < straddleShare) ++out.straddling;
    }
    return out;
}

} // namespace swingmap
