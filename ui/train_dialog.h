// Classroom ▸ Train a tiny model…: trains train-builtin's class preset (a built-in-style model of
// 6 colours and 3 shapes on 32x32 images, about ten minutes on a 2-core CPU) from scratch, with
// the loss curve and sample images (a few fixed prompts rendered every N diffusion steps) filling
// in live, progress with an ETA, Abort, and "Open as model" when a model has been exported. The
// run is a TrainTask in the GenerationController's queue (never beside a generation); the dialog
// only paints. Abort and closing the dialog stop the run after its current step; the folder then
// holds the last export (a whole model) or no model, never a part of one.
#pragma once

#include "generation_job.h"
#include "train_task.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace stipple::ui {

class GenerationController;
class LossPlot;

class TrainDialog : public QDialog {
    Q_OBJECT
public:
    explicit TrainDialog(GenerationController* controller, QWidget* parent = nullptr);
    ~TrainDialog() override;  // stops its run

    // Fewer steps than the preset's (tests and quick demos); -1 keeps the preset's value.
    void setStepBudget(int textSteps, int vaeSteps, int diffusionSteps, int sampleEvery);

    QLineEdit* folderEdit() const { return folderEdit_; }
    QPushButton* startButton() const { return startButton_; }
    QPushButton* abortButton() const { return abortButton_; }
    QPushButton* openButton() const { return openButton_; }
    QProgressBar* progressBar() const { return progress_; }
    QLabel* statusLabel() const { return status_; }
    LossPlot* lossPlot() const { return plot_; }
    int sampleRowCount() const { return sampleRows_; }
    bool isRunning() const { return jobId_ != 0; }
    QString modelFolder() const { return modelDir_; }  // of the latest run ("" before one)

public Q_SLOTS:
    bool start();  // false (and a message) when the folder cannot be made
    void abort();
    void openAsModel();

Q_SIGNALS:
    void runFinished(bool exported);

protected:
    void reject() override;  // Close, Esc and the window's close button: the run stops first

private:
    void onEvent(const TrainTask::Event& event);
    void onJobFinished(const JobResult& result);
    void addSampleRow(const TrainTask::Event& event);
    void releaseTask();
    void updateButtons();
    QString phaseName(TrainTask::Phase phase) const;

    QPointer<GenerationController> controller_;
    QLineEdit* folderEdit_ = nullptr;
    QComboBox* presetBox_ = nullptr;
    QPushButton* startButton_ = nullptr;
    QPushButton* abortButton_ = nullptr;
    QPushButton* openButton_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    LossPlot* plot_ = nullptr;
    QScrollArea* sampleScroll_ = nullptr;
    QWidget* sampleHost_ = nullptr;
    QGridLayout* sampleGrid_ = nullptr;
    QGridLayout* headerGrid_ = nullptr;  // the prompts above the sample columns (not scrolled away)
    int sampleRows_ = 0;

    TrainSettings budget_;        // the step overrides of setStepBudget
    std::shared_ptr<TrainTask> task_;
    int jobId_ = 0;
    int taskSerial_ = 0;          // events of a task released since are dropped
    QString modelDir_;
    bool exported_ = false;
    int lastStep_ = 0;
};

}  // namespace stipple::ui
