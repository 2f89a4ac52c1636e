// Hires fix (issue 18), as AUTOMATIC1111 runs it: a first pass at the requested size, an upscale
// (A1111's latent modes, or an image upscaler), then a second pass that is nothing but a plain
// img2img of the upscaled first image at the denoising strength and hires steps with the same
// seed — checked bit for bit on the tiny SD 1.5 model. Both passes report their steps as one run;
// cancel and "Finish now" work in the second pass; the infotext keys are A1111's and restore the
// request; bad settings are one-line errors before any step runs.
#include "common/error.h"
#include "image/infotext.h"
#include "image/request_infotext.h"
#include "image/resize_mode.h"
#include "io/json_file.h"
#include "pipeline/hires_fix.h"
#include "pipeline/latent_upscale.h"
#include "pipeline/pipeline.h"
#include "pipeline/stable_diffusion.h"
#include "pipeline/upscaler.h"
#include "service/generation_service.h"
#include "support/error_text.h"
#include "support/fixtures.h"

#include <QtTest>

#include <cmath>
#include <vector>

using namespace stipple;
using stipple::test::error_of;

namespace {

std::unique_ptr<Pipeline> tiny_sd15() {
    PipelineOptions o;
    o.dtype = DType::Float32;
    return Pipeline::load(test::shared_path("fixtures/models/tiny-sd15"), o);
}

// A txt2img at 64x64 with a sampler that draws step noise (so every generator draw must line up).
GenerationRequest base_request() {
    GenerationRequest r;
    r.prompt = "a red house by a lake";
    r.negative_prompt = "blurry";
    r.seeds = {1234};
    r.steps = 6;
    r.guidance_scale = 5;
    r.scheduler = "Euler a";
    r.width = r.height = 64;
    return r;
}

GenerationRequest hires_request(const std::string& upscaler) {
    GenerationRequest r = base_request();
    HiresFix h;
    h.scale = 2;
    h.upscaler = upscaler;
    h.steps = 8;
    r.hires = h;
    r.strength = 0.5;  // 8 hires steps x 0.5 = 4 second-pass steps
    return r;
}

// The plain img2img the second pass must equal: the hires request without hires, at the target
// size, from `init` (the upscaled first image), with the hires steps.
GenerationRequest plain_second_pass(const GenerationRequest& hires, int width, int height) {
    GenerationRequest r = hires;
    r.hires.reset();
    r.width = width;
    r.height = height;
    r.steps = hires.hires->steps > 0 ? hires.hires->steps : hires.steps;
    return r;
}

struct Steps final : StepObserver {
    std::vector<StepInfo> seen;
    RunControl* control = nullptr;
    int cancel_at = 0, finish_at = 0;
    void on_step(const StepInfo& info) override {
        seen.push_back(info);
        if (control && info.step == cancel_at) control->cancel = true;
        if (control && info.step == finish_at) control->finish_now = true;
    }
};

bool one_line(const std::string& message) { return !message.empty() && message.find('\n') == std::string::npos; }

}  // namespace

class HiresFixTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void latentModesAreTorchInterpolate() {
        // Python 1.13's F.interpolate(x, size, mode, antialias) for A1111's six latent modes,
        // enlarging and shrinking (tests/data/latent_upscale/make_reference.py).
        const nlohmann::json ref = read_json_file(test::source_path("tests/data/latent_upscale/reference.json"));
        std::vector<float> input = ref["input"].get<std::vector<float>>();
        std::vector<int64_t> shape = ref["shape"].get<std::vector<int64_t>>();
        const at::Tensor x = at::from_blob(input.data(), shape, at::kFloat).clone();
        int checked = 0;
        for (const auto& c : ref["cases"]) {
            const std::string name = c["upscaler"].get<std::string>();
            LatentUpscaleMode mode;
            QVERIFY2(latent_upscale_mode(name, mode), name.c_str());
            std::vector<float> want = c["values"].get<std::vector<float>>();
            const at::Tensor got = upscale_latents(x, c["size"][0].get<int64_t>(), c["size"][1].get<int64_t>(), mode);
            QCOMPARE(got.numel(), static_cast<int64_t>(want.size()));
            const at::Tensor expected = at::from_blob(want.data(), got.sizes(), at::kFloat);
            const double diff = (got - expected).abs().max().item<double>();
            // The same libtorch kernels as Python's: equal, not just close.
            QVERIFY2(diff == 0, (name + ": differs from torch by " + std::to_string(diff)).c_str());
            ++checked;
        }
        QCOMPARE(checked, 12);
        // The antialiased bicubic is a different kernel even when enlarging (a = -0.5).
        LatentUpscaleMode plain, aa;
        latent_upscale_mode("Latent (bicubic)", plain);
        latent_upscale_mode("Latent (bicubic antialiased)", aa);
        QVERIFY(!upscale_latents(x, 11, 16, plain).equal(upscale_latents(x, 11, 16, aa)));
        QVERIFY(!latent_upscale_mode("latent", plain));  // A1111 looks names up exactly
    }

    void targetSizesAreA1111s() {
        HiresFix h;
        h.scale = 1.5;
        HiresTarget t = hires_target(h, 512, 768, 8, 4096, 4096LL * 4096);
        QCOMPARE(t.width, 768);
        QCOMPARE(t.height, 1152);
        h.scale = 1.3;  // int(512 * 1.3) = 665: the VAE keeps 664
        t = hires_target(h, 512, 512, 8, 4096, 4096LL * 4096);
        QCOMPARE(t.width, 664);
        h.resize_width = 1024;  // one side: the other from the first pass's aspect (1024 * 768 // 512)
        t = hires_target(h, 512, 768, 8, 4096, 4096LL * 4096);
        QCOMPARE(t.width, 1024);
        QCOMPARE(t.height, 1536);
        h.resize_width = 0, h.resize_height = 1000;  // 1000 * 512 // 768 = 666 -> 664
        t = hires_target(h, 512, 768, 8, 4096, 4096LL * 4096);
        QCOMPARE(t.width, 664);
        QCOMPARE(t.height, 1000);
        // Both sides: cover 1024x768 (upscale to 1024x1024), then cut 32 latent rows, 16 above.
        h.resize_width = 1024, h.resize_height = 768;
        t = hires_target(h, 512, 512, 8, 4096, 4096LL * 4096);
        QCOMPARE(t.upscale_width, 1024);
        QCOMPARE(t.upscale_height, 1024);
        QCOMPARE(t.truncate_y, 32);
        QCOMPARE(t.width, 1024);
        QCOMPARE(t.height, 768);
        // Latent rows numbered 0..63, doubled to 128 (row i = i / 2), rows 16..111 kept.
        const at::Tensor rows = at::arange(64, at::kFloat).view({1, 1, 64, 1}).expand({1, 4, 64, 64}).contiguous();
        LatentUpscaleMode nearest;
        latent_upscale_mode("Latent (nearest)", nearest);
        const at::Tensor cut = hires_upscale_latents(rows, t, 8, nearest);
        QVERIFY(cut.sizes().vec() == (std::vector<int64_t>{1, 4, 96, 128}));
        QCOMPARE(cut[0][0][0][0].item<float>(), 8.0f);
        QCOMPARE(cut[0][0][95][0].item<float>(), 55.0f);
        // The same cut in pixels for image upscalers: the top 16 * 8 rows go.
        Image tall{64, 64, std::vector<uint8_t>(64 * 64 * 3)};
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x) tall.rgb[(y * 64 + x) * 3] = static_cast<uint8_t>(y * 4);
        const Image up = hires_upscale_image(tall, t, 8, find_hires_upscaler("Nearest"));
        QCOMPARE(up.width, 1024);
        QCOMPARE(up.height, 768);
        QCOMPARE(static_cast<int>(up.rgb[0]), (16 * 8 / 16) * 4);  // pixel row 128 of 1024 = source row 8
    }

    void secondPassIsPlainImg2imgOfTheLanczosUpscale() {
        STIPPLE_REQUIRE_SHARED();
        auto pipeline = tiny_sd15();
        const GenerationRequest hires = hires_request("Lanczos");
        const GenerationResult result = pipeline->generate(hires);
        QVERIFY(!result.cancelled);
        QCOMPARE(result.images.size(), size_t(1));
        QCOMPARE(result.images[0].width, 128);
        QCOMPARE(result.images[0].height, 128);
        // First pass: the plain txt2img of the request.
        const GenerationResult first = pipeline->generate(base_request());
        // The upscale, done here with the img2img resize (OpenCV Lanczos), then a plain img2img.
        GenerationRequest plain = plain_second_pass(hires, 128, 128);
        plain.init_image = resize_image(first.images[0], 128, 128, ResizeMode::JustResize);
        const GenerationResult second = pipeline->generate(plain);
        QCOMPARE(second.total_steps, 4);
        QVERIFY2(result.images[0].rgb == second.images[0].rgb, "hires result != plain img2img of the upscaled first image");
        // And it is not merely the first image enlarged.
        QVERIFY(result.images[0].rgb != plain.init_image->rgb);
    }

    void secondPassIsPlainImg2imgOfAModelUpscale() {
        // An ESRGAN-family file (the upscaler suite's tiny random-weight Real-ESRGAN compact 4x): the
        // first image through the upscaler API to 128x128, then a plain img2img.
        STIPPLE_REQUIRE_SHARED();
        auto pipeline = tiny_sd15();
        const std::string model = test::source_path("tests/data/upscaler/srvgg_x4.safetensors");
        const GenerationRequest hires = hires_request(model);
        const GenerationResult result = pipeline->generate(hires);
        const GenerationResult first = pipeline->generate(base_request());
        GenerationRequest plain = plain_second_pass(hires, 128, 128);
        plain.init_image = upscale_image(*make_upscaler(model), first.images.at(0), 128, 128);
        QVERIFY(pipeline->generate(plain).images.at(0).rgb == result.images.at(0).rgb);
        QVERIFY(result.images[0].rgb != pipeline->generate(hires_request("Lanczos")).images.at(0).rgb);
        // The infotext names the model as A1111 names upscalers: no folder, no extension.
        const std::string text = format_infotext(infotext_for_image(hires, 1, 64, 64, {}));
        QVERIFY2(text.find("Hires upscaler: srvgg_x4") != std::string::npos, text.c_str());
        // A file that is no upscaler model: one line, before any step.
        Steps steps;
        const std::string message = error_of([&] {
            pipeline->generate(hires_request(test::source_path("tests/data/upscaler/srvgg_x4.io.safetensors")), &steps);
        });
        QVERIFY2(one_line(message) && message.find("srvgg_x4.io.safetensors") != std::string::npos, message.c_str());
        QVERIFY(steps.seen.empty());
    }

    void secondPassIsPlainImg2imgOfTheUpscaledLatents() {
        STIPPLE_REQUIRE_SHARED();
        auto pipeline = tiny_sd15();
        auto* sd = dynamic_cast<StableDiffusionPipeline*>(pipeline.get());
        QVERIFY(sd);
        for (const char* upscaler : {"Latent", "Latent (bicubic antialiased)"}) {
            const GenerationRequest hires = hires_request(upscaler);
            const GenerationResult result = pipeline->generate(hires);
            QCOMPARE(result.images.at(0).width, 128);
            // First pass: the plain txt2img's final latents, upscaled as A1111 does (checked against
            // torch above), then an img2img that starts from them instead of an encoded picture.
            std::unique_ptr<GenerationRun> run = pipeline->start(base_request());
            QVERIFY(pipeline->advance(*run, 0));
            LatentUpscaleMode mode;
            QVERIFY(latent_upscale_mode(upscaler, mode));
            const at::Tensor up = upscale_latents(run->latents(), 16, 16, mode);
            const GenerationResult second = sd->generate_from_latents(plain_second_pass(hires, 128, 128), up);
            QVERIFY2(result.images[0].rgb == second.images.at(0).rgb, upscaler);
        }
        // The latent and the Lanczos routes differ (the upscaler is really used).
        QVERIFY(pipeline->generate(hires_request("Latent")).images[0].rgb !=
                pipeline->generate(hires_request("Lanczos")).images[0].rgb);
    }

    void stepsCoverBothPasses() {
        STIPPLE_REQUIRE_SHARED();
        auto pipeline = tiny_sd15();
        Steps steps;
        const GenerationResult result = pipeline->generate(hires_request("Latent"), &steps);
        // 6 first-pass steps, then 4 (8 hires steps x strength 0.5): one run of 10.
        QCOMPARE(result.total_steps, 10);
        QCOMPARE(result.steps_done, 10);
        QVERIFY(!result.finished_early());
        QCOMPARE(steps.seen.size(), size_t(10));
        for (size_t i = 0; i < steps.seen.size(); ++i) {
            QCOMPARE(steps.seen[i].step, static_cast<int>(i + 1));
            QCOMPARE(steps.seen[i].total, 10);
            // The first pass's latents are 8x8, the second's 16x16: the preview shows both.
            QCOMPARE(steps.seen[i].latents.size(3), i < 6 ? int64_t(8) : int64_t(16));
        }
    }

    void batchesUpscaleEachImage() {
        // Two seeds: each image's own first pass is upscaled and denoised again with its own seed —
        // the same as running that seed alone, up to the rounding a batch brings anyway (a plain
        // txt2img batch differs from single runs by one level here too).
        STIPPLE_REQUIRE_SHARED();
        auto pipeline = tiny_sd15();
        const auto max_diff = [](const Image& a, const Image& b) {
            int d = a.rgb.size() == b.rgb.size() ? 0 : 256;
            for (size_t k = 0; d < 256 && k < a.rgb.size(); ++k) d = std::max(d, std::abs(int(a.rgb[k]) - int(b.rgb[k])));
            return d;
        };
        GenerationRequest plain_two = base_request();
        plain_two.seeds = {1234, 99};
        const GenerationResult plain_batch = pipeline->generate(plain_two);
        int batch_rounding = 1;
        for (size_t i = 0; i < 2; ++i) {
            GenerationRequest one = base_request();
            one.seeds = {plain_two.seeds[i]};
            batch_rounding = std::max(batch_rounding, max_diff(pipeline->generate(one).images.at(0), plain_batch.images.at(i)));
        }
        for (const char* upscaler : {"Lanczos", "Latent"}) {
            GenerationRequest two = hires_request(upscaler);
            two.seeds = plain_two.seeds;
            Steps steps;
            const GenerationResult batch = pipeline->generate(two, &steps);
            QCOMPARE(batch.images.size(), size_t(2));
            QCOMPARE(batch.total_steps, 10);
            QCOMPARE(steps.seen.size(), size_t(10));
            QCOMPARE(steps.seen.back().latents.size(0), int64_t(2));
            std::vector<Image> alone;
            for (uint64_t seed : two.seeds) {
                GenerationRequest one = hires_request(upscaler);
                one.seeds = {seed};
                alone.push_back(pipeline->generate(one).images.at(0));
            }
            for (size_t i = 0; i < 2; ++i) {
                const int own = max_diff(alone[i], batch.images[i]), other = max_diff(alone[1 - i], batch.images[i]);
                QVERIFY2(own <= batch_rounding && other > 10 * batch_rounding,
                         (std::string(upscaler) + ": image " + std::to_string(i) + " is " + std::to_string(own) +
                          " levels from its seed's own run, " + std::to_string(other) + " from the other's")
                             .c_str());
            }
        }
    }

    void cancelAndFinishNowInTheSecondPass() {
        STIPPLE_REQUIRE_SHARED();
        auto pipeline = tiny_sd15();
        const GenerationRequest hires = hires_request("Lanczos");
        const GenerationResult whole = pipeline->generate(hires);
        {
            RunControl control;
            Steps steps;
            steps.control = &control;
            steps.cancel_at = 7;  // the second pass's first step
            const GenerationResult r = pipeline->generate(hires, &steps, &control);
            QVERIFY(r.cancelled);
            QVERIFY(r.images.empty());
            QCOMPARE(r.steps_done, 7);
            QCOMPARE(r.total_steps, 10);
            QCOMPARE(steps.seen.size(), size_t(7));
        }
        {
            // Finish now in the second pass: its x0 estimate at the final size; the step it stopped
            // at ("Finished at step", counted over both passes) makes it again exactly.
            RunControl control;
            Steps steps;
            steps.control = &control;
            steps.finish_at = 8;
            const GenerationResult r = pipeline->generate(hires, &steps, &control);
            QVERIFY(!r.cancelled);
            QVERIFY(r.finished_early());
            QCOMPARE(r.steps_done, 8);
            QCOMPARE(r.images.at(0).width, 128);
            GenerationRequest again = hires;
            again.stop_at_step = 8;
            QVERIFY(pipeline->generate(again).images.at(0).rgb == r.images[0].rgb);
            QVERIFY(r.images[0].rgb != whole.images[0].rgb);
        }
        {
            // Stopped within the first pass: the first pass's picture at its own size.
            GenerationRequest early = hires;
            early.stop_at_step = 6;
            const GenerationResult r = pipeline->generate(early);
            QCOMPARE(r.images.at(0).width, 64);
            QCOMPARE(r.steps_done, 6);
            QCOMPARE(r.total_steps, 10);
            QVERIFY(r.images[0].rgb == pipeline->generate(base_request()).images.at(0).rgb);
        }
        // After all that the pipeline makes the same picture as before.
        QVERIFY(pipeline->generate(hires).images.at(0).rgb == whole.images[0].rgb);
    }

    void infotextRoundTrip() {
        GenerationRequest r = hires_request("Latent (bicubic antialiased)");
        r.strength = 0.45;
        r.hires->steps = 4;
        const std::string text = format_infotext(infotext_for_image(r, 1234, 64, 64, {"m", "", "v"}));
        QVERIFY2(text.find("Size: 64x64") != std::string::npos, text.c_str());
        QVERIFY2(text.find("Denoising strength: 0.45") != std::string::npos, text.c_str());
        QVERIFY2(text.find("Hires upscale: 2, Hires steps: 4, Hires upscaler: Latent (bicubic antialiased), Version: v") !=
                     std::string::npos,
                 text.c_str());
        RestoredRequest back = request_from_infotext(parse_infotext(text));
        QVERIFY(back.problems.empty());
        QVERIFY(back.request.hires.has_value());
        QCOMPARE(back.request.hires->scale, 2.0);
        QCOMPARE(back.request.hires->steps, 4);
        QCOMPARE(back.request.hires->upscaler, std::string("Latent (bicubic antialiased)"));
        QCOMPARE(back.request.strength, 0.45);
        QCOMPARE(back.request.width, 64);
        // A size instead of a scale: "Hires resize", no "Hires upscale"; steps 0 are not written.
        r.hires->resize_width = 1024;
        r.hires->resize_height = 0;
        r.hires->steps = 0;
        const std::string resized = format_infotext(infotext_for_image(r, 1, 512, 512, {}));
        QVERIFY2(resized.find("Hires resize: 1024x0, Hires upscaler: Latent (bicubic antialiased)") != std::string::npos,
                 resized.c_str());
        QVERIFY(resized.find("Hires upscale:") == std::string::npos);
        QVERIFY(resized.find("Hires steps") == std::string::npos);
        back = request_from_infotext(parse_infotext(resized));
        QCOMPARE(back.request.hires->resize_width, 1024);
        QCOMPARE(back.request.hires->resize_height, 0);
        // A1111's own text; without "Denoising strength" A1111 does not turn hires fix on.
        const std::string a1111 =
            "a cat\nSteps: 20, Sampler: Euler a, CFG scale: 7, Seed: 1, Size: 512x512, Denoising strength: 0.7, "
            "Hires upscale: 1.5, Hires upscaler: Latent, Version: v1.10.1";
        back = request_from_infotext(parse_infotext(a1111));
        QVERIFY(back.request.hires.has_value());
        QCOMPARE(back.request.hires->scale, 1.5);
        QCOMPARE(back.request.hires->upscaler, std::string("Latent"));
        QCOMPARE(back.request.strength, 0.7);
        // (the keys are then shown as not used, like any key Stipple does not use).
        const RestoredRequest off =
            request_from_infotext(parse_infotext("a cat\nSteps: 20, Seed: 1, Hires upscale: 2, Hires upscaler: Latent"));
        QVERIFY(!off.request.hires.has_value());
        QCOMPARE(off.unknown.size(), size_t(2));
        QVERIFY(back.unknown.empty());
        // A restored request runs and gives the first image again (the service writes the first
        // pass's size as "Size", as A1111 does, though the image is twice as large).
        STIPPLE_REQUIRE_SHARED();
        GenerationService service;
        LoadSettings settings;
        settings.options.dtype = DType::Float32;
        service.load(test::shared_path("fixtures/models/tiny-sd15"), settings);
        const GenerationRequest ran = hires_request("Lanczos");
        const GenerationResult result = service.pipeline().generate(ran);
        const std::string params = service.parameters(ran, result, 0);
        QVERIFY2(params.find("Size: 64x64") != std::string::npos, params.c_str());
        const RestoredRequest restored = request_from_infotext(parse_infotext(params));
        QVERIFY(restored.problems.empty());
        const GenerationRequest again = restored.request;
        QVERIFY(service.pipeline().generate(again).images.at(0).rgb == result.images.at(0).rgb);
    }

    void badSettingsFailBeforeAnyStep() {
        STIPPLE_REQUIRE_SHARED();
        auto pipeline = tiny_sd15();
        const auto failure = [&](const std::function<void(GenerationRequest&)>& change) {
            GenerationRequest r = hires_request("Lanczos");
            change(r);
            Steps steps;
            const std::string message = error_of([&] { pipeline->generate(r, &steps); });
            if (!steps.seen.empty()) return std::string("ran ") + std::to_string(steps.seen.size()) + " steps first";
            return message;
        };
        const std::vector<std::pair<std::function<void(GenerationRequest&)>, std::string>> cases = {
            {[](GenerationRequest& r) { r.hires->scale = 0; }, "hires scale must be from 1 to 4"},
            {[](GenerationRequest& r) { r.hires->scale = 4.5; }, "hires scale must be from 1 to 4"},
            {[](GenerationRequest& r) { r.hires->scale = std::nan(""); }, "hires scale must be from 1 to 4"},
            {[](GenerationRequest& r) { r.hires->resize_width = 8192, r.hires->resize_height = 8192; }, "beyond the size limit"},
            {[](GenerationRequest& r) { r.width = 64, r.height = 32, r.hires->resize_width = r.hires->resize_height = 4096; },
             "beyond the size limit"},
            {[](GenerationRequest& r) { r.hires->resize_width = -8; }, "negative"},
            {[](GenerationRequest& r) { r.hires->upscaler = "Foo 4x"; }, "unknown hires upscaler 'Foo 4x'"},
            {[](GenerationRequest& r) { r.hires->upscaler = "latent"; }, "unknown hires upscaler"},
            {[](GenerationRequest& r) { r.hires->steps = -1; }, "hires steps"},
            {[](GenerationRequest& r) { r.hires->steps = 2, r.strength = 0.2; }, "leaves no step to run"},
            {[](GenerationRequest& r) { r.strength = 0; }, "strength"},
            {[](GenerationRequest& r) { r.init_image = Image{64, 64, std::vector<uint8_t>(64 * 64 * 3)}; }, "txt2img"},
        };
        for (const auto& [change, expected] : cases) {
            const std::string message = failure(change);
            QVERIFY2(one_line(message) && message.find(expected) != std::string::npos,
                     ("want '" + expected + "', got '" + message + "'").c_str());
        }
        // Seed triage pauses runs step by step; a hires request says it cannot.
        QVERIFY(error_of([&] { pipeline->start(hires_request("Latent")); }).find("hires fix") != std::string::npos);
    }

    void sdxlRunsOrRefusesInOneLine() {
        // SDXL: hires fix's second pass is an img2img, so it follows what SDXL img2img does here:
        // refused in one line before any step, or (once SDXL img2img exists) a plain img2img again.
        STIPPLE_REQUIRE_SHARED();
        PipelineOptions o;
        o.dtype = DType::Float32;
        auto pipeline = Pipeline::load(test::shared_path("fixtures/models/tiny-sdxl"), o);
        GenerationRequest hires = hires_request("Lanczos");
        hires.scheduler = "Euler";
        GenerationRequest img2img = base_request();
        img2img.init_image = Image{64, 64, std::vector<uint8_t>(64 * 64 * 3, 128)};
        img2img.strength = 0.5;
        const std::string plain_error = error_of([&] { pipeline->generate(img2img); });
        Steps steps;
        const std::string hires_error = error_of([&] { pipeline->generate(hires, &steps); });
        if (!plain_error.empty()) {
            QVERIFY2(one_line(hires_error) && hires_error == plain_error, hires_error.c_str());
            QVERIFY(steps.seen.empty());
            return;
        }
        QVERIFY2(hires_error.empty(), hires_error.c_str());
        GenerationRequest first = hires;
        first.hires.reset();
        const GenerationResult low = pipeline->generate(first);
        GenerationRequest plain = plain_second_pass(hires, 128, 128);
        plain.init_image = resize_image(low.images.at(0), 128, 128, ResizeMode::JustResize);
        QVERIFY(pipeline->generate(hires).images.at(0).rgb == pipeline->generate(plain).images.at(0).rgb);
    }
};

QTEST_GUILESS_MAIN(HiresFixTest)
#include "test_pipeline_hires_fix.moc"
