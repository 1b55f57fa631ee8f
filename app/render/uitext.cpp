// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/uitext.h"

#include <QCoreApplication>

#include <atomic>

namespace swingmap::labels {

namespace {
std::atomic<bool> g_translated{false};
} // namespace

QString translate(const char* context, const char* source, const char* comment, int n) {
    if (!g_translated.load()) {
        QString s = QString::fromUtf8(source);
        if (n >= 0) s.replace(QLatin1String("%n"), QString::number(n));
        return s;
    }
    return QCoreApplication::translate(context, source, comment, n);
}

void setTranslated(bool on) {
    g_translated.store(on);
}

bool translated() {
    return g_translated.load();
}

EnglishScope::EnglishScope() : m_was(g_translated.exchange(false)) {}

EnglishScope::~EnglishScope() {
    g_translated.store(m_was);
}

} // namespace swingmap::labels
