#include "common/variation_noise.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace stipple {

namespace {

// Python's // on ints (rounds towards minus infinity): A1111's offsets of odd negative differences.
int64_t floor_div2(int64_t v) { return v >= 0 ? v / 2 : -((-v + 1) / 2); }

constexpr int kMaxResizeSide = 16384;

std::string size_text(int w, int h) { return std::to_string(w) + "x" + std::to_string(h); }

void check_request(const GenerationRequest& r, size_t images, int latent_factor) {
    if (!std::isfinite(r.variation_strength) || r.variation_strength < 0 || r.variation_strength > 1)
        throw Error("variation strength " + std::to_string(r.variation_strength) + " is outside 0..1");
    if (!r.variation_seeds.empty() && r.variation_strength != 0 && r.variation_seeds.size() != images)
        throw Error(std::to_string(r.variation_seeds.size()) + " variation seeds for " + std::to_string(images) +
                    " images: give one per image, or none");
    if (r.seed_resize_from) {
        const auto [w, h] = *r.seed_resize_from;
        if (w < latent_factor || h < latent_factor || w > kMaxResizeSide || h > kMaxResizeSide)
            throw Error("seed resize from " + size_text(w, h) + " must have sides from " +
                        std::to_string(latent_factor) + " to " + std::to_string(kMaxResizeSide) + " pixels");
    }
}

}  // namespace

at::Tensor variation_slerp(double strength, const at::Tensor& low, const at::Tensor& high) {
    // Norms and dot products along dim 1 of {C,H,W}: the rows of each (channel, column).
    const std::vector<int64_t> rows{1};
    const at::Tensor low_unit = low / low.norm(2, rows, true);
    const at::Tensor high_unit = high / high.norm(2, rows, true);
    const at::Tensor dot = (low_unit * high_unit).sum(1);
    // Compared as a float32 tensor, as A1111's `dot.mean() > 0.9995` is.
    if ((dot.mean() > 0.9995).item<bool>()) return low * strength + high * (1 - strength);
    const at::Tensor omega = at::acos(dot);
    const at::Tensor so = at::sin(omega);
    return (at::sin((1.0 - strength) * omega) / so).unsqueeze(1) * low +
           (at::sin(strength * omega) / so).unsqueeze(1) * high;
}

void centre_resized_noise(const at::Tensor& resized, at::Tensor& target) {
    const int64_t h0 = resized.size(1), w0 = resized.size(2);
    const int64_t dx = floor_div2(target.size(2) - w0), dy = floor_div2(target.size(1) - h0);
    const int64_t w = dx >= 0 ? w0 : w0 + 2 * dx;  // the part of `resized` that lands in `target`
    const int64_t h = dy >= 0 ? h0 : h0 + 2 * dy;
    const int64_t tx = std::max<int64_t>(dx, 0), ty = std::max<int64_t>(dy, 0);  // where in `target`
    const int64_t sx = std::max<int64_t>(-dx, 0), sy = std::max<int64_t>(-dy, 0);  // from where in `resized`
    target.slice(1, ty, ty + h).slice(2, tx, tx + w).copy_(resized.slice(1, sy, sy + h).slice(2, sx, sx + w));
}

at::Tensor initial_noise(at::IntArrayRef shape, Generators& generators, const GenerationRequest& request,
                         int latent_factor) {
    check_request(request, generators.size(), latent_factor);
    const bool vary = !request.variation_seeds.empty() && request.variation_strength != 0;
    std::vector<int64_t> one(shape.begin(), shape.end());
    one[0] = 1;
    std::vector<int64_t> drawn = one;  // the seed's own noise: the image size or the resize's
    if (request.seed_resize_from) {
        drawn[2] = request.seed_resize_from->second / latent_factor;
        drawn[3] = request.seed_resize_from->first / latent_factor;
    }
    const bool resize = drawn != one;
    if (!vary && !resize) return randn_tensor(shape, generators);
    if (request.seeds.size() != generators.size())
        throw Error("internal: " + std::to_string(request.seeds.size()) + " seeds for " +
                    std::to_string(generators.size()) + " generators");

    const auto fresh_draw = [&](uint64_t seed, const std::vector<int64_t>& size) {
        Generators own = make_generators({seed}, generators.source());
        return own.randn(0, size)[0];
    };
    std::vector<at::Tensor> images;
    images.reserve(generators.size());
    for (size_t i = 0; i < generators.size(); ++i) {
        at::Tensor noise = resize ? fresh_draw(request.seeds[i], drawn) : generators.randn(i, one)[0];
        if (vary) noise = variation_slerp(request.variation_strength, noise, fresh_draw(request.variation_seeds[i], drawn));
        if (resize) {
            at::Tensor full = generators.randn(i, one)[0];
            centre_resized_noise(noise, full);
            noise = full;
        }
        images.push_back(noise);
    }
    return at::stack(images);
}

}  // namespace stipple
