// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo_streets.h"

#include "core/demo_detail.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <map>
#include <numeric>
#include <set>
#include <utility>

namespace swingmap {

namespace {

using namespace demo_detail;

constexpr double kOffset = 5.0; // edge streets: metres into the district on the left
constexpr double kMaxTurn = 55.0 * kPi / 180.0; // a chain goes on only this straight
constexpr double kBoundaryTol = 0.5;            // metres from the county's edge = on it

struct Pt {
    double x = 0, y = 0;
};
Pt operator+(Pt a, Pt b) {
    return {a.x + b.x, a.y + b.y};
}
Pt operator-(Pt a, Pt b) {
    return {a.x - b.x, a.y - b.y};
}
Pt operator*(Pt a, double f) {
    return {a.x * f, a.y * f};
}
double norm(Pt a) {
    return std::hypot(a.x, a.y);
}
Pt lerp(Pt a, Pt b, double t) {
    return a + (b - a) * t;
}

// ---- the districts' boundaries as a graph --------------------------------------------------

struct Edge {
    uint32_t a = 0, b = 0;
    bool boundary = false; ///< on the county's outer edge
    double length = 0;
};

struct Graph {
    std::vector<Pt> node;
    std::vector<char> onBoundary;
    std::vector<Edge> edge;
    std::vector<std::vector<uint32_t>> at; ///< edges at each node
};

bool onSide(const BBox& b, Pt p, int side) {
    switch (side) {
    case 0:
        return std::abs(p.x - b.minX) < kBoundaryTol;
    case 1:
        return std::abs(p.x - b.maxX) < kBoundaryTol;
    case 2:
        return std::abs(p.y - b.minY) < kBoundaryTol;
    default:
        return std::abs(p.y - b.maxY) < kBoundaryTol;
    }
}

/// Cells share their vertices (a Voronoi diagram), so vertices are matched to the centimetre.
Graph buildGraph(const PolygonLayer& cells, const BBox& extent) {
    Graph g;
    std::map<std::pair<int64_t, int64_t>, uint32_t> nodeIds;
    std::map<std::pair<uint32_t, uint32_t>, uint32_t> edgeIds;
    auto nodeOf = [&](const double* p) {
        const std::pair<int64_t, int64_t> key{std::llround(p[0] * 100), std::llround(p[1] * 100)};
        auto [it, added] = nodeIds.emplace(key, static_cast<uint32_t>(g.node.size()));
        if (added) {
            const Pt pt{p[0], p[1]};
            g.node.push_back(pt);
            bool edge = false;
            for (int side = 0; side < 4; ++side)
                edge = edge || onSide(extent, pt, side);
            g.onBoundary.push_back(edge ? 1 : 0);
            g.at.emplace_back();
        }
        return it->second;
    };
    for (std::size_t f = 0; f < cells.featureCount(); ++f) {
        if (!cells.hasGeometry(f)) continue;
        const uint32_t shell = cells.partRing[cells.featurePart[f]];
        for (uint32_t i = cells.ringPoint[shell]; i + 1 < cells.ringPoint[shell + 1]; ++i) {
            const uint32_t a = nodeOf(cells.point(i)), b = nodeOf(cells.point(i + 1));
            if (a == b) continue;
            const auto key = std::minmax(a, b);
            if (!edgeIds.emplace(key, static_cast<uint32_t>(g.edge.size())).second) continue;
            Edge e{key.first, key.second, false, norm(g.node[b] - g.node[a])};
            for (int side = 0; side < 4; ++side)
                e.boundary = e.boundary ||
                             (onSide(extent, g.node[a], side) && onSide(extent, g.node[b], side));
            g.at[a].push_back(static_cast<uint32_t>(g.edge.size()));
            g.at[b].push_back(static_cast<uint32_t>(g.edge.size()));
            g.edge.push_back(e);
        }
    }
    return g;
}

// ---- chains of edges ------------------------------------------------------------------------

struct Chain {
    std::deque<uint32_t> nodes;
    double length = 0;
};

double turnAngle(Pt from, Pt via, Pt to) {
    const Pt u = via - from, v = to - via;
    const double c = (u.x * v.x + u.y * v.y) / (norm(u) * norm(v));
    return std::acos(clamp(c, -1.0, 1.0));
}

/// Extend the chain at its back (front = false) or front by the straightest unused edge.
bool extend(const Graph& g, std::vector<char>& used, Chain& c, bool front) {
    const uint32_t end = front ? c.nodes.front() : c.nodes.back();
    const uint32_t prev = front ? c.nodes[1] : c.nodes[c.nodes.size() - 2];
    if (g.onBoundary[end]) return false;
    uint32_t best = 0;
    double bestTurn = kMaxTurn;
    bool found = false;
    for (uint32_t e : g.at[end]) {
        if (used[e] || g.edge[e].boundary) continue;
        const uint32_t other = g.edge[e].a == end ? g.edge[e].b : g.edge[e].a;
        const double turn = turnAngle(g.node[prev], g.node[end], g.node[other]);
        if (turn < bestTurn) best = e, bestTurn = turn, found = true;
    }
    if (!found) return false;
    used[best] = 1;
    const uint32_t other = g.edge[best].a == end ? g.edge[best].b : g.edge[best].a;
    if (front)
        c.nodes.push_front(other);
    else
        c.nodes.push_back(other);
    c.length += g.edge[best].length;
    return true;
}

std::vector<Chain> chainEdges(const Graph& g, Rng& rng) {
    std::vector<uint32_t> order(g.edge.size());
    std::iota(order.begin(), order.end(), 0u);
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[rng.below(i)]);
    std::vector<char> used(g.edge.size(), 0);
    std::vector<Chain> chains;
    for (uint32_t e : order) {
        if (used[e] || g.edge[e].boundary) continue;
        used[e] = 1;
        Chain c{{g.edge[e].a, g.edge[e].b}, g.edge[e].length};
        const double target = rng.uniform(900, 2800);
        while (c.length < target && extend(g, used, c, false)) {
        }
        while (c.length < target && extend(g, used, c, true)) {
        }
        chains.push_back(std::move(c));
    }
    return chains;
}

/// The chain moved `kOffset` metres to its left (mitred at the corners), into one district.
std::vector<Pt> offsetLeft(const Graph& g, const Chain& c) {
    std::vector<Pt> p;
    for (uint32_t n : c.nodes)
        p.push_back(g.node[n]);
    std::vector<Pt> normal;
    for (std::size_t i = 0; i + 1 < p.size(); ++i) {
        const Pt d = p[i + 1] - p[i];
        normal.push_back(Pt{-d.y, d.x} * (1.0 / norm(d)));
    }
    std::vector<Pt> out;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (i == 0 || i + 1 == p.size()) {
            out.push_back(p[i] + normal[i == 0 ? 0 : i - 1] * kOffset);
            continue;
        }
        Pt m = normal[i - 1] + normal[i];
        m = m * (1.0 / norm(m));
        const double cosHalf = std::max(0.5, m.x * normal[i].x + m.y * normal[i].y);
        out.push_back(p[i] + m * (kOffset / cosHalf));
    }
    return out;
}

// ---- names ----------------------------------------------------------------------------------

const std::array<const char*, 112> kWords = {
    "Mill",     "Church",    "Station",   "Oak",        "Elm",        "Willow",     "Chapel",
    "Market",   "Park",      "Meadow",    "Orchard",    "Hawthorn",   "Beech",      "Ash",
    "Cedar",    "Rose",      "Spring",    "Brook",      "Bridge",     "Castle",     "Manor",
    "Abbey",    "Priory",    "Hill",      "Green",      "Well",       "School",     "Victoria",
    "Albert",   "Windmill",  "Forge",     "Kiln",       "Quarry",     "Tannery",    "Rectory",
    "Vicarage", "Holly",     "Laurel",    "Poplar",     "Maple",      "Chestnut",   "Sycamore",
    "Birch",    "Larch",     "Heather",   "Bracken",    "Fern",       "Clover",     "Primrose",
    "Bluebell", "Foxglove",  "Lark",      "Swallow",    "Heron",      "Kingfisher", "Badger",
    "Fox",      "Otter",     "Falcon",    "Wren",       "Linden",     "Alder",      "Hazel",
    "Rowan",    "Juniper",   "Ivy",       "Moor",       "Ridge",      "Dale",       "Field",
    "Common",   "Croft",     "Barn",      "Dove",       "Sandy",      "Stony",      "Long",
    "Broad",    "Cross",     "Pound",     "Tithe",      "Glebe",      "Coronation", "Jubilee",
    "Trinity",  "St John's", "St Mary's", "St Peter's", "Queen's",    "King's",     "Prince's",
    "Crown",    "Mitre",     "Anchor",    "Bell",       "Swan",       "Granary",    "Maltings",
    "Cooper's", "Miller's",  "Weaver's",  "Carter's",   "Fletcher's", "Thatcher's", "Paddock",
    "Warren",   "Copse",     "Spinney",   "Osier",      "Sedge",      "Bramble",    "Thistle"};

const std::vector<const char*> kMain = {"Road", "Road", "Street", "Way"};
const std::vector<const char*> kTown = {"Street",   "Road",    "Lane", "Avenue", "Drive", "Grove",
                                        "Crescent", "Terrace", "Row",  "Way",    "Rise",  "Parade"};
const std::vector<const char*> kThrough = {"Lane",   "Drive", "Walk",   "Way",
                                           "Avenue", "Grove", "Street", "Road"};
const std::vector<const char*> kCulDeSac = {"Close", "Court", "Mews", "Gardens", "Place", "View"};
const std::vector<const char*> kRural = {"Lane",  "Road", "Farm Lane", "Hill", "Drove",
                                         "Chase", "End",  "Bank",      "Way"};
const std::array<const char*, 6> kQualifier = {"Upper", "Lower", "New", "Old", "North", "South"};

class Namer {
public:
    explicit Namer(Rng& rng) : m_rng(rng) {}
    bool take(const std::string& name) { return m_used.insert(name).second; }
    std::string make(const std::vector<const char*>& suffixes) {
        for (int attempt = 0; attempt < 200; ++attempt) {
            const std::string word = kWords[m_rng.below(kWords.size())];
            const std::string suffix = suffixes[m_rng.below(suffixes.size())];
            if (suffix.compare(0, word.size(), word) == 0) continue; // no "Hill Hill"
            std::string n;
            if (attempt >= 100) (n += kQualifier[m_rng.below(kQualifier.size())]) += ' ';
            ((n += word) += ' ') += suffix;
            if (take(n)) return n;
        }
        for (int k = 2;; ++k) // never reached with the demo's numbers of streets
            if (std::string n = "Street " + std::to_string(k); take(n)) return n;
    }

private:
    Rng& m_rng;
    std::set<std::string> m_used;
};

// ---- streets inside the districts -----------------------------------------------------------

struct CellEdge {
    Pt a, b;
};

std::vector<CellEdge> innerEdges(const PolygonLayer& cells, std::size_t f, const BBox& extent) {
    std::vector<CellEdge> edges;
    if (!cells.hasGeometry(f)) return edges;
    const uint32_t shell = cells.partRing[cells.featurePart[f]];
    for (uint32_t i = cells.ringPoint[shell]; i + 1 < cells.ringPoint[shell + 1]; ++i) {
        const Pt a{cells.x(i), cells.y(i)}, b{cells.x(i + 1), cells.y(i + 1)};
        bool outer = false;
        for (int side = 0; side < 4; ++side)
            outer = outer || (onSide(extent, a, side) && onSide(extent, b, side));
        if (!outer && norm(b - a) > 40) edges.push_back({a, b});
    }
    return edges;
}

struct Street {
    std::vector<Pt> points;
    std::string highway;
    DemoStreetKind kind = DemoStreetKind::Edge;
    bool rural = false;
    Pt towards; ///< main roads are named after the ward this end lies in
};

/// One to three streets inside district f: crossing it, or a cul-de-sac from one of its edges.
void streetsInside(const DemoData& d, const PolygonLayer& cells, std::size_t f, Rng& rng,
                   std::vector<Street>& out) {
    const std::vector<CellEdge> edges = innerEdges(cells, f, d.extent);
    if (edges.empty()) return;
    const double area = featureArea(cells, f);
    const Pt seed{d.xy[2 * f], d.xy[2 * f + 1]};
    const int count = 1 + (area > 0.8e6 ? 1 : 0) + (area > 4e6 ? 1 : 0);
    const bool rural = area > 2e6;
    for (int k = 0; k < count; ++k) {
        const CellEdge& e1 = edges[rng.below(edges.size())];
        const Pt p1 = lerp(e1.a, e1.b, rng.uniform(0.3, 0.7));
        Street s;
        s.rural = rural;
        s.highway = "residential";
        if (edges.size() >= 3 && rng.uniform() < 0.45) {
            const CellEdge* e2 = &edges.front();
            double far = -1;
            for (const auto& e : edges)
                if (const double dist = norm(lerp(e.a, e.b, 0.5) - p1); dist > far)
                    far = dist, e2 = &e;
            const Pt p2 = lerp(e2->a, e2->b, rng.uniform(0.3, 0.7));
            const Pt mid = lerp(seed, lerp(p1, p2, 0.5), rng.uniform(0.0, 0.5));
            // a few metres short of the edges, so that the street lies inside (cells are convex)
            s.points = {lerp(p1, seed, 4 / norm(seed - p1)), mid,
                        lerp(p2, seed, 4 / norm(seed - p2))};
            s.kind = DemoStreetKind::Crossing;
            if (norm(mid - p1) + norm(p2 - mid) > 1500) s.highway = "tertiary";
        } else {
            const double toSeed = norm(seed - p1);
            const double len = std::min(rng.uniform(0.4, 0.8) * toSeed, rural ? 900.0 : 300.0);
            const Pt start = lerp(p1, seed, 4 / toSeed);
            const Pt bend = lerp(p1, seed, len / toSeed);
            const Pt corner{cells.x(cells.ringPoint[cells.partRing[cells.featurePart[f]]]),
                            cells.y(cells.ringPoint[cells.partRing[cells.featurePart[f]]])};
            s.points = {start, bend, lerp(bend, corner, rng.uniform(0.05, 0.2))};
            s.kind = DemoStreetKind::CulDeSac;
        }
        out.push_back(std::move(s));
    }
}

/// Longer and straighter chains get the bigger classes (by rank of length × straightness²).
void classifyChains(std::vector<Street>& streets) {
    std::vector<std::pair<double, std::size_t>> score;
    for (std::size_t i = 0; i < streets.size(); ++i) {
        const auto& p = streets[i].points;
        double len = 0;
        for (std::size_t k = 0; k + 1 < p.size(); ++k)
            len += norm(p[k + 1] - p[k]);
        const double straight = norm(p.back() - p.front()) / len;
        score.emplace_back(-len * straight * straight, i);
    }
    std::sort(score.begin(), score.end());
    const auto n = static_cast<double>(score.size());
    for (std::size_t r = 0; r < score.size(); ++r) {
        const double q = static_cast<double>(r) / n;
        streets[score[r].second].highway = q < 0.05   ? "primary"
                                           : q < 0.15 ? "secondary"
                                           : q < 0.35 ? "tertiary"
                                                      : "residential";
    }
}

std::string nameOf(const DemoData& d, const Street& s, Namer& namer) {
    if (s.kind == DemoStreetKind::CulDeSac) return namer.make(s.rural ? kRural : kCulDeSac);
    if (s.kind == DemoStreetKind::Crossing) return namer.make(s.rural ? kRural : kThrough);
    if (s.highway == "primary" || s.highway == "secondary") {
        const std::size_t i = nearestSeed(d.xy, s.towards.x, s.towards.y);
        std::string road = d.wardNames[static_cast<std::size_t>(d.ward[i])] + " Road";
        if (namer.take(road)) return road;
        return namer.make(kMain);
    }
    return namer.make(s.rural ? kRural : kTown);
}

} // namespace

double DemoStreets::length(std::size_t s) const {
    double len = 0;
    for (uint32_t i = linePoint[s]; i + 1 < linePoint[s + 1]; ++i)
        len += std::hypot(xy[2 * std::size_t(i) + 2] - xy[2 * std::size_t(i)],
                          xy[2 * std::size_t(i) + 3] - xy[2 * std::size_t(i) + 1]);
    return len;
}

DemoStreets makeDemoStreets(const DemoData& d, const PolygonLayer& cells) {
    Rng rng(d.seed ^ 0x5752454554ULL); // its own stream: the county does not change with it
    const Graph g = buildGraph(cells, d.extent);
    std::vector<Street> streets;
    for (const Chain& c : chainEdges(g, rng)) {
        Street s;
        s.points = offsetLeft(g, c);
        const Pt town{kTownX, kTownY};
        const Pt a = g.node[c.nodes.front()], b = g.node[c.nodes.back()];
        s.towards = norm(a - town) > norm(b - town) ? a : b;
        const Pt mid = lerp(a, b, 0.5);
        const std::size_t home = nearestSeed(d.xy, mid.x, mid.y);
        s.rural = featureArea(cells, home) > 2e6;
        streets.push_back(std::move(s));
    }
    classifyChains(streets);
    // the main road nearest Kellbridge's centre is its High Street
    std::size_t high = streets.size();
    double nearest = 1e300;
    for (std::size_t i = 0; i < streets.size(); ++i) {
        if (streets[i].highway == "residential") continue;
        const Pt m = streets[i].points[streets[i].points.size() / 2];
        if (const double dist = norm(m - Pt{kTownX, kTownY}); dist < nearest)
            nearest = dist, high = i;
    }
    for (std::size_t f = 0; f < d.size() && f < cells.featureCount(); ++f)
        streetsInside(d, cells, f, rng, streets);

    DemoStreets out;
    Namer namer(rng);
    for (std::size_t i = 0; i < streets.size(); ++i) {
        const Street& s = streets[i];
        if (i == high && namer.take("High Street"))
            out.name.emplace_back("High Street");
        else
            out.name.push_back(nameOf(d, s, namer));
        out.highway.push_back(s.highway);
        out.kind.push_back(s.kind);
        for (const Pt& p : s.points)
            out.xy.insert(out.xy.end(), {std::round(p.x * 100) / 100, std::round(p.y * 100) / 100});
        out.linePoint.push_back(static_cast<uint32_t>(out.xy.size() / 2));
    }
    return out;
}

} // namespace swingmap
