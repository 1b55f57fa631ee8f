// SPDX-License-Identifier: GPL-3.0-or-later
// Private to reconcilepage*.cpp: one election or census table's fields as the page edits them.
#pragma once

#include "app/shared/projectbuilder.h"

#include <QFileInfo>
#include <QString>

namespace swingmap::reconcile_p {

inline QString q(const std::string& t) {
    return QString::fromStdString(t);
}
inline std::string s(const QString& t) {
    return t.toStdString();
}

/// The source fields the page edits, for an election or a census table alike.
struct Src {
    std::string path, label, electorate;
    std::string* key = nullptr;
    int* pad = nullptr;
    bool* unpad = nullptr;
    RowFilter* rows = nullptr;
    builder::ReconcileInput* r = nullptr;
    bool election = false;
    std::size_t index = 0;
};

/// Row `row` of the page's list: the elections in order, then the census tables.
inline Src sourceAt(builder::ProjectInput& in, int row) {
    Src x;
    if (row < 0) return x;
    if (std::size_t(row) < in.elections.size()) {
        builder::ElectionInput& e = in.elections[std::size_t(row)];
        return {e.path,          e.label,      e.longFormat ? std::string() : e.electorate,
                &e.key,          &e.pad,       &e.unpad,
                &e.rows,         &e.reconcile, true,
                std::size_t(row)};
    }
    const std::size_t c = std::size_t(row) - in.elections.size();
    if (c >= in.census.size()) return x;
    builder::CensusInput& t = in.census[c];
    return {t.path,  QFileInfo(q(t.path)).completeBaseName().toStdString(),
            {},      &t.key,
            &t.pad,  &t.unpad,
            &t.rows, &t.reconcile,
            false,   c};
}

} // namespace swingmap::reconcile_p
