#include "nn/component_files.h"

#include "common/error.h"

#include <filesystem>

namespace stipple {

namespace fs = std::filesystem;

std::string component_config_path(const std::string& component_dir) {
    const fs::path path = fs::path(component_dir) / "config.json";
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw Error("'" + component_dir + "' has no config.json (is this a diffusers component folder?)");
    return path.string();
}

std::string component_weights_path(const std::string& component_dir) {
    const fs::path dir(component_dir);
    std::error_code ec;
    for (const char* name : {"diffusion_pytorch_model.safetensors", "diffusion_pytorch_model.fp16.safetensors"}) {
        const fs::path path = dir / name;
        if (fs::is_regular_file(path, ec)) return path.string();
    }
    if (fs::is_regular_file(dir / "diffusion_pytorch_model.bin", ec))
        throw Error("'" + component_dir +
                    "' has only diffusion_pytorch_model.bin; Stipple reads .safetensors weights (convert the model)");
    throw Error("'" + component_dir + "' has no diffusion_pytorch_model.safetensors");
}

}  // namespace stipple
