// ESRGAN-family key layouts (see upscaler_keys.h).
#include "io/upscaler_keys.h"

#include <algorithm>

namespace stipple {

namespace {

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

const std::vector<int64_t>* shape_of(const KeyShapes& keys, const std::string& key) {
    const auto it = keys.find(key);
    return it == keys.end() ? nullptr : &it->second;
}

// Pixel-unshuffle factor from the first convolution's input channels (3, 12, 48); 0 for others.
int64_t unshuffle_of(const KeyShapes& keys, const std::string& first) {
    const auto* s = shape_of(keys, first);
    if (!s || s->size() != 4) return 0;
    return (*s)[1] == 3 ? 1 : (*s)[1] == 12 ? 2 : (*s)[1] == 48 ? 4 : 0;
}

}  // namespace

UpscalerLayout detect_upscaler_layout(const KeyShapes& keys) {
    const auto has = [&](const char* key) { return keys.count(key) != 0; };
    if (has("conv_first.weight") && has("body.0.rdb1.conv1.weight")) return UpscalerLayout::RrdbBasicSR;
    if (has("conv_first.weight") && has("RRDB_trunk.0.RDB1.conv1.weight")) return UpscalerLayout::RrdbBsrgan;
    if (has("model.0.weight") && has("model.1.sub.0.RDB1.conv1.0.weight")) return UpscalerLayout::RrdbOld;
    if (has("model.0.weight") && has("model.1.sub.0.RDB1.conv1x1.weight")) return UpscalerLayout::EsrganPlus;
    if (has("body.0.weight") && has("body.2.weight"))
        return has("body.1.weight") ? UpscalerLayout::Srvgg : UpscalerLayout::SrvggNoPrelu;
    return UpscalerLayout::None;
}

int upscaler_scale(const KeyShapes& keys) {
    const UpscalerLayout layout = detect_upscaler_layout(keys);
    switch (layout) {
    case UpscalerLayout::RrdbBasicSR:
    case UpscalerLayout::RrdbBsrgan: {
        const int64_t unshuffle = unshuffle_of(keys, "conv_first.weight");
        const std::string up = layout == UpscalerLayout::RrdbBasicSR ? "conv_up" : "upconv";
        int upsamples = 0;
        while (upsamples < 4 && keys.count(up + std::to_string(upsamples + 1) + ".weight")) ++upsamples;
        if (unshuffle == 0 || upsamples > 3 || (int64_t{1} << upsamples) < unshuffle) return 0;
        return static_cast<int>((int64_t{1} << upsamples) / unshuffle);
    }
    case UpscalerLayout::RrdbOld:
    case UpscalerLayout::EsrganPlus: {
        // model.{3U+4} is the last convolution for U 2x steps.
        int64_t top = -1;
        for (const auto& [k, _] : keys) {
            if (!starts_with(k, "model.")) continue;
            const size_t dot = k.find('.', 6);
            const std::string index = k.substr(6, dot == std::string::npos ? std::string::npos : dot - 6);
            if (index.empty() || index.size() > 4 ||
                !std::all_of(index.begin(), index.end(), [](char c) { return c >= '0' && c <= '9'; }))
                continue;
            top = std::max<int64_t>(top, std::stoll(index));
        }
        if (top < 4 || (top - 4) % 3 != 0 || (top - 4) / 3 > 3) return 0;
        return 1 << ((top - 4) / 3);
    }
    case UpscalerLayout::Srvgg:
    case UpscalerLayout::SrvggNoPrelu: {
        int64_t convs = 0;
        while (convs < 10000 && keys.count("body." + std::to_string(2 * convs) + ".weight")) ++convs;
        const auto* last = shape_of(keys, "body." + std::to_string(2 * (convs - 1)) + ".weight");
        if (convs < 2 || !last || last->size() != 4) return 0;
        for (int64_t s = 1; s <= 8; ++s)
            if (3 * s * s == (*last)[0]) return static_cast<int>(s);
        return 0;
    }
    case UpscalerLayout::None: break;
    }
    return 0;
}

KeyShapes strip_data_parallel_prefix(KeyShapes keys) {
    if (keys.empty() || !std::all_of(keys.begin(), keys.end(), [](const auto& kv) { return starts_with(kv.first, "module."); }))
        return keys;
    KeyShapes stripped;
    for (auto& [k, v] : keys) stripped.emplace(k.substr(7), std::move(v));
    return stripped;
}

}  // namespace stipple
