// Training and evaluation data of the built-in model: batches of rendered scenes with captions,
// and the held-out split (attribute combinations training never shows, which eval-builtin uses).
#pragma once

#include "scenes/scene.h"

#include <ATen/ATen.h>

#include <random>
#include <string>
#include <vector>

namespace stipple::training {

// True for the combinations reserved for evaluation: one object whose (background, color, shape,
// size, position) hashes into 1/16 of the space; two objects whose (colors, shapes) do.
bool held_out(const scenes::Scene& scene);

struct SceneBatch {
    at::Tensor images;                  // [B,3,H,W] float in [-1,1]
    std::vector<std::string> captions;  // one per image ("" for the unconditional share)
};

// `count` random training scenes (never held-out ones) and captions; `empty_share` of the captions
// are "" (classifier-free guidance dropout); a scene holds two objects with `two_object_share`.
SceneBatch training_batch(const scenes::SceneVocab& vocab, int count, std::mt19937_64& rng, double empty_share,
                          double two_object_share = 0.35);

// RGB uint8 HxWx3 (cv::Mat data) -> [3,H,W] float in [-1,1].
at::Tensor rgb_to_tensor(const uint8_t* rgb, int width, int height);

}  // namespace stipple::training
