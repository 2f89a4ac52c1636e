// The stages a generation reports to its observer (StepObserver::on_stage), which the presenter's
// pipeline strip lights: text encoder, then the denoising loop, then the VAE decode — in that
// order, once each per pass, with every step report between the loop's start and the decode. Checked
// for txt2img, img2img, inpaint, both hires fix kinds (a latent upscale has no first decode), a run
// in pieces (start / advance / advance / finish), and an aborted run (no decode).
#include "pipeline/pipeline.h"
#include "support/fixtures.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace stipple;

namespace {

std::unique_ptr<Pipeline> load_tiny(const char* name) {
    PipelineOptions o;
    o.dtype = DType::Float32;
    return Pipeline::load(test::shared_path(QStringLiteral("fixtures/models/") + QLatin1String(name)), o);
}

GenerationRequest small_request() {
    GenerationRequest r;
    r.prompt = "a red house by a lake";
    r.negative_prompt = "blurry";
    r.seeds = {7};
    r.steps = 4;
    r.guidance_scale = 5;
    r.scheduler = "Euler";
    r.width = r.height = 64;
    return r;
}

Image solid(int width, int height, uint8_t value) {
    return Image{width, height, std::vector<uint8_t>(static_cast<size_t>(width) * height * 3, value)};
}

// Everything the observer saw, as one line: "T" text encoder, "D" denoising, "V" VAE decode, and a
// step report as its number ("T D 1 2 3 4 V").
struct Trace final : StepObserver {
    std::string events;
    RunControl* control = nullptr;
    int cancel_at = 0;
    void add(const std::string& e) { events += (events.empty() ? "" : " ") + e; }
    void on_step(const StepInfo& info) override {
        add(std::to_string(info.step));
        if (control && info.step == cancel_at) control->cancel = true;
    }
    void on_stage(PipelineStage stage) override {
        add(stage == PipelineStage::TextEncoder ? "T" : stage == PipelineStage::Denoising ? "D" : "V");
    }
};

}  // namespace

class PipelineStagesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void txt2imgReportsEachStageOnceInOrder() {
        STIPPLE_REQUIRE_SHARED();
        auto pipeline = load_tiny("tiny-sd15");
        Trace trace;
        const GenerationResult result = pipeline->generate(small_request(), &trace);
        QCOMPARE(result.images.size(), size_t(1));
        QCOMPARE(QString::fromStdString(trace.events), QStringLiteral("T D 1 2 3 4 V"));
    }

    void img2imgAndInpaintReportTheSameStages() {
        STIPPLE_REQUIRE_SHARED();
        auto pipeline = load_tiny("tiny-sd15");
        GenerationRequest img2img = small_request();
        img2img.init_image = solid(64, 64, 120);
        img2img.strength = 0.5;  // 4 steps x 0.5: the last 2 of the schedule
        Trace a;
        pipeline->generate(img2img, &a);
        QCOMPARE(QString::fromStdString(a.events), QStringLiteral("T D 1 2 V"));

        GenerationRequest inpaint = img2img;
        inpaint.mask = solid(64, 64, 255);
        inpaint.strength = 1.0;
        Trace b;
        pipeline->generate(inpaint, &b);
        QCOMPARE(QString::fromStdString(b.events), QStringLiteral("T D 1 2 3 4 V"));

        auto inpainting_model = load_tiny("tiny-sd-inpaint");
        Trace c;
        inpainting_model->generate(inpaint, &c);
        QCOMPARE(QString::fromStdString(c.events), QStringLiteral("T D 1 2 3 4 V"));
    }

    void hiresFixReportsBothPasses() {
        STIPPLE_REQUIRE_SHARED();
        auto pipeline = load_tiny("tiny-sd15");
        GenerationRequest r = small_request();
        HiresFix h;
        h.scale = 2;
        h.steps = 4;
        r.hires = h;
        r.strength = 0.5;  // second pass: 2 steps, reported as steps 5 and 6 of 6

        r.hires->upscaler = "Lanczos";  // an image upscaler decodes the first pass's picture
        Trace image;
        pipeline->generate(r, &image);
        QCOMPARE(QString::fromStdString(image.events), QStringLiteral("T D 1 2 3 4 V T D 5 6 V"));

        r.hires->upscaler = "Latent";  // a latent upscale goes on from the latents: no first decode
        Trace latent;
        pipeline->generate(r, &latent);
        QCOMPARE(QString::fromStdString(latent.events), QStringLiteral("T D 1 2 3 4 T D 5 6 V"));
    }

    void aRunInPiecesStartsDenoisingOnce() {
        STIPPLE_REQUIRE_SHARED();
        auto pipeline = load_tiny("tiny-sd15");
        auto run = pipeline->start(small_request());
        Trace trace;
        QVERIFY(pipeline->advance(*run, 2, &trace));
        QVERIFY(pipeline->advance(*run, 0, &trace));  // continues: the loop had started already
        QCOMPARE(QString::fromStdString(trace.events), QStringLiteral("D 1 2 3 4"));
        QCOMPARE(pipeline->finish(*run).images.size(), size_t(1));
    }

    void anAbortedRunNeverReachesTheDecode() {
        STIPPLE_REQUIRE_SHARED();
        auto pipeline = load_tiny("tiny-sd15");
        RunControl control;
        Trace trace;
        trace.control = &control;
        trace.cancel_at = 2;
        const GenerationResult result = pipeline->generate(small_request(), &trace, &control);
        QVERIFY(result.cancelled);
        QCOMPARE(QString::fromStdString(trace.events), QStringLiteral("T D 1 2"));
    }
};

QTEST_GUILESS_MAIN(PipelineStagesTest)
#include "test_pipeline_stages.moc"
