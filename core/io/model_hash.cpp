#include "io/model_hash.h"

#include "io/file_sha256.h"

#include "common/error.h"


#include <filesystem>
#include <fstream>
#include <memory>
#include <vector>

namespace stipple {

namespace fs = std::filesystem;

std::string model_hash_target(const std::string& model_path) {
    std::error_code ec;
    if (fs::is_regular_file(model_path, ec)) return model_path;
    for (const char* name : {"unet/diffusion_pytorch_model.safetensors", "unet/diffusion_pytorch_model.fp16.safetensors"}) {
        const fs::path p = fs::path(model_path) / name;
        if (fs::is_regular_file(p, ec)) return p.string();
    }
    return "";
}

std::string model_hash(const std::string& model_path, const std::atomic<bool>* cancel) {
    const std::string target = model_hash_target(model_path);
    if (target.empty()) return "";
    return file_sha256_hex(target, 0, cancel).substr(0, 10);
}

}  // namespace stipple
