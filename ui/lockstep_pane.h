// One run of the lockstep compare: its stored step frames, the step shown now ("Step 7/20"), and
// its caption. Shows only frames it was given — it never computes one. A run without a stored
// timeline shows its final image dimmed, says so, and offers a re-run that would record one.
#pragma once

#include "timeline_export.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

namespace stipple::ui {

class LockstepPane : public QFrame {
    Q_OBJECT
public:
    explicit LockstepPane(QWidget* parent = nullptr);

    // `settings` and `prompt` are rich text (lockstep_captions.h); `tooltip` the full parameters.
    void setCaption(const QString& settings, const QString& prompt, const QString& tooltip);
    // The run's stored step frames (ascending steps, as the TimelineLibrary keeps them). Empty: none.
    void setTimeline(const QList<TimelineFrame>& steps);
    // The run's final image, shown (dimmed) while it has no timeline.
    void setStill(const QImage& image);
    // No timeline: what the pane says, and whether a re-run is offered (the run has a request).
    void setMissing(const QString& message, bool canRerun);

    // Shows the stored frame of `step` (lockstep_alignment.h picks it); nothing without a timeline.
    void showStep(int step);

    bool hasTimeline() const { return !frames_.isEmpty(); }
    int stepCount() const { return total_; }       // the last stored step (0: no timeline)
    int stepShown() const { return shown_; }       // 0 before showStep or without a timeline
    int frameIndexShown() const { return index_; } // into the stored frames; -1 for none
    QImage imageShown() const;                     // the stored frame itself (shares its pixels)
    QLabel* stepLabel() const { return stepLabel_; }
    QLabel* settingsLabel() const { return settings_; }
    QLabel* promptLabel() const { return prompt_; }
    QPushButton* rerunButton() const { return rerun_; }

Q_SIGNALS:
    void rerunRequested();

private:
    class Canvas;
    Canvas* canvas_;
    QLabel* stepLabel_;
    QLabel* settings_;
    QLabel* prompt_;
    QLabel* missing_;
    QPushButton* rerun_;
    QList<TimelineFrame> frames_;
    QList<int> frameSteps_;  // frames_[i].step, for the lookup
    QImage still_;
    int total_ = 0;
    int shown_ = 0;
    int index_ = -1;
};

}  // namespace stipple::ui
