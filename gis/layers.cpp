// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/layers.h"

#include <algorithm>

#include "gis/network.h"
#include "gis/ogr_common.h"

namespace swingmap::gis {

Result<std::vector<std::string>> layerNames(const SourceSpec& spec) {
    NetworkScope network(spec.input.allowRemote);
    CplErrorCapture errors;
    auto ds = openVector(spec.path, {}, spec.input);
    if (!ds) {
        if (auto refused = remoteRefusalMessage(displayPath(spec.path)); !refused.empty())
            return fail(refused);
        return ds.takeError();
    }
    std::vector<std::string> names;
    names.reserve(static_cast<std::size_t>(std::max(0, (*ds)->GetLayerCount())));
    for (int i = 0; i < (*ds)->GetLayerCount(); ++i)
        names.emplace_back((*ds)->GetLayer(i)->GetName());
    return names;
}

} // namespace swingmap::gis
