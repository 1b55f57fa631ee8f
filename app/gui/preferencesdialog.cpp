// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/preferencesdialog.h"

#include "app/gui/appsettings.h"
#include "app/render/uitext.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTranslator>
#include <QVBoxLayout>

#include <algorithm>

namespace swingmap {

namespace {

const char* const kLanguageKey = "language";

bool shipped(const QString& code) {
    for (const UiLanguage& l : uiLanguages())
        if (l.code == code) return true;
    return false;
}

} // namespace

QList<UiLanguage> uiLanguages() {
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("nl"), QStringLiteral("Nederlands")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString languageSetting() {
    const QString code = appSettings().value(QLatin1String(kLanguageKey)).toString();
    return shipped(code) ? code : QString();
}

void setLanguageSetting(const QString& code) {
    QSettings s = appSettings();
    if (code.isEmpty())
        s.remove(QLatin1String(kLanguageKey));
    else
        s.setValue(QLatin1String(kLanguageKey), code);
}

QString resolveLanguage(const QString& code) {
    if (!code.isEmpty()) return shipped(code) ? code : QStringLiteral("en");
    // The system's preferred UI languages in order ("de-CH", "nl-BE", "en-GB", ...).
    for (const QString& ui : QLocale::system().uiLanguages()) {
        QString lang = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (shipped(lang)) return lang;
    }
    return QStringLiteral("en");
}

QString installTranslators(const QString& code) {
    QString lang = resolveLanguage(code);
    if (lang == QLatin1String("en")) return lang;
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    if (!own->load(QStringLiteral(":/i18n/swingmap_%1.qm").arg(lang))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(app);
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt; // standard dialogs stay English; SwingMap's own texts are translated
    labels::setTranslated(true);
    return lang;
}

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent), m_language(new QComboBox) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    for (const UiLanguage& l : uiLanguages())
        m_language->addItem(l.name, l.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(languageSetting())));
    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Language:"));
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    auto* note = new QLabel(tr("A new language takes effect when SwingMap starts again."));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept() {
    setLanguageSetting(m_language->currentData().toString());
    QDialog::accept();
}

void addPreferencesMenu(QMainWindow* window) {
    QMenu* tools = window->menuBar()->addMenu(PreferencesDialog::tr("&Tools"));
    QAction* prefs = tools->addAction(PreferencesDialog::tr("&Preferences…"));
    prefs->setObjectName(QStringLiteral("preferencesAction"));
    prefs->setMenuRole(QAction::PreferencesRole);
    // QKeySequence::Preferences is empty on Linux and Windows: fall back to Ctrl+,.
    const QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    prefs->setShortcuts(keys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                       : keys);
    QObject::connect(prefs, &QAction::triggered, window, [window] {
        auto* dialog = new PreferencesDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

} // namespace swingmap
