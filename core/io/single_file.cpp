// Single-file checkpoints: pickle refusal, family detection, sorting keys by component, skipping
// non-weights, and the built-in config folders. The key renaming is in single_file_*_keys.cpp.
#include "io/single_file.h"

#include "common/error.h"
#include "io/safetensors.h"
#include "io/single_file_keys.h"
#include "io/weight_file_kind.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <regex>
#include <set>

namespace stipple {

namespace single_file_detail {

void throw_unknown_key(const std::string& source, const std::string& key, const std::string& why) {
    throw Error(source + ": unknown key '" + key + "' in a single-file checkpoint (" + why +
                "); is this a Stable Diffusion 1.x/2.x/XL checkpoint?");
}

int key_index(const std::string& digits, const std::string& key, const std::string& source) {
    // Leading zeros are allowed ("007" is 7, as std::stoi reads it); the value is what is bounded.
    const size_t first = std::min(digits.find_first_not_of('0'), digits.size());
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos ||
        digits.size() - first > 4)
        throw Error(source + ": key '" + key + "' has the index " + digits.substr(0, 20) +
                    (digits.size() > 20 ? "..." : "") + ", larger than any checkpoint's (at most " +
                    std::to_string(kMaxKeyIndex) + "); the file is corrupt or not a checkpoint");
    return std::stoi(digits);
}

void put(StateDict& out, const std::string& name, const at::Tensor& tensor, const std::string& key,
         const std::string& source) {
    if (!out.emplace(name, tensor).second)
        throw Error(source + ": key '" + key + "' maps to '" + name + "', which another key already provided");
}

}  // namespace single_file_detail

using namespace single_file_detail;

namespace {

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Keys of genuine checkpoints that are not model weights.
bool is_ignorable(const std::string& key) {
    static const std::set<std::string> schedule = {
        "betas", "alphas_cumprod", "alphas_cumprod_prev", "sqrt_alphas_cumprod", "sqrt_one_minus_alphas_cumprod",
        "log_one_minus_alphas_cumprod", "sqrt_recip_alphas_cumprod", "sqrt_recipm1_alphas_cumprod",
        "posterior_variance", "posterior_log_variance_clipped", "posterior_mean_coef1", "posterior_mean_coef2",
        "logvar", "lvlb_weights", "denoiser.sigmas", "denoiser.log_sigmas"};
    return schedule.count(key) != 0 || starts_with(key, "model_ema.") || ends_with(key, "position_ids");
}

std::string lower_extension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext;
}

// "down_blocks.* (120), text_model.* (52)": the most common leading key segments.
std::string key_groups(const std::vector<std::string>& keys) {
    std::map<std::string, int> groups;
    for (const auto& k : keys) groups[k.find('.') == std::string::npos ? k : k.substr(0, k.find('.')) + ".*"]++;
    std::vector<std::pair<std::string, int>> sorted(groups.begin(), groups.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::string out;
    for (size_t i = 0; i < sorted.size() && i < 5; ++i)
        out += (i ? ", " : "") + sorted[i].first + " (" + std::to_string(sorted[i].second) + ")";
    if (sorted.size() > 5) out += ", ...";
    return out.empty() ? "no tensors" : out;
}

}  // namespace

ModelFamily detect_checkpoint_family(const std::vector<std::string>& keys, const std::string& source) {
    bool sdxl = false;
    std::string sd2, sd1;  // first key of each text-encoder layout
    for (const auto& k : keys) {
        sdxl = sdxl || starts_with(k, "conditioner.embedders.");
        if (sd2.empty() && starts_with(k, "cond_stage_model.model.")) sd2 = k;
        if (sd1.empty() && starts_with(k, "cond_stage_model.transformer.")) sd1 = k;
    }
    if (sdxl) return ModelFamily::SDXL;
    if (!sd1.empty() && !sd2.empty())
        throw Error(source + " mixes SD 1.x and SD 2.x text encoder keys ('" + sd1 + "' and '" + sd2 +
                    "'); not a checkpoint Stipple can read");
    if (!sd2.empty()) return ModelFamily::SD2;
    if (!sd1.empty()) return ModelFamily::SD1;
    std::string hint;
    const std::string stem = std::filesystem::path(source).stem().string();
    switch (guess_weight_file_kind(keys)) {  // the key patterns live in io/weight_file_kind.cpp
    case WeightFileKind::Lora:
        hint = "; this is a LoRA: put it in a LoRA folder and use <lora:" + stem + ":1> in the prompt";
        break;
    case WeightFileKind::ControlNet: hint = "; this is a ControlNet, which Stipple does not use yet"; break;
    case WeightFileKind::Embedding:
        hint = "; this is a textual-inversion embedding: put it in an embeddings folder and write its name (" + stem +
               ") in the prompt";
        break;
    case WeightFileKind::Vae:
        hint = "; this is a VAE: choose it as the model's VAE (--vae FILE, or Model \u25b8 VAE in the app)";
        break;
    case WeightFileKind::DiffusersComponent:
        hint = "; this looks like one diffusers component file, give the model folder instead";
        break;
    case WeightFileKind::UnetOnly:
        hint = "; it has a UNet but no text encoder (cond_stage_model.* / conditioner.embedders.*)";
        break;
    case WeightFileKind::Upscaler:
        hint = "; this is an image upscaler (ESRGAN family): put it in the models/ESRGAN folder and use it with Upscale";
        break;
    case WeightFileKind::Unknown: break;
    }
    throw Error(source + " is not a Stable Diffusion single-file checkpoint: no cond_stage_model.transformer.* "
                         "(SD 1.x), cond_stage_model.model.* (SD 2.x) or conditioner.embedders.* (SDXL) keys; found " +
                key_groups(keys) + hint);
}

bool is_pickle_checkpoint_path(const std::string& path) {
    static const std::set<std::string> pickle = {".ckpt", ".pt", ".pth", ".bin", ".pkl"};
    return pickle.count(lower_extension(path)) != 0;
}

void refuse_pickle_checkpoint(const std::string& path) {
    // Shell-quoted for the command shown; a name with a quote is shown as a placeholder.
    const std::string in = path.find('\'') == std::string::npos ? "'" + path + "'" : "model" + lower_extension(path);
    throw Error(path + ": " + lower_extension(path) +
                " files are Python pickles, which can run arbitrary code when loaded, so Stipple does not open them directly; "
                "convert it once to .safetensors (safely: only tensors are read, nothing in it runs) with: "
                "stipple-cli convert " + in);
}

void drop_text_encoder_layers(StateDict& text_encoder, int num_layers) {
    static const std::regex layer_re(R"(^text_model\.encoder\.layers\.(\d+)\.)");
    for (auto it = text_encoder.begin(); it != text_encoder.end();) {
        std::smatch m;
        // strtoll saturates where std::stoi would throw std::out_of_range on a huge index.
        if (std::regex_search(it->first, m, layer_re) && std::strtoll(m[1].str().c_str(), nullptr, 10) >= num_layers)
            it = text_encoder.erase(it);
        else
            ++it;
    }
}

SingleFileComponents read_single_file(const std::string& path, const SingleFileOptions& options) {
    if (is_pickle_checkpoint_path(path)) refuse_pickle_checkpoint(path);
    return read_single_file(SafetensorsFile::open(path), options);
}

SingleFileComponents read_single_file(const std::shared_ptr<SafetensorsFile>& file, const SingleFileOptions& options) {
    const std::string& source = file->path();
    std::vector<std::string> keys;
    keys.reserve(file->entries().size());
    for (const auto& e : file->entries()) keys.push_back(e.name);

    SingleFileComponents result;
    result.path = source;
    result.family = detect_checkpoint_family(keys, source);
    const ModelFamily family = result.family;

    // Sort the keys by component, prefix removed.
    static const std::regex embedder_re(R"(^conditioner\.embedders\.(\d+)\.(transformer|model)\.(.+)$)");
    SourceTensors unet, vae, te, te2;
    std::map<std::string, std::string> embedder_of;  // "transformer"/"model" -> embedder index
    const auto add = [&](SourceTensors& to, const std::string& key, const std::string& rest) {
        to.push_back({key, rest, file->tensor(key)});
    };
    result.metadata = file->metadata();
    for (const auto& key : keys) {
        if (key == "v_pred" || key == "ztsnr") {
            (key == "v_pred" ? result.v_pred_marker : result.ztsnr_marker) = true;
            continue;
        }
        if (is_ignorable(key)) continue;
        std::smatch m;
        if (starts_with(key, "model.diffusion_model.")) {
            add(unet, key, key.substr(22));
        } else if (starts_with(key, "first_stage_model.")) {
            add(vae, key, key.substr(18));
        } else if (family == ModelFamily::SD1 && starts_with(key, "cond_stage_model.transformer.")) {
            add(te, key, key.substr(29));
        } else if (family == ModelFamily::SD2 && starts_with(key, "cond_stage_model.model.")) {
            add(te, key, key.substr(23));
        } else if (family == ModelFamily::SDXL && std::regex_match(key, m, embedder_re)) {
            // SDXL: the HF-named CLIP-L is text_encoder, the OpenCLIP tower text_encoder_2.
            auto [it, fresh] = embedder_of.emplace(m[2].str(), m[1].str());
            if (!fresh && it->second != m[1].str())
                throw Error(source + ": two conditioner embedders of the same kind (embedders." + it->second +
                            " and embedders." + m[1].str() + "); not an SDXL checkpoint Stipple knows");
            add(m[2] == "transformer" ? te : te2, key, m[3].str());
        } else {
            throw_unknown_key(source, key, std::string("not a weight of an ") + model_family_label(family) +
                                               " checkpoint");
        }
    }

    const auto require = [&](const SourceTensors& part, const char* what) {
        if (part.empty())
            throw Error(source + ": this " + model_family_label(family) + " single-file checkpoint has no " +
                        what + " weights");
    };
    require(unet, "UNet (model.diffusion_model.*)");
    require(vae, "VAE (first_stage_model.*)");
    if (family == ModelFamily::SDXL)
        require(te2, "OpenCLIP text encoder (conditioner.embedders.N.model.*)");
    else
        require(te, family == ModelFamily::SD1 ? "text encoder (cond_stage_model.transformer.*)"
                                                    : "text encoder (cond_stage_model.model.*)");

    SingleFileLayout& layout = result.layout;
    convert_unet(unet, result.unet, source, layout.unet_levels, layout.unet_layers_per_block);
    convert_vae(vae, result.vae, source, layout.vae_levels);
    const auto conv_in = result.unet.find("conv_in.weight");
    if (conv_in != result.unet.end() && conv_in->second.dim() == 4)
        layout.unet_in_channels = static_cast<int>(conv_in->second.size(1));
    if (family == ModelFamily::SD2)
        layout.text_encoder_layers = convert_open_clip(te, result.text_encoder, source, /*with_projection=*/false);
    else
        layout.text_encoder_layers = convert_hf_clip(te, result.text_encoder, source);
    if (family == ModelFamily::SDXL)
        layout.text_encoder_2_layers = convert_open_clip(te2, result.text_encoder_2, source, /*with_projection=*/true);

    if (options.text_encoder_layers >= 0) drop_text_encoder_layers(result.text_encoder, options.text_encoder_layers);
    if (options.text_encoder_2_layers >= 0)
        drop_text_encoder_layers(result.text_encoder_2, options.text_encoder_2_layers);
    return result;
}

std::string builtin_config_dir(ModelFamily family, const std::string& resources_dir) {
    const char* name = family == ModelFamily::SD1   ? "stable-diffusion-v1-5"
                       : family == ModelFamily::SD2 ? "stable-diffusion-2-1"
                                                         : "stable-diffusion-xl-base-1.0";
    const std::string dir = (std::filesystem::path(resources_dir) / "configs" / name).string();
    if (!std::filesystem::is_regular_file(std::filesystem::path(dir) / "model_index.json"))
        throw Error("built-in " + std::string(model_family_label(family)) + " configs not found: " + dir +
                    "/model_index.json is missing (is the resources folder installed?)");
    return dir;
}

}  // namespace stipple
