// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/trustdialog.h"

#include "core/projectpaths.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <cstdio>

namespace swingmap {

namespace {
bool g_batch = false;

const QString kGroup = QStringLiteral("trustedProjects");

QString settingsKey(const QString& projectFile) {
    return kGroup + "/" +
           QString::fromLatin1(
               QCryptographicHash::hash(projectFile.toUtf8(), QCryptographicHash::Sha256).toHex());
}

/// What the user agreed to: the list itself, so that a project edited to read other files asks
/// again.
QString fingerprint(const QStringList& lines) {
    return QString::fromLatin1(
        QCryptographicHash::hash(lines.join('\n').toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

TrustDialog::TrustDialog(const QString& projectFile, const QStringList& lines, bool remote,
                         QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("trustDialog"));
    setWindowTitle(tr("Open this project?"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel((remote ? tr("<b>%1</b> reads files outside its folder or from the network:")
                           : tr("<b>%1</b> reads files outside its folder:"))
                       .arg(QFileInfo(projectFile).fileName().toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* list = new QListWidget;
    list->setObjectName(QStringLiteral("trustList"));
    list->addItems(lines);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(list, 1);
    auto* note = new QLabel(tr("Open it only if you know where the project comes from: it can name "
                               "any file you may read. SwingMap only reads them; nothing is "
                               "run, changed or sent. Your answer is remembered for this project "
                               "file until the list changes."));
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox;
    m_open = buttons->addButton(tr("Open anyway"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Enter cancels: opening has to be chosen
    m_open->setAutoDefault(false);
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    resize(640, 320);
}

/// The lines the dialog lists for `inputs`; `remote` is set when some are remote.
static QStringList confirmationLines(const std::vector<InputFile>& inputs, bool& remote) {
    QStringList lines;
    remote = false;
    for (const auto& in : inputs) {
        QString line = QString::fromStdString(in.role + ": " + redactPath(in.path));
        if (in.kind == InputFile::Kind::File && !in.file.empty() &&
            QFileInfo(QString::fromStdString(in.path)).absoluteFilePath() !=
                QString::fromStdString(in.file))
            line += QStringLiteral(" → ") + QString::fromStdString(in.file);
        lines << line;
        remote = remote || in.kind == InputFile::Kind::Remote;
    }
    return lines;
}

void confirmProjectInputs(QWidget* parent, const QString& projectFile,
                          const std::function<void()>& proceed) {
    auto project = loadProject(projectFile.toStdString());
    if (!project) { // loading says what is wrong with it
        proceed();
        return;
    }
    const auto inputs = inputsToConfirm(*project);
    if (inputs.empty()) {
        proceed();
        return;
    }
    bool remote = false;
    const QStringList lines = confirmationLines(inputs, remote);
    if (g_batch) {
        std::fprintf(stderr, "swingmap: %s", confirmationText(inputs).c_str());
        proceed();
        return;
    }
    const QString key = settingsKey(projectFile), print = fingerprint(lines);
    if (QSettings().value(key).toString() == print) {
        proceed();
        return;
    }
    auto* dialog = new TrustDialog(projectFile, lines, remote, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, dialog, [key, print, proceed] {
        QSettings().setValue(key, print);
        proceed();
    });
    dialog->open();
}

void trustProjectInputs(const QString& projectFile) {
    auto project = loadProject(projectFile.toStdString());
    if (!project) return;
    bool remote = false;
    const QStringList lines = confirmationLines(inputsToConfirm(*project), remote);
    if (!lines.isEmpty()) QSettings().setValue(settingsKey(projectFile), fingerprint(lines));
}

void setTrustBatchMode(bool batch) {
    g_batch = batch;
}

void forgetTrustedProjects() {
    QSettings().remove(kGroup);
}

} // namespace swingmap
