// libFuzzer target: single-file (A1111) checkpoint key conversion (core/io/single_file.h and the
// UNet/VAE/CLIP key maps) on fuzzed key names and shapes. The input is text, one tensor per line:
//   <key>[ <d0>x<d1>x...]         e.g. "model.diffusion_model.input_blocks.1.0.in_layers.0.weight 4x3"
// (shapes of U8 tensors, at most 64 elements each); the first byte picks the text-encoder layer cut.
// It becomes a real .safetensors file and goes through read_single_file as a loaded file would.
// Anything must convert or throw stipple::Error; what converts must be a complete model.
#include "common/error.h"
#include "fuzz_memfile.h"
#include "io/safetensors.h"
#include "io/single_file.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

namespace {

// "4x3" -> {4, 3}; each dimension 0..64, the product capped at 64 (a few bytes of data per tensor).
std::vector<int64_t> parse_shape(const std::string& text) {
    std::vector<int64_t> shape;
    int64_t product = 1;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, 'x') && shape.size() < 5) {
        int64_t d = 0;
        for (char c : part)
            if (c >= '0' && c <= '9') d = std::min<int64_t>(64, d * 10 + (c - '0'));
        if (product * d > 64) d = 1;
        product *= d;
        shape.push_back(d);
    }
    return shape;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1) return 0;
    const int cut = data[0] % 40 - 1;  // -1 keeps every layer
    const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);

    nlohmann::json header = nlohmann::json::object();
    uint64_t offset = 0;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.empty()) continue;
        const size_t space = line.rfind(' ');
        const std::string key = space == std::string::npos ? line : line.substr(0, space);
        const std::vector<int64_t> shape = space == std::string::npos ? std::vector<int64_t>{} : parse_shape(line.substr(space + 1));
        if (key.empty() || key == "__metadata__" || header.contains(key)) continue;
        int64_t n = 1;
        for (int64_t d : shape) n *= d;
        header[key] = {{"dtype", "U8"}, {"shape", shape}, {"data_offsets", {offset, offset + n}}};
        offset += static_cast<uint64_t>(n);
    }
    std::string head;
    try {
        head = header.dump();  // the keys are the input's bytes: invalid UTF-8 cannot be a JSON key
    } catch (const nlohmann::json::exception&) {
        return 0;
    }
    std::string bytes(8, '\0');
    for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>((head.size() >> (8 * i)) & 0xff);
    bytes += head;
    bytes.append(offset, '\x01');
    const FuzzMemFile file(bytes);

    std::vector<std::string> keys;
    for (auto it = header.begin(); it != header.end(); ++it) keys.push_back(it.key());
    try {
        (void)stipple::detect_checkpoint_family(keys, "fuzz.safetensors");
    } catch (const stipple::Error&) {
    }
    try {
        stipple::SingleFileOptions options;
        options.text_encoder_layers = cut;
        options.text_encoder_2_layers = cut;
        const stipple::SingleFileComponents c = stipple::read_single_file(stipple::SafetensorsFile::open(file.path()), options);
        if (c.unet.empty() || c.vae.empty()) __builtin_trap();
        if (c.layout.unet_levels < 1 || c.layout.unet_layers_per_block < 1 || c.layout.vae_levels < 0) __builtin_trap();
        for (const auto* part : {&c.unet, &c.vae, &c.text_encoder, &c.text_encoder_2})
            for (const auto& [name, tensor] : *part)
                if (name.empty() || !tensor.defined()) __builtin_trap();
    } catch (const stipple::Error&) {
    }
    return 0;
}
