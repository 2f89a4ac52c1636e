// The request's noise source on the tiny SD 1.5 fixture model: with A1111's NV source the initial
// latents are A1111's Philox draws (../shared/fixtures/a1111), ancestral step noise comes from the
// same per-image source, and ENSD re-seeds only the step noise.
#include "common/random.h"
#include "io/safetensors.h"
#include "pipeline/pipeline.h"
#include "support/fixtures.h"
#include "support/test_images.h"
#include "support/tensor_checks.h"

#include <QtTest>

using namespace stipple;
using stipple::test::same_pixels;

namespace {

std::string tiny_sd15() { return test::shared_path("fixtures/models/tiny-sd15"); }

GenerationRequest request(NoiseSource source, const std::string& scheduler) {
    GenerationRequest r;
    r.prompt = "a red circle";
    r.negative_prompt = "";
    r.seeds = {148607185};
    r.steps = 4;
    r.scheduler = scheduler;
    r.noise_source = source;
    return r;
}

}  // namespace

class PipelineNoiseSource : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initialLatentsAreA1111Draws();
    void ancestralStepNoiseFollowsTheSource();
    void stepNoiseIsTheNextPhiloxDraw();
    void ensdReseedsOnlyStepNoise();
};

// DDIM's init_noise_sigma is 1, so the latents start() leaves are the noise itself: for each image
// of a batch, A1111's first Philox randn of that image's seed (the fixture's draw0).
void PipelineNoiseSource::initialLatentsAreA1111Draws() {
    STIPPLE_REQUIRE_SHARED();
    auto pipeline = Pipeline::load(tiny_sd15());
    const auto file = SafetensorsFile::open(test::shared_path("fixtures/a1111/philox_randn.safetensors"));
    GenerationRequest r = request(NoiseSource::NV, "DDIM");
    r.seeds = {0, 6421725739674010ull};
    r.width = r.height = 512;  // latents 1x4x64x64, the fixture's shape
    auto run = pipeline->start(r);
    const at::Tensor latents = run->latents();
    QVERIFY(latents.sizes().vec() == (std::vector<int64_t>{2, 4, 64, 64}));
    const char* names[] = {"seed0_1x4x64x64.draw0", "seed6421725739674010_1x4x64x64.draw0"};
    for (int i = 0; i < 2; ++i) {
        const auto cmp = test::allclose(latents.slice(0, i, i + 1), file->tensor(names[i]), 1e-6, 0, names[i]);
        qDebug("%s", cmp.message.c_str());
        STIPPLE_VERIFY_CMP(cmp);
    }
    // The CPU source (the default) still starts from torch's CPU noise.
    r.noise_source = NoiseSource::CPU;
    Generators cpu = make_generators(r.seeds);
    QVERIFY(at::equal(pipeline->start(r)->latents(), randn_tensor({2, 4, 64, 64}, cpu)));
}

// Euler a draws noise at every step. With NV the image differs from CPU's, is the same every time,
// and GPU (A1111's other name for the Philox source) gives the very same image.
void PipelineNoiseSource::ancestralStepNoiseFollowsTheSource() {
    STIPPLE_REQUIRE_SHARED();
    auto pipeline = Pipeline::load(tiny_sd15());
    const GenerationResult nv = pipeline->generate(request(NoiseSource::NV, "Euler a"));
    const GenerationResult again = pipeline->generate(request(NoiseSource::NV, "Euler a"));
    const GenerationResult gpu = pipeline->generate(request(NoiseSource::GPU, "Euler a"));
    const GenerationResult cpu = pipeline->generate(request(NoiseSource::CPU, "Euler a"));
    QCOMPARE(nv.images.size(), size_t{1});
    QVERIFY2(same_pixels(nv, again), "NV noise is not deterministic");
    QVERIFY2(same_pixels(nv, gpu), "GPU and NV must be the same Philox source");
    QVERIFY2(!same_pixels(nv, cpu), "NV and CPU noise gave the same image");
}

// One Euler a step is x + d * dt + noise * sigma_up: two runs from the same latents and model output
// differ by (noise_a - noise_b) * sigma_up. Without ENSD the first step's noise is the seed's second
// Philox draw (offset 1); with ENSD it is the first draw of seed + delta. Checks both, to 1e-4.
void PipelineNoiseSource::stepNoiseIsTheNextPhiloxDraw() {
    STIPPLE_REQUIRE_SHARED();
    auto pipeline = Pipeline::load(tiny_sd15());
    const GenerationRequest plain = request(NoiseSource::NV, "Euler a");
    GenerationRequest delta = plain;
    delta.eta_noise_seed_delta = 31337;
    auto a = pipeline->start(plain);
    auto b = pipeline->start(delta);
    QVERIFY(pipeline->advance(*a, 1) && pipeline->advance(*b, 1));
    const at::Tensor diff = a->latents() - b->latents();
    const int64_t h = diff.size(2), w = diff.size(3);
    PhiloxGenerator own(plain.seeds[0]), shifted(plain.seeds[0] + 31337);
    own.randn({1, 4, h, w});  // the initial noise
    const at::Tensor noise_diff = own.randn({1, 4, h, w}) - shifted.randn({1, 4, h, w});
    const double sigma_up = (diff * noise_diff).sum().item<double>() / noise_diff.pow(2).sum().item<double>();
    QVERIFY2(sigma_up > 0.1, qPrintable(QStringLiteral("sigma_up %1").arg(sigma_up)));
    const double off = (diff - sigma_up * noise_diff).abs().max().item<double>();
    const double scale = diff.abs().max().item<double>();
    qDebug("step 1: sigma_up %.6f, max|diff - sigma_up*noise_diff| %.3g of max|diff| %.3g", sigma_up, off, scale);
    QVERIFY(off <= 1e-4 * scale);
}

// ENSD: the initial noise stays the seed's; the step noise comes from seed + delta. So it changes an
// Euler a image (its step noise) but not a DDIM one (no step noise) — with either source.
void PipelineNoiseSource::ensdReseedsOnlyStepNoise() {
    STIPPLE_REQUIRE_SHARED();
    auto pipeline = Pipeline::load(tiny_sd15());
    for (NoiseSource source : {NoiseSource::NV, NoiseSource::CPU}) {
        const char* name = noise_source_name(source);
        GenerationRequest plain = request(source, "Euler a");
        GenerationRequest delta = plain;
        delta.eta_noise_seed_delta = 31337;
        QVERIFY2(at::equal(pipeline->start(plain)->latents(), pipeline->start(delta)->latents()), name);
        QVERIFY2(!same_pixels(pipeline->generate(plain), pipeline->generate(delta)), name);
        plain.scheduler = delta.scheduler = "DDIM";
        QVERIFY2(same_pixels(pipeline->generate(plain), pipeline->generate(delta)), name);
    }
}

QTEST_GUILESS_MAIN(PipelineNoiseSource)
#include "test_pipeline_noise_source.moc"
