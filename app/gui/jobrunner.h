// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/shared/job.h"
#include "core/feedback.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace swingmap {

/// A loaded project, shared read-only between the window, the canvas and worker threads.
using LoadedPtr = std::shared_ptr<const JobResult>;
using AnalysisPtr = std::shared_ptr<const Analysis>;

/// Feedback whose progress reaches the UI thread as a queued signal; cancel() comes from the UI.
class GuiFeedback : public QObject, public Feedback {
    Q_OBJECT
public:
    void setProgress(double fraction, const std::string& phase) override;
signals:
    void progressed(int percent, const QString& phase);
};

/**
 * Runs loading and refitting off the UI thread (QtConcurrent::run + QFutureWatcher). Inputs are
 * captured by value; results come back by value through signals. One job at a time.
 */
class JobRunner : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    /// Load and analyse a project file; when `makeDemoIn` is set and the file is missing, first
    /// write the synthetic demo there.
    bool load(const QString& projectFile, const QString& makeDemoIn = {});
    /// Load and analyse project `text` as if it were the file `projectFile` (its relative paths
    /// resolve against that folder): a recovered autosave.
    bool loadText(const QString& projectFile, const QByteArray& text);
    /// Refit the model with new settings on already-loaded data.
    bool fit(const LoadedPtr& loaded, const AnalysisSettings& settings);
    void cancel();
    [[nodiscard]] bool busy() const { return m_busy; }

signals:
    void loaded(swingmap::LoadedPtr result);
    void fitted(swingmap::AnalysisPtr analysis);
    void failed(const QString& message);
    void progressed(int percent, const QString& phase);
    void busyChanged(bool busy);

private:
    struct LoadOutcome {
        LoadedPtr result;
        QString error;
    };
    struct FitOutcome {
        AnalysisPtr analysis;
        QString error;
    };
    std::shared_ptr<GuiFeedback> startFeedback();
    void setBusy(bool busy);
    void onLoadFinished();
    void onFitFinished();

    QFutureWatcher<LoadOutcome> m_loadWatcher;
    QFutureWatcher<FitOutcome> m_fitWatcher;
    std::shared_ptr<GuiFeedback> m_feedback;
    bool m_busy = false;
};

} // namespace swingmap

Q_DECLARE_METATYPE(swingmap::LoadedPtr)
Q_DECLARE_METATYPE(swingmap::AnalysisPtr)
