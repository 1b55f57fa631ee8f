// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset.h"

#include <algorithm>

namespace swingmap {

namespace {
template <typename C, typename V> int indexOf(const C& c, const V& v) {
    auto it = std::find(c.begin(), c.end(), v);
    return it == c.end() ? -1 : static_cast<int>(it - c.begin());
}
} // namespace

int ElectionData::partyIndex(const std::string& party) const {
    return indexOf(parties, party);
}

int Dataset::electionIndex(const std::string& label) const {
    for (std::size_t i = 0; i < elections.size(); ++i)
        if (elections[i].label == label) return static_cast<int>(i);
    return -1;
}

int Dataset::covariateIndex(const std::string& name) const {
    return indexOf(covariateNames, name);
}

int Dataset::categoryIndex(const std::string& name) const {
    return indexOf(categoryNames, name);
}

} // namespace swingmap
