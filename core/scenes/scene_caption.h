// The caption grammar of Stipple Shapes: prompts from scenes (with paraphrases and left-out
// attributes, for training and evaluation) and the parser that maps a prompt back to a SceneSpec.
#pragma once

#include "scenes/scene.h"

#include <random>
#include <string>

namespace stipple::scenes {

// Word orders and phrasings of a caption. Training uses all but Unseen, which eval-builtin
// --unseen-order uses to measure whether the model generalises to phrasings it has never seen.
enum class WordOrder {
    Trained,        // "a red star in the top left on a blue background" (or the background first),
                    // and "a red star on a blue background in the top left"
    PositionFirst,  // "in the top left a red star on a blue background"; two objects said with
                    // positions: "in the top left a red star and at the bottom a blue ring ..."
                    // (trained since the fourth run; before it, the held-out order)
    Tags,           // "red star, top left, blue background": A1111-style comma-separated attributes
    Unseen,         // held out of training: "on a blue background, a red star in the top left",
                    // "a red star in the top left, blue background", "a red star in the top left of
                    // a blue background" (and the first two for two objects)
};

// A caption that says exactly what `spec` holds (absent attributes are not mentioned), in one of
// the grammar's paraphrases picked by `rng`.
std::string describe(const SceneSpec& spec, const SceneVocab& vocab, std::mt19937_64& rng,
                     WordOrder order = WordOrder::Trained);

// A training caption of `scene`: each attribute is left out with the vocabulary's dropout rates,
// two-object placement is said as a relation, as positions or not at all. `said` receives the spec
// the caption states.
std::string training_caption(const Scene& scene, const SceneVocab& vocab, std::mt19937_64& rng,
                             SceneSpec* said = nullptr);

// Parses a prompt ("a large red circle in the top left on a blue background", "a green star to the
// left of a yellow square"). Case and punctuation are ignored. Throws stipple::Error naming the
// first word it does not understand, or saying what is missing (no shape, three objects, ...).
SceneSpec parse_caption(const std::string& prompt, const SceneVocab& vocab);

// "large red circle, top left" style summary of a spec (for reports).
std::string spec_summary(const SceneSpec& spec, const SceneVocab& vocab);

}  // namespace stipple::scenes
