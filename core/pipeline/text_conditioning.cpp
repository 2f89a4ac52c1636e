#include "pipeline/text_conditioning.h"

#include "common/error.h"

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
Encoded encode_sd(const TextEncoderSet& e, const std::vector<std::string>& texts, int clip_skip, const at::Device& device) {
    CLIPTextOutput out = e.text_encoder->forward(ids_for(*e.tokenizer, texts, device));
    if (clip_skip <= 0) return {out.last_hidden_state.to(at::kFloat), {}};
    const int n = static_cast<int>(out.hidden_states.size());
    if (clip_skip + 1 > n) throw Error("clip skip " + std::to_string(clip_skip) + " exceeds the text encoder's layers");
    return {e.text_encoder->final_layer_norm(out.hidden_states[n - 1 - clip_skip]).to(at::kFloat), {}};
}

// SDXL: both encoders' hidden_states[-(clip_skip + 2)] side by side; pooled = text_embeds of encoder 2.
Encoded encode_sdxl(const TextEncoderSet& e, const std::vector<std::string>& texts, int clip_skip, const at::Device& device) {
    CLIPTextOutput one = e.text_encoder->forward(ids_for(*e.tokenizer, texts, device));
    CLIPTextOutput two = e.text_encoder_2->forward(ids_for(*e.tokenizer_2, texts, device));
    auto pick = [&](const CLIPTextOutput& o) {
        const int n = static_cast<int>(o.hidden_states.size());
        if (clip_skip + 2 > n) throw Error("clip skip " + std::to_string(clip_skip) + " exceeds the text encoder's layers");
        return o.hidden_states[n - 2 - clip_skip].to(at::kFloat);
    };
    return {at::cat({pick(one), pick(two)}, -1), two.text_embeds.to(at::kFloat)};
}

// diffusers' repeat(1, n, 1).view(P * n, ...): each prompt's rows stay together.
at::Tensor repeat_per_prompt(const at::Tensor& t, int64_t per_prompt) {
    if (!t.defined()) return t;
    return t.repeat_interleave(per_prompt, 0);
}

}  // namespace

Conditioning encode_prompts(const TextEncoderSet& e, const GenerationRequest& request, int64_t batch, bool guided,
                            const at::Device& device) {
    const std::vector<std::string> prompts = request_prompts(request);
    const int64_t count = static_cast<int64_t>(prompts.size());
    if (batch % count != 0)
        throw Error(std::to_string(batch) + " images cannot be split evenly over " + std::to_string(count) + " prompts");
    const int64_t per_prompt = batch / count;
    auto encode = [&](const std::vector<std::string>& texts, int clip_skip) {
        return e.sdxl() ? encode_sdxl(e, texts, clip_skip, device) : encode_sd(e, texts, clip_skip, device);
    };

    Encoded positive = encode(prompts, request.clip_skip);
    Conditioning out{repeat_per_prompt(positive.embeds, per_prompt), repeat_per_prompt(positive.pooled, per_prompt)};
    if (!guided) return out;

    std::vector<std::string> negatives = request_negatives(request);
    if (negatives.size() > 1 && static_cast<int64_t>(negatives.size()) != count)
        throw Error(std::to_string(negatives.size()) + " negative prompts were given for " + std::to_string(count) +
                    " prompt(s): give one negative prompt, or one per prompt");
    Encoded negative;
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
