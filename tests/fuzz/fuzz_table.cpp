// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: bytes -> the CSV reader (encoding, separator, titles, header lines, footnotes
// detected) -> every column through the number parser.
//
// The last input byte picks the reader's options (see optionsFrom); the rest is the file. Checks:
// a failure is one message naming the file; a table is rectangular, its lines increase, its
// columns are named, no row is blank, every cell is valid UTF-8; numericColumn agrees with
// parseNumber cell by cell and with isNumericColumn; a parsed number written back parses to the
// same value; the table written back as a plain quoted CSV reads back identically.
#include "core/csv.h"
#include "core/table.h"
#include "tests/fuzz/fuzz_util.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

using namespace swingmap;
using swingmap::fuzz::contains;
using swingmap::fuzz::startsWith;
using swingmap::fuzz::validUtf8;

namespace {

const std::string kSource = "fuzz.csv";

/// Options from one byte: bits 0-2 the separator (0-3 detect), bits 3-5 the encoding (0-3
/// detect), bits 6-7 the title and header lines (0: none and one; 1: two and one; 2: none and
/// three; 3: one and two). A trailing '\n' (0x0A) means "detect everything, one header line".
CsvOptions optionsFrom(std::uint8_t o) {
    CsvOptions opt;
    static const char seps[] = {',', ';', '\t', '|'};
    if ((o & 7) >= 4) opt.separator = seps[(o & 7) - 4];
    static const char* encs[] = {"UTF-8", "Latin-1", "Windows-1252", "UTF-16LE"};
    if (((o >> 3) & 7) >= 4) opt.encoding = encs[((o >> 3) & 7) - 4];
    switch (o >> 6) {
    case 1:
        opt.skipRows = 2;
        break;
    case 2:
        opt.headerRows = 3;
        break;
    case 3:
        opt.skipRows = 1;
        opt.headerRows = 2;
        break;
    default:
        break;
    }
    return opt;
}

bool blank(const std::string& s) {
    return s.find_first_not_of(" \t\r") == std::string::npos;
}

std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    return out + "\"";
}

/// The table as a plain CSV: comma-separated, every field quoted, one header line.
std::string writeCsv(const Table& t) {
    std::string out;
    for (std::size_t c = 0; c < t.columns.size(); ++c)
        out += (c ? "," : "") + quoted(t.columns[c]);
    out += "\n";
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        for (std::size_t c = 0; c < t.columns.size(); ++c)
            out += (c ? "," : "") + quoted(t.cells[c][r]);
        out += "\n";
    }
    return out;
}

void checkShape(const Table& t, const CsvOptions& opt) {
    FUZZ_CHECK(t.cells.size() == t.columns.size());
    FUZZ_CHECK(!t.columns.empty());
    const std::size_t n = t.rowCount();
    for (const auto& col : t.cells)
        FUZZ_CHECK(col.size() == n);
    FUZZ_CHECK(t.lines.size() == n);
    for (std::size_t r = 0; r < n; ++r) {
        FUZZ_CHECK(t.lines[r] > opt.skipRows);
        if (r > 0) FUZZ_CHECK(t.lines[r] > t.lines[r - 1]);
        bool any = false;
        for (const auto& col : t.cells)
            any = any || !blank(col[r]);
        FUZZ_CHECK(any); // blank rows are dropped
    }
    for (const auto& name : t.columns) {
        FUZZ_CHECK(!name.empty());
        FUZZ_CHECK(validUtf8(name));
    }
    for (const auto& col : t.cells)
        for (const auto& cell : col)
            FUZZ_CHECK(validUtf8(cell)); // report.json cannot hold anything else
    FUZZ_CHECK(!t.encoding.empty());
    FUZZ_CHECK(t.separator == ',' || t.separator == ';' || t.separator == '\t' ||
               t.separator == '|');
    if (opt.separator) FUZZ_CHECK(t.separator == opt.separator);
}

void checkNumbers(const Table& t) {
    NumberFormat fmt;
    fmt.decimal = detectDecimal(t);
    FUZZ_CHECK(fmt.decimal == '.' || fmt.decimal == ',');
    const NumberFormat dot; // for the round trip: to_chars writes a decimal point
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        const std::string& name = t.columns[c];
        bool all = true, anyNumber = false;
        for (const auto& cell : t.cells[c]) {
            double v = 0;
            if (!parseNumber(cell, fmt, v)) {
                all = false;
                continue;
            }
            FUZZ_CHECK(std::isnan(v) || std::isfinite(v));
            if (std::isnan(v)) continue;
            anyNumber = true;
            char buf[64];
            auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
            FUZZ_CHECK(ec == std::errc());
            double back = 0;
            FUZZ_CHECK(parseNumber(std::string(buf, end), dot, back));
            FUZZ_CHECK(back == v);
        }
        FUZZ_CHECK(isNumericColumn(t, c, fmt) == (all && anyNumber));
        bool repeated = false;
        for (std::size_t d = 0; d < t.columns.size(); ++d)
            repeated = repeated || (d != c && t.columns[d] == name);
        auto values = numericColumn(t, name, fmt);
        if (repeated) { // a repeated name is an error, never a guess
            FUZZ_CHECK(!values && contains(values.error(), "occurs twice"));
            continue;
        }
        FUZZ_CHECK(values.ok() == all);
        if (values) {
            FUZZ_CHECK(values->size() == t.rowCount());
        } else {
            FUZZ_CHECK(startsWith(values.error(), kSource));
            FUZZ_CHECK(contains(values.error(), "row "));
        }
    }
}

void checkFilter(const Table& t) {
    if (t.rowCount() == 0) return;
    // a filter on the first row's own value keeps that row
    RowFilter f{{t.columns[0], {t.cells[0][0]}, false}};
    auto keep = matchRows(t, f, "rows");
    if (t.column(t.columns[0])) {
        FUZZ_CHECK(keep.ok());
        FUZZ_CHECK(keep->size() == t.rowCount());
        FUZZ_CHECK((*keep)[0] == 1);
        const Table s = t.subset(*keep);
        FUZZ_CHECK(s.rowCount() >= 1 && s.cells[0][0] == t.cells[0][0]);
    }
}

/// Written back as a plain CSV and read with the separator and encoding given, the table is the
/// same: the reader loses nothing that it keeps.
void checkRoundTrip(const Table& t) {
    CsvOptions plain;
    plain.separator = ',';
    plain.encoding = "UTF-8";
    auto again = parseCsv(writeCsv(t), plain, kSource);
    if (!again) std::fprintf(stderr, "read back: %s\n", again.error().c_str());
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->columns == t.columns);
    FUZZ_CHECK(again->cells == t.cells);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0 || size > swingmap::fuzz::kMaxInput) return 0;
    const CsvOptions opt = optionsFrom(data[size - 1]);
    const std::string_view bytes(reinterpret_cast<const char*>(data), size - 1);
    auto t = parseCsv(bytes, opt, kSource);
    if (!t) {
        FUZZ_CHECK(startsWith(t.error(), kSource));
        FUZZ_CHECK(t.error().size() > kSource.size() + 10);
        return 0;
    }
    checkShape(*t, opt);
    checkNumbers(*t);
    checkFilter(*t);
    checkRoundTrip(*t);
    return 0;
}
