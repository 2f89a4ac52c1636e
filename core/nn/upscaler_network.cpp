#include "nn/upscaler_network.h"

#include "common/error.h"
#include "io/single_file.h"
#include "io/upscaler_keys.h"
#include "io/weight_file_kind.h"
#include "nn/rrdbnet.h"
#include "nn/srvgg.h"

#include <algorithm>
#include <sstream>
#include <utility>
#include <vector>

namespace stipple {

namespace {

using Shapes = std::vector<std::pair<std::string, std::vector<int64_t>>>;

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

std::string shape_text(at::IntArrayRef shape) {
    std::ostringstream s;
    s << shape;
    return s.str();
}

// The shape of `key`, or an empty vector when the file has no such key.
std::vector<int64_t> shape_of(const StateDict& w, const std::string& key) {
    const auto it = w.find(key);
    return it == w.end() ? std::vector<int64_t>{} : it->second.sizes().vec();
}

bool is_conv3(const std::vector<int64_t>& s) { return s.size() == 4 && s[2] == 3 && s[3] == 3 && s[0] > 0 && s[1] > 0; }

// What a file that is no upscaler holds, for the error ("a LoRA", "a Stable Diffusion checkpoint").
std::string what_it_holds(const StateDict& w) {
    std::vector<std::string> keys;
    for (const auto& [k, _] : w) keys.push_back(k);
    const auto any = [&](const char* prefix) {
        return std::any_of(keys.begin(), keys.end(), [&](const std::string& k) { return starts_with(k, prefix); });
    };
    if (any("model.diffusion_model.") || any("conditioner.embedders.") || any("cond_stage_model."))
        return "a Stable Diffusion checkpoint";
    switch (guess_weight_file_kind(keys)) {
    case WeightFileKind::Lora: return "a LoRA";
    case WeightFileKind::ControlNet: return "a ControlNet";
    case WeightFileKind::Embedding: return "a textual-inversion embedding";
    case WeightFileKind::Vae: return "a VAE";
    case WeightFileKind::DiffusersComponent: return "a diffusers model component";
    case WeightFileKind::UnetOnly: return "a UNet";
    case WeightFileKind::Upscaler: return "an upscaler of a layout Stipple does not run";
    case WeightFileKind::Unknown: break;
    }
    std::string first;
    for (size_t i = 0; i < keys.size() && i < 3; ++i) first += (i ? ", '" : "'") + keys[i].substr(0, 80) + "'";
    return keys.empty() ? "no tensors" : "weights of another architecture (keys " + first + (keys.size() > 3 ? ", …)" : ")");
}

[[noreturn]] void not_an_upscaler(const StateDict& w, const std::string& source) {
    throw Error("'" + source + "' is not an upscaler Stipple runs: it holds " + what_it_holds(w) +
                "; Stipple runs ESRGAN (RRDBNet) and Real-ESRGAN compact (SRVGGNetCompact) models");
}

// Every expected (name, shape) must be in the file with that shape, and the file may hold nothing
// else; checked before the network is allocated.
void check_shapes(const StateDict& w, const Shapes& expected, const std::string& source, const std::string& what) {
    for (const auto& [name, shape] : expected) {
        const auto it = w.find(name);
        if (it == w.end()) throw Error("'" + source + "' looks like " + what + " but has no '" + name + "'");
        if (it->second.sizes().vec() != shape)
            throw Error("'" + source + "': '" + name + "' has shape " + shape_text(it->second.sizes()) + " where " + what +
                        " needs " + shape_text(shape) + " (a damaged or differently built model)");
        if (!at::isFloatingType(it->second.scalar_type()))
            throw Error("'" + source + "': '" + name + "' holds " + std::string(c10::toString(it->second.scalar_type())) +
                        " values, not floating-point weights");
    }
    if (w.size() != expected.size()) {
        std::vector<std::string> names;
        for (const auto& e : expected) names.push_back(e.first);
        std::sort(names.begin(), names.end());
        for (const auto& [k, _] : w)
            if (!std::binary_search(names.begin(), names.end(), k))
                throw Error("'" + source + "' has '" + k.substr(0, 120) + "', which " + what + " does not have");
    }
}

void load(torch::nn::Module& module, const StateDict& w, const std::string& source) {
    LoadOptions options;
    options.source = source;
    load_module_weights(module, w, options);
}

UpscalerNetwork build_rrdbnet(const StateDict& w, nn::RrdbKeyLayout layout, const std::string& source) {
    nn::RrdbNetConfig c;
    c.layout = layout;
    std::string first, block0, last;
    switch (layout) {
    case nn::RrdbKeyLayout::BasicSR: first = "conv_first", block0 = "body.0.rdb1.conv1", last = "conv_last"; break;
    case nn::RrdbKeyLayout::Bsrgan: first = "conv_first", block0 = "RRDB_trunk.0.RDB1.conv1", last = "conv_last"; break;
    case nn::RrdbKeyLayout::OldEsrgan: first = "model.0", block0 = "model.1.sub.0.RDB1.conv1.0"; break;
    }
    const std::string what = std::string("an ESRGAN RRDBNet (") + nn::rrdb_layout_name(layout) + ")";
    const auto need_conv = [&](const std::string& conv) {
        const auto s = shape_of(w, conv + ".weight");
        if (!is_conv3(s))
            throw Error("'" + source + "' looks like " + what + " but '" + conv + ".weight' is " +
                        (s.empty() ? std::string("missing") : "of shape " + shape_text(s)) + ", not a 3x3 convolution");
        return s;
    };
    const auto first_shape = need_conv(first);
    c.num_feat = first_shape[0];
    const int64_t in = first_shape[1];
    if (in == 3 || in == 12 || in == 48) {
        c.unshuffle = in == 3 ? 1 : in == 12 ? 2 : 4;
    } else {
        throw Error("'" + source + "': " + what + " with " + std::to_string(in) +
                    " input channels; Stipple upscales RGB images (3 channels, or 12 / 48 after Real-ESRGAN's pixel-unshuffle)");
    }
    c.num_grow = need_conv(block0)[0];
    // Blocks and 2x steps are counted by their first key; a file can hold at most as many as it has keys.
    const auto block_key = [&](int64_t i) {
        switch (layout) {
        case nn::RrdbKeyLayout::BasicSR: return "body." + std::to_string(i) + ".rdb1.conv1.weight";
        case nn::RrdbKeyLayout::Bsrgan: return "RRDB_trunk." + std::to_string(i) + ".RDB1.conv1.weight";
        case nn::RrdbKeyLayout::OldEsrgan: break;
        }
        return "model.1.sub." + std::to_string(i) + ".RDB1.conv1.0.weight";
    };
    c.num_block = 0;
    while (w.count(block_key(c.num_block))) ++c.num_block;
    if (layout == nn::RrdbKeyLayout::OldEsrgan) {
        // model.{3U+4} is the last conv for U 2x steps: the highest top-level index gives U.
        int64_t top = -1;
        for (const auto& [k, _] : w) {
            if (!starts_with(k, "model.")) continue;
            const size_t dot = k.find('.', 6);
            const std::string index = k.substr(6, dot == std::string::npos ? std::string::npos : dot - 6);
            if (index.empty() || index.size() > 4 || !std::all_of(index.begin(), index.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) continue;
            top = std::max<int64_t>(top, std::stoll(index));
        }
        if (top < 4 || (top - 4) % 3 != 0 || (top - 4) / 3 > 3)
            throw Error("'" + source + "' looks like " + what + " but its last layer is model." + std::to_string(top) +
                        " (expected model.4, .7, .10 or .13 for 1x, 2x, 4x or 8x)");
        c.upsamples = (top - 4) / 3;
        last = "model." + std::to_string(top);
    } else {
        const std::string up = layout == nn::RrdbKeyLayout::BasicSR ? "conv_up" : "upconv";
        c.upsamples = 0;
        while (c.upsamples < 4 && w.count(up + std::to_string(c.upsamples + 1) + ".weight")) ++c.upsamples;
        if (c.upsamples > 3) throw Error("'" + source + "': " + what + " with more than three 2x steps (over 8x) is not supported");
    }
    const auto last_shape = need_conv(last);
    if (last_shape[0] != 3)
        throw Error("'" + source + "': " + what + " with " + std::to_string(last_shape[0]) +
                    " output channels; Stipple upscales RGB images (3 channels)");
    if ((int64_t{1} << c.upsamples) < c.unshuffle)
        throw Error("'" + source + "': " + what + " that pixel-unshuffles by " + std::to_string(c.unshuffle) + " but upsamples by " +
                    std::to_string(int64_t{1} << c.upsamples) + " would make smaller images; not an upscaler");
    check_shapes(w, nn::rrdbnet_parameter_shapes(c), source, what);

    nn::RrdbNet net(c);
    load(*net, w, source);
    UpscalerNetwork out;
    out.architecture = "RRDBNet";
    out.scale = c.scale();
    out.size_multiple = c.unshuffle;
    out.receptive_radius = (c.num_block * 15 + 4) * c.unshuffle;
    out.description = "RRDBNet " + std::to_string(c.scale()) + "x (" + nn::rrdb_layout_name(layout) + "; nf " +
                      std::to_string(c.num_feat) + ", nb " + std::to_string(c.num_block) + ", gc " + std::to_string(c.num_grow) +
                      (c.unshuffle > 1 ? ", pixel-unshuffle " + std::to_string(c.unshuffle) : std::string()) + ")";
    out.module = net.ptr();
    out.forward = [net](const at::Tensor& x) mutable { return net->forward(x); };
    return out;
}

UpscalerNetwork build_srvgg(const StateDict& w, const std::string& source) {
    const std::string what = "a Real-ESRGAN SRVGGNetCompact";
    const auto first = shape_of(w, "body.0.weight");
    if (!is_conv3(first)) throw Error("'" + source + "' looks like " + what + " but 'body.0.weight' is not a 3x3 convolution");
    if (first[1] != 3)
        throw Error("'" + source + "': " + what + " with " + std::to_string(first[1]) + " input channels; Stipple upscales RGB images");
    nn::SrvggConfig c;
    c.num_feat = first[0];
    int64_t convs = 0;
    while (w.count("body." + std::to_string(2 * convs) + ".weight")) ++convs;
    if (convs < 2) throw Error("'" + source + "' looks like " + what + " but has only one convolution");
    c.num_conv = convs - 2;
    const auto last = shape_of(w, "body." + std::to_string(2 * (convs - 1)) + ".weight");
    if (!is_conv3(last) || last[0] % 3 != 0)
        throw Error("'" + source + "': the last convolution of " + what + " has shape " + shape_text(last) +
                    ", not 3 x scale^2 output channels");
    int64_t s = 1;
    while (s * s * 3 < last[0]) ++s;
    if (s * s * 3 != last[0] || s > 8)
        throw Error("'" + source + "': the last convolution of " + what + " has " + std::to_string(last[0]) +
                    " output channels, not 3 x scale^2 for a scale of 1 to 8");
    c.scale = s;
    check_shapes(w, nn::srvgg_parameter_shapes(c), source, what);

    nn::SrvggNet net(c);
    load(*net, w, source);
    UpscalerNetwork out;
    out.architecture = "SRVGGNetCompact";
    out.scale = s;
    out.receptive_radius = convs;
    out.description = "SRVGGNetCompact " + std::to_string(s) + "x (num_feat " + std::to_string(c.num_feat) + ", num_conv " +
                      std::to_string(c.num_conv) + ")";
    out.module = net.ptr();
    out.forward = [net](const at::Tensor& x) mutable { return net->forward(x); };
    return out;
}

}  // namespace

UpscalerNetwork build_upscaler_network(const StateDict& weights, const std::string& source) {
    KeyShapes keys;
    for (const auto& [k, v] : weights) keys.emplace(k, v.sizes().vec());
    // The layout rule is io's (io/upscaler_keys.h): the model library lists upscalers by it too.
    switch (detect_upscaler_layout(keys)) {
    case UpscalerLayout::RrdbBasicSR: return build_rrdbnet(weights, nn::RrdbKeyLayout::BasicSR, source);
    case UpscalerLayout::RrdbBsrgan: return build_rrdbnet(weights, nn::RrdbKeyLayout::Bsrgan, source);
    case UpscalerLayout::RrdbOld: return build_rrdbnet(weights, nn::RrdbKeyLayout::OldEsrgan, source);
    case UpscalerLayout::EsrganPlus:
        throw Error("'" + source + "' is an ESRGAN+ model (RRDB blocks with extra 1x1 convolutions), which Stipple does not run; "
                    "ESRGAN (RRDBNet) and Real-ESRGAN compact models work");
    case UpscalerLayout::Srvgg: return build_srvgg(weights, source);
    case UpscalerLayout::SrvggNoPrelu:
        throw Error("'" + source + "' is an SRVGGNetCompact with ReLU or LeakyReLU activations, which its weights cannot tell "
                    "apart; Stipple runs the PReLU variant that Real-ESRGAN publishes");
    case UpscalerLayout::None: break;
    }
    not_an_upscaler(weights, source);
}

UpscalerNetwork read_upscaler_file(const std::string& path) {
    if (is_pickle_checkpoint_path(path)) refuse_pickle_checkpoint(path);
    StateDict weights = read_state_dict(path);
    // Files saved from a DataParallel model prefix every key with "module.".
    if (!weights.empty() && std::all_of(weights.begin(), weights.end(), [](const auto& kv) { return starts_with(kv.first, "module."); })) {
        StateDict stripped;
        for (auto& [k, v] : weights) stripped.emplace(k.substr(7), v);
        weights = std::move(stripped);
    }
    return build_upscaler_network(weights, path);
}

}  // namespace stipple
