// libFuzzer target: the CLIP BPE tokenizer (core/text/clip_tokenizer.h) on fuzzed prompt text, with
// the real CLIP vocabulary from the shared assets (../shared/assets/clip-tokenizer next to the
// repository). Without them the target builds and does nothing. Any text must tokenize (or throw
// stipple::Error) in bounded time, to ids of the vocabulary, the same through encode and tokenize.
#include "common/error.h"
#include "text/clip_tokenizer.h"

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <memory>
#include <string>

namespace {

std::shared_ptr<stipple::CLIPTokenizer> load() {
    const std::string dir = STIPPLE_CLIP_TOKENIZER_DIR;
    if (!std::ifstream(dir + "/vocab.json") || !std::ifstream(dir + "/merges.txt")) return nullptr;
    return stipple::CLIPTokenizer::from_folder(dir);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const std::shared_ptr<stipple::CLIPTokenizer> tokenizer = load();
    if (!tokenizer) return 0;
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const auto ids = tokenizer->encode(text);
        const auto tokens = tokenizer->tokenize(text);
        if (ids.size() != tokens.size()) __builtin_trap();
        for (size_t i = 0; i < ids.size(); ++i) {
            if (ids[i] < 0 || static_cast<size_t>(ids[i]) >= tokenizer->vocab_size() + 1024) __builtin_trap();
            const int64_t id = tokenizer->token_to_id(tokens[i]);
            if (id >= 0 ? id != ids[i] : ids[i] != tokenizer->pad_id()) __builtin_trap();  // unknown -> unk (<|endoftext|>)
        }
        const auto prompt = stipple::tokenize_for_model(*tokenizer, text, 77);
        if (prompt.ids.size() != 77 || prompt.ids.front() != tokenizer->bos_id() ||
            prompt.ids[prompt.eos_position] != tokenizer->eos_id() ||
            prompt.untruncated_length != static_cast<int>(ids.size()) + 2)
            __builtin_trap();
    } catch (const stipple::Error&) {
    }
    return 0;
}
