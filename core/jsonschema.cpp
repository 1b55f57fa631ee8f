// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonschema.h"

#include <nlohmann/json.hpp>

namespace swingmap {

namespace {
using nlohmann::json;

std::string typeName(const json& v) {
    if (v.is_number_integer() || v.is_number_unsigned()) return "integer";
    if (v.is_number()) return "number";
    return v.type_name(); // object, array, string, boolean, null
}

bool hasType(const json& v, const std::string& t) {
    if (t == "number") return v.is_number();
    if (t == "integer") return v.is_number_integer() || v.is_number_unsigned();
    return typeName(v) == t;
}

std::optional<std::string> check(const json& v, const json& s, const std::string& path);

std::optional<std::string> checkType(const json& v, const json& s, const std::string& path) {
    if (!s.contains("type")) return std::nullopt;
    const json& t = s["type"];
    bool ok = false;
    if (t.is_array()) {
        for (const auto& one : t)
            ok = ok || hasType(v, one.get<std::string>());
    } else {
        ok = hasType(v, t.get<std::string>());
    }
    if (ok) return std::nullopt;
    return path + ": expected " + (t.is_array() ? t.dump() : t.get<std::string>()) + ", found " +
           typeName(v);
}

std::optional<std::string> checkObject(const json& v, const json& s, const std::string& path) {
    if (s.contains("required")) {
        for (const auto& r : s["required"])
            if (!v.contains(r.get<std::string>()))
                return path + ": the required key \"" + r.get<std::string>() + "\" is missing";
    }
    const json props = s.value("properties", json::object());
    for (auto it = v.begin(); it != v.end(); ++it) {
        const std::string sub = path + "." + it.key();
        if (props.contains(it.key())) {
            if (auto e = check(it.value(), props[it.key()], sub)) return e;
        } else if (s.contains("additionalProperties")) {
            const json& ap = s["additionalProperties"];
            if (ap.is_boolean() && !ap.get<bool>())
                return sub + ": unknown key (allowed: " + props.dump() + ")";
            if (ap.is_object())
                if (auto e = check(it.value(), ap, sub)) return e;
        }
    }
    return std::nullopt;
}

std::optional<std::string> checkArray(const json& v, const json& s, const std::string& path) {
    if (s.contains("minItems") && v.size() < s["minItems"].get<std::size_t>())
        return path + ": needs at least " + std::to_string(s["minItems"].get<std::size_t>()) +
               " entries, found " + std::to_string(v.size());
    if (!s.contains("items")) return std::nullopt;
    for (std::size_t i = 0; i < v.size(); ++i)
        if (auto e = check(v[i], s["items"], path + "[" + std::to_string(i) + "]")) return e;
    return std::nullopt;
}

std::optional<std::string> checkScalar(const json& v, const json& s, const std::string& path) {
    if (s.contains("enum")) {
        bool found = false;
        for (const auto& e : s["enum"])
            found = found || e == v;
        if (!found) return path + ": " + v.dump() + " is not one of " + s["enum"].dump();
    }
    if (v.is_string() && s.contains("minLength") &&
        v.get<std::string>().size() < s["minLength"].get<std::size_t>())
        return path + ": must not be empty";
    if (v.is_number() && s.contains("minimum") && v.get<double>() < s["minimum"].get<double>())
        return path + ": must be at least " + s["minimum"].dump();
    if (v.is_number() && s.contains("maximum") && v.get<double>() > s["maximum"].get<double>())
        return path + ": must be at most " + s["maximum"].dump();
    return std::nullopt;
}

/// True when every key of the object `v` is a property the alternative `alt` names.
bool namesEveryKey(const json& v, const json& alt) {
    if (!v.is_object() || !alt.contains("properties")) return false;
    for (auto it = v.begin(); it != v.end(); ++it)
        if (!alt["properties"].contains(it.key())) return false;
    return true;
}

/// oneOf: exactly one alternative must match; the message of the alternative of the value's own
/// type whose properties name every key of the object (else of the value's own type, else the
/// first) says what is wrong.
std::optional<std::string> checkOneOf(const json& v, const json& s, const std::string& path) {
    if (!s.contains("oneOf")) return std::nullopt;
    std::size_t matches = 0;
    std::optional<std::string> firstError, sameTypeError, sameKeysError;
    for (const auto& alt : s["oneOf"]) {
        auto e = check(v, alt, path);
        if (!e) {
            ++matches;
            continue;
        }
        if (!firstError) firstError = e;
        if (checkType(v, alt, path)) continue;
        if (!sameTypeError) sameTypeError = e;
        if (!sameKeysError && namesEveryKey(v, alt)) sameKeysError = e;
    }
    if (matches == 1) return std::nullopt;
    if (matches > 1) return path + ": matches more than one of the allowed forms";
    return sameKeysError ? sameKeysError : sameTypeError ? sameTypeError : firstError;
}

std::optional<std::string> check(const json& v, const json& s, const std::string& path) {
    if (auto e = checkOneOf(v, s, path)) return e;
    if (auto e = checkType(v, s, path)) return e;
    if (v.is_object()) return checkObject(v, s, path);
    if (v.is_array()) return checkArray(v, s, path);
    return checkScalar(v, s, path);
}
} // namespace

std::optional<std::string> validateJson(const json& value, const json& schema) {
    return check(value, schema, "$");
}

} // namespace swingmap
