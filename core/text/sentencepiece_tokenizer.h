// A SentencePiece tokenizer (the built-in model's) behind the Tokenizer interface. The model runs
// in libstipple_spm_shim.so, loaded with dlopen so libsentencepiece never meets libtorch's protobuf.
#pragma once

#include "text/tokenizer.h"

#include <memory>
#include <string>

namespace stipple {

class SentencePieceTokenizer final : public Tokenizer {
public:
    // `model_file`: a .model from spm_train; `max_length`: the text encoder's sequence length.
    // Throws stipple::Error when the shim or the model cannot be loaded, or the model has no bos/eos.
    SentencePieceTokenizer(const std::string& model_file, int max_length);
    ~SentencePieceTokenizer() override;
    SentencePieceTokenizer(const SentencePieceTokenizer&) = delete;
    SentencePieceTokenizer& operator=(const SentencePieceTokenizer&) = delete;

    std::vector<int64_t> encode(const std::string& utf8) const override;
    int64_t bos_id() const override { return bos_; }
    int64_t eos_id() const override { return eos_; }
    int64_t pad_id() const override { return pad_; }
    int model_max_length() const override { return max_length_; }
    int vocab_size() const { return vocab_size_; }
    // The piece of `id` as SentencePiece spells it ("▁cat": "▁" marks a word start); "" for an id
    // outside the vocabulary, or with an older shim that cannot tell.
    std::string id_to_piece(int64_t id) const;

    // Where the shim was found: next to the executable, <exe>/../lib/stipple, or the build tree.
    static std::string shim_path();

    struct Api;  // the shim's entry points

private:
    std::shared_ptr<const Api> api_;
    void* handle_ = nullptr;
    int64_t bos_ = -1, eos_ = -1, pad_ = 0;
    int max_length_ = 77;
    int vocab_size_ = 0;
    std::string source_;
};

}  // namespace stipple
