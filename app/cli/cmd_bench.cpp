// `stipple-cli bench`: times one generation phase by phase (load, prompt encoding, every UNet step,
// VAE and TAESD decodes, preview cost, abort latency) and reports memory and achieved GFLOPS.
// Nothing is written; a config-only folder runs with deterministic random weights.
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/output_files.h"
#include "cli/request_options.h"
#include "common/blas_kernels.h"
#include "common/error.h"
#include "common/process_stats.h"
#include "image/image_psnr.h"
#include "io/json_file.h"
#include "io/single_file.h"
#include "nn/unet_config.h"
#include "nn/op_ceiling.h"
#include "nn/op_profile.h"
#include "nn/unet_flops.h"
#include "pipeline/model_files.h"
#include "pipeline/pipeline.h"
#include "pipeline/resource_paths.h"
#include "pipeline/runtime.h"
#include "pipeline/stable_diffusion.h"

#include <ATen/Parallel.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <thread>

namespace stipple::cli {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

Args bench_args() {
    return Args("bench", "Time a generation phase by phase; prints a table (or --json). Writes nothing.",
                {
                    {"model", "PATH", "model folder, single-file checkpoint, or a config-only folder (random weights); default: the built-in model"},
                    {"config", "DIR", "diffusers folder whose configs a single-file checkpoint uses"},
                    {"random-weights", "", "use deterministic random weights even when the folder has weights"},
                    {"dtype", "fp32|bf16|auto", "compute precision; auto = bf16 for full-size models where this CPU computes it faster than fp32 (measured at load), fp32 otherwise and for small models like the built-in one (default auto)"},
                    {"memory-layout", "auto|nchw|channels-last", "the convolutions' memory layout; auto = whichever this CPU runs faster (measured once, cached under ~/.cache/stipple) (default auto)"},
                    {"attention", "auto|fused|chunked", "attention over many tokens: our fused kernel (CPUs with AVX2 or AVX-512), libtorch's chunked matmuls, or auto = chunked until the choice is measured per machine (default auto)"},
                    {"size", "WxH", "image size (default: the model's)"},
                    {"steps", "N", "denoising steps to time (default 5)"},
                    {"cfg", "F", "guidance scale; > 1 runs the UNet on a batch of 2 (default 7.5)"},
                    {"scheduler", "NAME", "scheduler (default: the model's)"},
                    {"prompt", "TEXT", "prompt (default: a fixed sentence)"},
                    {"taesd", "DIR", "folder with taesd_decoder.safetensors for the TAESD preview (default: in or beside the model)"},
                    {"taesd-every", "N", "also decode a TAESD preview every N steps when the model has TAESD (default 5)"},
                    {"abort-after-ms", "MS", "afterwards, run again and cancel after MS milliseconds; report how long stopping took"},
                    {"vae-tiling", "auto|on|off", "VAE decode in overlapping tiles (default auto: only when a whole decode would need over a quarter of the RAM)"},
                    {"threads", "N", "CPU threads (default: physical cores)"},
                    {"profile", "N", "also list the N operators that took the most time during the generation"},
                    {"profile-shapes", "", "with --profile: one row per operator and input shapes"},
                    {"ceiling", "", "with the profile: time each op family's work at this machine's best measured rate (convolutions alone at the same shapes, matmuls at a large matmul's rate, memory-bound ops at a copy's bandwidth) and print measured / ceiling"},
                    {"deep-cache", "N", "afterwards, run the same request again with step caching every N steps (DeepCache) and print its step median, the speed-up, the shallow UNet calls and the image's PSNR against the full run"},
                    {"json", "", "print the figures as JSON"},
                });
}

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

// Times the cheap previews the app shows between steps, as the app's worker does (same thread).
class TimingObserver : public StepObserver {
public:
    TimingObserver(Pipeline& pipeline, int taesd_every) : pipeline_(pipeline), taesd_every_(taesd_every) {}
    void on_step(const StepInfo& info) override {
        step_seconds.push_back(info.seconds);
        auto t = Clock::now();
        pipeline_.preview(info.denoised, PreviewMethod::LatentToRgb);
        latent_rgb_seconds.push_back(seconds_since(t));
        if (pipeline_.info().has_taesd && taesd_every_ > 0 && info.step % taesd_every_ == 0) {
            t = Clock::now();
            pipeline_.preview(info.denoised, PreviewMethod::Taesd);
            taesd_seconds.push_back(seconds_since(t));
        }
        std::fprintf(stderr, "\rstep %d/%d  %.3f s", info.step, info.total, info.seconds);
    }
    void on_stage(PipelineStage stage) override {
        if (stage_hook) stage_hook(stage);
    }
    std::function<void(PipelineStage)> stage_hook;
    std::vector<double> step_seconds, latent_rgb_seconds, taesd_seconds;

private:
    Pipeline& pipeline_;
    int taesd_every_;
};

// The UNet folder whose config the model runs with (for the analytic FLOP count): a diffusers
// folder's own, or for a single file its --config folder or the shipped config of its family.
std::string unet_dir_for(const std::string& folder_unet_dir, const std::string& config_dir, ModelFamily family) {
    if (!folder_unet_dir.empty()) return folder_unet_dir;
    if (!config_dir.empty()) return locate_model_files(config_dir).unet_dir;
    return locate_model_files(builtin_config_dir(family, resources_dir())).unet_dir;
}

bool has_unet_weights(const std::string& unet_dir) {
    for (const char* name : {"diffusion_pytorch_model.safetensors", "diffusion_pytorch_model.fp16.safetensors"})
        if (fs::is_regular_file(fs::path(unet_dir) / name)) return true;
    return false;
}

}  // namespace

int run_bench(const std::vector<std::string>& argv) {
    Args a = bench_args();
    if (a.parse_or_show_help(argv)) return 0;
    const std::string model = model_path(a);
    LoadSettings settings = load_settings(a);
    PipelineOptions& options = settings.options;
    options.taesd_dir = a.str("taesd");
    // A config-only folder (no UNet weights) runs with random weights.
    const std::string folder_unet_dir = fs::is_directory(model) ? locate_model_files(model).unet_dir : "";
    options.random_weights = a.has("random-weights") || (!folder_unet_dir.empty() && !has_unet_weights(folder_unet_dir));

    GenerationRequest request;
    request.prompt = a.str("prompt", "a lighthouse on a cliff above a stormy sea, oil painting");
    request.seeds = {6421725739674010ull};
    request.steps = a.integer("steps", 5, 1, 1000);
    const int deep_cache = a.integer("deep-cache", 0, 0, 1000);  // read before the model loads: a bad value fails fast
    request.guidance_scale = a.number("cfg", 7.5, 0.0, 100.0);
    request.scheduler = a.str("scheduler");
    if (a.has("size")) {
        const std::string text = a.str("size");
        std::string pair = text;  // WxH, as sizes are written elsewhere ("W,H" works too)
        std::replace(pair.begin(), pair.end(), 'x', ',');
        std::pair<int, int> size;
        try {
            size = parse_int_pair(pair, "--size");
        } catch (const Error&) {
            throw Error("--size must be WIDTHxHEIGHT like 512x512, not '" + text + "'");
        }
        const auto [w, h] = size;
        request.width = w, request.height = h;
    }

    const int64_t rss_before = current_rss_bytes();
    auto load_start = Clock::now();
    GenerationService service;
    service.load(model, settings);
    Pipeline* pipeline = &service.pipeline();
    const double load_seconds = seconds_since(load_start);
    const int64_t rss_loaded = current_rss_bytes();
    const ModelInfo& info = pipeline->info();
    const int width = request.width > 0 ? request.width : info.default_width;
    const int height = request.height > 0 ? request.height : info.default_height;

    const int taesd_every = a.integer("taesd-every", 5, 0, 1000);
    TimingObserver observer(*pipeline, taesd_every);
    const bool ceiling = a.has("ceiling");
    const int profile_rows = a.integer("profile", ceiling ? 12 : 0, 0, 1000);
    // One profile per phase: the denoising loop and the VAE decode are reported apart.
    std::optional<nn::OpProfile> profile;
    nn::ProfileReport denoise_report, decode_report;
    if (profile_rows > 0) {
        profile.emplace(a.has("profile-shapes"));
        observer.stage_hook = [&](PipelineStage stage) {
            if (stage == PipelineStage::Denoising) {
                profile.reset();  // the text encoder is not a step
                profile.emplace(a.has("profile-shapes"));
            } else if (stage == PipelineStage::VaeDecode && profile) {
                denoise_report = profile->stop();
                profile.reset();
                profile.emplace(a.has("profile-shapes"));
            }
        };
    }
    const GenerationResult result = pipeline->generate(request, &observer);
    if (profile) decode_report = profile->stop();
    profile.reset();
    observer.stage_hook = nullptr;
    std::vector<nn::OpTime> op_times = denoise_report.ops;
    if (op_times.size() > static_cast<size_t>(profile_rows)) op_times.resize(static_cast<size_t>(profile_rows));
    std::fprintf(stderr, "\n");
    // The ceilings: the recorded work again, op family by op family, at this machine's best rates.
    std::vector<nn::FamilyCeiling> denoise_ceiling, decode_ceiling;
    nn::MachineRates rates;
    if (ceiling) {
        std::fprintf(stderr, "timing the ceilings (convolutions alone at every recorded shape)...\n");
        rates = nn::measure_machine_rates(info.dtype == DType::BFloat16 ? at::kBFloat16 : at::kFloat);
        denoise_ceiling = nn::family_ceilings(denoise_report, rates);
        decode_ceiling = nn::family_ceilings(decode_report, rates);
    }
    const int64_t peak_rss = peak_rss_bytes();

    // Abort latency: cancel from another thread (as the app's Stop does) and time how long
    // generate() takes to return after the flag is set.
    double abort_latency = -1;
    if (a.has("abort-after-ms")) {
        const int ms = a.integer("abort-after-ms", 0, 0, 3600000);
        RunControl control;
        Clock::time_point flagged;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(ms));
            flagged = Clock::now();
            control.cancel = true;
        });
        GenerationRequest longer = request;
        longer.steps = std::max(request.steps, 200);  // long enough to be cancelled mid-way
        try {
            pipeline->generate(longer, nullptr, &control);
        } catch (...) {
            canceller.join();  // a joinable std::thread must not be destroyed
            throw;
        }
        const auto returned = Clock::now();
        canceller.join();
        abort_latency = std::chrono::duration<double>(returned - flagged).count();
    }

    // Step caching: the same request again with a cache interval, against the full run above.
    std::vector<double> cached_steps;
    int64_t cached_calls = 0, cached_shallow = 0;
    double cached_psnr = 0;
    if (deep_cache > 0) {
        const auto* sd = dynamic_cast<const StableDiffusionPipeline*>(pipeline);
        const int64_t calls_before = sd ? sd->unet_calls() : 0, shallow_before = sd ? sd->unet_shallow_calls() : 0;
        TimingObserver cached_observer(*pipeline, taesd_every);
        GenerationRequest cached_request = request;
        cached_request.deep_cache_interval = deep_cache;
        const GenerationResult cached = pipeline->generate(cached_request, &cached_observer);
        std::fprintf(stderr, "\n");
        cached_steps = cached_observer.step_seconds;
        cached_calls = sd ? sd->unet_calls() - calls_before : 0;
        cached_shallow = sd ? sd->unet_shallow_calls() - shallow_before : 0;
        cached_psnr = image_psnr(result.images.at(0), cached.images.at(0));
    }

    const std::vector<double>& steps = observer.step_seconds;
    const double step_median = steps.size() > 1 ? median({steps.begin() + 1, steps.end()}) : median(steps);
    const bool cfg = request.guidance_scale > 1.0;
    const int64_t latent_h = height / info.vae_scale_factor, latent_w = width / info.vae_scale_factor;
    const std::string unet_config = unet_dir_for(folder_unet_dir, options.config_dir, info.family) + "/config.json";
    const UNetCost cost =
        unet_forward_cost(unet_config_from_json(read_json_file(unet_config), unet_config), latent_h, latent_w, 77);
    const double macs = cost.total_macs();
    const double step_flops = 2.0 * macs * (cfg ? 2 : 1);
    const double gflops = step_median > 0 ? step_flops / step_median / 1e9 : 0;
    // The convention of published figures (layers only), for comparison with them.
    const double layer_gflops = step_median > 0 ? 2.0 * cost.layer_macs * (cfg ? 2 : 1) / step_median / 1e9 : 0;
    const double latent_rgb = median(observer.latent_rgb_seconds), taesd = median(observer.taesd_seconds);
    // The previews above ran inside generate(); without them a generation takes this long.
    double generate_seconds = result.seconds;
    for (double v : observer.latent_rgb_seconds) generate_seconds -= v;
    for (double v : observer.taesd_seconds) generate_seconds -= v;

    nlohmann::json j = {
        {"model", info.name},
        {"family", model_family_id(info.family)},
        {"random_weights", options.random_weights},
        {"dtype", dtype_name(info.dtype)},
        {"unet_layout", info.unet_layout},
        {"vae_layout", info.vae_layout},
        {"attention", info.attention},
        {"threads", at::get_num_threads()},
        {"blas_kernels", blas_core_name()},
        {"blas_threading", blas_threading()},
        {"width", width},
        {"height", height},
        {"cfg", cfg},
        {"scheduler", result.scheduler_label},
        {"load_seconds", load_seconds},
        {"generate_seconds", generate_seconds},
        {"text_encode_seconds", result.encode_seconds},
        {"step_seconds", steps},
        {"step_median_seconds", step_median},
        {"vae_decode_seconds", result.decode_seconds},
        {"latent_rgb_preview_seconds", latent_rgb},
        {"taesd_preview_seconds", observer.taesd_seconds.empty() ? nlohmann::json(nullptr) : nlohmann::json(taesd)},
        {"unet_gmacs_per_sample", macs / 1e9},
        {"unet_layer_gmacs_per_sample", cost.layer_macs / 1e9},
        {"unet_attention_gmacs_per_sample", cost.attention_macs / 1e9},
        {"achieved_layer_gflops", layer_gflops},
        {"step_tflop", step_flops / 1e12},
        {"achieved_gflops", gflops},
        {"rss_loaded_bytes", rss_loaded},
        {"rss_model_bytes", rss_loaded - rss_before},
        {"peak_rss_bytes", peak_rss},
        {"abort_latency_seconds", abort_latency >= 0 ? nlohmann::json(abort_latency) : nlohmann::json(nullptr)},
    };
    // Medians over all steps (with caching the first step is a full one like every N-th); the
    // speed-up is of the whole loop, as full and shallow steps alternate.
    const double full_all_median = median(steps), cached_median = median(cached_steps);
    double full_total = 0, cached_total = 0;
    for (double v : steps) full_total += v;
    for (double v : cached_steps) cached_total += v;
    const double deep_cache_speedup = cached_total > 0 ? full_total / cached_total : 0;
    if (deep_cache > 0) {
        j["deep_cache"] = {{"interval", deep_cache},
                           {"step_seconds", cached_steps},
                           {"step_median_seconds", cached_median},
                           {"full_step_median_seconds", full_all_median},
                           {"denoise_seconds", cached_total},
                           {"full_denoise_seconds", full_total},
                           {"speedup", deep_cache_speedup},
                           {"unet_calls", cached_calls},
                           {"unet_shallow_calls", cached_shallow},
                           {"psnr_db", std::isfinite(cached_psnr) ? nlohmann::json(cached_psnr) : nlohmann::json("inf")}};
    }
    const int denoise_steps = static_cast<int>(steps.size());
    if (profile_rows > 0) {
        nlohmann::json ops = nlohmann::json::array();
        for (const auto& op : op_times)
            ops.push_back({{"op", op.name}, {"shapes", op.shapes}, {"calls", op.calls}, {"self_seconds", op.self_seconds}});
        j["profile"] = ops;
        auto families = [&](const nn::ProfileReport& r, const std::vector<nn::FamilyCeiling>& c, int per) {
            nlohmann::json out = nlohmann::json::array();
            for (size_t i = 0; i < r.families.size(); ++i) {
                const auto& f = r.families[i];
                nlohmann::json row = {{"family", f.family}, {"calls", f.calls}, {"seconds", f.self_seconds / per},
                                      {"gflop", f.flops / per / 1e9}, {"gbytes", f.bytes / per / 1e9}};
                if (i < c.size() && c[i].seconds >= 0) row["ceiling_seconds"] = c[i].seconds / per;
                out.push_back(row);
            }
            return out;
        };
        j["denoise_families_per_step"] = families(denoise_report, denoise_ceiling, std::max(1, denoise_steps));
        j["vae_decode_families"] = families(decode_report, decode_ceiling, 1);
        j["layout_conversions_denoise"] = denoise_report.layout_conversions;
        j["layout_conversions_vae_decode"] = decode_report.layout_conversions;
        if (ceiling) {
            j["matmul_gflops_ceiling"] = rates.matmul_flops_per_second / 1e9;
            j["copy_gbytes_per_second_ceiling"] = rates.copy_bytes_per_second / 1e9;
        }
    }
    if (a.has("json")) {
        std::printf("%s\n", j.dump(2).c_str());
        return 0;
    }
    const double gib = 1024.0 * 1024.0 * 1024.0;
    std::printf("model            %s (%s%s), %s, %d threads\n", info.name.c_str(), model_family_id(info.family),
                options.random_weights ? ", random weights" : "", dtype_name(info.dtype), at::get_num_threads());
    std::printf("memory layout    UNet %s; VAE %s\n", info.unet_layout.c_str(), info.vae_layout.c_str());
    std::printf("attention        %s\n", info.attention.c_str());
    if (!blas_core_name().empty())
        std::printf("fp32 matmul      OpenBLAS, %s kernels, %s threads\n", blas_core_name().c_str(), blas_threading().c_str());
    std::printf("image            %dx%d, %d steps, %s, %s\n", width, height, request.steps,
                cfg ? "CFG (UNet batch 2)" : "no CFG", result.scheduler_label.c_str());
    std::printf("load             %8.3f s   (RSS %.2f GiB)\n", load_seconds, rss_loaded / gib);
    std::printf("text encode      %8.3f s\n", result.encode_seconds);
    for (size_t i = 0; i < steps.size(); ++i) std::printf("step %-3zu         %8.3f s\n", i + 1, steps[i]);
    std::printf("step median 2..N %8.3f s   %.0f GFLOPS (%.2f TFLOP per step: %.1f GMACs of layers + %.1f of attention "
                "per UNet sample; %.0f GFLOPS counting layers only)\n",
                step_median, gflops, step_flops / 1e12, cost.layer_macs / 1e9, cost.attention_macs / 1e9, layer_gflops);
    std::printf("VAE decode       %8.3f s\n", result.decode_seconds);
    if (!observer.taesd_seconds.empty())
        std::printf("TAESD preview    %8.4f s   (%.1f %% of a step when run every %d steps)\n", taesd,
                    100.0 * taesd / step_median / std::max(1, taesd_every), taesd_every);
    std::printf("latent preview   %8.4f s   (%.2f %% of a step)\n", latent_rgb, 100.0 * latent_rgb / step_median);
    std::printf("prompt -> image  %8.3f s   (encode + %d steps + decode, model loaded, without previews)\n",
                generate_seconds, request.steps);
    if (abort_latency >= 0) std::printf("abort latency    %8.3f s   (after the flag was set)\n", abort_latency);
    std::printf("peak RSS         %8.2f GiB\n", peak_rss / gib);
    if (deep_cache > 0) {
        std::printf("deep cache %-5d step median %.3f s against %.3f s full (all steps); denoising %.3f s against "
                    "%.3f s: %.2fx faster\n",
                    deep_cache, cached_median, full_all_median, cached_total, full_total, deep_cache_speedup);
        std::printf("                 %lld of %lld UNet calls shallow; PSNR %.2f dB against the full run (8-bit RGB)\n",
                    static_cast<long long>(cached_shallow), static_cast<long long>(cached_calls), cached_psnr);
    }
    if (profile_rows > 0) {
        auto print_families = [&](const char* title, const nn::ProfileReport& r, const std::vector<nn::FamilyCeiling>& c,
                                  int per) {
            double total = 0;
            for (const auto& f : r.families) total += f.self_seconds;
            std::printf("\n%s\n", title);
            std::printf("  %-18s %9s %7s", "op family", "seconds", "share");
            if (!c.empty()) std::printf(" %9s %8s", "ceiling", "ceil/meas");
            std::printf("\n");
            for (size_t i = 0; i < r.families.size(); ++i) {
                const auto& f = r.families[i];
                std::printf("  %-18s %9.3f %6.1f %%", f.family.c_str(), f.self_seconds / per,
                            total > 0 ? 100.0 * f.self_seconds / total : 0.0);
                if (i < c.size() && c[i].seconds >= 0)
                    std::printf(" %9.3f %7.0f %%", c[i].seconds / per,
                                f.self_seconds > 0 ? 100.0 * c[i].seconds / f.self_seconds : 0.0);
                std::printf("\n");
            }
            std::printf("  layout conversions (NCHW <-> channels-last copies): %lld\n", r.layout_conversions);
        };
        print_families("UNet step by op family (denoising loop, per step):", denoise_report, denoise_ceiling,
                       std::max(1, denoise_steps));
        print_families("VAE decode by op family:", decode_report, decode_ceiling, 1);
        if (ceiling)
            std::printf("ceilings: matmul %.0f GFLOPS (2048^3), copy %.1f GB/s (256 MiB), convolutions alone at the "
                        "recorded shapes in the faster layout\n",
                        rates.matmul_flops_per_second / 1e9, rates.copy_bytes_per_second / 1e9);
        std::printf("\noperators by time spent in them (denoising loop, previews included):\n");
        for (const auto& op : op_times)
            std::printf("  %-32s %6lld calls %9.3f s  %s\n", op.name.c_str(), op.calls, op.self_seconds, op.shapes.c_str());
    }
    return 0;
}

}  // namespace stipple::cli
