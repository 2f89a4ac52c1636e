// A1111 short hashes of the library's files (sha256 of the whole file, first 10 hex digits, see
// io/model_hash.h), kept in a small JSON file keyed by path + size + mtime, so a rescan of an
// unchanged folder reads no file whole. The cache file is written atomically (common/temp_file.h);
// a missing, corrupt or oversized cache file is an empty cache, never an error.
#pragma once

#include "io/model_library.h"

#include <cstddef>
#include <map>
#include <string>

namespace stipple {

class ModelHashCache {
public:
    // Loads `cache_file` ("" = a cache kept in memory only).
    explicit ModelHashCache(std::string cache_file);

    // The cached hash of `entry` when its size and mtime match the cached ones, else "".
    std::string cached(const ModelLibraryEntry& entry) const;
    // cached(), else computes it (reads the whole file: slow for GBs) and remembers it.
    // Throws stipple::Error when the file cannot be read. "" (nothing remembered) when `cancel`
    // (may be null) became true while reading.
    std::string hash(const ModelLibraryEntry& entry, const std::atomic<bool>* cancel = nullptr);
    // How many hashes hash() computed (not found in the cache) since construction.
    size_t computed() const { return computed_; }
    // Writes the cache file if anything changed (temp file + rename). Throws stipple::Error.
    void save();

private:
    struct Record {
        uint64_t size = 0;
        int64_t mtime_ns = 0;
        std::string hash;
    };
    std::string file_;
    std::map<std::string, Record> records_;  // by path
    size_t computed_ = 0;
    bool dirty_ = false;
};

// <default_data_dir()>/model-hashes.json.
std::string default_hash_cache_path();

}  // namespace stipple
