#include "text/prompt_chunks.h"

#include "common/error.h"

#include <algorithm>

namespace stipple {

namespace {

// Where one token of the chunk being filled came from.
struct Origin {
    int token = 0;  // index among all text tokens of the prompt
    size_t run = 0;
    int token_in_run = 0;
};

// The chunk being filled: text tokens only (bos/eos are added when it is closed).
struct OpenChunk {
    std::vector<int64_t> ids;
    std::vector<float> weights;
    std::vector<Origin> origins;
    std::vector<EmbeddingFix> fixes;  // positions among `ids` (bos not yet counted)
};

class Chunker {
public:
    Chunker(const Tokenizer& tokenizer, const ChunkingOptions& options) : tok_(tokenizer), opt_(options) {}

    ChunkedPrompt run(const std::vector<WeightedText>& runs) {
        out_.chunk_length = opt_.chunk_length;
        int next_token = 0;  // global index of the next text token
        for (size_t r = 0; r < runs.size(); ++r) {
            here_ = {next_token, r, 0};
            if (runs[r].is_break()) {
                close(false);
                continue;
            }
            const std::vector<int64_t> ids = tok_.encode(runs[r].text);
            // A1111 multiplies in float32 (torch.asarray of the python floats).
            const float weight = static_cast<float>(runs[r].weight);
            for (size_t i = 0; i < ids.size();) {
                const Origin origin{next_token, r, static_cast<int>(i)};
                here_ = origin;
                make_room(ids[i]);
                const EmbeddingMatch match = opt_.embeddings ? opt_.embeddings->at(ids, i) : EmbeddingMatch{};
                if (!match.embedding) {
                    push(ids[i], weight, origin);
                    ++i, ++next_token;
                    continue;
                }
                if (!match.embedding->refused.empty()) throw Error(match.embedding->refused);
                add_embedding(*match.embedding, weight, origin, static_cast<int>(match.length));
                i += match.length;
                next_token += static_cast<int>(match.length);
            }
        }
        here_ = {next_token, runs.empty() ? 0 : runs.size() - 1, 0};
        if (!open_.ids.empty() || out_.chunks.empty()) close(true);
        return std::move(out_);
    }

private:
    // A1111's steps before placing a token (or an embedding named from this token on): note a
    // comma, move the text after a near comma on when the chunk is full, close a full chunk.
    void make_room(int64_t id) {
        const int length = static_cast<int>(open_.ids.size());
        if (id == opt_.comma_id && opt_.comma_id >= 0) {
            last_comma_ = length;
        } else if (opt_.comma_backtrack != 0 && length == opt_.chunk_length && last_comma_ != -1 &&
                   length - last_comma_ <= opt_.comma_backtrack) {
            // The chunk is full and a comma is near its end: the text after the comma moves on.
            // As in A1111, an embedding's fix stays with the chunk it was placed in (A1111 moves
            // tokens and multipliers only): its vectors then land on that chunk's padding and
            // the moved placeholders are read as token 0. Kept so restored images match A1111.
            const auto cut = static_cast<std::ptrdiff_t>(last_comma_ + 1);
            OpenChunk moved;
            moved.ids.assign(open_.ids.begin() + cut, open_.ids.end());
            moved.weights.assign(open_.weights.begin() + cut, open_.weights.end());
            moved.origins.assign(open_.origins.begin() + cut, open_.origins.end());
            open_.ids.resize(static_cast<size_t>(cut));
            open_.weights.resize(static_cast<size_t>(cut));
            open_.origins.resize(static_cast<size_t>(cut));
            close(false);
            open_ = std::move(moved);
        }
        if (static_cast<int>(open_.ids.size()) == opt_.chunk_length) close(false);
    }

    void push(int64_t id, float weight, const Origin& origin) {
        open_.ids.push_back(id);
        open_.weights.push_back(weight);
        open_.origins.push_back(origin);
    }

    // A1111: an embedding that does not fit in the chunk's room starts the next chunk; its n
    // positions hold placeholder id 0 with the run's weight. The positions point back at the
    // name's tokens (the last at its last token, so a chunk ending here ends after the name).
    void add_embedding(const EmbeddingName& e, float weight, const Origin& origin, int name_tokens) {
        if (static_cast<int>(open_.ids.size()) + e.vectors > opt_.chunk_length) close(false);
        open_.fixes.push_back({static_cast<int>(open_.ids.size()), e.vectors, e.name});
        for (int k = 0; k < e.vectors; ++k) {
            Origin o = origin;
            if (k == e.vectors - 1) o.token += name_tokens - 1;
            push(0, weight, o);
        }
    }

    // A1111's next_chunk: pad with eos to chunk_length, wrap in bos/eos. Every chunk but the
    // last counts chunk_length tokens, the last only its own.
    void close(bool is_last) {
        const int length = static_cast<int>(open_.ids.size());
        out_.token_count += is_last ? length : opt_.chunk_length;
        PromptChunk chunk;
        const int64_t eos = tok_.eos_id();
        if (tok_.bos_id() >= 0) {
            chunk.ids.push_back(tok_.bos_id());
            chunk.weights.push_back(1.0f);
        }
        chunk.length = length;
        const int offset = static_cast<int>(chunk.ids.size());
        for (EmbeddingFix fix : open_.fixes) {
            fix.position += offset;
            chunk.fixes.push_back(std::move(fix));
        }
        chunk.ids.insert(chunk.ids.end(), open_.ids.begin(), open_.ids.end());
        chunk.weights.insert(chunk.weights.end(), open_.weights.begin(), open_.weights.end());
        chunk.ids.resize(chunk.ids.size() + static_cast<size_t>(opt_.chunk_length - length) + 1, eos);
        chunk.weights.resize(chunk.ids.size(), 1.0f);
        const Origin& first = open_.origins.empty() ? here_ : open_.origins.front();
        chunk.token_begin = first.token;
        chunk.token_end = open_.origins.empty() ? first.token : open_.origins.back().token + 1;
        chunk.run = first.run;
        chunk.token_in_run = first.token_in_run;
        out_.chunks.push_back(std::move(chunk));
        open_ = OpenChunk{};
        last_comma_ = -1;
    }

    const Tokenizer& tok_;
    const ChunkingOptions& opt_;
    ChunkedPrompt out_;
    OpenChunk open_;
    int last_comma_ = -1;
    Origin here_;  // where text would continue (for an empty chunk's boundary)
};

}  // namespace

int ChunkedPrompt::target_token_count() const {
    const int n = std::max(token_count, 1);
    return (n + chunk_length - 1) / chunk_length * chunk_length;
}

ChunkingOptions chunking_options(const Tokenizer& tokenizer) {
    ChunkingOptions options;
    options.chunk_length = tokenizer.model_max_length() - (tokenizer.bos_id() >= 0 ? 2 : 1);
    const std::vector<int64_t> comma = tokenizer.encode(",");
    options.comma_id = comma.size() == 1 ? comma[0] : -1;
    return options;
}

ChunkedPrompt chunk_runs(const Tokenizer& tokenizer, const std::vector<WeightedText>& runs,
                         const ChunkingOptions& options) {
    if (options.chunk_length < 1)
        throw Error("the tokenizer's model_max_length " + std::to_string(tokenizer.model_max_length()) +
                    " leaves no room for prompt tokens between its start and end tokens");
    return Chunker(tokenizer, options).run(runs);
}

ChunkedPrompt chunk_prompt(const Tokenizer& tokenizer, const std::string& prompt, const EmbeddingMatcher* embeddings) {
    ChunkingOptions options = chunking_options(tokenizer);
    options.embeddings = embeddings;
    return chunk_runs(tokenizer, parse_prompt_attention(prompt), options);
}

PromptChunk empty_chunk(const Tokenizer& tokenizer, int chunk_length) {
    ChunkingOptions options;
    options.chunk_length = chunk_length;
    return chunk_runs(tokenizer, {}, options).chunks.front();
}

PromptTokenCount count_prompt_tokens(const Tokenizer& tokenizer, const std::string& prompt,
                                     const EmbeddingMatcher* embeddings) {
    const ChunkedPrompt chunked = chunk_prompt(tokenizer, prompt, embeddings);
    return {chunked.token_count, chunked.target_token_count(), static_cast<int>(chunked.chunks.size())};
}

}  // namespace stipple
