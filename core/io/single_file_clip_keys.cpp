// Single-file text encoders -> Hugging Face CLIPTextModel keys: HF-named CLIP-L (prefix strip)
// and OpenCLIP towers (fused in_proj split into q/k/v views, SDXL text_projection transposed).
#include "io/single_file_keys.h"

#include "common/error.h"

#include <map>
#include <regex>
#include <sstream>

namespace stipple::single_file_detail {

namespace {

std::string shape_string(const at::Tensor& t) {
    std::ostringstream s;
    s << t.sizes();
    return s.str();
}

}  // namespace

int convert_hf_clip(const SourceTensors& in, StateDict& out, const std::string& source) {
    static const std::regex re(
        R"(^text_model\.(embeddings\.(token_embedding|position_embedding)\.weight|encoder\.layers\.(\d+)\.(self_attn\.(q_proj|k_proj|v_proj|out_proj)|layer_norm1|layer_norm2|mlp\.fc1|mlp\.fc2)\.(weight|bias)|final_layer_norm\.(weight|bias))$)");
    int layers = 0;
    for (const auto& t : in) {
        // Checkpoints saved with old transformers versions lack the "text_model." level.
        const std::string name = t.rest.rfind("text_model.", 0) == 0 ? t.rest : "text_model." + t.rest;
        std::smatch m;
        if (!std::regex_match(name, m, re)) throw_unknown_key(source, t.key, "not a CLIP text encoder weight");
        if (m[3].matched) layers = std::max(layers, key_index(m[3].str(), t.key, source) + 1);
        put(out, name, t.tensor, t.key, source);
    }
    return layers;
}

int convert_open_clip(const SourceTensors& in, StateDict& out, const std::string& source, bool with_projection) {
    static const std::regex block_re(
        R"(^transformer\.resblocks\.(\d+)\.(ln_1|ln_2|attn\.out_proj|mlp\.c_fc|mlp\.c_proj)\.(weight|bias)$)");
    static const std::regex in_proj_re(R"(^transformer\.resblocks\.(\d+)\.attn\.in_proj_(weight|bias)$)");
    static const std::regex final_re(R"(^ln_final\.(weight|bias)$)");
    static const std::map<std::string, std::string> block_names = {
        {"ln_1", "layer_norm1"}, {"ln_2", "layer_norm2"}, {"attn.out_proj", "self_attn.out_proj"},
        {"mlp.c_fc", "mlp.fc1"}, {"mlp.c_proj", "mlp.fc2"}};
    int layers = 0;
    for (const auto& t : in) {
        const std::string& r = t.rest;
        std::smatch m;
        if (r == "logit_scale" || r == "attn_mask") continue;  // contrastive scale, causal mask: not weights
        if (r == "token_embedding.weight") {
            put(out, "text_model.embeddings.token_embedding.weight", t.tensor, t.key, source);
        } else if (r == "positional_embedding") {
            put(out, "text_model.embeddings.position_embedding.weight", t.tensor, t.key, source);
        } else if (std::regex_match(r, m, final_re)) {
            put(out, "text_model.final_layer_norm." + m[1].str(), t.tensor, t.key, source);
        } else if (r == "text_projection" || r == "text_projection.weight") {
            // Original layout: [hidden, proj], used as x @ P. diffusers' Linear wants P.T. (diffusers
            // 0.25.1's converter wrote "text_projection.weight" already in Linear orientation.)
            if (!with_projection) continue;  // SD 2.x: CLIPTextModel has no projection
            if (t.tensor.dim() != 2) throw Error(source + ": '" + t.key + "' has shape " + shape_string(t.tensor) +
                                                 ", expected a 2-D text projection");
            put(out, "text_projection.weight", r == "text_projection" ? t.tensor.t() : t.tensor, t.key, source);
        } else if (std::regex_match(r, m, block_re)) {
            const int n = key_index(m[1].str(), t.key, source);
            layers = std::max(layers, n + 1);
            put(out, "text_model.encoder.layers." + m[1].str() + "." + block_names.at(m[2].str()) + "." + m[3].str(),
                t.tensor, t.key, source);
        } else if (std::regex_match(r, m, in_proj_re)) {
            // Fused [q; k; v] along dim 0: split in thirds (not at a hard-coded width).
            const int n = key_index(m[1].str(), t.key, source);
            layers = std::max(layers, n + 1);
            const bool weight = m[2] == "weight";
            if (t.tensor.dim() != (weight ? 2 : 1) || t.tensor.size(0) % 3 != 0)
                throw Error(source + ": '" + t.key + "' has shape " + shape_string(t.tensor) +
                            ", expected [3*hidden" + (weight ? ", hidden]" : "]"));
            const int64_t d = t.tensor.size(0) / 3;
            const char* names[3] = {"q_proj", "k_proj", "v_proj"};
            for (int k = 0; k < 3; ++k)
                put(out, "text_model.encoder.layers." + m[1].str() + ".self_attn." + names[k] + "." + m[2].str(),
                    t.tensor.narrow(0, k * d, d), t.key, source);
        } else {
            throw_unknown_key(source, t.key, "not an OpenCLIP text encoder weight");
        }
    }
    return layers;
}

}  // namespace stipple::single_file_detail
