// CLIP text transformer (transformers 4.33 modeling_clip.py formulas): token + position
// embeddings, pre-LN encoder layers with causal self-attention, final LayerNorm, eos pooling.
#include "text/clip_text_model.h"

#include "common/error.h"
#include "io/state_dict.h"

#include <algorithm>
#include <fstream>
#include <limits>

namespace stipple {
namespace {

bool reduced_precision(at::ScalarType t) { return t == at::kBFloat16 || t == at::kHalf; }

// Plain parameter holders allocated uninitialised (weights always come from a file), so a
// 700M-parameter encoder is not randomly initialised only to be overwritten.
class Linear : public torch::nn::Module {
public:
    Linear(int64_t in, int64_t out, bool bias, at::ScalarType dtype) {
        weight = register_parameter("weight", at::empty({out, in}, at::TensorOptions().dtype(dtype)));
        if (bias) this->bias = register_parameter("bias", at::empty({out}, at::TensorOptions().dtype(dtype)));
    }
    at::Tensor forward(const at::Tensor& x) const { return at::linear(x, weight, bias); }
    at::Tensor weight, bias;
};

class LayerNorm : public torch::nn::Module {
public:
    LayerNorm(int64_t dim, double eps, at::ScalarType dtype) : eps_(eps) {
        weight = register_parameter("weight", at::empty({dim}, at::TensorOptions().dtype(dtype)));
        bias = register_parameter("bias", at::empty({dim}, at::TensorOptions().dtype(dtype)));
    }
    // Normalises in float32 and returns the input's dtype.
    at::Tensor forward(const at::Tensor& x) const {
        if (!reduced_precision(x.scalar_type())) return at::layer_norm(x, {x.size(-1)}, weight, bias, eps_);
        return at::layer_norm(x.to(at::kFloat), {x.size(-1)}, weight.to(at::kFloat), bias.to(at::kFloat), eps_)
            .to(x.scalar_type());
    }
    at::Tensor weight, bias;

private:
    double eps_;
};

class Embedding : public torch::nn::Module {
public:
    Embedding(int64_t count, int64_t dim, at::ScalarType dtype) {
        weight = register_parameter("weight", at::empty({count, dim}, at::TensorOptions().dtype(dtype)));
    }
    at::Tensor forward(const at::Tensor& ids) const { return at::embedding(weight, ids); }
    at::Tensor weight;
};

class CLIPTextEmbeddings : public torch::nn::Module {
public:
    CLIPTextEmbeddings(const CLIPTextConfig& c, at::ScalarType dtype) {
        token_embedding = register_module("token_embedding", std::make_shared<Embedding>(c.vocab_size, c.hidden_size, dtype));
        position_embedding = register_module(
            "position_embedding", std::make_shared<Embedding>(c.max_position_embeddings, c.hidden_size, dtype));
    }
    at::Tensor forward(const at::Tensor& ids, const std::vector<TokenEmbeddingFix>& fixes) const {
        const at::Tensor positions = at::arange(ids.size(1), ids.options().dtype(at::kLong)).unsqueeze(0);
        if (fixes.empty()) return token_embedding->forward(ids) + position_embedding->forward(positions);
        at::Tensor tokens = token_embedding->forward(ids).clone();
        const int64_t B = ids.size(0), S = ids.size(1), H = tokens.size(2);
        for (const TokenEmbeddingFix& fix : fixes) {
            if (fix.row < 0 || fix.row >= B || fix.position < 0 || fix.position >= S)
                throw Error("CLIP text encoder: an embedding placed at row " + std::to_string(fix.row) + ", position " +
                            std::to_string(fix.position) + " is outside the batch [" + std::to_string(B) + ", " +
                            std::to_string(S) + "]");
            if (!fix.vectors.defined() || fix.vectors.dim() != 2 || fix.vectors.size(1) != H)
                throw Error("CLIP text encoder: an embedding's vectors must be [n, " + std::to_string(H) + "]");
            const int64_t n = std::min(S - fix.position, fix.vectors.size(0));
            tokens[fix.row].narrow(0, fix.position, n).copy_(fix.vectors.narrow(0, 0, n).to(tokens.options()));
        }
        return tokens + position_embedding->forward(positions);
    }
    std::shared_ptr<Embedding> token_embedding, position_embedding;
};

class CLIPAttention : public torch::nn::Module {
public:
    CLIPAttention(const CLIPTextConfig& c, at::ScalarType dtype)
        : heads_(c.num_attention_heads), head_dim_(c.hidden_size / c.num_attention_heads) {
        k_proj = register_module("k_proj", std::make_shared<Linear>(c.hidden_size, c.hidden_size, true, dtype));
        v_proj = register_module("v_proj", std::make_shared<Linear>(c.hidden_size, c.hidden_size, true, dtype));
        q_proj = register_module("q_proj", std::make_shared<Linear>(c.hidden_size, c.hidden_size, true, dtype));
        out_proj = register_module("out_proj", std::make_shared<Linear>(c.hidden_size, c.hidden_size, true, dtype));
    }
    // x [B,S,H]; causal_mask [S,S] float32 additive (0 / lowest float).
    at::Tensor forward(const at::Tensor& x, const at::Tensor& causal_mask) const {
        const int64_t B = x.size(0), S = x.size(1);
        const double scale = 1.0 / std::sqrt(static_cast<double>(head_dim_));
        // [B,S,H] -> [B,heads,S,head_dim], float32 for the score/softmax part.
        auto split = [&](const at::Tensor& t) {
            return t.view({B, S, heads_, head_dim_}).transpose(1, 2).to(at::kFloat);
        };
        const at::Tensor q = split(q_proj->forward(x) * scale);
        const at::Tensor k = split(k_proj->forward(x));
        const at::Tensor v = split(v_proj->forward(x));
        at::Tensor weights = at::matmul(q, k.transpose(-1, -2)) + causal_mask;
        weights = at::softmax(weights, -1);
        const at::Tensor attended =
            at::matmul(weights, v).transpose(1, 2).reshape({B, S, heads_ * head_dim_}).to(x.scalar_type());
        return out_proj->forward(attended);
    }
    std::shared_ptr<Linear> k_proj, v_proj, q_proj, out_proj;

private:
    int64_t heads_, head_dim_;
};

class CLIPMLP : public torch::nn::Module {
public:
    CLIPMLP(const CLIPTextConfig& c, at::ScalarType dtype) : act_(c.hidden_act) {
        fc1 = register_module("fc1", std::make_shared<Linear>(c.hidden_size, c.intermediate_size, true, dtype));
        fc2 = register_module("fc2", std::make_shared<Linear>(c.intermediate_size, c.hidden_size, true, dtype));
    }
    at::Tensor forward(const at::Tensor& x) const {
        const at::Tensor h = fc1->forward(x);
        const at::Tensor f = reduced_precision(h.scalar_type()) ? h.to(at::kFloat) : h;
        at::Tensor a;
        if (act_ == "quick_gelu") a = f * at::sigmoid(f * 1.702);
        else if (act_ == "gelu") a = at::gelu(f);
        else if (act_ == "relu") a = at::relu(f);
        else a = at::gelu(f, "tanh");  // gelu_new, gelu_pytorch_tanh
        return fc2->forward(a.to(h.scalar_type()));
    }
    std::shared_ptr<Linear> fc1, fc2;

private:
    std::string act_;
};

class CLIPEncoderLayer : public torch::nn::Module {
public:
    CLIPEncoderLayer(const CLIPTextConfig& c, at::ScalarType dtype) {
        self_attn = register_module("self_attn", std::make_shared<CLIPAttention>(c, dtype));
        layer_norm1 = register_module("layer_norm1", std::make_shared<LayerNorm>(c.hidden_size, c.layer_norm_eps, dtype));
        mlp = register_module("mlp", std::make_shared<CLIPMLP>(c, dtype));
        layer_norm2 = register_module("layer_norm2", std::make_shared<LayerNorm>(c.hidden_size, c.layer_norm_eps, dtype));
    }
    at::Tensor forward(const at::Tensor& x, const at::Tensor& causal_mask) const {
        at::Tensor h = x + self_attn->forward(layer_norm1->forward(x), causal_mask);
        return h + mlp->forward(layer_norm2->forward(h));
    }
    std::shared_ptr<CLIPAttention> self_attn;
    std::shared_ptr<LayerNorm> layer_norm1;
    std::shared_ptr<CLIPMLP> mlp;
    std::shared_ptr<LayerNorm> layer_norm2;
};

class CLIPEncoder : public torch::nn::Module {
public:
    CLIPEncoder(const CLIPTextConfig& c, at::ScalarType dtype) {
        layers = register_module("layers", torch::nn::ModuleList());
        for (int64_t i = 0; i < c.num_hidden_layers; ++i) {
            auto layer = std::make_shared<CLIPEncoderLayer>(c, dtype);
            layers->push_back(layer);
            typed_layers.push_back(layer);
        }
    }
    torch::nn::ModuleList layers;
    std::vector<std::shared_ptr<CLIPEncoderLayer>> typed_layers;
};

}  // namespace

class CLIPTextTransformer : public torch::nn::Module {
public:
    CLIPTextTransformer(const CLIPTextConfig& c, at::ScalarType dtype) {
        embeddings = register_module("embeddings", std::make_shared<CLIPTextEmbeddings>(c, dtype));
        encoder = register_module("encoder", std::make_shared<CLIPEncoder>(c, dtype));
        final_layer_norm =
            register_module("final_layer_norm", std::make_shared<LayerNorm>(c.hidden_size, c.layer_norm_eps, dtype));
    }
    std::shared_ptr<CLIPTextEmbeddings> embeddings;
    std::shared_ptr<CLIPEncoder> encoder;
    std::shared_ptr<LayerNorm> final_layer_norm;
};

CLIPTextModel::CLIPTextModel(const CLIPTextConfig& config, at::ScalarType dtype) : config_(config), dtype_(dtype) {
    text_model_ = register_module("text_model", std::make_shared<CLIPTextTransformer>(config, dtype));
    if (config.with_projection)
        text_projection_ = register_module(
            "text_projection", std::make_shared<Linear>(config.hidden_size, config.projection_dim, false, dtype));
}

CLIPTextOutput CLIPTextModel::forward(const at::Tensor& input_ids) { return forward(input_ids, {}); }

CLIPTextOutput CLIPTextModel::forward(const at::Tensor& input_ids, const std::vector<TokenEmbeddingFix>& fixes) {
    if (!input_ids.defined() || input_ids.dim() != 2 || input_ids.scalar_type() != at::kLong)
        throw Error("CLIP text encoder: input_ids must be a [batch, sequence] int64 tensor");
    const int64_t B = input_ids.size(0), S = input_ids.size(1);
    if (B == 0 || S == 0 || S > config_.max_position_embeddings)
        throw Error("CLIP text encoder: input_ids has shape [" + std::to_string(B) + ", " + std::to_string(S) +
                    "]; the sequence must hold 1 to " + std::to_string(config_.max_position_embeddings) + " tokens");
    const at::Tensor ids = input_ids.contiguous();
    const int64_t lo = ids.min().item<int64_t>(), hi = ids.max().item<int64_t>();
    if (lo < 0 || hi >= config_.vocab_size)
        throw Error("CLIP text encoder: token id " + std::to_string(lo < 0 ? lo : hi) + " is outside the vocabulary (0.." +
                    std::to_string(config_.vocab_size - 1) + "); does the tokenizer belong to this text encoder?");

    CLIPTextOutput out;
    at::Tensor h = text_model_->embeddings->forward(ids, fixes);
    // Causal mask: position i sees positions <= i. transformers fills with finfo.min.
    const at::Tensor causal_mask =
        at::full({S, S}, std::numeric_limits<float>::lowest(), at::TensorOptions().dtype(at::kFloat)).triu(1);
    out.hidden_states.reserve(static_cast<size_t>(config_.num_hidden_layers) + 1);
    for (const auto& layer : text_model_->encoder->typed_layers) {
        out.hidden_states.push_back(h);
        h = layer->forward(h, causal_mask);
    }
    out.hidden_states.push_back(h);
    out.last_hidden_state = final_layer_norm(h);

    // transformers pools at argmax(ids) for the legacy eos_token_id == 2, else at the first eos.
    out.eos_positions = config_.eos_token_id == 2 ? ids.to(at::kInt).argmax(-1)
                                                  : ids.eq(config_.eos_token_id).to(at::kInt).argmax(-1);
    out.pooled_output = out.last_hidden_state.index({at::arange(B, at::kLong), out.eos_positions});
    if (text_projection_)
        out.text_embeds = std::static_pointer_cast<Linear>(text_projection_)->forward(out.pooled_output);
    return out;
}

at::Tensor CLIPTextModel::final_layer_norm(const at::Tensor& hidden) const {
    return text_model_->final_layer_norm->forward(hidden);
}

const std::set<std::string>& clip_text_ignorable_keys() {
    static const std::set<std::string> keys = {"text_model.embeddings.position_ids"};
    return keys;
}

std::shared_ptr<CLIPTextModel> build_clip_text_model(const CLIPTextConfig& config, const StateDict& weights,
                                                      at::ScalarType dtype, const std::string& source) {
    if (dtype != at::kFloat && dtype != at::kBFloat16 && dtype != at::kHalf && dtype != at::kDouble)
        throw Error("CLIP text encoder: unsupported dtype " + std::string(c10::toString(dtype)) + " for '" + source + "'");
    auto model = std::make_shared<CLIPTextModel>(config, dtype);
    LoadOptions options;
    options.dtype = dtype;
    options.ignorable_keys = clip_text_ignorable_keys();
    options.source = source;
    load_module_weights(*model, weights, options);
    return model;
}

std::shared_ptr<CLIPTextModel> load_clip_text_model(const std::string& component_dir, at::ScalarType dtype) {
    const std::string base = component_dir.empty() || component_dir.back() == '/' ? component_dir : component_dir + "/";
    const CLIPTextConfig config = load_clip_text_config(base + "config.json");
    const std::string weights_path = base + "model.safetensors";
    if (!std::ifstream(weights_path, std::ios::binary))
        throw Error("CLIP text encoder: cannot open '" + weights_path + "' (missing file or wrong folder?)");
    return build_clip_text_model(config, read_state_dict(weights_path), dtype, weights_path);
}

at::Tensor token_ids_tensor(const std::vector<std::vector<int64_t>>& rows) {
    if (rows.empty()) throw Error("token_ids_tensor: no rows");
    const size_t n = rows.front().size();
    std::vector<int64_t> flat;
    flat.reserve(rows.size() * n);
    for (const auto& r : rows) {
        if (r.size() != n) throw Error("token_ids_tensor: rows have different lengths");
        flat.insert(flat.end(), r.begin(), r.end());
    }
    return at::tensor(flat, at::kLong).view({static_cast<int64_t>(rows.size()), static_cast<int64_t>(n)});
}

}  // namespace stipple
