// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Saving a project file back: the user's own JSON (unknown keys kept, keys in their order) with
// only what the GUI edits replaced, written atomically. QtCore + core only.
//
// Atomic: QSaveFile writes a temporary file in the project's folder, flushes and fsyncs it and
// renames it over the project (on Linux an unnamed O_TMPFILE inode, linked in as
// "<name>.XXXXXX" and renamed at commit). Its direct-write fallback stays off, so a folder where
// no temporary file can be made is an error, never a half-written project. A process killed
// mid-save leaves the old file or the new one, and at most a stale "<name>.XXXXXX" that the next
// save removes. The folder is fsynced after the rename so the new name survives a power cut.
//
// Settings (QSettings, INI/native format on Linux) are atomic too: QSettings::sync() writes
// through QSaveFile with its direct-write fallback off unless setAtomicSyncRequired(false) is
// called (qsettings.cpp, QConfFileSettingsPrivate::syncConfFile), under a QLockFile
// "<file>.lock" against concurrent writers. SwingMap never turns that off.
//
// Relative paths after Save As: rewritten relative to the new folder (so a project saved next to
// its data stays movable with it); a path that cannot be expressed relatively (another drive on
// Windows) becomes absolute. Absolute paths, PG: strings, URLs and /vsi… paths stay as written,
// except the archive of /vsizip/, /vsitar/, /vsigzip/ when it is relative.

#include "core/analysis.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

namespace swingmap::projectfile {

/// A project file's JSON, keys in the order written.
using Document = nlohmann::ordered_json;

/// Parse a project file's text (not validated: see validate()).
Result<Document> parseDocument(const QByteArray& text, const QString& file);
/// Read and parse a project file.
Result<Document> readDocument(const QString& file);

/// The bytes a document is saved as: UTF-8 JSON indented by 2 spaces, ending in a newline.
QByteArray documentBytes(const Document& doc);

/// Whether `text` is a project SwingMap opens when it lives at `file` (schema and every check of
/// core's parseProject, with relative paths resolved against `file`'s folder).
Status validate(const QByteArray& text, const QString& file);

/// Write `bytes` to `file` atomically (see above); removes stale temporary files first.
Status writeAtomically(const QString& file, const QByteArray& bytes);

/// Save a document as project `file`: refused (nothing written) unless it validates there.
Status saveDocument(const Document& doc, const QString& file);
/// Save already-serialised project text (validated the same way).
Status saveProjectBytes(const QByteArray& bytes, const QString& file);

/// QSaveFile temporary files of `file` ("<name>.XXXXXX", six ASCII letters) left by a killed
/// save. Words people name copies with ("backup", "Backup", "BACKUP", "before", "latest" …) are
/// not taken for them; any other six letters are, whatever their case ("TKRLSA", "Abcdef").
QStringList staleTempFiles(const QString& file);
/// Remove them; returns how many were removed.
int removeStaleTempFiles(const QString& file);

/**
 * Write `settings` into the document's "analysis" (and "privacy" for the privacy rule): only keys
 * whose value differs from what the document says now are written (or removed when the new value
 * is the default and the key is optional), so untouched keys keep their spelling. `file` is
 * where the document lives (paths are resolved against it to parse it). Fails, leaving `doc`
 * unchanged, when the document does not parse or the result would not read back as `settings`.
 */
Status applyAnalysis(Document& doc, const AnalysisSettings& settings, const QString& file);

/// "view.map": the map the GUI shows ("" when not set).
QString mapShown(const Document& doc);
void setMapShown(Document& doc, const QString& id);
/// "view.<key>" (null when not set); setting null removes it.
Document viewValue(const Document& doc, const char* key);
void setViewValue(Document& doc, const char* key, const Document& value);

/// Rewrite the sources' relative paths, written for a project at `fromFile`, for one at `toFile`.
void rebasePaths(Document& doc, const QString& fromFile, const QString& toFile);

} // namespace swingmap::projectfile
