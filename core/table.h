// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <string>
#include <vector>

namespace swingmap {

/// One condition of a row filter: the trimmed cell equals one of `values` (or none, if negated).
struct Condition {
    std::string column;
    std::vector<std::string> values;
    bool negate = false;
};
/// Rows that match every condition; empty = every row.
using RowFilter = std::vector<Condition>;

/// An attribute table as read: every cell is text, columns addressed by name. Numbers are parsed
/// on demand so that keys are never mangled and bad cells can be reported with row and column.
struct Table {
    std::string source; ///< file (and layer) for messages
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> cells; ///< cells[column][row]
    std::vector<std::size_t> lines; ///< file line (CSV) or sheet row of each row; empty = unknown
    std::string encoding;           ///< CSV: as read, e.g. "UTF-8 (BOM)"; "" = not a CSV
    char separator = 0;             ///< CSV field separator as read; 0 = not a CSV
    std::size_t footnoteLines = 0;  ///< trailing footnote lines dropped

    [[nodiscard]] std::size_t rowCount() const { return cells.empty() ? 0 : cells[0].size(); }
    /// The first column of that name, or -1.
    [[nodiscard]] int columnIndex(const std::string& name) const;
    /// The column or an error naming the file and the available columns (or, for a name that
    /// occurs twice, both positions).
    [[nodiscard]] Result<const std::vector<std::string>*> column(const std::string& name) const;
    /// "row 5" or "row 5 (line 8)" for messages (r is 0-based).
    [[nodiscard]] std::string rowLabel(std::size_t r) const;
    /// A table with only the rows whose `keep` flag is set (lines follow).
    [[nodiscard]] Table subset(const std::vector<char>& keep) const;
};

/// How numbers are written in a table. Thousands separators in groups of three are accepted:
/// "1.234.567,8" with a decimal comma; "1,234,567.8" with a decimal point; spaces, no-break spaces
/// and apostrophes with either.
struct NumberFormat {
    char decimal = '.';
    std::vector<std::string> missingTokens{"",  "NA", "N/A", "n/a",  "-",   "\xE2\x80\x93",
                                           ".", "x",  "NaN", "null", "NULL"};
};

/// Parse one cell; nullopt-like NaN for a missing token; error flag for text.
bool parseNumber(const std::string& cell, const NumberFormat& fmt, double& out);

/// Parse a column as numbers: missing tokens become NaN, any other text is an error naming the
/// file, the row (1-based data row), the column and the value.
Result<std::vector<double>> numericColumn(const Table& t, const std::string& column,
                                          const NumberFormat& fmt = {});

/// True when every non-missing cell of the column parses as a number.
bool isNumericColumn(const Table& t, std::size_t column, const NumberFormat& fmt = {});

/// The decimal mark the table's numbers use: ',' when the separator is not a comma, some cells
/// read like "12,5" and none like "12.5"; else '.'.
char detectDecimal(const Table& t);

/// Keep the rows matching every condition of the filter; an unknown column is an error that
/// lists the columns. `what` names the filter in messages ("rows", "valid", …).
Result<std::vector<char>> matchRows(const Table& t, const RowFilter& filter,
                                    const std::string& what);

} // namespace swingmap
