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

/// Multi-row INSERTs built as the rows come: a statement is run every `per` rows.
class Inserter {
public:
    Inserter(GDALDataset& ds, std::string head, std::size_t per, std::string& error)
        : m_ds(ds), m_head(std::move(head)), m_per(per), m_error(error) {}
    bool add(const std::string& row) {
        m_sql += m_rows++ == 0 ? m_head : ",";
        m_sql += row;
        return m_rows < m_per || flush();
    }
    bool flush() {
        if (m_rows == 0) return true;
        m_rows = 0;
        const bool ok = run(m_ds, m_sql, m_error);
        m_sql.clear();
        return ok;
    }

private:
    GDALDataset& m_ds;
    std::string m_head;
    std::size_t m_per, m_rows = 0;
    std::string& m_error;
    std::string m_sql;
};

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
    // leaves: the features' float boxes in Hilbert order of their centres, so that neighbouring
    // boxes share nodes
    struct Leaf {
        uint64_t key;
        Entry e;
    };
    std::vector<Leaf> leaves;
    BBox all;
    for (const BBox& b : bounds)
        if (!b.empty()) all.add(b);
    leaves.reserve(bounds.size());
    const double w = std::max(all.maxX - all.minX, 1e-300),
                 h = std::max(all.maxY - all.minY, 1e-300);
    auto cell = [](double t) { return static_cast<uint32_t>(std::clamp(t, 0.0, 1.0) * 65535.0); };
    for (std::size_t f = 0; f < bounds.size(); ++f) {
        const BBox& b = bounds[f];
        if (b.empty()) continue;
        const double cx = (0.5 * (b.minX + b.maxX) - all.minX) / w;
        const double cy = (0.5 * (b.minY + b.maxY) - all.minY) / h;
        leaves.push_back(
            {hilbert(cell(cx), cell(cy)),
             {static_cast<int64_t>(f + 1), down(b.minX), up(b.maxX), down(b.minY), up(b.maxY)}});
    }
    std::sort(leaves.begin(), leaves.end(),
              [](const Leaf& a, const Leaf& b) { return a.key < b.key; });
    // levels bottom-up, `fanout` entries a node; level l's node j is the parent of entries
    // [j * fanout, (j + 1) * fanout) of level l - 1 ... the single top node is the root
    std::vector<std::vector<Entry>> upper; // upper[k]: the boxes of level k's nodes (k = 0: leaves)
    std::vector<std::size_t> nodes;        // nodes per level
    auto nodeCount = [&](std::size_t entries) {
        return std::max<std::size_t>(1, (entries + fanout - 1) / fanout);
    };
    auto boxOf = [](const Entry* e, std::size_t n) {
        Entry b{0, e[0].minX, e[0].maxX, e[0].minY, e[0].maxY};
        for (std::size_t i = 1; i < n; ++i) {
            b.minX = std::min(b.minX, e[i].minX);
            b.maxX = std::max(b.maxX, e[i].maxX);
            b.minY = std::min(b.minY, e[i].minY);
            b.maxY = std::max(b.maxY, e[i].maxY);
        }
        return b;
    };
    {
        std::vector<Entry> boxes; // of the leaf nodes
        nodes.push_back(nodeCount(leaves.size()));
        for (std::size_t j = 0; j < leaves.size(); j += fanout) {
            Entry b{0, leaves[j].e.minX, leaves[j].e.maxX, leaves[j].e.minY, leaves[j].e.maxY};
            for (std::size_t i = j; i < std::min(leaves.size(), j + fanout); ++i) {
                b.minX = std::min(b.minX, leaves[i].e.minX);
                b.maxX = std::max(b.maxX, leaves[i].e.maxX);
                b.minY = std::min(b.minY, leaves[i].e.minY);
                b.maxY = std::max(b.maxY, leaves[i].e.maxY);
            }
            boxes.push_back(b);
        }
        upper.push_back(std::move(boxes));
    }
    while (nodes.back() > 1) {
        const std::vector<Entry>& below = upper.back();
        std::vector<Entry> boxes;
        for (std::size_t j = 0; j < below.size(); j += fanout)
            boxes.push_back(boxOf(&below[j], std::min(fanout, below.size() - j)));
        nodes.push_back(nodeCount(below.size()));
        upper.push_back(std::move(boxes));
    }
    // node numbers top-down from the root (1): first[l] = the number of level l's node 0
    const std::size_t levels = nodes.size();
    std::vector<int64_t> first(levels);
    int64_t next = 1;
    for (std::size_t l = levels; l-- > 0;) {
        first[l] = next;
        next += static_cast<int64_t>(nodes[l]);
    }
    const int depth = static_cast<int>(levels) - 1;
    std::string error;
    if (!run(ds, "DELETE FROM " + quoted(name + "_node"), error) ||
        !run(ds, "DELETE FROM " + quoted(name + "_parent"), error) ||
        !run(ds, "DELETE FROM " + quoted(name + "_rowid"), error))
        return failed(error);
    Inserter nodeRows(ds, "INSERT INTO " + quoted(name + "_node") + "(nodeno, data) VALUES ", 64,
                      error);
    Inserter parentRows(
        ds, "INSERT INTO " + quoted(name + "_parent") + "(nodeno, parentnode) VALUES ", 500, error);
    Inserter rowidRows(ds, "INSERT INTO " + quoted(name + "_rowid") + "(rowid, nodeno) VALUES ",
                       500, error);
    auto pair = [](int64_t a, int64_t b) {
        std::string row = "(";
        row += std::to_string(a);
        row += ',';
        row += std::to_string(b);
        row += ')';
        return row;
    };
    std::vector<Entry> cells;
    for (std::size_t l = 0; l < levels; ++l)
        for (std::size_t j = 0; j < nodes[l]; ++j) {
            const int64_t number = first[l] + static_cast<int64_t>(j);
            cells.clear();
            if (l == 0) {
                for (std::size_t i = j * fanout; i < std::min(leaves.size(), (j + 1) * fanout);
                     ++i) {
                    cells.push_back(leaves[i].e);
                    if (!rowidRows.add(pair(leaves[i].e.id, number))) return failed(error);
                }
            } else {
                const std::vector<Entry>& below = upper[l - 1];
                for (std::size_t i = j * fanout; i < std::min(below.size(), (j + 1) * fanout);
                     ++i) {
                    Entry e = below[i];
                    e.id = first[l - 1] + static_cast<int64_t>(i);
                    cells.push_back(e);
                    if (!parentRows.add(pair(e.id, number))) return failed(error);
                }
            }
            const std::string blob =
                nodeBlob(cells.data(), cells.size(), static_cast<std::size_t>(nodeSize),
                         number == 1 ? depth : 0);
            std::string row = "(";
            row += std::to_string(number);
            row += ",X'";
            row += hex(blob);
            row += "')";
            if (!nodeRows.add(row)) return failed(error);
        }
    if (!nodeRows.flush() || !parentRows.flush() || !rowidRows.flush() ||
        !run(ds, r.insertTrigger, error))
        return failed(error);
    return Ok{};
}

} // namespace swingmap::gis
