// libFuzzer target: .safetensors files from strangers (core/io/safetensors.h): the 8-byte header
// length, the JSON header, every entry's dtype/shape/offsets, and the zero-copy tensors handed out.
// Any bytes must open or throw stipple::Error; what opens must hand out each tensor inside the
// mapped file with exactly the bytes its shape and dtype need, and must write back and reopen alike.
#include "common/error.h"
#include "fuzz_memfile.h"
#include "io/safetensors.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include <unistd.h>

namespace {

// A private folder for the write-back (writers scan their folder for stale temporary files),
// removed at exit.
std::string scratch_dir;
void remove_scratch() { std::filesystem::remove_all(scratch_dir); }

std::string scratch_path() {
    if (scratch_dir.empty()) {
        char name[] = "/tmp/stipple-fuzz-safetensors-XXXXXX";
        if (!::mkdtemp(name)) __builtin_trap();
        scratch_dir = name;
        std::atexit(remove_scratch);
    }
    return scratch_dir + "/out.safetensors";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const FuzzMemFile input(data, size);
    std::shared_ptr<stipple::SafetensorsFile> file;
    try {
        file = stipple::SafetensorsFile::open(input.path());
    } catch (const stipple::Error&) {
        return 0;
    }
    if (size < 8) __builtin_trap();
    std::vector<std::pair<std::string, at::Tensor>> tensors;
    uint64_t previous_end = 0;
    for (const auto& e : file->entries()) {
        if (!file->contains(e.name) || &file->entry(e.name) != &e) __builtin_trap();
        if (e.begin > e.end || e.end > size) __builtin_trap();
        if (e.begin < previous_end && e.begin != e.end) __builtin_trap();  // file order, no overlap
        previous_end = std::max(previous_end, e.end);
        at::Tensor t = file->tensor(e.name);
        if (static_cast<uint64_t>(t.nbytes()) != e.end - e.begin) __builtin_trap();
        if (t.sizes().vec() != e.shape) __builtin_trap();
        // Read every byte: a tensor reaching past the mapping faults here.
        std::vector<char> copy(t.nbytes());
        if (!copy.empty()) std::memcpy(copy.data(), t.data_ptr(), copy.size());
        tensors.emplace_back(e.name, t);
    }
    try {
        (void)file->tensor("\x01 not a tensor name");
        __builtin_trap();  // an absent name is an Error
    } catch (const stipple::Error&) {
    }
    // What was read writes back and reopens with the same entries and bytes.
    const std::string out = scratch_path();
    stipple::write_safetensors(out, tensors, file->metadata());
    {
        const auto again = stipple::SafetensorsFile::open(out);
        if (again->entries().size() != file->entries().size() || again->metadata() != file->metadata())
            __builtin_trap();
        for (const auto& [name, t] : tensors) {
            const at::Tensor u = again->tensor(name);
            if (u.scalar_type() != t.scalar_type() || u.sizes() != t.sizes() || u.nbytes() != t.nbytes() ||
                (t.nbytes() && std::memcmp(u.data_ptr(), t.data_ptr(), t.nbytes()) != 0))
                __builtin_trap();
        }
    }
    std::remove(out.c_str());
    return 0;
}
