// Reading the weights of a PyTorch pickle checkpoint (.ckpt/.pt/.pth/.bin written by torch.save
// since PyTorch 1.6: a zip of `<dir>/data.pkl` and one record per storage, `<dir>/data/<key>`)
// without running it: the pickle goes through Stipple's own machine (io/pickle_machine.h) with an
// allowlist of globals (io/pickle_allowlist.h); tensors are zero-copy views of the mapped file.
// The legacy format (PyTorch before 1.6, a bare pickle stream) is refused with a clear message.
#pragma once

#include <ATen/ATen.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace stipple {

struct PickleCheckpoint {
    // The weights: the `state_dict` dict when the top-level dict has one (AUTOMATIC1111 /
    // Lightning checkpoints), else BasicSR/Real-ESRGAN's `params_ema` or `params` (upscalers), else
    // A1111's textual-inversion `string_to_param` (its "*" named
    // emb_params, as A1111's .safetensors embeddings), else the top-level dict's tensors. String keys and tensor values
    // only; the rest (epoch, optimizer state, ...) is ignored. In the pickle's order; a repeated
    // key keeps its first place and last value (Python's dict).
    std::vector<std::pair<std::string, at::Tensor>> tensors;
    std::optional<int64_t> global_step;  // the top-level `global_step` (diffusers guesses SD 2.x v-prediction from it)
    std::string weights_key;             // "state_dict", "params_ema", "params", "string_to_param", or "" for the top level
    size_t ignored = 0;                  // entries of the weights dict that are not named tensors
};

// Throws stipple::Error naming the file: not a checkpoint, a forbidden global (named), a storage
// record missing or shorter than declared, a view past its storage, the tensors adding up to
// more than twice the file's size (views repeating one storage), no tensors.
PickleCheckpoint read_pickle_checkpoint(const std::string& path);

}  // namespace stipple
