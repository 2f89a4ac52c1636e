// Classroom ▸ Guidance view (issue #20): what classifier-free guidance does, step by step. Runs
// one generation with the main window's parameters as a worker task and shows, at every step, side
// by side: the x0 estimate from the prompt alone, from the negative (or empty) prompt alone, their
// difference on a diverging colour scale with its legend, and the guided estimate. A step scrubber
// goes over the stored steps; the guidance slider re-guides the step shown at another scale from
// its two stored estimates (a tiny decode task on the worker, never a UNet call). Progress with ETA
// and Abort while it runs.
#pragma once

#include "common/generation_request.h"
#include "guidance_task.h"

#include <QDialog>
#include <QImage>
#include <QList>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;

namespace stipple::ui {

class DivergingLegend;
class GenerationController;
class ImageView;
struct JobResult;

class GuidanceView : public QDialog {
    Q_OBJECT
public:
    // `request` is the main window's current request (its first seed is used); it runs on
    // `controller`'s loaded model when start() is called.
    GuidanceView(const stipple::GenerationRequest& request, GenerationController* controller, QWidget* parent = nullptr);
    ~GuidanceView() override;

    // Queues the run (again, after a finished or aborted one). False with a message when the
    // request cannot show guidance (scale <= 1).
    bool start();
    void abort();
    bool isRunning() const { return runJob_ != 0; }
    QString errorMessage() const { return error_; }

    int storedSteps() const { return static_cast<int>(frames_.size()); }
    int stepShown() const { return shown_; }       // index into the stored steps; -1 before the first
    void showStep(int index);
    double runScale() const { return request_.guidance_scale; }
    double guidance() const { return scale_; }     // the scale the guided pane shows (or is being decoded at)
    void setGuidance(double scale);                // rounded to the slider's 0.1 steps
    bool reguidePending() const { return reguideJob_ != 0; }

    // What the four panes show now.
    QImage promptImage() const;
    QImage negativeImage() const;
    QImage differenceImage() const;
    QImage guidedImage() const;
    double guidedImageScale() const { return guidedScale_; }  // the scale of guidedImage()
    int guidedImageStep() const { return guidedIndex_; }       // its stored step (-1: none yet)

Q_SIGNALS:
    void runFinished();          // the run ended (done, aborted or failed)
    void guidedImageChanged();   // the guided pane has a new picture (a step, or a re-guided one)

private:
    void onStepReady(const GuidanceFrame& frame);
    void onJobFinished(const JobResult& result);
    void onReguided(int index, double scale, const QImage& image);
    void requestReguide();
    void showGuided(const QImage& image, int index, double scale);
    void updateProgress();
    void updateStepLabel();
    void updateScaleLabels();

    stipple::GenerationRequest request_;
    GenerationController* controller_;
    std::shared_ptr<GuidanceRunTask> run_;
    std::shared_ptr<GuidanceStore> store_;
    QList<GuidanceFrame> frames_;
    int runJob_ = 0, reguideJob_ = 0;
    int shown_ = -1;
    double scale_ = 0, guidedScale_ = 0;
    int guidedIndex_ = -1;
    bool followLatest_ = true;  // while running, the scrubber follows the newest step until moved
    QString error_;

    QLabel* summary_;
    QProgressBar* progress_;
    QLabel* eta_;
    QPushButton* runButton_;
    QPushButton* abortButton_;
    ImageView* condView_;
    ImageView* uncondView_;
    ImageView* diffView_;
    ImageView* guidedView_;
    QLabel* uncondCaption_;
    QLabel* guidedCaption_;
    DivergingLegend* legend_;
    QSlider* stepSlider_;
    QLabel* stepLabel_;
    QSlider* scaleSlider_;
    QLabel* scaleLabel_;
    QPushButton* resetScale_;
    QLabel* formula_;
};

}  // namespace stipple::ui
