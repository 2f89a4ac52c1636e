// Hires fix: StableDiffusionPipeline's two passes (sizes and upscalers: hires_fix.h).
//
// Where this differs from AUTOMATIC1111 (modules/processing.py, sample / sample_hr_pass):
// - The second pass is Stipple's plain img2img, so its steps follow img2img's rule
//   (img2img_steps.h: int(hires steps x strength) of a hires-steps schedule). A1111 passes the
//   hires steps to its sampler explicitly, which stretches the schedule to int(steps / strength)
//   and runs exactly the hires steps of it.
// - Same as A1111: the second pass's noise comes from fresh generators of the same seeds (with the
//   same variation seeds and seed resize; A1111 1.6+ makes a new ImageRNG, older versions called
//   create_random_tensors with the seeds again), not from the first pass's generators, and an
//   ancestral sampler's step noise continues from them. Different: with an image upscaler the VAE
//   posterior sample is their first draw (Stipple's img2img, as diffusers), so the noise is the
//   second; A1111 samples the posterior from torch's global generator and its noise is the first.
// - The first pass's picture is rounded to 8 bits (diffusers) where A1111 truncates; the picture
//   is upscaled straight to a multiple of 8 and cut in pixels before encoding (A1111 encodes the
//   whole upscale and cuts the latents); "Lanczos"/"Nearest" are OpenCV's resizes, not PIL's.
// - "Hires checkpoint", "Hires sampler", "Hires prompt", "Hires CFG Scale" are not offered: the
//   second pass uses the first pass's model, sampler, prompts and guidance.
#include "pipeline/stable_diffusion.h"

#include "common/error.h"
#include "pipeline/hires_fix.h"
#include "pipeline/size_limits.h"

#include <chrono>

namespace stipple {

namespace {

using Clock = std::chrono::steady_clock;

// One pass's step reports as steps of the whole run: the second pass's first step is the first
// pass's count + 1, and every report's total covers both passes.
class WholeRunSteps final : public StepObserver {
public:
    WholeRunSteps(StepObserver* inner, int offset, int total) : inner_(inner), offset_(offset), total_(total) {}
    void on_step(const StepInfo& info) override {
        if (!inner_) return;
        StepInfo whole = info;
        whole.step += offset_;
        whole.total = total_;
        inner_->on_step(whole);
    }
    void on_stage(PipelineStage stage) override {
        if (inner_) inner_->on_stage(stage);
    }
    bool wants_guidance_parts() const override { return inner_ && inner_->wants_guidance_parts(); }

private:
    StepObserver* inner_;
    int offset_, total_;
};

}  // namespace

GenerationResult StableDiffusionPipeline::generate_from_latents(const GenerationRequest& r, const at::Tensor& latents,
                                                                StepObserver* observer, RunControl* control) {
    if (r.hires || r.mask) throw Error("an img2img from latents takes no hires fix and no mask");
    if (!latents.defined()) throw Error("an img2img from latents needs latents");
    GenerationRequest plain = r;
    plain.init_image.reset();
    SecondPassStart start;
    start.latents = latents;
    if (observer) observer->on_stage(PipelineStage::TextEncoder);
    std::unique_ptr<GenerationRun> run = start_run(plain, &start);
    if (!advance(*run, r.stop_at_step, observer, control)) return cancelled_result(*run);
    if (observer) observer->on_stage(PipelineStage::VaeDecode);
    return finish(*run);
}

GenerationResult StableDiffusionPipeline::generate_hires(const GenerationRequest& r, StepObserver* observer,
                                                         RunControl* control) {
    const auto start_time = Clock::now();
    const HiresFix& hires = *r.hires;
    if (r.init_image || r.mask)
        throw Error("hires fix is for txt2img: remove the init image and mask, or turn hires fix off");

    // Everything is checked before the first step: both passes' requests, the size, the upscaler.
    GenerationRequest first = r;
    first.hires.reset();
    check_request(first);
    const int factor = info_.vae_scale_factor;
    const int width = first.width > 0 ? first.width : info_.default_width;  // validate()'s size without an init image
    const int height = first.height > 0 ? first.height : info_.default_height;
    const HiresTarget target = hires_target(hires, width, height, factor, kMaxImageSide, kMaxImagePixels);
    const HiresUpscaler upscaler = find_hires_upscaler(hires.upscaler);
    if (hires.steps < 0 || hires.steps > 1000)
        throw Error("hires steps must be between 0 (= the steps) and 1000, not " + std::to_string(hires.steps));
    GenerationRequest second = first;
    second.width = target.width;
    second.height = target.height;
    second.steps = hires.steps > 0 ? hires.steps : r.steps;
    second.stop_at_step = 0;
    second.resize_mode = 0;
    {
        // What the plain img2img of the second pass validates (strength; img2img for this model family).
        GenerationRequest probe = second;
        probe.init_image = Image{target.width, target.height, {}};
        check_request(probe);
    }
    const int n1 = static_cast<int>(loop_iterations(first, false));
    const int n2 = static_cast<int>(loop_iterations(second, true));  // throws when strength leaves no step
    const int total = n1 + n2;
    const auto whole = [&](GenerationResult result, int steps_before) {
        result.steps_done += steps_before;
        result.total_steps = total;
        result.seconds = std::chrono::duration<double>(Clock::now() - start_time).count();
        return result;
    };

    // First pass: a plain txt2img. `stop_at_step` counts over both passes: within the first one it
    // ends the run there (its picture, at the first pass's size, is the result).
    const int stop = r.stop_at_step;
    const bool first_only = stop > 0 && stop <= n1;
    // Each pass reports its stages (the first one its VAE decode only with an image upscaler).
    if (observer) observer->on_stage(PipelineStage::TextEncoder);
    std::unique_ptr<GenerationRun> run1 = start_run(first, nullptr);
    WholeRunSteps steps1(observer, 0, total);
    if (!advance(*run1, first_only ? stop : 0, &steps1, control)) return whole(cancelled_result(*run1), 0);
    if (first_only || run1->steps_done() < n1) {  // stopped, or Finish now
        if (observer) observer->on_stage(PipelineStage::VaeDecode);
        return whole(finish(*run1), 0);
    }

    // Upscale.
    SecondPassStart start2;
    const double encode1 = encode_seconds_of(*run1);
    if (upscaler.kind == HiresUpscalerKind::Latent) {
        c10::InferenceMode guard;
        start2.latents = hires_upscale_latents(run1->latents(), target, factor, upscaler.latent);
    } else {
        if (observer) observer->on_stage(PipelineStage::VaeDecode);
        const GenerationResult low = finish(*run1);
        for (const Image& image : low.images) {
            start2.images.push_back(hires_upscale_image(image, target, factor, upscaler, control ? &control->cancel : nullptr));
            if (start2.images.back().empty()) break;  // cancelled during a model upscale
        }
    }
    run1.reset();
    const bool upscale_cancelled = upscaler.kind == HiresUpscalerKind::Image && !start2.images.empty() && start2.images[0].empty();
    if ((control && control->cancel) || upscale_cancelled) {
        GenerationResult cancelled;
        cancelled.seeds = r.seeds;
        cancelled.cancelled = true;
        return whole(cancelled, n1);
    }

    // Second pass: a plain img2img of each upscaled image (or latents) with the same seeds.
    if (observer) observer->on_stage(PipelineStage::TextEncoder);
    std::unique_ptr<GenerationRun> run2 = start_run(second, &start2);
    if (run2->total_steps() != n2) throw Error("internal: the second pass runs another step count than announced");
    WholeRunSteps steps2(observer, n1, total);
    if (!advance(*run2, stop > n1 ? stop - n1 : 0, &steps2, control)) return whole(cancelled_result(*run2), n1);
    if (observer) observer->on_stage(PipelineStage::VaeDecode);
    GenerationResult result = whole(finish(*run2), n1);
    result.encode_seconds += encode1;
    return result;
}

}  // namespace stipple
