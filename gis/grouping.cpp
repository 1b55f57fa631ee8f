// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/grouping.h"

#include "gis/reader.h"

namespace swingmap::gis {

Result<AreaGroups> groupAreas(const CrsLayer& areas, const SourceSpec& groups) {
    if (groups.name.empty())
        return fail(groups.path + ": the grouping layer needs a name column (\"name\": COLUMN).");
    auto layer = readPolygonLayer(groups);
    if (!layer) return fail(layer.error());
    auto names = layer->attributes.column(groups.name);
    if (!names) return fail(names.error());
    auto overlay = overlayLayers(areas, CrsLayer{&layer->geometry, layer->crsWkt});
    if (!overlay) return fail(groups.path + ": " + overlay.error());

    AreaGroups out;
    out.source = groups.layer.empty() ? groups.path : groups.path + " (" + groups.layer + ")";
    out.names = **names;
    out.assignment = assignByLargestOverlap(overlay->matrix);
    out.geosFailures = overlay->geosFailures;
    out.perArea.reserve(out.assignment.group.size());
    for (const int g : out.assignment.group)
        out.perArea.push_back(g >= 0 && std::size_t(g) < out.names.size()
                                  ? out.names[std::size_t(g)]
                                  : std::string());
    return out;
}

} // namespace swingmap::gis
