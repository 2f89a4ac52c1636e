#include "nn/srvgg.h"

#include "common/error.h"

namespace stipple::nn {

std::vector<std::pair<std::string, std::vector<int64_t>>> srvgg_parameter_shapes(const SrvggConfig& c) {
    std::vector<std::pair<std::string, std::vector<int64_t>>> out;
    const int64_t convs = c.num_conv + 2;
    for (int64_t i = 0; i < convs; ++i) {
        const int64_t in = i == 0 ? c.in_channels : c.num_feat;
        const int64_t o = i == convs - 1 ? c.out_channels * c.scale * c.scale : c.num_feat;
        const std::string conv = "body." + std::to_string(2 * i);
        out.push_back({conv + ".weight", {o, in, 3, 3}});
        out.push_back({conv + ".bias", {o}});
        if (i != convs - 1) out.push_back({"body." + std::to_string(2 * i + 1) + ".weight", {c.num_feat}});
    }
    return out;
}

PReluImpl::PReluImpl(int64_t channels) {
    weight = register_parameter("weight", at::empty({channels}, at::kFloat), false);
}

at::Tensor PReluImpl::forward(const at::Tensor& x) { return at::prelu(x, weight); }

SrvggNetImpl::SrvggNetImpl(const SrvggConfig& c) : config_(c) {
    if (c.num_conv < 0 || c.num_feat <= 0 || c.scale < 1)
        throw Error("SRVGGNetCompact: unsupported configuration (num_conv " + std::to_string(c.num_conv) + ", scale " +
                    std::to_string(c.scale) + ")");
    auto body = register_module("body", NamedChildren());
    const int64_t convs = c.num_conv + 2;
    for (int64_t i = 0; i < convs; ++i) {
        const int64_t in = i == 0 ? c.in_channels : c.num_feat;
        const int64_t o = i == convs - 1 ? c.out_channels * c.scale * c.scale : c.num_feat;
        convs_.push_back(body->register_module(std::to_string(2 * i), Conv2d(in, o, 3, 1, 1)));
        if (i != convs - 1) prelus_.push_back(body->register_module(std::to_string(2 * i + 1), PRelu(c.num_feat)));
    }
}

at::Tensor SrvggNetImpl::forward(const at::Tensor& x) {
    at::Tensor out = x;
    for (size_t i = 0; i < convs_.size(); ++i) {
        out = convs_[i]->forward(out);
        if (i < prelus_.size()) out = prelus_[i]->forward(out);
    }
    out = at::pixel_shuffle(out, config_.scale);
    const int64_t s = config_.scale;
    return out.add_(at::upsample_nearest2d(x, {x.size(2) * s, x.size(3) * s}));
}

}  // namespace stipple::nn
