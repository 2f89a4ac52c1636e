#include "pipeline/resource_paths.h"

#include "stipple_version.h"

#include <cstdlib>
#include <filesystem>

namespace stipple {

namespace fs = std::filesystem;

std::string resources_dir() {
    if (const char* env = std::getenv("STIPPLE_RESOURCES"); env && *env) return env;
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = exe.parent_path().parent_path() / "share" / "stipple";
        if (fs::is_directory(installed / "configs", ec)) return installed.string();
    }
    return STIPPLE_SOURCE_RESOURCES;
}

std::string builtin_model_dir() { return resources_dir() + "/models/stipple-shapes"; }

}  // namespace stipple
