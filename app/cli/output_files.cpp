#include "cli/output_files.h"

#include "common/error.h"
#include "image/image_io.h"
#include "pipeline/resource_paths.h"
#include "image/png_text.h"
#include "image/request_infotext.h"
#include "stipple_version.h"

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
                     const ModelInfo& model, const std::string& hash) {
    InfotextSource source{model.name, hash, std::string("stipple-") + STIPPLE_VERSION};
    const Infotext info = infotext_for_image(request, seed, image.width, image.height, source);
    write_png_with_text(path, image, {{"parameters", format_infotext(info)}});
}

std::string default_model_path() {
    const std::string dir = builtin_model_dir();
    if (!std::filesystem::is_regular_file(dir + "/model_index.json"))
        throw Error("no --model given and the built-in model is missing from '" + dir +
                    "': pass a diffusers folder or .safetensors file");
    return dir;
}

}  // namespace stipple::cli
