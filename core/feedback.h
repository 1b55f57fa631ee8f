// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <string>

namespace swingmap {

struct PolygonLayer;

/// Progress and cancellation for long work (as QgsFeedback): workers poll isCancelled() and
/// report progress; the GUI implements it thread-safely, the CLI prints or ignores it.
class Feedback {
public:
    virtual ~Feedback() = default;
    [[nodiscard]] bool isCancelled() const { return m_cancelled.load(); }
    void cancel() { m_cancelled = true; }
    /// fraction in [0, 1] of the whole job, and the phase in plain words
    virtual void setProgress(double /*fraction*/, const std::string& /*phase*/) {}
    /// The boundaries are read, before the tables: a GUI may draw them at once (called in the
    /// worker; `geometry` is valid during the call only).
    virtual void boundariesRead(const PolygonLayer& /*geometry*/, bool /*geographic*/) {}

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace swingmap
