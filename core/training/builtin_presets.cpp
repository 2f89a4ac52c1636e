#include "training/builtin_presets.h"

#include "common/error.h"
#include "common/temp_file.h"
#include "io/json_file.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace stipple::training {

namespace {

// Keeps the entries of `list` whose "name" is in `names`, in the shipped order; an Error when one is missing.
nlohmann::json keep_named(const nlohmann::json& list, const std::vector<std::string>& names, const std::string& what,
                          const std::string& path) {
    nlohmann::json out = nlohmann::json::array();
    if (!list.is_array()) throw Error(path + ": '" + what + "' must be a list");
    for (const auto& item : list)
        if (item.is_object() && item.contains("name") && item["name"].is_string() &&
            std::find(names.begin(), names.end(), item["name"].get<std::string>()) != names.end())
            out.push_back(item);
    if (out.size() != names.size()) throw Error(path + ": '" + what + "' lacks an entry the class preset needs");
    return out;
}

}  // namespace

std::vector<std::string> preset_names() { return {"class"}; }

void apply_preset(TrainOptions& o, const std::string& name) {
    if (name != "class") throw Error("unknown train-builtin preset '" + name + "' (known: class)");
    o.preset = name;
    o.size = "class";
    o.corpus_captions = 8000;       // spm_train in about a second
    o.text_steps = 300;         // the text encoder states 99 % of the attributes after 300 steps
    o.text_batch = 64;
    o.vae_steps = 1200;
    o.vae_batch = 16;
    o.vae_lr = 3e-3;
    o.vae_object_weight = 4;
    o.steps = 3500;
    o.batch = 32;
    o.lr = 2e-3;                    // a tiny UNet takes a larger step than the full one's 1e-3
    o.warmup = 50;
    o.high_noise_share = 0.3;
    o.checkpoint_minutes = 1;
    o.eval_every = 0;
    // Its figures (README, What works) were measured at these; the full model's 15 steps at CFG 3
    // were chosen for the full model and never measured on this one.
    o.recommended_cfg = 5;
    o.recommended_steps = 20;
}

void write_preset_vocabulary(const std::string& name, const std::string& shipped_path, const std::string& path) {
    if (name != "class") throw Error("unknown train-builtin preset '" + name + "' (known: class)");
    nlohmann::json v = read_json_file(shipped_path);
    if (!v.is_object()) throw Error(shipped_path + ": not a scenes.json object");
    v["_comment"] = "The class preset's vocabulary (train-builtin --preset class): the built-in model's, reduced to "
                    "6 colors, 3 shapes, 2 sizes and 5 positions on a 32x32 canvas, so a class trains it in ten minutes.";
    v["canvas"] = 32;
    v["colors"] = keep_named(v.value("colors", nlohmann::json()), {"red", "yellow", "green", "blue", "white", "black"},
                             "colors", shipped_path);
    v["shapes"] = keep_named(v.value("shapes", nlohmann::json()), {"circle", "square", "triangle"}, "shapes", shipped_path);
    v["positions"] = keep_named(v.value("positions", nlohmann::json()),
                                {"top left", "top right", "bottom left", "bottom right", "center"}, "positions",
                                shipped_path);
    v["example_prompts"] = {"a red circle on a blue background", "a yellow square in the top left on a black background",
                            "a large white triangle on a green background",
                            "a blue circle to the left of a red square on a white background"};
    const std::string tmp = temp_path_for(path);
    const std::string text = v.dump(1) + "\n";
    write_whole_file(tmp, std::vector<uint8_t>(text.begin(), text.end()));
    rename_into_place(tmp, path);
}

}  // namespace stipple::training
