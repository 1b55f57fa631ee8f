// SPDX-License-Identifier: GPL-3.0-or-later
// Every action of the desktop app is reachable from the keyboard, in English, German, Dutch and
// French (the .qm translators installed as the app does): every entry of the menu bar, walked
// recursively, has an accelerator ("&") or a shortcut; no accelerator is used twice within one
// menu (nor twice on the menu bar); no key sequence is the shortcut of two window-wide actions;
// every dock widget can be shown from the View menu (its toggle, or an entry named like it).
// Other engineers add actions and docks: this test walks whatever the window has.
#include "app/gui/mainwindow.h"
#include "app/gui/preferencesdialog.h"
#include "app/render/uitext.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QWidgetAction>
#include <QtTest>

#include <map>

using namespace swingmap;

namespace {

/// The accelerator letter of a menu text ("&File" → 'f'; "&&" is a literal "&"), or a null QChar.
QChar accelerator(const QString& s) {
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        if (s[i] != QLatin1Char('&')) continue;
        if (s[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (s[i + 1].isLetterOrNumber()) return s[i + 1].toLower();
    }
    return {};
}

/// The text without accelerators ("&Data table" → "Data table").
QString plain(QString s) {
    s.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    s.remove(QLatin1Char('&'));
    s.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return s;
}

/// Replaces the installed translators by those of `lang` ("en": none).
QString useLanguage(const QString& lang) {
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    labels::setTranslated(false);
    return lang == QLatin1String("en") ? lang : installTranslators(lang);
}

/// One entry of a menu: the path of menu titles leading to it, its menu, the action.
struct Entry {
    QString path;
    QMenu* menu = nullptr;
    QAction* action = nullptr;
};

/// Every entry of `menu` and its submenus (a submenu is an entry of its parent too).
void walk(QMenu* menu, const QString& path, std::vector<Entry>& out) {
    for (QAction* a : menu->actions()) {
        if (a->isSeparator() || qobject_cast<QWidgetAction*>(a)) continue;
        out.push_back({path, menu, a});
        if (a->menu()) walk(a->menu(), path + QStringLiteral(" › ") + plain(a->text()), out);
    }
}

std::vector<Entry> menuEntries(QMainWindow& w) {
    std::vector<Entry> out;
    for (QAction* m : w.menuBar()->actions())
        if (m->menu()) walk(m->menu(), plain(m->text()), out);
    return out;
}

} // namespace

class TestGuiKeyboard : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + "/config").toUtf8());
        qputenv("XDG_DATA_HOME", (m_home.path() + "/data").toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("SwingMapTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_keyboard"));
    }
    void cleanupTestCase() { useLanguage(QStringLiteral("en")); }

    void languages_data() {
        QTest::addColumn<QString>("lang");
        for (const char* l : {"en", "de", "nl", "fr"})
            QTest::newRow(l) << QString::fromLatin1(l);
    }

    /// Every menu entry has an accelerator or a shortcut; no accelerator twice in a menu.
    void menuEntriesReachable_data() { languages_data(); }
    void menuEntriesReachable() {
        QFETCH(QString, lang);
        QCOMPARE(useLanguage(lang), lang);
        MainWindow w;
        QStringList problems;
        std::map<QChar, QString> bar;
        for (QAction* m : w.menuBar()->actions()) {
            const QChar c = accelerator(m->text());
            if (c.isNull())
                problems << QStringLiteral("menu bar: \"%1\" has no accelerator").arg(m->text());
            else if (bar.count(c))
                problems << QStringLiteral("menu bar: \"%1\" and \"%2\" share &%3")
                                .arg(m->text(), bar[c], c);
            else
                bar[c] = m->text();
        }
        std::map<QMenu*, std::map<QChar, QString>> seen;
        const auto entries = menuEntries(w);
        QVERIFY(entries.size() > 15);
        for (const auto& [path, menu, a] : entries) {
            const QChar c = accelerator(a->text());
            if (c.isNull() && a->shortcuts().isEmpty()) {
                problems << QStringLiteral("%1 › \"%2\": no accelerator and no shortcut")
                                .arg(path, a->text());
                continue;
            }
            if (c.isNull()) continue;
            auto& letters = seen[menu];
            if (letters.count(c))
                problems << QStringLiteral("%1: \"%2\" and \"%3\" share &%4")
                                .arg(path, a->text(), letters[c], c);
            else
                letters[c] = a->text();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    /// No key sequence triggers two window-wide actions.
    void shortcutsUnique_data() { languages_data(); }
    void shortcutsUnique() {
        QFETCH(QString, lang);
        QCOMPARE(useLanguage(lang), lang);
        MainWindow w;
        std::map<QString, QString> owner; // key sequence (portable text) → action
        QStringList problems;
        int shortcuts = 0;
        for (QAction* a : w.findChildren<QAction*>()) {
            if (a->shortcutContext() == Qt::WidgetShortcut ||
                a->shortcutContext() == Qt::WidgetWithChildrenShortcut)
                continue; // only while its widget has the focus
            for (const QKeySequence& k : a->shortcuts()) {
                if (k.isEmpty()) continue;
                ++shortcuts;
                const QString key = k.toString(QKeySequence::PortableText);
                const QString name = plain(a->text());
                if (owner.count(key) && owner[key] != name)
                    problems << QStringLiteral("%1: \"%2\" and \"%3\"").arg(key, name, owner[key]);
                owner[key] = name;
            }
        }
        QVERIFY(shortcuts > 8);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    /// Every dock widget can be shown from the View menu.
    void docksInViewMenu_data() { languages_data(); }
    void docksInViewMenu() {
        QFETCH(QString, lang);
        QCOMPARE(useLanguage(lang), lang);
        MainWindow w;
        QMenu* view = nullptr;
        const QString viewTitle = QCoreApplication::translate("swingmap::MainWindow", "&View");
        for (QAction* m : w.menuBar()->actions())
            if (m->menu() && m->text() == viewTitle) view = m->menu();
        QVERIFY2(view, qPrintable(viewTitle));
        std::vector<Entry> entries;
        walk(view, QString(), entries);
        const auto docks = w.findChildren<QDockWidget*>();
        QVERIFY(docks.size() >= 4);
        QStringList missing;
        for (QDockWidget* d : docks) {
            bool found = false;
            for (const auto& e : entries)
                found = found || e.action == d->toggleViewAction() ||
                        plain(e.action->text()) == d->windowTitle();
            if (!found) missing << d->windowTitle();
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in the View menu: ") +
                                               missing.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestGuiKeyboard)
#include "tst_gui_keyboard.moc"
