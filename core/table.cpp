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
    if (i >= 0) {
        const auto first = static_cast<std::size_t>(i);
        for (std::size_t c = first + 1; c < columns.size(); ++c)
            if (columns[c] == name)
                return fail(source + ": the column name \"" + name + "\" occurs twice (columns " +
                            std::to_string(first + 1) + " and " + std::to_string(c + 1) +
                            "). Rename one of them in the file so that it is clear which is "
                            "meant.");
        return &cells[first];
    }
    std::string list;
    for (std::size_t c = 0; c < columns.size() && c < 40; ++c)
        list += (c ? ", " : "") + columns[c];
    if (columns.size() > 40) list += ", …";
    return fail(source + ": there is no column \"" + name +
                "\". Check the spelling in the project file; the columns are: " + list);
}

std::string Table::rowLabel(std::size_t r) const {
    std::string s = "row " + std::to_string(r + 1);
    if (r < lines.size() && lines[r] != r + 1) s += " (line " + std::to_string(lines[r]) + ")";
    return s;
}

Table Table::subset(const std::vector<char>& keep) const {
    Table t;
    t.source = source;
    t.columns = columns;
    t.encoding = encoding;
    t.separator = separator;
    t.footnoteLines = footnoteLines;
    t.cells.assign(columns.size(), {});
    for (std::size_t r = 0; r < rowCount() && r < keep.size(); ++r) {
        if (!keep[r]) continue;
        for (std::size_t c = 0; c < columns.size(); ++c)
            t.cells[c].push_back(cells[c][r]);
        if (r < lines.size()) t.lines.push_back(lines[r]);
    }
    return t;
}

namespace {
std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    // no-break spaces (U+00A0, U+202F) around a number
    for (std::string_view nb : {std::string_view("\xC2\xA0"), std::string_view("\xE2\x80\xAF")}) {
        while (s.size() >= nb.size() && s.substr(0, nb.size()) == nb)
            s.remove_prefix(nb.size());
        while (s.size() >= nb.size() && s.substr(s.size() - nb.size()) == nb)
            s.remove_suffix(nb.size());
    }
    return s;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

/// Length of the group separator at s[i] ("." "," " " "'" or a UTF-8 no-break space), or 0.
std::size_t separatorAt(std::string_view s, std::size_t i, char sep) {
    if (sep != 0) return s[i] == sep ? 1 : 0;
    if (s[i] == ' ' || s[i] == '\'') return 1;
    if (s.substr(i, 2) == "\xC2\xA0") return 2;
    if (s.substr(i, 3) == "\xE2\x80\xAF") return 3;
    return 0;
}

/// Remove thousands separators when the integer part is grouped in threes with `sep` (0 = space
/// or apostrophe); the rest (decimal mark and fraction) must not contain `sep`.
bool ungroup(std::string& s, char sep) {
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    const std::size_t start = i;
    while (i < s.size() && isDigit(s[i]))
        ++i;
    const std::size_t lead = i - start;
    if (lead < 1 || lead > 3) return false;
    std::string out = s.substr(0, i);
    bool grouped = false;
    while (i < s.size()) {
        const std::size_t n = separatorAt(s, i, sep);
        if (n == 0) break;
        std::size_t j = i + n, d = 0;
        while (j < s.size() && isDigit(s[j]) && d < 4)
            ++j, ++d;
        if (d != 3) return false;
        out += s.substr(i + n, 3);
        i = j;
        grouped = true;
    }
    if (!grouped) return false;
    const std::string rest = s.substr(i);
    for (std::size_t k = 0; k < rest.size(); ++k)
        if (separatorAt(rest, k, sep)) return false;
    s = out + rest;
    return true;
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
    const char thousands = fmt.decimal == ',' ? '.' : ',';
    if (!ungroup(buf, thousands)) ungroup(buf, 0);
    if (fmt.decimal != '.') std::replace(buf.begin(), buf.end(), fmt.decimal, '.');
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
            return fail(t.source + ", " + t.rowLabel(r) + ", column \"" + column + "\": \"" +
                        (**col)[r] + "\" is not a number." + hintFor((**col)[r], fmt));
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

namespace {
/// "12,5" / "-0,25" / "1.234,5": digits, optional thousands dots, a comma and digits.
bool looksCommaDecimal(std::string_view s) {
    std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    std::size_t digits = 0, comma = std::string_view::npos;
    for (; i < s.size(); ++i) {
        if (isDigit(s[i])) {
            ++digits;
        } else if (s[i] == ',' && comma == std::string_view::npos) {
            comma = i;
        } else if (s[i] != '.' || comma != std::string_view::npos) {
            return false;
        }
    }
    return comma != std::string_view::npos && digits > 0 && comma + 1 < s.size();
}

/// "1.234.567": two or more thousands dots, impossible with a decimal point.
bool looksDottedThousands(std::string_view s) {
    std::string buf(s);
    return std::count(buf.begin(), buf.end(), '.') >= 2 && ungroup(buf, '.') &&
           buf.find('.') == std::string::npos;
}

/// "12.5" but not "1.234" (which may be a thousands group).
bool looksDotDecimal(std::string_view s) {
    std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    const std::size_t dot = s.find('.');
    if (dot == std::string_view::npos || dot == i || dot + 1 >= s.size()) return false;
    for (std::size_t k = i; k < s.size(); ++k)
        if (k != dot && !isDigit(s[k])) return false;
    const std::size_t intLen = dot - i, frac = s.size() - dot - 1;
    return !(frac == 3 && intLen <= 3); // "1.234" is ambiguous
}
} // namespace

char detectDecimal(const Table& t) {
    if (t.separator == ',') return '.';
    std::size_t comma = 0, dot = 0;
    for (const auto& col : t.cells)
        for (const auto& cell : col) {
            const std::string_view s = trim(cell);
            if (looksCommaDecimal(s) || looksDottedThousands(s)) {
                ++comma;
            } else if (looksDotDecimal(s)) {
                ++dot;
            }
        }
    return comma > 0 && dot == 0 ? ',' : '.';
}

Result<std::vector<char>> matchRows(const Table& t, const RowFilter& filter,
                                    const std::string& what) {
    std::vector<char> keep(t.rowCount(), 1);
    for (const auto& c : filter) {
        auto col = t.column(c.column);
        if (!col)
            return fail(col.error() + " (in the filter \"" + what + "\" of the project file)");
        for (std::size_t r = 0; r < keep.size(); ++r) {
            if (!keep[r]) continue;
            const std::string_view cell = trim((**col)[r]);
            bool any = false;
            for (const auto& v : c.values)
                any = any || cell == trim(v);
            keep[r] = static_cast<char>(any != c.negate);
        }
    }
    return keep;
}

} // namespace swingmap
