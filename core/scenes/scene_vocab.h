// The Stipple Shapes vocabulary (scenes.json in the model folder): named colors, shapes, sizes,
// positions, relations and the caption phrases the renderer, captioner, parser and checker share.
#pragma once

#include <array>
#include <string>
#include <vector>

namespace stipple::scenes {

struct NamedColor {
    std::string name;
    std::array<int, 3> rgb{0, 0, 0};
    std::vector<std::string> aliases;  // words a prompt may use (the name first)
};

struct NamedShape {
    std::string name;  // circle square triangle star ring cross diamond heart
    std::vector<std::string> aliases;
};

struct NamedSize {
    std::string name;
    double radius_min = 0, radius_max = 0;  // fraction of the canvas side
    std::vector<std::string> aliases;
};

struct NamedPosition {
    std::string name;
    double x = 0.5, y = 0.5;           // anchor, fraction of the canvas side
    std::vector<std::string> phrases;  // "in the top left", ...
};

struct NamedRelation {
    std::string name;   // "left of"
    char axis = 'x';    // 'x' or 'y'
    int sign = -1;      // first object's coordinate minus the second's has this sign
    std::vector<std::string> phrases;
};

struct SceneVocab {
    int canvas = 64;
    int supersample = 4;
    double position_jitter = 0.045;  // fraction of the canvas
    double rotation_jitter_degrees = 10;
    std::vector<NamedColor> colors;
    std::vector<NamedShape> shapes;
    std::vector<NamedSize> sizes;       // ordered small -> large
    std::vector<NamedPosition> positions;
    std::vector<NamedRelation> relations;
    std::vector<std::string> background_phrases;        // contain {color}
    std::vector<std::string> background_first_phrases;  // contain {color}; come before the objects
    std::vector<std::string> filler_words;
    std::vector<std::string> picture_prefixes;          // "a picture of" (optional in scenes.json; words are fillers)
    std::vector<std::string> example_prompts;           // shown to newcomers (optional in scenes.json)
    // Probability that a training caption leaves an attribute out.
    double drop_size = 0.3, drop_color = 0.08, drop_position = 0.3, drop_background = 0.25;

    // Reads scenes.json; throws stipple::Error naming the file and key on a missing or bad entry.
    static SceneVocab load(const std::string& path);

    // Every single word a prompt of this vocabulary may use (lower case, sorted, no duplicates):
    // colour, shape and size aliases and the words of every phrase; words outside it mean nothing
    // to a model trained on these captions.
    std::vector<std::string> words() const;

    int shape_index(const std::string& name) const;  // -1 when unknown
    int color_index(const std::string& name) const;
    int position_index(const std::string& name) const;
    int size_index(const std::string& name) const;
};

}  // namespace stipple::scenes
