// GenerationRequest::sde_noise on the tiny SD 1.5 fixture: DPM++ 2M SDE with A1111's Brownian tree
// instead of diffusers' per-step draws (the tree itself: test_sched_brownian_tree), and how an
// infotext chooses it (A1111 has no key: an A1111 picture with an SDE sampler used the tree).
#include "image/infotext.h"
#include "image/request_infotext.h"
#include "pipeline/pipeline.h"
#include "support/fixtures.h"
#include "support/test_images.h"

#include <QtTest>

using namespace stipple;
using stipple::test::same_pixels;

namespace {

std::string tiny_sd15() { return test::shared_path("fixtures/models/tiny-sd15"); }

GenerationRequest request(SdeNoise noise, const std::string& scheduler = "DPM++ 2M SDE Karras") {
    GenerationRequest r;
    r.prompt = "a red circle";
    r.negative_prompt = "";
    r.seeds = {148607185};
    r.steps = 6;
    r.scheduler = scheduler;
    r.sde_noise = noise;
    return r;
}

int max_pixel_difference(const Image& a, const Image& b) {
    if (a.rgb.size() != b.rgb.size()) return 256;
    int worst = 0;
    for (size_t i = 0; i < a.rgb.size(); ++i) worst = std::max(worst, std::abs(int(a.rgb[i]) - int(b.rgb[i])));
    return worst;
}

RestoredRequest restore(const std::string& parameters) { return request_from_infotext(parse_infotext(parameters)); }

}  // namespace

class PipelineSdeNoise : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void brownianTreeDiffersAndRepeats();
    void batchSizeDoesNotChangeAnImage();
    void ensdAndOtherSamplersAreUnaffected();
    void a1111InfotextRestoresTheTree();
    void stippleInfotextKeepsItsChoice();
};

void PipelineSdeNoise::brownianTreeDiffersAndRepeats() {
    STIPPLE_REQUIRE_SHARED();
    auto pipeline = Pipeline::load(tiny_sd15());
    const GenerationResult diffusers = pipeline->generate(request(SdeNoise::Diffusers));
    const GenerationResult tree = pipeline->generate(request(SdeNoise::BrownianTree));
    const GenerationResult again = pipeline->generate(request(SdeNoise::BrownianTree));
    QVERIFY(!same_pixels(diffusers, tree));
    QVERIFY(same_pixels(tree, again));
    // The default is diffusers' (the parity fixtures' noise).
    QVERIFY(same_pixels(diffusers, pipeline->generate(request(GenerationRequest{}.sde_noise))));
    // Each source draws its own tree.
    GenerationRequest nv = request(SdeNoise::BrownianTree);
    nv.noise_source = NoiseSource::NV;
    QVERIFY(!same_pixels(tree, pipeline->generate(nv)));
}

// A1111 made the SDE samplers' noise independent of the batch: seed 5's picture is the same alone
// and second in a batch (up to the UNet's batched arithmetic, at most a level or two).
void PipelineSdeNoise::batchSizeDoesNotChangeAnImage() {
    STIPPLE_REQUIRE_SHARED();
    auto pipeline = Pipeline::load(tiny_sd15());
    for (SdeNoise noise : {SdeNoise::BrownianTree, SdeNoise::Diffusers}) {
        GenerationRequest alone = request(noise);
        alone.seeds = {5};
        GenerationRequest batch = request(noise);
        batch.seeds = {3, 5};
        const GenerationResult one = pipeline->generate(alone), two = pipeline->generate(batch);
        QCOMPARE(two.images.size(), size_t(2));
        const int diff = max_pixel_difference(one.images[0], two.images[1]);
        QVERIFY2(diff <= 2, std::to_string(diff).c_str());
        QVERIFY(max_pixel_difference(two.images[0], two.images[1]) > 2);
    }
}

void PipelineSdeNoise::ensdAndOtherSamplersAreUnaffected() {
    STIPPLE_REQUIRE_SHARED();
    auto pipeline = Pipeline::load(tiny_sd15());
    // A1111 seeds the tree with the image seeds, never seed + ENSD.
    GenerationRequest delta = request(SdeNoise::BrownianTree);
    delta.eta_noise_seed_delta = 31337;
    QVERIFY(same_pixels(pipeline->generate(request(SdeNoise::BrownianTree)), pipeline->generate(delta)));
    // Samplers without SDE noise ignore the choice.
    for (const char* scheduler : {"Euler a", "DPM++ 2M Karras"})
        QVERIFY2(same_pixels(pipeline->generate(request(SdeNoise::Diffusers, scheduler)),
                             pipeline->generate(request(SdeNoise::BrownianTree, scheduler))),
                 scheduler);
}

void PipelineSdeNoise::a1111InfotextRestoresTheTree() {
    const std::string head = "a red circle\nNegative prompt: blurry\nSteps: 20, ";
    const std::string tail = ", CFG scale: 7, Seed: 42, Size: 512x512, Model: x, Version: v1.10.1";
    QVERIFY(restore(head + "Sampler: DPM++ 2M SDE Karras" + tail).request.sde_noise == SdeNoise::BrownianTree);
    QVERIFY(restore(head + "Sampler: DPM++ 2M SDE, Schedule type: Karras" + tail).request.sde_noise == SdeNoise::BrownianTree);
    QVERIFY(restore(head + "Sampler: DPM++ SDE Karras" + tail).request.sde_noise == SdeNoise::BrownianTree);
    // Old A1111 wrote no Version; Forge writes its own.
    QVERIFY(restore(head + "Sampler: DPM++ 2M SDE, CFG scale: 7, Seed: 42").request.sde_noise == SdeNoise::BrownianTree);
    QVERIFY(restore(head + "Sampler: DPM++ 2M SDE" + tail.substr(0, tail.find("Version")) + "Version: f2.0.1v1.10.1")
                .request.sde_noise == SdeNoise::BrownianTree);
    // Samplers without SDE noise keep the default.
    QVERIFY(restore(head + "Sampler: DPM++ 2M Karras" + tail).request.sde_noise == SdeNoise::Diffusers);
    QVERIFY(restore(head + "Sampler: Euler a" + tail).request.sde_noise == SdeNoise::Diffusers);
    // An explicit key wins; a bad one is reported.
    QVERIFY(restore(head + "Sampler: DPM++ 2M SDE, SDE noise: diffusers" + tail).request.sde_noise == SdeNoise::Diffusers);
    const RestoredRequest bad = restore(head + "Sampler: DPM++ 2M SDE, SDE noise: pink" + tail);
    QCOMPARE(bad.problems.size(), size_t(1));
    QVERIFY(bad.problems.front().find("SDE noise") != std::string::npos);
}

void PipelineSdeNoise::stippleInfotextKeepsItsChoice() {
    InfotextSource source;
    source.version = "stipple-0.2.0";
    for (SdeNoise noise : {SdeNoise::Diffusers, SdeNoise::BrownianTree}) {
        GenerationRequest r = request(noise);
        const Infotext text = infotext_for_image(r, 7, 64, 64, source);
        QCOMPARE(text.get("SDE noise").has_value(), noise == SdeNoise::BrownianTree);
        const RestoredRequest back = restore(format_infotext(text));
        QVERIFY(back.problems.empty());
        QVERIFY(back.request.sde_noise == noise);
        QCOMPARE(back.request.scheduler, r.scheduler);
    }
    // A Stipple image from before the key: diffusers' noise, whatever the sampler.
    QVERIFY(restore("x\nSteps: 6, Sampler: DPM++ 2M SDE Karras, Seed: 1, Version: stipple-0.1.0").request.sde_noise ==
            SdeNoise::Diffusers);
}

QTEST_GUILESS_MAIN(PipelineSdeNoise)
#include "test_pipeline_sde_noise.moc"
