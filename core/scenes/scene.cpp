#include "scenes/scene.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>

namespace stipple::scenes {

namespace {

int uniform_index(size_t n, std::mt19937_64& rng) {
    return static_cast<int>(std::uniform_int_distribution<size_t>(0, n - 1)(rng));
}

double uniform(double a, double b, std::mt19937_64& rng) { return std::uniform_real_distribution<double>(a, b)(rng); }

// Two anchors are apart when they differ by at least half the canvas on one axis.
bool apart(const NamedPosition& a, const NamedPosition& b) {
    return std::abs(a.x - b.x) >= 0.45 || std::abs(a.y - b.y) >= 0.45;
}

}  // namespace

bool relation_holds(const SceneVocab& vocab, int relation, const NamedPosition& a, const NamedPosition& b) {
    const NamedRelation& r = vocab.relations.at(relation);
    const double d = r.axis == 'x' ? a.x - b.x : a.y - b.y;
    return r.sign < 0 ? d < -0.2 : d > 0.2;
}

Scene sample_scene(const SceneSpec& spec, const SceneVocab& vocab, std::mt19937_64& rng) {
    if (spec.objects.empty() || spec.objects.size() > 2) throw Error("a scene has one or two objects");
    Scene scene;
    scene.relation = spec.relation;
    const size_t n = spec.objects.size();

    // Colors: objects first (avoiding the background when it is given), then a background unlike them.
    std::vector<int> colors(n);
    for (size_t i = 0; i < n; ++i) {
        if (spec.objects[i].color) {
            colors[i] = *spec.objects[i].color;
            continue;
        }
        do colors[i] = uniform_index(vocab.colors.size(), rng);
        while (spec.background && colors[i] == *spec.background);
    }
    if (spec.background) {
        scene.background = *spec.background;
    } else {
        do scene.background = uniform_index(vocab.colors.size(), rng);
        while (std::find(colors.begin(), colors.end(), scene.background) != colors.end());
    }

    // Positions.
    std::vector<int> positions(n, -1);
    for (size_t i = 0; i < n; ++i)
        if (spec.objects[i].position) positions[i] = *spec.objects[i].position;
    if (n == 1) {
        if (positions[0] < 0) positions[0] = uniform_index(vocab.positions.size(), rng);
    } else {
        std::vector<std::pair<int, int>> pairs;
        for (int a = 0; a < static_cast<int>(vocab.positions.size()); ++a)
            for (int b = 0; b < static_cast<int>(vocab.positions.size()); ++b) {
                if (a == b || (positions[0] >= 0 && a != positions[0]) || (positions[1] >= 0 && b != positions[1]))
                    continue;
                const auto &pa = vocab.positions[a], &pb = vocab.positions[b];
                if (!apart(pa, pb)) continue;
                if (spec.relation && !relation_holds(vocab, *spec.relation, pa, pb)) continue;
                pairs.emplace_back(a, b);
            }
        if (pairs.empty()) {
            if (positions[0] >= 0 && positions[1] >= 0 && !spec.relation) {
                pairs.emplace_back(positions[0], positions[1]);  // as asked, even if close
            } else {
                throw Error("the positions and relation asked for cannot all hold at once");
            }
        }
        const auto pick = pairs[uniform_index(pairs.size(), rng)];
        positions[0] = pick.first;
        positions[1] = pick.second;
    }

    const double c = vocab.canvas;
    for (size_t i = 0; i < n; ++i) {
        SceneObject o;
        o.color = colors[i];
        o.shape = spec.objects[i].shape ? *spec.objects[i].shape : uniform_index(vocab.shapes.size(), rng);
        o.size = spec.objects[i].size ? *spec.objects[i].size : uniform_index(vocab.sizes.size(), rng);
        o.position = positions[i];
        const NamedSize& s = vocab.sizes.at(o.size);
        const NamedPosition& p = vocab.positions.at(o.position);
        o.radius = uniform(s.radius_min, s.radius_max, rng) * c;
        const double j = vocab.position_jitter * c;
        o.x = p.x * c + uniform(-j, j, rng);
        o.y = p.y * c + uniform(-j, j, rng);
        o.rotation = uniform(-vocab.rotation_jitter_degrees, vocab.rotation_jitter_degrees, rng);
        scene.objects.push_back(o);
    }
    return scene;
}

Scene random_scene(const SceneVocab& vocab, std::mt19937_64& rng, double two_probability) {
    SceneSpec spec;
    spec.objects.resize(uniform(0, 1, rng) < two_probability ? 2 : 1);
    return sample_scene(spec, vocab, rng);
}

SceneSpec full_spec(const Scene& scene, const SceneVocab& vocab) {
    SceneSpec spec;
    spec.background = scene.background;
    for (const auto& o : scene.objects) spec.objects.push_back({o.color, o.shape, o.size, o.position});
    spec.relation = scene.relation;
    return spec;
}

}  // namespace stipple::scenes
