// GenerationRequest <-> A1111 infotext (see request_infotext.h).
#include "image/request_infotext.h"

#include "common/error.h"
#include "image/masked_content.h"
#include "image/postprocess_png.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <optional>
#include <cstdlib>

namespace stipple {

namespace {

// "Face detailer" for FaceDetail::detector "" (image/face_detect.h names it the same way).
const char* const kDefaultFaceDetector = "OpenCV Haar cascade";

}  // namespace

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
    // A1111 writes its restorer's name here, between "Seed" and "Size" (processing.py).
    const bool restored = request.face_detail && !request.face_detail->restorer.empty();
    const std::string restorer_kind = source.face_restoration;
    if (restored)
        t.set("Face restoration", !restorer_kind.empty() ? restorer_kind
                                                         : std::filesystem::path(request.face_detail->restorer).filename().string());
    t.set("Size", std::to_string(width) + "x" + std::to_string(height));
    if (!source.model_hash.empty()) t.set("Model hash", source.model_hash);
    if (!source.model_name.empty()) t.set("Model", source.model_name);
    if (!source.vae_hash.empty()) t.set("VAE hash", source.vae_hash);
    if (!source.vae_name.empty()) t.set("VAE", source.vae_name);
    // A1111 writes the variation keys only with a strength other than 0 (its variation then draws),
    // and "Seed resize from" whenever both sides are set, even when equal to the size.
    if (!request.variation_seeds.empty() && request.variation_strength != 0) {
        t.set("Variation seed", std::to_string(request.variation_seeds.front()));
        t.set("Variation seed strength", format_infotext_number(request.variation_strength));
    }
    if (request.seed_resize_from && request.seed_resize_from->first > 0 && request.seed_resize_from->second > 0)
        t.set("Seed resize from", std::to_string(request.seed_resize_from->first) + "x" +
                                      std::to_string(request.seed_resize_from->second));
    if (request.init_image || request.hires) t.set("Denoising strength", format_infotext_number(request.strength));
    if (request.mask && (request.inpaint_composite || request.inpaint_only_masked))
        t.set("Mask blur", std::to_string(request.mask_blur));
    if (request.mask && request.masked_content != static_cast<int>(MaskedContent::Original) &&
        request.masked_content >= 0 && request.masked_content <= 3)
        t.set("Masked content", masked_content_label(static_cast<MaskedContent>(request.masked_content)));
    if (request.mask && request.inpaint_only_masked) {  // A1111 writes these two only for "Only masked"
        t.set("Inpaint area", "Only masked");
        t.set("Masked area padding", std::to_string(request.masked_padding));
    }
    if (request.clip_skip >= 1) t.set("Clip skip", std::to_string(request.clip_skip + 1));  // A1111 counts from 1
    // A1111 writes ENSD only when its sampler draws step noise; Stipple cannot tell that from a label
    // here, and the key changes nothing for a sampler that does not draw, so it is written whenever set.
    if (request.eta_noise_seed_delta != 0) t.set("ENSD", std::to_string(request.eta_noise_seed_delta));
    // Stipple's own key: step caching changes the pixels slightly, so a restore must cache alike.
    if (request.deep_cache_interval > 1) t.set("Deep cache", std::to_string(request.deep_cache_interval));
    // A1111 omits RNG for its default source; Stipple's default is CPU (diffusers' noise).
    if (request.noise_source != NoiseSource::CPU) t.set("RNG", noise_source_name(request.noise_source));
    // Stipple's own key (A1111 has none: its SDE samplers always use the tree unless the option "Do
    // not make DPM++ SDE deterministic across different batch sizes" is on, which no key records).
    // Written for the tree only: a Stipple image without it was made with diffusers' per-step noise.
    if (request.sde_noise == SdeNoise::BrownianTree) t.set("SDE noise", sde_noise_name(request.sde_noise));
    // Stipple's own key, only for the non-default style: A1111 reads its syntax, so its images
    // never need it, and a restore must know that "(cat:1.2)" was passed to CLIP as written.
    if (request.prompt_style == PromptStyle::Diffusers) t.set("Prompt style", "diffusers");
    // A1111 writes "Emphasis" only when its mode is not Original and a prompt it encoded (negative
    // included) has a bracket; read back, a missing key means Original.
    if (request.emphasis != Emphasis::Original && request.prompt_style == PromptStyle::A1111) {
        bool brackets = false;
        auto scan = [&](const std::string& text) { brackets = brackets || text.find_first_of("([") != std::string::npos; };
        scan(request.prompt), scan(request.negative_prompt);
        for (const auto& p : request.prompts) scan(p);
        for (const auto& n : request.negative_prompts) scan(n);
        if (brackets) t.set("Emphasis", emphasis_name(request.emphasis));
    }
    // Hires fix: A1111's extra_generation_params in the order its txt2img init() adds them, before
    // the extra networks' keys. "Hires resize" replaces "Hires upscale" when a size is given
    // (A1111 reads it back as "Hires resize-1" / "-2"); "Hires steps" only when not 0 (= Steps).
    if (request.hires) {
        const HiresFix& h = *request.hires;
        if (h.resize_width == 0 && h.resize_height == 0) t.set("Hires upscale", format_infotext_number(h.scale));
        else t.set("Hires resize", std::to_string(h.resize_width) + "x" + std::to_string(h.resize_height));
        if (h.steps != 0) t.set("Hires steps", std::to_string(h.steps));
        // An upscaler model given as a file: its name without folder and extension, as A1111 names
        // its upscalers (and no local path in a shared picture).
        const bool file = h.upscaler.find_first_of("/\\") != std::string::npos ||
                          std::filesystem::path(h.upscaler).extension() == ".safetensors";
        t.set("Hires upscaler", file ? std::filesystem::path(h.upscaler).stem().string() : h.upscaler);
    }
    // A face restorer: A1111's extras keys for it ("GFPGAN visibility"; "CodeFormer visibility",
    // "CodeFormer weight"), rounded to 3 places as A1111 rounds them; the detector only when not
    // the built-in one (a file's name, listed as not reproduced when read back).
    if (restored) {
        const FaceDetail& f = *request.face_detail;
        for (const auto& [key, value] :
             face_restore_info(restorer_kind.empty() ? "Face restoration" : restorer_kind, f.visibility, f.codeformer_weight))
            t.set(key, value);
        if (!f.detector.empty()) t.set("Face restoration detector", std::filesystem::path(f.detector).filename().string());
    }
    // Stipple's face detailer (A1111 needs the ADetailer extension, whose keys name its YOLO models).
    if (request.face_detail && !restored) {
        const FaceDetail& f = *request.face_detail;
        t.set("Face detailer", f.detector.empty() ? kDefaultFaceDetector : std::filesystem::path(f.detector).filename().string());
        t.set("Face detailer strength", format_infotext_number(f.strength));
        if (!f.prompt.empty()) t.set("Face detailer prompt", f.prompt);
        if (f.padding != FaceDetail{}.padding) t.set("Face detailer padding", std::to_string(f.padding));
    }
    // A1111's Lora extension adds this to extra_generation_params, which come just before Version.
    if (!source.lora_hashes.empty()) {
        std::string text;
        for (const auto& [name, hash] : source.lora_hashes) text += (text.empty() ? "" : ", ") + name + ": " + hash;
        t.set("Lora hashes", text);
    }
    // A1111 adds this from its CLIP hijack after the extra networks' keys (Lora hashes): last
    // before Version.
    if (!source.ti_hashes.empty()) {
        std::string text;
        for (const auto& [name, hash] : source.ti_hashes) text += (text.empty() ? "" : ", ") + name + ": " + hash;
        t.set("TI hashes", text);
    }
    if (!source.version.empty()) t.set("Version", source.version);
    return t;
}

namespace {
bool parse_int(const std::string& s, int& out) {
    auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}
bool parse_int64(const std::string& s, int64_t& out) {
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
    std::string sampler, schedule, version;
    bool prompt_style_given = false, sde_noise_given = false;
    bool has_strength = false, has_hires = false;
    std::optional<std::string> face_detector;  // "Face detailer"
    FaceDetail face;
    HiresFix hires;
    for (const auto& [key, value] : infotext.params) {
        // Hires keys are kept aside too until hires fix is known to be on (at the end).
        if (key == "Hires upscale" || key == "Hires resize" || key == "Hires steps" || key == "Hires upscaler")
            r.unknown.emplace_back(key, value);
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
            if (parse_double(value, v)) q.strength = v, has_strength = true;
            else bad(key, value, "a number");
        } else if (key == "Hires upscale") {
            double v = 0;
            if (parse_double(value, v) && std::isfinite(v)) hires.scale = v, has_hires = true;
            else bad(key, value, "a number");
        } else if (key == "Hires resize") {
            const auto s = parse_infotext_size(value);
            if (s && s->first >= 0 && s->second >= 0) hires.resize_width = s->first, hires.resize_height = s->second, has_hires = true;
            else bad(key, value, "WIDTHxHEIGHT");
        } else if (key == "Hires steps") {
            int v = 0;
            if (parse_int(value, v) && v >= 0) hires.steps = v;
            else bad(key, value, "an integer >= 0");
        } else if (key == "Hires upscaler") {
            hires.upscaler = value;
            has_hires = true;
        } else if (key == "Variation seed") {
            uint64_t v = 0;
            if (parse_uint64(value, v)) q.variation_seeds = {v};
            else bad(key, value, "an unsigned 64-bit integer");
        } else if (key == "Variation seed strength") {
            double v = 0;
            if (parse_double(value, v) && v >= 0 && v <= 1) q.variation_strength = v;
            else bad(key, value, "a number from 0 to 1");
        } else if (key == "Seed resize from") {
            const auto s = parse_infotext_size(value);
            if (s && s->first > 0 && s->second > 0) q.seed_resize_from = s;
            else bad(key, value, "WIDTHxHEIGHT");
        } else if (key == "ENSD") {
            int64_t v = 0;
            if (parse_int64(value, v)) q.eta_noise_seed_delta = v;
            else bad(key, value, "an integer");
        } else if (key == "Deep cache") {
            int v = 0;
            if (parse_int(value, v) && v >= 0) q.deep_cache_interval = v;
            else bad(key, value, "a step interval (0 or more)");
        } else if (key == "Emphasis") {
            try {
                q.emphasis = parse_emphasis(value);
            } catch (const Error&) {
                bad(key, value, "Original, No norm, Ignore or None");
            }
        } else if (key == "RNG") {
            try {
                q.noise_source = parse_noise_source(value);
            } catch (const Error&) {
                bad(key, value, "CPU, GPU or NV");
            }
        } else if (key == "SDE noise") {
            try {
                q.sde_noise = parse_sde_noise(value), sde_noise_given = true;
            } catch (const Error&) {
                bad(key, value, "diffusers or brownian");
            }
        } else if (key == "Model") {
            r.model_name = value;
        } else if (key == "Model hash") {
            r.model_hash = value;
        } else if (key == "VAE") {
            r.vae_name = value;
        } else if (key == "VAE hash") {
            r.vae_hash = value;
        } else if (key == "Lora hashes" || key == "TI hashes") {
            // Made again from the prompt's <lora:…> tags and embedding names; the hashes only
            // identify the files (a file of another hash under the same name draws differently).
            (key == "Lora hashes" ? r.lora_hashes : r.ti_hashes) = value;
        } else if (key == "Mask blur") {
            int v = 0;
            if (parse_int(value, v) && v >= 0 && v <= 256) q.mask_blur = v;
            else bad(key, value, "an integer from 0 to 256");
        } else if (key == "Masked content") {
            try {
                q.masked_content = static_cast<int>(parse_masked_content(value));
            } catch (const Error&) {
                bad(key, value, "fill, original, latent noise or latent nothing");
            }
        } else if (key == "Inpaint area") {
            if (value == "Only masked") q.inpaint_only_masked = true;
            else if (value == "Whole picture") q.inpaint_only_masked = false;
            else bad(key, value, "Whole picture or Only masked");
        } else if (key == "Masked area padding") {
            int v = 0;
            if (parse_int(value, v) && v >= 0 && v <= 4096) q.masked_padding = v;
            else bad(key, value, "an integer from 0 to 4096");
        } else if (key == "Prompt style") {
            if (value == "diffusers") q.prompt_style = PromptStyle::Diffusers, prompt_style_given = true;
            else if (value == "a1111") q.prompt_style = PromptStyle::A1111, prompt_style_given = true;
            else bad(key, value, "a1111 or diffusers");
        } else if (key == "Face detailer") {
            face_detector = value;
        } else if (key == "Face detailer strength") {
            double v = 0;
            if (parse_double(value, v) && v > 0 && v <= 1) face.strength = v;
            else bad(key, value, "a number in (0, 1]");
        } else if (key == "Face detailer prompt") {
            face.prompt = value;
        } else if (key == "Face detailer padding") {
            int v = 0;
            if (parse_int(value, v) && v >= 0 && v <= 4096) face.padding = v;
            else bad(key, value, "an integer from 0 to 4096");
        } else if (key == "Face restoration") {
            r.face_restoration = value;
        } else if (key == "GFPGAN visibility" || key == "CodeFormer visibility" || key == "Face restoration visibility") {
            double v = 0;
            if (parse_double(value, v) && v >= 0 && v <= 1) r.face_restore.visibility = v;
            else bad(key, value, "a number from 0 to 1");
        } else if (key == "CodeFormer weight") {
            double v = 0;
            if (parse_double(value, v) && v >= 0 && v <= 1) r.face_restore.codeformer_weight = v;
            else bad(key, value, "a number from 0 to 1");
        } else if (key == "Version") {
            version = value;
        } else {
            r.unknown.emplace_back(key, value);
        }
    }
    // A1111 turns hires fix on when the text has "Denoising strength" and "Hires upscale",
    // "Hires upscaler" or "Hires resize" (its enable_hr paste field); a lone "Hires steps" is not enough.
    if (has_strength && has_hires) {
        q.hires = hires;
        for (const char* used : {"Hires upscale", "Hires resize", "Hires steps", "Hires upscaler"})
            for (auto it = r.unknown.begin(); it != r.unknown.end();)
                it = it->first == used ? r.unknown.erase(it) : it + 1;
    }
    // The built-in detector is restored; a model file's name is not a path, so it is listed as not
    // reproduced (with the other face keys) instead of guessed.
    if (face_detector && *face_detector == kDefaultFaceDetector) {
        q.face_detail = face;
    } else if (face_detector) {
        r.unknown.emplace_back("Face detailer", *face_detector);
        for (const auto& [key, value] : infotext.params)
            if (key.rfind("Face detailer ", 0) == 0) r.unknown.emplace_back(key, value);
    }
    // Stipple 0.1.0 passed every prompt to CLIP as written (diffusers' way): its images are
    // made again only in that style. Later versions write "Prompt style" when it is not A1111's.
    if (!prompt_style_given && version == "stipple-0.1.0") q.prompt_style = PromptStyle::Diffusers;
    // Without the key: a Stipple image drew diffusers' noise; anything else (A1111, Forge) drew its
    // SDE samplers' noise ("DPM++ 2M SDE", "DPM++ SDE Karras", ...) from the Brownian tree.
    const bool by_stipple = version.size() >= 7 && std::equal(version.begin(), version.begin() + 7, "stipple",
                                                               [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
    if (!sde_noise_given && !by_stipple && sampler.find("SDE") != std::string::npos) q.sde_noise = SdeNoise::BrownianTree;
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
