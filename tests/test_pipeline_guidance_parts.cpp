// The guidance parts (StepInfo::denoised_cond / denoised_uncond): at every guided step, mixing the
// prompt's and the negative prompt's x0 estimates at the request's own scale gives the scheduler's
// x0 estimate of the guided output (StepInfo::denoised), for epsilon and v-prediction models and
// every sampler family whose x0 is affine in the model output; asking for the parts changes nothing
// in the run, and nothing is filled when the observer does not ask or no guidance ran.
#include "common/image.h"
#include "pipeline/pipeline.h"
#include "pipeline/stable_diffusion.h"
#include "support/fixtures.h"
#include "support/test_images.h"

#include <QtTest>

#include <filesystem>
#include <memory>
#include <vector>

using namespace stipple;
using stipple::test::gradient;

namespace {

struct StepParts {
    at::Tensor denoised, cond, uncond;
};

class PartsRecorder final : public StepObserver {
public:
    explicit PartsRecorder(bool want) : want_(want) {}
    void on_step(const StepInfo& info) override { steps.push_back({info.denoised, info.denoised_cond, info.denoised_uncond}); }
    bool wants_guidance_parts() const override { return want_; }
    std::vector<StepParts> steps;

private:
    bool want_;
};

GenerationRequest request(const std::string& scheduler, double scale) {
    GenerationRequest r;
    r.prompt = "a small green triangle";
    r.negative_prompt = "blurry";
    r.steps = 8;
    r.width = r.height = 64;
    r.guidance_scale = scale;
    r.scheduler = scheduler;
    r.seeds = {4242};
    return r;
}

// The largest |uncond + s (cond - uncond) - denoised| over all steps, relative to the largest |denoised|.
double worst_mix_error(const std::vector<StepParts>& steps, double scale) {
    double worst = 0;
    for (const StepParts& s : steps) {
        const at::Tensor mixed = s.uncond + scale * (s.cond - s.uncond);
        const double err = (mixed - s.denoised).abs().max().item<double>();
        worst = std::max(worst, err / std::max(1.0, s.denoised.abs().max().item<double>()));
    }
    return worst;
}

}  // namespace

class PipelineGuidancePartsTest : public QObject {
    Q_OBJECT
    std::unique_ptr<Pipeline> sd15_, sd2v_;

    void checkMix(Pipeline& pipeline, const GenerationRequest& r) {
        PartsRecorder recorder(true);
        pipeline.generate(r, &recorder);
        QVERIFY(!recorder.steps.empty());
        for (const StepParts& s : recorder.steps) {
            QVERIFY2(s.cond.defined() && s.uncond.defined(), "a guided step without its parts");
            QCOMPARE(s.cond.sizes(), s.denoised.sizes());
        }
        // Not trivially equal: the prompt does move the estimate.
        QVERIFY((recorder.steps.front().cond - recorder.steps.front().uncond).abs().max().item<double>() > 1e-4);
        const double err = worst_mix_error(recorder.steps, r.guidance_scale);
        qInfo("worst relative |mix - denoised| = %.3g over %zu steps", err, recorder.steps.size());
        QVERIFY2(err < 1e-4, qPrintable(QString("mixing the parts at %1 misses StepInfo::denoised by %2").arg(r.guidance_scale).arg(err)));
        // And at another scale it does not: the check can fail.
        QVERIFY(worst_mix_error(recorder.steps, r.guidance_scale + 2.0) > 10 * err);
    }

private Q_SLOTS:
    void initTestCase() {
        STIPPLE_REQUIRE_SHARED();
        sd15_ = Pipeline::load(test::shared_path("fixtures/models/tiny-sd15"));
        sd2v_ = Pipeline::load(test::shared_path("fixtures/models/tiny-sd2v"));
    }

    void mixAtTheRequestScaleIsTheGuidedEstimate_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("scheduler");
        for (const char* model : {"sd15 (epsilon)", "sd2v (v-prediction)"})
            for (const char* s : {"", "Euler", "Euler a", "Heun", "DPM2", "DPM++ 2M Karras", "DPM++ 2M SDE", "UniPC", "LMS",
                                  "DDIM", "DDPM", "LCM"})
                QTest::newRow(qPrintable(QString("%1 %2").arg(model, *s ? s : "model default")))
                    << QString(model) << QString(s);
    }
    void mixAtTheRequestScaleIsTheGuidedEstimate() {
        QFETCH(QString, model);
        QFETCH(QString, scheduler);
        Pipeline& pipeline = model.startsWith("sd15") ? *sd15_ : *sd2v_;
        checkMix(pipeline, request(scheduler.toStdString(), 6.5));
    }

    void builtInModel() {
        const std::string dir = test::source_path("resources/models/stipple-shapes");
        if (!std::filesystem::is_regular_file(dir + "/unet/diffusion_pytorch_model.safetensors"))
            QSKIP("the built-in model's weights are absent (resources/models/stipple-shapes)");
        auto pipeline = Pipeline::load(dir);
        GenerationRequest r = request("", 5.0);  // its default: DPM++ 2M Karras, v-prediction
        r.prompt = "a red circle";
        r.negative_prompt = "";
        r.width = r.height = 0;
        checkMix(*pipeline, r);
    }

    // With AND the prompt's part is the sub-prompts composed at scale 1, so the identity still holds.
    void composablePrompt() {
        GenerationRequest r = request("Euler a", 7.0);
        r.prompt = "a green triangle AND a red circle :0.6";
        checkMix(*sd15_, r);
    }

    void promptEditing() {
        GenerationRequest r = request("DPM++ 2M Karras", 7.0);
        r.prompt = "a [green:red:0.5] triangle";
        checkMix(*sd15_, r);
    }

    // A negative prompt longer than one 75-token chunk runs as its own UNet pass (A1111 style).
    void negativeOfAnotherLength() {
        GenerationRequest r = request("Euler a", 7.0);
        r.negative_prompt.clear();
        for (int i = 0; i < 40; ++i) r.negative_prompt += "blurry noisy ";
        auto* sd = dynamic_cast<StableDiffusionPipeline*>(sd15_.get());
        QVERIFY(sd);
        const int64_t before = sd->unet_calls();
        checkMix(*sd15_, r);
        QCOMPARE(sd->unet_calls() - before, int64_t{2 * 8});  // two passes per step: that path ran
    }

    void img2imgAndInpaint() {
        GenerationRequest r = request("Euler", 7.5);
        r.init_image = gradient(64, 64);
        r.strength = 0.6;
        checkMix(*sd15_, r);

        auto inpaint = Pipeline::load(test::shared_path("fixtures/models/tiny-sd-inpaint"));
        Image mask{64, 64, std::vector<uint8_t>(64 * 64 * 3, 0)};
        for (int y = 16; y < 48; ++y)
            for (int x = 16; x < 48; ++x)
                for (int c = 0; c < 3; ++c) mask.rgb[(static_cast<size_t>(y) * 64 + x) * 3 + c] = 255;
        r.mask = mask;
        r.strength = 1.0;
        checkMix(*inpaint, r);
    }

    // Asking for the parts steps copies only: the run's images and its estimates stay the same.
    void askingChangesNothingAndNotAskingFillsNothing_data() {
        QTest::addColumn<QString>("scheduler");
        for (const char* s : {"Euler a", "DPM++ 2M SDE", "Heun", "DDPM", ""}) QTest::newRow(*s ? s : "PNDM") << QString(s);
    }
    void askingChangesNothingAndNotAskingFillsNothing() {
        QFETCH(QString, scheduler);
        const GenerationRequest r = request(scheduler.toStdString(), 7.5);
        PartsRecorder asking(true), silent(false);
        const GenerationResult with = sd15_->generate(r, &asking);
        const GenerationResult without = sd15_->generate(r, &silent);
        QVERIFY2(with.images[0].rgb == without.images[0].rgb, "asking for the guidance parts changed the image");
        QCOMPARE(asking.steps.size(), silent.steps.size());
        for (size_t i = 0; i < silent.steps.size(); ++i) {
            QVERIFY(!silent.steps[i].cond.defined() && !silent.steps[i].uncond.defined());
            QVERIFY(at::equal(asking.steps[i].denoised, silent.steps[i].denoised));
        }
    }

    void noPartsWithoutGuidance() {
        PartsRecorder asking(true);
        sd15_->generate(request("Euler", 1.0), &asking);
        QVERIFY(!asking.steps.empty());
        for (const StepParts& s : asking.steps) QVERIFY(!s.cond.defined() && !s.uncond.defined());
    }
};

QTEST_GUILESS_MAIN(PipelineGuidancePartsTest)
#include "test_pipeline_guidance_parts.moc"
