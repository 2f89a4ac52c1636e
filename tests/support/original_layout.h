// Diffusers-named weights -> the original single-file layout (CompVis/SGM, "A1111" checkpoints):
// the inverse of read_single_file() (core/io/single_file.h), for writing test checkpoints that
// look like the ones artists download. read_single_file(to_original_layout(m)) gives back m's
// tensors bit for bit (checked on the tiny fixtures by tests/test_io_original_layout.cpp).
//
// Test and benchmark code only: the app reads single files, it never writes them.
#pragma once

#include "common/model_family.h"
#include "io/state_dict.h"

#include <map>
#include <string>

namespace stipple::test {

// One model's weights by component, named as in the diffusers folders
// (unet/diffusion_pytorch_model.safetensors, vae/..., text_encoder[_2]/model.safetensors).
struct DiffusersWeights {
    StateDict unet, vae, text_encoder, text_encoder_2;  // text_encoder_2: SDXL only
};

// Original-layout key -> tensor, sorted by key (so a file written from it is the same every time).
using OriginalLayout = std::map<std::string, at::Tensor>;

// The original layout of `weights` for `family`:
//   UNet  -> model.diffusion_model.*  (input_blocks / middle_block / output_blocks, ResBlock names)
//   VAE   -> first_stage_model.*      (decoder up blocks numbered in reverse; the mid-block attention
//                                      q/k/v/proj_out weights as [C,C,1,1] 1x1 convs, as LDM and SGM save them)
//   text  -> SD 1.x: cond_stage_model.transformer.<HF CLIP name>
//            SD 2.x: cond_stage_model.model.* (OpenCLIP: q/k/v concatenated into attn.in_proj_weight/bias)
//            SDXL:   conditioner.embedders.0.transformer.<HF CLIP name> (text_encoder) and
//                    conditioner.embedders.1.model.* (text_encoder_2, OpenCLIP; text_projection = W.T)
// Tensors are the inputs themselves (zero copy) or views of them, except the concatenated
// in_proj tensors and the transposed text_projection (new, contiguous).
// HF CLIP's position_ids buffer keeps its name (genuine SD 1.x / SDXL files have it); OpenCLIP
// towers have none, so there it is dropped. Throws stipple::Error naming a diffusers key it has no
// original name for, or a layer whose q/k/v projections are incomplete.
OriginalLayout to_original_layout(ModelFamily family, const DiffusersWeights& weights);

}  // namespace stipple::test
