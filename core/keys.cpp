// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/keys.h"

#include <unordered_map>
#include <unordered_set>

namespace swingmap {

std::string normaliseKey(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (char c : raw) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        out.push_back(c);
    }
    // U+00A0 no-break space often survives spreadsheet exports
    for (std::size_t p; (p = out.find("\xC2\xA0")) != std::string::npos;)
        out.erase(p, 2);
    return out;
}

std::vector<std::string> duplicatedKeys(const std::vector<std::string>& keys) {
    std::unordered_map<std::string_view, int> seen;
    seen.reserve(keys.size());
    std::vector<std::string> dups;
    for (const auto& k : keys)
        if (++seen[k] == 2) dups.push_back(k);
    return dups;
}

KeyJoin joinOnKeys(const std::vector<std::string>& areaKeys,
                   const std::vector<std::string>& sourceKeys, std::size_t maxListed) {
    KeyJoin j;
    j.report.rows = sourceKeys.size();
    std::unordered_map<std::string, long> rowOfKey;
    rowOfKey.reserve(sourceKeys.size());
    std::vector<std::string> norm(sourceKeys.size());
    for (std::size_t r = 0; r < sourceKeys.size(); ++r) {
        norm[r] = normaliseKey(sourceKeys[r]);
        auto [it, inserted] = rowOfKey.emplace(norm[r], static_cast<long>(r));
        if (!inserted && j.report.duplicateKeys.size() < maxListed &&
            (j.report.duplicateKeys.empty() || j.report.duplicateKeys.back() != norm[r]))
            j.report.duplicateKeys.push_back(norm[r]);
    }
    std::unordered_set<std::string_view> areaSet(areaKeys.begin(), areaKeys.end());
    j.rowOfArea.assign(areaKeys.size(), -1);
    for (std::size_t i = 0; i < areaKeys.size(); ++i) {
        auto it = rowOfKey.find(areaKeys[i]);
        if (it != rowOfKey.end()) {
            j.rowOfArea[i] = it->second;
        } else {
            ++j.report.areasWithoutRow;
            if (j.report.missingKeys.size() < maxListed)
                j.report.missingKeys.push_back(areaKeys[i]);
        }
    }
    for (std::size_t r = 0; r < norm.size(); ++r) {
        if (areaSet.count(norm[r])) {
            ++j.report.matched;
        } else if (j.report.unmatchedKeys.size() < maxListed) {
            j.report.unmatchedKeys.push_back(norm[r].empty() ? "(empty key)" : norm[r]);
        }
    }
    // duplicates may repeat when not adjacent; make the list unique
    std::unordered_set<std::string> uniq;
    std::vector<std::string> d;
    for (auto& k : j.report.duplicateKeys)
        if (uniq.insert(k).second) d.push_back(k);
    j.report.duplicateKeys = std::move(d);
    return j;
}

} // namespace swingmap
