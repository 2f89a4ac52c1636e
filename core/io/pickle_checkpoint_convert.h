// Converting a PyTorch pickle checkpoint (.ckpt/.pt/.pth/.bin) to .safetensors, once, so the rest of
// Stipple only ever opens .safetensors. Safe to call on a worker thread (no shared state).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace stipple {

struct PickleConversion {
    std::string output;                  // the .safetensors written
    size_t tensors = 0;                  // tensors written
    uint64_t bytes = 0;                  // size of the written file
    size_t ignored = 0;                  // entries of the weights dict that were not tensors
    std::string weights_key;             // "state_dict", "params_ema"/"params" (BasicSR upscalers), "string_to_param" (an embedding) or "" (top level)
    std::optional<int64_t> global_step;  // also in the file's metadata as "global_step"
};

// `input` with its extension replaced by .safetensors ("model.ckpt" -> "model.safetensors").
std::string converted_checkpoint_path(const std::string& input);

// Reads `input` with read_pickle_checkpoint (io/pickle_checkpoint.h: nothing in it runs) and writes
// its weights, dtypes kept and views materialized, to `output` (converted_checkpoint_path(input)
// when empty). Metadata: "format": "pt" as diffusers and AUTOMATIC1111 write, and "global_step"
// when the checkpoint has one. Written whole or not at all (a temporary file renamed into place);
// an existing `output` is an Error unless `overwrite` (and then replaced atomically). Throws
// stipple::Error with a one-line message naming the file; nothing is left behind on failure.
PickleConversion convert_pickle_checkpoint(const std::string& input, const std::string& output = "",
                                           bool overwrite = false);

}  // namespace stipple
