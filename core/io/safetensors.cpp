#include "io/safetensors.h"
#include "io/json_file.h"

#include "common/error.h"
#include "common/temp_file.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <limits>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stipple {

namespace {

// A header larger than this is not a real checkpoint header (the largest SDXL ones are ~200 KB).
constexpr uint64_t kMaxHeaderBytes = 100ull * 1024 * 1024;

struct DtypeInfo {
    const char* name;
    at::ScalarType type;
    size_t bytes;
};

const DtypeInfo kDtypes[] = {
    {"F64", at::kDouble, 8}, {"F32", at::kFloat, 4},  {"F16", at::kHalf, 2},  {"BF16", at::kBFloat16, 2},
    {"I64", at::kLong, 8},   {"I32", at::kInt, 4},    {"I16", at::kShort, 2}, {"I8", at::kChar, 1},
    {"U8", at::kByte, 1},    {"BOOL", at::kBool, 1},
};

const DtypeInfo* dtype_by_name(const std::string& name) {
    for (const auto& d : kDtypes)
        if (name == d.name) return &d;
    return nullptr;
}

const DtypeInfo* dtype_by_type(at::ScalarType type) {
    for (const auto& d : kDtypes)
        if (type == d.type) return &d;
    return nullptr;
}

std::string describe(const std::string& path) { return "'" + path + "'"; }

}  // namespace

std::shared_ptr<SafetensorsFile> SafetensorsFile::open(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw Error("cannot open " + describe(path) + ": " + std::strerror(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        throw Error(describe(path) + " is not a regular file");
    }
    const uint64_t size = static_cast<uint64_t>(st.st_size);
    if (size < 8) {
        ::close(fd);
        throw Error(describe(path) + " is not a safetensors file (only " + std::to_string(size) + " bytes)");
    }
    // MAP_PRIVATE + PROT_WRITE: copy-on-write, so a tensor written to by mistake never
    // touches the file and never faults; untouched pages are shared with the page cache.
    void* map = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (map == MAP_FAILED) throw Error("cannot map " + describe(path) + ": " + std::strerror(errno));

    std::shared_ptr<SafetensorsFile> file(new SafetensorsFile());
    file->self_ = file;
    file->path_ = path;
    file->map_ = map;
    file->map_size_ = size;

    const auto* bytes = static_cast<const unsigned char*>(map);
    uint64_t header_len = 0;
    for (int i = 7; i >= 0; --i) header_len = (header_len << 8) | bytes[i];
    if (header_len > kMaxHeaderBytes || header_len > size - 8)
        throw Error(describe(path) + " is truncated or not a safetensors file (header of " +
                    std::to_string(header_len) + " bytes in a " + std::to_string(size) + "-byte file)");
    file->data_offset_ = 8 + header_len;
    const uint64_t data_size = size - file->data_offset_;

    nlohmann::json header;
    try {
        header = parse_json(reinterpret_cast<const char*>(bytes) + 8, reinterpret_cast<const char*>(bytes) + 8 + header_len);
    } catch (const std::exception& e) {
        throw Error(describe(path) + " has a corrupt header: " + e.what());
    }
    if (!header.is_object()) throw Error(describe(path) + " has a corrupt header: not a JSON object");

    for (auto it = header.begin(); it != header.end(); ++it) {
        const std::string& name = it.key();
        if (name == "__metadata__") {
            if (it->is_object())
                for (auto m = it->begin(); m != it->end(); ++m)
                    if (m->is_string()) file->metadata_[m.key()] = m->get<std::string>();
            continue;
        }
        // Real checkpoints name tensors in well under 200 characters. The key maps match names
        // with std::regex, which recurses per character: a 30,000-character name overflowed the
        // stack. A bound here keeps every later step on short strings.
        constexpr size_t kMaxTensorName = 1024;
        if (name.size() > kMaxTensorName)
            throw Error(describe(path) + ": a tensor name of " + std::to_string(name.size()) + " characters ('" +
                        name.substr(0, 40) + "…') is longer than any checkpoint uses (at most " +
                        std::to_string(kMaxTensorName) + "): the file is corrupt or not a checkpoint");
        const auto bad = [&](const std::string& why) {
            return Error(describe(path) + ": tensor '" + name + "' " + why);
        };
        const auto& v = *it;
        if (!v.is_object() || !v.contains("dtype") || !v.contains("shape") || !v.contains("data_offsets"))
            throw bad("has an incomplete header entry");
        SafetensorsEntry entry;
        entry.name = name;
        try {
            entry.dtype = v.at("dtype").get<std::string>();
            // Integers only: nlohmann's get<int64_t> casts a float (1e89, -1.5) to an integer, which
            // is undefined out of range and silently truncates in range (found by fuzz_safetensors).
            const auto integers = [&](const char* field) {
                const nlohmann::json& list = v.at(field);
                if (!list.is_array()) throw bad(std::string("has a ") + field + " that is not a list");
                for (const auto& x : list)
                    if (!x.is_number_integer()) throw bad(std::string("has a ") + field + " entry that is not an integer");
                return &list;
            };
            entry.shape = integers("shape")->get<std::vector<int64_t>>();
            const nlohmann::json* offset_list = integers("data_offsets");
            for (const auto& x : *offset_list)
                if (!x.is_number_unsigned()) throw bad("has a negative data offset");
            const auto offsets = offset_list->get<std::vector<uint64_t>>();
            if (offsets.size() != 2) throw bad("has data_offsets of length " + std::to_string(offsets.size()));
            entry.begin = offsets[0];
            entry.end = offsets[1];
        } catch (const Error&) {
            throw;
        } catch (const std::exception& e) {
            throw bad(std::string("has a malformed header entry: ") + e.what());
        }
        const DtypeInfo* dt = dtype_by_name(entry.dtype);
        if (!dt) throw bad("has unsupported dtype " + entry.dtype);
        uint64_t elements = 1;
        for (int64_t d : entry.shape) {
            if (d < 0) throw bad("has a negative dimension");
            if (d != 0 && elements > std::numeric_limits<uint64_t>::max() / static_cast<uint64_t>(d))
                throw bad("has an impossible shape");
            elements *= static_cast<uint64_t>(d);
        }
        if (entry.begin > entry.end || entry.end > data_size)
            throw bad("lies outside the file (bytes " + std::to_string(entry.begin) + "-" +
                      std::to_string(entry.end) + " of " + std::to_string(data_size) +
                      "): the file is truncated or corrupt");
        if (elements > std::numeric_limits<uint64_t>::max() / dt->bytes ||
            elements * dt->bytes != entry.end - entry.begin)
            throw bad("has " + std::to_string(entry.end - entry.begin) + " bytes but its shape and dtype need " +
                      std::to_string(elements * dt->bytes));
        file->index_[name] = file->entries_.size();
        file->entries_.push_back(std::move(entry));
    }
    // Overlapping tensors mean a corrupt (or malicious) header.
    std::vector<const SafetensorsEntry*> by_offset;
    for (const auto& e : file->entries_) by_offset.push_back(&e);
    std::sort(by_offset.begin(), by_offset.end(),
              [](const auto* a, const auto* b) { return a->begin < b->begin; });
    for (size_t i = 1; i < by_offset.size(); ++i)
        if (by_offset[i]->begin < by_offset[i - 1]->end && by_offset[i]->begin != by_offset[i]->end)
            throw Error(describe(path) + ": tensors '" + by_offset[i - 1]->name + "' and '" + by_offset[i]->name +
                        "' overlap: the file is corrupt");
    // Keep file order (JSON objects are sorted by nlohmann; the data offsets give the real order).
    std::stable_sort(file->entries_.begin(), file->entries_.end(),
                     [](const auto& a, const auto& b) { return a.begin < b.begin; });
    file->index_.clear();
    for (size_t i = 0; i < file->entries_.size(); ++i) file->index_[file->entries_[i].name] = i;
    return file;
}

SafetensorsFile::~SafetensorsFile() {
    if (map_) ::munmap(map_, map_size_);
}

const SafetensorsEntry& SafetensorsFile::entry(const std::string& name) const {
    auto it = index_.find(name);
    if (it == index_.end()) throw Error(describe(path_) + " has no tensor '" + name + "'");
    return entries_[it->second];
}

namespace {

// What a mapped tensor's storage holds on to: the file, so the mapping outlives the tensor.
struct MappedTensorContext {
    std::shared_ptr<const SafetensorsFile> file;
};

void delete_mapped_tensor_context(void* context) { delete static_cast<MappedTensorContext*>(context); }

}  // namespace

at::Tensor SafetensorsFile::tensor(const std::string& name) const {
    const SafetensorsEntry& e = entry(name);
    const DtypeInfo* dt = dtype_by_name(e.dtype);
    auto keep_alive = self_.lock();
    char* data = static_cast<char*>(map_) + data_offset_ + e.begin;
    const auto options = at::TensorOptions().dtype(dt->type).device(at::kCPU);
    if (e.end == e.begin) return at::empty(e.shape, options);
    // Unaligned data (offsets are only guaranteed to be multiples of nothing) is copied.
    if (reinterpret_cast<uintptr_t>(data) % dt->bytes != 0) {
        at::Tensor out = at::empty(e.shape, options);
        std::memcpy(out.data_ptr(), data, e.end - e.begin);
        return out;
    }
    // The storage's context holds the file open; release_mapped_pages() recognises it by its deleter.
    auto* context = new MappedTensorContext{std::move(keep_alive)};
    return at::for_blob(data, e.shape).context(context, &delete_mapped_tensor_context).options(options).make_tensor();
}

void release_mapped_pages(const at::Tensor& t) {
    if (!t.defined() || !t.has_storage()) return;
    const c10::DataPtr& ptr = t.storage().data_ptr();
    if (ptr.get_deleter() != &delete_mapped_tensor_context) return;  // not a tensor of a mapped file
    const auto* context = static_cast<const MappedTensorContext*>(ptr.get_context());
    const SafetensorsFile& file = *context->file;
    const auto begin = reinterpret_cast<uintptr_t>(t.storage().data());
    const uintptr_t end = begin + t.storage().nbytes();
    // Whole pages inside this tensor's bytes only: a page shared with a neighbour stays.
    const auto page = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
    const uintptr_t first = (begin + page - 1) / page * page, last = end / page * page;
    const auto map_begin = reinterpret_cast<uintptr_t>(file.map_);
    if (last <= first || first < map_begin || last > map_begin + file.map_size_) return;
    ::madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
}

void write_safetensors(const std::string& path, const std::vector<std::pair<std::string, at::Tensor>>& tensors,
                       const std::map<std::string, std::string>& metadata) {
    nlohmann::json header = nlohmann::json::object();
    if (!metadata.empty()) header["__metadata__"] = metadata;
    std::vector<at::Tensor> contiguous;
    uint64_t offset = 0;
    for (const auto& [name, t] : tensors) {
        if (name == "__metadata__" || header.contains(name))
            throw Error("cannot write " + describe(path) + ": duplicate or reserved tensor name '" + name + "'");
        const DtypeInfo* dt = dtype_by_type(t.scalar_type());
        if (!dt) throw Error("cannot write tensor '" + name + "' to " + describe(path) + ": unsupported dtype");
        at::Tensor c = t.detach().to(at::kCPU).contiguous();
        const uint64_t n = static_cast<uint64_t>(c.numel()) * dt->bytes;
        header[name] = {{"dtype", dt->name}, {"shape", c.sizes().vec()}, {"data_offsets", {offset, offset + n}}};
        offset += n;
        contiguous.push_back(c);
    }
    std::string text = header.dump();
    while ((8 + text.size()) % 8 != 0) text.push_back(' ');

    const std::string tmp = temp_path_for(path);  // renamed into place when whole
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) throw Error("cannot write " + describe(tmp) + ": " + std::strerror(errno));
        unsigned char len[8];
        uint64_t n = text.size();
        for (int i = 0; i < 8; ++i) len[i] = static_cast<unsigned char>((n >> (8 * i)) & 0xff);
        out.write(reinterpret_cast<const char*>(len), 8);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        for (const auto& c : contiguous)
            out.write(static_cast<const char*>(c.data_ptr()), static_cast<std::streamsize>(c.nbytes()));
        out.flush();
        if (!out) {
            out.close();
            std::remove(tmp.c_str());
            throw Error("writing " + describe(path) + " failed (disk full?)");
        }
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::remove(tmp.c_str());
        throw Error("cannot rename " + describe(tmp) + " to " + describe(path) + ": " + std::strerror(errno));
    }
}

}  // namespace stipple
