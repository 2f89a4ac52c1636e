// tokenize_for_model(): truncation and padding shared by every tokenizer.
#include "text/tokenizer.h"

#include "common/error.h"

namespace stipple {

TokenizedPrompt tokenize_for_model(const Tokenizer& tokenizer, const std::string& text, int max_length) {
    const bool has_bos = tokenizer.bos_id() >= 0;
    const int specials = has_bos ? 2 : 1;
    if (max_length < specials)
        throw Error("tokenize_for_model: max_length " + std::to_string(max_length) +
                    " cannot hold the special tokens (need at least " + std::to_string(specials) + ")");

    const std::vector<int64_t> body = tokenizer.encode(text);
    const size_t keep = std::min(body.size(), static_cast<size_t>(max_length - specials));

    TokenizedPrompt out;
    out.ids.reserve(static_cast<size_t>(max_length));
    if (has_bos)
        out.ids.push_back(tokenizer.bos_id());
    out.ids.insert(out.ids.end(), body.begin(), body.begin() + static_cast<std::ptrdiff_t>(keep));
    out.eos_position = static_cast<int>(out.ids.size());
    out.ids.push_back(tokenizer.eos_id());
    out.ids.resize(static_cast<size_t>(max_length), tokenizer.pad_id());
    out.untruncated_length = static_cast<int>(body.size()) + specials;
    return out;
}

}  // namespace stipple
