// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading R fixtures written as JSON (tests/data/r, tests/data/reference) into core types.
#include "core/geometry.h"

#include <Eigen/Dense>
#include <nlohmann/json.hpp>

namespace swingmap::test {

inline Eigen::VectorXd vec(const nlohmann::json& a) {
    Eigen::VectorXd v(static_cast<Eigen::Index>(a.size()));
    for (std::size_t i = 0; i < a.size(); ++i)
        v[static_cast<Eigen::Index>(i)] = a[i].get<double>();
    return v;
}

inline Eigen::MatrixXd mat(const nlohmann::json& a) {
    Eigen::MatrixXd m(static_cast<Eigen::Index>(a.size()), static_cast<Eigen::Index>(a[0].size()));
    for (Eigen::Index i = 0; i < m.rows(); ++i)
        m.row(i) = vec(a[static_cast<std::size_t>(i)]);
    return m;
}

/// 0-based neighbour lists, one array per area.
inline Neighbours neighbours(const nlohmann::json& lists) {
    Neighbours nb;
    for (const nlohmann::json& row : lists) {
        for (const nlohmann::json& j : row)
            nb.index.push_back(j.get<uint32_t>());
        nb.offset.push_back(static_cast<uint32_t>(nb.index.size()));
    }
    return nb;
}

} // namespace swingmap::test
