#include "training/caption_attributes.h"

#include "scenes/scene_caption.h"

#include <optional>

namespace stipple::training {

AttributeHeads attribute_heads(const scenes::SceneVocab& v) {
    AttributeHeads h;
    auto add = [&](const std::string& name, size_t n) {
        h.names.push_back(name);
        h.classes.push_back(static_cast<int64_t>(n) + 1);
    };
    add("background", v.colors.size());
    add("objects", 2);
    for (const char* k : {"first ", "second "}) {
        add(std::string(k) + "color", v.colors.size());
        add(std::string(k) + "shape", v.shapes.size());
        add(std::string(k) + "size", v.sizes.size());
        add(std::string(k) + "position", v.positions.size());
    }
    add("relation", v.relations.size());
    return h;
}

at::Tensor caption_labels(const std::vector<std::string>& captions, const scenes::SceneVocab& v) {
    const AttributeHeads heads = attribute_heads(v);
    at::Tensor out = at::empty({static_cast<int64_t>(captions.size()), static_cast<int64_t>(heads.classes.size())}, at::kLong);
    auto acc = out.accessor<int64_t, 2>();
    for (size_t i = 0; i < captions.size(); ++i) {
        const scenes::SceneSpec spec = captions[i].empty() ? scenes::SceneSpec{} : scenes::parse_caption(captions[i], v);
        size_t h = 0;
        // Class n (the last) of a head with n + 1 classes means "not stated".
        auto put = [&](const std::optional<int>& value) {
            acc[static_cast<int64_t>(i)][static_cast<int64_t>(h)] = value ? *value : heads.classes[h] - 1;
            ++h;
        };
        put(spec.background);
        put(spec.objects.empty() ? std::nullopt : std::optional<int>(static_cast<int>(spec.objects.size()) - 1));
        for (size_t k = 0; k < 2; ++k) {
            const scenes::ObjectSpec o = k < spec.objects.size() ? spec.objects[k] : scenes::ObjectSpec{};
            put(o.color);
            put(o.shape);
            put(o.size);
            put(o.position);
        }
        put(spec.relation);
    }
    return out;
}

}  // namespace stipple::training
