// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postal.h"

#include <cmath>
#include <map>

namespace swingmap {

namespace {
double orZero(double v) {
    return std::isfinite(v) ? v : 0.0;
}

struct Group {
    std::vector<std::size_t> postal, polling;
};

/// Shares of each polling row of a group: by `by`, else voters, else equal.
std::vector<double> sharesOf(const Group& g, const std::vector<double>& by,
                             const std::vector<double>& voters, bool& byVoters) {
    std::vector<double> w(g.polling.size(), 0.0);
    double total = 0;
    for (int pass = by.empty() ? 1 : 0; pass < 3 && total <= 0; ++pass) {
        total = 0;
        for (std::size_t k = 0; k < w.size(); ++k) {
            const std::size_t r = g.polling[k];
            w[k] = pass == 0 ? orZero(by[r]) : pass == 1 ? orZero(voters[r]) : 1.0;
            if (w[k] < 0) w[k] = 0;
            total += w[k];
        }
        byVoters = pass > 0 && !by.empty();
    }
    for (double& x : w)
        x /= total;
    return w;
}
} // namespace

Result<PostalResult> allocatePostal(const std::vector<char>& isPostal,
                                    const std::vector<std::string>& parent,
                                    const std::vector<CountColumn>& columns,
                                    const std::vector<double>& by,
                                    const std::vector<double>& voters, bool leaveOut) {
    const std::size_t n = isPostal.size();
    if (parent.size() != n || voters.size() != n || (!by.empty() && by.size() != n))
        return fail("postal allocation: the parent, by and voters columns must have one value per "
                    "row (internal error).");
    for (const auto& c : columns)
        if (c.values.size() != n)
            return fail("postal allocation: column \"" + c.name +
                        "\" has the wrong number of rows (internal error).");
    PostalResult out;
    PostalReport& rep = out.report;
    rep.method = leaveOut ? "left out" : by.empty() ? "by voters" : "by ballots issued";
    for (const auto& c : columns)
        rep.columns.push_back({c.name, 0.0, 0.0});
    std::map<std::string, Group> groups;
    for (std::size_t r = 0; r < n; ++r) {
        if (isPostal[r]) {
            ++rep.postalRows;
            if (!leaveOut) groups[parent[r]].postal.push_back(r);
        } else {
            out.pollingRows.push_back(r);
            if (!leaveOut) groups[parent[r]].polling.push_back(r);
        }
    }
    // the polling rows' counts, to which the postal amounts are added
    std::vector<std::vector<double>> add(columns.size(), std::vector<double>(n, 0.0));
    for (std::size_t r = 0; r < n && leaveOut; ++r)
        if (isPostal[r])
            for (std::size_t c = 0; c < columns.size(); ++c)
                rep.columns[c].lost += orZero(columns[c].values[r]);
    for (const auto& [key, g] : groups) {
        if (g.postal.empty()) continue;
        PostalParent pp;
        pp.parent = key;
        pp.postalRows = g.postal.size();
        pp.pollingRows = g.polling.size();
        pp.amounts.assign(columns.size(), 0.0);
        for (std::size_t c = 0; c < columns.size(); ++c)
            for (std::size_t r : g.postal)
                pp.amounts[c] += orZero(columns[c].values[r]);
        if (g.polling.empty()) {
            rep.parentsWithoutPolling.push_back(key);
            for (std::size_t c = 0; c < columns.size(); ++c)
                rep.columns[c].lost += pp.amounts[c];
            rep.parents.push_back(std::move(pp));
            continue;
        }
        bool byVoters = false;
        const std::vector<double> w = sharesOf(g, by, voters, byVoters);
        if (byVoters) rep.parentsByVoters.push_back(key);
        rep.rowsMoved += g.postal.size();
        for (std::size_t c = 0; c < columns.size(); ++c) {
            double given = 0;
            for (std::size_t k = 0; k + 1 < g.polling.size(); ++k) {
                const double a = pp.amounts[c] * w[k];
                add[c][g.polling[k]] += a;
                given += a;
            }
            add[c][g.polling.back()] += pp.amounts[c] - given; // the remainder: exact total
            rep.columns[c].moved += pp.amounts[c];
        }
        rep.parents.push_back(std::move(pp));
    }
    for (std::size_t c = 0; c < columns.size(); ++c) {
        CountColumn col;
        col.name = columns[c].name;
        col.values.reserve(out.pollingRows.size());
        for (std::size_t r : out.pollingRows) {
            const double v = columns[c].values[r];
            const double a = add[c][r];
            col.values.push_back(a != 0.0 ? orZero(v) + a : v);
        }
        out.columns.push_back(std::move(col));
    }
    return out;
}

} // namespace swingmap
