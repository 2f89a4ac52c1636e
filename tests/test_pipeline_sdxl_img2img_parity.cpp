// SDXL img2img and inpainting (the 4-channel tiny SDXL fixture model) against references in
// tests/data/sdxl_img2img: every loop iteration's latents, the timesteps run, and the 8-bit image.
//
// THE REFERENCE IS NOT DIFFUSERS. diffusers cannot be installed where it was made, so
// tests/data/sdxl_img2img/make_reference.py is our own Python reimplementation of diffusers 0.25.1's
// StableDiffusionXLImg2ImgPipeline / StableDiffusionXLInpaintPipeline (text encoders, UNet, VAE,
// Euler / Euler a / DPM++ 2M Karras, strength -> get_timesteps, the generator's draws in diffusers'
// order, add_noise, the inpaint mask and re-noised known region), written from diffusers' code and
// sharing nothing with Stipple's C++. Before writing anything it reproduces what diffusers 0.25.1
// itself recorded for the same model (../shared/fixtures: module outputs, the sdxl_* txt2img cases and
// sd15_img2img_euler) to <= 8.2e-6 and stops otherwise. Checking these files with diffusers itself
// is left to whoever can run it (issue #18).
//
// Tolerances are the fixtures' (and test_pipeline_cases'): latents within 1e-4 of the tensor's
// largest magnitude, the image at most 1 level off on >= 99.9 % of values.
#include "image/image_io.h"
#include "io/json_file.h"
#include "io/safetensors.h"
#include "pipeline/pipeline.h"
#include "support/fixtures.h"
#include "support/tensor_checks.h"

#include <QtTest>

using namespace stipple;

namespace {

std::string data_path(const std::string& file) {
    return test::source_path(QString::fromStdString("tests/data/sdxl_img2img/" + file));
}

nlohmann::json cases_json() { return read_json_file(data_path("cases.json")); }

// The case called `name`; null when there is none.
nlohmann::json case_named(const nlohmann::json& all, const QString& name) {
    for (const auto& c : all.at("cases"))
        if (c.at("name").get<std::string>() == name.toStdString()) return c;
    return nullptr;
}

// The request diffusers was called with (make_reference.py's CASES): its prompt handling, the picture
// and mask at their own 64x64 size, the model's scheduler or the named one with its options.
GenerationRequest request_of(const nlohmann::json& c, const nlohmann::json& all) {
    GenerationRequest r;
    r.prompt_style = PromptStyle::Diffusers;
    r.prompt = c.at("prompt").get<std::string>();
    if (!c.at("negative_prompt").is_null()) r.negative_prompts = {c.at("negative_prompt").get<std::string>()};
    r.steps = c.at("steps").get<int>();
    r.strength = c.at("strength").get<double>();
    r.guidance_scale = c.at("guidance_scale").get<double>();
    r.seeds = {c.at("seed").get<uint64_t>()};
    r.width = all.at("width").get<int>();
    r.height = all.at("height").get<int>();
    r.scheduler = c.at("scheduler").get<std::string>();
    for (const auto& [key, value] : c.at("scheduler_options").items()) r.scheduler_options[key] = value.dump();
    r.init_image = load_image(data_path(all.at("init_image").get<std::string>()));
    if (c.at("pipeline").get<std::string>() == "inpaint") {
        r.mask = load_image(data_path(all.at("mask_image").get<std::string>()));
        r.inpaint_composite = false;  // diffusers returns the decoded picture as it is
    }
    return r;
}

struct Recorder : StepObserver {
    std::vector<at::Tensor> latents;
    std::vector<double> timesteps;
    void on_step(const StepInfo& info) override {
        latents.push_back(info.latents.clone());
        timesteps.push_back(info.timestep);
    }
};

// diffusers' postprocess of the reference's float image: round(clamp(x/2+0.5, 0, 1)*255), half to even.
at::Tensor expected_uint8(const at::Tensor& image) {
    return ((image[0] / 2 + 0.5).clamp(0, 1) * 255).round().to(at::kByte).permute({1, 2, 0}).contiguous();
}

at::Tensor image_tensor(const Image& image) {
    return at::from_blob(const_cast<uint8_t*>(image.rgb.data()), {image.height, image.width, 3}, at::kByte).clone();
}

}  // namespace

class PipelineSdxlImg2ImgParityTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesReference_data() {
        QTest::addColumn<QString>("name");
        const nlohmann::json all = cases_json();  // kept alive: a range over cases_json().at(...) would dangle
        for (const auto& c : all.at("cases")) {
            const QString name = QString::fromStdString(c.at("name").get<std::string>());
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void matchesReference() {
        STIPPLE_REQUIRE_SHARED();
        QFETCH(QString, name);
        const nlohmann::json all = cases_json();
        const nlohmann::json c = case_named(all, name);
        QVERIFY(!c.is_null());
        auto reference = SafetensorsFile::open(data_path("reference.safetensors"));
        const std::string key = name.toStdString() + ".";
        PipelineOptions options;
        options.dtype = DType::Float32;
        auto pipeline = Pipeline::load(test::shared_path("fixtures/models/tiny-sdxl"), options);
        QCOMPARE(pipeline->info().unet_in_channels, 4);  // a base model: inpainting by re-noising the known part

        Recorder recorder;
        const GenerationResult result = pipeline->generate(request_of(c, all), &recorder);
        QVERIFY(!result.cancelled);

        // The schedule strength leaves (get_timesteps), step for step.
        const at::Tensor timesteps = reference->tensor(key + "timesteps");
        QCOMPARE(static_cast<int64_t>(recorder.timesteps.size()), timesteps.numel());
        for (size_t i = 0; i < recorder.timesteps.size(); ++i)
            QCOMPARE(recorder.timesteps[i], timesteps[static_cast<int64_t>(i)].item<double>());

        const at::Tensor steps = reference->tensor(key + "step_latents");
        double worst = 0;
        for (size_t i = 0; i < recorder.latents.size(); ++i) {
            auto cmp = test::close_relative_to_max(recorder.latents[i], steps[static_cast<int64_t>(i)], 1e-4,
                                                   name.toStdString() + " step " + std::to_string(i) + " latents");
            STIPPLE_VERIFY_CMP(cmp);
            worst = std::max(worst, cmp.max_abs / std::max(cmp.max_expected, 1e-12));
        }

        QCOMPARE(result.images.size(), size_t(1));
        const at::Tensor actual = image_tensor(result.images[0]).to(at::kInt);
        const at::Tensor expected = expected_uint8(reference->tensor(key + "image")).to(at::kInt);
        QVERIFY(actual.sizes() == expected.sizes());
        const at::Tensor diff = (actual - expected).abs();
        const double off = (diff > 1).sum().item<double>() / static_cast<double>(diff.numel());
        QVERIFY2(off <= 0.001, qPrintable(QString("%1 % of values more than 1 level off (worst %2)")
                                              .arg(off * 100)
                                              .arg(diff.max().item<int>())));
        qInfo("%s: worst per-step latent error %.2e of max |latent|; image: %lld values 1 level off, worst %d",
              qPrintable(name), worst, static_cast<long long>((diff == 1).sum().item<int64_t>()),
              diff.max().item<int>());
    }
};

QTEST_GUILESS_MAIN(PipelineSdxlImg2ImgParityTest)
#include "test_pipeline_sdxl_img2img_parity.moc"
