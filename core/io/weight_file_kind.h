// What a .safetensors file that is not a single-file checkpoint holds, from its key names alone:
// a LoRA, a ControlNet, a textual-inversion embedding, a VAE, one diffusers component, a bare UNet.
// One list of the key patterns, shared by the checkpoint reader's "this is a LoRA, not a
// checkpoint" message (io/single_file.cpp) and the model library's classifier (io/model_library.h).
#pragma once

#include <string>
#include <vector>

namespace stipple {

enum class WeightFileKind { Lora, ControlNet, Embedding, Vae, DiffusersComponent, UnetOnly, Upscaler, Unknown };

// Call after detect_checkpoint_family() found no text encoder: the keys of a full checkpoint
// would also match some of these patterns. Checked in this order: LoRA (kohya "lora_…", LyCORIS
// LoHa/LoKr, diffusers/PEFT lora_A/lora_B), ControlNet, embedding, VAE, diffusers component, UNet
// only, then an ESRGAN-family upscaler (io/upscaler_keys.h; a "module." prefix on every key allowed).
WeightFileKind guess_weight_file_kind(const std::vector<std::string>& keys);

}  // namespace stipple
