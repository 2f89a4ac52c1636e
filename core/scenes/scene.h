// Scenes of Stipple Shapes: a SceneSpec is what a caption says (attributes may be absent), a Scene
// is one concrete drawing of it (every attribute chosen, plus exact position, radius and rotation).
#pragma once

#include "scenes/scene_vocab.h"

#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace stipple::scenes {

struct ObjectSpec {
    std::optional<int> color, shape, size, position;  // indices into the vocabulary
};

struct SceneSpec {
    std::optional<int> background;
    std::vector<ObjectSpec> objects;  // 1 or 2
    std::optional<int> relation;      // objects[0] <relation> objects[1]
};

struct SceneObject {
    int color = 0, shape = 0, size = 0, position = 0;
    double x = 32, y = 32;    // centre in pixels
    double radius = 8;        // pixels
    double rotation = 0;      // degrees
};

struct Scene {
    int background = 0;
    std::vector<SceneObject> objects;
    std::optional<int> relation;
};

// Fills every absent attribute and the jitter from `rng`. Two objects go to anchors at least half
// the canvas apart on one axis (so they do not touch) that satisfy the relation, if any.
// Throws stipple::Error when the spec is impossible (e.g. both objects given the same position).
Scene sample_scene(const SceneSpec& spec, const SceneVocab& vocab, std::mt19937_64& rng);

// A uniformly random scene of 1 or 2 objects (two with probability `two_probability`).
Scene random_scene(const SceneVocab& vocab, std::mt19937_64& rng, double two_probability = 0.35);

// The full spec a scene satisfies (every attribute present; relation when its anchors imply one).
SceneSpec full_spec(const Scene& scene, const SceneVocab& vocab);

// Does the anchor pair (a, b) satisfy relation r?
bool relation_holds(const SceneVocab& vocab, int relation, const NamedPosition& a, const NamedPosition& b);

}  // namespace stipple::scenes
