// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/table.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace swingmap {

int Table::columnIndex(const std::string& name) const {
    auto it = std::find(columns.begin(), columns.end(), name);
    return it == columns.end() ? -1 : static_cast<int>(it - columns.begin());
}

Result<const std::vector<std::string>*> Table::column(const std::string& name) const {
    const int i = columnIndex(name);
    if (i >= 0) return &cells[static_cast<std::size_t>(i)];
    std::string list;
    for (std::size_t c = 0; c < columns.size() && c < 40; ++c)
        list += (c ? ", " : "") + columns[c];
    return fail(source + ": there is no column \"" + name +
                "\". Check the spelling in the project file; the columns are: " + list);
}

namespace {
std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}
} // namespace

bool parseNumber(const std::string& cell, const NumberFormat& fmt, double& out) {
    const std::string_view s = trim(cell);
    for (const auto& tok : fmt.missingTokens) {
        if (s == tok) {
            out = std::numeric_limits<double>::quiet_NaN();
            return true;
        }
    }
    std::string buf(s);
    if (fmt.decimal != '.') {
        if (buf.find('.') != std::string::npos && buf.find(fmt.decimal) == std::string::npos &&
            std::count(buf.begin(), buf.end(), '.') > 1) {
            buf.erase(std::remove(buf.begin(), buf.end(), '.'), buf.end()); // thousands dots
        }
        std::replace(buf.begin(), buf.end(), fmt.decimal, '.');
    }
    const char* b = buf.data();
    const char* e = buf.data() + buf.size();
    if (b != e && *b == '+') ++b;
    auto [ptr, ec] = std::from_chars(b, e, out);
    return ec == std::errc() && ptr == e && std::isfinite(out);
}

namespace {
/// What to suggest for a cell that is not a number in this format.
std::string hintFor(const std::string& cell, const NumberFormat& fmt) {
    double v = 0;
    NumberFormat comma = fmt;
    comma.decimal = ',';
    if (fmt.decimal == '.' && parseNumber(cell, comma, v))
        return " It looks like a number written with a comma: if the comma is the decimal mark, "
               "add \"decimal\": \",\" to this source in the project file.";
    return " Fix the cell, or if it marks a missing value add it to \"missing\" in the project "
           "file.";
}
} // namespace

Result<std::vector<double>> numericColumn(const Table& t, const std::string& column,
                                          const NumberFormat& fmt) {
    auto col = t.column(column);
    if (!col) return col.takeError();
    std::vector<double> out((*col)->size());
    for (std::size_t r = 0; r < out.size(); ++r) {
        if (!parseNumber((**col)[r], fmt, out[r])) {
            return fail(t.source + ", row " + std::to_string(r + 1) + ", column \"" + column +
                        "\": \"" + (**col)[r] + "\" is not a number." + hintFor((**col)[r], fmt));
        }
    }
    return out;
}

bool isNumericColumn(const Table& t, std::size_t column, const NumberFormat& fmt) {
    double v = 0;
    bool any = false;
    for (const auto& cell : t.cells[column]) {
        if (!parseNumber(cell, fmt, v)) return false;
        any = any || !std::isnan(v);
    }
    return any;
}

} // namespace swingmap
