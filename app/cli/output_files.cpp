#include "cli/output_files.h"

#include "common/error.h"
#include "pipeline/resource_paths.h"

#include <filesystem>
#include <set>

namespace stipple::cli {

namespace fs = std::filesystem;

std::vector<std::string> output_paths(const std::string& out, const std::vector<uint64_t>& seeds) {
    std::vector<std::string> paths;
    if (out.empty()) {
        // A batch with variation seeds repeats its seed: each image then also gets its index.
        const bool repeated = std::set<uint64_t>(seeds.begin(), seeds.end()).size() != seeds.size();
        for (size_t i = 0; i < seeds.size(); ++i)
            paths.push_back("stipple-" + std::to_string(seeds[i]) + (repeated ? "-" + std::to_string(i) : "") + ".png");
        return paths;
    }
    if (seeds.size() == 1) return {out};
    const fs::path p(out);
    const std::string stem = (p.parent_path() / p.stem()).string();
    for (size_t i = 0; i < seeds.size(); ++i) paths.push_back(stem + "-" + std::to_string(i) + p.extension().string());
    return paths;
}

std::string default_model_path() {
    const std::string dir = builtin_model_dir();
    if (!std::filesystem::is_regular_file(dir + "/model_index.json"))
        throw Error("no --model given and the built-in model is missing from '" + dir +
                    "': pass a diffusers folder or .safetensors file");
    return dir;
}

}  // namespace stipple::cli
