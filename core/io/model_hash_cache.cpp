// The library's hash cache (see model_hash_cache.h).
#include "io/model_hash_cache.h"

#include "common/error.h"
#include "common/temp_file.h"
#include "io/json_file.h"
#include "io/model_hash.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace stipple {

namespace fs = std::filesystem;

namespace {
// A cache of 100,000 files is ~15 MB; a larger file is not ours, or corrupt: start empty.
constexpr uintmax_t kMaxCacheBytes = 64ull * 1024 * 1024;
}

ModelHashCache::ModelHashCache(std::string cache_file) : file_(std::move(cache_file)) {
    if (file_.empty()) return;
    std::error_code ec;
    const uintmax_t size = fs::file_size(file_, ec);
    if (ec || size > kMaxCacheBytes) return;
    try {
        std::ifstream in(file_, std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const auto json = parse_json(text);
        if (!json.is_object() || json.value("version", 0) != 1 || !json.contains("files") || !json["files"].is_array()) return;
        for (const auto& f : json["files"]) {
            if (!f.is_object() || !f.contains("path") || !f["path"].is_string() || !f.contains("hash") ||
                !f["hash"].is_string() || !f.contains("size") || !f["size"].is_number_unsigned() ||
                !f.contains("mtime_ns") || !f["mtime_ns"].is_number_integer())
                continue;
            records_[f["path"].get<std::string>()] = {f["size"].get<uint64_t>(), f["mtime_ns"].get<int64_t>(),
                                                      f["hash"].get<std::string>()};
        }
    } catch (const std::exception&) {
        records_.clear();  // corrupt: an empty cache, rebuilt by the next hashes
    }
}

std::string ModelHashCache::cached(const ModelLibraryEntry& entry) const {
    const auto it = records_.find(entry.path);
    if (it == records_.end() || it->second.size != entry.size || it->second.mtime_ns != entry.mtime_ns) return "";
    return it->second.hash;
}

std::string ModelHashCache::hash(const ModelLibraryEntry& entry, const std::atomic<bool>* cancel) {
    std::string h = cached(entry);
    if (!h.empty()) return h;
    h = model_hash(entry.path, cancel);  // a diffusers folder: its UNet weights, as A1111/infotexts name it
    if (h.empty()) return h;             // cancelled, or a folder without weights
    ++computed_;
    records_[entry.path] = {entry.size, entry.mtime_ns, h};
    dirty_ = true;
    return h;
}

void ModelHashCache::save() {
    if (file_.empty() || !dirty_) return;
    nlohmann::json files = nlohmann::json::array();
    for (const auto& [path, r] : records_)
        files.push_back({{"path", path}, {"size", r.size}, {"mtime_ns", r.mtime_ns}, {"hash", r.hash}});
    const nlohmann::json json = {{"version", 1}, {"files", std::move(files)}};
    // Paths need not be UTF-8 (a stranger's file names): replaced characters only make that entry miss.
    const std::string text = json.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::error_code ec;
    if (fs::path(file_).has_parent_path()) fs::create_directories(fs::path(file_).parent_path(), ec);
    const std::string tmp = temp_path_for(file_);
    write_whole_file(tmp, std::vector<uint8_t>(text.begin(), text.end()));
    rename_into_place(tmp, file_);
    dirty_ = false;
}

std::string default_hash_cache_path() {
    const std::string data = default_data_dir();
    return data.empty() ? "" : (fs::path(data) / "model-hashes.json").string();
}

}  // namespace stipple
