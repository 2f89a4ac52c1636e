// The sweep dialog (Generate ▸ Sweep…): choose an X and an optional Y axis with their values, run
// them as one job in the GenerationController's queue (on the model already loaded, or on each
// model of a Model axis in turn) with overall progress, watch the labelled grid fill live (each cell shows its
// own denoising preview while it renders), abort, save the grid PNG, open any cell or reuse its
// parameters in the main window.
#pragma once

#include "common/generation_request.h"
#include "teach/sweep_plan.h"

#include <QDialog>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTimer;
class QToolButton;

namespace stipple::ui {

class GenerationController;
struct GeneratedImage;
struct JobResult;
struct PreviewFrame;

class SweepDialog : public QDialog {
    Q_OBJECT
public:
    // `base` is the main window's current request (its seed and prompt unless an axis varies them);
    // the sweep runs on `controller`'s loaded model.
    SweepDialog(const stipple::GenerationRequest& base, GenerationController* controller, QWidget* parent = nullptr);
    ~SweepDialog() override;

    // The models "Add model…" offers for a Model axis (recent models, the built-in one).
    void setKnownModels(const QStringList& paths);
    // Appends a model path to the axis that varies the model (no-op without one, or when listed).
    void addModelValue(const QString& path);
    // For scripting and tests: set an axis by its CLI name ("steps") and values text; "" clears Y.
    void setAxis(bool y, const QString& kind, const QString& values);
    // The plan the fields describe, or nullopt with the reason in validationMessage().
    std::optional<stipple::SweepPlan> plan();
    QString validationMessage() const;
    bool isRunning() const { return running_; }
    int finishedCells() const;
    const QImage& gridImage() const { return grid_; }
    int selectedCell() const { return selected_; }
    void selectCell(int cell);
    // The A1111 parameters of a finished cell ("" when not finished).
    QString cellParameters(int cell) const;
    // A finished cell's image at full size (null when not finished).
    QImage cellImage(int cell) const { return cell >= 0 && cell < cells_.size() ? cells_[cell] : QImage(); }
    // Writes the labelled grid with every finished cell's parameters; false with `error` set.
    bool saveGrid(const QString& path, QString* error);

public Q_SLOTS:
    bool start();  // false (and a message) when the axes do not parse or a sweep already runs
    void abortSweep();
    void saveGridDialog();
    void reuseSelected();
    void openSelected();

Q_SIGNALS:
    void reuseParametersRequested(const QString& parameters);
    void sweepFinished(bool cancelled, const QString& error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void validate();
    void scheduleRepaint();
    void repaintGrid();
    void updateButtons();
    int cellAt(const QPoint& pos) const;
    void onFrames(const QList<PreviewFrame>& frames);
    void onCellFinished(int jobId, const GeneratedImage& cell);
    void onJobFinished(const JobResult& result);
    void fillModelMenu();
    QPlainTextEdit* modelValuesEdit() const;  // the values box of the Model axis, if one is chosen

    stipple::GenerationRequest base_;
    GenerationController* controller_;
    int jobId_ = 0;
    QComboBox* xKind_;
    QPlainTextEdit* xValues_;
    QComboBox* yKind_;
    QPlainTextEdit* yValues_;
    QLabel* status_;
    QProgressBar* progress_;
    QPushButton* startButton_;
    QPushButton* abortButton_;
    QPushButton* saveButton_;
    QPushButton* reuseButton_;
    QPushButton* openButton_;
    QLabel* gridLabel_;
    QScrollArea* scroll_;
    QTimer* repaintTimer_;

    std::optional<stipple::SweepPlan> running_plan_;
    QList<QImage> cells_;        // finished images
    QList<QImage> previews_;     // live previews of unfinished cells
    QStringList labels_;         // scheduler label that ran, per finished cell
    QStringList parameters_;     // A1111 parameters, per finished cell
    std::vector<QRect> rects_;   // where each cell sits in grid_
    QImage grid_;
    QToolButton* addModelButton_;
    QStringList knownModels_;
    QString message_;
    int selected_ = -1;
    bool running_ = false;
};

}  // namespace stipple::ui
