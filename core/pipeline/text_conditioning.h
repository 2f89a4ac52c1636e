// Prompt encoding in the request's PromptStyle. Diffusers: as diffusers 0.25.1 does it, for SD
// 1.x/2.x (one CLIP encoder, last hidden state) and SDXL (two encoders' penultimate states
// concatenated, pooled text embeddings, zeros for an absent negative prompt when the model asks
// for it). A1111: AUTOMATIC1111's syntax and chunks (chunked_text_encoding.h) on the same layers.
#pragma once

#include "common/generation_request.h"
#include "text/clip_text_model.h"
#include "text/embedding_matcher.h"
#include "text/textual_inversion.h"
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
    // Textual-inversion embeddings (A1111 style only) and their names as each tokenizer spells
    // them; set together by attach_embeddings. Null = none.
    std::shared_ptr<const EmbeddingLibrary> embeddings;
    std::shared_ptr<const EmbeddingMatcher> embedding_names, embedding_names_2;
    bool sdxl() const { return static_cast<bool>(text_encoder_2); }
};

// The widths an embedding must have for these encoders (text_encoder, and text_encoder_2 on SDXL).
EmbeddingWidths embedding_widths(const TextEncoderSet& encoders);
// Uses `library` (null = none) for A1111-style prompts: its names are tokenized once here.
void attach_embeddings(TextEncoderSet& encoders, std::shared_ptr<const EmbeddingLibrary> library);

struct Conditioning {
    // [B or 2B, S, D] float32, unconditional half first when guided; S = 77 in Diffusers style,
    // a multiple of 77 (the longest prompt's chunks) in A1111 style.
    at::Tensor embeds;
    at::Tensor pooled;  // SDXL: [B or 2B, P] text_embeds (unconditional half first); undefined otherwise
    // A1111 style only, when guided and the negative's length differs from the prompt's: the
    // unconditional half [B, S_u, D] kept apart, and `embeds` is then the conditional half only.
    // The loop runs the UNet on each half separately: A1111's default (no "Pad conds") attends
    // to each half's own tokens, which padding either one would change.
    at::Tensor uncond_embeds;
};

// The prompts of a request in batch order (prompt-major), and its negatives (empty = none given).
std::vector<std::string> request_prompts(const GenerationRequest& request);
std::vector<std::string> request_negatives(const GenerationRequest& request);

// A1111 style: groups of texts, each encoded as A1111 encodes the texts of one call (the scheduled
// texts of one prompt, whose weights' mean restore is taken together). Per group, per text: the
// embeddings [S, D] (S a multiple of 77) and, for SDXL, the pooled text embeddings [P].
// Throws Error for a weight that overflows (e.g. thousands of nested brackets). `emphasis` None
// reads each text as one literal run of weight 1 (no brackets, weights or BREAK), as A1111 does.
struct EncodedGroup {
    std::vector<at::Tensor> embeds;
    std::vector<at::Tensor> pooled;
};
std::vector<EncodedGroup> encode_groups_a1111(const TextEncoderSet& encoders,
                                              const std::vector<std::vector<std::string>>& groups, int clip_skip,
                                              Emphasis emphasis, const at::Device& device);

// Encodes the request's prompts for a batch of `batch` images; `guided` adds the unconditional half.
// Throws Error when the negative prompts do not match the prompts (diffusers' ValueError).
Conditioning encode_prompts(const TextEncoderSet& encoders, const GenerationRequest& request, int64_t batch,
                            bool guided, const at::Device& device);

}  // namespace stipple
