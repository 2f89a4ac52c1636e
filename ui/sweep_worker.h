// The sweep job's worker: a QObject on its own QThread that loads the model once and runs a sweep
// plan cell after cell, sending each cell's denoising preview, each finished cell and overall
// progress to the GUI thread. libtorch stays in the .cpp (the pipeline is opaque here).
#pragma once

#include "pipeline/sweep_plan.h"

#include <QImage>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace stipple::ui {

class SweepWorker : public QObject {
    Q_OBJECT
public:
    explicit SweepWorker(QObject* parent = nullptr);
    ~SweepWorker() override;

    // Thread-safe: stop after the current step; finished cells are kept.
    void abort();
    // Thread-safe: clears an earlier abort; call before queuing run() (an abort pressed between
    // queuing and the start of the run then still counts).
    void prepare();

public Q_SLOTS:
    // Loads `modelPath` (when not already loaded) and runs every cell of `plan`.
    void run(const QString& modelPath, const stipple::SweepPlan& plan);

Q_SIGNALS:
    void started(int cells, int totalSteps);
    void cellPreview(int cell, const QImage& preview, int stepsDone, int stepsTotal);
    void cellDone(int cell, const QImage& image, const QString& schedulerLabel);
    void finished(bool cancelled, const QString& error, const QString& modelName, const QString& modelHash);

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace stipple::ui

Q_DECLARE_METATYPE(stipple::SweepPlan)
