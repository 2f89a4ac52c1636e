#include "scenes/scene_vocab.h"

#include "common/error.h"
#include "io/json_file.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <set>

namespace stipple::scenes {

namespace {

const nlohmann::json& require(const nlohmann::json& j, const char* key, const std::string& where) {
    if (!j.is_object() || !j.contains(key)) throw Error(where + ": missing key '" + key + "'");
    return j[key];
}

std::vector<std::string> strings(const nlohmann::json& j, const char* key, const std::string& where) {
    const auto& v = require(j, key, where);
    if (!v.is_array() || v.empty()) throw Error(where + ": '" + key + "' must be a non-empty list of strings");
    std::vector<std::string> out;
    for (const auto& s : v) {
        if (!s.is_string()) throw Error(where + ": '" + key + "' must be a list of strings");
        out.push_back(s.get<std::string>());
    }
    return out;
}

}  // namespace

SceneVocab SceneVocab::load(const std::string& path) {
    const nlohmann::json j = read_json_file(path);
    SceneVocab v;
    try {
        v.canvas = j.value("canvas", 64);
        v.supersample = j.value("supersample", 4);
        v.position_jitter = j.value("position_jitter", 0.045);
        v.rotation_jitter_degrees = j.value("rotation_jitter_degrees", 10.0);
        if (v.canvas < 16 || v.canvas > 1024) throw Error(path + ": 'canvas' must be 16..1024");
        if (v.supersample < 1 || v.supersample > 8) throw Error(path + ": 'supersample' must be 1..8");
        for (const auto& c : require(j, "colors", path)) {
            NamedColor nc;
            nc.name = require(c, "name", path + " colors").get<std::string>();
            const auto& rgb = require(c, "rgb", path + " color '" + nc.name + "'");
            if (!rgb.is_array() || rgb.size() != 3) throw Error(path + ": color '" + nc.name + "' rgb must be [r,g,b]");
            for (int i = 0; i < 3; ++i) nc.rgb[i] = rgb[i].get<int>();
            nc.aliases = c.contains("aliases") ? strings(c, "aliases", path + " color '" + nc.name + "'")
                                               : std::vector<std::string>{nc.name};
            v.colors.push_back(nc);
        }
        static const std::set<std::string> known_shapes = {"circle", "square", "triangle", "star",
                                                           "ring",   "cross",  "diamond",  "heart"};
        for (const auto& s : require(j, "shapes", path)) {
            NamedShape ns;
            ns.name = require(s, "name", path + " shapes").get<std::string>();
            if (!known_shapes.count(ns.name))
                throw Error(path + ": shape '" + ns.name + "' cannot be drawn (circle, square, triangle, star, ring, cross, diamond, heart)");
            ns.aliases = s.contains("aliases") ? strings(s, "aliases", path + " shape '" + ns.name + "'")
                                               : std::vector<std::string>{ns.name};
            v.shapes.push_back(ns);
        }
        for (const auto& s : require(j, "sizes", path)) {
            NamedSize ns;
            ns.name = require(s, "name", path + " sizes").get<std::string>();
            const auto& r = require(s, "radius", path + " size '" + ns.name + "'");
            ns.radius_min = r.at(0).get<double>();
            ns.radius_max = r.at(1).get<double>();
            if (!(ns.radius_min > 0 && ns.radius_max >= ns.radius_min && ns.radius_max < 0.5))
                throw Error(path + ": size '" + ns.name + "' radius must be 0 < min <= max < 0.5");
            ns.aliases = s.contains("aliases") ? strings(s, "aliases", path + " size '" + ns.name + "'")
                                               : std::vector<std::string>{ns.name};
            v.sizes.push_back(ns);
        }
        for (const auto& p : require(j, "positions", path)) {
            NamedPosition np;
            np.name = require(p, "name", path + " positions").get<std::string>();
            const auto& xy = require(p, "xy", path + " position '" + np.name + "'");
            np.x = xy.at(0).get<double>();
            np.y = xy.at(1).get<double>();
            np.phrases = strings(p, "phrases", path + " position '" + np.name + "'");
            v.positions.push_back(np);
        }
        for (const auto& r : require(j, "relations", path)) {
            NamedRelation nr;
            nr.name = require(r, "name", path + " relations").get<std::string>();
            const std::string axis = require(r, "axis", path + " relation '" + nr.name + "'").get<std::string>();
            if (axis != "x" && axis != "y") throw Error(path + ": relation '" + nr.name + "' axis must be \"x\" or \"y\"");
            nr.axis = axis[0];
            nr.sign = require(r, "sign", path + " relation '" + nr.name + "'").get<int>() < 0 ? -1 : 1;
            nr.phrases = strings(r, "phrases", path + " relation '" + nr.name + "'");
            v.relations.push_back(nr);
        }
        v.background_phrases = strings(j, "background_phrases", path);
        v.background_first_phrases = strings(j, "background_first_phrases", path);
        v.filler_words = strings(j, "filler_words", path);
        if (j.contains("picture_prefixes")) v.picture_prefixes = strings(j, "picture_prefixes", path);
        if (j.contains("example_prompts")) v.example_prompts = strings(j, "example_prompts", path);
        if (j.contains("caption_dropout")) {
            const auto& d = j["caption_dropout"];
            v.drop_size = d.value("size", v.drop_size);
            v.drop_color = d.value("color", v.drop_color);
            v.drop_position = d.value("position", v.drop_position);
            v.drop_background = d.value("background", v.drop_background);
        }
    } catch (const nlohmann::json::exception& e) {
        throw Error(path + ": malformed scene vocabulary (" + e.what() + ")");
    }
    if (v.colors.size() < 2 || v.shapes.empty() || v.sizes.empty() || v.positions.empty())
        throw Error(path + ": needs at least 2 colors, 1 shape, 1 size and 1 position");
    return v;
}

namespace {
template <typename T>
int index_of(const std::vector<T>& list, const std::string& name) {
    for (size_t i = 0; i < list.size(); ++i)
        if (list[i].name == name) return static_cast<int>(i);
    return -1;
}
}  // namespace

int SceneVocab::shape_index(const std::string& name) const { return index_of(shapes, name); }
int SceneVocab::color_index(const std::string& name) const { return index_of(colors, name); }
int SceneVocab::position_index(const std::string& name) const { return index_of(positions, name); }
int SceneVocab::size_index(const std::string& name) const { return index_of(sizes, name); }

std::vector<std::string> SceneVocab::words() const {
    std::set<std::string> out;
    const auto add = [&](const std::string& phrase) {
        std::string word;
        for (char c : phrase + " ") {
            if (std::isalpha(static_cast<unsigned char>(c))) {
                word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            } else {
                if (!word.empty() && word != "color") out.insert(word);  // "{color}" is a slot
                word.clear();
            }
        }
    };
    for (const auto& c : colors) for (const auto& a : c.aliases) add(a);
    for (const auto& s : shapes) for (const auto& a : s.aliases) add(a);
    for (const auto& s : sizes) for (const auto& a : s.aliases) add(a);
    for (const auto& p : positions) for (const auto& a : p.phrases) add(a);
    for (const auto& r : relations) for (const auto& a : r.phrases) add(a);
    for (const auto& p : background_phrases) add(p);
    for (const auto& p : background_first_phrases) add(p);
    for (const auto& w : filler_words) add(w);
    for (const auto& p : picture_prefixes) add(p);
    add("background");
    return {out.begin(), out.end()};
}

}  // namespace stipple::scenes
