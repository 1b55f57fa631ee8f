// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/jobrunner.h"

#include "app/shared/demo.h"
#include "core/project.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace swingmap {

namespace {

/// The loader's and the job's phase names (gis/, app/shared/) in the user's language.
QString phaseText(const std::string& phase) {
    [[maybe_unused]] static const char* const kPhases[] = {
        QT_TRANSLATE_NOOP("Progress", "Reading boundaries"),
        QT_TRANSLATE_NOOP("Progress", "Reading census tables"),
        QT_TRANSLATE_NOOP("Progress", "Finding neighbours and fitting the model"),
        QT_TRANSLATE_NOOP("Progress", "Clipping the streets to the areas"),
        QT_TRANSLATE_NOOP("Progress", "Writing the synthetic demo"),
        QT_TRANSLATE_NOOP("Progress", "Reading the project file"),
        QT_TRANSLATE_NOOP("Progress", "Reading the recovered project"),
        QT_TRANSLATE_NOOP("Progress", "Fitting the model"),
        QT_TRANSLATE_NOOP("Progress", "Done")};
    const std::string election = "Reading election ";
    if (phase.rfind(election, 0) == 0)
        return QCoreApplication::translate("Progress", "Reading election %1")
            .arg(QString::fromStdString(phase.substr(election.size())));
    return QCoreApplication::translate("Progress", phase.c_str());
}

} // namespace

void GuiFeedback::setProgress(double fraction, const std::string& phase) {
    emit progressed(static_cast<int>(std::lround(100 * fraction)), phaseText(phase));
}

void GuiFeedback::boundariesRead(const PolygonLayer& geometry, bool geographic) {
    emit boundariesReady(std::make_shared<const PolygonLayer>(geometry), geographic);
    if (!isCancelled()) m_previewDone.tryAcquire(1, 1000);
}

JobRunner::JobRunner(QObject* parent) : QObject(parent) {
    qRegisterMetaType<LoadedPtr>();
    qRegisterMetaType<AnalysisPtr>();
    qRegisterMetaType<GeometryPtr>();
    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, &JobRunner::onLoadFinished);
    connect(&m_fitWatcher, &QFutureWatcherBase::finished, this, &JobRunner::onFitFinished);
}

JobRunner::~JobRunner() {
    cancel();
    // A watcher that never got a future would wait forever: only wait for running work.
    if (m_loadWatcher.isRunning()) m_loadWatcher.waitForFinished();
    if (m_fitWatcher.isRunning()) m_fitWatcher.waitForFinished();
}

std::shared_ptr<GuiFeedback> JobRunner::startFeedback() {
    m_feedback = std::make_shared<GuiFeedback>();
    connect(m_feedback.get(), &GuiFeedback::progressed, this, &JobRunner::progressed);
    const std::weak_ptr<GuiFeedback> weak = m_feedback;
    connect(m_feedback.get(), &GuiFeedback::boundariesReady, this,
            [this, weak](const GeometryPtr& geometry, bool geographic) {
                const std::shared_ptr<GuiFeedback> current = weak.lock();
                if (!current) return; // its job is over
                if (m_feedback == current && m_busy)
                    emit boundariesRead(geometry, geographic); // not a cancelled job's
                current->previewDone();
            });
    setBusy(true);
    return m_feedback;
}

bool JobRunner::load(const QString& projectFile, const QString& makeDemoIn) {
    if (m_busy) return false;
    auto feedback = startFeedback();
    const std::string file = projectFile.toStdString(), demoDir = makeDemoIn.toStdString();
    m_loadWatcher.setFuture(QtConcurrent::run([file, demoDir, feedback]() -> LoadOutcome {
        if (!demoDir.empty() && !QFileInfo::exists(QString::fromStdString(file))) {
            feedback->setProgress(0.02, "Writing the synthetic demo");
            if (auto st = makeDemo(demoDir); !st)
                return {nullptr, QString::fromStdString(st.error())};
        }
        feedback->setProgress(0.05, "Reading the project file");
        auto project = loadProject(file);
        if (!project) return {nullptr, QString::fromStdString(project.error())};
        auto job = runJob(*project, *feedback);
        if (!job) return {nullptr, QString::fromStdString(job.error())};
        return {std::make_shared<const JobResult>(std::move(*job)), {}};
    }));
    return true;
}

bool JobRunner::loadText(const QString& projectFile, const QByteArray& text) {
    if (m_busy) return false;
    auto feedback = startFeedback();
    const std::string file = projectFile.toStdString(), body = text.toStdString();
    m_loadWatcher.setFuture(QtConcurrent::run([file, body, feedback]() -> LoadOutcome {
        feedback->setProgress(0.05, "Reading the recovered project");
        auto project = parseProject(body, file);
        if (!project) return {nullptr, QString::fromStdString(project.error())};
        auto job = runJob(*project, *feedback);
        if (!job) return {nullptr, QString::fromStdString(job.error())};
        return {std::make_shared<const JobResult>(std::move(*job)), {}};
    }));
    return true;
}

bool JobRunner::fit(const LoadedPtr& loaded, const AnalysisSettings& settings) {
    if (m_busy || !loaded) return false;
    auto feedback = startFeedback();
    m_fitWatcher.setFuture(QtConcurrent::run([loaded, settings, feedback]() -> FitOutcome {
        feedback->setProgress(0.1, "Fitting the model");
        auto a = refit(*loaded, settings);
        if (!a) return {nullptr, QString::fromStdString(a.error())};
        feedback->setProgress(1.0, "Done");
        return {std::make_shared<const Analysis>(std::move(*a)), {}};
    }));
    return true;
}

void JobRunner::cancel() {
    if (m_feedback) m_feedback->cancel();
}

void JobRunner::setBusy(bool busy) {
    if (busy == m_busy) return;
    m_busy = busy;
    emit busyChanged(busy);
}

void JobRunner::onLoadFinished() {
    const bool cancelled = m_feedback && m_feedback->isCancelled();
    LoadOutcome out = m_loadWatcher.future().takeResult();
    setBusy(false);
    if (cancelled)
        emit failed(tr("Cancelled."));
    else if (out.result)
        emit loaded(out.result);
    else
        emit failed(out.error);
}

void JobRunner::onFitFinished() {
    const bool cancelled = m_feedback && m_feedback->isCancelled();
    FitOutcome out = m_fitWatcher.future().takeResult();
    setBusy(false);
    if (cancelled)
        emit failed(tr("Cancelled."));
    else if (out.analysis)
        emit fitted(out.analysis);
    else
        emit failed(out.error);
}

} // namespace swingmap
