#include "nn/taesd.h"

#include "common/error.h"

#include <ATen/core/grad_mode.h>

#include <sstream>

namespace stipple {

namespace nn {

TaesdBlockImpl::TaesdBlockImpl(int64_t in_channels, int64_t out_channels) {
    auto conv = register_module("conv", NamedChildren());
    conv0_ = conv->register_module("0", Conv2d(in_channels, out_channels, 3, 1, 1));
    conv2_ = conv->register_module("2", Conv2d(out_channels, out_channels, 3, 1, 1));
    conv4_ = conv->register_module("4", Conv2d(out_channels, out_channels, 3, 1, 1));
    if (in_channels != out_channels) skip_ = register_module("skip", Conv2d(in_channels, out_channels, 1, 1, 0, false));
}

at::Tensor TaesdBlockImpl::forward(const at::Tensor& x) {
    at::Tensor h = conv4_->forward(at::relu(conv2_->forward(at::relu(conv0_->forward(x)))));
    return at::relu(h + (skip_ ? skip_->forward(x) : x));
}

}  // namespace nn

TaesdImpl::TaesdImpl(Kind kind, int64_t latent_channels, int64_t width) : kind_(kind) {
    const int64_t w = width;
    if (kind == Kind::Encoder) {
        input_channels_ = 3;
        add_conv(3, w, 1, true);                          // 0
        add_block(w, w);                                  // 1
        for (int level = 0; level < 3; ++level) {
            add_conv(w, w, 2, false);                     // 2, 6, 10
            for (int i = 0; i < 3; ++i) add_block(w, w);  // 3-5, 7-9, 11-13
        }
        add_conv(w, latent_channels, 1, true);            // 14
    } else {
        input_channels_ = latent_channels;
        add_op(Op::Clamp);                                // 0: tanh(x/3)*3
        add_conv(latent_channels, w, 1, true);            // 1
        add_op(Op::Relu);                                 // 2
        for (int level = 0; level < 3; ++level) {
            for (int i = 0; i < 3; ++i) add_block(w, w);  // 3-5, 8-10, 13-15
            add_op(Op::Upsample);                         // 6, 11, 16
            add_conv(w, w, 1, false);                     // 7, 12, 17
        }
        add_block(w, w);                                  // 18
        add_conv(w, 3, 1, true);                          // 19
    }
}

void TaesdImpl::add_conv(int64_t in, int64_t out, int64_t stride, bool bias) {
    Layer l{Op::Conv};
    l.conv = register_module(std::to_string(layers_.size()), nn::Conv2d(in, out, 3, stride, 1, bias));
    layers_.push_back(l);
}

void TaesdImpl::add_block(int64_t in, int64_t out) {
    Layer l{Op::Block};
    l.block = register_module(std::to_string(layers_.size()), nn::TaesdBlock(in, out));
    layers_.push_back(l);
}

void TaesdImpl::add_op(Op op) { layers_.push_back(Layer{op}); }

at::Tensor TaesdImpl::forward(const at::Tensor& x_in) {
    if (!x_in.defined() || x_in.dim() != 4 || x_in.size(1) != input_channels_) {
        std::ostringstream s;
        if (x_in.defined()) s << x_in.sizes();
        throw Error(std::string("TAESD ") + (kind_ == Kind::Encoder ? "encoder" : "decoder") + ": input must be [B," +
                    std::to_string(input_channels_) + ",H,W], got " + (x_in.defined() ? s.str() : "nothing"));
    }
    at::NoGradGuard no_grad;
    const at::ScalarType dtype = this->dtype();
    // Channels-last: TAESD's 64-channel convolutions at 256x256 and 512x512 run 30-45 % faster in
    // oneDNN's NHWC kernels than in NCHW (measured on 2 cores); the result comes back in NCHW.
    at::Tensor x = x_in.to(dtype).contiguous(at::MemoryFormat::ChannelsLast);
    for (auto& l : layers_) {
        switch (l.op) {
            case Op::Conv: x = l.conv->forward(x); break;
            case Op::Block: x = l.block->forward(x); break;
            case Op::Relu: x = at::relu(x); break;
            case Op::Clamp: x = at::tanh(x / 3) * 3; break;
            case Op::Upsample: {
                at::Tensor f = dtype == at::kBFloat16 ? x.to(at::kFloat) : x;
                f = at::upsample_nearest2d(f, {f.size(2) * 2, f.size(3) * 2}, 2.0, 2.0);
                x = f.to(dtype);
                break;
            }
        }
    }
    return x.contiguous();
}

Taesd build_taesd(TaesdImpl::Kind kind, const StateDict& weights, at::ScalarType dtype, const std::string& source) {
    nn::check_compute_dtype(dtype, source);
    Taesd model(kind);
    LoadOptions options;
    options.dtype = dtype;
    options.source = source;
    load_module_weights(*model, weights, options);
    model->eval();
    return model;
}

Taesd load_taesd_encoder(const std::string& path, at::ScalarType dtype) {
    return build_taesd(TaesdImpl::Kind::Encoder, read_state_dict(path), dtype, path);
}

Taesd load_taesd_decoder(const std::string& path, at::ScalarType dtype) {
    return build_taesd(TaesdImpl::Kind::Decoder, read_state_dict(path), dtype, path);
}

}  // namespace stipple
