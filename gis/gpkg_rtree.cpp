// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/gpkg_rtree.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace swingmap::gis {

namespace {

std::string quoted(const std::string& id) {
    std::string s = "\"";
    for (char c : id)
        s += c == '"' ? std::string("\"\"") : std::string(1, c);
    return s + "\"";
}

std::string literal(const std::string& text) {
    std::string s = "'";
    for (char c : text)
        s += c == '\'' ? std::string("''") : std::string(1, c);
    return s + "'";
}

/// Run a statement; false (with GDAL's message) when SQLite refuses it.
bool run(GDALDataset& ds, const std::string& sql, std::string& error) {
    CPLErrorReset();
    OGRLayer* result = ds.ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (result) ds.ReleaseResultSet(result);
    if (CPLGetLastErrorType() >= CE_Failure) {
        error = CPLGetLastErrorMsg();
        return false;
    }
    return true;
}

/// The first column of the first row of a query, "" when there is none.
std::string scalar(GDALDataset& ds, const std::string& sql) {
    std::string value;
    if (OGRLayer* result = ds.ExecuteSQL(sql.c_str(), nullptr, nullptr)) {
        if (OGRFeatureUniquePtr f(result->GetNextFeature()); f && f->IsFieldSetAndNotNull(0))
            value = f->GetFieldAsString(0);
        ds.ReleaseResultSet(result);
    }
    return value;
}

std::string rtreeName(const DeferredRtree& r) {
    return "rtree_" + r.table + "_" + r.column;
}

/// SQLite's float bounds of a double range: the lower rounded down, the upper up (rtreeValueDown,
/// rtreeValueUp), so the float box always contains the double one.
float down(double v) {
    auto f = static_cast<float>(v);
    if (static_cast<double>(f) > v) f = std::nextafter(f, -std::numeric_limits<float>::infinity());
    return f;
}
float up(double v) {
    auto f = static_cast<float>(v);
    if (static_cast<double>(f) < v) f = std::nextafter(f, std::numeric_limits<float>::infinity());
    return f;
}

struct Entry {
    int64_t id; ///< fid (leaves) or child node number
    float minX, maxX, minY, maxY;
};

/// Position of (x, y) in [0, 2^16)^2 along a Hilbert curve.
uint64_t hilbert(uint32_t x, uint32_t y) {
    constexpr uint32_t kSide = 1U << 16;
    uint64_t d = 0;
    for (uint32_t s = kSide / 2; s > 0; s /= 2) {
        const uint32_t rx = (x & s) ? 1 : 0, ry = (y & s) ? 1 : 0;
        d += uint64_t{s} * s * ((3 * rx) ^ ry);
        if (ry == 0) {
            if (rx == 1) {
                x = kSide - 1 - x;
                y = kSide - 1 - y;
            }
            std::swap(x, y);
        }
    }
    return d;
}

void putBigEndian(std::string& out, uint64_t v, int bytes) {
    for (int i = bytes - 1; i >= 0; --i)
        out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

void putFloat(std::string& out, float f) {
    uint32_t bits = 0;
    std::memcpy(&bits, &f, sizeof bits);
    putBigEndian(out, bits, 4);
}

/// A node's blob as SQLite's R*Tree stores it: depth (root only), cell count, cells.
std::string nodeBlob(const Entry* cells, std::size_t n, std::size_t nodeSize, int depth) {
    std::string b;
    b.reserve(nodeSize);
    putBigEndian(b, static_cast<uint64_t>(depth), 2);
    putBigEndian(b, n, 2);
    for (std::size_t i = 0; i < n; ++i) {
        putBigEndian(b, static_cast<uint64_t>(cells[i].id), 8);
        putFloat(b, cells[i].minX);
        putFloat(b, cells[i].maxX);
        putFloat(b, cells[i].minY);
        putFloat(b, cells[i].maxY);
    }
    b.resize(nodeSize, '\0');
    return b;
}

std::string hex(const std::string& bytes) {
    static const char* digits = "0123456789ABCDEF";
    std::string s;
    s.reserve(2 * bytes.size());
    for (unsigned char c : bytes) {
        s += digits[c >> 4];
        s += digits[c & 15];
    }
    return s;
}

/// Runs multi-row INSERTs of `rows` (each "(...)") in statements of at most `per` rows.
bool insertRows(GDALDataset& ds, const std::string& head, const std::vector<std::string>& rows,
                std::size_t per, std::string& error) {
    for (std::size_t i = 0; i < rows.size(); i += per) {
        std::string sql = head;
        for (std::size_t k = i; k < std::min(rows.size(), i + per); ++k)
            sql += (k == i ? "" : ",") + rows[k];
        if (!run(ds, sql, error)) return false;
    }
    return true;
}

} // namespace

Result<DeferredRtree> deferRtree(GDALDataset& ds, const std::string& table,
                                 const std::string& column) {
    DeferredRtree r{table, column, {}};
    std::string error;
    if (!run(ds, "SELECT CreateSpatialIndex(" + literal(table) + ", " + literal(column) + ")",
             error))
        return fail("the spatial index of layer '" + table + "' could not be created (" + error +
                    ")");
    const std::string trigger = rtreeName(r) + "_insert";
    const std::string sql = scalar(ds, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                       "name = " +
                                           literal(trigger));
    if (!sql.empty() && run(ds, "DROP TRIGGER " + quoted(trigger), error)) r.insertTrigger = sql;
    return r;
}

Status fillRtree(GDALDataset& ds, const DeferredRtree& r, const std::vector<BBox>& bounds) {
    if (r.insertTrigger.empty()) return Ok{}; // the trigger indexed every feature
    const std::string name = rtreeName(r);
    auto failed = [&](const std::string& why) {
        return fail("the spatial index of layer '" + r.table + "' could not be written (" + why +
                    ")");
    };
    const long long nodeSize = std::atoll(
        scalar(ds, "SELECT length(data) FROM " + quoted(name + "_node") + " WHERE nodeno = 1")
            .c_str());
    constexpr long long kCell = 8 + 4 * 4;
    if (nodeSize < 4 + 2 * kCell) return failed("no root node");
    const auto fanout = static_cast<std::size_t>((nodeSize - 4) / kCell);
    std::vector<Entry> level;
    BBox all;
    for (std::size_t f = 0; f < bounds.size(); ++f) {
        const BBox& b = bounds[f];
        if (b.empty()) continue;
        level.push_back(
            {static_cast<int64_t>(f + 1), down(b.minX), up(b.maxX), down(b.minY), up(b.maxY)});
        all.add(b);
    }
    std::string error;
    if (!level.empty()) {
        // leaves in Hilbert order of their centres: neighbouring boxes share nodes
        const double w = std::max(all.maxX - all.minX, 1e-300),
                     h = std::max(all.maxY - all.minY, 1e-300);
        std::vector<std::pair<uint64_t, std::size_t>> order(level.size());
        for (std::size_t i = 0; i < level.size(); ++i) {
            const double cx =
                (0.5 * (double(level[i].minX) + double(level[i].maxX)) - all.minX) / w;
            const double cy =
                (0.5 * (double(level[i].minY) + double(level[i].maxY)) - all.minY) / h;
            auto cell = [](double t) {
                return static_cast<uint32_t>(std::clamp(t, 0.0, 1.0) * 65535.0);
            };
            order[i] = {hilbert(cell(cx), cell(cy)), i};
        }
        std::sort(order.begin(), order.end());
        std::vector<Entry> sorted(level.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            sorted[i] = level[order[i].second];
        level = std::move(sorted);
    }
    // Bottom-up: each level's entries packed `fanout` to a node; the single top node is node 1.
    struct Node {
        std::vector<Entry> cells;
        int64_t number = 0;
    };
    std::vector<std::vector<Node>> levels;
    for (;;) {
        std::vector<Node> nodes;
        for (std::size_t i = 0; i < level.size(); i += fanout)
            nodes.push_back(
                {std::vector<Entry>(level.begin() + static_cast<std::ptrdiff_t>(i),
                                    level.begin() + static_cast<std::ptrdiff_t>(
                                                        std::min(level.size(), i + fanout))),
                 0});
        if (nodes.empty()) nodes.emplace_back();
        levels.push_back(std::move(nodes));
        if (levels.back().size() == 1) break;
        level.clear();
        for (Node& n : levels.back()) {
            Entry e{0, n.cells[0].minX, n.cells[0].maxX, n.cells[0].minY, n.cells[0].maxY};
            for (const Entry& c : n.cells) {
                e.minX = std::min(e.minX, c.minX);
                e.maxX = std::max(e.maxX, c.maxX);
                e.minY = std::min(e.minY, c.minY);
                e.maxY = std::max(e.maxY, c.maxY);
            }
            level.push_back(e);
        }
    }
    // number the nodes top-down from the root (1), then point each parent's cells at its children
    int64_t next = 1;
    for (auto l = levels.rbegin(); l != levels.rend(); ++l)
        for (Node& n : *l)
            n.number = next++;
    for (std::size_t l = 1; l < levels.size(); ++l) {
        std::size_t child = 0;
        for (Node& n : levels[l])
            for (Entry& e : n.cells)
                e.id = levels[l - 1][child++].number;
    }
    const int depth = static_cast<int>(levels.size()) - 1;
    std::vector<std::string> nodeRows, parentRows, rowidRows;
    for (std::size_t l = 0; l < levels.size(); ++l)
        for (const Node& n : levels[l]) {
            nodeRows.push_back(
                "(" + std::to_string(n.number) + ",X'" +
                hex(nodeBlob(n.cells.data(), n.cells.size(), static_cast<std::size_t>(nodeSize),
                             n.number == 1 ? depth : 0)) +
                "')");
            for (const Entry& e : n.cells)
                (l == 0 ? rowidRows : parentRows)
                    .push_back("(" + std::to_string(e.id) + "," + std::to_string(n.number) + ")");
        }
    if (!run(ds, "DELETE FROM " + quoted(name + "_node"), error) ||
        !run(ds, "DELETE FROM " + quoted(name + "_parent"), error) ||
        !run(ds, "DELETE FROM " + quoted(name + "_rowid"), error) ||
        !insertRows(ds, "INSERT INTO " + quoted(name + "_node") + "(nodeno, data) VALUES ",
                    nodeRows, 64, error) ||
        !insertRows(ds, "INSERT INTO " + quoted(name + "_parent") + "(nodeno, parentnode) VALUES ",
                    parentRows, 500, error) ||
        !insertRows(ds, "INSERT INTO " + quoted(name + "_rowid") + "(rowid, nodeno) VALUES ",
                    rowidRows, 500, error) ||
        !run(ds, r.insertTrigger, error))
        return failed(error);
    return Ok{};
}

} // namespace swingmap::gis
