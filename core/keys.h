// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace swingmap {

/// Area codes are text: trim, drop inner white space, upper-case ASCII; never parsed as numbers
/// (UK "SW1A 1AA" = "sw1a1aa"; Dutch "1234 AB" = "1234AB"; "007" stays "007").
std::string normaliseKey(std::string_view raw);

/// The boundary keys (normalised) indexed once, for joining every source onto them: a national
/// layer's keys are hashed once, not once per source and check. Views into `areaKeys`, which must
/// outlive the index and stay unchanged.
class KeyIndex {
public:
    explicit KeyIndex(const std::vector<std::string>& areaKeys);
    /// The first area with this key, or -1.
    [[nodiscard]] long find(std::string_view key) const;
    [[nodiscard]] bool contains(std::string_view key) const { return find(key) >= 0; }
    /// The next area after `area` with the same key (duplicated boundary keys), or -1.
    [[nodiscard]] long nextSame(std::size_t area) const { return m_next[area]; }
    [[nodiscard]] const std::vector<std::string>& keys() const { return *m_keys; }

private:
    /// Open addressing (linear probing, at most half full): one probe of a flat array per
    /// lookup at national scale, where a node-based map chased pointers through memory.
    struct Slot {
        long area = -1;   ///< first area with the key; -1 = empty
        uint32_t tag = 0; ///< high bits of the key's hash: most mismatches skip the compare
    };
    const std::vector<std::string>* m_keys;
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::vector<long> m_next;
};

/// Align the rows of a source to the boundary features by normalised key.
/// rowOfArea[i] is the source row of area i, or -1. The first of duplicated rows is used.
struct KeyJoin {
    std::vector<long> rowOfArea;
    SourceJoin report;
};

/// areaKeys must already be normalised. sourceKeys are raw cells; the report lists at most
/// `maxListed` keys per list.
KeyJoin joinOnKeys(const std::vector<std::string>& areaKeys,
                   const std::vector<std::string>& sourceKeys, std::size_t maxListed = 1000);
KeyJoin joinOnKeys(const KeyIndex& areas, const std::vector<std::string>& sourceKeys,
                   std::size_t maxListed = 1000);

/// Duplicated values among already normalised keys.
std::vector<std::string> duplicatedKeys(const std::vector<std::string>& keys);

/// A normalised key with a source's "unpad" (strip leading zeros; "000" -> "0") and then "pad"
/// (left-pad with zeros to `pad` characters; 0 = no) applied.
std::string adjustKey(std::string key, int pad, bool unpad);

/// Keys of a source (normalised and adjusted) that match no area key as they are but would
/// after zero-padding or unpadding: how many, an example and the fix. count == 0 when none.
PaddingHint paddingHint(const std::vector<std::string>& areaKeys,
                        const std::vector<std::string>& sourceKeys);
PaddingHint paddingHint(const KeyIndex& areas, const std::vector<std::string>& sourceKeys);

/// An area name for comparison: lower case, accents and ß folded, dashes, punctuation and runs
/// of white space made one space ("Goslar – Northeim" = "goslar northeim").
std::string normaliseName(std::string_view name);

/// The word of `text` that marks a total row (Summe, Total, Insgesamt, Bund, Land, …), or "".
std::string totalWord(std::string_view text);

} // namespace swingmap
