// Classroom ▸ Lockstep compare: 2-4 runs (seeds, step counts, guidance, samplers or prompts) side by
// side, driven by ONE step scrubber with play/pause and a speed, so a class watches the runs become
// pictures together. Every frame shown is a stored step frame (the TimelineLibrary's): scrubbing
// and playing never compute anything and never touch the generation worker.
//
// Runs of different lengths line up by the fraction of the schedule (lockstep_alignment.h): the
// scrubber has as many positions M as the longest run has steps; at position p each run of N steps
// shows step round(p/M · N), clamped to 1..N. A run without a stored timeline (an image of an
// earlier session, a sweep cell) shows its final image dimmed and says so; "Re-run" asks the main
// window to queue its request as an ordinary generation (rerunRequested), whose timeline then fills
// the pane (jobEnded).
//
// Keys: Space play/pause, Left/Right one position, Home/End the first/last. Esc closes.
#pragma once

#include "common/generation_request.h"
#include "timeline_export.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QTimer;
class QToolButton;

namespace stipple::ui {

class TimelineExporter;
class LockstepPane;

struct LockstepRun {
    QString path;                                       // the saved image ("" for a sweep cell)
    std::optional<stipple::GenerationRequest> request;  // what made it (one seed); none: cannot re-run
    QList<TimelineFrame> steps;                         // its stored step frames; empty: none stored
    QImage still;                                       // its final image, shown while it has no timeline
};

class LockstepCompare : public QDialog {
    Q_OBJECT
public:
    static constexpr int kMinRuns = 2;
    static constexpr int kMaxRuns = 4;

    // Takes the first kMaxRuns runs.
    explicit LockstepCompare(const QList<LockstepRun>& runs, QWidget* parent = nullptr);
    ~LockstepCompare() override;

    int paneCount() const { return static_cast<int>(panes_.size()); }
    LockstepPane* pane(int i) const { return panes_.value(i); }
    const LockstepRun& run(int i) const { return runs_[i]; }
    // The runs (indexes) without a stored timeline.
    QList<int> missingRuns() const;

    int positions() const { return positions_; }  // M: the longest stored run's steps (1 with none)
    int position() const { return position_; }    // 1..M
    void setPosition(int position);               // clamped; every pane shows its aligned step
    void stepBy(int delta);

    void play();   // from the start when at the end
    void pause();
    void togglePlay();
    bool isPlaying() const;
    double speed() const;  // scrubber positions per second while playing

    QSlider* scrubber() const { return scrubber_; }
    QToolButton* playButton() const { return play_; }
    QComboBox* speedBox() const { return speed_; }
    QLabel* positionLabel() const { return positionLabel_; }
    QLabel* missingLabel() const { return missing_; }
    QPushButton* rerunAllButton() const { return rerunAll_; }
    QPushButton* exportButton() const { return export_; }

    // The main window queued run `pane` again as job `jobId`.
    void setRerunQueued(int pane, int jobId);
    // A job ended. For a re-run of this window: `path` is its new image, `steps` its stored timeline
    // (empty, with `error`, when it failed or was aborted). Other jobs are ignored.
    void jobEnded(int jobId, const QString& path, const QList<TimelineFrame>& steps, const QString& error);

    // Saves the lockstep as one side-by-side animated GIF or MP4 (every position, each pane labelled
    // with its step), written off the GUI thread; `exported` reports. False when an export runs or
    // no run has a timeline.
    bool exportTo(const QString& path);
    bool isExporting() const;
    // Each position's composed frame (what exportTo writes), for the export and its test.
    QList<QList<TimelineFrame>> alignedFrames() const;

Q_SIGNALS:
    void rerunRequested(int pane);
    void positionChanged(int position);
    void playingChanged(bool playing);
    void exported(const QString& path, const QString& error, const QString& note);  // error empty: saved

private:
    void buildPanes();
    void updatePositions();  // after a timeline arrived: M, the scrubber's range, the banner
    void updateMissing();
    void updatePositionLabel();
    void advance();
    void exportDialog();

    QList<LockstepRun> runs_;
    QList<LockstepPane*> panes_;
    QList<int> rerunJobs_;  // per pane: the job re-running it (0: none)
    QLabel* header_;
    QLabel* missing_;
    QPushButton* rerunAll_;
    QSlider* scrubber_;
    QToolButton* play_;
    QComboBox* speed_;
    QLabel* positionLabel_;
    QPushButton* export_;
    QTimer* timer_;
    TimelineExporter* exporter_;
    int positions_ = 1;
    int position_ = 1;
};

}  // namespace stipple::ui
