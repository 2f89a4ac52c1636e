// AUTOMATIC1111's long-prompt chunking (modules/sd_hijack_clip.py, tokenize_line): a prompt's
// weighted runs become chunks of (model_max_length - 2) tokens, each later wrapped in bos/eos,
// with one attention weight per token. Pure token bookkeeping; text_conditioning encodes them.
#pragma once

#include "text/embedding_matcher.h"
#include "text/prompt_parser.h"
#include "text/tokenizer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace stipple {

struct ChunkingOptions {
    int chunk_length = 75;     // tokens between bos and eos (A1111: 75 = 77 - 2)
    int64_t comma_id = -1;     // the tokenizer's "," token; -1 = no comma back-off
    int comma_backtrack = 20;  // A1111's comma_padding_backtrack (0 = off)
    // Textual-inversion embeddings named in the prompt take their vectors' positions (null = none).
    const EmbeddingMatcher* embeddings = nullptr;
};

// The options for `tokenizer`: chunk_length = model_max_length - 2 (28 for the built-in model's
// 30), comma_id = the id of "," when the tokenizer spells it as one token (",</w>" for CLIP).
ChunkingOptions chunking_options(const Tokenizer& tokenizer);

// Where an embedding's vectors replace token embeddings in a chunk (A1111's PromptChunkFix).
struct EmbeddingFix {
    int position = 0;  // index into PromptChunk::ids of its first vector (bos counted)
    int vectors = 0;
    std::string name;
};

struct PromptChunk {
    // chunk_length + 2 ids: bos, up to chunk_length text tokens, then eos repeated to the end
    // (A1111 pads with eos; encode_chunks puts the tokenizer's pad id after the first eos).
    std::vector<int64_t> ids;
    std::vector<float> weights;  // one per id; 1 for bos, eos and padding
    // Embeddings in this chunk; their ids are placeholders (0) and their weights the run's weight.
    std::vector<EmbeddingFix> fixes;
    // Positions after bos holding text tokens or embedding vectors; the rest up to the end is eos.
    int length = 0;
    // Where the chunk's text begins and ends, for showing its boundaries: tokens of the whole
    // prompt (bos/eos/padding not counted) [token_begin, token_end), and the weighted run and
    // token inside that run it begins at. An empty chunk (made by BREAK, or an empty prompt) has
    // token_begin == token_end and begins where the next text would.
    int token_begin = 0;
    int token_end = 0;
    size_t run = 0;
    int token_in_run = 0;
    int text_tokens() const { return token_end - token_begin; }
};

struct ChunkedPrompt {
    std::vector<PromptChunk> chunks;  // never empty: an empty prompt is one chunk of bos, eos...
    // A1111's token_count: every chunk but the last counts chunk_length (padding included), the
    // last its text tokens. This is the counter's numerator ("80/150").
    int token_count = 0;
    int chunk_length = 75;
    // A1111's get_target_prompt_token_count: the counter's denominator, a multiple of chunk_length.
    int target_token_count() const;
};

// tokenize_line of A1111 on already parsed runs (parse_prompt_attention). Each run is tokenized
// on its own, as A1111 does. A BREAK run ends the current chunk, padding it (an empty one too).
// When a chunk is full and the next token is not a comma, a comma within comma_backtrack tokens
// of its end moves the text after it into the next chunk. An embedding's name (options.embeddings)
// becomes its n vectors' positions, counted as n tokens; when they do not fit in the chunk it
// starts the next one (a chunk never splits an embedding). Throws Error when chunk_length < 1 or
// the prompt names a refused embedding (its reason).
ChunkedPrompt chunk_runs(const Tokenizer& tokenizer, const std::vector<WeightedText>& runs,
                         const ChunkingOptions& options);

// parse_prompt_attention(prompt), then chunk_runs with chunking_options(tokenizer) and `embeddings`.
ChunkedPrompt chunk_prompt(const Tokenizer& tokenizer, const std::string& prompt,
                           const EmbeddingMatcher* embeddings = nullptr);

// A1111's empty_chunk: bos, then eos to the end, weights 1 (pads a shorter prompt of a batch).
PromptChunk empty_chunk(const Tokenizer& tokenizer, int chunk_length);

// For a token counter: the counts A1111 shows under the prompt box.
struct PromptTokenCount {
    int tokens = 0;  // ChunkedPrompt::token_count
    int target = 0;  // ChunkedPrompt::target_token_count()
    int chunks = 0;
};
// An embedding counts as its n vectors, as in A1111's counter.
PromptTokenCount count_prompt_tokens(const Tokenizer& tokenizer, const std::string& prompt,
                                     const EmbeddingMatcher* embeddings = nullptr);

}  // namespace stipple
