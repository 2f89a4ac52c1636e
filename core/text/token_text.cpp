#include "text/token_text.h"

#include "text/clip_tokenizer.h"
#include "text/sentencepiece_tokenizer.h"

namespace stipple {

TokenText token_text(const Tokenizer& tokenizer, int64_t id) {
    TokenText out;
    if (const auto* clip = dynamic_cast<const CLIPTokenizer*>(&tokenizer)) {
        out.text = clip->id_to_text(id, &out.word_end);
        out.known = id >= 0 && static_cast<size_t>(id) < clip->vocab_size();
        return out;
    }
    if (const auto* spm = dynamic_cast<const SentencePieceTokenizer*>(&tokenizer)) {
        out.text = spm->id_to_piece(id);
        out.known = !out.text.empty();
        static const std::string kWordStart = "\xe2\x96\x81";  // U+2581 LOWER ONE EIGHTH BLOCK
        if (out.text.compare(0, kWordStart.size(), kWordStart) == 0) {
            out.word_start = true;
            out.text.erase(0, kWordStart.size());
        }
        return out;
    }
    out.known = false;
    return out;
}

}  // namespace stipple
