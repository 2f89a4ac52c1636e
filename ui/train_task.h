// The worker side of Classroom ▸ Train a tiny model…: train-builtin's class preset run as a
// WorkerTask that needs no model (the controller's one queue, so it never runs beside a
// generation). Abort sets the job's RunControl::cancel, which the trainer checks after every step.
// What the run reports travels to the GUI as Events through the sink, which the dialog detaches
// before it goes away (detach() waits for a delivery in progress).
#pragma once

#include "task_event_sink.h"
#include "worker_task.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace stipple::ui {

// What a run trains: the class preset, optionally with fewer steps (tests and quick demos).
struct TrainSettings {
    QString outDir;           // the new model folder (must not hold a run yet)
    QString preset = QStringLiteral("class");
    int sampleEvery = 250;    // diffusion steps between sample renders
    int sampleSteps = 8;
    // Step budget overrides; -1 = the preset's.
    int textSteps = -1, vaeSteps = -1, diffusionSteps = -1, corpusCaptions = -1;
};

class TrainTask final : public WorkerTask {
public:
    // Phases as the trainer's TrainPhase (core/training/builtin_trainer.h), without including it here.
    enum class Phase { Tokenizer = 0, Text = 1, Vae = 2, Diffusion = 3 };
    struct Event {
        enum class Kind { Progress, Samples };
        Kind kind = Kind::Progress;
        Phase phase = Phase::Tokenizer;
        int step = 0, total = 0;       // in the phase
        double loss = 0;               // mean of the phase's last 10 steps
        double elapsed = 0;            // seconds since the run started
        double eta = 0;                // seconds left (an estimate; see TrainProgress)
        double secondsPerStep = 0;
        QList<QImage> samples;         // Samples: one per prompt, rendered at diffusion step `step`
        QStringList prompts;
        double sampleSeconds = 0;      // what rendering them cost the run
    };
    using Sink = std::function<void(const Event&)>;

    // What the run ended with; valid after the controller's jobFinished for its job.
    struct Outcome {
        bool finished = false;   // every step done
        bool exported = false;   // outDir holds a loadable model (the last export)
        int diffusionSteps = 0;
        double seconds = 0;
        double sampleSeconds = 0;
        int sampleRenders = 0;
    };

    explicit TrainTask(TrainSettings settings);
    QString title() const override;
    bool needsModel() const override { return false; }
    void run(stipple::GenerationService& service, TaskContext& context) override;

    void setSink(Sink sink);
    void detach();  // no events after it returns

    const TrainSettings& settings() const { return settings_; }
    const Outcome& outcome() const { return outcome_; }

private:
    void emitEvent(const Event& event);

    TrainSettings settings_;
    Outcome outcome_;
    TaskEventSink<Event> sink_;
};

}  // namespace stipple::ui
