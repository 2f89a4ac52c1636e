// Prompt encoding as diffusers 0.25.1 does it, for SD 1.x/2.x (one CLIP encoder, last hidden
// state) and SDXL (two encoders' penultimate states concatenated, pooled text embeddings,
// zeros for an absent negative prompt when the model asks for it).
#pragma once

#include "common/generation_request.h"
#include "text/clip_text_model.h"
#include "text/tokenizer.h"

#include <ATen/ATen.h>

#include <memory>
#include <string>
#include <vector>

namespace stipple {

struct TextEncoderSet {
    std::shared_ptr<Tokenizer> tokenizer, tokenizer_2;         // tokenizer_2: SDXL only
    std::shared_ptr<CLIPTextModel> text_encoder, text_encoder_2;
    bool force_zeros_for_empty_prompt = false;                 // SDXL model_index.json
    bool sdxl() const { return static_cast<bool>(text_encoder_2); }
};

struct Conditioning {
    at::Tensor embeds;  // [B or 2B, 77, D] float32, unconditional half first when guided
    at::Tensor pooled;  // SDXL: [B or 2B, P] text_embeds; undefined otherwise
};

// The prompts of a request in batch order (prompt-major), and its negatives (empty = none given).
std::vector<std::string> request_prompts(const GenerationRequest& request);
std::vector<std::string> request_negatives(const GenerationRequest& request);

// Encodes the request's prompts for a batch of `batch` images; `guided` adds the unconditional half.
// Throws Error when the negative prompts do not match the prompts (diffusers' ValueError).
Conditioning encode_prompts(const TextEncoderSet& encoders, const GenerationRequest& request, int64_t batch,
                            bool guided, const at::Device& device);

}  // namespace stipple
