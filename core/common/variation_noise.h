// The initial noise of a batch as AUTOMATIC1111 makes it (modules/rng.py, ImageRNG.first): a
// variation seed's noise slerped into the seed's ("Variation seed", "Variation seed strength")
// and a seed's noise drawn at another size and centred ("Seed resize from").
#pragma once

#include "common/generation_request.h"
#include "common/random.h"

#include <ATen/ATen.h>

namespace stipple {

// The initial noise {B,C,H,W} (float32, CPU) of the images of `request`, drawn through
// `generators` (one per image, of the request's noise source, made from request.seeds).
// Without a variation (no variation seeds, or strength 0) and without a seed resize that changes
// the latent size it is randn_tensor(shape, generators), bit for bit. Otherwise, per image i:
//   - the variation noise is the first draw of a fresh generator of the same source seeded with
//     variation_seeds[i];
//   - with a resize, the seed's noise is the first draw of a fresh generator seeded with seeds[i]
//     at the resize's latent size, and the image's own generator draws the full-size noise it is
//     centred into;
//   - either way image i's own generator makes exactly one draw of `shape`'s size, as without a
//     variation, so the step noise of ancestral samplers (its next draws) is unchanged, as in A1111.
// `latent_factor` is the VAE's downscale (8): A1111 draws resized noise at from_w / 8 x from_h / 8.
// Throws stipple::Error for a variation seed count that is not the image count, a strength
// outside 0..1 or a resize side smaller than one latent pixel or above 16384.
at::Tensor initial_noise(at::IntArrayRef shape, Generators& generators, const GenerationRequest& request,
                         int latent_factor);

// A1111's slerp of two noises of one image, shape {C,H,W}: each (channel, column) vector along the
// rows is interpolated on the sphere by `strength` (0 = low, 1 = high); when the vectors are on
// average nearly parallel (mean cosine > 0.9995) A1111 falls back to low * strength +
// high * (1 - strength), weights swapped as in its code.
at::Tensor variation_slerp(double strength, const at::Tensor& low, const at::Tensor& high);

// A1111's centring of a seed's noise {C,h,w} drawn at the "Seed resize from" size into `target`
// {C,H,W} (in place): pasted in the middle when smaller, cropped from its middle when larger,
// with Python's floor division for odd differences (so a crop can leave a row or column of
// `target` as it was).
void centre_resized_noise(const at::Tensor& resized, at::Tensor& target);

}  // namespace stipple
