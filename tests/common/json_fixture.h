// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading R fixtures written as JSON (tests/data/r, tests/data/reference) into core types.
#include "core/geometry.h"

#include <Eigen/Dense>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

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

/// A regression case of the spatialreg fixtures (tests/data/reference/spatialreg).
struct Case {
    Eigen::MatrixXd x;
    Eigen::VectorXd y, w;
    Neighbours nb;
    std::vector<std::string> names;
};

inline Case readCase(const nlohmann::json& f) {
    Case c{mat(f["X"]), vec(f["y"]), vec(f["w"]), neighbours(f["nb"]), {}};
    for (const nlohmann::json& s : f["names"])
        c.names.push_back(s.get<std::string>());
    return c;
}

/// tests/data/reference/spatialreg/<name>.json (needs TEST_DATA_DIR).
inline nlohmann::json loadSpatialregFixture(const std::string& name) {
    std::ifstream in(TEST_DATA_DIR "/reference/spatialreg/" + name + ".json");
    return nlohmann::json::parse(in);
}

} // namespace swingmap::test
