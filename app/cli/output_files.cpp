#include "cli/output_files.h"

#include "common/error.h"
#include "image/image_io.h"

#include <filesystem>

namespace stipple::cli {

namespace fs = std::filesystem;

std::vector<std::string> output_paths(const std::string& out, const std::vector<uint64_t>& seeds) {
    std::vector<std::string> paths;
    if (out.empty()) {
        for (uint64_t s : seeds) paths.push_back("stipple-" + std::to_string(s) + ".png");
        return paths;
    }
    if (seeds.size() == 1) return {out};
    const fs::path p(out);
    const std::string stem = (p.parent_path() / p.stem()).string();
    for (size_t i = 0; i < seeds.size(); ++i) paths.push_back(stem + "-" + std::to_string(i) + p.extension().string());
    return paths;
}

void check_writable(const std::vector<std::string>& paths) {
    for (const auto& path : paths) {
        const fs::path p(path);
        std::string ext = p.extension().string();
        for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (ext != ".png") throw Error("--out must name a .png file, not '" + path + "'");
        const fs::path dir = p.parent_path().empty() ? fs::path(".") : p.parent_path();
        if (!fs::is_directory(dir)) throw Error("cannot write '" + path + "': folder '" + dir.string() + "' does not exist");
    }
}

void save_result_png(const Image& image, const std::string& path, const GenerationRequest& request, uint64_t seed,
                     const ModelInfo& model) {
    save_png(image, path);
}

std::string default_model_path() {
    throw Error("no --model given (the built-in model is not installed yet): pass a diffusers folder or .safetensors file");
}

}  // namespace stipple::cli
