// Caption -> attribute labels for pretraining the built-in model's text encoder: what the caption
// states (background, object count, each object's color/shape/size/position, the relation), with
// "not stated" as one more class, read back by the caption parser so labels match the grammar.
#pragma once

#include "scenes/scene_vocab.h"

#include <ATen/ATen.h>

#include <string>
#include <vector>

namespace stipple::training {

struct AttributeHeads {
    std::vector<int64_t> classes;  // per head: number of classes, "not stated" included
    std::vector<std::string> names;
};

AttributeHeads attribute_heads(const scenes::SceneVocab& vocab);

// [B, heads] int64 labels of the captions (an empty caption states nothing).
at::Tensor caption_labels(const std::vector<std::string>& captions, const scenes::SceneVocab& vocab);

}  // namespace stipple::training
