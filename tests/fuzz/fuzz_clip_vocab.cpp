// libFuzzer target: a CLIP tokenizer folder from a stranger (core/text/clip_tokenizer.h): vocab.json,
// merges.txt and tokenizer_config.json, then a few prompts through it. The input holds the three
// files separated by lines of "---". Any files must load or throw stipple::Error in bounded time and
// memory; a loaded tokenizer gives ids that name tokens of its vocabulary.
#include "common/error.h"
#include "fuzz_memfile.h"
#include "text/clip_tokenizer.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    std::string parts[3];
    size_t start = 0;
    for (int i = 0; i < 3; ++i) {
        const size_t sep = i < 2 ? input.find("\n---\n", start) : std::string::npos;
        parts[i] = input.substr(start, sep == std::string::npos ? std::string::npos : sep - start);
        if (sep == std::string::npos) break;
        start = sep + 5;
    }
    const FuzzMemFile vocab(parts[0]), merges(parts[1]), config(parts[2]);
    std::shared_ptr<stipple::CLIPTokenizer> tokenizer;
    try {
        tokenizer = stipple::CLIPTokenizer::from_files(vocab.path(), merges.path(), parts[2].empty() ? "" : config.path());
    } catch (const stipple::Error&) {
        return 0;
    }
    if (tokenizer->model_max_length() < 2) __builtin_trap();
    for (const char* prompt : {"a photo of a cat", "Hello, WORLD! 123 &amp; <|endoftext|> naïve 東京", ""}) {
        try {
            const auto ids = tokenizer->encode(prompt);
            for (int64_t id : ids) {
                if (id < 0) __builtin_trap();
                const std::string token = tokenizer->id_to_token(id);
                if (token.empty() || tokenizer->token_to_id(token) != id) __builtin_trap();
            }
            const auto p = stipple::tokenize_for_model(*tokenizer, prompt, tokenizer->model_max_length());
            if (p.ids.size() != static_cast<size_t>(tokenizer->model_max_length())) __builtin_trap();
        } catch (const stipple::Error&) {
        }
    }
    return 0;
}
