// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/boundary_loader.h"

#include "core/keys.h"
#include "gis/reader.h"

#include <chrono>

namespace swingmap::gis {

Status loadBoundaries(const Project& p, Dataset& d, LoadTimings& tm, Feedback* fb) {
    const auto t0 = std::chrono::steady_clock::now();
    auto layer = readPolygonLayer(p.boundaries, p.workingCrs);
    if (!layer) return layer.takeError();
    if (fb) fb->boundariesRead(layer->geometry, layer->geographic);
    auto keys = layer->attributes.column(p.boundaries.key);
    if (!keys) return fail(keys.error() + " (the boundaries' \"key\" in the project)");
    d.keys.reserve((*keys)->size());
    for (const auto& k : **keys)
        d.keys.push_back(normaliseKey(k));
    if (!p.boundaries.name.empty()) {
        auto names = layer->attributes.column(p.boundaries.name);
        if (!names) return fail(names.error() + " (the boundaries' \"name\" in the project)");
        d.names = **names;
    } else {
        d.names.assign(d.keys.size(), "");
    }
    d.boundaryColumns = layer->attributes.columns;
    if (p.atlas.enabled() && !p.atlas.groups) // a groups layer is overlaid later (job.cpp)
        if (auto g = layer->attributes.column(p.atlas.group)) { // else a census column (job.cpp)
            d.groupColumn = p.atlas.group;
            d.groups = **g;
        }
    d.geometry = std::move(layer->geometry);
    d.crsName = layer->crsName;
    d.crsWkt = layer->crsWkt;
    d.geographic = layer->geographic;
    d.join.boundaryFeatures = d.keys.size();
    d.join.duplicateBoundaryKeys = duplicatedKeys(d.keys);
    d.join.geometry.repaired = layer->repaired;
    d.join.geometry.empty = layer->empty;
    if (!layer->attribution.empty()) d.attribution.push_back(layer->attribution);
    tm.boundaries = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return Ok{};
}

} // namespace swingmap::gis
