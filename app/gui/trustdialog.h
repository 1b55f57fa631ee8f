// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

#include <functional>

class QPushButton;

namespace swingmap {

/**
 * Shown before a project is read when it reads files outside its own folder (or, with
 * "allow_remote", from the network): the list, "Open anyway" and "Cancel". A project from
 * someone else can name any file the user may read; this is where the user sees which.
 */
class TrustDialog : public QDialog {
    Q_OBJECT
public:
    /// `lines`: one entry per input ("boundaries: /data/x.shp"); `remote`: some are remote.
    TrustDialog(const QString& projectFile, const QStringList& lines, bool remote,
                QWidget* parent = nullptr);

    [[nodiscard]] QPushButton* openButton() const { return m_open; }
    [[nodiscard]] QPushButton* cancelButton() const { return m_cancel; }

private:
    QPushButton* m_open;
    QPushButton* m_cancel;
};

/**
 * Call `proceed` once the user agrees to what `projectFile` reads: at once when the project reads
 * nothing outside its folder (or cannot be parsed: loading then reports why), when the user
 * already agreed to this very list for this file (QSettings "trustedProjects"), or in batch mode;
 * otherwise after "Open anyway" in a window-modal TrustDialog (not blocking: no nested event
 * loop). "Cancel" reads nothing.
 */
void confirmProjectInputs(QWidget* parent, const QString& projectFile,
                          const std::function<void()>& proceed);

/// Remember that the user agrees to what `projectFile` reads now (a project the import wizard
/// just wrote from files the user picked).
void trustProjectInputs(const QString& projectFile);

/// Batch mode (swingmap --screenshot): print the list on stderr and proceed without asking.
void setTrustBatchMode(bool batch);

/// Forget every remembered answer (tests; a "reset" in settings).
void forgetTrustedProjects();

} // namespace swingmap
