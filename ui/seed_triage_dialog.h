// Classroom ▸ Seed triage…: N seeds (from the current seed upward, or random) rendered with the
// main window's parameters to k % of the steps, their x0 previews filling a grid as each arrives;
// the user picks the promising cells and Continue finishes exactly those from their paused runs —
// the very images plain generations of those seeds give — saved like generations (PNG with
// infotext in the day's output folder) and handed on with imageSaved() for the gallery and history.
// All tensor work is the SeedTriageTask's, in the GenerationController's queue; the dialog only
// paints. Abort stops the running job; closing the dialog aborts it too and frees the paused runs.
#pragma once

#include "generation_job.h"
#include "seed_triage_task.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace stipple::ui {

class GenerationController;
class SeedTriageDialog : public QDialog {
    Q_OBJECT
public:
    // The main window's current parameters (nullopt with a reason when a field is invalid).
    using RequestSource = std::function<std::optional<stipple::GenerationRequest>(QString* problem)>;
    SeedTriageDialog(GenerationController* controller, RequestSource requestSource, QWidget* parent = nullptr);
    ~SeedTriageDialog() override;  // aborts its job, frees the paused runs

    enum class SeedOrder { Upward = 0, Random = 1 };
    QSpinBox* seedCountBox() const { return countBox_; }
    QComboBox* seedOrderBox() const { return orderBox_; }
    QSpinBox* percentBox() const { return percentBox_; }
    QPushButton* renderButton() const { return renderButton_; }
    QPushButton* continueButton() const { return continueButton_; }
    QPushButton* abortButton() const { return abortButton_; }
    QProgressBar* progressBar() const { return progress_; }
    QLabel* statusLabel() const { return status_; }
    int cellCount() const { return static_cast<int>(cells_.size()); }
    QToolButton* cellButton(int cell) const;
    QList<quint64> seeds() const;      // of the grid shown
    QList<int> pickedCells() const;    // checked, previewed and not yet finished
    bool isRunning() const { return jobId_ != 0; }

public Q_SLOTS:
    bool renderPreviews();   // false (and a message) without a model or with invalid parameters
    bool continuePicked();   // false when nothing is picked or a job runs
    void abort();

Q_SIGNALS:
    void previewsFinished(int rendered, bool cancelled);   // the preview job ended (rendered: cells with a preview)
    void continueFinished(int saved, bool cancelled);      // the continue job ended (saved: in this job)
    // One finished cell, saved: a one-image result as a generation's, for the history and gallery.
    void imageSaved(const stipple::ui::JobResult& result);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    enum class CellState { Waiting, Rendering, Previewed, Finishing, Finished };
    struct Cell {
        quint64 seed = 0;
        CellState state = CellState::Waiting;
        QToolButton* button = nullptr;
        int previewStep = 0, totalSteps = 0;
    };
    void buildGrid(const QList<quint64>& seeds, QSize imageSize);
    void updateCell(int cell);
    void updateButtons();
    void onEvent(const SeedTriageTask::Event& event);
    void onJobFinished(const JobResult& result);
    void showProgress(int done, int total, double elapsed, const QString& what);
    void releaseTask();  // aborts our job (if any) and drops the task and its paused runs

    QPointer<GenerationController> controller_;
    RequestSource requestSource_;
    std::shared_ptr<SeedTriageTask> task_;
    int jobId_ = 0;
    int taskSerial_ = 0;  // which task's events are current (bumped when one is released)
    bool continuing_ = false;
    int savedThisJob_ = 0;
    QList<Cell> cells_;

    QSpinBox* countBox_;
    QComboBox* orderBox_;
    QSpinBox* percentBox_;
    QCheckBox* fullVaeBox_;
    QPushButton* renderButton_;
    QPushButton* continueButton_;
    QPushButton* abortButton_;
    QProgressBar* progress_;
    QLabel* what_;     // the shared parameters of the grid shown
    QLabel* status_;
    QLabel* pickedLabel_;
    QWidget* gridHost_;
    QGridLayout* grid_;
};

}  // namespace stipple::ui
