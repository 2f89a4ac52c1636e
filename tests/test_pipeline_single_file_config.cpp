// What a single-file checkpoint needs besides its weights, found without --config: the
// prediction type (override > .yaml beside > v_pred key > modelspec metadata > ComfyUI's SD 2.x
// weight test), the config folder and size (2.x-base 512 vs 2.1 768, Turbo, few-step names),
// inpainting input channels, the shipped CLIP vocabulary with each encoder's padding token, and
// files that are not checkpoints named as what they are.
#include "common/error.h"
#include "io/json_file.h"
#include "io/single_file.h"
#include "pipeline/single_file_config.h"
#include "text/clip_tokenizer.h"
#include "text/tokenizer_loader.h"
#include "support/fixtures.h"
#include "support/error_text.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <functional>

using namespace stipple;
using stipple::test::error_of;

namespace {

const char* kNormBias = "up_blocks.3.attentions.2.transformer_blocks.0.norm1.bias";

std::string resources() { return test::source_path("resources"); }

// An SD 2.x file as far as the detection looks: the norm bias ComfyUI's test reads, with a
// population std of `std` (values +-std alternating have exactly that std).
SingleFileComponents sd2_file(const std::string& path, double std) {
    SingleFileComponents f;
    f.family = ModelFamily::SD2;
    f.path = path;
    at::Tensor bias = at::full({320}, std, at::kFloat);
    bias.index_put_({at::indexing::Slice(0, at::indexing::None, 2)}, -std);
    f.unet.emplace(kNormBias, bias.to(at::kHalf));
    return f;
}

std::string folder_name(const std::string& dir) { return std::filesystem::path(dir).filename().string(); }

}  // namespace

class SingleFileConfigTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sd2PredictionFromTheWeights() {
        // A trained 768-v model's norm has std > 0.09 (ComfyUI's threshold), a 512-base one less.
        const SingleFileConfig v = choose_single_file_config(sd2_file("/m/v2-1_768-ema-pruned.safetensors", 0.15), "", resources());
        QCOMPARE(v.prediction_type, std::string("v_prediction"));
        QCOMPARE(folder_name(v.config_dir), std::string("stable-diffusion-2-1"));
        QVERIFY(!v.unet_overrides.contains("sample_size"));  // 2-1's own: 96 latents = 768 px
        QCOMPARE(v.scheduler_overrides.at("prediction_type").get<std::string>(), std::string("v_prediction"));

        const SingleFileConfig eps = choose_single_file_config(sd2_file("/m/v2-1_512-ema-pruned.safetensors", 0.03), "", resources());
        QCOMPARE(eps.prediction_type, std::string("epsilon"));
        QCOMPARE(eps.unet_overrides.at("sample_size").get<int>(), 64);  // 512 px, as 2.x-base
        QVERIFY(eps.prediction_source.find("weights") != std::string::npos);
    }

    void explicitSignsBeatTheHeuristic() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("custom.safetensors").toStdString();
        // The override wins over everything.
        QCOMPARE(choose_single_file_config(sd2_file(path, 0.15), "eps", resources()).prediction_type, std::string("epsilon"));
        QCOMPARE(choose_single_file_config(sd2_file(path, 0.15), "eps", resources()).prediction_source, std::string("override"));
        QVERIFY(error_of([&] { choose_single_file_config(sd2_file(path, 0.15), "x0", resources()); }).find("epsilon or v_prediction") !=
                std::string::npos);
        // A1111's .yaml beside the checkpoint.
        std::ofstream(dir.filePath("custom.yaml").toStdString()) << "model:\n  params:\n    parameterization: \"v\"\n";
        SingleFileConfig c = choose_single_file_config(sd2_file(path, 0.01), "", resources());
        QCOMPARE(c.prediction_type, std::string("v_prediction"));
        QVERIFY(c.prediction_source.find(".yaml") != std::string::npos);
        // ComfyUI's v_pred marker key, on an SDXL finetune (NoobAI-XL v-pred), and ztsnr.
        SingleFileComponents xl;
        xl.family = ModelFamily::SDXL;
        xl.path = "/m/noobai-xl-vpred.safetensors";
        xl.v_pred_marker = xl.ztsnr_marker = true;
        c = choose_single_file_config(xl, "", resources());
        QCOMPARE(c.prediction_type, std::string("v_prediction"));
        QCOMPARE(c.scheduler_overrides.at("rescale_betas_zero_snr").get<bool>(), true);
        QCOMPARE(folder_name(c.config_dir), std::string("stable-diffusion-xl-base-1.0"));
        // modelspec metadata.
        SingleFileComponents sd1;
        sd1.family = ModelFamily::SD1;
        sd1.path = "/m/some-v-finetune.safetensors";
        sd1.metadata["modelspec.prediction_type"] = "v";
        QCOMPARE(choose_single_file_config(sd1, "", resources()).prediction_type, std::string("v_prediction"));
        sd1.metadata.clear();
        QCOMPARE(choose_single_file_config(sd1, "", resources()).prediction_type, std::string("epsilon"));
    }

    void fewStepModelsByName() {
        SingleFileComponents f;
        f.family = ModelFamily::SDXL;
        f.path = "/m/sd_xl_turbo_1.0_fp16.safetensors";
        SingleFileConfig c = choose_single_file_config(f, "", resources());
        QVERIFY(c.few_step);
        QCOMPARE(folder_name(c.config_dir), std::string("sdxl-turbo"));
        f.path = "/m/juggernautXL_lightning4step.safetensors";
        c = choose_single_file_config(f, "", resources());
        QVERIFY(c.few_step);
        QCOMPARE(folder_name(c.config_dir), std::string("stable-diffusion-xl-base-1.0"));
        QCOMPARE(c.scheduler_overrides.at("timestep_spacing").get<std::string>(), std::string("trailing"));
        // "Hyper" in a photo model's name is not Hyper-SD.
        f.path = "/m/HyperRealism_v3.safetensors";
        QVERIFY(!choose_single_file_config(f, "", resources()).few_step);
        f.family = ModelFamily::SD2;
        f.path = "/m/sd_turbo.safetensors";
        c = choose_single_file_config(f, "", resources());
        QCOMPARE(folder_name(c.config_dir), std::string("sd-turbo"));
        QCOMPARE(c.prediction_type, std::string("epsilon"));
    }

    void inpaintingModelsKeepTheirChannels() {
        SingleFileComponents f = sd2_file("/m/512-inpainting-ema.safetensors", 0.15);
        f.layout.unet_in_channels = 9;
        const SingleFileConfig c = choose_single_file_config(f, "", resources());
        QCOMPARE(c.unet_overrides.at("in_channels").get<int>(), 9);
        QCOMPARE(c.prediction_type, std::string("epsilon"));  // SD 2.x inpainting is epsilon (ComfyUI)
        f.layout.unet_in_channels = 8;
        QVERIFY(error_of([&] { choose_single_file_config(f, "", resources()); }).find("instruct-pix2pix") != std::string::npos);
    }

    void shippedVocabularyWithEachEncodersPadding() {
        // CLIP-L pads with <|endoftext|>, OpenCLIP (SD 2.x, SDXL's second encoder) with "!" = 0.
        const std::string vocab = resources() + "/clip-tokenizer";
        const auto sd15 = load_tokenizer(resources() + "/configs/stable-diffusion-v1-5/tokenizer", vocab);
        const auto sd21 = load_tokenizer(resources() + "/configs/stable-diffusion-2-1/tokenizer", vocab);
        const auto xl2 = load_tokenizer(resources() + "/configs/stable-diffusion-xl-base-1.0/tokenizer_2", vocab);
        QCOMPARE(sd15->pad_id(), int64_t(49407));
        QCOMPARE(sd21->pad_id(), int64_t(0));
        QCOMPARE(xl2->pad_id(), int64_t(0));
        // The shipped files are the real vocabulary: the reference prompts tokenize as CLIP does.
        STIPPLE_REQUIRE_SHARED();
        const nlohmann::json ref = read_json_file(test::shared_path("assets/clip-tokenizer/reference.json"));
        int checked = 0;
        for (const auto& c : ref.at("cases")) {
            QVERIFY(sd21->encode(c.at("text").get<std::string>()) == c.at("ids").get<std::vector<int64_t>>());
            ++checked;
        }
        QVERIFY(checked > 50);
        // Without the vocabulary folder, a config-only folder is still an error naming it.
        QVERIFY(error_of([&] { load_tokenizer(resources() + "/configs/stable-diffusion-2-1/tokenizer"); })
                    .find("vocab.json") != std::string::npos);
    }

    void filesThatAreNotCheckpointsAreNamed() {
        const auto message = [](const std::vector<std::string>& keys) {
            return error_of([&] { detect_checkpoint_family(keys, "/m/thing.safetensors"); });
        };
        QVERIFY(message({"lora_unet_down_blocks_0_attentions_0_proj_in.lora_down.weight"}).find("is a LoRA") != std::string::npos);
        QVERIFY(message({"unet.down_blocks.0.attentions.0.proj_in.lora_A.weight"}).find("is a LoRA") != std::string::npos);
        QVERIFY(message({"emb_params"}).find("textual-inversion embedding") != std::string::npos);
        QVERIFY(message({"clip_l", "clip_g"}).find("textual-inversion embedding") != std::string::npos);
        QVERIFY(message({"encoder.down.0.block.0.conv1.weight", "decoder.up.0.block.0.conv1.weight"}).find("is a VAE") !=
                std::string::npos);
        QVERIFY(message({"control_model.input_hint_block.0.weight"}).find("ControlNet") != std::string::npos);
        QVERIFY(message({"foo.bar", "foo.baz"}).find("not a Stable Diffusion single-file checkpoint") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(SingleFileConfigTest)
#include "test_pipeline_single_file_config.moc"
