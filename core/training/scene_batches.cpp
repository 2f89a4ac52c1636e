#include "training/scene_batches.h"

#include "scenes/scene_caption.h"
#include "scenes/scene_render.h"

namespace stipple::training {

namespace {

uint64_t mix(uint64_t h, uint64_t v) {
    h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 31);
}

}  // namespace

bool held_out(const scenes::Scene& s) {
    uint64_t h = 1469598103934665603ull;
    if (s.objects.size() == 1) {
        const auto& o = s.objects[0];
        for (int v : {s.background, o.color, o.shape, o.size, o.position}) h = mix(h, static_cast<uint64_t>(v));
        return h % 16 == 3;
    }
    h = mix(h, 77);
    for (const auto& o : s.objects) h = mix(mix(h, static_cast<uint64_t>(o.color)), static_cast<uint64_t>(o.shape));
    return h % 16 == 3;
}

at::Tensor rgb_to_tensor(const uint8_t* rgb, int width, int height) {
    at::Tensor t = at::from_blob(const_cast<uint8_t*>(rgb), {height, width, 3}, at::kByte).clone();
    return t.permute({2, 0, 1}).to(at::kFloat).div(127.5).sub(1.0);
}

SceneBatch training_batch(const scenes::SceneVocab& vocab, int count, std::mt19937_64& rng, double empty_share,
                          double two_object_share) {
    SceneBatch batch;
    std::vector<at::Tensor> images;
    std::uniform_real_distribution<double> u(0, 1);
    for (int i = 0; i < count; ++i) {
        scenes::Scene scene;
        do scene = scenes::random_scene(vocab, rng, two_object_share);
        while (held_out(scene));
        const cv::Mat rgb = scenes::render_scene(scene, vocab);
        images.push_back(rgb_to_tensor(rgb.data, rgb.cols, rgb.rows));
        std::string caption = scenes::training_caption(scene, vocab, rng);
        if (u(rng) < empty_share) caption.clear();
        batch.captions.push_back(caption);
    }
    batch.images = at::stack(images);
    return batch;
}

}  // namespace stipple::training
