// The Stable Diffusion families Stipple runs, told apart by their text encoders and latent space:
// SD 1.x (CLIP-L), SD 2.x (OpenCLIP-H), SDXL (CLIP-L + OpenCLIP-bigG, size conditioning).
#pragma once

#include <string>

namespace stipple {

enum class ModelFamily { SD1, SD2, SDXL };

// "sd1", "sd2", "sdxl": the id in JSON, CLI output and config folder choices.
const char* model_family_id(ModelFamily family);
// "SD 1.x", "SD 2.x", "SDXL": for people (messages, the model line in the app).
const char* model_family_label(ModelFamily family);
// "sd1"/"sd15"/"sd2"/"sd21"/"sdxl" (any case); throws stipple::Error naming the accepted ids.
ModelFamily parse_model_family(const std::string& text);

// SDXL: two text encoders, a pooled text embedding and size/crop micro-conditioning.
inline bool has_two_text_encoders(ModelFamily family) { return family == ModelFamily::SDXL; }
// SD 1.x and 2.x share one VAE latent space; SDXL's VAE has its own.
inline bool has_sdxl_latent_space(ModelFamily family) { return family == ModelFamily::SDXL; }

}  // namespace stipple
