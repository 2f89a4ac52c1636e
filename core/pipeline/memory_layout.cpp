#include "pipeline/memory_layout.h"

#include "common/cpu_features.h"
#include "common/error.h"
#include "common/temp_file.h"
#include "io/json_file.h"
#include "nn/layers.h"

#include <torch/version.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iterator>
#include <limits>
#include <sstream>
#include <vector>

namespace stipple {

namespace {

constexpr int kProbeVersion = 2;

// A cache of a few dozen entries is a few KB; anything much larger is not ours.
constexpr std::uintmax_t kMaxCacheBytes = 1 << 20;

// The tensors of one probe, in one layout. The norm is the model's own module, so the probe
// takes whichever group-norm path the model would (nn/layers.cpp).
struct ProbeTensors {
    at::Tensor x, conv3, conv1, linear;
    nn::GroupNorm norm{nullptr};
};

// What the component does most, in the order it does it: a resnet half (GroupNorm, SiLU, 3x3
// convolution, residual add) and, for the UNet, a transformer's way in and out (GroupNorm, 1x1
// convolution, the image as tokens, LayerNorm, a linear layer, back to an image, 1x1 convolution,
// residual add), where NCHW pays for its permute copies and channels-last does not.
at::Tensor run_probe(const ProbeTensors& t, bool transformer) {
    nn::GroupNorm norm = t.norm;  // a holder: the same module
    at::Tensor h = at::conv2d(norm->forward_silu(t.x), t.conv3, {}, {1, 1}, {1, 1}) + t.x;
    if (!transformer) return h;
    const int64_t b = h.size(0), c = h.size(1), height = h.size(2), width = h.size(3);
    at::Tensor tokens = at::conv2d(norm->forward(h), t.conv1).permute({0, 2, 3, 1}).reshape({b, height * width, c});
    const at::Tensor normed = tokens.scalar_type() == at::kBFloat16
                                  ? at::layer_norm(tokens.to(at::kFloat), {c}).to(at::kBFloat16)
                                  : at::layer_norm(tokens, {c});
    tokens = at::linear(normed, t.linear) + tokens;
    at::Tensor image = tokens.reshape({b, height, width, c}).permute({0, 3, 1, 2});
    if (!h.is_contiguous(at::MemoryFormat::ChannelsLast) || h.is_contiguous()) image = image.contiguous();
    return at::conv2d(image, t.conv1) + h;
}

double time_probe_ms(const ProbeTensors& t, bool transformer) {
    run_probe(t, transformer);  // warm-up: oneDNN builds its kernels on the first call
    double best = std::numeric_limits<double>::infinity();
    for (int i = 0; i < 3; ++i) {
        const auto start = std::chrono::steady_clock::now();
        run_probe(t, transformer);
        best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    return best;
}

// Keys start with the machine: the CPU model and libtorch version.
std::string machine_prefix() { return cpu_model_name() + " | libtorch " + TORCH_VERSION + " | "; }

std::string cache_key(const LayoutProbe& p) {
    std::ostringstream key;
    // kProbeVersion: a new probe (or a new kernel behind it) measures again.
    key << machine_prefix() << at::get_num_threads() << " threads | probe " << kProbeVersion << " | "
        << p.component << " " << c10::toString(p.dtype) << " " << p.batch << "x" << p.channels << "x" << p.size << "x"
        << p.size;
    return key.str();
}

nlohmann::json read_cache(const std::string& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec || size > kMaxCacheBytes) return nlohmann::json::object();
    std::ifstream in(path, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    try {
        nlohmann::json j = parse_json(text);
        if (j.is_object()) return j;
    } catch (const std::exception&) {
        // A corrupt cache is measured again and replaced.
    }
    return nlohmann::json::object();
}

bool read_entry(const nlohmann::json& cache, const std::string& key, LayoutTiming& timing) {
    const auto it = cache.find(key);
    if (it == cache.end() || !it->is_object()) return false;
    const auto nchw = it->find("nchw_ms"), last = it->find("channels_last_ms");
    if (nchw == it->end() || last == it->end() || !nchw->is_number() || !last->is_number()) return false;
    timing.nchw_ms = nchw->get<double>();
    timing.channels_last_ms = last->get<double>();
    return timing.nchw_ms > 0 && timing.channels_last_ms > 0 && timing.nchw_ms < 1e7 && timing.channels_last_ms < 1e7;
}

void write_cache(const std::string& path, const nlohmann::json& cache) {
    try {
        std::filesystem::create_directories(std::filesystem::path(path).parent_path());
        const std::string text = cache.dump(2) + "\n";
        const std::string tmp = temp_path_for(path);
        write_whole_file(tmp, std::vector<uint8_t>(text.begin(), text.end()));
        rename_into_place(tmp, path);
    } catch (const std::exception&) {
        // Best effort: without a cache the next load measures again.
    }
}

}  // namespace

LayoutTiming time_layouts(const LayoutProbe& probe) {
    if (probe.channels <= 0 || probe.channels % 32 != 0 || probe.size <= 0 || probe.batch <= 0)
        throw Error("memory layout probe for " + probe.component + ": " + std::to_string(probe.channels) +
                    " channels at " + std::to_string(probe.size) + "^2 cannot be timed");
    at::NoGradGuard no_grad;
    const auto options = at::TensorOptions().dtype(probe.dtype);
    const int64_t c = probe.channels;
    ProbeTensors nchw;
    nchw.x = at::randn({probe.batch, c, probe.size, probe.size}).to(options);
    nchw.conv3 = (at::randn({c, c, 3, 3}) * 0.02).to(options);
    nchw.conv1 = (at::randn({c, c, 1, 1}) * 0.05).to(options);
    nchw.linear = (at::randn({c, c}) * 0.05).to(options);
    nchw.norm = nn::GroupNorm(32, c, 1e-5);
    nchw.norm->weight.fill_(1.0);
    nchw.norm->bias.zero_();
    ProbeTensors last = nchw;
    last.x = nchw.x.contiguous(at::MemoryFormat::ChannelsLast);
    last.conv3 = nchw.conv3.contiguous(at::MemoryFormat::ChannelsLast);
    last.conv1 = nchw.conv1.contiguous(at::MemoryFormat::ChannelsLast);
    const bool transformer = probe.component == "unet";
    // Interleaved, best of each: a neighbour's load on a shared machine hits both alike.
    LayoutTiming t;
    t.nchw_ms = time_probe_ms(nchw, transformer);
    t.channels_last_ms = time_probe_ms(last, transformer);
    t.nchw_ms = std::min(t.nchw_ms, time_probe_ms(nchw, transformer));
    t.channels_last_ms = std::min(t.channels_last_ms, time_probe_ms(last, transformer));
    return t;
}

MemoryLayout faster_layout(const LayoutTiming& t) {
    return t.channels_last_ms < 0.97 * t.nchw_ms ? MemoryLayout::ChannelsLast : MemoryLayout::NCHW;
}

LayoutDecision decide_layout(const LayoutProbe& probe, MemoryLayout requested, const std::string& cache_file) {
    LayoutDecision d;
    if (requested != MemoryLayout::Auto) {
        d.layout = requested;
        d.how = "asked";
        return d;
    }
    const std::string key = cache_key(probe);
    nlohmann::json cache = cache_file.empty() ? nlohmann::json::object() : read_cache(cache_file);
    if (read_entry(cache, key, d.timing)) {
        d.layout = faster_layout(d.timing);
        d.how = "cached";
        return d;
    }
    d.timing = time_layouts(probe);
    d.layout = faster_layout(d.timing);
    d.how = "measured now";
    if (!cache_file.empty()) {
        cache[key] = {{"nchw_ms", d.timing.nchw_ms}, {"channels_last_ms", d.timing.channels_last_ms}};
        write_cache(cache_file, cache);
    }
    return d;
}

std::vector<std::string> cached_layout_choices(const std::string& cache_file) {
    std::vector<std::string> out;
    if (cache_file.empty()) return out;
    const nlohmann::json cache = read_cache(cache_file);
    const std::string prefix = machine_prefix();
    for (auto it = cache.begin(); it != cache.end(); ++it) {
        LayoutTiming t;
        if (it.key().rfind(prefix, 0) != 0 || !read_entry(cache, it.key(), t)) continue;
        std::ostringstream line;
        line << it.key().substr(prefix.size()) << ": " << layout_name(faster_layout(t)) << " (" << std::fixed
             << std::setprecision(1) << t.channels_last_ms << " ms against " << t.nchw_ms << " ms NCHW)";
        out.push_back(line.str());
    }
    return out;
}

std::string layout_cache_file() {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    if (xdg && *xdg == '/') return std::string(xdg) + "/stipple/memory-layout.json";
    const char* home = std::getenv("HOME");
    if (home && *home == '/') return std::string(home) + "/.cache/stipple/memory-layout.json";
    return {};
}

const char* layout_name(MemoryLayout layout) {
    switch (layout) {
        case MemoryLayout::Auto: return "auto";
        case MemoryLayout::NCHW: return "nchw";
        case MemoryLayout::ChannelsLast: return "channels-last";
    }
    return "auto";
}

MemoryLayout parse_layout(const std::string& text) {
    if (text == "auto") return MemoryLayout::Auto;
    if (text == "nchw") return MemoryLayout::NCHW;
    if (text == "channels-last") return MemoryLayout::ChannelsLast;
    throw Error("unknown memory layout '" + text + "' (use auto, nchw or channels-last)");
}

at::MemoryFormat memory_format_of(MemoryLayout layout) {
    return layout == MemoryLayout::ChannelsLast ? at::MemoryFormat::ChannelsLast : at::MemoryFormat::Contiguous;
}

}  // namespace stipple
