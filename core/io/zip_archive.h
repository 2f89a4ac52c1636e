// Reading the uncompressed ("stored") entries of a zip file in place: the container of PyTorch
// checkpoints (torch.save since PyTorch 1.6 writes `<dir>/data.pkl`, `<dir>/data/<key>`, ... stored,
// not deflated, 64-byte aligned, zip64 past 4 GiB).
//
// Written here instead of using a library: the project links no zip library (Debian 12 has libzip
// and minizip, neither installed nor linked), libzip hands out entries only by copying them
// (no data offsets, so a 7 GB checkpoint would be read into memory), and libtorch's bundled
// PyTorchStreamReader (miniz) allocates each record's declared size before any check we could make
// (a hostile 20-byte `version` record claiming 1 TiB is an allocation of 1 TiB) and copies records
// too. Stored entries need no decompressor, so the reader is only the directory walk below, every
// offset and size checked against the file size.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace stipple {

struct ZipEntry {
    std::string name;
    uint64_t data_offset = 0;  // of the entry's bytes in the file; data_offset + size <= file size
    uint64_t size = 0;
};

class ZipArchive {
public:
    // Maps `path` read-only and reads its central directory. Throws stipple::Error naming the file
    // for a file that is not a zip, truncated, multi-disk, encrypted or compressed entries, an
    // entry reaching past the end, duplicate names, or more than kMaxEntries entries.
    static std::shared_ptr<ZipArchive> open(const std::string& path);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    static constexpr uint64_t kMaxEntries = 1u << 20;

    const std::string& path() const { return path_; }
    uint64_t file_size() const { return size_; }
    const std::vector<ZipEntry>& entries() const { return entries_; }  // central directory order
    const ZipEntry* find(const std::string& name) const;              // nullptr when absent
    // The entry's bytes inside the mapping (valid while this archive lives).
    const uint8_t* data(const ZipEntry& e) const { return base_ + e.data_offset; }

    // True when the file starts with a zip local header ("PK\3\4") or is an empty zip.
    static bool looks_like_zip(const uint8_t* bytes, size_t size);

private:
    ZipArchive() = default;
    void read_directory();
    std::string path_;
    const uint8_t* base_ = nullptr;
    uint64_t size_ = 0;
    std::vector<ZipEntry> entries_;
    std::map<std::string, size_t> index_;
};

}  // namespace stipple
