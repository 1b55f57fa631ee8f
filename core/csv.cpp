// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/csv.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>

namespace swingmap {

namespace {

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

/// Windows-1252's 0x80–0x9F (the five undefined bytes keep their Latin-1 control code).
constexpr std::array<std::uint16_t, 32> kCp1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

enum class Single { Latin1, Latin9, Cp1252 };

std::string decodeSingleByte(std::string_view in, Single cs) {
    std::string out;
    out.reserve(in.size() + in.size() / 8);
    for (char ch : in) {
        const auto b = static_cast<unsigned char>(ch);
        std::uint32_t cp = b;
        if (cs == Single::Cp1252 && b >= 0x80 && b < 0xA0) cp = kCp1252High[b - 0x80];
        if (cs == Single::Latin9) {
            static const std::map<unsigned char, std::uint32_t> diff{
                {0xA4, 0x20AC}, {0xA6, 0x0160}, {0xA8, 0x0161}, {0xB4, 0x017D},
                {0xB8, 0x017E}, {0xBC, 0x0152}, {0xBD, 0x0153}, {0xBE, 0x0178}};
            if (auto it = diff.find(b); it != diff.end()) cp = it->second;
        }
        appendUtf8(out, cp);
    }
    return out;
}

/// Length of the valid UTF-8 sequence at s[i], or 0.
std::size_t utf8Length(std::string_view s, std::size_t i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) return 1;
    std::size_t n = 0;
    std::uint32_t cp = 0;
    if ((b & 0xE0) == 0xC0) {
        n = 2, cp = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
        n = 3, cp = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
        n = 4, cp = b & 0x07;
    } else {
        return 0;
    }
    if (i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k) {
        const auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (c & 0x3F);
    }
    const std::uint32_t minimum = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return n;
}

struct Utf8Scan {
    std::size_t firstBad = std::string_view::npos; ///< byte offset of the first invalid byte
    bool multibyte = false;                        ///< holds valid non-ASCII sequences
};

Utf8Scan scanUtf8(std::string_view s) {
    Utf8Scan r;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = utf8Length(s, i);
        if (n == 0) {
            if (r.firstBad == std::string_view::npos) r.firstBad = i;
            ++i;
            continue;
        }
        r.multibyte = r.multibyte || n > 1;
        i += n;
    }
    return r;
}

std::size_t lineOf(std::string_view s, std::size_t byte) {
    return 1 + static_cast<std::size_t>(
                   std::count(s.begin(), s.begin() + static_cast<long>(byte), '\n'));
}

std::string hexByte(char c) {
    static const char* d = "0123456789ABCDEF";
    const auto b = static_cast<unsigned char>(c);
    return std::string("0x") + d[b >> 4] + d[b & 15];
}

std::string decodeUtf16(std::string_view s, bool bigEndian) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i + 1 < s.size(); i += 2) {
        auto unit = [&](std::size_t k) {
            const auto a = static_cast<unsigned char>(s[k]),
                       b = static_cast<unsigned char>(s[k + 1]);
            return static_cast<std::uint32_t>(bigEndian ? (a << 8) | b : (b << 8) | a);
        };
        std::uint32_t cp = unit(i);
        if (cp >= 0xD800 && cp < 0xDC00 && i + 3 < s.size()) {
            const std::uint32_t lo = unit(i + 2);
            if (lo >= 0xDC00 && lo < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                i += 2;
            }
        }
        if (cp >= 0xD800 && cp < 0xE000) cp = 0xFFFD; // unpaired surrogate (UTF-8 cannot hold it)
        appendUtf8(out, cp);
    }
    return out;
}

/// A NUL character is binary data, whatever the encoding.
Result<std::string> textOnly(std::string text, const std::string& source) {
    if (const std::size_t nul = text.find('\0'); nul != std::string::npos)
        return fail(source + ": this is not a text table (line " +
                    std::to_string(lineOf(text, nul)) +
                    " holds binary data). Check that the file is a CSV export and not a "
                    "spreadsheet or another file saved under a .csv name.");
    return text;
}

std::string canonicalEncoding(const std::string& e) {
    std::string s;
    for (char c : e)
        if (c != '-' && c != '_' && c != ' ')
            s.push_back(static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c));
    return s;
}

bool blank(const std::string& s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

std::string trimmed(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n'))
        ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n'))
        --e;
    return s.substr(b, e - b);
}

std::string separatorName(char c) {
    return c == '\t' ? "tab" : std::string("\"") + c + "\"";
}

/// Split at most `maxRecords` records (0 = all); `error` receives the line of an open quote.
std::vector<CsvRecord> split(std::string_view text, char sep, std::size_t maxRecords,
                             std::size_t& openQuoteLine) {
    std::vector<CsvRecord> out;
    openQuoteLine = 0;
    std::size_t line = 1, i = 0;
    const std::size_t n = text.size();
    while (i < n && (maxRecords == 0 || out.size() < maxRecords)) {
        CsvRecord rec;
        rec.line = line;
        std::string field;
        bool endOfRecord = false;
        while (!endOfRecord) {
            field.clear();
            if (i < n && text[i] == '"') { // quoted field
                const std::size_t opened = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const char c = text[i];
                    if (c == '"') {
                        if (i + 1 < n && text[i + 1] == '"') {
                            field.push_back('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == '\n') ++line;
                    if (c == '\r' && (i + 1 >= n || text[i + 1] != '\n')) ++line;
                    field.push_back(c);
                    ++i;
                }
                if (!closed) {
                    openQuoteLine = opened;
                    return out;
                }
            }
            // unquoted part (or what follows a closing quote, kept leniently)
            while (i < n && text[i] != sep && text[i] != '\n' && text[i] != '\r')
                field.push_back(text[i++]);
            rec.fields.push_back(field);
            if (i >= n) {
                endOfRecord = true;
            } else if (text[i] == sep) {
                ++i;
            } else { // line break
                if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
                ++i;
                ++line;
                endOfRecord = true;
            }
        }
        out.push_back(std::move(rec));
    }
    return out;
}

std::size_t nonEmpty(const CsvRecord& r) {
    return static_cast<std::size_t>(std::count_if(r.fields.begin(), r.fields.end(),
                                                  [](const std::string& f) { return !blank(f); }));
}

/// A footnote: at most one non-empty field, which reads like prose (two words) or stands in a
/// short record.
bool looksLikeFootnote(const CsvRecord& r, std::size_t width) {
    if (nonEmpty(r) != 1) return false;
    if (r.fields.size() < width) return true;
    for (const auto& f : r.fields) {
        if (blank(f)) continue;
        const std::string t = trimmed(f);
        return t.find(' ') != std::string::npos;
    }
    return false;
}

/// Header names from one or more header records: an empty cell of an upper line takes the text
/// on its left within the same group of the line above (merged cells).
std::vector<std::string> headerNames(const std::vector<CsvRecord>& header) {
    std::size_t width = 0;
    for (const auto& h : header)
        width = std::max(width, h.fields.size());
    std::vector<std::vector<std::string>> parts(header.size(), std::vector<std::string>(width));
    std::vector<std::string> group(width); // the joined text of the lines above
    for (std::size_t r = 0; r < header.size(); ++r) {
        const bool last = r + 1 == header.size();
        for (std::size_t c = 0; c < width; ++c) {
            std::string cell = c < header[r].fields.size() ? trimmed(header[r].fields[c]) : "";
            if (cell.empty() && !last && c > 0 && group[c] == group[c - 1]) cell = parts[r][c - 1];
            parts[r][c] = cell;
        }
        for (std::size_t c = 0; c < width; ++c)
            group[c] += "\x1F" + parts[r][c];
    }
    std::vector<std::string> names(width);
    for (std::size_t c = 0; c < width; ++c)
        for (std::size_t r = 0; r < header.size(); ++r)
            if (!parts[r][c].empty()) names[c] += (names[c].empty() ? "" : " / ") + parts[r][c];
    return names;
}
} // namespace

Result<std::string> decodeText(std::string_view bytes, const std::string& encoding,
                               const std::string& source, std::string& used) {
    const std::string enc = canonicalEncoding(encoding);
    const bool bom8 = bytes.substr(0, 3) == "\xEF\xBB\xBF";
    const bool bomLe = bytes.substr(0, 2) == "\xFF\xFE", bomBe = bytes.substr(0, 2) == "\xFE\xFF";
    if ((enc.empty() || enc.rfind("UTF16", 0) == 0) && (bomLe || bomBe)) {
        used = bomLe ? "UTF-16LE (BOM)" : "UTF-16BE (BOM)";
        return textOnly(decodeUtf16(bytes.substr(2), bomBe), source);
    }
    if (enc == "UTF16" || enc == "UTF16LE" || enc == "UTF16BE") {
        used = enc == "UTF16BE" ? "UTF-16BE" : "UTF-16LE";
        return textOnly(decodeUtf16(bytes, enc == "UTF16BE"), source);
    }
    if (bytes.find('\0') != std::string_view::npos) return textOnly(std::string(bytes), source);
    if (enc == "LATIN1" || enc == "ISO88591" || enc == "L1") {
        used = "Latin-1";
        return decodeSingleByte(bytes, Single::Latin1);
    }
    if (enc == "ISO885915" || enc == "LATIN9") {
        used = "ISO-8859-15";
        return decodeSingleByte(bytes, Single::Latin9);
    }
    if (enc == "WINDOWS1252" || enc == "CP1252" || enc == "WIN1252" || enc == "ANSI") {
        used = "Windows-1252";
        return decodeSingleByte(bytes, Single::Cp1252);
    }
    if (!enc.empty() && enc != "UTF8")
        return fail(source + ": the encoding \"" + encoding +
                    "\" is not supported. Use \"UTF-8\", \"Latin-1\", \"ISO-8859-15\" or "
                    "\"Windows-1252\" (or leave \"encoding\" out to detect it).");
    const std::string_view body = bom8 ? bytes.substr(3) : bytes;
    const Utf8Scan scan = scanUtf8(body);
    if (scan.firstBad == std::string_view::npos) {
        used = bom8 ? "UTF-8 (BOM)" : "UTF-8";
        return std::string(body);
    }
    const std::string where = "line " + std::to_string(lineOf(body, scan.firstBad)) +
                              " holds the byte " + hexByte(body[scan.firstBad]);
    if (enc == "UTF8" || bom8 || scan.multibyte)
        return fail(source + ": the file is not valid UTF-8 (" + where +
                    (enc == "UTF8" ? "" : ", while other lines are UTF-8") +
                    "). Save it again as UTF-8, or set \"encoding\" (e.g. \"Windows-1252\") if "
                    "the whole file uses another one.");
    used = "Windows-1252 (detected)";
    return decodeSingleByte(body, Single::Cp1252);
}

Result<std::vector<CsvRecord>> splitRecords(std::string_view text, char separator,
                                            const std::string& source) {
    std::size_t open = 0;
    auto records = split(text, separator, 0, open);
    if (open)
        return fail(source + ", line " + std::to_string(open) +
                    ": a quote (\") opens a field that is never closed. Check the quotes on "
                    "that line (a quote inside a quoted field is written twice: \"\").");
    return records;
}

char detectSeparator(std::string_view text, std::size_t skipLines) {
    char best = ',';
    std::size_t bestScore = 0, bestWidth = 0;
    for (char sep : {';', ',', '\t', '|'}) {
        std::size_t open = 0;
        auto recs = split(text, sep, skipLines + 60, open);
        std::map<std::size_t, std::size_t> widths;
        for (const auto& r : recs)
            if (r.line > skipLines && nonEmpty(r) > 0) ++widths[r.fields.size()];
        std::size_t mode = 0, count = 0;
        for (const auto& [w, c] : widths)
            if (c > count || (c == count && w > mode)) mode = w, count = c;
        if (mode < 2) continue;
        if (count > bestScore || (count == bestScore && mode > bestWidth)) {
            best = sep;
            bestScore = count;
            bestWidth = mode;
        }
    }
    return best;
}

Result<Table> tableFromRecords(std::vector<CsvRecord> records, std::size_t skipRows,
                               std::size_t headerRows, const std::string& source) {
    Table t;
    t.source = source;
    std::size_t i = 0;
    while (i < records.size() && records[i].line <= skipRows)
        ++i;
    // blank lines between the titles and the header are skipped too
    while (i < records.size() && nonEmpty(records[i]) == 0)
        ++i;
    if (headerRows > records.size() - i) // (i + headerRows could wrap: "header_rows" is the user's)
        return fail(source + ": there is no header row" +
                    (skipRows ? " after the " + std::to_string(skipRows) + " skipped lines" : "") +
                    ". A table needs a header line naming its columns; check \"skip_rows\".");
    std::vector<CsvRecord> header(records.begin() + static_cast<long>(i),
                                  records.begin() + static_cast<long>(i + headerRows));
    i += headerRows;
    std::vector<std::string> names = headerNames(header);
    std::vector<CsvRecord> rows;
    for (; i < records.size(); ++i)
        if (nonEmpty(records[i]) > 0) rows.push_back(std::move(records[i]));
    const std::size_t width = names.size();
    if (width >= 2)
        while (!rows.empty() && looksLikeFootnote(rows.back(), width)) {
            rows.pop_back();
            ++t.footnoteLines;
        }
    // nameless columns: dropped when empty throughout, else named by position
    std::vector<char> keepColumn(width, 1);
    for (std::size_t c = 0; c < width; ++c) {
        if (!names[c].empty()) continue;
        bool any = false;
        for (const auto& r : rows)
            any = any || (c < r.fields.size() && !blank(r.fields[c]));
        if (!any) {
            keepColumn[c] = 0;
        } else {
            names[c] = "column " + std::to_string(c + 1);
        }
    }
    if (std::none_of(keepColumn.begin(), keepColumn.end(), [](char k) { return k != 0; }))
        return fail(source + ", line " + std::to_string(header.back().line) +
                    ": the header row is empty. A table needs a header line naming its columns; "
                    "check \"skip_rows\".");
    for (const auto& r : rows)
        for (std::size_t c = width; c < r.fields.size(); ++c)
            if (!blank(r.fields[c]))
                return fail(source + ", line " + std::to_string(r.line) + ": the row has " +
                            std::to_string(r.fields.size()) + " fields but the header has " +
                            std::to_string(width) +
                            ". Check the separator and the quotes on that line, or give the "
                            "extra columns a name in the header.");
    for (std::size_t c = 0; c < width; ++c) {
        if (!keepColumn[c]) continue;
        t.columns.push_back(names[c]);
        std::vector<std::string> cells;
        cells.reserve(rows.size());
        for (const auto& r : rows)
            cells.push_back(c < r.fields.size() ? r.fields[c] : std::string());
        t.cells.push_back(std::move(cells));
    }
    t.lines.reserve(rows.size());
    for (const auto& r : rows)
        t.lines.push_back(r.line);
    return t;
}

Result<Table> parseCsv(std::string_view bytes, const CsvOptions& options,
                       const std::string& source) {
    if (bytes.empty())
        return fail(source + ": the file is empty (0 bytes). Export it again from its source.");
    std::string used;
    auto text = decodeText(bytes, options.encoding, source, used);
    if (!text) return text.takeError();
    const char sep =
        options.separator ? options.separator : detectSeparator(*text, options.skipRows);
    auto records = splitRecords(*text, sep, source);
    if (!records) return records.takeError();
    auto t = tableFromRecords(std::move(*records), options.skipRows, options.headerRows, source);
    if (!t) return t.takeError();
    t->encoding = used;
    t->separator = sep;
    if (t->columns.size() == 1 && !options.separator && t->rowCount() > 0)
        return fail(source + ": every line is a single column (no " + separatorName(',') + ", " +
                    separatorName(';') + ", tab or " + separatorName('|') +
                    " separates the fields). Check that it is a delimited table, or set "
                    "\"separator\".");
    return t;
}

} // namespace swingmap
