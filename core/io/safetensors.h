// Reading and writing .safetensors files. Reading memory-maps the file and hands out
// zero-copy CPU tensors that keep the mapping alive; the header is bounds-checked so a
// truncated or corrupt file is an Error naming the file and the tensor, never a crash.
#pragma once

#include <ATen/ATen.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace stipple {

struct SafetensorsEntry {
    std::string name;
    std::string dtype;            // "F32", "F16", "BF16", "F64", "I64", "I32", "I16", "I8", "U8", "BOOL"
    std::vector<int64_t> shape;
    uint64_t begin = 0;           // byte offsets into the data section
    uint64_t end = 0;
};

class SafetensorsFile {
public:
    // Maps and validates `path`. Throws stipple::Error on a missing, truncated or corrupt file.
    static std::shared_ptr<SafetensorsFile> open(const std::string& path);
    ~SafetensorsFile();
    SafetensorsFile(const SafetensorsFile&) = delete;
    SafetensorsFile& operator=(const SafetensorsFile&) = delete;

    const std::string& path() const { return path_; }
    const std::vector<SafetensorsEntry>& entries() const { return entries_; }  // file order
    bool contains(const std::string& name) const { return index_.count(name) != 0; }
    const SafetensorsEntry& entry(const std::string& name) const;
    const std::map<std::string, std::string>& metadata() const { return metadata_; }

    // Zero-copy CPU tensor with the stored dtype; it keeps this file mapped while alive.
    at::Tensor tensor(const std::string& name) const;

private:
    friend void release_mapped_pages(const at::Tensor& t);
    SafetensorsFile() = default;
    std::string path_;
    void* map_ = nullptr;
    size_t map_size_ = 0;
    size_t data_offset_ = 0;
    std::vector<SafetensorsEntry> entries_;
    std::map<std::string, size_t> index_;
    std::map<std::string, std::string> metadata_;
    std::weak_ptr<SafetensorsFile> self_;
};

// For a tensor handed out by SafetensorsFile::tensor() once its values have been copied elsewhere
// (converted to another dtype at load): drops the file's pages under it from this process's memory.
// They stay in the page cache, and reading the tensor again reads them back, unchanged. Keeps the
// peak memory of a bf16 load near the bf16 model's size instead of the file's plus the model's.
// Does nothing for any other tensor.
void release_mapped_pages(const at::Tensor& t);

// Writes tensors (any CPU-convertible dtype listed above) in the given order. Written to a
// temporary name and renamed, so a failure never leaves a partial file.
void write_safetensors(const std::string& path,
                       const std::vector<std::pair<std::string, at::Tensor>>& tensors,
                       const std::map<std::string, std::string>& metadata = {});

}  // namespace stipple
