// The teaching tools on a tiny model: a run paused at 40 % and continued gives the image of an
// uninterrupted run (ancestral, multistep and SDE samplers alike), seed triage finishes the
// chosen seeds to the same images as full runs, a recorded timeline has one GIF/MP4 frame per
// step, and forward noising follows the model's schedule (t = 0: the VAE round trip).
#include "common/error.h"
#include "common/random.h"
#include "image/timeline_export.h"
#include "teach/forward_noising.h"
#include "pipeline/pipeline.h"
#include "teach/seed_triage.h"
#include "teach/timeline_recorder.h"
#include "support/fixtures.h"

#include <nlohmann/json.hpp>
#include <opencv2/videoio.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace stipple;

namespace {

GenerationRequest request(const std::string& scheduler, uint64_t seed) {
    GenerationRequest r;
    r.prompt = "a small green triangle";
    r.negative_prompt = "noise";
    r.steps = 10;
    r.width = r.height = 64;
    r.guidance_scale = 5.0;
    r.scheduler = scheduler;
    r.seeds = {seed};
    return r;
}

}  // namespace

class PipelineTeachingTest : public QObject {
    Q_OBJECT
    std::unique_ptr<Pipeline> pipeline_;

private Q_SLOTS:
    void initTestCase() {
        STIPPLE_REQUIRE_SHARED();
        pipeline_ = Pipeline::load(test::shared_path("fixtures/models/tiny-sd15"));
    }

    void continuingFrom40PercentEqualsAnUninterruptedRun_data() {
        QTest::addColumn<QString>("scheduler");
        for (const char* s : {"", "Euler a", "DPM++ 2M Karras", "DPM++ 2M SDE", "Heun", "UniPC", "LMS", "DDPM"})
            QTest::newRow(*s ? s : "model default (PNDM)") << QString(s);
    }
    void continuingFrom40PercentEqualsAnUninterruptedRun() {
        QFETCH(QString, scheduler);
        const GenerationRequest r = request(scheduler.toStdString(), 1234);
        const GenerationResult whole = pipeline_->generate(r);

        auto paused = pipeline_->start(r);
        const int total = paused->total_steps();
        QVERIFY(pipeline_->advance(*paused, total * 4 / 10));
        QCOMPARE(paused->steps_done(), total * 4 / 10);
        // The preview of the paused run is its x0 estimate, not the final image.
        const GenerationResult preview = pipeline_->finish(*paused);
        QCOMPARE(preview.steps_done, total * 4 / 10);
        QVERIFY(preview.images[0].rgb != whole.images[0].rgb);
        // Something else runs on the pipeline in between (another seed, other random draws).
        pipeline_->generate(request(scheduler.toStdString(), 99));
        QVERIFY(pipeline_->advance(*paused, 0));
        const GenerationResult continued = pipeline_->finish(*paused);
        QCOMPARE(continued.steps_done, total);
        QVERIFY2(continued.images[0].rgb == whole.images[0].rgb, "the continued run differs from the whole run");
    }

    void cancelledAdvanceKeepsTheRunResumable() {
        const GenerationRequest r = request("Euler a", 77);
        const GenerationResult whole = pipeline_->generate(r);
        auto run = pipeline_->start(r);
        RunControl stop;
        stop.cancel = true;
        QVERIFY(!pipeline_->advance(*run, 0, nullptr, &stop));
        QCOMPARE(run->steps_done(), 0);
        QVERIFY_THROWS_EXCEPTION(Error, pipeline_->finish(*run));  // nothing to decode yet
        QVERIFY(pipeline_->advance(*run, 0));
        QVERIFY(pipeline_->finish(*run).images[0].rgb == whole.images[0].rgb);
    }

    void seedTriageFinishesChosenSeedsExactly() {
        const GenerationRequest base = request("DPM++ 2M Karras", 0);
        SeedTriage triage(*pipeline_, base, {5, 6, 7, 8}, 0.4);
        int steps_seen = 0;
        struct Count : StepObserver {
            int* n;
            explicit Count(int* c) : n(c) {}
            void on_step(const StepInfo&) override { ++*n; }
        } count(&steps_seen);
        for (size_t i = 0; i < 4; ++i) {
            const Image preview = triage.render_preview(i, PreviewMethod::LatentToRgb, &count);
            QVERIFY(!preview.empty());
        }
        QCOMPARE(steps_seen, 4 * 4);  // 40 % of 10 steps each, no more
        // Finishing seed 7 runs only the remaining 60 %.
        steps_seen = 0;
        const GenerationResult finished = triage.finish(2, &count);
        QCOMPARE(steps_seen, 6);
        GenerationRequest alone = base;
        alone.seeds = {7};
        QVERIFY(finished.images[0].rgb == pipeline_->generate(alone).images[0].rgb);
        QVERIFY_THROWS_EXCEPTION(Error, SeedTriage(*pipeline_, base, {1}, 0.0));
        QVERIFY_THROWS_EXCEPTION(Error, SeedTriage(*pipeline_, base, {}, 0.5));
    }

    void timelineHasOneFramePerStepInGifAndMp4() {
        const GenerationRequest r = request("Euler", 31);
        TimelineRecorder recorder(*pipeline_, PreviewMethod::FullVae, TimelineView::Both);
        const GenerationResult result = pipeline_->generate(r, &recorder);
        const auto& frames = recorder.frames();
        QCOMPARE(static_cast<int>(frames.size()), r.steps);
        QCOMPARE(frames.front().step, 1);
        QCOMPARE(frames.back().step, r.steps);
        QVERIFY(frames.front().timestep > frames.back().timestep);
        // The last noisy frame is the final image (both decoded with the full VAE).
        QVERIFY(frames.back().noisy.rgb == result.images[0].rgb);
        QVERIFY(!frames.front().denoised.empty());

        QTemporaryDir dir;
        const std::vector<Image> x0 = timeline_images(frames, TimelineView::Denoised, 64, 64);
        const std::vector<Image> both = timeline_images(frames, TimelineView::Both, 64, 64);
        QCOMPARE(both.front().width, 128);
        const std::string gif = dir.filePath("t.gif").toStdString(), mp4 = dir.filePath("t.mp4").toStdString();
        write_gif(gif, x0, 100);
        write_mp4(mp4, both, 8);
        QCOMPARE(read_gif_info(gif).frames, r.steps);
        cv::VideoCapture cap(mp4);
        cv::Mat frame;
        int count = 0;
        while (cap.read(frame)) ++count;
        QCOMPARE(count, r.steps);
        const auto json = nlohmann::json::parse(
            timeline_json("a small green triangle\nSteps: 10, Seed: 31", frames, TimelineView::Both,
                          PreviewMethod::FullVae, 8, "mp4"));
        QCOMPARE(json["frames"].size(), size_t(10));
        QCOMPARE(json["frames"][0]["step"].get<int>(), 1);

        const LabelledGrid strip = make_filmstrip(frames, TimelineView::Both, 3, 64, 64);
        QCOMPARE(strip.cells.size(), size_t(2 * 5));  // steps 1, 3, 6, 9 and the last, 10; x0 over x_t
    }

    void forwardNoisingAtZeroIsTheVaeRoundTrip() {
        Image image;
        image.width = image.height = 64;
        image.rgb.resize(64 * 64 * 3);
        for (size_t i = 0; i < image.rgb.size(); ++i) image.rgb[i] = static_cast<uint8_t>((i * 37) % 251);
        const at::Tensor x0 = pipeline_->encode(image);
        QCOMPARE(x0.dim(), int64_t(4));
        QCOMPARE(x0.size(1), int64_t(4));
        QCOMPARE(x0.size(2), int64_t(8));
        QCOMPARE(x0.size(3), int64_t(8));
        const at::Tensor ac = pipeline_->alphas_cumprod();
        const at::Tensor x_0 = forward_noise(x0, ac, 0, 5);
        QVERIFY(at::equal(x_0, x0));
        QVERIFY(pipeline_->preview(x_0, PreviewMethod::FullVae).rgb ==
                pipeline_->preview(pipeline_->encode(image), PreviewMethod::FullVae).rgb);
        QVERIFY_THROWS_EXCEPTION(Error, forward_noise(x0, ac, 1001, 5));
    }

    void forwardNoisingAt999HasTheScheduleStatistics() {
        // The schedule computed here by hand from tiny-sd15's scheduler_config.json (scaled_linear,
        // 0.00085 … 0.012, 1000 steps): betas = linspace(sqrt(b0), sqrt(b1), 1000)^2.
        const at::Tensor ac = pipeline_->alphas_cumprod();
        QCOMPARE(ac.numel(), int64_t(1000));
        double cumprod = 1.0;
        std::vector<double> expected;
        for (int i = 0; i < 1000; ++i) {
            const double s = std::sqrt(0.00085) + (std::sqrt(0.012) - std::sqrt(0.00085)) * i / 999.0;
            cumprod *= 1.0 - s * s;
            expected.push_back(cumprod);
        }
        for (int t : {1, 100, 500, 999, 1000})
            QVERIFY2(std::fabs(alpha_bar_at(ac, t) - expected[t - 1]) <= 1e-5 * expected[t - 1] + 1e-7,
                     qPrintable(QString("abar(%1) = %2, expected %3").arg(t).arg(alpha_bar_at(ac, t)).arg(expected[t - 1])));

        // A latent big enough for statistics: 256x256 pixels -> 4x32x32 values.
        Image image;
        image.width = image.height = 256;
        image.rgb.assign(256 * 256 * 3, 0);
        for (size_t i = 0; i < image.rgb.size(); ++i) image.rgb[i] = static_cast<uint8_t>((i / 3 % 256) ^ (i / 768));
        const at::Tensor x0 = pipeline_->encode(image);
        const double ab = expected[998];
        const at::Tensor xt = forward_noise(x0, ac, 999, 2024);
        const at::Tensor eps = (xt - std::sqrt(ab) * x0) / std::sqrt(1 - ab);
        QVERIFY2(std::fabs(eps.mean().item<double>()) < 0.06, "the noise is not centred");
        QVERIFY2(std::fabs(eps.std().item<double>() - 1.0) < 0.05, "the noise does not have unit variance");
        // x_t's own spread: sqrt(abar var(x0) + (1 - abar)) (x0 and eps independent).
        const double var_x0 = x0.var().item<double>();
        const double expected_std = std::sqrt(ab * var_x0 + (1 - ab));
        QVERIFY(std::fabs(xt.std().item<double>() - expected_std) < 0.06 * expected_std);
        // Almost no signal is left at t = 999, much is left at t = 100.
        QVERIFY(std::sqrt(ab) < 0.1);
        QVERIFY(std::sqrt(expected[99]) > 0.9);
        QCOMPARE(latent_channel_images(xt).size(), size_t(4));
    }
};

QTEST_GUILESS_MAIN(PipelineTeachingTest)
#include "test_pipeline_teaching.moc"
