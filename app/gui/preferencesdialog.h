// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QComboBox;
class QMainWindow;

namespace swingmap {

/// A language SwingMap ships: its code ("de") and its name in itself ("Deutsch").
struct UiLanguage {
    QString code;
    QString name;
};

/// English, German, Dutch and French (resources/translations/swingmap_<code>.ts).
QList<UiLanguage> uiLanguages();

/// The language chosen in Preferences (QSettings "language"); empty = follow the system.
QString languageSetting();
void setLanguageSetting(const QString& code);

/// The shipped language for `code` ("" = the system's UI languages), "en" when none fits.
QString resolveLanguage(const QString& code);

/**
 * Installs SwingMap's translator (":/i18n/swingmap_<lang>.qm") and Qt's own (qtbase_<lang>.qm
 * from QLibraryInfo::TranslationsPath, for the standard dialogs) on the application, and turns
 * on translated map labels (app/render/uitext.h). Returns the language installed ("en" installs
 * nothing). Call once, before building windows.
 */
QString installTranslators(const QString& code);

/// Edit › Preferences: the language (takes effect at the next start).
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    QComboBox* languageBox() const { return m_language; }

    void accept() override;

private:
    QComboBox* m_language;
};

/// Adds "Tools › Preferences…" (QKeySequence::Preferences, else Ctrl+,) to `window`'s menu bar.
void addPreferencesMenu(QMainWindow* window);

} // namespace swingmap
