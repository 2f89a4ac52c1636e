#include "pipeline/single_file_config.h"

#include "common/error.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

namespace stipple {

namespace fs = std::filesystem;

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

std::string trim(const std::string& s) {
    const size_t b = s.find_first_not_of(" \t\r\"'");
    if (b == std::string::npos) return "";
    const size_t e = s.find_last_not_of(" \t\r\"'");
    return s.substr(b, e - b + 1);
}

// A1111 reads <stem>.yaml beside a checkpoint as its LDM config; v models say
// `parameterization: "v"` under model.params. Only that line matters here, so the file is
// scanned as text (bounded: real configs are a few KB) instead of pulling in a YAML library.
std::string prediction_from_yaml(const std::string& checkpoint) {
    fs::path yaml = fs::path(checkpoint).replace_extension(".yaml");
    std::error_code ec;
    if (!fs::is_regular_file(yaml, ec)) return "";
    std::ifstream in(yaml);
    std::string line;
    for (size_t read = 0; read < (1u << 20) && std::getline(in, line); read += line.size() + 1) {
        const size_t colon = line.find("parameterization:");
        if (colon == std::string::npos || line.find('#') < colon) continue;
        const std::string value = lower(trim(line.substr(colon + 17)));
        return value == "v" ? "v_prediction" : value == "eps" || value == "x0" ? "epsilon" : "";
    }
    return "";
}

// The norm of the last up-block's first transformer: ComfyUI's SD 2.x test (supported_models.py,
// SD20.model_type). Trained v models have a population std above 0.09 there, epsilon ones below.
bool sd2_weights_look_v(const SingleFileComponents& file) {
    const auto it = file.unet.find("up_blocks.3.attentions.2.transformer_blocks.0.norm1.bias");
    if (it == file.unet.end() || it->second.numel() < 2) return false;
    return it->second.to(at::kFloat).std(/*unbiased=*/false).item<double>() > 0.09;
}

bool has_token(const std::string& text, const std::string& word) {
    for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const bool left = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
        const size_t end = at + word.size();
        const bool right = end >= text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
        if (left && right) return true;
    }
    return false;
}

}  // namespace

std::string normalize_prediction_type(const std::string& text) {
    const std::string t = lower(text);
    if (t.empty()) return "";
    if (t == "epsilon" || t == "eps") return "epsilon";
    if (t == "v_prediction" || t == "v" || t == "v-prediction" || t == "vpred" || t == "v_pred") return "v_prediction";
    throw Error("unknown prediction type '" + text + "': use epsilon or v_prediction");
}

SingleFileConfig choose_single_file_config(const SingleFileComponents& file, const std::string& prediction_override,
                                           const std::string& resources_dir) {
    SingleFileConfig out;
    const ModelFamily family = file.family;
    const int in_channels = file.layout.unet_in_channels;
    if (in_channels != 4 && in_channels != 9)
        throw Error(file.path + ": its UNet takes " + std::to_string(in_channels) +
                    " input channels (4 = text-to-image, 9 = inpainting); instruct-pix2pix (8) and depth (5) "
                    "models are not supported");
    const bool inpainting = in_channels == 9;
    const auto meta = [&](const char* key) {
        const auto it = file.metadata.find(key);
        return it == file.metadata.end() ? std::string() : it->second;
    };

    // Few-step distillations have the architecture of their base model; only the name tells.
    const std::string name = lower(fs::path(file.path).stem().string()) + " " + lower(meta("modelspec.title"));
    const bool turbo = name.find("turbo") != std::string::npos;
    out.few_step = turbo || name.find("lightning") != std::string::npos || has_token(name, "lcm") ||
                   name.find("hyper-sd") != std::string::npos || name.find("hypersd") != std::string::npos ||
                   name.find("hyper_sd") != std::string::npos;

    if (!prediction_override.empty()) {
        out.prediction_type = normalize_prediction_type(prediction_override);
        out.prediction_source = "override";
    } else if (const std::string yaml = prediction_from_yaml(file.path); !yaml.empty()) {
        out.prediction_type = yaml;
        out.prediction_source = "the .yaml beside the file";
    } else if (file.v_pred_marker) {
        out.prediction_type = "v_prediction";
        out.prediction_source = "the file's v_pred key";
    } else if (const std::string m = meta("modelspec.prediction_type"); !m.empty()) {
        try {
            out.prediction_type = normalize_prediction_type(m);
            out.prediction_source = "the file's modelspec metadata";
        } catch (const Error&) {
        }
    }
    if (out.prediction_type.empty()) {
        const bool v = family == ModelFamily::SD2 && !inpainting && !turbo && sd2_weights_look_v(file);
        out.prediction_type = v ? "v_prediction" : "epsilon";
        out.prediction_source = family == ModelFamily::SD2 ? "the weights (ComfyUI's SD 2.x test)" : "the family default";
    }

    const std::string base = builtin_config_dir(family, resources_dir);
    out.config_dir = base;
    if (turbo && !inpainting && out.prediction_type == "epsilon" && family != ModelFamily::SD1) {
        const fs::path t = fs::path(resources_dir) / "configs" / (family == ModelFamily::SD2 ? "sd-turbo" : "sdxl-turbo");
        if (fs::is_regular_file(t / "model_index.json")) out.config_dir = t.string();
    } else if (out.few_step) {
        // Lightning / Hyper-SD / LCM-LoRA-merged models are sampled with Euler on trailing timesteps.
        out.scheduler_overrides["_class_name"] = "EulerDiscreteScheduler";
        out.scheduler_overrides["timestep_spacing"] = "trailing";
    }
    out.scheduler_overrides["prediction_type"] = out.prediction_type;
    // Zero-terminal-SNR training (ComfyUI's "ztsnr" marker): sample with the same rescaled betas.
    if (file.ztsnr_marker) out.scheduler_overrides["rescale_betas_zero_snr"] = true;
    // SD 2.x: the 2-1 configs are the 768 px v model; an epsilon 2.x model is the 512 px 2.x-base.
    if (family == ModelFamily::SD2 && out.config_dir == base && out.prediction_type == "epsilon")
        out.unet_overrides["sample_size"] = 64;
    if (inpainting) out.unet_overrides["in_channels"] = file.layout.unet_in_channels;
    return out;
}

}  // namespace stipple
