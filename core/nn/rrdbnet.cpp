#include "nn/rrdbnet.h"

#include "common/error.h"

#include <functional>

namespace stipple::nn {

namespace {

struct ConvSpec {
    std::string path;  // the conv's name in the checkpoint, without ".weight"/".bias"
    int64_t in, out;
};

// Every 3x3 conv of the network in forward order: conv_first, the blocks (block i, dense block k,
// conv j), conv_body, the upsampling convs, conv_hr, conv_last. The constructor relies on this order.
std::vector<ConvSpec> conv_specs(const RrdbNetConfig& c) {
    const auto s = [](int64_t v) { return std::to_string(v); };
    std::string first, body, hr, last;
    std::vector<std::string> ups;
    std::function<std::string(int64_t, int64_t, int64_t)> dense;
    switch (c.layout) {
    case RrdbKeyLayout::BasicSR:
        first = "conv_first", body = "conv_body", hr = "conv_hr", last = "conv_last";
        for (int64_t n = 1; n <= c.upsamples; ++n) ups.push_back("conv_up" + s(n));
        dense = [&](int64_t i, int64_t k, int64_t j) { return "body." + s(i) + ".rdb" + s(k) + ".conv" + s(j); };
        break;
    case RrdbKeyLayout::Bsrgan:
        first = "conv_first", body = "trunk_conv", hr = "HRconv", last = "conv_last";
        for (int64_t n = 1; n <= c.upsamples; ++n) ups.push_back("upconv" + s(n));
        dense = [&](int64_t i, int64_t k, int64_t j) { return "RRDB_trunk." + s(i) + ".RDB" + s(k) + ".conv" + s(j); };
        break;
    case RrdbKeyLayout::OldEsrgan:
        // One nn.Sequential: [conv, ShortcutBlock(sub), (Upsample, conv, LeakyReLU) per 2x step,
        // conv, LeakyReLU, conv]; the blocks' convs are Sequential(conv, LeakyReLU) too, hence ".0".
        first = "model.0", body = "model.1.sub." + s(c.num_block);
        for (int64_t n = 1; n <= c.upsamples; ++n) ups.push_back("model." + s(3 * n));
        hr = "model." + s(3 * c.upsamples + 2), last = "model." + s(3 * c.upsamples + 4);
        dense = [&](int64_t i, int64_t k, int64_t j) {
            return "model.1.sub." + s(i) + ".RDB" + s(k) + ".conv" + s(j) + ".0";
        };
        break;
    }
    const int64_t nf = c.num_feat, gc = c.num_grow;
    std::vector<ConvSpec> out;
    out.push_back({first, c.in_channels * c.unshuffle * c.unshuffle, nf});
    for (int64_t i = 0; i < c.num_block; ++i)
        for (int64_t k = 1; k <= 3; ++k)
            for (int64_t j = 1; j <= 5; ++j) out.push_back({dense(i, k, j), nf + (j - 1) * gc, j == 5 ? nf : gc});
    out.push_back({body, nf, nf});
    for (const auto& up : ups) out.push_back({up, nf, nf});
    out.push_back({hr, nf, nf});
    out.push_back({last, nf, c.out_channels});
    return out;
}

at::Tensor lrelu_(at::Tensor x) { return at::leaky_relu_(x, 0.2); }

}  // namespace

const char* rrdb_layout_name(RrdbKeyLayout layout) {
    switch (layout) {
    case RrdbKeyLayout::BasicSR: return "BasicSR/Real-ESRGAN layout";
    case RrdbKeyLayout::OldEsrgan: return "original ESRGAN layout";
    case RrdbKeyLayout::Bsrgan: return "BSRGAN layout";
    }
    return "";
}

std::vector<std::pair<std::string, std::vector<int64_t>>> rrdbnet_parameter_shapes(const RrdbNetConfig& config) {
    std::vector<std::pair<std::string, std::vector<int64_t>>> out;
    for (const auto& c : conv_specs(config)) {
        out.push_back({c.path + ".weight", {c.out, c.in, 3, 3}});
        out.push_back({c.path + ".bias", {c.out}});
    }
    return out;
}

void register_at_path(torch::nn::Module& root, const std::string& path, std::shared_ptr<torch::nn::Module> module) {
    torch::nn::Module* parent = &root;
    size_t start = 0;
    for (size_t dot = path.find('.'); dot != std::string::npos; start = dot + 1, dot = path.find('.', start)) {
        const std::string name = path.substr(start, dot - start);
        auto children = parent->named_children();
        if (const auto* found = children.find(name)) {
            parent = found->get();
        } else {
            parent = parent->register_module(name, NamedChildren()).get();
        }
    }
    parent->register_module(path.substr(start), std::move(module));
}

RrdbNetImpl::RrdbNetImpl(const RrdbNetConfig& config) : config_(config) {
    if (config.upsamples < 0 || config.upsamples > 3 || !(config.unshuffle == 1 || config.unshuffle == 2 || config.unshuffle == 4) ||
        config.num_block < 0 || config.num_feat <= 0 || config.num_grow <= 0 || config.scale() < 1)
        throw Error("RRDBNet: unsupported configuration (" + std::to_string(config.upsamples) + " 2x steps, pixel-unshuffle " +
                    std::to_string(config.unshuffle) + ")");
    const std::vector<ConvSpec> specs = conv_specs(config);
    size_t next = 0;
    const auto add = [&]() {
        const ConvSpec& s = specs.at(next++);
        Conv2d conv(s.in, s.out, 3, 1, 1);
        register_at_path(*this, s.path, conv.ptr());
        return conv;
    };
    conv_first_ = add();
    for (int64_t i = 0; i < config.num_block * 15; ++i) dense_.push_back(add());
    conv_body_ = add();
    for (int64_t n = 0; n < config.upsamples; ++n) conv_up_.push_back(add());
    conv_hr_ = add();
    conv_last_ = add();
}

at::Tensor RrdbNetImpl::forward(const at::Tensor& input) {
    const int64_t f = config_.unshuffle, h = input.size(2), w = input.size(3);
    at::Tensor x = input;
    if (f > 1) {
        const int64_t ph = (f - h % f) % f, pw = (f - w % f) % f;
        if (ph || pw) {
            // Reflection needs the pad to be smaller than the side; a side of 1-3 px repeats its edge.
            const bool reflect = ph < h && pw < w;
            x = reflect ? at::reflection_pad2d(x, {0, pw, 0, ph}) : at::replication_pad2d(x, {0, pw, 0, ph});
        }
        x = at::pixel_unshuffle(x, f);
    }
    at::Tensor feat = conv_first_->forward(x);
    at::Tensor trunk = feat;
    for (int64_t i = 0; i < config_.num_block; ++i) {
        at::Tensor rrdb_in = trunk;
        for (int64_t k = 0; k < 3; ++k) {
            Conv2d* dense = &dense_[static_cast<size_t>(15 * i + 5 * k)];
            // Dense connections: conv j sees the block input and the outputs of convs 1..j-1.
            std::vector<at::Tensor> seen{trunk};
            for (size_t j = 0; j < 4; ++j) seen.push_back(lrelu_(dense[j]->forward(at::cat(seen, 1))));
            at::Tensor x5 = dense[4]->forward(at::cat(seen, 1));
            trunk = x5.mul_(0.2).add_(trunk);
        }
        trunk = trunk.mul_(0.2).add_(rrdb_in);
    }
    feat = feat + conv_body_->forward(trunk);
    for (auto& up : conv_up_) feat = lrelu_(up->forward(at::upsample_nearest2d(feat, {feat.size(2) * 2, feat.size(3) * 2})));
    at::Tensor out = conv_last_->forward(lrelu_(conv_hr_->forward(feat)));
    const int64_t s = config_.scale();
    if (out.size(2) != h * s || out.size(3) != w * s) out = out.slice(2, 0, h * s).slice(3, 0, w * s);
    return out;
}

}  // namespace stipple::nn
