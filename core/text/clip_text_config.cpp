// Reading CLIPTextConfig from config.json (transformers 4.33 CLIPTextConfig defaults).
#include "text/clip_text_config.h"

#include "common/error.h"
#include "io/json_file.h"

#include <nlohmann/json.hpp>

namespace stipple {
namespace {

int64_t int_value(const nlohmann::json& config, const char* key, int64_t fallback, const std::string& source,
                  int64_t minimum) {
    const auto it = config.find(key);
    if (it == config.end() || it->is_null()) return fallback;
    if (!it->is_number_integer())
        throw Error("'" + source + "': \"" + key + "\" must be an integer, not " + it->dump());
    const int64_t v = it->get<int64_t>();
    if (v < minimum)
        throw Error("'" + source + "': \"" + key + "\" is " + std::to_string(v) + ", must be at least " +
                    std::to_string(minimum));
    return v;
}

}  // namespace

CLIPTextConfig parse_clip_text_config(const nlohmann::json& config, const std::string& source) {
    if (!config.is_object()) throw Error("'" + source + "' must be a JSON object (a text encoder config.json)");
    CLIPTextConfig c;
    c.vocab_size = int_value(config, "vocab_size", c.vocab_size, source, 1);
    c.hidden_size = int_value(config, "hidden_size", c.hidden_size, source, 1);
    c.intermediate_size = int_value(config, "intermediate_size", c.intermediate_size, source, 1);
    c.projection_dim = int_value(config, "projection_dim", c.projection_dim, source, 1);
    c.num_hidden_layers = int_value(config, "num_hidden_layers", c.num_hidden_layers, source, 1);
    c.num_attention_heads = int_value(config, "num_attention_heads", c.num_attention_heads, source, 1);
    c.max_position_embeddings = int_value(config, "max_position_embeddings", c.max_position_embeddings, source, 1);
    c.pad_token_id = int_value(config, "pad_token_id", c.pad_token_id, source, INT64_MIN);
    c.bos_token_id = int_value(config, "bos_token_id", c.bos_token_id, source, INT64_MIN);
    c.eos_token_id = int_value(config, "eos_token_id", c.eos_token_id, source, INT64_MIN);

    if (const auto it = config.find("hidden_act"); it != config.end() && !it->is_null()) {
        if (!it->is_string()) throw Error("'" + source + "': \"hidden_act\" must be a string, not " + it->dump());
        c.hidden_act = it->get<std::string>();
    }
    if (c.hidden_act != "quick_gelu" && c.hidden_act != "gelu" && c.hidden_act != "gelu_new" &&
        c.hidden_act != "gelu_pytorch_tanh" && c.hidden_act != "relu")
        throw Error("'" + source + "': unsupported \"hidden_act\" \"" + c.hidden_act +
                    "\" (supported: quick_gelu, gelu, gelu_new, gelu_pytorch_tanh, relu)");

    if (const auto it = config.find("layer_norm_eps"); it != config.end() && !it->is_null()) {
        if (!it->is_number() || it->get<double>() <= 0)
            throw Error("'" + source + "': \"layer_norm_eps\" must be a positive number, not " + it->dump());
        c.layer_norm_eps = it->get<double>();
    }
    if (c.hidden_size % c.num_attention_heads != 0)
        throw Error("'" + source + "': hidden_size " + std::to_string(c.hidden_size) +
                    " is not divisible by num_attention_heads " + std::to_string(c.num_attention_heads));

    if (const auto it = config.find("architectures"); it != config.end() && it->is_array()) {
        for (const auto& a : *it)
            if (a.is_string() && a.get<std::string>() == "CLIPTextModelWithProjection") c.with_projection = true;
    }
    return c;
}

CLIPTextConfig load_clip_text_config(const std::string& config_json_path) {
    return parse_clip_text_config(read_json_file(config_json_path), config_json_path);
}

}  // namespace stipple
