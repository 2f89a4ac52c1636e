// Named recipes of train-builtin. "class": a small model of the built-in kind that a class trains
// from scratch in about ten minutes on a 2-core CPU (the app's Classroom > Train a tiny model), with
// a reduced vocabulary (6 colors, 3 shapes, 2 sizes, 5 positions) on 32x32 images and the "tiny"
// architecture. It is judged on what ten minutes can learn: background and object color.
#pragma once

#include "training/builtin_trainer.h"

#include <string>
#include <vector>

namespace stipple::training {

// The names apply_preset knows.
std::vector<std::string> preset_names();

// Sets `o`'s size, step counts, batch sizes and learning rates to the preset's (out_dir, seed, log and
// the live-view fields are left alone; set fields after this call to override the preset's).
// Throws stipple::Error naming the preset when it is unknown.
void apply_preset(TrainOptions& o, const std::string& name);

// Writes the preset's scenes.json to `path` (temp + rename), derived from the shipped vocabulary at
// `shipped_path` so colors, phrases and grammar stay those of the built-in model.
void write_preset_vocabulary(const std::string& name, const std::string& shipped_path, const std::string& path);

}  // namespace stipple::training
