#include "cli/request_options.h"
#include "image/resize_mode.h"

#include "cli/output_files.h"
#include "common/error.h"
#include "image/face_restorer.h"
#include "image/masked_content.h"
#include "image/outpaint.h"
#include "image/image_io.h"
#include "image/infotext.h"
#include "pipeline/hires_fix.h"
#include "pipeline/runtime.h"
#include "text/textual_inversion.h"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <random>

namespace stipple::cli {

namespace {
// A seed for when none is given: A1111's range (below 2^32).
uint64_t random_seed() {
    std::random_device rd;
    return (static_cast<uint64_t>(rd()) << 32 | rd()) % 4294967296ull;
}
// "--outpaint 64" (every side) or "--outpaint 0,0,128,0" (left, top, right, bottom).
CanvasExtension parse_sides(const std::string& text) {
    std::vector<int> v;
    size_t start = 0;
    while (true) {
        const size_t comma = text.find(',', start);
        const std::string part = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        uint64_t n = 0;
        try {
            n = parse_u64(part, "--outpaint");
        } catch (const Error&) {
            throw Error("--outpaint takes pixels as N or LEFT,TOP,RIGHT,BOTTOM (e.g. 0,0,128,0), not '" + text + "'");
        }
        if (n > 8192) throw Error("--outpaint adds at most 8192 px on a side, not " + part);
        v.push_back(static_cast<int>(n));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    if (v.size() == 1) return {v[0], v[0], v[0], v[0]};
    if (v.size() != 4) throw Error("--outpaint takes 1 or 4 numbers (LEFT,TOP,RIGHT,BOTTOM), not '" + text + "'");
    return {v[0], v[1], v[2], v[3]};
}

}  // namespace

std::vector<OptionSpec> request_option_specs() {
    return {
        {"model", "PATH", "model folder (diffusers layout) or single-file .safetensors checkpoint"},
        {"config", "DIR", "diffusers folder whose configs/tokenizers a single-file checkpoint uses (default: detected, from Stipple's own)"},
        {"vae", "FILE", "a separate VAE .safetensors (original or diffusers layout) instead of the model's own"},
        {"prediction-type", "TYPE", "epsilon or v_prediction, overriding what is detected from a single file"},
        {"lora-dir", "DIR", "a folder of LoRAs (.safetensors) for <lora:NAME:WEIGHT> in the prompt; repeat for several (searched in order)", true},
        {"embeddings-dir", "DIR", "a folder of textual-inversion embeddings (.safetensors), used by file name in prompts as A1111 does; repeat for several (searched in order)", true},
        {"prompt", "TEXT", "what to draw; repeat for a batch of prompts (one image per prompt and seed)", true},
        {"negative", "TEXT", "what to steer away from; repeat to give one per --prompt", true},
        {"seed", "N[,N…]", "unsigned 64-bit seed, or a comma-separated list (one image each); default random"},
        {"batch", "N", "images from seeds seed, seed+1, … (default 1)"},
        {"steps", "N", "denoising steps (default: what the model recommends, else 20)"},
        {"finish-at-step", "N", "stop after N steps and save that step's x0 estimate, as the app's Finish now does (an infotext's \"Finished at step\")"},
        {"cfg", "F", "guidance scale; <= 1 disables classifier-free guidance (default: what the model recommends, else 7.5)"},
        {"scheduler", "NAME", "diffusers class (EulerDiscreteScheduler) or A1111 label (\"DPM++ 2M Karras\"); default: the model's"},
        {"scheduler-option", "KEY=VALUE", "scheduler config override, VALUE in JSON (use_karras_sigmas=true)", true},
        {"width", "W", "image width, multiple of 8 (default: the model's)"},
        {"height", "H", "image height, multiple of 8 (default: the model's)"},
        {"init-image", "PNG", "img2img: start from this image"},
        {"strength", "F", "img2img/inpaint/hires fix: 0..1, how much to change the image, A1111's \"Denoising strength\" (default 0.8; with hires fix 0.7)"},
        {"mask", "PNG", "inpaint: white = repaint (needs --init-image)"},
        {"outpaint", "L,T,R,B", "outpaint: extend --init-image by these pixels on the left, top, right and bottom (one number: every side) and inpaint the new border; the size follows (rounded up to a multiple of 8)"},
        {"outpaint-overlap", "PX", "with --outpaint: how far into the picture the redrawn border reaches (default 16)"},
        {"face-detail", "", "after each image, redraw every face found in it as an only-masked inpaint at the full size (the ADetailer approach; faces found with OpenCV)"},
        {"face-prompt", "TEXT", "with --face-detail: the prompt for the faces (default: the image's)"},
        {"face-strength", "F", "with --face-detail: denoising strength of each face (default 0.4)"},
        {"face-padding", "PX", "with --face-detail: surroundings drawn with each face (default 32)"},
        {"face-detector", "FILE", "with --face-detail or --face-restore: an OpenCV cascade .xml or a YuNet .onnx model (default: OpenCV's frontal-face cascade from the opencv-data package)"},
        {"face-restore", "FILE", "after each image, restore every face found in it with a GFPGAN or CodeFormer ONNX model file (run by OpenCV's dnn module; A1111's \"Restore faces\"); instead of --face-detail, not with it"},
        {"face-restore-visibility", "F", "with --face-restore: 0..1, how much of each restored face is blended in (default 1; A1111's \"GFPGAN visibility\" / \"CodeFormer visibility\")"},
        {"codeformer-weight", "F", "with --face-restore and a CodeFormer model: 0 = strongest restoration, 1 = closest to the face as drawn (default 0.5; A1111's \"CodeFormer weight\")"},
        {"mask-blur", "PX", "inpaint as A1111: paste the result over the picture through the mask blurred by PX (A1111's default 4); without it the decoded image is kept whole, as diffusers"},
        {"masked-content", "WHAT", "inpaint: what the masked part starts from: original (default), fill, \"latent noise\", \"latent nothing\" (A1111's Masked content)"},
        {"only-masked", "", "inpaint only the mask's area (plus --masked-padding) at the full size and paste it back; the output keeps the picture's size (A1111's Inpaint area: Only masked)"},
        {"masked-padding", "PX", "with --only-masked: the margin drawn around the mask (A1111's default 32)"},
        {"resize-mode", "MODE", "init image of another aspect than --width x --height: \"Just resize\" (stretch, default), \"Crop and resize\", \"Resize and fill\" (A1111's)"},
        {"hires-scale", "F", "hires fix: make the image at --width x --height, upscale it F times (1 to 4, default 2) and denoise it again as img2img at --strength with the same seed (A1111's \"Hires upscale\")"},
        {"hires-resize", "WxH", "hires fix to this size instead of a scale; 0 for one side keeps the aspect, both sides cover and cut the centre (A1111's \"Hires resize\")"},
        {"hires-upscaler", "NAME", "hires fix upscaler: \"Latent\" (default), \"Latent (antialiased)\", \"Latent (bicubic)\", \"Latent (bicubic antialiased)\", \"Latent (nearest)\", \"Latent (nearest-exact)\", \"Lanczos\", \"Nearest\", \"None\" or an ESRGAN-family model file (.safetensors) (A1111's \"Hires upscaler\")"},
        {"hires-steps", "N", "hires fix second pass steps before --strength (default 0 = --steps; A1111's \"Hires steps\")"},
        {"clip-skip", "N", "use the text encoder's N-th last layer (default 0 = last)"},
        {"prompt-style", "a1111|diffusers", "a1111 (default): (word:1.2), [word], BREAK and prompts of any length in 75-token chunks, as AUTOMATIC1111; diffusers: the text as written, cut at 75 tokens (diffusers parity)"},
        {"emphasis", "MODE", "what prompt weights do, as A1111's \"Emphasis mode\": Original (default: weighted, then rescaled to the original mean), \"No norm\" (weighted, not rescaled), Ignore (brackets parsed, weights unused), None (brackets and BREAK are literal text); an infotext's \"Emphasis\""},
        {"rng", "cpu|gpu|nv", "random number source: cpu = torch's CPU noise, as diffusers (default); gpu or nv = A1111's GPU/NV noise (what its users on NVIDIA get), an infotext's \"RNG\""},
        {"ensd", "N", "A1111's eta noise seed delta: step noise of ancestral samplers from seed+N (default 0), an infotext's \"ENSD\""},
        {"deep-cache", "N", "step caching (DeepCache): the whole UNet runs every N-th step and the steps between reuse its deep features; faster, slightly different pixels (default 0 = off; an infotext's \"Deep cache\")"},
        {"sde-noise", "diffusers|brownian", "step noise of the DPM++ SDE samplers: diffusers = a fresh draw per step, as diffusers (default); brownian = A1111's Brownian tree over each image's seed (what an A1111 \"DPM++ 2M SDE\" picture used; ENSD does not apply)"},
        {"variation-seed", "N", "A1111's variation seed: image i's noise moves towards seed N+i's by --variation-strength; a batch then keeps one seed, as in A1111 (an infotext's \"Variation seed\")"},
        {"variation-strength", "F", "0..1, how far towards the variation seed's noise: 0 = the seed's image, 1 = the variation seed's (default 0; alone: a random variation seed)"},
        {"seed-resize-from", "WxH", "draw the seed's noise at this size and centre it in the image, so a seed keeps its composition at another size (A1111's \"Seed resize from\")"},
        {"original-size", "W,H", "SDXL: original size conditioning (default: the image size)"},
        {"target-size", "W,H", "SDXL: target size conditioning (default: the image size)"},
        {"crop-top-left", "X,Y", "SDXL: crop conditioning (default 0,0)"},
        {"dtype", "fp32|bf16|auto", "compute precision: auto (default: bf16 for full-size models on CUDA or where this CPU computes bf16 faster, else fp32), fp32 (exact diffusers parity), bf16 (half the memory)"},
        {"memory-layout", "auto|nchw|channels-last", "the convolutions' memory layout: auto = whichever this CPU runs faster, measured once and cached (default auto)"},
        {"attention", "auto|fused|chunked", "attention over many tokens: fused = our kernel that keeps the scores in the cache (CPUs with AVX2 or AVX-512); chunked = libtorch's matmuls and softmax; auto = chunked until the choice is measured per machine (default auto)"},
        {"vae-tiling", "auto|on|off", "decode in overlapping 512px tiles: bounded memory, slightly different pixels; auto = only when a whole decode would need over a quarter of the RAM (default auto)"},
        {"threads", "N", "CPU threads (default: physical cores)"},
        {"random-weights", "", "build the model from its configs with random weights (benchmarks; no real pictures)"},
    };
}

std::vector<OptionSpec> with_request_options(std::vector<OptionSpec> extra) {
    std::vector<OptionSpec> specs = request_option_specs();
    specs.insert(specs.end(), extra.begin(), extra.end());
    return specs;
}

GenerationRequest build_request(const Args& a) {
    GenerationRequest r;
    const auto prompts = a.all("prompt");
    if (prompts.size() > 1) r.prompts = prompts;
    else r.prompt = a.str("prompt");
    // An explicit --negative (even "") is encoded; without one, SDXL models use zeros as diffusers does.
    r.negative_prompts = a.all("negative");
    if (a.has("seed")) {
        r.seeds = parse_seed_list(a.str("seed"));
    } else {
        r.seeds = {random_seed()};
    }
    const int batch = a.integer("batch", 1, 1, 64);
    bool derived_seeds = false;  // seed, seed+1, ... made here rather than listed by the user
    if (batch > 1) {
        derived_seeds = true;
        if (r.seeds.size() != 1) throw Error("--batch cannot be combined with a list of seeds");
        for (int i = 1; i < batch; ++i) r.seeds.push_back(r.seeds[0] + static_cast<uint64_t>(i));
    }
    // Several prompts and one seed: seed, seed+1, ... one per prompt.
    if (r.prompts.size() > 1 && r.seeds.size() == 1) {
        derived_seeds = true;
        for (size_t i = 1; i < r.prompts.size(); ++i) r.seeds.push_back(r.seeds[0] + i);
    }
    // A1111's subseeds: image i gets variation seed N+i; with a strength other than 0 the images it
    // numbered itself all keep the first seed (its all_seeds), so they differ by variation only.
    if (a.has("variation-seed") && !a.has("variation-strength"))
        throw Error("--variation-seed needs --variation-strength (0..1): how far to move towards its noise");
    r.variation_strength = a.number("variation-strength", 0.0, 0.0, 1.0);
    if (a.has("variation-strength")) {
        const uint64_t first = a.has("variation-seed") ? parse_u64(a.str("variation-seed"), "--variation-seed")
                                                       : random_seed();
        for (size_t i = 0; i < r.seeds.size(); ++i) r.variation_seeds.push_back(first + i);
        if (derived_seeds && r.variation_strength != 0) std::fill(r.seeds.begin(), r.seeds.end(), r.seeds.front());
    }
    if (a.has("seed-resize-from")) {
        const std::string text = a.str("seed-resize-from");
        const auto size = parse_infotext_size(text);
        if (!size || size->first < 8 || size->second < 8 || size->first > 8192 || size->second > 8192)
            throw Error("--seed-resize-from must be WIDTHxHEIGHT in pixels like 512x512, each side 8 to 8192, not '" +
                        text + "'");
        r.seed_resize_from = size;
    }
    r.steps = a.integer("steps", 20, 1, 1000);
    r.stop_at_step = a.integer("finish-at-step", 0, 1, 1000);
    r.guidance_scale = a.number("cfg", 7.5, 0.0, 100.0);
    r.scheduler = a.str("scheduler");
    for (const auto& kv : a.all("scheduler-option")) {
        const auto eq = kv.find('=');
        if (eq == std::string::npos || eq == 0)
            throw Error("--scheduler-option must look like KEY=VALUE, not '" + kv + "'");
        r.scheduler_options[kv.substr(0, eq)] = kv.substr(eq + 1);
    }
    r.width = a.integer("width", 0, 8, 8192);
    r.height = a.integer("height", 0, 8, 8192);
    const bool outpaint = a.has("outpaint");
    const bool masked = a.has("mask") || outpaint;
    // Inpainting repaints fully by default (diffusers' default strength 1.0), img2img keeps 20 %.
    r.strength = a.number("strength", masked ? 1.0 : 0.8, 0.0, 1.0);
    if (a.has("mask") && !a.has("init-image")) throw Error("--mask needs --init-image (the picture to repaint)");
    if (outpaint && !a.has("init-image")) throw Error("--outpaint needs --init-image (the picture to extend)");
    if (a.has("outpaint-overlap") && !outpaint) throw Error("--outpaint-overlap needs --outpaint");
    if (a.has("init-image")) r.init_image = load_image(a.str("init-image"));
    if (a.has("mask")) r.mask = load_image(a.str("mask"));
    if (outpaint) {
        const OutpaintCanvas canvas = extend_canvas(*r.init_image, parse_sides(a.str("outpaint")),
                                                    a.integer("outpaint-overlap", 16, 0, 4096), r.mask ? &*r.mask : nullptr);
        r.init_image = canvas.image;
        r.mask = canvas.mask;
        if (!a.has("width")) r.width = canvas.width();
        if (!a.has("height")) r.height = canvas.height();
        // The picture stays as it was outside the border (A1111's overlay), and the border starts
        // from the surrounding colours blurred in, not from the stretched edge pixels.
        r.inpaint_composite = true;
        r.masked_content = static_cast<int>(MaskedContent::Fill);
    }
    if (a.has("mask-blur")) {
        if (!masked) throw Error("--mask-blur needs --mask (the part to repaint)");
        r.inpaint_composite = true;
        r.mask_blur = a.integer("mask-blur", 4, 0, 256);
    }
    for (const char* option : {"masked-content", "only-masked", "masked-padding"})
        if (a.has(option) && !masked) throw Error(std::string("--") + option + " needs --mask (the part to repaint)");
    if (a.has("masked-content")) r.masked_content = static_cast<int>(parse_masked_content(a.str("masked-content")));
    if (a.has("masked-padding") && !a.has("only-masked")) throw Error("--masked-padding needs --only-masked");
    if (a.has("only-masked")) {
        r.inpaint_only_masked = true;
        r.masked_padding = a.integer("masked-padding", 32, 0, 4096);
    }
    if (a.has("resize-mode")) {
        if (!r.init_image) throw Error("--resize-mode needs --init-image (the picture to resize)");
        r.resize_mode = static_cast<int>(parse_resize_mode(a.str("resize-mode")));
    }
    if (a.has("hires-scale") || a.has("hires-resize") || a.has("hires-upscaler") || a.has("hires-steps")) {
        if (r.init_image) throw Error("hires fix (--hires-*) is for txt2img: it cannot be combined with --init-image");
        HiresFix h;
        h.scale = a.number("hires-scale", 2.0, 1.0, 4.0);
        if (a.has("hires-resize")) {
            const std::string text = a.str("hires-resize");
            const auto size = parse_infotext_size(text);
            if (!size || size->first < 0 || size->second < 0 || (size->first == 0 && size->second == 0))
                throw Error("--hires-resize must be WIDTHxHEIGHT in pixels like 1024x768 (0 for one side keeps the aspect), not '" +
                            text + "'");
            h.resize_width = size->first;
            h.resize_height = size->second;
        }
        h.upscaler = a.str("hires-upscaler", "Latent");
        find_hires_upscaler(h.upscaler);  // a wrong name or upscaler file fails before the model loads
        h.steps = a.integer("hires-steps", 0, 0, 1000);
        if (!a.has("strength")) r.strength = 0.7;  // A1111's hires fix default
        r.hires = h;
    }
    r.clip_skip = a.integer("clip-skip", 0, 0, 30);
    const std::string style = a.str("prompt-style", "a1111");
    if (style != "a1111" && style != "diffusers")
        throw Error("--prompt-style must be a1111 or diffusers, not '" + style + "'");
    r.prompt_style = style == "a1111" ? PromptStyle::A1111 : PromptStyle::Diffusers;
    if (a.has("emphasis")) r.emphasis = parse_emphasis(a.str("emphasis"));
    if (a.has("face-detail") && a.has("face-restore"))
        throw Error("give --face-detail (redraw the faces) or --face-restore FILE (restore them with a model), not both");
    for (const char* option : {"face-prompt", "face-strength", "face-padding"})
        if (a.has(option) && !a.has("face-detail")) throw Error(std::string("--") + option + " needs --face-detail");
    for (const char* option : {"face-restore-visibility", "codeformer-weight"})
        if (a.has(option) && !a.has("face-restore")) throw Error(std::string("--") + option + " needs --face-restore FILE");
    if (a.has("face-detector") && !a.has("face-detail") && !a.has("face-restore"))
        throw Error("--face-detector needs --face-detail or --face-restore");
    if (a.has("face-restore")) {
        FaceDetail f;
        f.restorer = a.str("face-restore");
        // A missing or wrong file fails before the model loads.
        if (check_face_restorer(f.restorer) != FaceRestorerKind::CodeFormer && a.has("codeformer-weight"))
            throw Error("--codeformer-weight is for a CodeFormer model; '" + f.restorer + "' is a GFPGAN-style model (one input)");
        f.visibility = a.number("face-restore-visibility", f.visibility, 0.0, 1.0);
        f.codeformer_weight = a.number("codeformer-weight", f.codeformer_weight, 0.0, 1.0);
        f.detector = a.str("face-detector");
        r.face_detail = f;
    }
    if (a.has("face-detail")) {
        FaceDetail f;
        f.prompt = a.str("face-prompt");
        f.strength = a.number("face-strength", f.strength, 0.01, 1.0);
        f.padding = a.integer("face-padding", f.padding, 0, 4096);
        f.detector = a.str("face-detector");
        r.face_detail = f;
    }
    if (a.has("rng")) {
        try {
            r.noise_source = parse_noise_source(a.str("rng"));
        } catch (const Error&) {
            throw Error("--rng must be cpu, gpu or nv, not '" + a.str("rng") + "'");
        }
    }
    r.eta_noise_seed_delta = a.integer("ensd", 0, -2147483647, 2147483647);
    r.deep_cache_interval = a.integer("deep-cache", 0, 0, 1000);
    if (a.has("sde-noise")) {
        try {
            r.sde_noise = parse_sde_noise(a.str("sde-noise"));
        } catch (const Error&) {
            throw Error("--sde-noise must be diffusers or brownian, not '" + a.str("sde-noise") + "'");
        }
    }
    if (a.has("original-size")) r.original_size = parse_int_pair(a.str("original-size"), "--original-size");
    if (a.has("target-size")) r.target_size = parse_int_pair(a.str("target-size"), "--target-size");
    if (a.has("crop-top-left")) r.crop_top_left = parse_int_pair(a.str("crop-top-left"), "--crop-top-left");
    return r;
}

LoadSettings load_settings(const Args& a) {
    LoadSettings settings;
    settings.threads = a.integer("threads", 0, 1, 1024);
    settings.options.dtype = parse_dtype(a.str("dtype", "auto"));
    settings.options.memory_layout = parse_layout(a.str("memory-layout", "auto"));
    settings.options.attention = nn::parse_attention_kernel(a.str("attention", "auto"));
    settings.options.config_dir = a.str("config");
    settings.options.vae_path = a.str("vae");
    settings.options.prediction_type = a.str("prediction-type");
    settings.options.lora_dirs = a.all("lora-dir");
    settings.options.embedding_dirs = a.all("embeddings-dir");
    settings.options.random_weights = a.has("random-weights");
    settings.options.vae_tiling = nn::parse_vae_tiling(a.str("vae-tiling", "auto"));
    return settings;
}

namespace {
// What the --embeddings-dir folders gave, on stderr: the count (unless --quiet) and every file
// refused or shadowed (always: a prompt naming one fails, and the user should know why early).
void report_embeddings(GenerationService& service, const Args& a) {
    const std::shared_ptr<const EmbeddingLibrary> library = service.pipeline().embeddings();
    if (!library) return;
    size_t usable = 0;
    for (const TextualInversion& t : library->embeddings()) usable += t.usable() ? 1 : 0;
    if (!a.has("quiet")) std::fprintf(stderr, "stipple-cli: %zu textual-inversion embeddings\n", usable);
    for (const std::string& problem : library->problems())
        std::fprintf(stderr, "stipple-cli: warning: %s\n", problem.c_str());
}
}  // namespace

const ModelInfo& load_model(GenerationService& service, const Args& a, const std::string& command) {
    const ModelInfo& info = service.load(model_path(a), load_settings(a));
    if (!a.has("quiet"))
        std::fprintf(stderr, "stipple-cli %s: %s (%s, %s), %d threads\n", command.c_str(), info.name.c_str(),
                     model_family_label(info.family), dtype_name(info.dtype), at::get_num_threads());
    report_embeddings(service, a);
    return info;
}

bool apply_model_recommendations(GenerationRequest& r, const ModelInfo& info, const Args& a) {
    std::string said;
    if (!a.has("cfg") && info.recommended_cfg > 0 && r.guidance_scale != info.recommended_cfg) {
        r.guidance_scale = info.recommended_cfg;
        char text[64];
        std::snprintf(text, sizeof text, "CFG %g", info.recommended_cfg);
        said = text;
    }
    if (!a.has("steps") && info.recommended_steps > 0 && r.steps != info.recommended_steps) {
        r.steps = info.recommended_steps;
        said += (said.empty() ? "" : " and ") + std::to_string(info.recommended_steps) + " steps";
    }
    if (said.empty()) return false;
    if (!a.has("quiet"))
        std::fprintf(stderr, "stipple-cli: %s, as %s recommends (--cfg / --steps choose otherwise)\n", said.c_str(),
                     info.name.c_str());
    return true;
}

namespace {
RunControl* g_interrupt_target = nullptr;  // signal handlers can reach only globals
void on_interrupt(int) {
    if (g_interrupt_target) g_interrupt_target->cancel = true;
}
}  // namespace

std::optional<GenerationResult> generate_interruptible(Pipeline& pipeline, const GenerationRequest& request,
                                                       StepObserver* observer, bool quiet, const std::string& command) {
    RunControl control;
    GenerationResult result;
    {
        CancelOnInterrupt interrupt(control);
        result = pipeline.generate(request, observer, &control);
    }
    if (!quiet) std::fprintf(stderr, "\n");
    if (!result.cancelled) return result;
    std::fprintf(stderr, "stipple-cli %s: cancelled after %d steps; nothing written\n", command.c_str(), result.steps_done);
    return std::nullopt;
}

void StepProgress::on_step(const StepInfo& info) {
    if (!quiet_) std::fprintf(stderr, "\rstep %d/%d  t=%g", info.step, info.total, info.timestep);
}

CancelOnInterrupt::CancelOnInterrupt(RunControl& control) {
    g_interrupt_target = &control;
    std::signal(SIGINT, on_interrupt);
}

CancelOnInterrupt::~CancelOnInterrupt() {
    std::signal(SIGINT, SIG_DFL);
    g_interrupt_target = nullptr;
}

std::string model_path(const Args& a) { return a.has("model") ? a.str("model") : default_model_path(); }

}  // namespace stipple::cli
