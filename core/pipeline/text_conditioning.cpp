#include "pipeline/text_conditioning.h"

#include "common/error.h"
#include "pipeline/chunked_text_encoding.h"
#include "text/prompt_parser.h"

#include <algorithm>
#include <cmath>

namespace stipple {

std::vector<std::string> request_prompts(const GenerationRequest& request) {
    return request.prompts.empty() ? std::vector<std::string>{request.prompt} : request.prompts;
}

std::vector<std::string> request_negatives(const GenerationRequest& request) {
    if (!request.negative_prompts.empty()) return request.negative_prompts;
    if (!request.negative_prompt.empty()) return {request.negative_prompt};
    return {};
}

namespace {

struct Encoded {
    at::Tensor embeds;  // [P,77,D]
    at::Tensor pooled;  // SDXL [P,proj]
};

at::Tensor ids_for(const Tokenizer& tokenizer, const std::vector<std::string>& texts, const at::Device& device) {
    std::vector<std::vector<int64_t>> rows;
    for (const auto& text : texts) rows.push_back(tokenize_for_model(tokenizer, text, tokenizer.model_max_length()).ids);
    return token_ids_tensor(rows).to(device);
}

// SD 1.x/2.x: last hidden state, or final_layer_norm(hidden_states[-(clip_skip + 1)]).
HiddenPick sd_pick(const TextEncoderSet& e, int clip_skip) {
    return [&e, clip_skip](const CLIPTextOutput& out) {
        if (clip_skip <= 0) return out.last_hidden_state.to(at::kFloat);
        const int n = static_cast<int>(out.hidden_states.size());
        if (clip_skip + 1 > n) throw Error("clip skip " + std::to_string(clip_skip) + " exceeds the text encoder's layers");
        return e.text_encoder->final_layer_norm(out.hidden_states[n - 1 - clip_skip]).to(at::kFloat);
    };
}

// SDXL: hidden_states[-(clip_skip + 2)] of either encoder, without final_layer_norm.
HiddenPick sdxl_pick(int clip_skip) {
    return [clip_skip](const CLIPTextOutput& o) {
        const int n = static_cast<int>(o.hidden_states.size());
        if (clip_skip + 2 > n) throw Error("clip skip " + std::to_string(clip_skip) + " exceeds the text encoder's layers");
        return o.hidden_states[n - 2 - clip_skip].to(at::kFloat);
    };
}

Encoded encode_sd(const TextEncoderSet& e, const std::vector<std::string>& texts, int clip_skip, const at::Device& device) {
    return {sd_pick(e, clip_skip)(e.text_encoder->forward(ids_for(*e.tokenizer, texts, device))), {}};
}

// SDXL: both encoders side by side; pooled = text_embeds of encoder 2.
Encoded encode_sdxl(const TextEncoderSet& e, const std::vector<std::string>& texts, int clip_skip, const at::Device& device) {
    CLIPTextOutput one = e.text_encoder->forward(ids_for(*e.tokenizer, texts, device));
    CLIPTextOutput two = e.text_encoder_2->forward(ids_for(*e.tokenizer_2, texts, device));
    const HiddenPick pick = sdxl_pick(clip_skip);
    return {at::cat({pick(one), pick(two)}, -1), two.text_embeds.to(at::kFloat)};
}

// A1111 style, one text per group: texts of different lengths stacked as A1111's stack_conds
// (last vector repeated).
Encoded encode_a1111(const TextEncoderSet& e, const std::vector<std::string>& texts, int clip_skip,
                     Emphasis emphasis, const at::Device& device) {
    std::vector<std::vector<std::string>> groups;
    for (const auto& text : texts) groups.push_back({text});
    std::vector<at::Tensor> rows, pooled;
    for (const EncodedGroup& g : encode_groups_a1111(e, groups, clip_skip, emphasis, device)) {
        rows.push_back(g.embeds[0]);
        if (e.sdxl()) pooled.push_back(g.pooled[0]);
    }
    return {stack_conds(rows), e.sdxl() ? at::stack(pooled) : at::Tensor()};
}

// diffusers' repeat(1, n, 1).view(P * n, ...): each prompt's rows stay together.
at::Tensor repeat_per_prompt(const at::Tensor& t, int64_t per_prompt) {
    if (!t.defined()) return t;
    return t.repeat_interleave(per_prompt, 0);
}

}  // namespace

EmbeddingWidths embedding_widths(const TextEncoderSet& e) {
    EmbeddingWidths w;
    w.first = e.text_encoder->config().hidden_size;
    if (e.sdxl()) w.second = e.text_encoder_2->config().hidden_size;
    return w;
}

void attach_embeddings(TextEncoderSet& e, std::shared_ptr<const EmbeddingLibrary> library) {
    e.embedding_names.reset();
    e.embedding_names_2.reset();
    e.embeddings = std::move(library);
    if (!e.embeddings) return;
    e.embedding_names = std::make_shared<EmbeddingMatcher>(*e.tokenizer, embedding_names(*e.embeddings));
    if (e.sdxl()) e.embedding_names_2 = std::make_shared<EmbeddingMatcher>(*e.tokenizer_2, embedding_names(*e.embeddings));
}

namespace {

// Textual inversion for one encoder: its tokenizer's spelling of the names and the vectors it
// takes (SDXL: clip_l for text_encoder, clip_g for text_encoder_2). Empty without embeddings.
struct EncoderEmbeddings {
    const EmbeddingMatcher* names = nullptr;
    EmbeddingVectors vectors;
};

EncoderEmbeddings encoder_embeddings(const TextEncoderSet& e, bool second) {
    if (!e.embeddings) return {};
    const std::shared_ptr<const EmbeddingLibrary> library = e.embeddings;
    EncoderEmbeddings out;
    out.names = second ? e.embedding_names_2.get() : e.embedding_names.get();
    out.vectors = [library, second](const std::string& name) {
        const TextualInversion* t = library->find(name);
        if (!t || !t->usable()) throw Error("embedding '" + name + "' is not loaded");
        return second ? t->second : t->first;
    };
    return out;
}

}  // namespace

// Chunk i of every text of every group goes through the encoder in one batch; the weights' mean
// restore is taken per group (encode_chunked). SDXL: both encoders chunked the same way (A1111
// hijacks each embedder alike), each weighted and mean-restored on its own, then side by side;
// pooled = text_embeds of encoder 2's first chunk.
std::vector<EncodedGroup> encode_groups_a1111(const TextEncoderSet& e, const std::vector<std::vector<std::string>>& groups,
                                              int clip_skip, Emphasis emphasis, const at::Device& device) {
    std::vector<std::vector<std::vector<WeightedText>>> parsed(groups.size());
    for (size_t g = 0; g < groups.size(); ++g) {
        for (const auto& text : groups[g]) {
            if (emphasis == Emphasis::None) {
                parsed[g].push_back({WeightedText{text, 1.0}});  // A1111: [[line, 1.0]], brackets as text
                continue;
            }
            parsed[g].push_back(parse_prompt_attention(text));
            for (const WeightedText& run : parsed[g].back())
                if (!std::isfinite(run.weight))
                    throw Error("a weight in the prompt overflows (" + std::to_string(run.weight) + " for \"" +
                                run.text.substr(0, 40) + "\"): use fewer brackets or a smaller (text:weight)");
        }
    }
    auto encode = [&](const Tokenizer& tokenizer, CLIPTextModel& encoder, const HiddenPick& pick, bool second) {
        const EncoderEmbeddings embeddings = encoder_embeddings(e, second);
        ChunkingOptions options = chunking_options(tokenizer);
        options.embeddings = embeddings.names;
        std::vector<std::vector<ChunkedPrompt>> chunked(groups.size());
        for (size_t g = 0; g < groups.size(); ++g)
            for (const auto& runs : parsed[g]) chunked[g].push_back(chunk_runs(tokenizer, runs, options));
        return encode_chunked(tokenizer, encoder, chunked, pick, device, embeddings.vectors, emphasis);
    };
    std::vector<EncodedGroup> out(groups.size());
    // Weights are finite but may still overflow float32 once multiplied in (1.1^1000 from nested
    // brackets): A1111 then draws noise from NaN embeddings; say so instead.
    auto check_finite = [&](const at::Tensor& t) {
        if (!at::isfinite(t).all().item<bool>())
            throw Error("the prompt's attention weights are too large: its text embeddings overflow "
                        "(hundreds of nested brackets, or a weight such as (text:1e30)); use smaller weights");
        return t;
    };
    if (!e.sdxl()) {
        const std::vector<ChunkedEmbeddings> one = encode(*e.tokenizer, *e.text_encoder, sd_pick(e, clip_skip), false);
        for (size_t g = 0; g < groups.size(); ++g)
            for (int64_t t = 0; t < one[g].embeds.size(0); ++t) out[g].embeds.push_back(check_finite(one[g].embeds[t]));
        return out;
    }
    const HiddenPick pick = sdxl_pick(clip_skip);
    const std::vector<ChunkedEmbeddings> one = encode(*e.tokenizer, *e.text_encoder, pick, false);
    const std::vector<ChunkedEmbeddings> two = encode(*e.tokenizer_2, *e.text_encoder_2, pick, true);
    for (size_t g = 0; g < groups.size(); ++g) {
        if (one[g].embeds.size(1) != two[g].embeds.size(1))
            throw Error("the two tokenizers split the prompt \"" + groups[g].front().substr(0, 60) +
                        "\" into different numbers of chunks (" + std::to_string(one[g].embeds.size(1)) + " and " +
                        std::to_string(two[g].embeds.size(1)) +
                        " positions): this model's tokenizers do not share a vocabulary; use the diffusers prompt style");
        for (int64_t t = 0; t < one[g].embeds.size(0); ++t) {
            out[g].embeds.push_back(check_finite(at::cat({one[g].embeds[t], two[g].embeds[t]}, -1)));
            out[g].pooled.push_back(two[g].pooled[t]);
        }
    }
    return out;
}

Conditioning encode_prompts(const TextEncoderSet& e, const GenerationRequest& request, int64_t batch, bool guided,
                            const at::Device& device) {
    const std::vector<std::string> prompts = request_prompts(request);
    const int64_t count = static_cast<int64_t>(prompts.size());
    if (batch % count != 0)
        throw Error(std::to_string(batch) + " images cannot be split evenly over " + std::to_string(count) + " prompts");
    const int64_t per_prompt = batch / count;
    const bool a1111 = request.prompt_style == PromptStyle::A1111;
    // Textual-inversion embeddings are used in A1111 style only: the Diffusers style reproduces
    // diffusers 0.25.1, where an embedding exists only after load_textual_inversion() registers
    // a token for it, so a plain diffusers pipeline reads the name as words; keeping that style
    // free of embeddings keeps its parity with diffusers whatever the embeddings folders hold.
    auto encode = [&](const std::vector<std::string>& texts, int clip_skip) {
        if (a1111) return encode_a1111(e, texts, clip_skip, request.emphasis, device);
        return e.sdxl() ? encode_sdxl(e, texts, clip_skip, device) : encode_sd(e, texts, clip_skip, device);
    };

    // A1111 reads every prompt through its AND split; a prompt that reaches this path has one
    // part of weight 1 (scheduled_conditioning.h takes the others), whose text drops a trailing
    // ":1" weight and trailing whitespace.
    std::vector<std::string> texts = prompts;
    if (a1111)
        for (std::string& text : texts) text = split_and(text).front().text;
    Encoded positive = encode(texts, request.clip_skip);
    Conditioning out;
    out.embeds = repeat_per_prompt(positive.embeds, per_prompt);
    out.pooled = repeat_per_prompt(positive.pooled, per_prompt);
    if (!guided) return out;

    std::vector<std::string> negatives = request_negatives(request);
    if (negatives.size() > 1 && static_cast<int64_t>(negatives.size()) != count)
        throw Error(std::to_string(negatives.size()) + " negative prompts were given for " + std::to_string(count) +
                    " prompt(s): give one negative prompt, or one per prompt");
    Encoded negative;
    if (a1111) {
        if (negatives.empty()) negatives = {""};
        if (negatives.size() == 1) negatives.assign(static_cast<size_t>(count), negatives[0]);
        // A1111 encodes the negative prompt with clip skip too.
        negative = encode(negatives, request.clip_skip);
        if (e.sdxl()) {
            // A1111's sd_models_xl: an empty negative prompt is zeros (embeddings and pooled), for
            // every SDXL model, whether or not it was typed as "".
            for (size_t i = 0; i < negatives.size(); ++i) {
                if (!negatives[i].empty()) continue;
                negative.embeds[static_cast<int64_t>(i)].zero_();
                negative.pooled[static_cast<int64_t>(i)].zero_();
            }
        }
        at::Tensor uncond = repeat_per_prompt(negative.embeds, per_prompt);
        if (uncond.size(1) == out.embeds.size(1)) {
            out.embeds = at::cat({uncond, out.embeds});
        } else {
            out.uncond_embeds = uncond;
        }
        if (out.pooled.defined()) out.pooled = at::cat({repeat_per_prompt(negative.pooled, per_prompt), out.pooled});
        return out;
    }
    if (negatives.empty() && e.sdxl() && e.force_zeros_for_empty_prompt) {
        negative = {at::zeros_like(positive.embeds), at::zeros_like(positive.pooled)};
    } else {
        if (negatives.empty()) negatives = {""};
        if (negatives.size() == 1) negatives.assign(static_cast<size_t>(count), negatives[0]);
        // diffusers 0.25.1 encodes the negative prompt without clip skip.
        negative = encode(negatives, 0);
    }
    out.embeds = at::cat({repeat_per_prompt(negative.embeds, per_prompt), out.embeds});
    if (out.pooled.defined()) out.pooled = at::cat({repeat_per_prompt(negative.pooled, per_prompt), out.pooled});
    return out;
}

}  // namespace stipple
