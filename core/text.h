// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Small ASCII text helpers shared by the path, file-format and key code (no locale: file
/// extensions, driver prefixes and option names are ASCII whatever the user's language).

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <string>

namespace swingmap {

/// `s` with A-Z folded to a-z (other bytes, including UTF-8, unchanged).
inline std::string asciiLower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

/// Whether `s` starts with `prefix`, ignoring ASCII case.
inline bool startsWithNoCase(const std::string& s, const std::string& prefix) {
    return s.size() >= prefix.size() &&
           asciiLower(s.substr(0, prefix.size())) == asciiLower(prefix);
}

/// Whether `s` ends with `suffix`, ignoring ASCII case.
inline bool endsWithNoCase(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           asciiLower(s.substr(s.size() - suffix.size())) == asciiLower(suffix);
}

/// `v` with `decimals` digits after the point ("C" locale, as CSV readers expect); "" for NaN
/// or infinity (an empty CSV cell).
inline std::string fixedDecimals(double v, int decimals) {
    if (!std::isfinite(v)) return {};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

/// A CSV field: quoted (with doubled quotes) when it holds a comma, quote or line break.
inline std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

} // namespace swingmap
