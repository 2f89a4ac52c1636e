// GenerationRequest <-> A1111 infotext (see request_infotext.h).
#include "image/request_infotext.h"

#include <charconv>
#include <cstdlib>

namespace stipple {

bool parse_uint64(const std::string& text, uint64_t& out) {
    if (text.empty() || text.size() > 20) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    auto r = std::from_chars(text.data(), text.data() + text.size(), out);
    return r.ec == std::errc() && r.ptr == text.data() + text.size();
}

Infotext infotext_for_image(const GenerationRequest& request, uint64_t seed, int width, int height,
                            const InfotextSource& source) {
    Infotext t;
    t.prompt = request.prompt;
    t.negative_prompt = request.negative_prompt;
    t.set("Steps", std::to_string(request.steps));
    // Not an A1111 key: an image stopped early with "Finish now" is the x0 estimate of this step.
    if (request.stop_at_step > 0) t.set("Finished at step", std::to_string(request.stop_at_step));
    if (!request.scheduler.empty()) {
        const SamplerFields f = sampler_fields_from_label(request.scheduler);
        t.set("Sampler", f.sampler);
        t.set("Schedule type", f.schedule_type);
    }
    t.set("CFG scale", format_infotext_number(request.guidance_scale));
    t.set("Seed", std::to_string(seed));
    t.set("Size", std::to_string(width) + "x" + std::to_string(height));
    if (!source.model_hash.empty()) t.set("Model hash", source.model_hash);
    if (!source.model_name.empty()) t.set("Model", source.model_name);
    if (request.init_image) t.set("Denoising strength", format_infotext_number(request.strength));
    if (request.clip_skip >= 1) t.set("Clip skip", std::to_string(request.clip_skip + 1));  // A1111 counts from 1
    if (!source.version.empty()) t.set("Version", source.version);
    return t;
}

namespace {
bool parse_int(const std::string& s, int& out) {
    auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}
bool parse_double(const std::string& s, double& out) {
    if (s.empty()) return false;
    char* end = nullptr;
    out = std::strtod(s.c_str(), &end);
    return end == s.c_str() + s.size();
}
}  // namespace

RestoredRequest request_from_infotext(const Infotext& infotext) {
    RestoredRequest r;
    GenerationRequest& q = r.request;
    q.prompt = infotext.prompt;
    q.negative_prompt = infotext.negative_prompt;
    const auto bad = [&](const std::string& key, const std::string& value, const std::string& what) {
        r.problems.push_back(key + ": \"" + value + "\" is not " + what);
    };
    std::string sampler, schedule;
    for (const auto& [key, value] : infotext.params) {
        if (key == "Steps") {
            int v = 0;
            if (parse_int(value, v) && v > 0) q.steps = v, r.has_steps = true;
            else bad(key, value, "a positive integer");
        } else if (key == "Finished at step") {
            int v = 0;
            if (parse_int(value, v) && v > 0) q.stop_at_step = v;
            else bad(key, value, "a positive integer");
        } else if (key == "CFG scale") {
            double v = 0;
            if (parse_double(value, v)) q.guidance_scale = v, r.has_cfg = true;
            else bad(key, value, "a number");
        } else if (key == "Seed") {
            uint64_t v = 0;
            if (parse_uint64(value, v)) q.seeds = {v}, r.has_seed = true;
            else bad(key, value, "an unsigned 64-bit integer");
        } else if (key == "Size") {
            if (auto s = parse_infotext_size(value)) q.width = s->first, q.height = s->second, r.has_size = true;
            else bad(key, value, "WIDTHxHEIGHT");
        } else if (key == "Sampler") {
            sampler = value;
        } else if (key == "Schedule type") {
            schedule = value;
        } else if (key == "Clip skip") {
            int v = 0;
            if (parse_int(value, v) && v >= 1) q.clip_skip = v - 1;
            else bad(key, value, "an integer >= 1");
        } else if (key == "Denoising strength") {
            double v = 0;
            if (parse_double(value, v)) q.strength = v;
            else bad(key, value, "a number");
        } else if (key == "Model") {
            r.model_name = value;
        } else if (key == "Model hash") {
            r.model_hash = value;
        } else if (key == "Version") {
            // informational only
        } else {
            r.unknown.emplace_back(key, value);
        }
    }
    if (!sampler.empty()) {
        q.scheduler = sampler_label_from_fields(sampler, schedule);
        r.has_sampler = true;
    }
    // A schedule Stipple's labels cannot express stays visible instead of silently changing meaning.
    if (!schedule.empty() && schedule != "Automatic" && !(schedule == "Karras" && !sampler.empty()))
        r.unknown.emplace_back("Schedule type", schedule);
    return r;
}

}  // namespace stipple
