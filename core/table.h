// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <string>
#include <vector>

namespace swingmap {

/// An attribute table as read: every cell is text, columns addressed by name. Numbers are parsed
/// on demand so that keys are never mangled and bad cells can be reported with row and column.
struct Table {
    std::string source; ///< file (and layer) for messages
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> cells; ///< cells[column][row]

    [[nodiscard]] std::size_t rowCount() const { return cells.empty() ? 0 : cells[0].size(); }
    [[nodiscard]] int columnIndex(const std::string& name) const;
    /// The column or an error naming the file and the available columns.
    [[nodiscard]] Result<const std::vector<std::string>*> column(const std::string& name) const;
};

/// How numbers are written in a table.
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

} // namespace swingmap
