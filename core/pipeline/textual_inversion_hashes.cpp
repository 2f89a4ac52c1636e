#include "pipeline/textual_inversion_hashes.h"

#include "pipeline/text_conditioning.h"
#include "text/embedding_matcher.h"
#include "text/extra_networks.h"
#include "text/prompt_chunks.h"
#include "text/prompt_parser.h"

#include <algorithm>

namespace stipple {

namespace {

// The texts of one A1111 encoder call: each distinct text's prompt-editing texts.
std::vector<std::string> call_texts(const std::vector<std::string>& distinct, int steps) {
    std::vector<std::string> texts;
    for (const std::string& text : distinct)
        for (const ScheduledText& entry : prompt_schedule(text, steps)) texts.push_back(entry.text);
    return texts;
}

void add_distinct(std::vector<std::string>& list, const std::string& text) {
    if (std::find(list.begin(), list.end(), text) == list.end()) list.push_back(text);
}

// The embeddings one call meets, in its order: chunk i of every text before chunk i + 1.
std::vector<std::string> used_in_call(const std::vector<std::string>& texts, const Tokenizer& tokenizer,
                                      const EmbeddingMatcher& matcher) {
    ChunkingOptions options = chunking_options(tokenizer);
    options.embeddings = &matcher;
    std::vector<ChunkedPrompt> chunked;
    size_t most = 0;
    for (const std::string& text : texts) {
        chunked.push_back(chunk_runs(tokenizer, parse_prompt_attention(text), options));
        most = std::max(most, chunked.back().chunks.size());
    }
    std::vector<std::string> names;
    for (size_t i = 0; i < most; ++i)
        for (const ChunkedPrompt& c : chunked)
            if (i < c.chunks.size())
                for (const EmbeddingFix& fix : c.chunks[i].fixes) add_distinct(names, fix.name);
    return names;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> textual_inversion_hashes(const EmbeddingLibrary& library,
                                                                          const Tokenizer& tokenizer,
                                                                          const GenerationRequest& request) {
    if (request.prompt_style != PromptStyle::A1111 || library.embeddings().empty()) return {};
    const EmbeddingMatcher matcher(tokenizer, embedding_names(library));
    std::vector<std::string> parts, negatives;
    // A1111 removes extra-network tags (<lora:…>) from the prompts before encoding them; the
    // negative prompts keep theirs (text/extra_networks.h).
    for (const std::string& prompt : parse_batch_extra_networks(request_prompts(request)).prompts)
        for (const SubPrompt& part : split_and(prompt)) add_distinct(parts, part.text);
    std::vector<std::string> given = request_negatives(request);
    if (given.empty()) given = {""};
    for (const std::string& negative : given) add_distinct(negatives, negative);

    std::vector<std::string> names = used_in_call(call_texts(parts, request.steps), tokenizer, matcher);
    for (const std::string& name : used_in_call(call_texts(negatives, request.steps), tokenizer, matcher))
        add_distinct(names, name);
    std::vector<std::pair<std::string, std::string>> out;
    for (const std::string& name : names) {
        const TextualInversion* t = library.find(name);
        if (!t || t->shorthash().empty()) continue;
        std::string shown;
        for (char c : name)
            if (c != ':' && c != ',') shown.push_back(c);
        out.emplace_back(shown, t->shorthash());
    }
    return out;
}

}  // namespace stipple
