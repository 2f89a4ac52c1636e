// libFuzzer target: the ONNX signature reader (core/image/onnx_signature.h), the hand-written
// protobuf walk that runs on a face restoration model file before OpenCV sees it. Any bytes must
// read or throw stipple::Error in bounded time and memory, and reading them from a file (seeking
// past skipped fields) must give what reading them from memory gives.
#include "common/error.h"
#include "fuzz_memfile.h"
#include "image/onnx_signature.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace {

std::optional<stipple::OnnxSignature> read(const std::string& bytes) {
    try {
        return stipple::parse_onnx_signature(bytes, "fuzz");
    } catch (const stipple::Error&) {
        return std::nullopt;
    }
}

std::optional<stipple::OnnxSignature> read_file(const std::string& path) {
    try {
        return stipple::read_onnx_signature(path);
    } catch (const stipple::Error&) {
        return std::nullopt;
    }
}

bool same(const stipple::OnnxValue& a, const stipple::OnnxValue& b) {
    return a.name == b.name && a.element_type == b.element_type && a.shape == b.shape && a.describe() == b.describe();
}

bool same(const std::vector<stipple::OnnxValue>& a, const std::vector<stipple::OnnxValue>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (!same(a[i], b[i])) return false;
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    const std::optional<stipple::OnnxSignature> memory = read(bytes);
    const FuzzMemFile file(bytes);
    const std::optional<stipple::OnnxSignature> from_file = read_file(file.path());
    if (memory.has_value() != from_file.has_value()) __builtin_trap();
    if (memory && (!same(memory->inputs, from_file->inputs) || !same(memory->outputs, from_file->outputs))) __builtin_trap();
    if (memory && memory->inputs.empty()) __builtin_trap();  // a signature without inputs is an error
    return 0;
}
