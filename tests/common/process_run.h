// SPDX-License-Identifier: GPL-3.0-or-later
// Run a program (swingmap-cli, ogrinfo, ...) to completion and keep its exit code and output.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace swingmap::test {

struct Run {
    int code = -1; ///< exit code; -1 when the program crashed or could not start
    QString out, err;
};

inline Run run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace swingmap::test
