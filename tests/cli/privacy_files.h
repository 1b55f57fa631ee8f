// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers of tst_privacy_outputs: files, published tables and reports as a reader sees them, and
// inputs with areas taken out.
#include "core/table.h"
#include "gis/reader.h"
#include "gis/vector_writer.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

namespace swingmap::test {
namespace gis = swingmap::gis;
using Json = nlohmann::ordered_json;

inline QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/// Replace the CSV row of `key` (first cell) by `row`.
inline bool replaceRow(const QString& path, const QString& key, const QString& row) {
    QStringList lines = QString::fromUtf8(readAll(path)).split(QLatin1Char('\n'));
    int hits = 0;
    for (QString& line : lines)
        if (line.startsWith(key + QLatin1Char(','))) {
            line = row;
            ++hits;
        }
    return hits == 1 && writeAll(path, lines.join(QLatin1Char('\n')).toUtf8());
}

inline QString cell(const swingmap::Table& t, const std::string& column, std::size_t row) {
    const int c = t.columnIndex(column);
    return c < 0 ? QStringLiteral("<no column>")
                 : QString::fromStdString(t.cells[static_cast<std::size_t>(c)][row]);
}

/// A published per-area number (NaN when NULL).
inline double number(const swingmap::Table& t, const std::string& column, std::size_t row) {
    bool ok = false;
    const double v = cell(t, column, row).toDouble(&ok);
    return ok ? v : std::nan("");
}

inline bool close(double a, double b) {
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

/// The features of `l` whose `key` is not in `drop`, with their attribute rows.
inline gis::LoadedLayer without(const gis::LoadedLayer& l, const std::string& key,
                                const std::set<QString>& drop) {
    gis::LoadedLayer out;
    out.crsWkt = l.crsWkt;
    out.attributes.columns = l.attributes.columns;
    out.attributes.cells.resize(l.attributes.columns.size());
    const swingmap::PolygonLayer& g = l.geometry;
    for (std::size_t f = 0; f < g.featureCount(); ++f) {
        if (drop.count(cell(l.attributes, key, f))) continue;
        for (std::size_t c = 0; c < out.attributes.cells.size(); ++c)
            out.attributes.cells[c].push_back(l.attributes.cells[c][f]);
        for (uint32_t p = g.featurePart[f]; p < g.featurePart[f + 1]; ++p) {
            out.geometry.beginPart();
            for (uint32_t r = g.partRing[p]; r < g.partRing[p + 1]; ++r)
                out.geometry.addRing(g.point(g.ringPoint[r]), g.ringPoint[r + 1] - g.ringPoint[r]);
            out.geometry.endPart();
        }
        out.geometry.endFeature();
    }
    return out;
}

/// Text columns of a layer as FieldColumns (for writing it back).
inline std::vector<gis::FieldColumn> textFields(const swingmap::Table& t) {
    std::vector<gis::FieldColumn> fields;
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        gis::FieldColumn f{t.columns[c], gis::FieldColumn::Type::Text, {}, {}, {}};
        f.texts = t.cells[c];
        fields.push_back(std::move(f));
    }
    return fields;
}

/// Where two JSON documents differ (numbers to 1e-9 relative), or "" when they do not.
inline std::string jsonDifference(const Json& a, const Json& b, const std::string& at) {
    if (a.is_number() && b.is_number())
        return close(a.get<double>(), b.get<double>())
                   ? ""
                   : at + ": " + a.dump() + " here, " + b.dump() + " without the areas";
    if (a.type() != b.type() || (!a.is_structured() && a != b) || a.size() != b.size())
        return at + ": " + a.dump().substr(0, 200) + " here, " + b.dump().substr(0, 200) +
               " without the areas";
    if (a.is_array()) {
        for (std::size_t k = 0; k < a.size(); ++k)
            if (auto d = jsonDifference(a[k], b[k], at + "[" + std::to_string(k) + "]"); !d.empty())
                return d;
    } else if (a.is_object()) {
        for (const auto& [key, value] : a.items()) {
            if (!b.contains(key)) return at + "." + key + " is missing without the areas";
            if (auto d = jsonDifference(value, b[key], at + "." + key); !d.empty()) return d;
        }
    }
    return {};
}

} // namespace swingmap::test
