#include "teach/forward_noising.h"

#include "common/error.h"
#include "common/random.h"

#include <cmath>

namespace stipple {

double alpha_bar_at(const at::Tensor& alphas_cumprod, int t) {
    const int64_t T = alphas_cumprod.numel();
    if (t < 0 || t > T)
        throw Error("noising step t = " + std::to_string(t) + " is outside 0–" + std::to_string(T) +
                    " (the model's training timesteps)");
    return t == 0 ? 1.0 : alphas_cumprod[t - 1].item<double>();
}

at::Tensor forward_noise(const at::Tensor& x0, const at::Tensor& alphas_cumprod, int t, uint64_t seed) {
    const double ab = alpha_bar_at(alphas_cumprod, t);
    Generators generators = make_generators({seed});
    const at::Tensor eps = randn_tensor(x0.sizes(), generators);
    const at::Tensor clean = x0.to(at::kCPU, at::kFloat);
    if (t == 0) return clean.clone();
    return std::sqrt(ab) * clean + std::sqrt(1.0 - ab) * eps;
}

std::vector<Image> latent_channel_images(const at::Tensor& latents, double range, int scale, int index) {
    if (latents.dim() != 4) throw Error("latent channels need a [B,C,h,w] tensor");
    at::Tensor one = latents.slice(0, index, index + 1).to(at::kCPU, at::kFloat)[0];
    std::vector<Image> out;
    for (int64_t c = 0; c < one.size(0); ++c) {
        at::Tensor grey = ((one[c] / range + 1.0) * 127.5).round().clamp(0, 255).to(at::kByte).contiguous();
        const int h = static_cast<int>(grey.size(0)), w = static_cast<int>(grey.size(1));
        Image image;
        image.width = w * scale;
        image.height = h * scale;
        image.rgb.resize(static_cast<size_t>(image.width) * image.height * 3);
        const uint8_t* src = grey.data_ptr<uint8_t>();
        for (int y = 0; y < image.height; ++y)
            for (int x = 0; x < image.width; ++x) {
                const uint8_t v = src[(y / scale) * w + x / scale];
                uint8_t* px = &image.rgb[(static_cast<size_t>(y) * image.width + x) * 3];
                px[0] = px[1] = px[2] = v;
            }
        out.push_back(std::move(image));
    }
    return out;
}

}  // namespace stipple
