// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading the plain-text R fixtures of the end-to-end pipeline tests (tests/gis/tst_pipeline_*)
// and comparing SwingMap's figures with them: "name value" files, CSV tables with one row per
// area, and the spatialreg JSON objects written by sarlm_json() in the R scripts.
#include "core/spatialreg.h"
#include "core/wls.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace swingmap::test {

/// "name value" lines (names without spaces); lines starting with '#' are comments.
inline std::map<std::string, double> readScalarFixture(const std::string& path) {
    std::map<std::string, double> m;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream ss(line);
        std::string name;
        double v = 0;
        ss >> name >> v;
        m[name] = v;
    }
    return m;
}

/// A CSV written by R's write.csv(quote = FALSE): a header, then one row per area with its key
/// in the first column and numbers in the others ("NA" and "NaN" read as NaN).
struct CsvFixture {
    std::vector<std::string> columns; ///< without the key column
    std::vector<std::string> keys;
    std::vector<std::vector<double>> rows;

    [[nodiscard]] int column(const std::string& name) const {
        const auto it = std::find(columns.begin(), columns.end(), name);
        return it == columns.end() ? -1 : static_cast<int>(it - columns.begin());
    }
};

inline std::vector<std::string> splitCsvLine(const std::string& line) {
    std::vector<std::string> cells;
    std::istringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, ','))
        cells.push_back(cell);
    return cells;
}

inline CsvFixture readCsvFixture(const std::string& path) {
    CsvFixture f;
    std::ifstream in(path);
    std::string line;
    if (!std::getline(in, line)) return f;
    const auto header = splitCsvLine(line);
    f.columns.assign(header.begin() + (header.empty() ? 0 : 1), header.end());
    while (std::getline(in, line)) {
        const auto cells = splitCsvLine(line);
        if (cells.size() != header.size()) continue;
        f.keys.push_back(cells[0]);
        std::vector<double> row;
        for (std::size_t c = 1; c < cells.size(); ++c)
            row.push_back(cells[c] == "NA" || cells[c] == "NaN"
                              ? std::nan("")
                              : std::strtod(cells[c].c_str(), nullptr));
        f.rows.push_back(std::move(row));
    }
    return f;
}

/// |a - b| <= rel * max(|b|, 1e-12); two NaNs are equal (R's "no test" for an island).
inline bool near(double a, double b, double rel = 1e-6) {
    if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
    return std::fabs(a - b) <= rel * std::max(std::fabs(b), 1e-12);
}

inline std::string numberText(double v) {
    std::ostringstream ss;
    ss.precision(17);
    ss << v;
    return ss.str();
}

/// "" when ours equals R's within rel, else a sentence with both numbers.
inline std::string mismatch(const std::string& what, double ours, double r, double rel = 1e-6) {
    if (near(ours, r, rel)) return {};
    return what + ": ours " + numberText(ours) + ", R " + numberText(r);
}

/// The figure a fixture entry "what:term" names in an lm coefficient table (what: estimate,
/// std_error, t, p, hc3_std_error or vif); nullopt for an unknown term or figure.
inline std::optional<double> termFigure(const std::vector<Term>& terms, const std::string& key) {
    const auto colon = key.find(':');
    if (colon == std::string::npos) return std::nullopt;
    const std::string what = key.substr(0, colon), name = key.substr(colon + 1);
    for (const Term& t : terms) {
        if (t.name != name) continue;
        const std::map<std::string, double> figures{{"estimate", t.estimate},
                                                    {"std_error", t.stdError},
                                                    {"t", t.t},
                                                    {"p", t.p},
                                                    {"hc3_std_error", t.hc3StdError},
                                                    {"vif", t.vif}};
        const auto it = figures.find(what);
        if (it != figures.end()) return it->second;
    }
    return std::nullopt;
}

/**
 * A lagsarlm / errorsarlm fit against R's sarlm_json() object: rho or lambda, log-likelihood, AIC
 * and the LR statistic to rel; the standard error of rho / lambda when compareSe; the
 * coefficients to 1e-6 of max(|b|, SE) (R's optimiser stops within ~1e-8 of rho); their
 * standard errors when compareTermSe. Returns "" or the first mismatch.
 */
inline std::string spatialMismatch(const SpatialFit& ours, const nlohmann::json& r, bool compareSe,
                                   bool compareTermSe = false, double rel = 1e-6) {
    std::string e = mismatch("coefficient", ours.coefficient, r["coefficient"].get<double>(), rel);
    if (e.empty() && compareSe) e = mismatch("se", ours.stdError, r["se"].get<double>(), rel);
    if (e.empty()) e = mismatch("log_lik", ours.logLik, r["log_lik"].get<double>(), rel);
    if (e.empty()) e = mismatch("aic", ours.aic, r["aic"].get<double>(), rel);
    if (e.empty())
        e = mismatch("lr_statistic", ours.lrStatistic, r["lr_statistic"].get<double>(), rel);
    if (!e.empty()) return e;
    if (ours.terms.size() != r["estimate"].size()) return "number of terms differs";
    for (std::size_t i = 0; i < ours.terms.size(); ++i) {
        const double b = r["estimate"][i].get<double>(), se = r["std_error"][i].get<double>();
        const auto& t = ours.terms[i];
        if (t.name != r["names"][i].get<std::string>()) return "term name " + t.name;
        if (std::fabs(t.estimate - b) > 1e-6 * std::max(std::fabs(b), se))
            return "estimate " + t.name + ": ours " + numberText(t.estimate) + ", R " +
                   numberText(b);
        if (compareTermSe)
            if (auto m = mismatch("std_error " + t.name, t.stdError, se, rel); !m.empty()) return m;
    }
    return {};
}

} // namespace swingmap::test
