#include "io/vae_file.h"

#include "common/error.h"
#include "io/safetensors.h"
#include "io/single_file.h"
#include "io/single_file_keys.h"

namespace stipple {

using namespace single_file_detail;

namespace {

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace

StateDict read_vae_file(const std::string& path) {
    if (is_pickle_checkpoint_path(path)) refuse_pickle_checkpoint(path);
    const auto file = SafetensorsFile::open(path);
    bool prefixed = false, diffusers_layout = false;
    for (const auto& e : file->entries()) prefixed = prefixed || starts_with(e.name, "first_stage_model.");
    SourceTensors tensors;
    for (const auto& e : file->entries()) {
        std::string rest = e.name;
        if (prefixed) {
            // A whole checkpoint given as a VAE: A1111 takes only its first stage.
            if (!starts_with(rest, "first_stage_model.")) continue;
            rest = rest.substr(18);
        }
        // Training leftovers of unpruned VAE files (the discriminator and LPIPS of the loss).
        if (starts_with(rest, "loss.") || starts_with(rest, "model_ema.")) continue;
        if (!starts_with(rest, "encoder.") && !starts_with(rest, "decoder.") && !starts_with(rest, "quant_conv.") &&
            !starts_with(rest, "post_quant_conv."))
            throw Error(path + " is not a VAE file: it holds '" + e.name.substr(0, 120) +
                        "' (a VAE has encoder.*, decoder.*, quant_conv.*, post_quant_conv.* weights); "
                        "open a full checkpoint as a model instead");
        // conv_in, conv_out, quant_conv are named alike in both layouts; the blocks are not.
        diffusers_layout = diffusers_layout || rest.find("_blocks.") != std::string::npos ||
                           rest.find(".mid_block.") != std::string::npos;
        tensors.push_back({e.name, rest, file->tensor(e.name)});
    }
    if (tensors.empty()) throw Error(path + " has no VAE weights (encoder.*, decoder.*)");
    StateDict out;
    if (diffusers_layout) {
        // Names are already the AutoencoderKL's; build_vae names any key or shape that does not fit.
        for (const auto& t : tensors) put(out, t.rest, t.tensor, t.key, path);
        return out;
    }
    int levels = 0;
    convert_vae(tensors, out, path, levels);
    return out;
}

}  // namespace stipple
