#include "guidance_task.h"

#include "common/error.h"
#include "image/diverging_difference.h"
#include "image_convert.h"
#include "pipeline/pipeline.h"
#include "service/generation_service.h"
#include "teach/guidance_parts.h"

#include <QElapsedTimer>

#include <algorithm>

#include <vector>

namespace stipple::ui {

class GuidanceStore {
public:
    std::vector<stipple::GuidanceStep> steps;
};

namespace {

// Re-guiding mixes the two estimates in latent space and decodes the mix, rather than mixing the
// two decoded pictures: the mix of pictures equals the picture of the mix only for a linear
// decoder, and the fast preview of the built-in model is its VAE (not linear) while latent2rgb
// clips to the colour range. The decode runs here on the worker as a tiny task (milliseconds for
// the built-in model's VAE, less for latent2rgb), so there is one exact path for every model.
constexpr stipple::PreviewMethod kDecoder = stipple::PreviewMethod::Fast;

// The view's own progress frames for the window's progress bar: each kept step's guided picture.
class FrameReporter final : public stipple::StepObserver {
public:
    FrameReporter(TaskContext& context, QElapsedTimer& clock) : context_(context), clock_(clock) {}
    void on_step(const stipple::StepInfo& info) override {
        PreviewFrame frame;
        frame.step = info.step;
        frame.total = info.total;
        frame.jobStepsDone = info.step;
        frame.jobStepsTotal = info.total;
        frame.secondsThisStep = info.seconds;
        frame.elapsed = clock_.elapsed() / 1000.0;
        frame.timestep = info.timestep;
        frame.image = latest;
        frame.cellSize = latest.size();
        context_.post(std::move(frame));
    }
    QImage latest;

private:
    TaskContext& context_;
    QElapsedTimer& clock_;
};

}  // namespace

GuidanceRunTask::GuidanceRunTask(stipple::GenerationRequest request, QObject* parent)
    : QObject(parent), request_(std::move(request)), store_(std::make_shared<GuidanceStore>()) {
    qRegisterMetaType<GuidanceFrame>();
    if (request_.seeds.size() > 1) request_.seeds.resize(1);
    if (request_.prompts.size() > 1) request_.prompts.resize(1);
    if (request_.negative_prompts.size() > 1) request_.negative_prompts.resize(1);
    request_.variation_seeds.resize(std::min<size_t>(request_.variation_seeds.size(), 1));
    request_.hires.reset();
    request_.face_detail.reset();
}

GuidanceRunTask::~GuidanceRunTask() = default;

QString GuidanceRunTask::title() const { return tr("Guidance view: %1 steps").arg(request_.steps); }

void GuidanceRunTask::run(stipple::GenerationService& service, TaskContext& context) {
    stipple::Pipeline& pipeline = service.pipeline();
    if (!(request_.guidance_scale > 1.0))
        throw stipple::Error(tr("Guidance %1 runs no negative-prompt pass, so there is nothing to compare: "
                                "raise the guidance scale above 1.")
                                 .arg(request_.guidance_scale)
                                 .toStdString());
    store_->steps.clear();
    QElapsedTimer clock;
    clock.start();
    FrameReporter reporter(context, clock);
    stipple::GuidanceRecorder recorder({}, &reporter);
    recorder.on_kept = [&](const stipple::GuidanceStep& step) {
        GuidanceFrame frame;
        frame.index = static_cast<int>(store_->steps.size());
        frame.step = step.step;
        frame.total = step.total;
        frame.timestep = step.timestep;
        const stipple::Image cond = pipeline.preview(step.cond, kDecoder, 0);
        const stipple::Image uncond = pipeline.preview(step.uncond, kDecoder, 0);
        const stipple::DivergingDifference diff = stipple::diverging_difference(cond, uncond);
        frame.cond = to_qimage(cond);
        frame.uncond = to_qimage(uncond);
        frame.difference = to_qimage(diff.image);
        frame.differenceRange = diff.range;
        frame.guided = to_qimage(pipeline.preview(step.guided, kDecoder, 0));
        frame.elapsed = clock.elapsed() / 1000.0;
        reporter.latest = frame.guided;
        store_->steps.push_back(step);
        Q_EMIT stepReady(frame);
    };
    pipeline.generate(request_, &recorder, &context.control());
}

ReguideTask::ReguideTask(std::shared_ptr<GuidanceStore> store, int index, double scale, QObject* parent)
    : QObject(parent), store_(std::move(store)), index_(index), scale_(scale) {}

QString ReguideTask::title() const { return tr("Guidance view: re-guiding at %1").arg(scale_); }

void ReguideTask::run(stipple::GenerationService& service, TaskContext& /*context*/) {
    if (!store_ || index_ < 0 || index_ >= static_cast<int>(store_->steps.size()))
        throw stipple::Error("the guidance view has no stored step " + std::to_string(index_ + 1));
    const stipple::GuidanceStep& step = store_->steps[static_cast<size_t>(index_)];
    const QImage image = to_qimage(service.pipeline().preview(stipple::reguided_x0(step, scale_), kDecoder, 0));
    Q_EMIT reguided(index_, scale_, image);
}

}  // namespace stipple::ui
