// Zip central directory walk over a read-only mapping (see zip_archive.h for why it is ours).
// Invariant after open(): every entry's bytes lie inside the file, names are unique.
#include "io/zip_archive.h"

#include "common/error.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stipple {

namespace {

constexpr uint32_t kLocalHeaderSig = 0x04034b50;
constexpr uint32_t kCentralHeaderSig = 0x02014b50;
constexpr uint32_t kEndSig = 0x06054b50;
constexpr uint32_t kZip64EndSig = 0x06064b50;
constexpr uint32_t kZip64LocatorSig = 0x07064b50;
constexpr uint64_t kEndSize = 22, kZip64EndSize = 56, kZip64LocatorSize = 20;
constexpr uint64_t kCentralHeaderSize = 46, kLocalHeaderSize = 30;

uint16_t le16(const uint8_t* p) { return static_cast<uint16_t>(p[0] | (p[1] << 8)); }
uint32_t le32(const uint8_t* p) { return le16(p) | (static_cast<uint32_t>(le16(p + 2)) << 16); }
uint64_t le64(const uint8_t* p) { return le32(p) | (static_cast<uint64_t>(le32(p + 4)) << 32); }

std::string shown(const std::string& s) {
    std::string out = "'";
    for (unsigned char c : s.substr(0, 200)) out += (c >= 0x20 && c < 0x7f) ? static_cast<char>(c) : '?';
    return out + (s.size() > 200 ? "...'" : "'");
}

}  // namespace

bool ZipArchive::looks_like_zip(const uint8_t* bytes, size_t size) {
    return size >= 4 && (le32(bytes) == kLocalHeaderSig || le32(bytes) == kEndSig);
}

std::shared_ptr<ZipArchive> ZipArchive::open(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw Error("cannot open '" + path + "': " + std::strerror(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        throw Error("'" + path + "' is not a regular file");
    }
    std::shared_ptr<ZipArchive> zip(new ZipArchive);
    zip->path_ = path;
    zip->size_ = static_cast<uint64_t>(st.st_size);
    if (zip->size_ < kEndSize) {
        ::close(fd);
        throw Error("'" + path + "' is not a zip file (" + std::to_string(zip->size_) + " bytes; truncated?)");
    }
    // Private and writable (copy-on-write, never written back): tensors viewing it may be written to
    // by whoever holds them without faulting.
    void* map = ::mmap(nullptr, zip->size_, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (map == MAP_FAILED) throw Error("cannot map '" + path + "': " + std::strerror(errno));
    zip->base_ = static_cast<const uint8_t*>(map);
    zip->read_directory();  // on throw, the destructor unmaps
    return zip;
}

ZipArchive::~ZipArchive() {
    if (base_) ::munmap(const_cast<uint8_t*>(base_), size_);
}

const ZipEntry* ZipArchive::find(const std::string& name) const {
    const auto it = index_.find(name);
    return it == index_.end() ? nullptr : &entries_[it->second];
}

void ZipArchive::read_directory() {
    const auto fail = [&](const std::string& why) -> Error {
        return Error("'" + path_ + "' is not a readable zip file: " + why + " (truncated or corrupt?)");
    };
    // End of central directory: the last signature within the final 22 + 65535 (comment) bytes.
    uint64_t end = size_ - kEndSize;
    const uint64_t lowest = size_ > kEndSize + 0xffff ? size_ - kEndSize - 0xffff : 0;
    for (;; --end) {
        if (le32(base_ + end) == kEndSig && end + kEndSize + le16(base_ + end + 20) <= size_) break;
        if (end == lowest) throw fail("no end-of-central-directory record");
    }
    const uint8_t* e = base_ + end;
    if (le16(e + 4) != 0 || le16(e + 6) != 0) throw fail("a multi-disk archive");
    uint64_t count = le16(e + 10), cd_size = le32(e + 12), cd_offset = le32(e + 16);
    uint64_t cd_limit = end;  // the central directory ends before this
    if (count == 0xffff || cd_size == 0xffffffff || cd_offset == 0xffffffff) {
        if (end < kZip64LocatorSize || le32(base_ + end - kZip64LocatorSize) != kZip64LocatorSig)
            throw fail("a zip64 archive without its zip64 locator");
        const uint64_t z = le64(base_ + end - kZip64LocatorSize + 8);
        if (z > end - kZip64LocatorSize || end - kZip64LocatorSize - z < kZip64EndSize ||
            le32(base_ + z) != kZip64EndSig)
            throw fail("a bad zip64 end-of-central-directory offset");
        const uint8_t* z64 = base_ + z;
        if (le32(z64 + 16) != 0 || le32(z64 + 20) != 0) throw fail("a multi-disk archive");
        count = le64(z64 + 32);
        cd_size = le64(z64 + 40);
        cd_offset = le64(z64 + 48);
        cd_limit = z;
    }
    if (cd_offset > cd_limit || cd_size > cd_limit - cd_offset) throw fail("the central directory lies outside the file");
    if (count > kMaxEntries || count > cd_size / kCentralHeaderSize)
        throw fail(std::to_string(count) + " entries declared (at most " + std::to_string(kMaxEntries) +
                   ", and 46 bytes each)");
    entries_.reserve(count);
    uint64_t at = cd_offset;
    const uint64_t cd_end = cd_offset + cd_size;
    for (uint64_t i = 0; i < count; ++i) {
        if (cd_end - at < kCentralHeaderSize || le32(base_ + at) != kCentralHeaderSig)
            throw fail("central directory entry " + std::to_string(i) + " is damaged");
        const uint8_t* c = base_ + at;
        const uint16_t flags = le16(c + 8), method = le16(c + 10);
        const uint64_t name_len = le16(c + 28), extra_len = le16(c + 30), comment_len = le16(c + 32);
        if (cd_end - at - kCentralHeaderSize < name_len + extra_len + comment_len)
            throw fail("central directory entry " + std::to_string(i) + " is damaged");
        ZipEntry entry;
        entry.name.assign(reinterpret_cast<const char*>(c + kCentralHeaderSize), name_len);
        uint64_t comp = le32(c + 20), uncomp = le32(c + 24), local = le32(c + 42);
        // zip64 extended information: the 8-byte values present are those set to 0xffffffff above.
        const uint8_t* x = c + kCentralHeaderSize + name_len;
        for (uint64_t k = 0; k + 4 <= extra_len;) {
            const uint16_t id = le16(x + k), len = le16(x + k + 2);
            if (k + 4 + len > extra_len) throw fail("entry " + shown(entry.name) + " has a damaged extra field");
            if (id == 0x0001) {
                const uint8_t* v = x + k + 4;
                uint64_t left = len;
                for (uint64_t* field : {&uncomp, &comp, &local}) {
                    if (*field != 0xffffffff) continue;
                    if (left < 8) throw fail("entry " + shown(entry.name) + " has a short zip64 field");
                    *field = le64(v);
                    v += 8;
                    left -= 8;
                }
            }
            k += 4 + len;
        }
        if (flags & 1) throw Error("'" + path_ + "': entry " + shown(entry.name) + " is encrypted");
        if (method != 0)
            throw Error("'" + path_ + "': entry " + shown(entry.name) + " is compressed (method " +
                        std::to_string(method) + "); PyTorch checkpoints store their entries uncompressed");
        if (comp != uncomp) throw fail("stored entry " + shown(entry.name) + " has two sizes");
        if (local > size_ || size_ - local < kLocalHeaderSize || le32(base_ + local) != kLocalHeaderSig)
            throw fail("entry " + shown(entry.name) + " has no local header");
        const uint64_t data = local + kLocalHeaderSize + le16(base_ + local + 26) + le16(base_ + local + 28);
        if (data > size_ || uncomp > size_ - data)
            throw fail("entry " + shown(entry.name) + " declares " + std::to_string(uncomp) +
                       " bytes, past the end of the file");
        const uint64_t local_name_len = le16(base_ + local + 26);
        if (local_name_len != name_len ||
            std::memcmp(base_ + local + kLocalHeaderSize, entry.name.data(), name_len) != 0)
            throw fail("entry " + shown(entry.name) + " has a different name in its local header");
        entry.data_offset = data;
        entry.size = uncomp;
        if (!index_.emplace(entry.name, entries_.size()).second)
            throw Error("'" + path_ + "': the zip holds two entries named " + shown(entry.name));
        entries_.push_back(std::move(entry));
        at += kCentralHeaderSize + name_len + extra_len + comment_len;
    }
}

}  // namespace stipple
