// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/desktop.h"

#include "app/gui/appsettings.h"
#include "app/shared/version.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>

#include <functional>

namespace swingmap {

namespace {

const char* const kRecentKey = "recent/projects";
const char* const kGeometryKey = "window/geometry";
const char* const kStateKey = "window/state";
constexpr int kMaxRecent = 8;
constexpr int kLayoutVersion = 1; ///< bump when the docks change so old layouts are not applied

} // namespace

QStringList recentProjects() {
    QStringList out;
    for (const QString& f : appSettings().value(QLatin1String(kRecentKey)).toStringList())
        if (QFileInfo::exists(f) && !out.contains(f)) out << f;
    return out.mid(0, kMaxRecent);
}

void addRecentProject(const QString& file) {
    const QString path = QFileInfo(file).absoluteFilePath();
    QStringList list = appSettings().value(QLatin1String(kRecentKey)).toStringList();
    list.removeAll(path);
    list.prepend(path);
    appSettings().setValue(QLatin1String(kRecentKey), list.mid(0, kMaxRecent));
}

void fillRecentMenu(QMenu* menu, QWidget* owner, const std::function<void(const QString&)>& open) {
    menu->clear();
    const QStringList files = recentProjects();
    if (files.isEmpty()) {
        menu->addAction(QCoreApplication::translate("Desktop", "No recent projects"))
            ->setEnabled(false);
        return;
    }
    int i = 0;
    for (const QString& f : files) {
        QAction* a =
            menu->addAction(QStringLiteral("&%1 %2").arg(++i).arg(QFileInfo(f).fileName()));
        a->setToolTip(f);
        a->setStatusTip(f);
        QObject::connect(a, &QAction::triggered, owner, [open, f] { open(f); });
    }
    menu->addSeparator();
    QAction* clear = menu->addAction(QCoreApplication::translate("Desktop", "&Clear the list"));
    QObject::connect(clear, &QAction::triggered, owner,
                     [] { appSettings().remove(QLatin1String(kRecentKey)); });
}

void saveWindowLayout(const QMainWindow& window, bool withDocks) {
    QSettings s = appSettings();
    s.setValue(QLatin1String(kGeometryKey), window.saveGeometry());
    if (withDocks) s.setValue(QLatin1String(kStateKey), window.saveState(kLayoutVersion));
}

bool restoreWindowGeometry(QMainWindow& window) {
    const QByteArray geometry = appSettings().value(QLatin1String(kGeometryKey)).toByteArray();
    return !geometry.isEmpty() && window.restoreGeometry(geometry);
}

bool restoreDockLayout(QMainWindow& window) {
    const QByteArray state = appSettings().value(QLatin1String(kStateKey)).toByteArray();
    return !state.isEmpty() && window.restoreState(state, kLayoutVersion);
}

void showAbout(QWidget* parent, const std::vector<std::string>& attribution) {
    QString sources;
    for (const std::string& line : attribution)
        sources += QStringLiteral("<li>%1</li>").arg(QString::fromStdString(line).toHtmlEscaped());
    QString versions =
        QString::fromStdString(programVersionText("SwingMap", SWINGMAP_VERSION)).toHtmlEscaped();
    QString text =
        QStringLiteral("<h3>SwingMap %1</h3><p>%2</p><p>%3</p>")
            .arg(QStringLiteral(SWINGMAP_VERSION),
                 QCoreApplication::translate(
                     "Desktop",
                     "Where support moved between two elections, why, and which streets to "
                     "canvass: on your own computer, from aggregate data only."),
                 QCoreApplication::translate(
                     "Desktop",
                     "Free software under the GNU General Public License, version 3 or later."));
    text += QStringLiteral("<p><small>%1</small></p>")
                .arg(versions.replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    text += QStringLiteral("<p><b>%1</b></p>")
                .arg(QCoreApplication::translate("Desktop", "Data sources and licences"));
    text += sources.isEmpty()
                ? QStringLiteral("<p>%1</p>")
                      .arg(QCoreApplication::translate("Desktop", "No project is open."))
                : QStringLiteral("<ul>%1</ul>").arg(sources);
    text += QStringLiteral("<p><small>%1</small></p>")
                .arg(QCoreApplication::translate(
                    "Desktop",
                    "Street maps © OpenStreetMap contributors, ODbL, where a project uses "
                    "them. Colour schemes from ColorBrewer by Cynthia Brewer (Apache 2.0)."));
    auto* box = new QMessageBox(QMessageBox::NoIcon,
                                QCoreApplication::translate("Desktop", "About SwingMap"), text,
                                QMessageBox::Ok, parent);
    box->setTextFormat(Qt::RichText);
    box->setIconPixmap(QIcon(QStringLiteral(":/swingmap.svg")).pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->open();
}

} // namespace swingmap
