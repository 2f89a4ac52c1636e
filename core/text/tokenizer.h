// The tokenizer interface every prompt tokenizer implements (CLIP BPE now, SentencePiece
// later), plus tokenize_for_model(): the fixed-length ids a text encoder takes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace stipple {

class Tokenizer {
public:
    virtual ~Tokenizer() = default;

    // Token ids of `utf8` without bos/eos and without truncation.
    virtual std::vector<int64_t> encode(const std::string& utf8) const = 0;

    // Special ids. A negative bos_id() means the model has no bos token (T5-style).
    virtual int64_t bos_id() const = 0;
    virtual int64_t eos_id() const = 0;
    virtual int64_t pad_id() const = 0;
    // Sequence length the text encoder was trained with (77 for CLIP).
    virtual int model_max_length() const = 0;
};

// What diffusers gets from tokenizer(text, padding="max_length", max_length=N, truncation=True).
struct TokenizedPrompt {
    std::vector<int64_t> ids;     // bos + first (N - 2) ids + eos + pad..., exactly N entries
    int untruncated_length = 0;   // bos + all ids + eos (what padding="longest" would give)
    int eos_position = 0;         // index of the appended eos token in `ids`
    bool truncated() const { return untruncated_length > static_cast<int>(ids.size()); }
};

// Throws stipple::Error when max_length cannot hold bos + eos.
TokenizedPrompt tokenize_for_model(const Tokenizer& tokenizer, const std::string& text, int max_length = 77);

}  // namespace stipple
