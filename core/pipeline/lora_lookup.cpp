#include "pipeline/lora_lookup.h"

#include "common/error.h"

#include <filesystem>

namespace stipple {

namespace fs = std::filesystem;

namespace {

// A folder tree of a few thousand files is searched; more than this and the search stops (a LoRA
// folder pointed at a whole disk must not hang a generation).
constexpr size_t kMaxEntriesSearched = 20000;

}  // namespace

std::string find_lora_file(const std::string& name, const std::vector<std::string>& dirs) {
    for (char c : name)
        if (static_cast<unsigned char>(c) < 0x20)
            throw Error("a <lora:NAME:…> tag's NAME holds a line break or control character; LoRA names are file names");
    if (name.size() > 255) throw Error("a <lora:NAME:…> tag's NAME is longer than a file name can be (" + name.substr(0, 40) + "…)");
    if (name.empty() || name == "." || name == ".." || name.find('/') != std::string::npos ||
        name.find('\\') != std::string::npos || name.find('\0') != std::string::npos)
        throw Error("LoRA name '" + name + "' is not a file name (write <lora:NAME:weight> with NAME.safetensors in a LoRA folder)");
    const std::string file_name = name + ".safetensors";
    std::error_code ec;
    for (const auto& dir : dirs) {
        const fs::path direct = fs::path(dir) / file_name;
        if (fs::is_regular_file(direct, ec)) return direct.string();
    }
    for (const auto& dir : dirs) {
        size_t seen = 0;
        fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
        for (; !ec && it != end && seen < kMaxEntriesSearched; it.increment(ec), ++seen)
            if (it->path().filename() == file_name && it->is_regular_file(ec)) return it->path().string();
    }
    std::string searched;
    for (const auto& dir : dirs) searched += (searched.empty() ? "'" : ", '") + dir + "'";
    if (dirs.empty())
        throw Error("LoRA '" + name + "' not found: no LoRA folder is set (add one with --lora-dir DIR)");
    throw Error("LoRA '" + name + "' not found: no " + file_name + " in " + searched);
}

}  // namespace stipple
