// Internal to io/single_file*.cpp: per-component converters from single-file key names to
// diffusers key names. Each throws an Error naming the key and the file for a key it does not know.
#pragma once

#include "io/state_dict.h"

#include <string>
#include <vector>

namespace stipple::single_file_detail {

// One tensor of the checkpoint: its full key, the key with the component prefix removed, the data.
struct SourceTensor {
    std::string key;
    std::string rest;
    at::Tensor tensor;
};
using SourceTensors = std::vector<SourceTensor>;

// "<file>: unknown key '<key>' in a single-file checkpoint (<why>)".
[[noreturn]] void throw_unknown_key(const std::string& source, const std::string& key, const std::string& why);

// A block or layer index of a key (the "12" of input_blocks.12.1.norm.weight): no checkpoint has one
// above kMaxKeyIndex. A bigger one is an Error naming the key: std::stoi threw std::out_of_range past
// INT_MAX (an exception that is not an Error), and `index + 1` overflowed at INT_MAX.
constexpr int kMaxKeyIndex = 9999;
int key_index(const std::string& digits, const std::string& key, const std::string& source);

// Inserts `name`; two checkpoint keys mapping to one diffusers key is an Error.
void put(StateDict& out, const std::string& name, const at::Tensor& tensor, const std::string& key,
         const std::string& source);

// model.diffusion_model.* -> UNet2DConditionModel keys. Fills levels / layers_per_block.
void convert_unet(const SourceTensors& in, StateDict& out, const std::string& source, int& levels,
                  int& layers_per_block);

// first_stage_model.* -> AutoencoderKL keys. Fills levels.
void convert_vae(const SourceTensors& in, StateDict& out, const std::string& source, int& levels);

// HF CLIPTextModel names under cond_stage_model.transformer. / conditioner.embedders.N.transformer.
// Returns the number of layers found.
int convert_hf_clip(const SourceTensors& in, StateDict& out, const std::string& source);

// OpenCLIP text tower (cond_stage_model.model. / conditioner.embedders.N.model.) -> HF CLIP names.
// `with_projection`: keep text_projection as text_projection.weight (= W.T, SDXL's
// CLIPTextModelWithProjection); otherwise it is skipped (SD 2.x). Returns the number of layers.
int convert_open_clip(const SourceTensors& in, StateDict& out, const std::string& source, bool with_projection);

}  // namespace stipple::single_file_detail
