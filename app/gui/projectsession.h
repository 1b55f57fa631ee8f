// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/shared/projectfile.h"
#include "core/project.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QAction;
class QLockFile;
class QMainWindow;
class QTimer;

namespace swingmap {

class JobRunner;
class MapView;
class ModelPanel;

/// The streets layer chosen for a project (its "streets" object, docs/schema.md).
struct StreetsChoice {
    QString path;  ///< absolute; written relative to the project's folder
    QString layer; ///< "" = the only layer (or "lines" for OSM)
    QString nameField = QStringLiteral("name");
    QString classField = QStringLiteral("highway"); ///< "" = none
    QStringList classes;                            ///< keep only these; empty = every class
};

/**
 * The open project as a document: what the GUI edits (the model's settings when Fit is pressed,
 * the map shown) applied to the user's own JSON, File › Save / Save As (atomic, through
 * app/shared/projectfile), the window's modified mark, the question on close or when another
 * project opens, autosave and recovery after a crash.
 *
 * Autosave: every `autosave/interval_seconds` (QSettings, default 60; 0 = off) a dirty project is
 * written to <AppDataLocation>/autosave/<hash of its path>.json as {"swingmap_autosave": 1,
 * "original": path, "autosaved": UTC time, "project": {…}}; a save or a clean close deletes it.
 * While a project is open its autosave is locked (QLockFile "<hash>.lock"), so a second SwingMap
 * does not take a live session's autosave for a crash; a killed process leaves a stale lock.
 */
class ProjectSession : public QObject {
    Q_OBJECT
public:
    ProjectSession(QMainWindow* window, JobRunner* runner, ModelPanel* panel, MapView* map);
    /// Not a clean close (that is mayClose()): an autosave stays for recovery.
    ~ProjectSession() override;

    /// Before opening `file`: ask to save a dirty project, then offer recovery of `file`'s
    /// autosave. True: the caller loads `file`. False: cancelled, or the recovered version is
    /// being loaded instead.
    bool prepareOpen(const QString& file);
    /// At start: offer each autosave left by a crashed SwingMap, newest first. True when one is
    /// being recovered (loaded).
    bool offerRecoveryAtStart();
    /// The runner loaded `project`: it becomes the open document (the recovered one when it was
    /// a recovery); the map it names is selected.
    void adopt(const Project& project);

    /// Set the project's "streets" (replacing any) and run the project again with it, unsaved:
    /// the window shows it modified and Save writes it. False (with a message) when the project
    /// has no file, the result would not open, or a job is running.
    bool setStreets(const StreetsChoice& choice);

    /// Set the document's "view.<key>" (null removes it): an edit when it changes (the Layers
    /// panel's view.layers).
    void setViewEntry(const char* key, const projectfile::Document& value);

    /// File › Save (Save As… when the project has no file); false when not saved.
    bool save();
    /// File › Save As…: ask for a file.
    bool saveAs();
    /// Save As `file`: relative paths are rewritten for its folder.
    bool saveAs(const QString& file);
    /// Close: ask to save a dirty project; then the autosave is deleted. False = cancelled.
    bool mayClose();

    [[nodiscard]] bool isDirty() const;
    [[nodiscard]] QString filePath() const { return m_file; }
    [[nodiscard]] const projectfile::Document& document() const { return m_doc; }

    /// Questions (save? recover?) and autosave are off for --screenshot runs.
    void setInteractive(bool on);
    /// Write the autosave now when the project is dirty; true when one was written.
    bool autosaveNow();
    /// Seconds between autosaves (QSettings autosave/interval_seconds, default 60).
    [[nodiscard]] static int autosaveInterval();
    /// Store the interval in the settings (windows opened afterwards use it); 0 = off.
    static void setAutosaveInterval(int seconds);
    [[nodiscard]] QString autosaveFile() const;
    static QString autosaveFileFor(const QString& projectFile);
    static QString autosaveFolder();

protected:
    /// The window's close event: mayClose() decides.
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void dirtyChanged(bool dirty);
    void saved(const QString& file);

private:
    struct Autosave {
        QString file;     ///< the autosave itself
        QString original; ///< the project it belongs to
        QDateTime when;
        projectfile::Document project;
    };
    static std::optional<Autosave> readAutosave(const QString& file);
    /// Ask Recover / Discard for `a` (whose lock is held); Recover starts loading it.
    bool offerRecovery(const Autosave& a, std::unique_ptr<QLockFile> lock);
    void setAnalysis(const AnalysisSettings& settings);
    void setMapShown(const QString& id);
    void edited();
    /// Keep the project's "view.<key>" (true, absent when off) as `action` is checked.
    void watchViewToggle(QAction* action, const char* key);
    bool writeProject(const QString& file, const projectfile::Document& doc);
    void removeAutosave();
    void lockAutosave();
    void message(const QString& text);

    QMainWindow* m_window;
    JobRunner* m_runner;
    MapView* m_map;
    QTimer* m_timer;
    bool m_interactive = true;
    QString m_file;                       ///< the open project ("" = none)
    projectfile::Document m_doc;          ///< what the user has now
    projectfile::Document m_saved;        ///< what the file holds (null = no file)
    QByteArray m_savedBytes;              ///< its bytes, written again by a save with no edits
    projectfile::Document m_autosaved;    ///< last autosaved document
    std::unique_ptr<QLockFile> m_lock;    ///< the open project's autosave lock
    std::optional<Autosave> m_recovering; ///< loading this instead of its original
    std::unique_ptr<QLockFile> m_recoverLock;
    std::optional<projectfile::Document> m_reloading; ///< an edit being run (setStreets)
    bool m_lastDirty = false;
};

} // namespace swingmap
