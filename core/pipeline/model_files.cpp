#include "pipeline/model_files.h"

#include "common/error.h"
#include "io/json_file.h"

#include <filesystem>

namespace stipple {

namespace fs = std::filesystem;

namespace {

std::string component(const ModelFiles& files, const std::string& name, bool required) {
    const fs::path dir = fs::path(files.root) / name;
    const bool listed = files.model_index.contains(name) && files.model_index[name].is_array() &&
                        !files.model_index[name].empty() && !files.model_index[name][0].is_null();
    if (!listed && !required) return "";
    if (!fs::is_directory(dir))
        throw Error("model folder '" + files.root + "' has no '" + name + "' folder (incomplete download?)");
    return dir.string();
}

}  // namespace

std::string find_taesd_decoder(const std::string& model_dir, const std::string& taesd_dir, bool sdxl) {
    const fs::path root(model_dir);
    const std::string file = sdxl ? "taesdxl_decoder.safetensors" : "taesd_decoder.safetensors";
    std::vector<fs::path> candidates;
    if (!taesd_dir.empty()) candidates.push_back(fs::path(taesd_dir) / file);
    candidates.push_back(root / file);
    candidates.push_back(root / "taesd" / file);
    candidates.push_back(root.parent_path() / "taesd" / file);
    candidates.push_back(root.parent_path() / file);
    for (const auto& c : candidates)
        if (fs::is_regular_file(c)) return c.string();
    return "";
}

ModelFiles locate_model_files(const std::string& path, const std::string& taesd_dir) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw Error("model '" + path + "' does not exist");
    if (!fs::is_directory(path, ec))
        throw Error("'" + path + "' is not a model folder (a diffusers folder with model_index.json)");
    ModelFiles files;
    fs::path root = fs::canonical(path, ec);
    if (ec) root = fs::absolute(path);
    files.root = root.string();
    files.name = root.filename().string();
    const fs::path index = root / "model_index.json";
    if (!fs::is_regular_file(index))
        throw Error("'" + path + "' is not a diffusers model folder: model_index.json is missing");
    files.model_index = read_json_file(index.string());
    files.text_encoder_dir = component(files, "text_encoder", true);
    files.tokenizer_dir = component(files, "tokenizer", true);
    files.unet_dir = component(files, "unet", true);
    files.vae_dir = component(files, "vae", true);
    files.text_encoder_2_dir = component(files, "text_encoder_2", false);
    files.tokenizer_2_dir = component(files, "tokenizer_2", false);
    files.scheduler_config = read_json_file(component(files, "scheduler", true) + "/scheduler_config.json");
    files.taesd_decoder = find_taesd_decoder(root.string(), taesd_dir, !files.text_encoder_2_dir.empty());
    return files;
}

}  // namespace stipple
