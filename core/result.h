// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace swingmap {

/// A user-facing error: one sentence saying what went wrong and what to do.
struct Error {
    std::string message;
};

/// Value-or-error, the way core and gis report failure (no exceptions across layers).
template <typename T> class Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error e) : m_v(std::move(e)) {}
    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] T& value() { return std::get<T>(m_v); }
    [[nodiscard]] const T& value() const { return std::get<T>(m_v); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    [[nodiscard]] const std::string& error() const { return std::get<Error>(m_v).message; }
    [[nodiscard]] Error takeError() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

/// Result of an operation without a value.
struct Ok {};
using Status = Result<Ok>;

inline Error fail(std::string msg) {
    return Error{std::move(msg)};
}

} // namespace swingmap
