// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic demo's redrawn districts, vote counting (polling and postal districts) and the
// census per ward. Geometry-free: a Voronoi cell is the set of points nearest its seed, so which
// district a place belongs to is a nearest-seed question.
#include "core/demo_detail.h"

#include <cstdio>
#include <map>
#include <numeric>

namespace swingmap {

std::size_t DemoElection::postalRows() const {
    return static_cast<std::size_t>(std::count(postal.begin(), postal.end(), char(1)));
}

namespace demo_detail {

namespace {

constexpr std::size_t kSplit = 16, kMerged = 12, kMoved = 30; // 2024 districts redrawn
constexpr std::size_t kBlocks = 16;      ///< places of residence per 2024 district
constexpr std::size_t kPostalChunk = 10; ///< polling districts per postal district
/// How postal voters lean, relative to their district (Red, Blue, Green, Orange, Other).
constexpr double kPostalLean[] = {0.82, 1.12, 1.30, 0.85, 0.95};

double nearestOther(const std::vector<double>& xy, std::size_t i) {
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t k = 0; k < xy.size() / 2; ++k)
        if (k != i)
            best = std::min(best, sq(xy[2 * k] - xy[2 * i]) + sq(xy[2 * k + 1] - xy[2 * i + 1]));
    return std::sqrt(best);
}

bool nearestIs(const std::vector<double>& xy, std::size_t i, double x, double y) {
    const double own = sq(xy[2 * i] - x) + sq(xy[2 * i + 1] - y);
    for (std::size_t k = 0; k < xy.size() / 2; ++k) {
        const double dk = sq(xy[2 * k] - x) + sq(xy[2 * k + 1] - y);
        if (dk < own || (dk == own && k < i)) return false;
    }
    return true;
}

/// One count: what a group of electors cast at the polling station and by post.
struct Count {
    int64_t electorate = 0, voters = 0, valid = 0, issued = 0;
    int64_t postalVoters = 0, postalValid = 0;
    std::vector<int64_t> votes, postalVotes;
};

/// Shares at the polling station and by post such that together they give `s` (postal share p).
void splitShares(const std::vector<double>& s, double p, std::vector<double>& inPerson,
                 std::vector<double>& byPost) {
    byPost.resize(s.size());
    double sum = 0;
    for (std::size_t k = 0; k < s.size(); ++k)
        sum += (byPost[k] = s[k] * kPostalLean[k]);
    for (double& v : byPost)
        v *= 100 / sum;
    inPerson.resize(s.size());
    for (std::size_t k = 0; k < s.size(); ++k)
        inPerson[k] = std::max(0.05, (s[k] - p * byPost[k]) / (1 - p));
}

Count countGroup(Rng& rng, int64_t electorate, double turnout, double postal,
                 const std::vector<double>& shares) {
    Count c;
    c.electorate = electorate;
    c.voters =
        std::clamp<int64_t>(std::llround(static_cast<double>(electorate) * turnout), 0, electorate);
    c.postalVoters = std::llround(static_cast<double>(c.voters) * postal);
    if (c.voters > 0 && c.postalVoters == c.voters) --c.postalVoters; // someone walks in
    const int64_t inPersonVoters = c.voters - c.postalVoters;
    c.issued = std::min<int64_t>(electorate - inPersonVoters,
                                 c.postalVoters + std::llround(static_cast<double>(c.postalVoters) *
                                                               rng.uniform(0.03, 0.09)));
    const auto invalid = [&](int64_t n, double lo, double hi) -> int64_t {
        return std::llround(static_cast<double>(n) * rng.uniform(lo, hi));
    };
    c.valid = inPersonVoters - invalid(inPersonVoters, 0.004, 0.016);
    c.postalValid = c.postalVoters - invalid(c.postalVoters, 0.003, 0.010);
    std::vector<double> inPerson, byPost;
    splitShares(shares, postal, inPerson, byPost);
    c.votes = allocate(c.valid, inPerson);
    c.postalVotes = allocate(c.postalValid, byPost);
    return c;
}

DemoElection emptyElection(const std::string& label, std::size_t parties) {
    DemoElection e;
    e.label = label;
    e.votes.assign(parties, {});
    return e;
}

void addRow(DemoElection& e, const std::string& code, int ward, bool postal, int64_t electorate,
            int64_t voters, int64_t valid, int64_t issued, int64_t postalVoters,
            const std::vector<int64_t>& votes) {
    e.code.push_back(code);
    e.ward.push_back(ward);
    e.postal.push_back(postal ? 1 : 0);
    e.electorate.push_back(electorate);
    e.voters.push_back(voters);
    e.valid.push_back(valid);
    e.postalIssued.push_back(issued);
    e.postalVoters.push_back(postalVoters);
    for (std::size_t p = 0; p < votes.size(); ++p)
        e.votes[p].push_back(votes[p]);
}

void addInto(std::vector<int64_t>& sum, const std::vector<int64_t>& v) {
    sum.resize(v.size(), 0);
    for (std::size_t k = 0; k < v.size(); ++k)
        sum[k] += v[k];
}

/// One polling district's counts as published, with its postal votes kept aside.
struct Tally {
    Count inPerson; ///< electorate, in-person voters and votes, ballots issued
    Count byPost;   ///< postal voters and votes cast by its electors (counted by the ward)
    void add(const Count& c) {
        inPerson.electorate += c.electorate;
        inPerson.voters += c.voters - c.postalVoters;
        inPerson.valid += c.valid;
        inPerson.issued += c.issued;
        addInto(inPerson.votes, c.votes);
        byPost.voters += c.postalVoters;
        byPost.valid += c.postalValid;
        addInto(byPost.votes, c.postalVotes);
    }
};

/// Polling rows, then per ward one postal district per kPostalChunk polling districts.
DemoElection publish(const std::string& label, const std::vector<std::string>& codes,
                     const std::vector<int>& wards, const std::vector<Tally>& tallies,
                     std::size_t wardCount, std::size_t parties) {
    DemoElection e = emptyElection(label, parties);
    for (std::size_t r = 0; r < codes.size(); ++r) {
        const Count& c = tallies[r].inPerson;
        addRow(e, codes[r], wards[r], false, c.electorate, c.voters, c.valid, c.issued, 0,
               c.votes.empty() ? std::vector<int64_t>(parties, 0) : c.votes);
    }
    char code[48];
    for (std::size_t w = 0; w < wardCount; ++w) {
        std::vector<std::size_t> rows;
        for (std::size_t r = 0; r < codes.size(); ++r)
            if (static_cast<std::size_t>(wards[r]) == w) rows.push_back(r);
        for (std::size_t first = 0, n = 1; first < rows.size(); first += kPostalChunk, ++n) {
            Count sum;
            sum.votes.assign(parties, 0);
            for (std::size_t k = first; k < std::min(rows.size(), first + kPostalChunk); ++k) {
                const Count& c = tallies[rows[k]].byPost;
                sum.voters += c.voters;
                sum.valid += c.valid;
                if (!c.votes.empty()) addInto(sum.votes, c.votes);
            }
            std::snprintf(code, sizeof code, "P%02zu%zu", w + 1, n);
            addRow(e, code, static_cast<int>(w), true, 0, sum.voters, sum.valid, 0, sum.voters,
                   sum.votes);
        }
    }
    return e;
}

/// Places of residence: kBlocks points per 2024 district, uniform in its cell, with weights;
/// every 2019 district gets at least one (its own seed).
struct Blocks {
    std::vector<double> xy, weight;
    std::vector<std::size_t> district; ///< 2024 district
    std::vector<std::size_t> old;      ///< 2019 district
};

Blocks placeBlocks(const DemoData& d, Rng& rng) {
    Blocks b;
    for (std::size_t i = 0; i < d.size(); ++i) {
        const double h = 2 * nearestOther(d.xy, i);
        for (std::size_t k = 0; k < kBlocks; ++k) {
            double x = d.xy[2 * i], y = d.xy[2 * i + 1];
            for (int tries = 0; tries < 400; ++tries) {
                const double cx = clamp(x + rng.uniform(-h, h), d.extent.minX, d.extent.maxX);
                const double cy = clamp(y + rng.uniform(-h, h), d.extent.minY, d.extent.maxY);
                if (nearestIs(d.xy, i, cx, cy)) {
                    x = cx, y = cy;
                    break;
                }
            }
            b.xy.insert(b.xy.end(), {x, y});
            b.weight.push_back(rng.uniform(0.5, 1.5));
            b.district.push_back(i);
        }
    }
    for (std::size_t k = 0; k < b.weight.size(); ++k)
        b.old.push_back(nearestSeed(d.xy2019, b.xy[2 * k], b.xy[2 * k + 1]));
    std::vector<char> seen(d.code2019.size(), 0);
    for (std::size_t j : b.old)
        seen[j] = 1;
    for (std::size_t j = 0; j < seen.size(); ++j) {
        if (seen[j]) continue;
        const double x = d.xy2019[2 * j], y = d.xy2019[2 * j + 1];
        b.xy.insert(b.xy.end(), {x, y});
        b.weight.push_back(1.0);
        b.district.push_back(nearestSeed(d.xy, x, y));
        b.old.push_back(j);
    }
    return b;
}

} // namespace

std::size_t nearestSeed(const std::vector<double>& xy, double x, double y) {
    std::size_t best = 0;
    double bestD = std::numeric_limits<double>::infinity();
    for (std::size_t k = 0; k < xy.size() / 2; ++k) {
        const double dk = sq(xy[2 * k] - x) + sq(xy[2 * k + 1] - y);
        if (dk < bestD) best = k, bestD = dk;
    }
    return best;
}

std::vector<int64_t> allocate(int64_t total, const std::vector<double>& weights) {
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<int64_t> out(weights.size(), 0);
    if (total <= 0 || weights.empty()) return out;
    std::vector<std::pair<double, std::size_t>> rest;
    int64_t given = 0;
    for (std::size_t p = 0; p < weights.size(); ++p) {
        const double q = sum > 0 ? static_cast<double>(total) * weights[p] / sum
                                 : static_cast<double>(total) / double(weights.size());
        out[p] = static_cast<int64_t>(std::floor(q));
        given += out[p];
        rest.emplace_back(-(q - std::floor(q)), p);
    }
    std::sort(rest.begin(), rest.end());
    for (std::size_t k = 0; given < total; ++k, ++given)
        ++out[rest[k % rest.size()].second];
    return out;
}

void redrawDistricts(DemoData& d, Rng& rng, const std::vector<double>& urbanness) {
    const std::size_t n = d.size();
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < n; ++i)
        if (urbanness[i] > 0.25 && d.households[i] >= 6) candidates.push_back(i);
    for (std::size_t k = candidates.size(); k > 1; --k) // Fisher-Yates on our own variates
        std::swap(candidates[k - 1], candidates[rng.below(k)]);
    std::vector<char> used(n, 0), eligible(n, 0);
    for (std::size_t i : candidates)
        eligible[i] = 1;
    enum class Change { None, SplitA, SplitB, Merged, Moved };
    std::vector<Change> change(n, Change::None);
    std::vector<std::size_t> partner(n, 0);
    for (std::size_t a : candidates) {
        const std::size_t done = d.redraw.split.size() / 2;
        if (done == kSplit) break;
        if (used[a]) continue;
        std::size_t b = n;
        double best = std::numeric_limits<double>::infinity();
        for (std::size_t k = 0; k < n; ++k) {
            const double dk = sq(d.xy[2 * k] - d.xy[2 * a]) + sq(d.xy[2 * k + 1] - d.xy[2 * a + 1]);
            if (k != a && dk < best) b = k, best = dk;
        }
        if (b == n || used[b] || !eligible[b] || d.ward[b] != d.ward[a]) continue;
        used[a] = used[b] = 1;
        change[a] = Change::SplitA, change[b] = Change::SplitB, partner[a] = b;
        d.redraw.split.insert(d.redraw.split.end(), {a, b});
    }
    for (std::size_t i : candidates) {
        if (used[i]) continue;
        if (d.redraw.merged.size() < kMerged)
            change[i] = Change::Merged, d.redraw.merged.push_back(i);
        else if (d.redraw.moved.size() < kMoved)
            change[i] = Change::Moved, d.redraw.moved.push_back(i);
        else
            break;
        used[i] = 1;
    }
    std::vector<double> seeds;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = d.xy[2 * i], y = d.xy[2 * i + 1], nn = nearestOther(d.xy, i);
        switch (change[i]) {
        case Change::None:
            seeds.insert(seeds.end(), {x, y});
            break;
        case Change::SplitA:
            seeds.insert(seeds.end(),
                         {(x + d.xy[2 * partner[i]]) / 2, (y + d.xy[2 * partner[i] + 1]) / 2});
            break;
        case Change::SplitB:
            break;
        case Change::Merged: {
            const double a = rng.uniform(0, 2 * kPi), r = 0.3 * nn;
            seeds.insert(seeds.end(), {x + r * std::cos(a), y + r * std::sin(a)});
            seeds.insert(seeds.end(), {x - r * std::cos(a), y - r * std::sin(a)});
            break;
        }
        case Change::Moved: {
            const double a = rng.uniform(0, 2 * kPi), r = rng.uniform(0.15, 0.35) * nn;
            seeds.insert(seeds.end(), {x + r * std::cos(a), y + r * std::sin(a)});
            break;
        }
        }
    }
    for (double& v : seeds)
        v = std::round(v);
    // numbered like 2024's: by ward, north to south, west to east (so codes are reused)
    const std::size_t m = seeds.size() / 2;
    std::vector<int> wardOf(m);
    for (std::size_t j = 0; j < m; ++j)
        wardOf[j] = d.ward[nearestSeed(d.xy, seeds[2 * j], seeds[2 * j + 1])];
    std::vector<std::size_t> order(m);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](auto a, auto b) {
        if (wardOf[a] != wardOf[b]) return wardOf[a] < wardOf[b];
        return seeds[2 * a + 1] != seeds[2 * b + 1] ? seeds[2 * a + 1] > seeds[2 * b + 1]
                                                    : seeds[2 * a] < seeds[2 * b];
    });
    char code[32];
    for (std::size_t j : order) {
        d.xy2019.insert(d.xy2019.end(), {seeds[2 * j], seeds[2 * j + 1]});
        d.ward2019.push_back(wardOf[j]);
        std::snprintf(code, sizeof code, "D%03zu", d.code2019.size() + 1);
        d.code2019.emplace_back(code);
    }
}

void countElections(DemoData& d, Rng& rng, const DistrictPlan& plan) {
    const std::size_t parties = d.parties.size(), wards = d.wardNames.size();
    const Blocks blocks = placeBlocks(d, rng);
    std::vector<std::vector<std::size_t>> blocksOf(d.size());
    for (std::size_t k = 0; k < blocks.weight.size(); ++k)
        blocksOf[blocks.district[k]].push_back(k);
    d.elections = {emptyElection("2019", parties), emptyElection("2024", parties)};
    std::vector<Tally> old(d.code2019.size()), now(d.size());
    for (std::size_t i = 0; i < d.size(); ++i) {
        // 2019: the district's electors in pieces, by the 2019 district they lived in
        std::map<std::size_t, double> pieceWeight;
        for (std::size_t k : blocksOf[i])
            pieceWeight[blocks.old[k]] += blocks.weight[k];
        std::vector<double> w;
        w.reserve(pieceWeight.size());
        for (const auto& [j, weight] : pieceWeight)
            w.push_back(weight);
        const auto e19 = std::max<int64_t>(1, std::llround(plan.electorate19[i]));
        const std::vector<int64_t> pieces = allocate(e19, w);
        Tally truth19;
        std::size_t p = 0;
        for (const auto& [j, weight] : pieceWeight) {
            const Count c =
                countGroup(rng, pieces[p++], plan.turnout19[i], plan.postal19[i], plan.shares19[i]);
            old[j].add(c);
            truth19.add(c);
        }
        const auto e24 = std::max<int64_t>(1, std::llround(plan.electorate24[i]));
        Tally truth24;
        truth24.add(countGroup(rng, e24, plan.turnout24[i], plan.postal24[i], plan.shares24[i]));
        now[i] = truth24;
        for (auto [e, t] : {std::pair{&d.elections[0], &truth19}, {&d.elections[1], &truth24}}) {
            std::vector<int64_t> votes = t->inPerson.votes;
            addInto(votes, t->byPost.votes);
            addRow(*e, "", d.ward[i], false, t->inPerson.electorate,
                   t->inPerson.voters + t->byPost.voters, t->inPerson.valid + t->byPost.valid,
                   t->inPerson.issued, t->byPost.voters, votes);
        }
    }
    d.published = {publish("2019", d.code2019, d.ward2019, old, wards, parties),
                   publish("2024", d.code, d.ward, now, wards, parties)};
}

void censusPerWard(DemoData& d, Rng& rng) {
    DemoWardCensus& c = d.wardCensus;
    const std::size_t wards = d.wardNames.size();
    for (auto* v : {&c.households, &c.residents, &c.aged60to74, &c.students, &c.degree,
                    &c.labourForce, &c.unemployed, &c.renterHouseholds})
        v->assign(wards, 0);
    auto of = [](double n, double pct) -> int64_t { return std::llround(n * pct / 100); };
    for (std::size_t i = 0; i < d.size(); ++i) {
        const auto w = static_cast<std::size_t>(d.ward[i]);
        const double hh = d.households[i];
        const double residents = std::round(hh * rng.uniform(1.75, 2.25));
        const double labour = std::round(residents * rng.uniform(0.47, 0.53));
        c.households[w] += std::llround(hh);
        c.residents[w] += std::llround(residents);
        c.aged60to74[w] += of(residents, d.pctAge60to74[i]);
        c.students[w] += of(residents, d.pctStudents[i]);
        c.degree[w] += of(residents, d.pctDegree[i]);
        c.labourForce[w] += std::llround(labour);
        c.unemployed[w] += of(labour, d.unemploymentRate[i]);
        c.renterHouseholds[w] += of(hh, d.pctRenters[i]);
    }
}

} // namespace demo_detail
} // namespace swingmap
