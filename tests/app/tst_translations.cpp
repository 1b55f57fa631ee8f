// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's languages: every committed .ts (resources/translations) is complete and keeps the
// placeholders and accelerators; lupdate over app/ finds no text the .ts files lack; the German
// .qm loads; the main window comes up in German and Dutch with German/Dutch map labels.
#include "app/gui/importwizard.h"
#include "app/gui/mainwindow.h"
#include "app/gui/mapcanvas.h"
#include "app/gui/mapview.h"
#include "app/gui/preferencesdialog.h"
#include "app/gui/startpage.h"
#include "app/render/palette.h"
#include "app/render/uitext.h"
#include "tests/common/process_run.h"

#include <QComboBox>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include <map>
#include <set>

using namespace swingmap;

namespace {

struct Message {
    QString context, source;
    bool numerus = false;
    QString type;             ///< the translation's type attribute ("unfinished", ...)
    QStringList translations; ///< one, or the numerus forms
};

/// All messages of a .ts file; `error` says why it could not be read.
std::vector<Message> readTs(const QString& path, QString* error) {
    std::vector<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context,
                        {},
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                        {},
                        {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.translations << xml.readElementText();
            } else {
                m.translations << xml.readElementText();
            }
            out.push_back(m);
        }
    }
    if (xml.hasError()) *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return out;
}

QString tsFile(const QString& lang) {
    return QStringLiteral(TS_DIR "/swingmap_%1.ts").arg(lang);
}

/// %1..%9 and %n, sorted (each as often as it occurs).
QStringList placeholders(const QString& s) {
    QStringList out;
    static const QRegularExpression re(QStringLiteral("%[1-9n]"));
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured();
    out.sort();
    return out;
}

/// The accelerator letter of a menu or label text ("&File" → 'f'), or a null QChar.
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

/// Whether a text has an accelerator: "&" before a letter, not "&&" nor an entity ("&amp;").
bool hasAccelerator(const QString& s) {
    static const QRegularExpression entity(QStringLiteral("&[a-z]+;|&#[0-9]+;"));
    return !accelerator(QString(s).remove(entity)).isNull();
}

/// Within each menu, and across the menu bar, no letter is the accelerator twice.
bool acceleratorsUnique(QMainWindow& w) {
    std::map<QChar, QString> bar;
    for (QAction* m : w.menuBar()->actions()) {
        const QChar b = accelerator(m->text());
        if (b.isNull() || bar.count(b)) {
            qWarning("menu bar: %s", qPrintable(m->text()));
            return false;
        }
        bar[b] = m->text();
        std::map<QChar, QString> seen;
        for (QAction* a : m->menu()->actions()) {
            const QChar c = accelerator(a->text());
            if (c.isNull()) continue;
            if (seen.count(c)) {
                qWarning("%s: %s / %s", qPrintable(m->text()), qPrintable(a->text()),
                         qPrintable(seen[c]));
                return false;
            }
            seen[c] = a->text();
        }
    }
    return true;
}

/// Replaces the installed translators by those of `lang`.
QString useLanguage(const QString& lang) {
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    labels::setTranslated(false);
    return installTranslators(lang);
}

const QStringList kLanguages{QStringLiteral("de"), QStringLiteral("nl"), QStringLiteral("fr")};

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
    void upToDate();
    void germanQmLoads();
    void mainWindowInGerman();
    void menuAccelerators_data();
    void menuAccelerators();
    void dutchDemo();
    void cleanupTestCase();

private:
    void grabWizard(const QTemporaryDir& dir, const QString& lang);
};

void TestTranslations::complete_data() {
    QTest::addColumn<QString>("lang");
    for (const QString& l : kLanguages)
        QTest::newRow(qPrintable(l)) << l;
}

void TestTranslations::complete() {
    QFETCH(QString, lang);
    QString error;
    const auto messages = readTs(tsFile(lang), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 300);
    QStringList problems;
    for (const Message& m : messages) {
        const QString where = m.context + QStringLiteral(" \"") + m.source + QLatin1Char('"');
        if (!m.type.isEmpty()) problems << QStringLiteral("%1 is %2").arg(where, m.type);
        if (m.translations.isEmpty()) problems << where + QStringLiteral(": no translation");
        for (const QString& t : m.translations) {
            if (t.trimmed().isEmpty()) problems << where + QStringLiteral(": empty translation");
            if (placeholders(t) != placeholders(m.source))
                problems << QStringLiteral("%1: placeholders %2 in \"%3\"")
                                .arg(where, placeholders(t).join(QLatin1Char(' ')), t);
            if (hasAccelerator(t) != hasAccelerator(m.source))
                problems << QStringLiteral("%1: accelerator differs in \"%2\"").arg(where, t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::upToDate() {
    const QString lupdate = QStringLiteral(LUPDATE_EXECUTABLE);
    if (!QFileInfo::exists(lupdate)) QSKIP("lupdate is not installed: cannot collect the texts");
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("swingmap_de.ts"));
    const auto run = test::run(lupdate, {QStringLiteral(PROJECT_DIR "/app"), QStringLiteral("-I"),
                                         QStringLiteral(PROJECT_DIR), QStringLiteral("-extensions"),
                                         QStringLiteral("cpp,h"), QStringLiteral("-locations"),
                                         QStringLiteral("none"), QStringLiteral("-ts"), fresh});
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    QString error;
    const auto found = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(found.size() > 300, qPrintable(run.out + run.err)); // it did read the sources
    for (const QString& lang : kLanguages) {
        std::set<std::pair<QString, QString>> done;
        for (const Message& m : readTs(tsFile(lang), &error))
            if (m.type.isEmpty()) done.insert({m.context, m.source});
        QStringList missing;
        for (const Message& m : found)
            if (!done.count({m.context, m.source}))
                missing << m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("swingmap_%1.ts lacks %2 text(s) found in app/ (run "
                                           "the lupdate command of docs/translations.md, then "
                                           "translate):\n")
                                .arg(lang)
                                .arg(missing.size()) +
                            missing.join(QLatin1Char('\n'))));
    }
}

void TestTranslations::germanQmLoads() {
    for (const QString& lang : kLanguages)
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/swingmap_%1.qm").arg(lang)),
                 qPrintable(lang));
    QTranslator t;
    QVERIFY(t.load(QStringLiteral(":/i18n/swingmap_de.qm")));
    QCOMPARE(t.translate("swingmap::MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(t.translate("Legend", "too few households to show"),
             QStringLiteral("zu wenige Haushalte zum Anzeigen"));
    QCOMPARE(resolveLanguage(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(resolveLanguage(QStringLiteral("xx")), QStringLiteral("en"));
}

void TestTranslations::mainWindowInGerman() {
    QCOMPARE(installTranslators(QStringLiteral("de")), QStringLiteral("de"));
    MainWindow w;
    w.show();
    const QList<QAction*> menus = w.menuBar()->actions();
    QVERIFY(menus.size() >= 3);
    QCOMPARE(menus.first()->text(), QStringLiteral("&Datei"));
    QCOMPARE(w.startPage()->demoButton()->text(), QStringLiteral("Demo öffnen"));
    QVERIFY(acceleratorsUnique(w));
    // Map labels follow the language on screen; a briefing (EnglishScope) stays English.
    QCOMPARE(suppressedLabel(), QStringLiteral("zu wenige Haushalte zum Anzeigen"));
    {
        const labels::EnglishScope english;
        QCOMPARE(suppressedLabel(), QStringLiteral("too few households to show"));
    }
    QCOMPARE(suppressedLabel(), QStringLiteral("zu wenige Haushalte zum Anzeigen"));
    // The Preferences dialog offers the four languages and "System default".
    PreferencesDialog prefs;
    QCOMPARE(prefs.windowTitle(), QStringLiteral("Einstellungen"));
    QCOMPARE(prefs.languageBox()->count(), 5);
    QVERIFY(prefs.languageBox()->findText(QStringLiteral("Nederlands")) >= 0);
    prefs.show();
    QVERIFY(prefs.grab().save(QStringLiteral(SCREENSHOT_DIR "/translations-preferences-de.png")));
    QVERIFY(w.grab().save(QStringLiteral(SCREENSHOT_DIR "/translations-start-de.png")));
}

void TestTranslations::menuAccelerators_data() {
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << QStringLiteral("en");
    for (const QString& l : kLanguages)
        QTest::newRow(qPrintable(l)) << l;
}

void TestTranslations::menuAccelerators() {
    QFETCH(QString, lang);
    QCOMPARE(useLanguage(lang), lang);
    MainWindow w;
    QVERIFY(acceleratorsUnique(w));
}

void TestTranslations::dutchDemo() {
    QCOMPARE(useLanguage(QStringLiteral("nl")), QStringLiteral("nl"));
    QTemporaryDir dir;
    MainWindow w;
    w.setDemoDirectory(dir.path());
    w.resize(1400, 900);
    w.show();
    QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Bestand"));
    QSignalSpy shown(&w, &MainWindow::analysisShown);
    QSignalSpy failed(&w, &MainWindow::jobFailed);
    QTest::mouseClick(w.startPage()->demoButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1 || failed.count() == 1, 120000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QComboBox* show = w.mapView()->showCombo();
    const int i = show->findData(QStringLiteral("share_change"));
    QVERIFY(i >= 0);
    QCOMPARE(show->itemText(i), QStringLiteral("Verschuiving in aandeel"));
    QVERIFY2(w.canvas()->legend().title.startsWith(QStringLiteral("Verschuiving in aandeel")),
             qPrintable(w.canvas()->legend().title));
    QStringList entries;
    for (const auto& e : w.canvas()->legend().entries)
        entries << e.label;
    QVERIFY2(entries.contains(QStringLiteral("geen gegevens")) ||
                 entries.contains(QStringLiteral("te weinig huishoudens om te tonen")),
             qPrintable(entries.join(QStringLiteral(" | "))));
    QTest::qWait(300);
    QVERIFY(w.grab().save(QStringLiteral(SCREENSHOT_DIR "/translations-demo-nl.png")));
    // The import wizard on the demo's files in each language, every page grabbed for a look.
    for (const QString& lang : kLanguages) {
        QCOMPARE(useLanguage(lang), lang);
        grabWizard(dir, lang);
    }
}

void TestTranslations::grabWizard(const QTemporaryDir& dir, const QString& lang) {
    ImportWizard wizard;
    wizard.show();
    QVERIFY2(wizard.setBoundaryFile(dir.filePath(QStringLiteral("districts.gpkg"))),
             qPrintable(wizard.lastError()));
    QVERIFY2(wizard.addElectionFile(dir.filePath(QStringLiteral("election_2019.csv")),
                                    QStringLiteral("2019")),
             qPrintable(wizard.lastError()));
    QVERIFY(wizard.addElectionFile(dir.filePath(QStringLiteral("election_2024.csv")),
                                   QStringLiteral("2024")));
    if (lang == QLatin1String("nl"))
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Nieuw project uit bestanden"));
    for (int page = 0; page < 5; ++page) {
        QTest::qWait(100);
        QVERIFY(wizard.grab().save(QStringLiteral(SCREENSHOT_DIR "/translations-wizard-%1-%2.png")
                                       .arg(lang)
                                       .arg(page + 1)));
        wizard.next();
    }
}

void TestTranslations::cleanupTestCase() {
    labels::setTranslated(false);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
