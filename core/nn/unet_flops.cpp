#include "nn/unet_flops.h"

#include "common/error.h"

#include <algorithm>

namespace stipple {

namespace {

// The same block structure UNet2DConditionModelImpl builds (see unet.cpp), walked for cost only.
struct Counter {
    const UNetConfig& c;
    int64_t tokens;
    double macs = 0, attention = 0;

    void conv(int64_t cin, int64_t cout, int64_t k, int64_t h, int64_t w) {
        macs += static_cast<double>(cin) * cout * k * k * h * w;
    }
    void linear(int64_t in, int64_t out, int64_t rows) { macs += static_cast<double>(in) * out * rows; }

    void resnet(int64_t cin, int64_t cout, int64_t h, int64_t w) {
        conv(cin, cout, 3, h, w);
        linear(c.time_embed_dim(), cout, 1);
        conv(cout, cout, 3, h, w);
        if (cin != cout) conv(cin, cout, 1, h, w);
    }

    void transformer(int64_t ch, int64_t layers, int64_t cross_dim, int64_t h, int64_t w) {
        const int64_t s = h * w;
        linear(ch, ch, s);  // proj_in (a 1x1 conv costs the same)
        for (int64_t l = 0; l < layers; ++l) {
            // attn1: q, k, v, out projections; scores and weighted sum over s keys.
            linear(ch, ch, s), linear(ch, ch, s), linear(ch, ch, s), linear(ch, ch, s);
            attention += 2.0 * static_cast<double>(s) * s * ch;
            // attn2: q and out on the image, k and v on the prompt tokens.
            linear(ch, ch, s), linear(cross_dim, ch, tokens), linear(cross_dim, ch, tokens), linear(ch, ch, s);
            attention += 2.0 * static_cast<double>(s) * tokens * ch;
            // GEGLU feed-forward: ch -> 2 x 4ch, then 4ch -> ch.
            linear(ch, 8 * ch, s), linear(4 * ch, ch, s);
        }
        linear(ch, ch, s);  // proj_out
    }
};

}  // namespace

UNetCost unet_forward_cost(const UNetConfig& c, int64_t latent_h, int64_t latent_w, int64_t text_tokens) {
    const int64_t n = c.num_levels();
    if (n == 0 || latent_h <= 0 || latent_w <= 0) throw Error("UNet cost: empty config or latent size");
    Counter k{c, text_tokens};
    int64_t h = latent_h, w = latent_w;
    const auto half = [](int64_t v) { return (v + 1) / 2; };  // stride-2 conv with padding 1

    k.conv(c.in_channels, c.block_out_channels[0], c.conv_in_kernel, h, w);
    const int64_t ch0 = c.block_out_channels[0];
    k.linear(ch0, c.time_embed_dim(), 1), k.linear(c.time_embed_dim(), c.time_embed_dim(), 1);

    std::vector<std::pair<int64_t, int64_t>> sizes;  // resolution at each down level
    int64_t channels = ch0;
    for (int64_t i = 0; i < n; ++i) {
        sizes.emplace_back(h, w);
        const int64_t out = c.block_out_channels[i];
        const bool attn = c.down_block_types[i] == "CrossAttnDownBlock2D";
        for (int64_t l = 0; l < c.layers_per_block[i]; ++l) {
            k.resnet(l == 0 ? channels : out, out, h, w);
            if (attn) k.transformer(out, c.transformer_layers_per_block[i], c.cross_attention_dim[i], h, w);
        }
        channels = out;
        if (i != n - 1) {
            h = half(h), w = half(w);
            k.conv(out, out, 3, h, w);
        }
    }

    const int64_t mid = c.block_out_channels[n - 1];
    k.resnet(mid, mid, h, w);
    k.transformer(mid, c.transformer_layers_per_block[n - 1], c.cross_attention_dim[n - 1], h, w);
    k.resnet(mid, mid, h, w);

    int64_t prev = mid;
    for (int64_t i = 0; i < n; ++i) {
        const int64_t r = n - 1 - i;
        const int64_t out = c.block_out_channels[r];
        const int64_t in = c.block_out_channels[std::max<int64_t>(r - 1, 0)];
        const bool attn = c.up_block_types[i] == "CrossAttnUpBlock2D";
        const int64_t layers = c.layers_per_block[r] + 1;
        for (int64_t l = 0; l < layers; ++l) {
            const int64_t skip = l == layers - 1 ? in : out;
            k.resnet((l == 0 ? prev : out) + skip, out, h, w);
            if (attn) k.transformer(out, c.transformer_layers_per_block[r], c.cross_attention_dim[r], h, w);
        }
        prev = out;
        if (i != n - 1) {
            std::tie(h, w) = sizes[static_cast<size_t>(r - 1)];
            k.conv(out, out, 3, h, w);
        }
    }
    k.conv(ch0, c.out_channels, c.conv_out_kernel, h, w);
    return {k.macs, k.attention};
}

}  // namespace stipple
