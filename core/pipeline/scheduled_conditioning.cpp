#include "pipeline/scheduled_conditioning.h"

#include "common/error.h"
#include "pipeline/chunked_text_encoding.h"
#include "text/prompt_parser.h"

#include <algorithm>
#include <map>

namespace stipple {

namespace {

std::vector<std::string> negatives_for(const GenerationRequest& request, size_t prompts) {
    std::vector<std::string> negatives = request_negatives(request);
    if (negatives.empty()) negatives = {""};
    if (negatives.size() == 1) negatives.assign(prompts, negatives[0]);
    if (negatives.size() != prompts)
        throw Error(std::to_string(negatives.size()) + " negative prompts were given for " + std::to_string(prompts) +
                    " prompt(s): give one negative prompt, or one per prompt");
    return negatives;
}

bool weighted_or_split(const std::vector<SubPrompt>& parts) { return parts.size() > 1 || parts.front().weight != 1.0; }

}  // namespace

bool needs_scheduled_conditioning(const GenerationRequest& request, int steps) {
    if (request.prompt_style != PromptStyle::A1111) return false;
    for (const std::string& prompt : request_prompts(request)) {
        const std::vector<SubPrompt> parts = split_and(prompt);
        if (weighted_or_split(parts)) return true;
        for (const SubPrompt& part : parts)
            if (prompt_schedule(part.text, steps).size() > 1) return true;
    }
    for (const std::string& negative : request_negatives(request))
        if (prompt_schedule(negative, steps).size() > 1) return true;
    return false;
}

size_t ScheduledConditioning::Scheduled::index_at(int step) const {
    // A1111's reconstruct_cond_batch: the first text whose end is at or after the step, else the first.
    for (size_t k = 0; k < ends.size(); ++k)
        if (step <= ends[k]) return k;
    return 0;
}

ScheduledConditioning::ScheduledConditioning(const TextEncoderSet& encoders, const GenerationRequest& request,
                                             int64_t batch, bool guided, const at::Device& device, at::ScalarType dtype)
    : sdxl_(encoders.sdxl()), device_(device), dtype_(dtype) {
    const std::vector<std::string> prompts = request_prompts(request);
    const int64_t count = static_cast<int64_t>(prompts.size());
    if (batch % count != 0)
        throw Error(std::to_string(batch) + " images cannot be split evenly over " + std::to_string(count) + " prompts");
    const int64_t per_prompt = batch / count;

    // A1111's flat list: each distinct sub-prompt text once, in order of first appearance.
    std::vector<std::string> flat;
    std::map<std::string, size_t> index_of;
    std::vector<std::vector<std::pair<size_t, double>>> prompt_conds(prompts.size());
    uses_uncond_ = guided;
    for (size_t p = 0; p < prompts.size(); ++p) {
        const std::vector<SubPrompt> parts = split_and(prompts[p]);
        if (weighted_or_split(parts)) uses_uncond_ = true;
        for (const SubPrompt& part : parts) {
            auto [it, added] = index_of.emplace(part.text, flat.size());
            if (added) flat.push_back(part.text);
            prompt_conds[p].push_back({it->second, part.weight});
        }
    }

    // Each distinct text once, with its scheduled texts as one group; returns the groups' texts.
    auto encode = [&](const std::vector<std::string>& texts, std::vector<Scheduled>& out) {
        std::vector<std::vector<std::string>> groups;
        out.resize(texts.size());
        for (size_t i = 0; i < texts.size(); ++i) {
            std::vector<std::string> group;
            for (const ScheduledText& entry : prompt_schedule(texts[i], request.steps)) {
                out[i].ends.push_back(entry.end_at_step);
                group.push_back(entry.text);
            }
            groups.push_back(std::move(group));
        }
        // A1111 applies clip skip to the negative prompt too.
        std::vector<EncodedGroup> encoded = encode_groups_a1111(encoders, groups, request.clip_skip, request.emphasis, device);
        for (size_t i = 0; i < texts.size(); ++i) {
            out[i].embeds = std::move(encoded[i].embeds);
            out[i].pooled = std::move(encoded[i].pooled);
        }
        return groups;
    };
    encode(flat, conds_);
    std::vector<size_t> prompt_uncond(prompts.size(), 0);
    if (uses_uncond_) {
        // One negative for all prompts (the usual case) is encoded once, as A1111's cache does.
        std::vector<std::string> distinct;
        std::map<std::string, size_t> negative_index;
        const std::vector<std::string> negatives = negatives_for(request, prompts.size());
        for (size_t p = 0; p < negatives.size(); ++p) {
            auto [it, added] = negative_index.emplace(negatives[p], distinct.size());
            if (added) distinct.push_back(negatives[p]);
            prompt_uncond[p] = it->second;
        }
        const std::vector<std::vector<std::string>> groups = encode(distinct, unconds_);
        if (sdxl_) {
            // A1111's sd_models_xl: a negative prompt whose texts are all empty is zeros.
            for (size_t i = 0; i < groups.size(); ++i) {
                if (!std::all_of(groups[i].begin(), groups[i].end(), [](const std::string& t) { return t.empty(); }))
                    continue;
                for (at::Tensor& t : unconds_[i].embeds) t = at::zeros_like(t);
                for (at::Tensor& t : unconds_[i].pooled) t = at::zeros_like(t);
            }
        }
    }
    for (int64_t b = 0; b < batch; ++b) {
        const size_t p = static_cast<size_t>(b / per_prompt);
        image_conds_.push_back(prompt_conds[p]);
        image_uncond_.push_back(prompt_uncond[p]);
    }
}

const StepConditioning& ScheduledConditioning::at_step(int step) {
    std::vector<size_t> key;
    for (const Scheduled& c : conds_) key.push_back(c.index_at(step));
    for (const Scheduled& u : unconds_) key.push_back(u.index_at(step));
    if (key == cached_key_ && cached_.cond.defined()) return cached_;

    StepConditioning out;
    std::vector<at::Tensor> rows, pooled;
    for (size_t b = 0; b < image_conds_.size(); ++b) {
        for (const auto& [cond, weight] : image_conds_[b]) {
            const Scheduled& c = conds_[cond];
            const size_t k = c.index_at(step);
            rows.push_back(c.embeds[k]);
            if (sdxl_) pooled.push_back(c.pooled[k]);
            out.cond_image.push_back(static_cast<int64_t>(b));
            out.cond_weight.push_back(weight);
        }
    }
    out.cond = stack_conds(rows).to(device_, dtype_);
    if (sdxl_) out.cond_pooled = at::stack(pooled).to(device_, dtype_);
    if (uses_uncond_) {
        rows.clear();
        pooled.clear();
        for (size_t b = 0; b < image_uncond_.size(); ++b) {
            const Scheduled& u = unconds_[image_uncond_[b]];
            const size_t k = u.index_at(step);
            rows.push_back(u.embeds[k]);
            if (sdxl_) pooled.push_back(u.pooled[k]);
        }
        out.uncond = stack_conds(rows).to(device_, dtype_);
        if (sdxl_) out.uncond_pooled = at::stack(pooled).to(device_, dtype_);
    }
    cached_key_ = std::move(key);
    cached_ = std::move(out);
    return cached_;
}

}  // namespace stipple
