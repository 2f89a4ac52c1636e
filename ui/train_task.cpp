// The tiny-model training task (see train_task.h).
#include "train_task.h"

#include "common/error.h"
#include "image_convert.h"
#include "pipeline/pipeline.h"
#include "pipeline/runtime.h"
#include "training/builtin_presets.h"
#include "training/builtin_trainer.h"

#include <ATen/Parallel.h>

#include <QCoreApplication>

namespace stipple::ui {

TrainTask::TrainTask(TrainSettings settings) : settings_(std::move(settings)) {}

QString TrainTask::title() const { return QCoreApplication::translate("TrainTask", "Training a tiny model"); }

void TrainTask::setSink(Sink sink) { sink_.set(std::move(sink)); }

void TrainTask::detach() { sink_.detach(); }

void TrainTask::emitEvent(const Event& event) { sink_.deliver(event); }

void TrainTask::run(stipple::GenerationService& /*service*/, TaskContext& context) {
    if (settings_.outDir.isEmpty()) throw stipple::Error("training needs an output folder");
    stipple::training::TrainOptions o;
    stipple::training::apply_preset(o, settings_.preset.toStdString());
    o.out_dir = settings_.outDir.toStdString();
    if (settings_.textSteps >= 0) o.text_steps = settings_.textSteps;
    if (settings_.vaeSteps >= 0) o.vae_steps = settings_.vaeSteps;
    if (settings_.diffusionSteps > 0) o.steps = settings_.diffusionSteps;
    if (settings_.corpusCaptions > 0) o.corpus_captions = settings_.corpusCaptions;
    o.warmup = std::min(o.warmup, std::max(1, o.steps / 4));
    o.sample_every = std::max(0, settings_.sampleEvery);
    o.sample_steps = std::max(1, settings_.sampleSteps);
    o.log = [](const std::string&) {};  // the dialog shows progress events instead
    o.cancel = &context.control().cancel;
    o.progress = [this](const stipple::training::TrainProgress& p) {
        Event e;
        e.kind = Event::Kind::Progress;
        e.phase = static_cast<Phase>(static_cast<int>(p.phase));
        e.step = p.step, e.total = p.total, e.loss = p.loss, e.elapsed = p.elapsed, e.eta = p.eta;
        e.secondsPerStep = p.seconds_per_step;
        emitEvent(e);
    };
    o.sample = [this](const stipple::training::TrainSample& s) {
        Event e;
        e.kind = Event::Kind::Samples;
        e.phase = Phase::Diffusion;
        e.step = s.step;
        e.sampleSeconds = s.seconds;
        for (const stipple::Image& image : s.images) e.samples << to_qimage(image);
        for (const std::string& p : s.prompts) e.prompts << QString::fromStdString(p);
        emitEvent(e);
    };
    // The class model is tiny: one thread is fastest (as threads_for_model picks for generating
    // with it). The generation threads are restored for the jobs after this one.
    const int threads = at::get_num_threads();
    stipple::set_thread_count(stipple::threads_for_model(2'000'000));
    try {
        const stipple::training::TrainReport r = stipple::training::train_builtin(o);
        outcome_.finished = r.finished;
        outcome_.exported = r.exported;
        outcome_.diffusionSteps = r.steps_done;
        outcome_.seconds = r.seconds;
        outcome_.sampleSeconds = r.sample_seconds;
        outcome_.sampleRenders = r.samples;
    } catch (...) {
        outcome_.exported = stipple::training::has_exported_model(o.out_dir);
        stipple::set_thread_count(threads);
        throw;
    }
    stipple::set_thread_count(threads);
}

}  // namespace stipple::ui
