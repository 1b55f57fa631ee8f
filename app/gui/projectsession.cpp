// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/projectsession.h"

#include "app/gui/appsettings.h"
#include "app/gui/jobrunner.h"
#include "app/gui/mapcanvas.h"
#include "app/gui/mapview.h"
#include "app/gui/modelpanel.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLockFile>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace swingmap {

namespace pf = projectfile;

namespace {

const char* const kIntervalKey = "autosave/interval_seconds";

QString absolute(const QString& file) {
    return QFileInfo(file).absoluteFilePath();
}

/// The project's title for questions: its "title", else its file name.
QString displayName(const pf::Document& doc, const QString& file) {
    if (doc.is_object() && doc.contains("title") && doc["title"].is_string()) {
        QString t = QString::fromStdString(doc["title"].get<std::string>());
        if (!t.isEmpty()) return t;
    }
    return QFileInfo(file).fileName();
}

std::unique_ptr<QLockFile> tryLock(const QString& autosave) {
    if (!autosave.endsWith(QLatin1String(".json"))) return nullptr;
    auto lock = std::make_unique<QLockFile>(autosave.chopped(5) + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // stale only when its process is gone, never by age
    if (!lock->tryLock(0)) return nullptr;
    return lock;
}

} // namespace

ProjectSession::ProjectSession(QMainWindow* window, JobRunner* runner, ModelPanel* panel,
                               MapView* map)
    : QObject(window), m_window(window), m_runner(runner), m_map(map), m_timer(new QTimer(this)) {
    connect(panel, &ModelPanel::fitRequested, this, &ProjectSession::setAnalysis);
    connect(map->showCombo(), &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0) setMapShown(m_map->showCombo()->itemData(i).toString());
    });
    connect(map->canvas(), &MapCanvas::mapChanged, this, [this] {
        const pf::Document style = classStyleToJson(m_map->canvas()->classStyle());
        if (m_doc.is_null() || style == pf::viewValue(m_doc, "classes")) return;
        pf::setViewValue(m_doc, "classes", style);
        edited();
    });
    watchViewToggle(map->labelsAction(), "labels");
    watchViewToggle(map->northArrowAction(), "north_arrow");
    connect(m_timer, &QTimer::timeout, this, &ProjectSession::autosaveNow);
    connect(runner, &JobRunner::failed, this, [this] { m_reloading.reset(); });
    window->installEventFilter(this);
    const int seconds = autosaveInterval();
    if (seconds > 0) m_timer->start(seconds * 1000);
}

ProjectSession::~ProjectSession() = default;

bool ProjectSession::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && event->type() == QEvent::Close && !mayClose()) {
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

int ProjectSession::autosaveInterval() {
    return std::max(0, appSettings().value(QLatin1String(kIntervalKey), 60).toInt());
}

void ProjectSession::setAutosaveInterval(int seconds) {
    appSettings().setValue(QLatin1String(kIntervalKey), std::max(0, seconds));
}

void ProjectSession::setInteractive(bool on) {
    m_interactive = on;
    if (!on) m_timer->stop();
}

QString ProjectSession::autosaveFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/autosave");
}

QString ProjectSession::autosaveFileFor(const QString& projectFile) {
    const QByteArray hash =
        QCryptographicHash::hash(absolute(projectFile).toUtf8(), QCryptographicHash::Sha256);
    return autosaveFolder() + QLatin1Char('/') + QString::fromLatin1(hash.toHex().left(16)) +
           QStringLiteral(".json");
}

QString ProjectSession::autosaveFile() const {
    return m_file.isEmpty() ? QString() : autosaveFileFor(m_file);
}

bool ProjectSession::isDirty() const {
    return !m_doc.is_null() && m_doc != m_saved;
}

void ProjectSession::message(const QString& text) {
    m_window->statusBar()->showMessage(text, 8000);
}

// --- edits ----------------------------------------------------------------------------------

void ProjectSession::setAnalysis(const AnalysisSettings& settings) {
    if (m_doc.is_null()) return;
    pf::Document doc = m_doc;
    if (auto st = pf::applyAnalysis(doc, settings, m_file); !st) {
        message(tr("These settings cannot be saved: %1").arg(QString::fromStdString(st.error())));
        return;
    }
    m_doc = std::move(doc);
    edited();
}

void ProjectSession::setMapShown(const QString& id) {
    if (m_doc.is_null() || id == pf::mapShown(m_doc)) return;
    pf::setMapShown(m_doc, id);
    edited();
}

bool ProjectSession::setStreets(const StreetsChoice& c) {
    if (m_doc.is_null() || m_file.isEmpty()) {
        message(tr("Open a project (saved as a file) before adding streets."));
        return false;
    }
    pf::Document doc = m_doc;
    pf::Document streets = pf::Document::object();
    const QDir folder = QFileInfo(m_file).absoluteDir();
    streets["path"] =
        QDir::fromNativeSeparators(folder.relativeFilePath(absolute(c.path))).toStdString();
    if (!c.layer.isEmpty()) streets["layer"] = c.layer.toStdString();
    streets["name"] = c.nameField.toStdString();
    if (!c.classField.isEmpty()) streets["class"] = c.classField.toStdString();
    if (!c.classes.isEmpty()) {
        pf::Document list = pf::Document::array();
        for (const QString& k : c.classes)
            list.push_back(k.toStdString());
        streets["classes"] = list;
    }
    doc["streets"] = streets;
    const QByteArray bytes = pf::documentBytes(doc);
    if (auto st = pf::validate(bytes, m_file); !st) {
        message(tr("These streets cannot be used: %1").arg(QString::fromStdString(st.error())));
        return false;
    }
    if (!m_runner->loadText(m_file, bytes)) {
        message(tr("Busy: wait for the current job or cancel it."));
        return false;
    }
    m_reloading = std::move(doc);
    return true;
}

void ProjectSession::watchViewToggle(QAction* action, const char* key) {
    connect(action, &QAction::toggled, this, [this, key](bool on) {
        const pf::Document value = on ? pf::Document(true) : pf::Document(nullptr); // off: absent
        if (m_doc.is_null() || value == pf::viewValue(m_doc, key)) return;
        pf::setViewValue(m_doc, key, value);
        // Back to the saved state (an undo): the saved key order too, the document being ordered.
        const bool savedView = m_saved.is_object() && m_saved.contains("view");
        if (m_doc.contains("view") && m_doc["view"].is_object()) {
            pf::Document& v = m_doc["view"];
            if (!savedView && v.empty()) {
                m_doc.erase("view");
            } else if (savedView && m_saved["view"].is_object() &&
                       v.size() == m_saved["view"].size()) {
                const pf::Document& was = m_saved["view"];
                bool same = true;
                for (const auto& kv : v.items())
                    same = same && was.contains(kv.key()) && was[kv.key()] == kv.value();
                if (same) v = was;
            }
        }
        edited();
    });
}

void ProjectSession::edited() {
    const bool dirty = isDirty();
    m_window->setWindowModified(dirty);
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        emit dirtyChanged(dirty);
    }
}

// --- opening and recovery -------------------------------------------------------------------

std::optional<ProjectSession::Autosave> ProjectSession::readAutosave(const QString& file) {
    auto doc = pf::readDocument(file);
    if (!doc || !doc->is_object() || !doc->contains("swingmap_autosave") ||
        !doc->contains("original") || !(*doc)["original"].is_string() ||
        !doc->contains("project") || !(*doc)["project"].is_object())
        return std::nullopt;
    Autosave a;
    a.file = file;
    a.original = QString::fromStdString((*doc)["original"].get<std::string>());
    if (doc->contains("autosaved") && (*doc)["autosaved"].is_string())
        a.when = QDateTime::fromString(
            QString::fromStdString((*doc)["autosaved"].get<std::string>()), Qt::ISODate);
    if (!a.when.isValid()) a.when = QFileInfo(file).lastModified();
    a.project = (*doc)["project"];
    return a;
}

bool ProjectSession::offerRecovery(const Autosave& a, std::unique_ptr<QLockFile> lock) {
    const QString name = displayName(a.project, a.original);
    QMessageBox box(
        QMessageBox::Warning, tr("Recover unsaved changes"),
        tr("SwingMap closed unexpectedly; recover the unsaved changes to “%1”?").arg(name),
        QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("recoveryDialog"));
    QString info =
        tr("Autosaved %1.").arg(QLocale().toString(a.when.toLocalTime(), QLocale::ShortFormat)) +
        QLatin1Char('\n') + tr("Project file: %1").arg(QDir::toNativeSeparators(a.original));
    const QFileInfo original(a.original);
    if (!original.exists())
        info += QLatin1Char(' ') + tr("The project file itself is gone; saving recreates it.");
    else if (original.lastModified() > a.when)
        info += QLatin1Char(' ') + tr("The project file has changed since.");
    box.setInformativeText(info + QStringLiteral("\n\n") +
                           tr("Recover opens the changes, not yet saved. Discard deletes them."));
    QPushButton* recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() != recover) {
        QFile::remove(a.file);
        return false; // the lock goes with `lock`
    }
    const QByteArray bytes = pf::documentBytes(a.project);
    if (auto st = pf::validate(bytes, a.original); !st) {
        QMessageBox::warning(m_window, tr("Recover unsaved changes"),
                             tr("The autosaved project cannot be opened: %1")
                                 .arg(QString::fromStdString(st.error())));
        return false; // kept: the user may still want it (it is a JSON file in the folder)
    }
    if (!m_runner->loadText(absolute(a.original), bytes)) {
        message(tr("Busy: wait for the current job or cancel it."));
        return false;
    }
    m_recovering = a;
    m_recoverLock = std::move(lock);
    return true;
}

bool ProjectSession::prepareOpen(const QString& file) {
    if (isDirty() && m_interactive && !mayClose()) return false;
    if (!m_interactive) return true;
    const QString autosave = autosaveFileFor(file);
    if (!QFileInfo::exists(autosave)) return true;
    auto lock = tryLock(autosave);
    if (!lock) return true; // a live SwingMap (maybe this one) has it open
    const auto a = readAutosave(autosave);
    if (!a) return true;
    return !offerRecovery(*a, std::move(lock));
}

bool ProjectSession::offerRecoveryAtStart() {
    if (!m_interactive) return false;
    QDir dir(autosaveFolder());
    const QStringList files =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Time); // newest first
    for (const QString& f : files) {
        auto lock = tryLock(dir.filePath(f));
        if (!lock) continue;
        const auto a = readAutosave(dir.filePath(f));
        if (a && offerRecovery(*a, std::move(lock))) return true;
    }
    return false;
}

void ProjectSession::adopt(const Project& project) {
    const QString file = QString::fromStdString(project.file);
    if (file.isEmpty()) { // data shown without a project file (tests): nothing to save
        removeAutosave();
        m_file.clear();
        m_doc = m_saved = m_autosaved = pf::Document();
        m_lock.reset();
        edited();
        return;
    }
    const bool recovered = m_recovering && absolute(m_recovering->original) == file;
    const bool reloaded = m_reloading && m_file == file;
    if (!m_file.isEmpty() && m_file != file) removeAutosave(); // the user saved or discarded
    m_file = file;
    auto onDisk = pf::readDocument(file);
    m_saved = onDisk ? *onDisk : pf::Document();
    m_savedBytes.clear();
    if (onDisk) {
        QFile in(file);
        if (in.open(QIODevice::ReadOnly)) m_savedBytes = in.readAll();
    }
    if (recovered) {
        m_doc = m_recovering->project;
        m_autosaved = m_doc;
        m_lock = std::move(m_recoverLock);
    } else if (reloaded) { // an edit run again (setStreets): still unsaved
        m_doc = *m_reloading;
        lockAutosave();
    } else {
        m_doc = m_saved;
        m_autosaved = pf::Document();
        lockAutosave();
    }
    m_recovering.reset();
    m_recoverLock.reset();
    m_reloading.reset();
    m_map->canvas()->setClassStyle(classStyleFromJson(pf::viewValue(m_doc, "classes")));
    // not user edits: setChecked pushes no undo command
    m_map->labelsAction()->setChecked(pf::viewValue(m_doc, "labels") == pf::Document(true));
    m_map->northArrowAction()->setChecked(pf::viewValue(m_doc, "north_arrow") ==
                                          pf::Document(true));
    const QString map = pf::mapShown(m_doc);
    if (!map.isEmpty()) m_map->setVariable(map);
    edited();
}

void ProjectSession::setViewEntry(const char* key, const pf::Document& value) {
    if (m_doc.is_null() || value == pf::viewValue(m_doc, key)) return;
    pf::setViewValue(m_doc, key, value);
    edited();
}

void ProjectSession::lockAutosave() {
    if (m_file.isEmpty() || !m_interactive) return; // no autosave, nothing to lock
    if (m_lock && m_lock->fileName() == autosaveFile().chopped(5) + QStringLiteral(".lock")) return;
    m_lock.reset();
    QDir().mkpath(autosaveFolder());
    m_lock = tryLock(autosaveFile());
    if (!m_lock && m_interactive)
        message(tr("This project is open in another SwingMap window: autosave is off here."));
}

// --- saving ---------------------------------------------------------------------------------

bool ProjectSession::writeProject(const QString& file, const pf::Document& doc) {
    // A save with no edits writes the file's own bytes again (its layout untouched).
    const QByteArray bytes = file == m_file && doc == m_saved && !m_savedBytes.isEmpty()
                                 ? m_savedBytes
                                 : pf::documentBytes(doc);
    if (auto st = pf::saveProjectBytes(bytes, file); !st) {
        const QString why = QString::fromStdString(st.error());
        message(why);
        if (m_interactive) QMessageBox::warning(m_window, tr("Not saved"), why);
        return false;
    }
    m_savedBytes = bytes;
    return true;
}

bool ProjectSession::save() {
    if (m_doc.is_null()) return false;
    if (m_file.isEmpty()) return saveAs();
    if (!writeProject(m_file, m_doc)) return false;
    m_saved = m_doc;
    removeAutosave();
    edited();
    message(tr("Saved %1").arg(QDir::toNativeSeparators(m_file)));
    emit saved(m_file);
    return true;
}

bool ProjectSession::saveAs() {
    if (m_doc.is_null()) return false;
    QString file = QFileDialog::getSaveFileName(m_window, tr("Save the project as"), m_file,
                                                tr("SwingMap project (*.json)"));
    if (file.isEmpty()) return false;
    if (QFileInfo(file).suffix().isEmpty()) file += QStringLiteral(".json");
    return saveAs(file);
}

bool ProjectSession::saveAs(const QString& target) {
    if (m_doc.is_null()) return false;
    const QString file = absolute(target);
    if (file == m_file) return save();
    pf::Document doc = m_doc;
    pf::rebasePaths(doc, m_file, file);
    if (!writeProject(file, doc)) return false;
    removeAutosave();
    m_lock.reset();
    m_file = file;
    m_doc = m_saved = doc;
    m_autosaved = pf::Document();
    lockAutosave();
    edited();
    message(tr("Saved %1").arg(QDir::toNativeSeparators(m_file)));
    emit saved(m_file);
    return true;
}

bool ProjectSession::mayClose() {
    if (isDirty() && m_interactive) {
        QMessageBox box(
            QMessageBox::Question, tr("Unsaved changes"),
            tr("Save the changes to “%1” before closing it?").arg(displayName(m_doc, m_file)),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
        box.setObjectName(QStringLiteral("saveChangesDialog"));
        box.setDefaultButton(QMessageBox::Save);
        const int answer = box.exec();
        if (answer == QMessageBox::Cancel) return false;
        if (answer == QMessageBox::Save && !save()) return false;
    }
    removeAutosave(); // a clean close
    return true;
}

bool ProjectSession::autosaveNow() {
    if (!m_interactive || m_file.isEmpty() || m_doc.is_null()) return false;
    if (!isDirty()) {
        removeAutosave();
        return false;
    }
    if (m_doc == m_autosaved) return false;
    if (!m_lock) lockAutosave();
    if (!m_lock) return false;
    if (!pf::validate(pf::documentBytes(m_doc), m_file)) return false;
    pf::Document wrap = pf::Document::object();
    wrap["swingmap_autosave"] = 1;
    wrap["original"] = m_file.toStdString();
    wrap["autosaved"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    wrap["project"] = m_doc;
    if (auto st = pf::writeAtomically(autosaveFile(), pf::documentBytes(wrap)); !st) {
        message(tr("Autosave failed: %1").arg(QString::fromStdString(st.error())));
        return false;
    }
    m_autosaved = m_doc;
    return true;
}

void ProjectSession::removeAutosave() {
    if (m_file.isEmpty()) return;
    QFile::remove(autosaveFile());
    m_autosaved = pf::Document();
}

} // namespace swingmap
