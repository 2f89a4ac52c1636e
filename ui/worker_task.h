// A side job of the classroom views (forward noising, seed triage, the guidance view, training a
// tiny model...) run in the GenerationController's one queue, on the worker thread, with the
// process's one loaded model — so a view never loads a second model or computes beside a
// generation, and the GUI thread only paints. Subclasses live in their own .cpp files, may use
// libtorch there, and keep their results in themselves: the view that queued the task holds the
// same shared_ptr and reads them after the controller's jobFinished for its job id (the queued
// signal orders the worker's writes before the GUI's reads). Tasks that report along the way emit
// their own signals (a QObject subclass; queued to the GUI thread).
#pragma once

#include "generation_job.h"

#include <QString>

#include <atomic>

namespace stipple {
class GenerationService;
struct RunControl;
}  // namespace stipple

namespace stipple::ui {

// What a running task may use besides the model.
class TaskContext {
public:
    virtual ~TaskContext() = default;
    // The controller's Abort / Finish now set these; check `control().cancel` between steps and
    // return promptly (the task's partial results stay valid).
    virtual stipple::RunControl& control() = 0;
    // A progress frame for the window's progress bar and preview (frame.jobId is filled in).
    virtual void post(PreviewFrame frame) = 0;
};

class WorkerTask {
public:
    virtual ~WorkerTask() = default;
    // Shown in the queue ("Forward noising", "Seed triage: 16 seeds").
    virtual QString title() const = 0;
    // false: runs without a model (training); true: the controller waits for one.
    virtual bool needsModel() const { return true; }
    // On the worker thread. Throws (stipple::Error, std::exception) on failure: the message becomes
    // the job's error. `service.pipeline()` is the loaded model.
    virtual void run(stipple::GenerationService& service, TaskContext& context) = 0;
};

}  // namespace stipple::ui
