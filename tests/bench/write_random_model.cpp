// Writes a full-size Stable Diffusion 1.x / 2.x / XL model with deterministic random weights in the
// diffusers folder layout, from a config-only folder (resources/configs/...), and optionally the
// same weights as one original-layout ("A1111") single-file checkpoint. No full-size weights can be
// downloaded on these machines; with these on disk, `stipple-cli bench --model OUT` times loading
// real safetensors files like a user's model, and tests/test_pipeline_single_file_fullsize.cpp
// checks that a single file gives the same pixels as its folder. A tool, not a test. The pictures
// the weights make are noise.
//
//   stipple-write-random-model [--single-file FILE.safetensors] [--dtype fp32|fp16|bf16] [--v-prediction]
//                              CONFIG_DIR OUT_DIR VOCAB_DIR
//     VOCAB_DIR      a folder with the CLIP tokenizer's vocab.json and merges.txt (resources/clip-tokenizer
//                    or ../shared/assets/clip-tokenizer); copied into tokenizer/ (and tokenizer_2/ for SDXL)
//     --single-file  also write the weights in the original single-file layout (tests/support/original_layout.h),
//                    with what genuine checkpoints hold beyond the weights: the HF CLIP position_ids buffer,
//                    OpenCLIP's logit_scale, and for SD 2.x the text_projection and the 24th text block
//                    (random, unused: diffusers' SD 2.x text encoder has 23 layers)
//     --dtype        the stored precision of every floating tensor (default fp32)
//     --v-prediction SD 2.x only: make the file look like a v-prediction model to the weight heuristic
//                    (see below)
//
// Weights: randomize_weights() (pipeline/random_weights.h: matrices N(0, 0.02), norm weights 1, other
// 1-D parameters 0), then 0.02·N(0,1) added to every 1-D parameter, so that biases and norm weights
// differ from each other: a reader that swapped two of them would change the pictures. Everything
// comes from fixed seeds in parameter order: the same arguments give the same bytes.
//
// v-prediction. A single file does not say whether an SD 2.x model predicts v or noise; ComfyUI (and
// Stipple) decide from one tensor, model.diffusion_model.output_blocks.11.1.transformer_blocks.0.norm1.bias:
// a population standard deviation above 0.09 means v-prediction (trained SD 2.x-768-v models have
// larger biases there than the 512 epsilon base models). Random weights have 0.02 there, which reads as
// epsilon; --v-prediction redraws that one tensor as 0.2·N(0,1) (std ≈ 0.2), in the folder and the file
// alike, so both hold the same weights. The folder's own prediction type stays what its
// scheduler_config.json says (resources/configs/stable-diffusion-2-1: v_prediction).
#include "common/error.h"
#include "common/model_family.h"
#include "io/json_file.h"
#include "io/safetensors.h"
#include "nn/unet.h"
#include "nn/unet_config.h"
#include "nn/vae.h"
#include "nn/vae_config.h"
#include "pipeline/random_weights.h"
#include "support/original_layout.h"
#include "text/clip_text_config.h"
#include "text/clip_text_model.h"

#include <ATen/CPUGeneratorImpl.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace fs = std::filesystem;
using namespace stipple;

namespace {

constexpr const char* kVPredictionKey = "model.diffusion_model.output_blocks.11.1.transformer_blocks.0.norm1.bias";
constexpr double kVPredictionThreshold = 0.09;  // ComfyUI's SD20.model_type()

struct Options {
    fs::path config, out, vocab, single_file;
    at::ScalarType dtype = at::kFloat;
    bool v_prediction = false;
};

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

Options parse(int argc, char** argv) {
    Options o;
    std::vector<std::string> positional;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc) throw Error(a + " needs a value");
            return argv[++i];
        };
        if (a == "--single-file") {
            o.single_file = value();
        } else if (a == "--dtype") {
            const std::string d = value();
            if (d == "fp32") o.dtype = at::kFloat;
            else if (d == "fp16") o.dtype = at::kHalf;
            else if (d == "bf16") o.dtype = at::kBFloat16;
            else throw Error("--dtype must be fp32, fp16 or bf16, not '" + d + "'");
        } else if (a == "--v-prediction") {
            o.v_prediction = true;
        } else if (a.rfind("--", 0) == 0) {
            throw Error("unknown option " + a);
        } else {
            positional.push_back(a);
        }
    }
    if (positional.size() != 3) throw Error("expected CONFIG_DIR OUT_DIR VOCAB_DIR");
    o.config = positional[0];
    o.out = positional[1];
    o.vocab = positional[2];
    return o;
}

// The family the configs describe: a second text encoder is SDXL; OpenCLIP's gelu (CLIP-L has
// quick_gelu) is SD 2.x.
ModelFamily family_of(const fs::path& config) {
    if (fs::exists(config / "text_encoder_2")) return ModelFamily::SDXL;
    return load_clip_text_config((config / "text_encoder" / "config.json").string()).hidden_act == "gelu"
               ? ModelFamily::SD2
               : ModelFamily::SD1;
}

// Random weights (see the file comment) in `dtype`, by parameter name.
StateDict random_weights(torch::nn::Module& module, at::ScalarType dtype) {
    module.to(dtype);
    randomize_weights(module, 0);
    at::Generator generator = at::detail::createCPUGenerator(1);
    StateDict out;
    for (const auto& p : module.named_parameters(true)) {
        at::Tensor t = p.value();
        if (t.dim() == 1)
            t.copy_(t.to(at::kFloat) + at::normal(0.0, 0.02, t.sizes(), generator, at::TensorOptions().dtype(at::kFloat)));
        out.emplace(p.key(), t);
    }
    return out;
}

double population_std(const at::Tensor& t) { return t.to(at::kDouble).std(/*unbiased=*/false).item<double>(); }

void write_component(const StateDict& weights, const fs::path& path) {
    const auto start = Clock::now();
    write_safetensors(path.string(), {weights.begin(), weights.end()});
    std::printf("%s: %zu tensors, %.2f GB, %.1f s\n", path.c_str(), weights.size(), fs::file_size(path) / 1e9,
                seconds_since(start));
}

// Keys genuine checkpoints hold beyond the converted weights (see the file comment).
void add_genuine_extras(ModelFamily family, const fs::path& config, at::ScalarType dtype, test::OriginalLayout& out) {
    const auto position_ids = [&](const std::string& encoder) {
        const CLIPTextConfig c = load_clip_text_config((config / encoder / "config.json").string());
        return at::arange(c.max_position_embeddings, at::kLong).unsqueeze(0);
    };
    const at::Tensor logit_scale = at::full({}, std::log(1 / 0.07), at::kFloat).to(dtype);
    if (family == ModelFamily::SD1) {
        out.emplace("cond_stage_model.transformer.text_model.embeddings.position_ids", position_ids("text_encoder"));
    } else if (family == ModelFamily::SDXL) {
        out.emplace("conditioner.embedders.0.transformer.text_model.embeddings.position_ids", position_ids("text_encoder"));
        out.emplace("conditioner.embedders.1.model.logit_scale", logit_scale);
    } else {
        const CLIPTextConfig c = load_clip_text_config((config / "text_encoder" / "config.json").string());
        const std::string prefix = "cond_stage_model.model.";
        out.emplace(prefix + "logit_scale", logit_scale);
        at::Generator generator = at::detail::createCPUGenerator(2);
        const auto normal = [&](std::vector<int64_t> shape) {
            return at::normal(0.0, 0.02, shape, generator, at::TensorOptions().dtype(at::kFloat)).to(dtype);
        };
        out.emplace(prefix + "text_projection", normal({c.hidden_size, c.hidden_size}));
        // The block after the last one the config uses, shaped like block 0.
        const std::string first = prefix + "transformer.resblocks.0.";
        const std::string extra = prefix + "transformer.resblocks." + std::to_string(c.num_hidden_layers) + ".";
        std::vector<std::pair<std::string, at::Tensor>> block;
        for (auto it = out.lower_bound(first); it != out.end() && it->first.rfind(first, 0) == 0; ++it)
            block.emplace_back(extra + it->first.substr(first.size()), normal(it->second.sizes().vec()));
        out.insert(block.begin(), block.end());
    }
}

void run(const Options& o) {
    const ModelFamily family = family_of(o.config);
    if (o.v_prediction && family != ModelFamily::SD2)
        throw Error(std::string("--v-prediction is for SD 2.x configs; '") + o.config.string() + "' is " +
                    model_family_label(family));
    for (const char* f : {"vocab.json", "merges.txt"})
        if (!fs::is_regular_file(o.vocab / f)) throw Error("'" + (o.vocab / f).string() + "' is missing");
    const auto total = Clock::now();
    fs::create_directories(o.out);
    fs::copy(o.config, o.out, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    for (const char* tokenizer : {"tokenizer", "tokenizer_2"})
        if (fs::is_directory(o.out / tokenizer))
            for (const char* f : {"vocab.json", "merges.txt"})
                fs::copy_file(o.vocab / f, o.out / tokenizer / f, fs::copy_options::overwrite_existing);

    at::NoGradGuard no_grad;
    test::DiffusersWeights weights;
    auto start = Clock::now();
    {
        UNet2DConditionModel unet(read_unet_config((o.config / "unet" / "config.json").string()));
        weights.unet = random_weights(*unet, o.dtype);
    }
    // The v-prediction heuristic's tensor (SD 1.x and 2.x have it; SDXL's UNet has 9 output blocks).
    const test::OriginalLayout unet_keys = test::to_original_layout(family, {weights.unet, {}, {}, {}});
    if (auto it = unet_keys.find(kVPredictionKey); it != unet_keys.end()) {
        if (o.v_prediction) {
            at::Generator generator = at::detail::createCPUGenerator(3);
            it->second.copy_(at::normal(0.0, 0.2, it->second.sizes(), generator, at::TensorOptions().dtype(at::kFloat)));
        }
        const double spread = population_std(it->second);
        std::printf("%s: population std %.4f (%s %.2f: reads as %s)\n", kVPredictionKey, spread,
                    spread > kVPredictionThreshold ? ">" : "<=", kVPredictionThreshold,
                    spread > kVPredictionThreshold ? "v-prediction" : "epsilon");
        if ((spread > kVPredictionThreshold) != o.v_prediction)
            throw Error("the random weights read as the wrong prediction type; change the seeds");
    }
    std::printf("unet: random weights in %.1f s\n", seconds_since(start));
    start = Clock::now();
    {
        AutoencoderKL vae(read_vae_config((o.config / "vae" / "config.json").string()));
        weights.vae = random_weights(*vae, o.dtype);
    }
    {
        CLIPTextModel text(load_clip_text_config((o.config / "text_encoder" / "config.json").string()));
        weights.text_encoder = random_weights(text, o.dtype);
    }
    if (family == ModelFamily::SDXL) {
        CLIPTextModel text(load_clip_text_config((o.config / "text_encoder_2" / "config.json").string()));
        weights.text_encoder_2 = random_weights(text, o.dtype);
    }
    std::printf("vae, text encoders: random weights in %.1f s\n", seconds_since(start));

    const nlohmann::json scheduler = read_json_file((o.config / "scheduler" / "scheduler_config.json").string());
    if (family == ModelFamily::SD2 &&
        (scheduler.value("prediction_type", std::string("epsilon")) == "v_prediction") != o.v_prediction)
        std::fprintf(stderr, "note: the folder's scheduler config says %s, the single file's weights read as %s\n",
                     scheduler.value("prediction_type", std::string("epsilon")).c_str(),
                     o.v_prediction ? "v_prediction" : "epsilon");

    write_component(weights.unet, o.out / "unet" / "diffusion_pytorch_model.safetensors");
    write_component(weights.vae, o.out / "vae" / "diffusion_pytorch_model.safetensors");
    write_component(weights.text_encoder, o.out / "text_encoder" / "model.safetensors");
    if (family == ModelFamily::SDXL) write_component(weights.text_encoder_2, o.out / "text_encoder_2" / "model.safetensors");

    if (!o.single_file.empty()) {
        start = Clock::now();
        test::OriginalLayout layout = test::to_original_layout(family, weights);
        add_genuine_extras(family, o.config, o.dtype, layout);
        write_safetensors(o.single_file.string(), {layout.begin(), layout.end()});
        std::printf("%s: %s single file, %zu tensors, %.2f GB, %.1f s\n", o.single_file.c_str(),
                    model_family_label(family), layout.size(), fs::file_size(o.single_file) / 1e9, seconds_since(start));
    }
    std::printf("done in %.1f s\n", seconds_since(total));
}

}  // namespace

int main(int argc, char** argv) {
    try {
        run(parse(argc, argv));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "stipple-write-random-model: %s\n", e.what());
        std::fprintf(stderr, "usage: %s [--single-file FILE.safetensors] [--dtype fp32|fp16|bf16] [--v-prediction] "
                             "CONFIG_DIR OUT_DIR VOCAB_DIR\n", argv[0]);
        return 1;
    }
    return 0;
}
