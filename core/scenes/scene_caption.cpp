#include "scenes/scene_caption.h"

#include "common/error.h"

#include <algorithm>
#include <map>
#include <sstream>

namespace stipple::scenes {

namespace {

template <typename T>
const T& pick(const std::vector<T>& list, std::mt19937_64& rng) {
    return list[std::uniform_int_distribution<size_t>(0, list.size() - 1)(rng)];
}

bool chance(double p, std::mt19937_64& rng) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; }

// The first alias most of the time, so the plain wording dominates.
const std::string& alias(const std::vector<std::string>& aliases, std::mt19937_64& rng) {
    return chance(0.6, rng) ? aliases.front() : pick(aliases, rng);
}

std::string replace_color(std::string phrase, const std::string& color) {
    const auto at = phrase.find("{color}");
    if (at != std::string::npos) phrase.replace(at, 7, color);
    return phrase;
}

std::string with_article(const std::string& words) {
    const char c = words.empty() ? 'x' : words[0];
    return (std::string("aeiou").find(c) != std::string::npos ? "an " : "a ") + words;
}

std::string object_phrase(const ObjectSpec& o, const SceneVocab& v, std::mt19937_64& rng) {
    std::string words;
    if (o.size) words += alias(v.sizes.at(*o.size).aliases, rng) + " ";
    if (o.color) words += alias(v.colors.at(*o.color).aliases, rng) + " ";
    words += o.shape ? alias(v.shapes.at(*o.shape).aliases, rng) : std::string("shape");
    return with_article(words);
}

std::string position_phrase(const ObjectSpec& o, const SceneVocab& v, std::mt19937_64& rng) {
    return o.position ? " " + alias(v.positions.at(*o.position).phrases, rng) : std::string();
}

// Tag style: no articles, no prepositions, the position by its name ("top left", "center").
std::string tag_object(const ObjectSpec& o, const SceneVocab& v, std::mt19937_64& rng) {
    std::string words;
    if (o.size) words += alias(v.sizes.at(*o.size).aliases, rng) + " ";
    if (o.color) words += alias(v.colors.at(*o.color).aliases, rng) + " ";
    return words + (o.shape ? alias(v.shapes.at(*o.shape).aliases, rng) : std::string("shape"));
}

std::string tags(const SceneSpec& spec, const SceneVocab& v, std::mt19937_64& rng) {
    std::string text;
    const auto& objects = spec.objects;
    if (objects.size() == 2 && spec.relation) {
        text = tag_object(objects[0], v, rng) + " " + alias(v.relations.at(*spec.relation).phrases, rng) + " " +
               tag_object(objects[1], v, rng);
    } else {
        for (size_t i = 0; i < objects.size(); ++i) {
            if (i) text += ", ";
            text += tag_object(objects[i], v, rng);
            if (objects[i].position) text += ", " + v.positions.at(*objects[i].position).name;
        }
    }
    if (spec.background) text += ", " + alias(v.colors.at(*spec.background).aliases, rng) + " background";
    return text;
}


// WordOrder::Unseen: the objects as a trained sentence says them, the background in a way no
// training caption puts it (see the enum).
std::string unseen_phrasing(const SceneSpec& spec, const SceneVocab& v, std::mt19937_64& rng) {
    SceneSpec objects_only = spec;
    objects_only.background.reset();
    const std::string body = describe(objects_only, v, rng, WordOrder::Trained);
    if (!spec.background) return body;
    const std::string color = alias(v.colors.at(*spec.background).aliases, rng);
    // "of a blue background" reads right only after a position, not after "a blue circle".
    const bool ends_in_position = !spec.relation && spec.objects.back().position.has_value();
    const std::string tag_after = body + ", " + color + " background";
    switch (std::uniform_int_distribution<int>(0, ends_in_position ? 2 : 1)(rng)) {
        case 0: return "on " + with_article(color + " background") + ", " + body;
        case 1: return tag_after;
        default: {
            // A bare "right"/"left" before "of" reads as the relation "right of": keep only the
            // prompts the grammar's parser reads back as this scene.
            const std::string of = body + " of " + with_article(color + " background");
            try {
                if (spec_summary(parse_caption(of, v), v) == spec_summary(spec, v)) return of;
            } catch (const Error&) {
            }
            return tag_after;
        }
    }
}

}  // namespace

std::string describe(const SceneSpec& spec, const SceneVocab& v, std::mt19937_64& rng, WordOrder order) {
    if (spec.objects.empty() || spec.objects.size() > 2) throw Error("a caption describes one or two objects");
    if (order == WordOrder::Tags) return tags(spec, v, rng);
    if (order == WordOrder::Unseen) return unseen_phrasing(spec, v, rng);
    std::string body;
    const ObjectSpec& first = spec.objects[0];
    const bool two_placed = spec.objects.size() == 2 && !spec.relation && first.position && spec.objects[1].position;
    if (order == WordOrder::PositionFirst && (two_placed || (spec.objects.size() == 1 && first.position))) {
        body = position_phrase(first, v, rng).substr(1) + " " + object_phrase(first, v, rng);
        if (two_placed)
            body += " and" + position_phrase(spec.objects[1], v, rng) + " " + object_phrase(spec.objects[1], v, rng);
        if (!spec.background) return body;
        return body + " " + replace_color(pick(v.background_phrases, rng), alias(v.colors.at(*spec.background).aliases, rng));
    }
    if (spec.objects.size() == 1 && first.position && spec.background && chance(0.25, rng)) {
        // "a red star on a blue background in the top left"
        return object_phrase(first, v, rng) + " " +
               replace_color(pick(v.background_phrases, rng), alias(v.colors.at(*spec.background).aliases, rng)) +
               position_phrase(first, v, rng);
    }
    if (spec.objects.size() == 1) {
        body = object_phrase(first, v, rng) + position_phrase(first, v, rng);
    } else if (spec.relation) {
        body = object_phrase(spec.objects[0], v, rng) + " " + alias(v.relations.at(*spec.relation).phrases, rng) + " " +
               object_phrase(spec.objects[1], v, rng);
    } else {
        body = object_phrase(spec.objects[0], v, rng) + position_phrase(spec.objects[0], v, rng) + " and " +
               object_phrase(spec.objects[1], v, rng) + position_phrase(spec.objects[1], v, rng);
    }
    if (!spec.background) return body;
    const std::string color = alias(v.colors.at(*spec.background).aliases, rng);
    if (chance(0.2, rng)) return replace_color(pick(v.background_first_phrases, rng), color) + " " + body;
    return body + " " + replace_color(pick(v.background_phrases, rng), color);
}

std::string training_caption(const Scene& scene, const SceneVocab& v, std::mt19937_64& rng, SceneSpec* said) {
    SceneSpec spec = full_spec(scene, v);
    if (chance(v.drop_background, rng)) spec.background.reset();
    for (auto& o : spec.objects) {
        if (chance(v.drop_size, rng)) o.size.reset();
        if (chance(v.drop_color, rng)) o.color.reset();
        if (chance(v.drop_position, rng)) o.position.reset();
    }
    if (spec.objects.size() == 2) {
        // Placement: a relation the anchors imply, the two positions, or nothing.
        std::vector<int> holds;
        for (int r = 0; r < static_cast<int>(v.relations.size()); ++r)
            if (relation_holds(v, r, v.positions[scene.objects[0].position], v.positions[scene.objects[1].position]))
                holds.push_back(r);
        const double u = std::uniform_real_distribution<double>(0, 1)(rng);
        if (!holds.empty() && u < 0.5) {
            spec.relation = pick(holds, rng);
            for (auto& o : spec.objects) o.position.reset();
        } else {
            spec.relation.reset();
            if (u < 0.85) {
                for (size_t i = 0; i < 2; ++i) spec.objects[i].position = scene.objects[i].position;
            } else {
                for (auto& o : spec.objects) o.position.reset();
            }
        }
    }
    if (said) *said = spec;
    // Most captions in the grammar's sentences; some as A1111-style tags, some introduced as a
    // picture ("a picture of ..."), so a prompt is read by what it says more than by its template.
    const double style = std::uniform_real_distribution<double>(0, 1)(rng);
    if (style < 0.15) return describe(spec, v, rng, WordOrder::Tags);
    if (style < 0.25 && !v.picture_prefixes.empty()) return pick(v.picture_prefixes, rng) + " " + describe(spec, v, rng);
    // The position first in some sentences: prompts are read by what they say, not where.
    if (style < 0.40) return describe(spec, v, rng, WordOrder::PositionFirst);
    return describe(spec, v, rng);
}

namespace {

enum class Kind { Color, Shape, Size, Position, Relation, Background, Filler };

struct Token {
    Kind kind;
    int index = -1;
    std::string text;
};

std::vector<std::string> words_of(const std::string& text) {
    std::string clean;
    for (unsigned char c : text) clean += std::isalnum(c) ? static_cast<char>(std::tolower(c)) : ' ';
    std::istringstream in(clean);
    std::vector<std::string> words;
    for (std::string w; in >> w;) words.push_back(w);
    return words;
}

std::vector<Token> tokenize(const std::string& prompt, const SceneVocab& v) {
    std::map<std::vector<std::string>, Token> table;
    auto add = [&](const std::string& phrase, Kind kind, int index) {
        const auto w = words_of(phrase);
        if (!w.empty()) table.emplace(w, Token{kind, index, phrase});
    };
    // Specific entries first: emplace keeps the first meaning of a phrase.
    for (int i = 0; i < static_cast<int>(v.relations.size()); ++i)
        for (const auto& p : v.relations[i].phrases) add(p, Kind::Relation, i);
    for (int i = 0; i < static_cast<int>(v.positions.size()); ++i) {
        add(v.positions[i].name, Kind::Position, i);
        for (const auto& p : v.positions[i].phrases) add(p, Kind::Position, i);
    }
    for (int i = 0; i < static_cast<int>(v.colors.size()); ++i)
        for (const auto& a : v.colors[i].aliases) add(a, Kind::Color, i);
    for (int i = 0; i < static_cast<int>(v.shapes.size()); ++i)
        for (const auto& a : v.shapes[i].aliases) add(a, Kind::Shape, i);
    for (int i = 0; i < static_cast<int>(v.sizes.size()); ++i)
        for (const auto& a : v.sizes[i].aliases) add(a, Kind::Size, i);
    add("background", Kind::Background, -1);
    for (const auto& f : v.filler_words) add(f, Kind::Filler, -1);
    size_t longest = 1;
    for (const auto& [k, _] : table) longest = std::max(longest, k.size());

    const auto words = words_of(prompt);
    std::vector<Token> tokens;
    for (size_t i = 0; i < words.size();) {
        bool found = false;
        for (size_t n = std::min(longest, words.size() - i); n >= 1 && !found; --n) {
            const std::vector<std::string> key(words.begin() + static_cast<long>(i), words.begin() + static_cast<long>(i + n));
            const auto it = table.find(key);
            if (it == table.end()) continue;
            tokens.push_back(it->second);
            i += n;
            found = true;
        }
        if (!found) {
            std::string colors, shapes;
            for (const auto& c : v.colors) colors += (colors.empty() ? "" : ", ") + c.name;
            for (const auto& s : v.shapes) shapes += (shapes.empty() ? "" : ", ") + s.name;
            throw Error("the built-in model does not understand the word '" + words[i] + "' in \"" + prompt +
                        "\" (colors: " + colors + "; shapes: " + shapes + ")");
        }
    }
    return tokens;
}

}  // namespace

SceneSpec parse_caption(const std::string& prompt, const SceneVocab& v) {
    const std::vector<Token> tokens = tokenize(prompt, v);
    SceneSpec spec;
    ObjectSpec cur;
    std::string cur_words;  // the words of `cur` so far, for errors
    std::optional<int> loose_position;
    std::optional<int> relation_after;  // number of objects when the relation phrase came
    auto next_meaningful = [&](size_t i) {
        for (size_t j = i + 1; j < tokens.size(); ++j)
            if (tokens[j].kind != Kind::Filler) return j;
        return tokens.size();
    };
    auto set_once = [&](std::optional<int>& slot, int value, const std::string& word, const char* what) {
        if (slot && *slot != value)
            throw Error("\"" + prompt + "\" gives one " + what + " two values ('" + word + "' is the second)");
        slot = value;
    };
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        switch (t.kind) {
            case Kind::Filler:
                break;
            case Kind::Background:
                throw Error("\"" + prompt + "\": say the background's color before 'background' (e.g. 'on a blue background')");
            case Kind::Color: {
                const size_t j = next_meaningful(i);
                if (j < tokens.size() && tokens[j].kind == Kind::Background) {
                    set_once(spec.background, t.index, t.text, "background color");
                    i = j;
                } else if (j == tokens.size() && !spec.objects.empty() && !cur.size && !cur.color && !spec.background) {
                    spec.background = t.index;  // "a red circle on blue"
                } else {
                    set_once(cur.color, t.index, t.text, "object color");
                    cur_words += t.text + " ";
                }
                break;
            }
            case Kind::Size:
                set_once(cur.size, t.index, t.text, "object size");
                cur_words += t.text + " ";
                break;
            case Kind::Shape:
                cur.shape = t.index;
                if (loose_position) cur.position = loose_position, loose_position.reset();
                spec.objects.push_back(cur);
                cur = ObjectSpec{};
                cur_words.clear();
                if (spec.objects.size() > 2)
                    throw Error("\"" + prompt + "\" names more than two shapes; the built-in model draws one or two");
                break;
            case Kind::Position:
                if (!spec.objects.empty() && !spec.objects.back().position && !cur.color && !cur.size) {
                    spec.objects.back().position = t.index;
                } else if (!loose_position) {
                    loose_position = t.index;
                } else {
                    throw Error("\"" + prompt + "\": the position '" + t.text + "' belongs to no shape");
                }
                break;
            case Kind::Relation:
                if (spec.objects.size() != 1 || relation_after)
                    throw Error("\"" + prompt + "\": '" + t.text + "' must stand between two shapes (\"a red circle " +
                                t.text + " a blue square\")");
                spec.relation = t.index;
                relation_after = 1;
                break;
        }
    }
    if (!cur_words.empty())
        throw Error("\"" + prompt + "\": '" + cur_words.substr(0, cur_words.size() - 1) +
                    "' describes no shape; name one (circle, square, triangle, ...)");
    if (spec.objects.empty()) throw Error("\"" + prompt + "\" names no shape (circle, square, triangle, ...)");
    if (loose_position) {
        if (spec.objects.back().position) throw Error("\"" + prompt + "\" gives a position that belongs to no shape");
        spec.objects.back().position = loose_position;
    }
    if (spec.relation && spec.objects.size() != 2)
        throw Error("\"" + prompt + "\": a relation needs a shape on each side");
    return spec;
}

std::string spec_summary(const SceneSpec& spec, const SceneVocab& v) {
    std::string s;
    for (size_t i = 0; i < spec.objects.size(); ++i) {
        const auto& o = spec.objects[i];
        if (i) s += spec.relation ? " " + v.relations[*spec.relation].name + " " : " + ";
        if (o.size) s += v.sizes[*o.size].name + " ";
        if (o.color) s += v.colors[*o.color].name + " ";
        s += o.shape ? v.shapes[*o.shape].name : "shape";
        if (o.position) s += " @" + v.positions[*o.position].name;
    }
    if (spec.background) s += " on " + v.colors[*spec.background].name;
    return s;
}

}  // namespace stipple::scenes
