// Step caching (DeepCache, GenerationRequest::deep_cache_interval): off it is the plain run bit for
// bit; on, the UNet makes exactly one full pass per interval (per call site) and shallow passes in
// between; a shallow pass given the cache of the same inputs' full pass returns the full output
// (the split is exact, at every branch); a cache is never reused across runs, sizes or models; the
// image stays close to the full run; the setting survives the infotext and bad CLI values are one
// clear line.
#include "common/error.h"
#include "common/image.h"
#include "image/image_psnr.h"
#include "image/infotext.h"
#include "image/request_infotext.h"
#include "nn/unet.h"
#include "pipeline/img2img_steps.h"
#include "pipeline/pipeline.h"
#include "pipeline/stable_diffusion.h"
#include "support/cli_run.h"
#include "support/fixtures.h"
#include "support/test_images.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <filesystem>
#include <memory>
#include <algorithm>
#include <vector>

using namespace stipple;
using stipple::test::gradient;

namespace {

GenerationRequest request(int interval, uint64_t seed = 4242) {
    GenerationRequest r;
    r.prompt = "a small green triangle";
    r.negative_prompt = "blurry";
    r.steps = 8;
    r.width = r.height = 64;
    r.guidance_scale = 7.0;
    r.scheduler = "Euler";
    r.seeds = {seed};
    r.deep_cache_interval = interval;
    return r;
}

Image centre_mask(int w, int h) {
    Image mask{w, h, std::vector<uint8_t>(static_cast<size_t>(w) * h * 3, 0)};
    for (int y = h / 4; y < 3 * h / 4; ++y)
        for (int x = w / 4; x < 3 * w / 4; ++x)
            for (int c = 0; c < 3; ++c) mask.rgb[(static_cast<size_t>(y) * w + x) * 3 + c] = 255;
    return mask;
}

std::string builtin_dir() { return stipple::test::source_path("resources/models/stipple-shapes"); }
bool builtin_present() {
    return std::filesystem::is_regular_file(builtin_dir() + "/unet/diffusion_pytorch_model.safetensors");
}

StableDiffusionPipeline& sd(Pipeline& p) { return dynamic_cast<StableDiffusionPipeline&>(p); }

struct Calls {
    int64_t total = 0, shallow = 0;
};
Calls generate_counting(Pipeline& p, const GenerationRequest& r, GenerationResult* out = nullptr) {
    const int64_t total = sd(p).unet_calls(), shallow = sd(p).unet_shallow_calls();
    GenerationResult result = p.generate(r);
    if (out) *out = std::move(result);
    return {sd(p).unet_calls() - total, sd(p).unet_shallow_calls() - shallow};
}

// A UNet's inputs for one call: noise sample, a timestep, a context (and SDXL's added conditioning).
struct UNetInputs {
    at::Tensor sample, t, context;
    UNetAddedCond added;
};
UNetInputs inputs_for(const UNetConfig& c, int64_t batch, int64_t size) {
    at::manual_seed(7);
    UNetInputs in;
    in.sample = at::randn({batch, c.in_channels, size, size});
    in.t = at::tensor(int64_t{601});
    in.context = at::randn({batch, 7, c.cross_attention_dim[0]});
    if (c.has_text_time()) {
        const int64_t pooled = c.projection_class_embeddings_input_dim - 6 * c.addition_time_embed_dim;
        in.added.text_embeds = at::randn({batch, pooled});
        in.added.time_ids = at::tensor({64.0f, 64.0f, 0.0f, 0.0f, 64.0f, 64.0f}).repeat({batch, 1});
    }
    return in;
}

}  // namespace

class PipelineDeepCacheTest : public QObject {
    Q_OBJECT
    std::unique_ptr<Pipeline> sd15_;

private Q_SLOTS:
    void initTestCase() {
        STIPPLE_REQUIRE_SHARED();
        sd15_ = Pipeline::load(stipple::test::shared_path("fixtures/models/tiny-sd15"));
    }

    // The split: a full pass that stores the deep features returns what forward() returns, and a
    // shallow pass on those features (same inputs) returns it too, at every branch, for a batch of
    // two (CFG), an odd latent size (the up path then upsamples to the skips' sizes), the 9-channel
    // inpainting UNet and SDXL's added conditioning.
    void shallowPassWithTheSameStepsCacheIsTheFullPass_data() {
        QTest::addColumn<QString>("unet");
        QTest::addColumn<int>("size");
        for (const char* m : {"tiny-sd15", "tiny-sd-inpaint", "tiny-sdxl"})
            for (int size : {8, 9}) QTest::newRow(qPrintable(QString("%1 %2x%2").arg(m).arg(size))) << QString(m) << size;
        QTest::newRow("built-in 16x16") << QString("builtin") << 16;
    }
    void shallowPassWithTheSameStepsCacheIsTheFullPass() {
        QFETCH(QString, unet);
        QFETCH(int, size);
        std::string dir;
        if (unet == "builtin") {
            if (!builtin_present()) QSKIP("the built-in model's weights are absent (resources/models/stipple-shapes)");
            dir = builtin_dir() + "/unet";
        } else {
            dir = stipple::test::shared_path("fixtures/models/" + unet + "/unet");
        }
        c10::InferenceMode guard;
        UNet2DConditionModel model = load_unet(dir);
        const UNetInputs in = inputs_for(model->config(), 2, size);
        const at::Tensor full = model->forward(in.sample, in.t, in.context, in.added);
        const int64_t branches = model->deep_cache_branches();
        QVERIFY(branches >= 2);
        for (int64_t branch = 0; branch < branches; ++branch) {
            UNetFeatureCache cache;
            cache.branch = branch;
            const at::Tensor stored = model->forward_and_cache(in.sample, in.t, in.context, in.added, cache);
            QVERIFY2(at::equal(stored, full), "storing the deep features changed the full pass");
            QVERIFY(model->cache_fits(cache, in.sample));
            const int64_t shallow_before = model->shallow_calls();
            const at::Tensor shallow = model->forward_shallow(in.sample, in.t, in.context, in.added, cache);
            QCOMPARE(model->shallow_calls() - shallow_before, int64_t{1});
            QVERIFY2(at::equal(shallow, full),
                     qPrintable(QString("branch %1: shallow pass differs from the full one by %2")
                                    .arg(branch)
                                    .arg((shallow - full).abs().max().item<double>())));
            // And the cached features do matter: with them zeroed the output changes.
            UNetFeatureCache zeroed = cache;
            zeroed.features = at::zeros_like(cache.features);
            QVERIFY(!at::equal(model->forward_shallow(in.sample, in.t, in.context, in.added, zeroed), full));
        }
    }

    // A cache made for another sample shape, by another model, at another branch, or by no pass at
    // all is refused with an Error rather than used.
    void shallowPassRefusesACacheItDidNotMake() {
        c10::InferenceMode guard;
        const std::string dir = stipple::test::shared_path("fixtures/models/tiny-sd15/unet");
        UNet2DConditionModel model = load_unet(dir), other = load_unet(dir);
        const UNetInputs in8 = inputs_for(model->config(), 2, 8), in16 = inputs_for(model->config(), 2, 16);
        const UNetInputs single = inputs_for(model->config(), 1, 8);
        UNetFeatureCache cache;
        QVERIFY_THROWS_EXCEPTION(Error, model->forward_shallow(in8.sample, in8.t, in8.context, {}, cache));
        model->forward_and_cache(in8.sample, in8.t, in8.context, {}, cache);
        QVERIFY(!model->cache_fits(cache, in16.sample));
        QVERIFY_THROWS_EXCEPTION(Error, model->forward_shallow(in16.sample, in16.t, in16.context, {}, cache));
        QVERIFY_THROWS_EXCEPTION(Error, model->forward_shallow(single.sample, single.t, single.context, {}, cache));
        QVERIFY(!other->cache_fits(cache, in8.sample));
        QVERIFY_THROWS_EXCEPTION(Error, other->forward_shallow(in8.sample, in8.t, in8.context, {}, cache));
        UNetFeatureCache moved = cache;
        moved.branch = 1;
        QVERIFY_THROWS_EXCEPTION(Error, model->forward_shallow(in8.sample, in8.t, in8.context, {}, moved));
        UNetFeatureCache deep = cache;
        deep.branch = model->deep_cache_branches();
        QVERIFY_THROWS_EXCEPTION(Error, model->forward_and_cache(in8.sample, in8.t, in8.context, {}, deep));
        QVERIFY(model->cache_fits(cache, in8.sample));  // the original still serves its own shape
    }

    // Interval 0 and 1 are off: the plain run, bit for bit, with no shallow pass.
    void intervalOneIsThePlainRun_data() {
        QTest::addColumn<QString>("model");
        QTest::newRow("tiny-sd15") << "tiny-sd15";
        QTest::newRow("built-in") << "builtin";
    }
    void intervalOneIsThePlainRun() {
        QFETCH(QString, model);
        std::unique_ptr<Pipeline> builtin;
        Pipeline* p = sd15_.get();
        GenerationRequest plain = request(0), one = request(1);
        if (model == "builtin") {
            if (!builtin_present()) QSKIP("the built-in model's weights are absent (resources/models/stipple-shapes)");
            builtin = Pipeline::load(builtin_dir());
            p = builtin.get();
            for (GenerationRequest* r : {&plain, &one}) r->width = r->height = 0, r->scheduler.clear(), r->prompt = "a red circle";
        }
        GenerationResult a, b;
        const Calls ca = generate_counting(*p, plain, &a), cb = generate_counting(*p, one, &b);
        QVERIFY(a.images[0].rgb == b.images[0].rgb);
        QCOMPARE(ca.shallow, int64_t{0});
        QCOMPARE(cb.shallow, int64_t{0});
        QCOMPARE(cb.total, ca.total);
    }

    // One full pass per interval (the first step's included) per UNet call site, shallow ones between.
    void fullPassesOncePerInterval_data() {
        QTest::addColumn<int>("interval");
        QTest::addColumn<QString>("variant");
        for (int n : {2, 3, 5, 8, 20})
            for (const char* v : {"cfg", "no-cfg", "long-negative", "img2img", "inpaint-9ch", "plain-inpaint", "prompt-editing"})
                QTest::newRow(qPrintable(QString("interval %1 %2").arg(n).arg(v))) << n << QString(v);
    }
    void fullPassesOncePerInterval() {
        QFETCH(int, interval);
        QFETCH(QString, variant);
        GenerationRequest r = request(interval);
        std::unique_ptr<Pipeline> inpaint;
        Pipeline* p = sd15_.get();
        int64_t iterations = r.steps, sites = 1;
        if (variant == "no-cfg") r.guidance_scale = 1.0;
        if (variant == "long-negative") {  // prompt and negative of different lengths: two calls, two caches
            r.negative_prompt.clear();
            for (int i = 0; i < 40; ++i) r.negative_prompt += "blurry noisy ";
            sites = 2;
        }
        if (variant == "img2img") {
            r.init_image = gradient(64, 64);
            r.strength = 0.6;
            iterations = img2img_denoising_steps(r.steps, r.strength);
        }
        if (variant == "inpaint-9ch" || variant == "plain-inpaint") {
            r.init_image = gradient(64, 64);
            r.mask = centre_mask(64, 64);
            r.strength = 1.0;
            if (variant == "inpaint-9ch") {
                inpaint = Pipeline::load(stipple::test::shared_path("fixtures/models/tiny-sd-inpaint"));
                p = inpaint.get();
            }
        }
        if (variant == "prompt-editing") r.prompt = "a [green:red:0.5] triangle";  // per-step conditioning path
        const int64_t full_per_site = (iterations + interval - 1) / interval;
        const Calls calls = generate_counting(*p, r);
        QCOMPARE(calls.total, iterations * sites);
        QCOMPARE(calls.total - calls.shallow, full_per_site * sites);
        QCOMPARE(calls.shallow, (iterations - full_per_site) * sites);
    }

    // Interval 2 stays close to the full run. Measured on 2026-12-07 (seeds 1..5): tiny-sd15 (Euler,
    // 8 steps, 64x64, CFG 7) 47.0-49.4 dB; the built-in model (its DPM++ 2M Karras, 20 steps, 64x64,
    // CFG 7) 29.0-37.4 dB with the session-14 weights (28.5-37.0 on a Zen 3), and with the session-15
    // weights 31.1-36.7 dB but 14.9 dB for seed 2, whose cached run draws the circle differently (a
    // property of those weights, said in the README). Two different seeds' images are ~10-15 dB
    // apart. The bound is on the median of the five seeds, 3 dB or more under the worst median
    // measured: a regression guard that fails when the shallow pass drifts for every seed (a wrong
    // skip, a wrong branch, stale features), not a quality claim — the tiny model's weights are random.
    void intervalTwoStaysCloseToTheFullRun_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<double>("bound");
        QTest::newRow("tiny-sd15") << "tiny-sd15" << 44.0;
        QTest::newRow("built-in") << "builtin" << 26.0;
    }
    void intervalTwoStaysCloseToTheFullRun() {
        QFETCH(QString, model);
        QFETCH(double, bound);
        std::unique_ptr<Pipeline> builtin;
        Pipeline* p = sd15_.get();
        if (model == "builtin") {
            if (!builtin_present()) QSKIP("the built-in model's weights are absent (resources/models/stipple-shapes)");
            builtin = Pipeline::load(builtin_dir());
            p = builtin.get();
        }
        double worst = INFINITY, sum = 0;
        std::vector<double> all;
        for (uint64_t seed = 1; seed <= 5; ++seed) {
            GenerationRequest full = request(0, seed);
            if (model == "builtin") full.width = full.height = 0, full.scheduler.clear(), full.steps = 20, full.prompt = "a red circle";
            GenerationRequest cached = full;
            cached.deep_cache_interval = 2;
            const double psnr = image_psnr(p->generate(full).images[0], p->generate(cached).images[0]);
            qInfo("seed %llu: PSNR %.2f dB", static_cast<unsigned long long>(seed), psnr);
            QVERIFY2(std::isfinite(psnr), "interval 2 made the very same image: no step was shallow");
            worst = std::min(worst, psnr), sum += psnr;
            all.push_back(psnr);
        }
        std::sort(all.begin(), all.end());
        const double median = all[all.size() / 2];
        qInfo("worst %.2f dB, median %.2f dB, mean %.2f dB", worst, median, sum / 5);
        QVERIFY2(median >= bound, qPrintable(QString("median PSNR %1 dB is under %2 dB").arg(median).arg(bound)));
    }

    // Caches belong to one run: a run of another size or an img2img run in between, or a paused
    // run that another run interrupts, give exactly what they give alone.
    void aChangedRequestNeverReusesACache() {
        const GenerationRequest a = request(3);
        GenerationRequest b = request(3, 99);
        b.width = 48, b.height = 40;
        GenerationRequest c = request(3, 5);
        c.init_image = gradient(64, 64);
        c.strength = 0.75;
        const GenerationResult b_alone = sd15_->generate(b), c_alone = sd15_->generate(c);
        const GenerationResult a_alone = sd15_->generate(a);

        sd15_->generate(a);
        QVERIFY(sd15_->generate(b).images[0].rgb == b_alone.images[0].rgb);
        sd15_->generate(a);
        QVERIFY(sd15_->generate(c).images[0].rgb == c_alone.images[0].rgb);

        // Paused after 4 of 8 steps (inside an interval), then another model size runs to the end.
        auto run = sd15_->start(a);
        QVERIFY(sd15_->advance(*run, 4));
        sd15_->generate(b);
        QVERIFY(sd15_->advance(*run, 0));
        QVERIFY(sd15_->finish(*run).images[0].rgb == a_alone.images[0].rgb);

        // A fresh load of the same model gives the same image: nothing in the pipeline carried over.
        auto fresh = Pipeline::load(stipple::test::shared_path("fixtures/models/tiny-sd15"));
        QVERIFY(fresh->generate(b).images[0].rgb == b_alone.images[0].rgb);
    }

    void infotextRoundTrip() {
        GenerationRequest r = request(3);
        const Infotext text = infotext_for_image(r, 4242, 64, 64, InfotextSource{});
        QCOMPARE(text.get("Deep cache").value_or(""), std::string("3"));
        const RestoredRequest back = request_from_infotext(text);
        QVERIFY(back.problems.empty());
        QCOMPARE(back.request.deep_cache_interval, 3);
        for (int off : {0, 1}) {
            r.deep_cache_interval = off;
            const Infotext plain = infotext_for_image(r, 4242, 64, 64, InfotextSource{});
            QVERIFY(!plain.get("Deep cache"));
            QCOMPARE(request_from_infotext(plain).request.deep_cache_interval, 0);
        }
        for (const char* bad : {"two", "-3", "3.5"}) {
            Infotext t = text;
            t.set("Deep cache", bad);
            const RestoredRequest restored = request_from_infotext(t);
            QCOMPARE(restored.request.deep_cache_interval, 0);
            QVERIFY2(!restored.problems.empty(), bad);
            QVERIFY(QString::fromStdString(restored.problems.front()).contains("Deep cache"));
        }
    }

    void cliRejectsBadIntervalsInOneLine_data() {
        QTest::addColumn<QString>("value");
        for (const char* v : {"-1", "two", "1001", "2.5", ""}) QTest::newRow(*v ? v : "empty") << QString(v);
    }
    void cliRejectsBadIntervalsInOneLine() {
        QFETCH(QString, value);
        if (qEnvironmentVariable("STIPPLE_CLI").isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
        QTemporaryDir dir;
        const QString tiny = QString::fromStdString(stipple::test::shared_path("fixtures/models/tiny-sd15"));
        const ::test::CliRun r = ::test::runCli({"generate", "--model", tiny, "--prompt", "a cat", "--steps", "2",
                                             "--deep-cache", value, "--out", dir.filePath("out.png")},
                                            300000);
        QCOMPARE(r.code, 2);
        const QStringList lines = r.err.trimmed().split('\n');
        QVERIFY2(lines.size() <= 2, qPrintable(r.err));
        QVERIFY2(lines.last().startsWith("stipple-cli generate: error: ") && lines.last().contains("--deep-cache"),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath("out.png")));
    }
};

QTEST_GUILESS_MAIN(PipelineDeepCacheTest)
#include "test_pipeline_deep_cache.moc"
