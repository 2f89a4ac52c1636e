// Single-file (CompVis/SGM, "A1111") Stable Diffusion checkpoints: detects SD 1.x / 2.x / XL and
// renames every weight to the diffusers key of its component, zero-copy (views of the mapped file).
#pragma once

#include "common/model_family.h"

#include "io/state_dict.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace stipple {

class SafetensorsFile;

// From the key names alone: conditioner.embedders.* -> SDXL, cond_stage_model.model.* (OpenCLIP)
// -> SD2, cond_stage_model.transformer.* (HF CLIP) -> SD1. Otherwise an Error naming `source`
// and the top-level key groups that were found (e.g. a diffusers component file or a LoRA).
ModelFamily detect_checkpoint_family(const std::vector<std::string>& keys, const std::string& source);

// The architecture as read from the keys, so a caller can check it against the config it uses.
struct SingleFileLayout {
    int unet_levels = 0;            // len(block_out_channels)
    int unet_layers_per_block = 0;  // resnets per down block (up blocks have one more)
    int vae_levels = 0;
    int text_encoder_layers = 0;    // layers found in the file (before any cut, see SingleFileOptions)
    int text_encoder_2_layers = 0;  // SDXL only
    int unet_in_channels = 4;       // 9 for inpainting models (latents + masked-image latents + mask)
};

struct SingleFileOptions {
    // Keep only text-encoder layers 0..n-1 (n = the component config's num_hidden_layers); -1 keeps
    // all. Needed for genuine SD 2.x files, which hold OpenCLIP's 24th block while diffusers' SD 2.x
    // text_encoder config has 23 layers (the penultimate layer is the output). The pipeline reads
    // text_encoder[/_2]/config.json first and passes num_hidden_layers here, or calls
    // drop_text_encoder_layers() on the result later.
    int text_encoder_layers = -1;
    int text_encoder_2_layers = -1;
};

// Weights named exactly as in the diffusers folders (unet/diffusion_pytorch_model.safetensors,
// vae/..., text_encoder[_2]/model.safetensors), minus the non-weight position_ids buffers.
struct SingleFileComponents {
    ModelFamily family = ModelFamily::SD1;
    std::string path;
    StateDict unet, vae, text_encoder, text_encoder_2;  // text_encoder_2: SDXL only
    SingleFileLayout layout;
    std::map<std::string, std::string> metadata;       // the safetensors __metadata__ (modelspec.* ...)
    // Marker keys of v-prediction finetunes (ComfyUI's convention, e.g. NoobAI-XL v-pred): an empty
    // tensor named "v_pred", and "ztsnr" for zero-terminal-SNR training. Not weights.
    bool v_pred_marker = false;
    bool ztsnr_marker = false;
};

// Opens `path` (memory-mapped, zero-copy) and converts every key. Keys that are not weights are
// skipped (noise-schedule buffers, model_ema.*, logit_scale, position_ids, attn_mask, SD 2.x's
// text_projection); any other unknown key is an Error naming the key and the file. A pickle
// checkpoint (.ckpt/.pt/.pth/.bin/.pkl) is refused with an Error saying how to convert it; a
// truncated or corrupt file gives SafetensorsFile's Error.
SingleFileComponents read_single_file(const std::string& path, const SingleFileOptions& options = {});
SingleFileComponents read_single_file(const std::shared_ptr<SafetensorsFile>& file,
                                      const SingleFileOptions& options = {});

// True for extensions of Python pickle checkpoints (.ckpt, .pt, .pth, .bin, .pkl; any case).
bool is_pickle_checkpoint_path(const std::string& path);
// Throws the one-line Error for a pickle checkpoint `path`.
[[noreturn]] void refuse_pickle_checkpoint(const std::string& path);

// Removes text_model.encoder.layers.N.* for N >= num_layers from a text-encoder state dict.
void drop_text_encoder_layers(StateDict& text_encoder, int num_layers);

// Built-in diffusers configs (model_index.json, unet/, vae/, text_encoder[_2]/, scheduler/,
// tokenizer[_2]/ configs only, no vocabulary) for a detected family:
// <resources_dir>/configs/{stable-diffusion-v1-5, stable-diffusion-2-1, stable-diffusion-xl-base-1.0}.
// SD 2.x files map to 2.1; pipeline/single_file_config.h then sets the prediction type and size
// it detects. The CLIP vocabulary these folders lack is resources/clip-tokenizer/.
// Throws an Error naming the folder when it has no model_index.json.
std::string builtin_config_dir(ModelFamily family, const std::string& resources_dir);

}  // namespace stipple
