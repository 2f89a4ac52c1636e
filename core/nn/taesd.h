// TAESD (madebyollin/taesd) tiny encoder/decoder for fast previews and cheap img2img encoding.
// Latents are UNet space (no 0.18215/0.13025 scaling); images are RGB in [0,1] (decoder output
// unclamped). Key names as in the .safetensors files: "1.weight", "3.conv.0.weight", ...
#pragma once

#include "io/state_dict.h"
#include "nn/layers.h"

#include <string>
#include <vector>

namespace stipple {

namespace nn {

// ReLU(conv.4(ReLU(conv.2(ReLU(conv.0(x))))) + skip(x)); skip is a 1x1 conv only when in != out.
class TaesdBlockImpl : public torch::nn::Module {
public:
    TaesdBlockImpl(int64_t in_channels, int64_t out_channels);
    at::Tensor forward(const at::Tensor& x);

private:
    Conv2d conv0_{nullptr}, conv2_{nullptr}, conv4_{nullptr}, skip_{nullptr};
};
TORCH_MODULE(TaesdBlock);

}  // namespace nn

// A numbered TAESD stack: each layer is a conv, a Block, or a parameterless op.
class TaesdImpl : public torch::nn::Module {
public:
    enum class Kind { Encoder, Decoder };
    explicit TaesdImpl(Kind kind, int64_t latent_channels = 4, int64_t width = 64);

    // Encoder: RGB [B,3,H,W] in [0,1] -> latents [B,4,H/8,W/8].
    // Decoder: latents [B,4,h,w] -> RGB [B,3,8h,8w], about [0,1], not clamped.
    at::Tensor forward(const at::Tensor& x);
    Kind kind() const { return kind_; }
    at::ScalarType dtype() const { return nn::module_dtype(*this); }

private:
    enum class Op { Conv, Block, Relu, Clamp, Upsample };
    struct Layer {
        Op op;
        nn::Conv2d conv{nullptr};
        nn::TaesdBlock block{nullptr};
    };
    void add_conv(int64_t in, int64_t out, int64_t stride, bool bias);
    void add_block(int64_t in, int64_t out);
    void add_op(Op op);

    Kind kind_;
    int64_t input_channels_;
    std::vector<Layer> layers_;
};
TORCH_MODULE(Taesd);

// Loads taesd[xl]_{encoder,decoder}.safetensors (F32 or the upstream BF16, widened exactly when
// dtype is kFloat). Strict keys; Error naming the file.
Taesd build_taesd(TaesdImpl::Kind kind, const StateDict& weights, at::ScalarType dtype = at::kFloat,
                  const std::string& source = "taesd");
Taesd load_taesd_encoder(const std::string& safetensors_path, at::ScalarType dtype = at::kFloat);
Taesd load_taesd_decoder(const std::string& safetensors_path, at::ScalarType dtype = at::kFloat);

}  // namespace stipple
