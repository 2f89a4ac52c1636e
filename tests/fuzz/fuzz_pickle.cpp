// libFuzzer target: PyTorch pickle checkpoints from strangers (core/io/pickle_checkpoint.h): the zip
// directory (core/io/zip_archive.h), the pickle machine and its allowlist (core/io/pickle_machine.h),
// the storages and views. The first byte picks what the rest is:
//   even: a whole .ckpt file;
//   odd:  a data.pkl, wrapped here into a stored zip beside 16 storage records archive/data/0..15 of
//         1 KiB each, so mutations reach the pickle machine instead of breaking the zip.
// Any bytes must give tensors or throw stipple::Error; every tensor handed out must be readable
// whole (a view past its storage faults here) and add up to no more than the bound.
#include "common/error.h"
#include "fuzz_memfile.h"
#include "io/pickle_checkpoint.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace {

void put16(std::string& s, uint32_t v) { s.push_back(char(v & 0xff)), s.push_back(char((v >> 8) & 0xff)); }
void put32(std::string& s, uint32_t v) { put16(s, v & 0xffff), put16(s, v >> 16); }

// A zip of stored entries (CRC left 0: the reader does not check it, as PyTorch's does not).
std::string stored_zip(const std::vector<std::pair<std::string, std::string>>& entries) {
    std::string out, directory;
    for (const auto& [name, data] : entries) {
        const uint32_t offset = static_cast<uint32_t>(out.size());
        put32(out, 0x04034b50), put16(out, 20), put16(out, 0), put16(out, 0), put32(out, 0), put32(out, 0);
        put32(out, static_cast<uint32_t>(data.size())), put32(out, static_cast<uint32_t>(data.size()));
        put16(out, static_cast<uint32_t>(name.size())), put16(out, 0);
        out += name + data;
        put32(directory, 0x02014b50), put16(directory, 20), put16(directory, 20), put16(directory, 0);
        put16(directory, 0), put32(directory, 0), put32(directory, 0);
        put32(directory, static_cast<uint32_t>(data.size())), put32(directory, static_cast<uint32_t>(data.size()));
        put16(directory, static_cast<uint32_t>(name.size())), put16(directory, 0), put16(directory, 0);
        put16(directory, 0), put16(directory, 0), put32(directory, 0), put32(directory, offset);
        directory += name;
    }
    const uint32_t cd_offset = static_cast<uint32_t>(out.size());
    out += directory;
    put32(out, 0x06054b50), put16(out, 0), put16(out, 0);
    put16(out, static_cast<uint32_t>(entries.size())), put16(out, static_cast<uint32_t>(entries.size()));
    put32(out, static_cast<uint32_t>(directory.size())), put32(out, cd_offset), put16(out, 0);
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    std::string file;
    if (data[0] & 1) {
        std::vector<std::pair<std::string, std::string>> entries = {
            {"archive/data.pkl", std::string(reinterpret_cast<const char*>(data + 1), size - 1)}};
        for (int i = 0; i < 16; ++i) {
            std::string record(1024, '\0');
            for (size_t k = 0; k < record.size(); ++k) record[k] = static_cast<char>((k * 7 + i) & 0x3f);
            entries.emplace_back("archive/data/" + std::to_string(i), record);
        }
        entries.emplace_back("archive/version", "3\n");
        file = stored_zip(entries);
    } else {
        file.assign(reinterpret_cast<const char*>(data + 1), size - 1);
    }
    const FuzzMemFile input(file);
    stipple::PickleCheckpoint ckpt;
    try {
        ckpt = stipple::read_pickle_checkpoint(input.path());
    } catch (const stipple::Error&) {
        return 0;
    }
    if (ckpt.tensors.empty()) __builtin_trap();  // no tensors is an Error
    uint64_t total = 0;
    for (const auto& [name, t] : ckpt.tensors) {
        if (name.empty()) __builtin_trap();
        // Materialize every element, as the converter does: a view reaching past its storage faults.
        const at::Tensor c = t.contiguous();
        total += c.nbytes();
        std::vector<char> copy(c.nbytes());
        if (!copy.empty()) std::memcpy(copy.data(), c.data_ptr(), copy.size());
    }
    if (total > 2 * file.size() + (64u << 20)) __builtin_trap();
    return 0;
}
