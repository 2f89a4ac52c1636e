// Deterministic random weights for models built from a config folder alone (the published
// full-size configs have no weights): for benchmarks and smoke runs, never for pictures.
#pragma once

#include "text/tokenizer.h"

#include <torch/nn/module.h>

#include <cstdint>
#include <memory>

namespace stipple {

// Norm weights 1, other 1-D parameters 0, everything else N(0, 0.02) from one generator seeded
// with `seed`, in parameter-name order: the same seed gives the same model.
void randomize_weights(torch::nn::Module& module, uint64_t seed);

// A stand-in tokenizer for configs without vocabulary files: one id per UTF-8 byte. Timing
// and memory do not depend on which ids a prompt becomes.
std::shared_ptr<Tokenizer> byte_tokenizer(int64_t vocab_size, int64_t bos_id, int64_t eos_id);

}  // namespace stipple
