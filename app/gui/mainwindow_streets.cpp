// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: files dropped on the window (projects, streets layers) and the lists export.
#include "app/gui/exporter.h"
#include "app/gui/mainwindow.h"
#include "app/gui/mapcanvas.h"
#include "app/gui/projectsession.h"
#include "app/gui/streetsdialog.h"
#include "app/gui/trustdialog.h"
#include "app/shared/projectfile.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>

#include <memory>

namespace swingmap {

namespace {

/// The one local file a drag carries, or "".
QString droppedFile(const QMimeData* mime) {
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1) return {};
    const QUrl url = mime->urls().front();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

/// A .json that is a SwingMap project (not GeoJSON).
bool isProjectFile(const QString& file) {
    if (!file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) return false;
    const auto doc = projectfile::readDocument(file);
    return doc && doc->is_object() && (doc->contains("elections") || doc->contains("boundaries"));
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* e) {
    const QString file = droppedFile(e->mimeData());
    if (!file.isEmpty() &&
        (file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || isVectorFile(file)))
        e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* e) {
    const QString file = droppedFile(e->mimeData());
    if (file.isEmpty()) return;
    e->acceptProposedAction();
    openDroppedFile(file);
}

void MainWindow::tell(const QString& text, const QString& name) {
    statusBar()->showMessage(text, 10000);
    if (!isVisible()) return;
    auto* box =
        new QMessageBox(QMessageBox::Information, tr("SwingMap"), text, QMessageBox::Ok, this);
    box->setObjectName(name);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not blocking: no nested event loop
}

void MainWindow::openDroppedFile(const QString& file) {
    if (isProjectFile(file)) {
        openProjectFile(file);
        return;
    }
    const QString shown = QFileInfo(file).fileName();
    if (!isVectorFile(file)) {
        tell(tr("%1 is neither a SwingMap project (.json) nor a layer of streets (GeoPackage, "
                "Shapefile, GeoJSON, OpenStreetMap, FlatGeobuf …).")
                 .arg(shown),
             QStringLiteral("dropRefused"));
        return;
    }
    if (!m_loaded || m_session->filePath().isEmpty()) {
        tell(tr("Open a project first, then drop %1 on it to add its streets.").arg(shown),
             QStringLiteral("dropRefused"));
        return;
    }
    if (isBusy()) {
        tell(tr("Busy: wait for the current job or cancel it."), QStringLiteral("dropRefused"));
        return;
    }
    auto info = inspectStreetFile(file);
    if (!info) {
        tell(QString::fromStdString(info.error()), QStringLiteral("dropRefused"));
        return;
    }
    if (info->polygons && info->layers.size() == 1) {
        tell(tr("%1 holds areas (polygons), not streets: drop a layer of lines, such as an "
                "OpenStreetMap extract (.osm.pbf) or a GeoPackage of streets.")
                 .arg(shown),
             QStringLiteral("dropPolygons"));
        return;
    }
    auto* dialog = new StreetsDialog(std::move(*info), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_session->setStreets(dialog->choice())) return;
        statusBar()->showMessage(tr("Adding the streets: running the project again…"), 8000);
        // The user picked this file: once saved, opening the project does not ask about it.
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_session, &ProjectSession::saved, this, [once](const QString& saved) {
            trustProjectInputs(saved);
            QObject::disconnect(*once);
        });
    });
    dialog->open();
}

void MainWindow::exportLists() {
    if (!m_loaded || !m_analysis) return;
    const QString f = exportListsInteractive(this, exportInput(*m_loaded, *m_analysis, *canvas()));
    if (!f.isEmpty()) statusBar()->showMessage(tr("Saved the lists in %1").arg(f), 8000);
}

} // namespace swingmap
