// Channels-last or NCHW for a model component's convolutions: whichever this CPU runs faster,
// measured once per CPU model, libtorch version, thread count, dtype and block shape, and cached
// (issue #21). Never assumed: a 2-core Intel Xeon (model 207) ran NCHW faster, an AMD EPYC (Zen 5)
// runs channels-last up to 1.4x faster in bfloat16 at the VAE's 512x512 layers (202 vs 295 ms per
// 128-channel 3x3 convolution, 2 threads).
#pragma once

#include <ATen/ATen.h>

#include <string>
#include <vector>

namespace stipple {

// PipelineOptions::memory_layout. Auto: decide_layout below.
enum class MemoryLayout { Auto, NCHW, ChannelsLast };

// What a component's typical work looks like: GroupNorm -> SiLU -> 3x3 convolution, `channels`
// wide at size x size, `batch` images (the UNet's first block under CFG, the VAE's last one).
struct LayoutProbe {
    std::string component;  // "unet", "vae"
    at::ScalarType dtype = at::kFloat;
    int64_t channels = 0;
    int64_t size = 0;
    int64_t batch = 1;
};

struct LayoutTiming {
    double nchw_ms = 0;           // best of 3, after a warm-up
    double channels_last_ms = 0;
};

struct LayoutDecision {
    MemoryLayout layout = MemoryLayout::NCHW;  // never Auto
    LayoutTiming timing;                     // zero when not measured
    // How it was decided, for bench and About: "asked", "small model", "measured now", "cached".
    std::string how;
};

// Times the probe in both layouts (about 0.3-1 s for SD-sized probes).
LayoutTiming time_layouts(const LayoutProbe& probe);

// Channels-last only when it was at least 3 % faster: NCHW is the layout the parity references
// were made in, so a tie keeps it.
MemoryLayout faster_layout(const LayoutTiming& timing);

// `requested` NCHW / ChannelsLast is returned as asked. Auto reads `cache_file` (a JSON object of
// measurements keyed by CPU model, libtorch version, threads, component, dtype and probe shape);
// an entry for this machine decides, else the probe is timed and the file rewritten whole (atomic
// rename). An unreadable, corrupt or hostile cache file is ignored and replaced; a cache that
// cannot be written only costs the measurement next time. cache_file "" = measure, never cache.
LayoutDecision decide_layout(const LayoutProbe& probe, MemoryLayout requested, const std::string& cache_file);

// The cached decisions for this CPU model and libtorch version, one line each, e.g. "2 threads |
// unet BFloat16 2x320x64x64: channels-last (52.7 ms against 64.7 ms NCHW)" (for About).
std::vector<std::string> cached_layout_choices(const std::string& cache_file);

// $XDG_CACHE_HOME/stipple/memory-layout.json, or ~/.cache/stipple/... ("" when neither is known).
std::string layout_cache_file();

const char* layout_name(MemoryLayout layout);      // "auto", "nchw", "channels-last"
MemoryLayout parse_layout(const std::string& text);  // the same names; throws Error otherwise
at::MemoryFormat memory_format_of(MemoryLayout layout);  // Auto is NCHW (Contiguous)

}  // namespace stipple
