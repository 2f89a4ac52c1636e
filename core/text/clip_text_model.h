// Hugging Face CLIPTextModel / CLIPTextModelWithProjection (the SD 1.x/2.x/SDXL text encoders)
// as a torch::nn::Module whose parameter names are the HF checkpoint keys.
#pragma once

#include "io/state_dict.h"
#include "text/clip_text_config.h"

#include <ATen/ATen.h>
#include <torch/nn/module.h>

#include <memory>
#include <string>
#include <vector>

namespace stipple {

struct CLIPTextOutput {
    at::Tensor last_hidden_state;           // [B,S,H] after final_layer_norm
    std::vector<at::Tensor> hidden_states;  // num_hidden_layers + 1 tensors [B,S,H]: embeddings, then each
                                            // layer's output, before final_layer_norm (HF order)
    at::Tensor pooled_output;               // [B,H] last_hidden_state at eos_positions
    at::Tensor eos_positions;               // [B] int64 (argmax(ids) if eos_token_id == 2, else first eos)
    at::Tensor text_embeds;                 // [B,projection_dim] text_projection(pooled); only WithProjection
};

// Vectors that replace the token embeddings of one row of a batch from `position` on, before the
// position embeddings are added (A1111's EmbeddingsWithFixes: textual inversion). Rows past the
// sequence's end are dropped, as A1111 does.
struct TokenEmbeddingFix {
    int64_t row = 0;
    int64_t position = 0;
    at::Tensor vectors;  // [n, hidden_size], any float dtype (cast to the model's)
};

class CLIPTextTransformer;

class CLIPTextModel : public torch::nn::Module {
public:
    // Parameters are allocated uninitialised in `dtype`; load weights before use.
    explicit CLIPTextModel(const CLIPTextConfig& config, at::ScalarType dtype = at::kFloat);

    // input_ids: [B,S] int64 with S <= max_position_embeddings. Computes in the weights' dtype
    // (LayerNorm, attention softmax and activations in float32 when that is bf16/fp16).
    // Throws stipple::Error on a wrong shape/dtype or an id outside the vocabulary.
    CLIPTextOutput forward(const at::Tensor& input_ids);
    // The same with token embeddings replaced by `fixes`; with no fixes exactly forward(input_ids).
    // Throws Error for a fix outside the batch or of the wrong width.
    CLIPTextOutput forward(const at::Tensor& input_ids, const std::vector<TokenEmbeddingFix>& fixes);

    // text_model.final_layer_norm, for clip skip: final_layer_norm(hidden_states[-(k+1)]).
    at::Tensor final_layer_norm(const at::Tensor& hidden) const;

    const CLIPTextConfig& config() const { return config_; }
    at::ScalarType dtype() const { return dtype_; }

private:
    CLIPTextConfig config_;
    at::ScalarType dtype_;
    std::shared_ptr<CLIPTextTransformer> text_model_;
    std::shared_ptr<torch::nn::Module> text_projection_;  // null without projection
};

// Checkpoint keys a file may hold that the model has no use for.
const std::set<std::string>& clip_text_ignorable_keys();

// Builds a model from a config and weights with HF names (text_model.*, text_projection.weight).
// `source` names the weights' file in errors.
std::shared_ptr<CLIPTextModel> build_clip_text_model(const CLIPTextConfig& config, const StateDict& weights,
                                                      at::ScalarType dtype, const std::string& source);

// Loads `component_dir`/config.json and `component_dir`/model.safetensors (a diffusers
// text_encoder or text_encoder_2 folder).
std::shared_ptr<CLIPTextModel> load_clip_text_model(const std::string& component_dir, at::ScalarType dtype);

// [N,S] int64 tensor from rows of ids (all rows the same length).
at::Tensor token_ids_tensor(const std::vector<std::vector<int64_t>>& rows);

}  // namespace stipple
