// AUTOMATIC1111's variation seeds and "Seed resize from": the initial noise against a reference
// written in Python from A1111's algorithm (tests/data/variation_seeds/make_reference.py, CPU and
// NV sources), the noise the pipeline starts from, step noise left as without a variation, the
// infotext keys, the CLI's per-image variation seeds and a sweep over variation seeds.
#include "common/error.h"
#include "common/random.h"
#include "common/variation_noise.h"
#include "image/image_io.h"
#include "image/infotext.h"
#include "image/png_text.h"
#include "image/request_infotext.h"
#include "io/json_file.h"
#include "pipeline/pipeline.h"
#include "teach/sweep_axis.h"
#include "teach/sweep_plan.h"
#include "teach/sweep_run.h"
#include "support/fixtures.h"
#include "support/tensor_checks.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace stipple;

namespace {

std::string tiny_sd15() { return test::shared_path("fixtures/models/tiny-sd15"); }

nlohmann::json reference() {
    return read_json_file(test::source_path("tests/data/variation_seeds/reference.json"));
}

at::Tensor tensor_of(const nlohmann::json& values, std::vector<int64_t> shape) {
    const std::vector<float> v = values.get<std::vector<float>>();
    return at::tensor(v, at::kFloat).reshape(shape);
}

NoiseSource source_of(const nlohmann::json& c) { return c["source"] == "NV" ? NoiseSource::NV : NoiseSource::CPU; }

// The request of one reference noise case; the case's latent shape {C,H,W} is the image's /8.
GenerationRequest request_of(const nlohmann::json& c) {
    GenerationRequest r;
    r.prompt = "a red circle";
    r.negative_prompt = "";
    r.steps = 2;
    r.scheduler = "DDIM";  // init_noise_sigma 1: start() leaves the noise itself as the latents
    r.noise_source = source_of(c);
    r.seeds = c["seeds"].get<std::vector<uint64_t>>();
    r.variation_seeds = c["variation_seeds"].get<std::vector<uint64_t>>();
    r.variation_strength = c["strength"].get<double>();
    if (!c["resize_from"].is_null()) r.seed_resize_from = std::make_pair(c["resize_from"][0].get<int>(), c["resize_from"][1].get<int>());
    r.height = c["shape"][1].get<int>() * 8;
    r.width = c["shape"][2].get<int>() * 8;
    return r;
}

std::vector<int64_t> batch_shape(const GenerationRequest& r) {
    return {static_cast<int64_t>(r.seeds.size()), 4, r.height / 8, r.width / 8};
}

at::Tensor noise_of(const GenerationRequest& r) {
    Generators g = make_generators(r.seeds, r.noise_source);
    return initial_noise(batch_shape(r), g, r, 8);
}

}  // namespace

class PipelineVariationSeeds : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void slerpIsA1111s();
    void noiseIsA1111s();
    void strengthZeroIsThePlainSeed();
    void strengthOneIsTheVariationSeed();
    void resizeCentresTheSeedNoise();
    void stepNoiseIsUntouched();
    void badValuesAreClearErrors();
    void pipelineStartsFromTheVariationNoise();
    void infotextRoundTrip();
    void cliGivesEachImageTheNextVariationSeed();
    void sweepOverVariationSeedsEqualsSingles();
};

// Five slerps of two {4,6,5} noises (strengths 0.1, 0.5, 0.9, 1 and the nearly-parallel fallback)
// against torch 1.13's in Python: within 1e-6 (equal today; acos/sin may round differently elsewhere).
void PipelineVariationSeeds::slerpIsA1111s() {
    const nlohmann::json ref = reference();  // kept alive: a range-for over a temporary's member dangles
    QCOMPARE(ref["slerp"].size(), size_t(5));
    for (const auto& c : ref["slerp"]) {
        const std::vector<int64_t> shape = c["shape"].get<std::vector<int64_t>>();
        const at::Tensor got = variation_slerp(c["strength"].get<double>(), tensor_of(c["low"], shape),
                                               tensor_of(c["high"], shape));
        const auto cmp = test::allclose(got, tensor_of(c["result"], shape), 1e-6, 0, "slerp " + c["strength"].dump());
        qInfo("%s", cmp.message.c_str());
        STIPPLE_VERIFY_CMP(cmp);
    }
}

// Six batches {B,4,6,8} made as A1111's ImageRNG.first makes them (CPU and NV sources, variation,
// resize crop and paste, both together, strength 1, seed = variation seed): within 1e-6.
void PipelineVariationSeeds::noiseIsA1111s() {
    const nlohmann::json ref = reference();  // kept alive: a range-for over a temporary's member dangles
    QCOMPARE(ref["noise"].size(), size_t(6));
    for (const auto& c : ref["noise"]) {
        const GenerationRequest r = request_of(c);
        const at::Tensor got = noise_of(r);
        const auto cmp = test::allclose(got, tensor_of(c["noise"], batch_shape(r)), 1e-6, 0, c["name"].get<std::string>());
        qInfo("%s", cmp.message.c_str());
        STIPPLE_VERIFY_CMP(cmp);
    }
}

void PipelineVariationSeeds::strengthZeroIsThePlainSeed() {
    for (NoiseSource source : {NoiseSource::CPU, NoiseSource::NV}) {
        GenerationRequest r;
        r.seeds = {42, 43};
        r.noise_source = source;
        r.width = r.height = 64;
        Generators plain_g = make_generators(r.seeds, source);
        const at::Tensor plain = randn_tensor(batch_shape(r), plain_g);
        r.variation_seeds = {7, 8};
        r.variation_strength = 0;
        QVERIFY(at::equal(noise_of(r), plain));
        // A resize to the image's own size draws nothing else either.
        r.seed_resize_from = std::make_pair(64, 64);
        QVERIFY(at::equal(noise_of(r), plain));
    }
}

// A1111 at strength 1: sin(0) and sin(omega)/sin(omega) = 1 exactly, so the variation seed's noise.
void PipelineVariationSeeds::strengthOneIsTheVariationSeed() {
    for (NoiseSource source : {NoiseSource::CPU, NoiseSource::NV}) {
        GenerationRequest r;
        r.seeds = {42};
        r.noise_source = source;
        r.width = r.height = 64;
        r.variation_seeds = {4242};
        r.variation_strength = 1;
        Generators other = make_generators({4242}, source);
        QVERIFY(at::equal(noise_of(r), randn_tensor(batch_shape(r), other)));
    }
}

// A 32x32 seed noise pasted into 64x48 (centred: columns 2..5, rows 1..4 of the 8x6 latents) and a
// 96x96 one cropped into it: the centre equals the small draw of a fresh generator of the seed, the
// border is the image generator's own first draw.
void PipelineVariationSeeds::resizeCentresTheSeedNoise() {
    GenerationRequest r;
    r.seeds = {77};
    r.noise_source = NoiseSource::NV;
    r.width = 64;
    r.height = 48;
    r.seed_resize_from = std::make_pair(32, 32);
    const at::Tensor got = noise_of(r)[0];
    const at::Tensor small = PhiloxGenerator(77).randn({1, 4, 4, 4})[0];
    const at::Tensor full = PhiloxGenerator(77).randn({1, 4, 6, 8})[0];
    QVERIFY(at::equal(got.slice(1, 1, 5).slice(2, 2, 6), small));
    at::Tensor border = got.clone();
    border.slice(1, 1, 5).slice(2, 2, 6).copy_(full.slice(1, 1, 5).slice(2, 2, 6));
    QVERIFY(at::equal(border, full));

    r.seed_resize_from = std::make_pair(96, 96);  // 12x12 latents: rows 3..8, columns 2..9 of it
    const at::Tensor big = PhiloxGenerator(77).randn({1, 4, 12, 12})[0];
    QVERIFY(at::equal(noise_of(r)[0], big.slice(1, 3, 9).slice(2, 2, 10)));
}

// Whatever the variation or resize, image i's own generator makes exactly one draw: ancestral
// samplers then draw the same step noise as without them (A1111's ImageRNG keeps the generators).
void PipelineVariationSeeds::stepNoiseIsUntouched() {
    for (NoiseSource source : {NoiseSource::CPU, NoiseSource::NV}) {
        GenerationRequest r;
        r.seeds = {5, 5};
        r.noise_source = source;
        r.width = r.height = 64;
        r.variation_seeds = {9, 10};
        r.variation_strength = 0.4;
        r.seed_resize_from = std::make_pair(48, 80);
        Generators g = make_generators(r.seeds, source);
        Generators plain = make_generators(r.seeds, source);
        initial_noise(batch_shape(r), g, r, 8);
        randn_tensor(batch_shape(r), plain);
        QVERIFY(g.same_state(plain));
    }
}

void PipelineVariationSeeds::badValuesAreClearErrors() {
    GenerationRequest r;
    r.seeds = {1, 2, 3};
    r.width = r.height = 64;
    r.variation_seeds = {9, 10};
    r.variation_strength = 0.5;
    const auto message = [&]() -> std::string {
        try {
            noise_of(r);
        } catch (const Error& e) {
            return e.what();
        }
        return "accepted";
    };
    QVERIFY2(message().find("2 variation seeds for 3 images") != std::string::npos, message().c_str());
    r.variation_seeds = {9, 10, 11};
    r.variation_strength = 1.5;
    QVERIFY2(message().find("1.5") != std::string::npos, message().c_str());
    r.variation_strength = 0.5;
    r.seed_resize_from = std::make_pair(4, 64);
    QVERIFY2(message().find("4x64") != std::string::npos, message().c_str());
}

// The pipeline (txt2img and img2img) starts from this noise: with DDIM (sigma 1) txt2img latents are
// the reference noise of each case; img2img at strength 1 noises the image with it.
void PipelineVariationSeeds::pipelineStartsFromTheVariationNoise() {
    STIPPLE_REQUIRE_SHARED();
    auto pipeline = Pipeline::load(tiny_sd15());
    const nlohmann::json ref = reference();  // kept alive: a range-for over a temporary's member dangles
    for (const auto& c : ref["noise"]) {
        const GenerationRequest r = request_of(c);
        const at::Tensor latents = pipeline->start(r)->latents();
        STIPPLE_VERIFY_CMP(test::allclose(latents, tensor_of(c["noise"], batch_shape(r)), 1e-6, 0,
                                          c["name"].get<std::string>()));
    }
    // img2img: the variation changes the start; strength 0 gives the plain start bit for bit.
    GenerationRequest i2i;
    i2i.prompt = "a red circle";
    i2i.seeds = {3};
    i2i.steps = 4;
    i2i.strength = 0.5;
    i2i.width = i2i.height = 64;
    i2i.init_image = pipeline->generate(i2i).images[0];
    const at::Tensor plain = pipeline->start(i2i)->latents();
    i2i.variation_seeds = {300};
    i2i.variation_strength = 0;
    QVERIFY(at::equal(pipeline->start(i2i)->latents(), plain));
    i2i.variation_strength = 0.5;
    QVERIFY(!at::equal(pipeline->start(i2i)->latents(), plain));
}

// Written where and as A1111 writes them, read back into the request; absent at strength 0.
void PipelineVariationSeeds::infotextRoundTrip() {
    GenerationRequest r;
    r.prompt = "a cat";
    r.steps = 20;
    r.scheduler = "Euler a";
    r.variation_seeds = {1234567890123ull};
    r.variation_strength = 0.35;
    r.seed_resize_from = std::make_pair(512, 768);
    const std::string text = format_infotext(infotext_for_image(r, 99, 640, 640, {"m", "0123456789", "v"}));
    QVERIFY2(text.find("Model: m, Variation seed: 1234567890123, Variation seed strength: 0.35, "
                       "Seed resize from: 512x768, Version: v") != std::string::npos,
             text.c_str());
    const RestoredRequest back = request_from_infotext(parse_infotext(text));
    QVERIFY(back.problems.empty());
    QVERIFY(back.unknown.empty());
    QCOMPARE(back.request.variation_seeds, std::vector<uint64_t>{1234567890123ull});
    QCOMPARE(back.request.variation_strength, 0.35);
    QVERIFY(back.request.seed_resize_from == std::make_pair(512, 768));

    r.variation_strength = 0;
    r.seed_resize_from.reset();
    const std::string none = format_infotext(infotext_for_image(r, 99, 640, 640, {}));
    QVERIFY2(none.find("Variation") == std::string::npos && none.find("resize") == std::string::npos, none.c_str());

    const auto bad = request_from_infotext(
        parse_infotext("x\nSteps: 5, Seed: 1, Variation seed: -3, Variation seed strength: 2, Seed resize from: 0x9"));
    QCOMPARE(bad.problems.size(), size_t(3));
    QVERIFY(bad.request.variation_seeds.empty());
    QVERIFY(!bad.request.seed_resize_from);
}

// `--seed 5 --batch 3 --variation-seed 100 --variation-strength 0.4`: as A1111's all_seeds and
// all_subseeds, every image has seed 5 and image i variation seed 100+i; each PNG's parameters say
// so and make that image again alone.
void PipelineVariationSeeds::cliGivesEachImageTheNextVariationSeed() {
    STIPPLE_REQUIRE_SHARED();
    const QString cli = qEnvironmentVariable("STIPPLE_CLI");
    if (cli.isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
    QTemporaryDir dir;
    QProcess p;
    p.start(cli, {"generate", "--model", QString::fromStdString(tiny_sd15()), "--prompt", "a red circle", "--seed",
                  "5", "--batch", "3", "--variation-seed", "100", "--variation-strength", "0.4", "--steps", "2",
                  "--width", "64", "--height", "64", "--scheduler", "Euler a", "--quiet", "--out",
                  dir.filePath("v.png")});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    auto pipeline = Pipeline::load(tiny_sd15());
    for (int i = 0; i < 3; ++i) {
        const std::string path = dir.filePath(QString("v-%1.png").arg(i)).toStdString();
        const RestoredRequest restored =
            request_from_infotext(parse_infotext(png_text_value(read_png_text_file(path), "parameters")));
        QVERIFY(restored.problems.empty());
        QCOMPARE(restored.request.seeds, std::vector<uint64_t>{5});
        QCOMPARE(restored.request.variation_seeds, std::vector<uint64_t>{static_cast<uint64_t>(100 + i)});
        QCOMPARE(restored.request.variation_strength, 0.4);
        // Alone rather than in a batch of 3: equal up to the batch's float summation order.
        const Image alone = pipeline->generate(restored.request).images[0];
        const double d = test::mean_abs_difference(alone, load_image(path));
        QVERIFY2(d < 0.5, qPrintable(QString("image %1 differs from its single generation by %2").arg(i).arg(d)));
        if (i > 0) {
            const std::string first = dir.filePath("v-0.png").toStdString();
            QVERIFY(test::mean_abs_difference(load_image(first), load_image(path)) > 2);  // the variation did something
        }
    }
}

// A 3-cell sweep over variation seeds (strength 0.6, Euler a): each cell equals the single
// generation of its variation seed, and cells differ.
void PipelineVariationSeeds::sweepOverVariationSeedsEqualsSingles() {
    STIPPLE_REQUIRE_SHARED();
    auto pipeline = Pipeline::load(tiny_sd15());
    GenerationRequest base;
    base.prompt = "a red circle on a blue square";
    base.steps = 3;
    base.width = base.height = 64;
    base.seeds = {11};
    base.scheduler = "Euler a";
    const SweepAxis x = parse_sweep_axis(parse_sweep_axis_kind("Variation seed"), "20-22");
    QCOMPARE(x.values, (std::vector<std::string>{"20", "21", "22"}));
    QVERIFY_THROWS_EXCEPTION(Error, make_sweep_plan(base, x, std::nullopt));  // strength 0: nothing would vary
    base.variation_strength = 0.6;
    const SweepPlan plan = make_sweep_plan(base, x, std::nullopt);
    QCOMPARE(sweep_axis_title(plan.x.kind), std::string("Variation seed"));
    const SweepResult result = run_sweep(*pipeline, plan);
    QCOMPARE(result.cells_done, 3);
    for (int column = 0; column < 3; ++column) {
        GenerationRequest single = base;
        single.variation_seeds = {static_cast<uint64_t>(20 + column)};
        QVERIFY(result.cells[column].images[0].rgb == pipeline->generate(single).images[0].rgb);
    }
    QVERIFY(result.cells[0].images[0].rgb != result.cells[1].images[0].rgb);
    const auto strengths = parse_sweep_axis(SweepAxisKind::VariationStrength, "0-1[5]").values;
    QCOMPARE(strengths, (std::vector<std::string>{"0", "0.25", "0.5", "0.75", "1"}));
    QVERIFY_THROWS_EXCEPTION(Error, parse_sweep_axis(SweepAxisKind::VariationStrength, "0.5-1.5:0.5"));
}

QTEST_GUILESS_MAIN(PipelineVariationSeeds)
#include "test_pipeline_variation_seeds.moc"
