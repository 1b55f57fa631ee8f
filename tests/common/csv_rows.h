// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The rows of a CSV file SwingMap wrote (targets.csv, streets.csv) as cells, for tests: commas
// inside double quotes belong to the cell; doubled quotes are not un-doubled (test files' names
// hold none).
#include <QFile>
#include <QStringList>

#include <vector>

namespace swingmap::test {

/// The data rows of `path` (the header row goes to `header` when given).
inline std::vector<QStringList> csvRows(const QString& path, QStringList* header = nullptr) {
    QFile f(path);
    const QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    std::vector<QStringList> rows;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].isEmpty()) continue;
        QStringList cells;
        QString cell;
        bool quoted = false;
        for (const QChar c : lines[i]) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (c == QLatin1Char(',') && !quoted)
                cells << cell, cell.clear();
            else
                cell += c;
        }
        cells << cell;
        if (i == 0) {
            if (header) *header = cells;
        } else {
            rows.push_back(cells);
        }
    }
    return rows;
}

} // namespace swingmap::test
