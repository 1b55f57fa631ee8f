// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Small ASCII text helpers shared by the path, file-format and key code (no locale: file
/// extensions, driver prefixes and option names are ASCII whatever the user's language).

#include <algorithm>
#include <cctype>
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

} // namespace swingmap
