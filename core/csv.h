// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A forgiving, exact CSV reader (RFC 4180 plus what statistics offices publish): separator and
// encoding detected, titles above the header, several header lines, footnotes below the data.
#include "core/result.h"
#include "core/table.h"

#include <string>
#include <string_view>
#include <vector>

namespace swingmap {

struct CsvOptions {
    std::string encoding;       ///< "" = detect (UTF-8 with or without BOM, else Windows-1252)
    char separator = 0;         ///< 0 = detect among , ; tab |
    std::size_t skipRows = 0;   ///< lines before the header
    std::size_t headerRows = 1; ///< header lines, joined per column with " / "
};

/// One record of a delimited file: its fields and the line it starts on (1-based).
struct CsvRecord {
    std::vector<std::string> fields;
    std::size_t line = 0;
};

/// Decode bytes to UTF-8. `encoding` "" detects: a BOM (UTF-8, UTF-16), valid UTF-8, else
/// Windows-1252. `used` receives what was applied ("UTF-8", "UTF-8 (BOM)", "Windows-1252
/// (detected)", …). Errors name the source, the line and what to set.
Result<std::string> decodeText(std::string_view bytes, const std::string& encoding,
                               const std::string& source, std::string& used);

/// Split decoded text into records; quoted fields may hold separators, "" and line breaks.
Result<std::vector<CsvRecord>> splitRecords(std::string_view text, char separator,
                                            const std::string& source);

/// The separator among , ; tab | that splits the first records into the most consistent number
/// of fields (more than one); ',' when none does.
char detectSeparator(std::string_view text, std::size_t skipLines = 0);

/// Turn records (from a CSV or a spreadsheet) into a table: skip title rows, join header rows,
/// drop blank rows, nameless empty columns and trailing footnotes; a row with more non-empty
/// fields than the header is an error naming its line.
Result<Table> tableFromRecords(std::vector<CsvRecord> records, std::size_t skipRows,
                               std::size_t headerRows, const std::string& source);

/// Read a whole CSV file's bytes.
Result<Table> parseCsv(std::string_view bytes, const CsvOptions& options,
                       const std::string& source);

} // namespace swingmap
