// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace swingmap::labels {

/**
 * Fixed texts the renderer draws or names (legend labels and titles, map names, class names) in
 * the user's language. Off by default: the CLI, the PDF briefing and the tests get English. The
 * desktop app turns it on after installing its translator (app/gui/main.cpp); writePdf() turns
 * it off while it draws, so a briefing stays in one language with its English prose.
 * Named `translate` so lupdate collects the calls (context, source[, comment, n]).
 */
QString translate(const char* context, const char* source, const char* comment = nullptr,
                  int n = -1);

void setTranslated(bool on);
bool translated();

/// English labels while it lives (restores the previous setting).
class EnglishScope {
public:
    EnglishScope();
    ~EnglishScope();
    EnglishScope(const EnglishScope&) = delete;
    EnglishScope& operator=(const EnglishScope&) = delete;

private:
    bool m_was;
};

} // namespace swingmap::labels
