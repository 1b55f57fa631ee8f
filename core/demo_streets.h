// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo.h"
#include "core/geometry.h"

#include <cstdint>
#include <string>
#include <vector>

namespace swingmap {

/// How a demo street was laid out (DemoStreets::kind).
enum class DemoStreetKind : uint8_t {
    Edge,     ///< along district boundaries (a few metres inside the district on its left)
    Crossing, ///< through one district, from one of its edges to another
    CulDeSac, ///< from an edge into one district, ending there
};

/**
 * The SYNTHETIC demo's named streets: polylines in the demo's CRS (one feature per street, every
 * name unique), with an OpenStreetMap-style road class (`highway`). Plain data; deterministic
 * for a DemoData and its cells.
 */
struct DemoStreets {
    std::vector<std::string> name;
    std::vector<std::string> highway; ///< primary, secondary, tertiary or residential
    std::vector<DemoStreetKind> kind;
    /// Street s has points [linePoint[s], linePoint[s+1]) of xy (interleaved x, y).
    std::vector<double> xy;
    std::vector<uint32_t> linePoint{0};

    [[nodiscard]] std::size_t size() const { return name.size(); }
    [[nodiscard]] double length(std::size_t s) const; ///< metres
};

/**
 * Streets for the demo county whose polling districts are `cells` (the Voronoi cells of d.xy,
 * one feature per district, clipped to d.extent; made in gis/): the district boundaries chained
 * into streets of about 1–3 km (at each junction the straightest way on, stopping at the
 * county's edge; the county's outer boundary has none), each a few metres inside the district on
 * its left so that it lies in one district, plus one to three streets inside every district (a
 * street crossing it or a cul-de-sac). Longer, straighter streets get the bigger classes; names
 * are made up from word lists (no real places). Deterministic from d.seed.
 */
DemoStreets makeDemoStreets(const DemoData& d, const PolygonLayer& cells);

} // namespace swingmap
