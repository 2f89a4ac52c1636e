// `stipple-cli info`: what Stipple sees in a model (family, default size and scheduler).
#include "cli/args.h"
#include "cli/commands.h"
#include "service/generation_service.h"

#include <cstdio>

namespace stipple::cli {

int run_info(const std::vector<std::string>& argv) {
    Args a("info", "Describe a model folder or .safetensors checkpoint.",
           {{"model", "PATH", "model folder or .safetensors file"},
            {"config", "DIR", "configs for a single-file checkpoint (default: detected, from Stipple's own)"},
            {"vae", "FILE", "a separate VAE .safetensors instead of the model's own"},
            {"prediction-type", "TYPE", "epsilon or v_prediction, overriding what is detected"}});
    if (a.parse_or_show_help(argv)) return 0;
    LoadSettings settings;
    settings.options.config_dir = a.str("config");
    settings.options.vae_path = a.str("vae");
    settings.options.prediction_type = a.str("prediction-type");
    GenerationService service;
    const ModelInfo& m = service.load(a.str("model"), settings);
    std::printf("name: %s\npath: %s\nfamily: %s\nprediction: %s%s%s%s\ndefault size: %dx%d\nunet input channels: %d\n"
                "default scheduler: %s\nfew-step: %s\nvae: %s\ntaesd: %s\n",
                m.name.c_str(), m.path.c_str(), model_family_id(m.family), m.prediction_type.c_str(),
                m.prediction_source.empty() ? "" : " (from ", m.prediction_source.c_str(),
                m.prediction_source.empty() ? "" : ")", m.default_width, m.default_height, m.unet_in_channels,
                m.default_scheduler.c_str(), m.turbo ? "yes" : "no", m.vae_path.empty() ? "the model's own" : m.vae_path.c_str(),
                m.has_taesd ? "yes" : "no");
    if (m.recommended_cfg > 0) std::printf("recommended guidance: %g\n", m.recommended_cfg);
    if (m.recommended_steps > 0) std::printf("recommended steps: %d\n", m.recommended_steps);
    return 0;
}

}  // namespace stipple::cli
