// Writes a full-size Stable Diffusion 1.x/2.x model with deterministic random weights in the
// diffusers folder layout, from a config-only folder (resources/configs/...). No full-size weights
// can be downloaded on these machines; with this folder on disk, `stipple-cli bench --model OUT`
// times loading real safetensors files (from disk, then from the page cache) like a user's model.
// A benchmark tool, not a test. The pictures it makes are noise.
//
//   stipple-write-random-model CONFIG_DIR OUT_DIR VOCAB_DIR
//     VOCAB_DIR: a folder with the CLIP tokenizer's vocab.json and merges.txt (../shared/assets/clip-tokenizer)
#include "common/error.h"
#include "io/safetensors.h"
#include "nn/unet.h"
#include "nn/unet_config.h"
#include "nn/vae.h"
#include "nn/vae_config.h"
#include "pipeline/random_weights.h"
#include "text/clip_text_config.h"
#include "text/clip_text_model.h"

#include <cstdio>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace fs = std::filesystem;
using namespace stipple;

namespace {

void write_module(torch::nn::Module& module, const fs::path& path) {
    randomize_weights(module, 0);
    std::vector<std::pair<std::string, at::Tensor>> tensors;
    for (const auto& p : module.named_parameters(true)) tensors.emplace_back(p.key(), p.value());
    write_safetensors(path.string(), tensors);
    std::printf("%s: %zu tensors, %.2f GB\n", path.c_str(), tensors.size(), fs::file_size(path) / 1e9);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s CONFIG_DIR OUT_DIR VOCAB_DIR\n", argv[0]);
        return 2;
    }
    const fs::path config = argv[1], out = argv[2], vocab = argv[3];
    try {
        if (fs::exists(config / "text_encoder_2")) throw Error("SDXL configs are not supported by this tool");
        for (const char* f : {"vocab.json", "merges.txt"})
            if (!fs::is_regular_file(vocab / f)) throw Error("'" + (vocab / f).string() + "' is missing");
        fs::create_directories(out);
        fs::copy(config, out, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
        for (const char* f : {"vocab.json", "merges.txt"})
            fs::copy_file(vocab / f, out / "tokenizer" / f, fs::copy_options::overwrite_existing);
        at::NoGradGuard no_grad;
        CLIPTextModel text(load_clip_text_config((config / "text_encoder" / "config.json").string()));
        write_module(text, out / "text_encoder" / "model.safetensors");
        UNet2DConditionModel unet(read_unet_config((config / "unet" / "config.json").string()));
        write_module(*unet, out / "unet" / "diffusion_pytorch_model.safetensors");
        AutoencoderKL vae(read_vae_config((config / "vae" / "config.json").string()));
        write_module(*vae, out / "vae" / "diffusion_pytorch_model.safetensors");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "stipple-write-random-model: %s\n", e.what());
        return 1;
    }
    return 0;
}
