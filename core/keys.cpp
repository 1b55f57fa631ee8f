// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/keys.h"

#include <algorithm>
#include <cstdint>
#include <string>
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
    const KeyIndex index(keys);
    std::vector<std::string> dups; // in the order their second occurrence comes
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const long first = index.find(keys[i]);
        if (first >= 0 && static_cast<std::size_t>(first) != i &&
            index.nextSame(static_cast<std::size_t>(first)) == static_cast<long>(i))
            dups.push_back(keys[i]);
    }
    return dups;
}

KeyIndex::KeyIndex(const std::vector<std::string>& areaKeys)
    : m_keys(&areaKeys), m_next(areaKeys.size(), -1) {
    std::size_t capacity = 16;
    while (capacity < 2 * areaKeys.size())
        capacity *= 2;
    m_slots.assign(capacity, Slot{});
    m_mask = capacity - 1;
    std::vector<long> last(areaKeys.size(), -1); // per first area: the last one with its key
    for (std::size_t i = 0; i < areaKeys.size(); ++i) {
        const std::size_t h = std::hash<std::string_view>{}(areaKeys[i]);
        std::size_t s = h & m_mask;
        const auto tag = static_cast<uint32_t>(h >> 32);
        for (;; s = (s + 1) & m_mask) {
            Slot& slot = m_slots[s];
            if (slot.area < 0) { // a new key
                slot = Slot{static_cast<long>(i), tag};
                last[i] = static_cast<long>(i);
                break;
            }
            if (slot.tag == tag && areaKeys[static_cast<std::size_t>(slot.area)] == areaKeys[i]) {
                auto& tail = last[static_cast<std::size_t>(slot.area)];
                m_next[static_cast<std::size_t>(tail)] = static_cast<long>(i);
                tail = static_cast<long>(i);
                break;
            }
        }
    }
}

long KeyIndex::find(std::string_view key) const {
    const std::size_t h = std::hash<std::string_view>{}(key);
    const auto tag = static_cast<uint32_t>(h >> 32);
    for (std::size_t s = h & m_mask;; s = (s + 1) & m_mask) {
        const Slot& slot = m_slots[s];
        if (slot.area < 0) return -1;
        if (slot.tag == tag && (*m_keys)[static_cast<std::size_t>(slot.area)] == key)
            return slot.area;
    }
}

KeyJoin joinOnKeys(const std::vector<std::string>& areaKeys,
                   const std::vector<std::string>& sourceKeys, std::size_t maxListed) {
    return joinOnKeys(KeyIndex(areaKeys), sourceKeys, maxListed);
}

KeyJoin joinOnKeys(const KeyIndex& areas, const std::vector<std::string>& sourceKeys,
                   std::size_t maxListed) {
    KeyJoin j;
    const auto& areaKeys = areas.keys();
    j.report.rows = sourceKeys.size();
    j.rowOfArea.assign(areaKeys.size(), -1);
    std::unordered_set<std::string> unmatchedSeen; // duplicates among unmatched keys
    auto duplicate = [&](const std::string& key) {
        if (j.report.duplicateKeys.size() < maxListed &&
            (j.report.duplicateKeys.empty() || j.report.duplicateKeys.back() != key))
            j.report.duplicateKeys.push_back(key);
    };
    for (std::size_t r = 0; r < sourceKeys.size(); ++r) {
        std::string key = normaliseKey(sourceKeys[r]);
        const long a = areas.find(key);
        if (a >= 0) {
            ++j.report.matched;
            if (j.rowOfArea[static_cast<std::size_t>(a)] >= 0) { // the first row is used
                duplicate(key);
                continue;
            }
            for (long i = a; i >= 0; i = areas.nextSame(static_cast<std::size_t>(i)))
                j.rowOfArea[static_cast<std::size_t>(i)] = static_cast<long>(r);
            continue;
        }
        if (!unmatchedSeen.insert(key).second) duplicate(key);
        if (j.report.unmatchedKeys.size() < maxListed)
            j.report.unmatchedKeys.push_back(key.empty() ? "(empty key)" : key);
    }
    for (std::size_t i = 0; i < areaKeys.size(); ++i) {
        if (j.rowOfArea[i] >= 0) continue;
        ++j.report.areasWithoutRow;
        if (j.report.missingKeys.size() < maxListed) j.report.missingKeys.push_back(areaKeys[i]);
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

namespace swingmap {

std::string adjustKey(std::string key, int pad, bool unpad) {
    if (unpad) {
        std::size_t z = 0;
        while (z + 1 < key.size() && key[z] == '0')
            ++z;
        key.erase(0, z);
    }
    if (pad > 0 && !key.empty() && key.size() < static_cast<std::size_t>(pad))
        key.insert(0, static_cast<std::size_t>(pad) - key.size(), '0');
    return key;
}

PaddingHint paddingHint(const std::vector<std::string>& areaKeys,
                        const std::vector<std::string>& sourceKeys) {
    return paddingHint(KeyIndex(areaKeys), sourceKeys);
}

PaddingHint paddingHint(const KeyIndex& areas, const std::vector<std::string>& sourceKeys) {
    PaddingHint h;
    const auto& areaKeys = areas.keys();
    std::unordered_map<std::string, std::string> byStripped; // unpadded -> area key
    std::unordered_set<std::string> seen;
    std::size_t padWidth = 0;
    bool needUnpad = false;
    for (const auto& k : sourceKeys) {
        if (k.empty() || areas.contains(k) || !seen.insert(k).second) continue;
        if (byStripped.empty()) // built at the first unmatched key only
            for (const auto& a : areaKeys)
                byStripped.emplace(adjustKey(a, 0, true), a);
        auto it = byStripped.find(adjustKey(k, 0, true));
        if (it == byStripped.end()) continue;
        if (h.count++ == 0) {
            h.sourceKey = k;
            h.boundaryKey = it->second;
        }
        const std::string& a = it->second;
        if (a.size() > 1 && a[0] == '0') padWidth = std::max(padWidth, a.size());
        if (k.size() > 1 && k[0] == '0' && (a[0] != '0' || k.size() > a.size())) needUnpad = true;
    }
    if (h.count == 0) return h;
    if (needUnpad) h.fix = "\"unpad\": true";
    if (padWidth > 0)
        h.fix += (h.fix.empty() ? "" : ", ") + ("\"pad\": " + std::to_string(padWidth));
    if (h.fix.empty()) h.fix = "\"unpad\": true";
    return h;
}

namespace {
/// Decode one UTF-8 code point at s[i] (advancing i); invalid bytes are returned as is.
std::uint32_t nextCodePoint(std::string_view s, std::size_t& i) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = b < 0x80             ? 1
                    : (b & 0xE0) == 0xC0 ? 2
                    : (b & 0xF0) == 0xE0 ? 3
                    : (b & 0xF8) == 0xF0 ? 4
                                         : 1;
    if (i + n > s.size()) n = 1;
    std::uint32_t cp = n == 1 ? b : n == 2 ? (b & 0x1Fu) : n == 3 ? (b & 0x0Fu) : (b & 0x07u);
    for (std::size_t k = 1; k < n; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    i += n;
    return cp;
}

/// Lower-case ASCII folding of Latin letters with accents; "" for characters that separate words.
std::string foldLetter(std::uint32_t cp) {
    if (cp < 0x80) {
        const char c = static_cast<char>(cp);
        if (c >= 'A' && c <= 'Z') return std::string(1, static_cast<char>(c - 'A' + 'a'));
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return std::string(1, c);
        return {};
    }
    static const char* latin1 = // U+00C0 .. U+00FF, folded
        "aaaaaaaceeeeiiiidnooooo ouuuuyts"
        "aaaaaaaceeeeiiiidnooooo ouuuuyty";
    if (cp >= 0xC0 && cp <= 0xFF) {
        if (cp == 0xC6 || cp == 0xE6) return "ae";
        if (cp == 0xDF) return "ss";
        if (cp == 0xDE || cp == 0xFE) return "th";
        const char c = latin1[cp - 0xC0];
        return c == ' ' ? std::string() : std::string(1, c);
    }
    if (cp >= 0x100 && cp <= 0x17F) { // Latin Extended-A: pairs of upper/lower case
        static const char* extA = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjjjkkk"
                                  "llllllllllnnnnnnnnnoooooooorrrrrrsssssssstttttt"
                                  "uuuuuuuuuuuuwwyyyzzzzzzs";
        const std::size_t idx = cp - 0x100;
        if (cp == 0x152 || cp == 0x153) return "oe";
        if (idx < std::char_traits<char>::length(extA)) return std::string(1, extA[idx]);
        return {};
    }
    return {}; // dashes, quotes, other scripts' punctuation: word separators
}
} // namespace

std::string normaliseName(std::string_view name) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < name.size();) {
        const std::uint32_t cp = nextCodePoint(name, i);
        std::string f = foldLetter(cp);
        if (f.empty() && cp >= 0x180 && !(cp >= 0x2000 && cp <= 0x206F) && cp != 0xA0 &&
            cp != 0x2212) {
            // letters of other scripts are kept as they are
            std::string raw;
            if (cp < 0x800) {
                raw.push_back(static_cast<char>(0xC0 | (cp >> 6)));
                raw.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
            } else if (cp < 0x10000) {
                raw.push_back(static_cast<char>(0xE0 | (cp >> 12)));
                raw.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
                raw.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
            }
            f = raw;
        }
        if (f.empty()) {
            space = !out.empty();
            continue;
        }
        if (space) out.push_back(' ');
        space = false;
        out += f;
    }
    return out;
}

std::string totalWord(std::string_view text) {
    // words that mark a total wherever they stand, and words that do only on their own ("Land",
    // "Bund"; but "Hannover-Land I" is a constituency)
    static const std::unordered_set<std::string> strong{
        "summe",  "total",    "totals",       "totaal",  "totale", "insgesamt",
        "gesamt", "zusammen", "bundesgebiet", "overall", "sum",    "ensemble"};
    static const std::unordered_set<std::string> alone{"land",   "bund",    "deutschland",
                                                       "lander", "germany", "all"};
    const std::string n = normaliseName(text);
    std::vector<std::string> words;
    for (std::size_t b = 0; b < n.size();) {
        std::size_t e = n.find(' ', b);
        if (e == std::string::npos) e = n.size();
        words.push_back(n.substr(b, e - b));
        b = e + 1;
    }
    for (const auto& w : words)
        if (strong.count(w)) return w;
    for (const auto& w : words)
        if (!alone.count(w)) return {};
    return words.empty() ? std::string() : words.front();
}

} // namespace swingmap
