// Reading a LoRA (.safetensors; kohya/A1111 "lora_unet_…" keys with LyCORIS LoCon convolutions, or
// diffusers/PEFT "lora_A"/"lora_B" keys) against a loaded model: every module is mapped to the
// model weight it patches and checked (shapes, rank, alpha, finite values) before any weight is
// touched. Anything else is an Error naming the file and the key: an unknown key, a LyCORIS kind
// other than LoCon (LoHa, LoKr, ...), a missing half, a shape or family mismatch.
#pragma once

#include "common/model_family.h"
#include "io/lora_keys.h"

#include <ATen/ATen.h>

#include <map>
#include <string>
#include <vector>

namespace stipple {

struct LoraModule {
    std::string name;    // the module as the file names it (for messages)
    LoraTarget target;
    at::Tensor down;     // [r, in] or [r, in, kh, kw], as stored (zero-copy view of the file)
    at::Tensor up;       // [out, r] or [out, r, 1, 1]
    int64_t rank = 0;    // r
    double alpha = 0;    // the file's alpha, or r when it has none (scale alpha / r = 1)
};

struct LoraFile {
    std::string path;
    std::vector<LoraModule> modules;  // file order of their first key
    std::map<std::string, std::string> metadata;
};

// `model_name` and `family` are for messages and the family check.
LoraFile read_lora_file(const std::string& path, const LoraTargetIndex& index, ModelFamily family,
                        const std::string& model_name);

// (alpha / rank) · up · down in float32, shaped like the target weight `shape` (a convolution's
// product reshaped to [out, in, kh, kw]). The caller multiplies by the tag's multiplier.
at::Tensor lora_delta(const LoraModule& module, const std::vector<int64_t>& shape);

// A1111's "Lora hashes" entry for a file: the first 12 hex digits of the metadata's sshs_model_hash
// when present, else of the sha256 of the file's bytes after the safetensors header (A1111's
// addnet_hash_safetensors). Throws Error when the file cannot be read.
std::string lora_short_hash(const std::string& path);

}  // namespace stipple
