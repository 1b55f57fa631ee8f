// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Swing-streets (methods.md): streets clipped to the areas (gis/streets.h fills StreetLayer) and
/// scored by the figures of the areas they run through.

#include "core/analysis.h"
#include "core/dataset.h"
#include "core/geometry.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace swingmap {

/// The length of one street inside one area (all its pieces there merged).
struct StreetAreaLength {
    uint32_t street = 0;
    uint32_t area = 0; ///< index into the dataset's areas
    double metres = 0;
};

/// Streets clipped to the areas: the street-area lengths table and, for drawing, the clipped
/// pieces as polylines in flat arrays (the dataset's working CRS).
struct StreetLayer {
    std::string source, layer;
    std::string crs;                       ///< the CRS lengths were measured in
    std::vector<std::string> names;        ///< per street (one per distinct name)
    std::vector<std::string> roadClass;    ///< per street: its class with most length ("" = none)
    std::vector<StreetAreaLength> lengths; ///< sorted by street, then area
    /// Polyline l has points [linePoint[l], linePoint[l+1]) of xy (interleaved x, y); it is a
    /// piece of street lineStreet[l] inside area lineArea[l].
    std::vector<double> xy;
    std::vector<uint32_t> linePoint{0};
    std::vector<uint32_t> lineStreet, lineArea;
    std::size_t features = 0, kept = 0, droppedUnnamed = 0, droppedByClass = 0;
    std::map<std::string, std::size_t> byClass; ///< kept features per class ("" = none)
    std::size_t geosFailures = 0;
    [[nodiscard]] std::size_t lineCount() const { return linePoint.size() - 1; }
};

/// One listed street (a row of streets.csv).
struct StreetScore {
    std::size_t rank = 0;      ///< 1 = most potential votes per km
    uint32_t street = 0;       ///< index into StreetLayer::names
    double km = 0;             ///< inside the published (non-suppressed) areas
    double potentialVotes = 0; ///< NaN when none of its areas has potential votes
    double perKm = 0;
    double shareChange = 0; ///< length-weighted over its areas with a share change (NaN: none)
    AreaClass cls = AreaClass::None; ///< the class it runs through longest
    bool swingStreet = false;
    std::vector<uint32_t> areas; ///< its published areas, by length inside them (longest first)
};

struct StreetRanking {
    std::vector<StreetScore> listed;  ///< ranked
    std::size_t outside = 0;          ///< streets with no length inside any area
    std::size_t notListedPrivacy = 0; ///< streets crossing only suppressed areas
    std::size_t swingStreets = 0;
    double kmListed = 0;
};

/**
 * Scores and ranks the streets (methods.md, docs/methods-notes.md "Streets"): a street's potential
 * votes = Σ over its areas a of potentialVotes(a) × L(street, a) / L(a), L(a) the length of every
 * street inside a; its share change and class are taken over its areas weighted by length; it is a
 * swing-street when one of its areas is a battle-zone or under-performing or changed by at least
 * rules.gainThreshold points. Ranked by potential votes per km (to 1e-6; NaN last), ties by
 * potential votes (more first), then by name.
 * Suppressed areas contribute nothing (length, votes, keys); a street crossing only suppressed
 * areas is not listed.
 */
StreetRanking rankStreets(const StreetLayer& streets, const Dataset& data,
                          const Analysis& analysis);

/// streets.csv (docs/schema.md §7).
std::string streetsCsv(const StreetLayer& streets, const Dataset& data,
                       const StreetRanking& ranking);

/// The report.json "streets" block, with the first `top` listed streets.
nlohmann::json streetsReport(const StreetLayer& streets, const StreetRanking& ranking,
                             std::size_t top = 20);

} // namespace swingmap
