// Tiled VAE decoding as diffusers' AutoencoderKL.tiled_decode: overlapping latent tiles decoded one
// at a time and blended linearly across the overlap, so decode memory is that of one tile whatever
// the image size. Tiled images differ slightly from a whole decode (the VAE's mid-block attention
// sees one tile), so Auto tiles only when a whole decode would not fit comfortably in memory.
#pragma once

#include <ATen/ATen.h>

#include <cstdint>
#include <functional>
#include <string>

namespace stipple::nn {

enum class VaeTilingMode { Auto, On, Off };

struct VaeTileLayout {
    int64_t tile_latent = 64;   // latent tile side (diffusers: sample_size / scale_factor)
    int64_t stride_latent = 48; // tile_latent * (1 - 0.25 overlap)
    int64_t tile_pixels = 512;  // decoded tile side (diffusers' tile_sample_min_size)
    int64_t blend_pixels = 128; // tile_pixels * 0.25
};

// The layout diffusers derives from the VAE config (sample_size, scale factor), overlap 0.25.
VaeTileLayout vae_tile_layout(int64_t sample_size, int64_t scale_factor);

// Estimated peak bytes of decoding z [batch, ., h, w] at once: nine full-resolution activations of
// the decoder's full-resolution stage (its last block's channels), as measured.
int64_t whole_decode_bytes(int64_t batch, int64_t latent_h, int64_t latent_w, int64_t scale_factor,
                           int64_t full_res_channels, int64_t element_bytes);

// Whether to tile: On/Off as asked; Auto when a whole decode needs more than a quarter of the
// machine's physical memory, and the latent is larger than one tile.
bool should_tile(VaeTilingMode mode, int64_t whole_bytes, int64_t latent_h, int64_t latent_w,
                 const VaeTileLayout& layout);

// "auto" / "on" / "off"; throws Error otherwise.
VaeTilingMode parse_vae_tiling(const std::string& text);

// decode_tile: latent tile -> image tile (post_quant_conv + decoder). Returns the whole image.
at::Tensor tiled_decode(const at::Tensor& z, const VaeTileLayout& layout,
                        const std::function<at::Tensor(const at::Tensor&)>& decode_tile);

}  // namespace stipple::nn
