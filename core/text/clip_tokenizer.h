// CLIP's byte-level BPE tokenizer (SD 1.x/2.x/SDXL), read from a Hugging Face tokenizer
// folder and matching openai's SimpleTokenizer / HF CLIPTokenizer id for id.
#pragma once

#include "text/tokenizer.h"

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace stipple {

class CLIPTokenizer final : public Tokenizer {
public:
    // Reads `folder`/vocab.json and merges.txt, plus the optional tokenizer_config.json and
    // special_tokens_map.json (the latter overrides the former) for bos/eos/pad/unk tokens and
    // model_max_length; absent files give HF's CLIP defaults (pad = <|endoftext|>, 77).
    // Throws stipple::Error naming the file on a missing or corrupt file.
    static std::shared_ptr<CLIPTokenizer> from_folder(const std::string& folder);

    // The same from explicit paths; empty config paths mean "use the defaults".
    static std::shared_ptr<CLIPTokenizer> from_files(const std::string& vocab_json, const std::string& merges_txt,
                                                     const std::string& tokenizer_config_json = "",
                                                     const std::string& special_tokens_map_json = "");

    ~CLIPTokenizer() override;
    CLIPTokenizer(const CLIPTokenizer&) = delete;
    CLIPTokenizer& operator=(const CLIPTokenizer&) = delete;

    std::vector<int64_t> encode(const std::string& utf8) const override;
    int64_t bos_id() const override { return bos_id_; }
    int64_t eos_id() const override { return eos_id_; }
    int64_t pad_id() const override { return pad_id_; }
    int model_max_length() const override { return model_max_length_; }

    // The BPE token strings of `utf8` (vocab spellings, e.g. "photo</w>"), without bos/eos.
    std::vector<std::string> tokenize(const std::string& utf8) const;
    // The cleaned text BPE sees: HTML-unescaped twice, whitespace collapsed, stripped, lower-cased.
    static std::string clean_text(const std::string& utf8);

    // Id of a vocab string, or -1.
    int64_t token_to_id(const std::string& token) const;
    // Vocab string of an id, or "" when out of range.
    std::string id_to_token(int64_t id) const;
    // The text an id stands for: its vocab string with the byte-level stand-ins turned back into
    // the bytes they encode (UTF-8; a piece may hold part of a character) and the word-end mark
    // "</w>" dropped (`word_end` tells whether it was there). "" when out of range.
    std::string id_to_text(int64_t id, bool* word_end = nullptr) const;
    size_t vocab_size() const { return encoder_.size(); }
    const std::string& pad_token() const { return pad_token_; }

private:
    CLIPTokenizer();
    // BPE of one regex piece already mapped through bytes_to_unicode; returns vocab strings.
    std::vector<std::string> bpe(const std::string& mapped_piece) const;
    // Ids of one piece, through the per-word cache.
    std::vector<int64_t> piece_ids(const std::string& mapped_piece) const;
    template <typename Fn>
    void for_each_piece(const std::string& utf8, Fn&& fn) const;

    std::unordered_map<std::string, int64_t> encoder_;
    std::vector<std::string> decoder_;
    std::unordered_map<std::string, int> bpe_ranks_;  // "first second" -> rank
    std::array<std::string, 256> byte_encoder_;       // byte -> UTF-8 of its printable stand-in
    struct SplitPattern;                              // the compiled ICU regex
    std::unique_ptr<SplitPattern> pattern_;

    std::string pad_token_;
    int64_t bos_id_ = -1, eos_id_ = -1, pad_id_ = -1, unk_id_ = -1;
    int model_max_length_ = 77;

    mutable std::mutex cache_mutex_;
    mutable std::unordered_map<std::string, std::vector<int64_t>> cache_;
};

}  // namespace stipple
