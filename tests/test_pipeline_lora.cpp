// LoRAs through the pipeline: a LoRA made here (random low-rank up/down, alpha != rank) in kohya and
// in diffusers/PEFT format gives the image of the same weights merged offline into a copy of the
// diffusers folder (W + m·(alpha/rank)·up·down), for UNet linears, convolutions (LoCon 3x3, 1x1)
// and the text encoders, on SD 1.x and SDXL; a generation without the tag leaves every weight
// bit-identical to a freshly loaded model; bad files and names are one-line errors that leave the
// model as it was.
#include "common/error.h"
#include "io/json_file.h"
#include "io/safetensors.h"
#include "io/state_dict.h"
#include "pipeline/pipeline.h"
#include "pipeline/stable_diffusion.h"
#include "service/generation_service.h"
#include "support/fixtures.h"
#include "support/error_text.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <fstream>
#include <map>

using namespace stipple;
using stipple::test::error_of;

namespace {

// One low-rank patch of one weight, and the names the LoRA file gives its module.
struct Patch {
    std::string component;  // "unet", "text_encoder", "text_encoder_2"
    std::string module;     // diffusers module name (the weight key without ".weight")
    std::string kohya;      // "lora_unet_…" / "lora_te_…" name in the kohya file
    at::Tensor down, up;    // [r, in(, kh, kw)], [out, r(, 1, 1)]
    double alpha = 0;       // written to the file when has_alpha
    bool has_alpha = true;
};

std::string underscored(std::string s) {
    std::replace(s.begin(), s.end(), '.', '_');
    return s;
}

std::string model_dir(const std::string& model) { return test::shared_path(QString::fromStdString("fixtures/models/" + model)); }

std::string weights_file(const std::string& folder, const std::string& component) {
    return folder + "/" + component + (component == "unet" ? "/diffusion_pytorch_model.safetensors" : "/model.safetensors");
}

// A patch for `module` of `component` in `model` with rank r: its delta's entries are about
// `strength` times the weight's own spread (a third: enough to change the picture, small enough
// to keep it sane; the tiny text encoders need more to show in the image).
Patch make_patch(const std::string& model, const std::string& component, const std::string& module, int64_t rank,
                 double alpha, uint64_t seed, const std::string& kohya_prefix = "", double strength = 1.0 / 3.0) {
    auto file = SafetensorsFile::open(weights_file(model_dir(model), component));
    const at::Tensor w = file->tensor(module + ".weight").to(at::kFloat);
    at::Generator gen = at::detail::createCPUGenerator(seed);
    std::vector<int64_t> down_shape{rank, w.size(1)};
    std::vector<int64_t> up_shape{w.size(0), rank};
    if (w.dim() == 4) {
        down_shape.push_back(w.size(2));
        down_shape.push_back(w.size(3));
        up_shape.push_back(1);
        up_shape.push_back(1);
    }
    Patch p;
    p.component = component;
    p.module = module;
    p.kohya = kohya_prefix + underscored(module);
    p.alpha = alpha;
    const double spread = w.std().item<double>();
    p.down = at::randn(down_shape, gen);
    p.up = at::randn(up_shape, gen) * (spread * strength / std::sqrt(static_cast<double>(rank)) / (alpha / rank));
    return p;
}

// kohya: <name>.lora_down.weight / .lora_up.weight / .alpha (a 0-dim tensor, as sd-scripts saves it).
void write_kohya(const std::string& path, const std::vector<Patch>& patches,
                 const std::map<std::string, std::string>& metadata = {}) {
    std::vector<std::pair<std::string, at::Tensor>> tensors;
    for (const auto& p : patches) {
        tensors.emplace_back(p.kohya + ".lora_down.weight", p.down);
        tensors.emplace_back(p.kohya + ".lora_up.weight", p.up);
        if (p.has_alpha) tensors.emplace_back(p.kohya + ".alpha", at::scalar_tensor(p.alpha, at::kFloat));
    }
    write_safetensors(path, tensors, metadata);
}

// diffusers / PEFT: <component>.<module>.lora_A.weight / .lora_B.weight (alpha only when given).
void write_peft(const std::string& path, const std::vector<Patch>& patches) {
    std::vector<std::pair<std::string, at::Tensor>> tensors;
    for (const auto& p : patches) {
        const std::string name = p.component + "." + p.module;
        tensors.emplace_back(name + ".lora_A.weight", p.down);
        tensors.emplace_back(name + ".lora_B.weight", p.up);
        if (p.has_alpha) tensors.emplace_back(name + ".alpha", at::scalar_tensor(p.alpha, at::kFloat));
    }
    write_safetensors(path, tensors);
}

// A copy of `model`'s folder in `to` with every patch merged: W + m·(alpha/r)·up·down, float32.
struct Scaled {
    const std::vector<Patch>* patches;
    double te, unet;
};
void write_merged(const std::string& model, const std::string& to, const std::vector<Scaled>& loras) {
    QVERIFY(test::copy_tree(QString::fromStdString(model_dir(model)), QString::fromStdString(to)));
    for (const std::string component : {"unet", "text_encoder", "text_encoder_2"}) {
        bool touched = false;
        for (const auto& l : loras)
            for (const auto& p : *l.patches) touched = touched || p.component == component;
        if (!touched) continue;
        const std::string path = weights_file(to, component);
        auto file = SafetensorsFile::open(path);
        std::vector<std::pair<std::string, at::Tensor>> out;
        for (const auto& e : file->entries()) {
            at::Tensor t = file->tensor(e.name).clone();
            for (const auto& l : loras)
                for (const auto& p : *l.patches) {
                    if (p.component != component || e.name != p.module + ".weight") continue;
                    const int64_t r = p.down.size(0);
                    const double scale = (component == "unet" ? l.unet : l.te) * (p.has_alpha ? p.alpha / r : 1.0);
                    const at::Tensor product = at::mm(p.up.reshape({p.up.size(0), r}), p.down.reshape({r, -1}));
                    t = t + product.reshape(t.sizes()) * scale;
                }
            out.emplace_back(e.name, t);
        }
        file.reset();
        write_safetensors(path, out);
    }
}

GenerationRequest request(const std::string& prompt) {
    GenerationRequest r;
    r.prompt = prompt;
    r.negative_prompt = "blurry";
    r.steps = 4;
    r.width = r.height = 64;
    r.seeds = {11};
    return r;
}

// The parity criterion of the reference cases (test_pipeline_cases): at most 0.1 % of channel
// values more than one level apart.
QString compare_images(const Image& a, const Image& b) {
    if (a.rgb.size() != b.rgb.size()) return "image sizes differ";
    size_t off = 0;
    int worst = 0;
    for (size_t i = 0; i < a.rgb.size(); ++i) {
        const int d = std::abs(static_cast<int>(a.rgb[i]) - static_cast<int>(b.rgb[i]));
        worst = std::max(worst, d);
        if (d > 1) ++off;
    }
    if (off > a.rgb.size() / 1000) return QString("%1 values more than 1 level off (worst %2)").arg(off).arg(worst);
    return {};
}

// "worst W levels, N values more than 1 level off" (for the log).
QByteArray difference_summary(const Image& a, const Image& b) {
    size_t off = 0;
    int worst = 0;
    for (size_t i = 0; i < a.rgb.size() && i < b.rgb.size(); ++i) {
        const int d = std::abs(static_cast<int>(a.rgb[i]) - static_cast<int>(b.rgb[i]));
        worst = std::max(worst, d);
        if (d > 1) ++off;
    }
    return QString("worst %1 levels, %2 of %3 values more than 1 level off").arg(worst).arg(off).arg(a.rgb.size()).toUtf8();
}

// The LoRA pipeline's image of `tagged` against the merged folder's image of `plain`: "" when they
// agree within the parity tolerance and the base image (no tag) does not, else the reason.
QString lora_vs_merged(Pipeline& with_lora, Pipeline& merged, const std::string& tagged, const std::string& plain) {
    const Image got = with_lora.generate(request(tagged)).images.at(0);
    const Image want = merged.generate(request(plain)).images.at(0);
    const Image base = with_lora.generate(request(plain)).images.at(0);
    qInfo("LoRA vs merged: %s; base vs merged: %s", difference_summary(got, want).constData(),
          difference_summary(base, want).constData());
    const QString err = compare_images(got, want);
    if (!err.isEmpty()) return err;
    if (compare_images(base, want).isEmpty())
        return QStringLiteral("without the LoRA the image is within the tolerance too: the check would prove nothing");
    return {};
}

std::vector<std::pair<std::string, at::Tensor>> weights_of(Pipeline& pipeline) {
    auto* sd = dynamic_cast<StableDiffusionPipeline*>(&pipeline);
    return sd ? sd->weights() : std::vector<std::pair<std::string, at::Tensor>>{};
}

bool same_bits(const at::Tensor& a, const at::Tensor& b) {
    if (a.sizes() != b.sizes() || a.scalar_type() != b.scalar_type()) return false;
    const at::Tensor x = a.contiguous(), y = b.contiguous();
    return std::memcmp(x.data_ptr(), y.data_ptr(), x.numel() * x.element_size()) == 0;
}

// The names of the weights of `a` whose bits differ from `b`'s (empty = bit-identical models).
std::vector<std::string> differing_weights(Pipeline& a, Pipeline& b) {
    const auto wa = weights_of(a), wb = weights_of(b);
    std::vector<std::string> out;
    if (wa.size() != wb.size() || wa.empty()) return {"(the models have different weight lists)"};
    for (size_t i = 0; i < wa.size(); ++i)
        if (wa[i].first != wb[i].first || !same_bits(wa[i].second, wb[i].second)) out.push_back(wa[i].first);
    return out;
}

at::Tensor weight_named(Pipeline& pipeline, const std::string& name) {
    for (const auto& [key, t] : weights_of(pipeline))
        if (key == name) return t;
    return {};
}

// The original (SGM) UNet module name of a diffusers one, read from the fixture's key map (written
// by the fixture scripts, independent of Stipple's own mapping).
std::string sgm_module(const std::string& model, const std::string& module) {
    const nlohmann::json map = read_json_file(test::shared_path(QString::fromStdString("fixtures/models/single-file/" + model + ".keymap.json")));
    for (const auto& [key, entry] : map.at("keys").items()) {
        if (entry.at("component") != "unet") continue;
        for (const auto& d : entry.at("diffusers_keys"))
            if (d == module + ".weight") {
                const std::string prefix = "model.diffusion_model.";
                return key.substr(prefix.size(), key.size() - prefix.size() - std::string(".weight").size());
            }
    }
    return "";
}

}  // namespace

class PipelineLoraTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // kohya format on SD 1.x: attention linears, a feed-forward linear, LoCon on 3x3 convolutions
    // (a resnet conv, the up block's upsampler) and on a 1x1 convolution (proj_in), with alpha.
    void kohya_unet_and_locon_equal_merged_folder() {
        STIPPLE_REQUIRE_SHARED();
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString();
        const std::vector<Patch> patches{
            make_patch("tiny-sd15", "unet", "down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_q", 4, 2.0, 1, "lora_unet_"),
            make_patch("tiny-sd15", "unet", "down_blocks.0.attentions.0.transformer_blocks.0.attn2.to_k", 4, 8.0, 2, "lora_unet_"),
            make_patch("tiny-sd15", "unet", "mid_block.attentions.0.transformer_blocks.0.attn1.to_out.0", 8, 3.0, 3, "lora_unet_"),
            make_patch("tiny-sd15", "unet", "up_blocks.1.attentions.2.transformer_blocks.0.ff.net.0.proj", 4, 1.0, 4, "lora_unet_"),
            make_patch("tiny-sd15", "unet", "down_blocks.0.resnets.0.conv1", 4, 2.0, 5, "lora_unet_"),
            make_patch("tiny-sd15", "unet", "up_blocks.0.upsamplers.0.conv", 8, 4.0, 6, "lora_unet_"),
            make_patch("tiny-sd15", "unet", "down_blocks.0.attentions.0.proj_in", 4, 2.0, 7, "lora_unet_"),
        };
        QDir().mkpath(tmp.path() + "/loras");
        write_kohya(dir + "/loras/style.safetensors", patches);
        write_merged("tiny-sd15", dir + "/merged", {{&patches, 0.8, 0.8}});

        PipelineOptions options;
        options.lora_dirs = {dir + "/loras"};
        auto with_lora = Pipeline::load(model_dir("tiny-sd15"), options);
        auto merged = Pipeline::load(dir + "/merged");
        const QString err = lora_vs_merged(*with_lora, *merged, "a red cat <lora:style:0.8>on a mat", "a red cat on a mat");
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    // diffusers/PEFT format (no alpha: scale 1) on the UNet and the text encoder, together with a
    // second LoRA in kohya format, with A1111's separate text-encoder and UNet weights.
    void peft_text_encoder_and_two_loras_equal_merged_folder() {
        STIPPLE_REQUIRE_SHARED();
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString();
        std::vector<Patch> peft{
            make_patch("tiny-sd15", "unet", "down_blocks.0.attentions.0.transformer_blocks.0.attn2.to_v", 4, 4.0, 11),
            make_patch("tiny-sd15", "text_encoder", "text_model.encoder.layers.0.self_attn.v_proj", 4, 4.0, 12, "", 4.0),
            make_patch("tiny-sd15", "text_encoder", "text_model.encoder.layers.2.mlp.fc1", 8, 8.0, 13, "", 4.0),
            make_patch("tiny-sd15", "text_encoder", "text_model.encoder.layers.3.mlp.fc2", 8, 8.0, 17, "", 4.0),
        };
        for (auto& p : peft) p.has_alpha = false;
        const std::vector<Patch> kohya{
            make_patch("tiny-sd15", "text_encoder", "text_model.encoder.layers.0.self_attn.q_proj", 2, 1.0, 14, "lora_te_"),
            make_patch("tiny-sd15", "text_encoder", "text_model.encoder.layers.3.self_attn.out_proj", 4, 2.0, 15, "lora_te_"),
            make_patch("tiny-sd15", "unet", "up_blocks.1.attentions.0.transformer_blocks.0.attn2.to_q", 4, 2.0, 16, "lora_unet_"),
        };
        QDir().mkpath(tmp.path() + "/a");
        QDir().mkpath(tmp.path() + "/b");
        write_peft(dir + "/a/peft.safetensors", peft);
        write_kohya(dir + "/b/kohya.safetensors", kohya);
        write_merged("tiny-sd15", dir + "/merged", {{&peft, 0.7, 1.2}, {&kohya, 0.5, 0.5}});

        PipelineOptions options;
        options.lora_dirs = {dir + "/a", dir + "/b"};
        auto with_lora = Pipeline::load(model_dir("tiny-sd15"), options);
        auto merged = Pipeline::load(dir + "/merged");
        const Image got = with_lora->generate(request("<lora:peft:0.7:1.2>a red cat on a mat <lora:kohya:0.5>")).images.at(0);
        const Image want = merged->generate(request("a red cat on a mat ")).images.at(0);
        QString err = compare_images(got, want);
        QVERIFY2(err.isEmpty(), qPrintable(err));

        // The text encoder alone (UNet weight 0, A1111's named form) is the text-encoder merge only.
        write_merged("tiny-sd15", dir + "/merged_te", {{&peft, 1.0, 0.0}});
        auto merged_te = Pipeline::load(dir + "/merged_te");
        const Image got_te = with_lora->generate(request("a red cat on a mat <lora:peft:te=1:unet=0>")).images.at(0);
        const Image want_te = merged_te->generate(request("a red cat on a mat ")).images.at(0);
        const Image base = with_lora->generate(request("a red cat on a mat")).images.at(0);
        qInfo("two LoRAs vs merged: %s", difference_summary(got, want).constData());
        qInfo("text-encoder LoRA vs merged: %s; base vs merged: %s", difference_summary(got_te, want_te).constData(),
              difference_summary(base, want_te).constData());
        err = compare_images(got_te, want_te);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY2(!compare_images(want_te, base).isEmpty(), "without the text-encoder LoRA the image is within the tolerance too: the check would prove nothing");
    }

    // SDXL: kohya's SDXL LoRAs name the UNet in the original SGM layout (input_blocks…) and the two
    // text encoders lora_te1_ / lora_te2_.
    void sdxl_kohya_original_names_equal_merged_folder() {
        STIPPLE_REQUIRE_SHARED();
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString();
        std::vector<Patch> patches{
            make_patch("tiny-sdxl", "unet", "down_blocks.1.attentions.0.transformer_blocks.0.attn2.to_k", 4, 2.0, 21),
            make_patch("tiny-sdxl", "unet", "mid_block.attentions.0.transformer_blocks.1.attn1.to_v", 4, 2.0, 22),
            make_patch("tiny-sdxl", "unet", "up_blocks.0.attentions.1.proj_out", 4, 2.0, 23),
            make_patch("tiny-sdxl", "unet", "up_blocks.1.upsamplers.0.conv", 4, 2.0, 24),
            make_patch("tiny-sdxl", "unet", "down_blocks.2.resnets.1.conv2", 4, 2.0, 25),
            make_patch("tiny-sdxl", "text_encoder", "text_model.encoder.layers.1.self_attn.k_proj", 4, 2.0, 26, "lora_te1_"),
            make_patch("tiny-sdxl", "text_encoder_2", "text_model.encoder.layers.0.mlp.fc2", 4, 2.0, 27, "lora_te2_"),
        };
        for (auto& p : patches)
            if (p.component == "unet") {
                const std::string sgm = sgm_module("tiny-sdxl", p.module);
                QVERIFY2(!sgm.empty(), p.module.c_str());
                p.kohya = "lora_unet_" + underscored(sgm);
            }
        QVERIFY(patches[0].kohya.rfind("lora_unet_input_blocks_", 0) == 0);
        QDir().mkpath(tmp.path() + "/loras");
        write_kohya(dir + "/loras/xl.safetensors", patches, {{"ss_base_model_version", "sdxl_base_v1-0"}});
        write_merged("tiny-sdxl", dir + "/merged", {{&patches, 0.9, 0.9}});

        PipelineOptions options;
        options.lora_dirs = {dir + "/loras"};
        auto with_lora = Pipeline::load(model_dir("tiny-sdxl"), options);
        auto merged = Pipeline::load(dir + "/merged");
        const QString err = lora_vs_merged(*with_lora, *merged, "a red cat on a mat<lora:xl:0.9>", "a red cat on a mat");
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    // Applied once per set (the patched tensor is the same object for the next image), and a
    // generation without the tag leaves every weight bit-identical to a freshly loaded model.
    void unload_is_bit_exact_and_a_set_is_kept() {
        STIPPLE_REQUIRE_SHARED();
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString();
        const std::vector<Patch> patches{
            make_patch("tiny-sd15", "unet", "down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_q", 4, 2.0, 31, "lora_unet_"),
            make_patch("tiny-sd15", "unet", "down_blocks.1.resnets.0.conv1", 4, 2.0, 32, "lora_unet_"),
            make_patch("tiny-sd15", "text_encoder", "text_model.encoder.layers.1.self_attn.v_proj", 4, 2.0, 33, "lora_te_"),
        };
        write_kohya(dir + "/x.safetensors", patches);
        PipelineOptions options;
        options.lora_dirs = {dir};
        auto pipeline = Pipeline::load(model_dir("tiny-sd15"), options);
        auto fresh = Pipeline::load(model_dir("tiny-sd15"));
        QVERIFY(differing_weights(*pipeline, *fresh).empty());

        pipeline->generate(request("a cat <lora:x:1>"));
        const std::vector<std::string> patched = differing_weights(*pipeline, *fresh);
        QCOMPARE(patched, (std::vector<std::string>{"unet.down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_q.weight",
                                                    "unet.down_blocks.1.resnets.0.conv1.weight",
                                                    "text_encoder.text_model.encoder.layers.1.self_attn.v_proj.weight"}));
        const void* storage = weight_named(*pipeline, "unet.down_blocks.1.resnets.0.conv1.weight").data_ptr();
        pipeline->generate(request("a dog <lora:x:1>"));
        QCOMPARE(weight_named(*pipeline, "unet.down_blocks.1.resnets.0.conv1.weight").data_ptr(), storage);

        pipeline->generate(request("a cat <lora:x:0.5>"));  // another weight: patched again from the original
        const at::Tensor half = weight_named(*pipeline, "unet.down_blocks.1.resnets.0.conv1.weight").clone();
        pipeline->generate(request("a cat <lora:x:1>"));
        pipeline->generate(request("a cat <lora:x:0.5>"));
        QVERIFY(same_bits(half, weight_named(*pipeline, "unet.down_blocks.1.resnets.0.conv1.weight")));

        pipeline->generate(request("a cat"));
        const std::vector<std::string> left = differing_weights(*pipeline, *fresh);
        QVERIFY2(left.empty(), left.empty() ? "" : left.front().c_str());
    }

    // A single-file checkpoint restores from the file itself (its weights were renamed and, for
    // SDXL's OpenCLIP encoder, sliced out of fused tensors at load).
    void single_file_unload_is_bit_exact() {
        STIPPLE_REQUIRE_SHARED();
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString();
        std::vector<Patch> patches{
            make_patch("tiny-sdxl", "unet", "down_blocks.1.attentions.0.transformer_blocks.0.attn1.to_q", 4, 2.0, 81, "lora_unet_"),
            make_patch("tiny-sdxl", "text_encoder", "text_model.encoder.layers.0.self_attn.k_proj", 4, 2.0, 82, "lora_te1_"),
            make_patch("tiny-sdxl", "text_encoder_2", "text_model.encoder.layers.1.self_attn.q_proj", 4, 2.0, 83, "lora_te2_"),
            make_patch("tiny-sdxl", "text_encoder_2", "text_projection", 4, 2.0, 84, "lora_te2_"),
        };
        write_kohya(dir + "/x.safetensors", patches);
        PipelineOptions options;
        options.config_dir = model_dir("tiny-sdxl");
        options.lora_dirs = {dir};
        const std::string file = test::shared_path("fixtures/models/single-file/tiny-sdxl.safetensors");
        auto pipeline = Pipeline::load(file, options);
        auto fresh = Pipeline::load(file, options);
        pipeline->generate(request("a cat <lora:x:1>"));
        QCOMPARE(differing_weights(*pipeline, *fresh).size(), patches.size());
        pipeline->generate(request("a cat"));
        const std::vector<std::string> left = differing_weights(*pipeline, *fresh);
        QVERIFY2(left.empty(), left.empty() ? "" : left.front().c_str());
    }

    // In bf16 the loaded weights are conversions of the file's float32 ones: a restore converts again.
    void bf16_unload_is_bit_exact() {
        STIPPLE_REQUIRE_SHARED();
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString();
        write_kohya(dir + "/x.safetensors",
                    {make_patch("tiny-sd15", "unet", "mid_block.attentions.0.transformer_blocks.0.attn2.to_q", 4, 2.0, 91, "lora_unet_"),
                     make_patch("tiny-sd15", "text_encoder", "text_model.encoder.layers.2.mlp.fc2", 4, 2.0, 92, "lora_te_")});
        PipelineOptions options;
        options.dtype = DType::BFloat16;
        options.lora_dirs = {dir};
        auto pipeline = Pipeline::load(model_dir("tiny-sd15"), options);
        auto fresh = Pipeline::load(model_dir("tiny-sd15"), options);
        QCOMPARE(weight_named(*pipeline, "unet.mid_block.attentions.0.transformer_blocks.0.attn2.to_q.weight").scalar_type(),
                 at::kBFloat16);
        pipeline->generate(request("a cat <lora:x:1>"));
        QCOMPARE(differing_weights(*pipeline, *fresh).size(), size_t(2));
        pipeline->generate(request("a cat"));
        QVERIFY(differing_weights(*pipeline, *fresh).empty());
    }

    // Seed triage pauses runs: a run started with a LoRA continues with it after a run without
    // one was started (and so restored the model) meanwhile.
    void a_paused_run_keeps_its_loras() {
        STIPPLE_REQUIRE_SHARED();
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString();
        write_kohya(dir + "/x.safetensors",
                    {make_patch("tiny-sd15", "unet", "down_blocks.0.resnets.1.conv2", 4, 2.0, 71, "lora_unet_")});
        PipelineOptions options;
        options.lora_dirs = {dir};
        auto pipeline = Pipeline::load(model_dir("tiny-sd15"), options);
        const GenerationRequest with = request("a cat <lora:x:1>");
        const Image whole = pipeline->generate(with).images.at(0);
        auto paused = pipeline->start(with);
        QVERIFY(pipeline->advance(*paused, 2));
        auto other = pipeline->start(request("a cat"));
        QVERIFY(pipeline->advance(*other, 1));
        QVERIFY(pipeline->advance(*paused, 0));
        const Image resumed = pipeline->finish(*paused).images.at(0);
        QVERIFY(resumed.rgb == whole.rgb);
        const Image without = pipeline->generate(request("a cat")).images.at(0);
        QVERIFY(without.rgb != whole.rgb);
    }

    // Bad input, each a one-line Error; the model stays exactly as loaded.
    void bad_input_is_a_one_line_error() {
        STIPPLE_REQUIRE_SHARED();
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString();
        auto good = make_patch("tiny-sd15", "unet", "down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_q", 4, 2.0, 41, "lora_unet_");

        auto shape = good;
        shape.down = at::randn({4, 33});
        write_kohya(dir + "/shape.safetensors", {shape});

        auto xl = make_patch("tiny-sd15", "text_encoder", "text_model.encoder.layers.0.self_attn.q_proj", 4, 2.0, 42, "lora_te2_");
        write_kohya(dir + "/sdxl.safetensors", {good, xl});

        auto unknown = good;
        unknown.kohya = "lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn9_to_q";
        write_kohya(dir + "/unknown.safetensors", {unknown});

        write_kohya(dir + "/truncated.safetensors", {good});
        {
            QFile f(QString::fromStdString(dir + "/truncated.safetensors"));
            QVERIFY(f.resize(f.size() - 100));
        }

        auto nan_alpha = good;
        nan_alpha.alpha = std::nan("");
        write_kohya(dir + "/nanalpha.safetensors", {nan_alpha});

        auto huge = make_patch("tiny-sd15", "unet", "down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_q", 40, 2.0, 43, "lora_unet_");
        write_kohya(dir + "/hugerank.safetensors", {huge});

        auto overflow = good;
        overflow.up = at::full(good.up.sizes(), 1e20f);
        overflow.down = at::full(good.down.sizes(), 1e20f);
        write_kohya(dir + "/overflow.safetensors", {overflow});
        write_kohya(dir + "/good.safetensors", {good});

        write_safetensors(dir + "/halfonly.safetensors", {{good.kohya + ".lora_down.weight", good.down}});
        write_safetensors(dir + "/loha.safetensors", {{good.kohya + ".hada_w1_a", good.down}, {good.kohya + ".hada_w1_b", good.down}});

        PipelineOptions options;
        options.lora_dirs = {dir};
        auto pipeline = Pipeline::load(model_dir("tiny-sd15"), options);
        auto fresh = Pipeline::load(model_dir("tiny-sd15"));
        const std::vector<std::pair<std::string, std::string>> cases{
            {"shape", "does not fit"},
            {"sdxl", "SDXL LoRA"},
            {"unknown", "attn9"},
            {"truncated", "truncated.safetensors"},
            {"nanalpha", "alpha"},
            {"hugerank", "rank 40"},
            {"halfonly", "no up"},
            {"overflow", "overflows"},
            {"good:1:1e300", "out of range"},  // an absurd UNet multiplier
            {"loha", "LoHa"},
            {"missing", dir},
        };
        for (const auto& [name, expected] : cases) {
            const std::string message = error_of([&] { pipeline->generate(request("a cat <lora:" + name + ":1>")); });
            QVERIFY2(!message.empty(), name.c_str());
            QVERIFY2(message.find('\n') == std::string::npos, message.c_str());
            QVERIFY2(message.find(expected) != std::string::npos, message.c_str());
            QVERIFY2(message.find("not a stipple::Error") == std::string::npos, message.c_str());
            QVERIFY2(differing_weights(*pipeline, *fresh).empty(), name.c_str());
        }

        // An SD 1.x LoRA (lora_te_ keys) on SDXL.
        auto sd1 = make_patch("tiny-sd15", "text_encoder", "text_model.encoder.layers.0.self_attn.q_proj", 4, 2.0, 44, "lora_te_");
        write_kohya(dir + "/sd1.safetensors", {sd1});
        auto sdxl = Pipeline::load(model_dir("tiny-sdxl"), options);
        const std::string message = error_of([&] { sdxl->generate(request("a cat <lora:sd1:1>")); });
        QVERIFY2(message.find("SD 1.x/2.x LoRA") != std::string::npos, message.c_str());
    }

    // A failing set leaves the previously applied LoRA in place or the model as loaded, never half.
    void a_failing_set_keeps_the_model_whole() {
        STIPPLE_REQUIRE_SHARED();
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString();
        auto good = make_patch("tiny-sd15", "unet", "down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_q", 4, 2.0, 51, "lora_unet_");
        auto bad = make_patch("tiny-sd15", "unet", "down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_k", 4, 2.0, 52, "lora_unet_");
        bad.up = at::randn({31, 4});
        write_kohya(dir + "/good.safetensors", {good});
        write_kohya(dir + "/bad.safetensors", {bad});
        PipelineOptions options;
        options.lora_dirs = {dir};
        auto pipeline = Pipeline::load(model_dir("tiny-sd15"), options);
        auto fresh = Pipeline::load(model_dir("tiny-sd15"));
        pipeline->generate(request("a cat <lora:good:1>"));
        const auto patched = differing_weights(*pipeline, *fresh);
        QCOMPARE(patched.size(), size_t(1));
        QVERIFY(!error_of([&] { pipeline->generate(request("a cat <lora:good:1> <lora:bad:1>")); }).empty());
        QCOMPARE(differing_weights(*pipeline, *fresh), patched);
        pipeline->generate(request("a cat"));
        QVERIFY(differing_weights(*pipeline, *fresh).empty());
    }

    // A1111's Lora hashes: the name as mentioned and the first 12 hex digits of the sha256 of the
    // file's bytes after its header (addnet hash), or of the metadata's sshs_model_hash.
    void lora_hashes_as_a1111() {
        STIPPLE_REQUIRE_SHARED();
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString();
        auto p = make_patch("tiny-sd15", "unet", "down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_q", 4, 2.0, 61, "lora_unet_");
        write_kohya(dir + "/plain.safetensors", {p});
        write_kohya(dir + "/meta.safetensors", {p}, {{"sshs_model_hash", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}});
        QFile f(QString::fromStdString(dir + "/plain.safetensors"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        uint64_t header = 0;
        for (int i = 7; i >= 0; --i) header = (header << 8) | static_cast<unsigned char>(bytes[i]);
        const std::string expected =
            QCryptographicHash::hash(bytes.mid(static_cast<int>(8 + header)), QCryptographicHash::Sha256).toHex().left(12).toStdString();
        PipelineOptions options;
        options.lora_dirs = {dir};
        auto pipeline = Pipeline::load(model_dir("tiny-sd15"), options);
        const auto hashes = pipeline->lora_hashes(request("a <lora:plain:0.5> cat <lora:meta>"));
        QCOMPARE(hashes.size(), size_t(2));
        QCOMPARE(hashes[0], (std::pair<std::string, std::string>{"plain", expected}));
        QCOMPARE(hashes[1], (std::pair<std::string, std::string>{"meta", "0123456789ab"}));
        QVERIFY(pipeline->lora_hashes(request("a cat")).empty());

        // Through the service, into the PNG's parameters (quoted: the value holds ':' and ',').
        GenerationService service;
        LoadSettings settings;
        settings.options.lora_dirs = {dir};
        service.load(model_dir("tiny-sd15"), settings);
        const GenerationRequest r = request("a <lora:plain:0.5> cat <lora:meta>");
        const GenerationResult result = service.pipeline().generate(r);
        const std::string text = service.parameters(r, result, 0);
        const std::string want = "Lora hashes: \"plain: " + expected + ", meta: 0123456789ab\"";
        QVERIFY2(text.find(want) != std::string::npos, text.c_str());
        QVERIFY2(text.rfind("a <lora:plain:0.5> cat <lora:meta>", 0) == 0, text.c_str());  // the prompt keeps its tags
    }
};

QTEST_GUILESS_MAIN(PipelineLoraTest)
#include "test_pipeline_lora.moc"
