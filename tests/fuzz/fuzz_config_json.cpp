// libFuzzer target: the model config readers on config.json files from strangers, through
// core/io/json_file.h parse_json: UNet (core/nn/unet_config.h), VAE (nn/vae_config.h), CLIP text
// encoder (text/clip_text_config.h) and scheduler_config.json (schedulers/scheduler_config.h, then the
// scheduler built from it and its schedule for a few step counts). The first byte picks the reader
// (and the scheduler class); the rest is the JSON text. Anything must read or throw stipple::Error;
// what reads must satisfy the invariants later code relies on.
#include "common/error.h"
#include "io/json_file.h"
#include "nn/unet_config.h"
#include "nn/vae_config.h"
#include "schedulers/scheduler_config.h"
#include "schedulers/scheduler_factory.h"
#include "text/clip_text_config.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1) return 0;
    const uint8_t pick = data[0];
    const char* begin = reinterpret_cast<const char*>(data + 1);
    nlohmann::json json;
    try {
        json = stipple::parse_json(begin, begin + size - 1);
    } catch (const stipple::Error&) {
        return 0;
    } catch (const nlohmann::json::exception&) {
        return 0;  // malformed text, or a number too large for a double (out_of_range 406, as `1e400`):
                   // every caller catches std::exception and names the file
    }
    try {
        switch (pick % 4) {
            case 0: {
                const stipple::UNetConfig c = stipple::unet_config_from_json(json);
                const size_t n = c.block_out_channels.size();
                if (n == 0 || c.down_block_types.size() != n || c.up_block_types.size() != n ||
                    c.layers_per_block.size() != n || c.num_attention_heads.size() != n ||
                    c.transformer_layers_per_block.size() != n || c.cross_attention_dim.size() != n)
                    __builtin_trap();
                if (c.time_embed_dim() <= 0) __builtin_trap();
                break;
            }
            case 1: {
                const stipple::VaeConfig c = stipple::vae_config_from_json(json);
                if (c.block_out_channels.empty() || c.block_out_channels.size() > 62) __builtin_trap();
                if (c.scale_factor() < 1 || c.layers_per_block < 1 || c.latent_channels < 1) __builtin_trap();
                break;
            }
            case 2: {
                const stipple::CLIPTextConfig c = stipple::parse_clip_text_config(json, "text_encoder/config.json");
                if (c.hidden_size < 1 || c.num_attention_heads < 1 || c.hidden_size % c.num_attention_heads != 0)
                    __builtin_trap();
                break;
            }
            default: {
                const auto names = stipple::scheduler_class_names();
                const std::string& cls = names[(pick / 4) % names.size()];
                const nlohmann::json config = stipple::resolve_scheduler_config(cls, json, nlohmann::json::object());
                (void)config.dump();
                auto scheduler = stipple::make_scheduler_from_resolved(cls, config);
                for (int steps : {1, 2, 7, 50}) {
                    try {
                        scheduler->set_timesteps(steps);
                    } catch (const stipple::Error&) {
                        continue;
                    }
                    if (scheduler->timesteps().numel() < 1) __builtin_trap();
                }
                (void)stipple::describe_sampler(cls, config);
                break;
            }
        }
    } catch (const stipple::Error&) {
    }
    return 0;
}
