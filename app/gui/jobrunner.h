// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/shared/job.h"
#include "core/feedback.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>
#include <QSemaphore>
#include <QString>

#include <memory>
#include <optional>

namespace swingmap {

/// A loaded project, shared read-only between the window, the canvas and worker threads.
using LoadedPtr = std::shared_ptr<const JobResult>;
using AnalysisPtr = std::shared_ptr<const Analysis>;
/// Boundaries read ahead of the rest of a load (JobRunner::boundariesRead).
using GeometryPtr = std::shared_ptr<const PolygonLayer>;

/// Feedback whose progress reaches the UI thread as a queued signal; cancel() comes from the UI.
class GuiFeedback : public QObject, public Feedback {
    Q_OBJECT
public:
    void setProgress(double fraction, const std::string& phase) override;
    /// A copy of the boundaries, handed to the UI thread; the job waits (a second at most)
    /// until the UI has drawn them, so the first map gets every core.
    void boundariesRead(const PolygonLayer& geometry, bool geographic) override;
    /// The UI is done with the boundaries: the job goes on.
    void previewDone() { m_previewDone.release(); }
signals:
    void progressed(int percent, const QString& phase);
    void boundariesReady(swingmap::GeometryPtr geometry, bool geographic);

private:
    QSemaphore m_previewDone;
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
    /// The boundaries of the project being loaded, read before its tables: the map can show
    /// them while the rest loads (the full result follows through loaded()). The job waits
    /// while the receivers run (draw the map with repaint() there, not update()).
    void boundariesRead(swingmap::GeometryPtr geometry, bool geographic);
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
Q_DECLARE_METATYPE(swingmap::GeometryPtr)
