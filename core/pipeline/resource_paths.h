// Where Stipple's own data lives: resources/ (configs, the built-in model) in the source tree
// when run from a build, or <prefix>/share/stipple when installed.
#pragma once

#include <string>

namespace stipple {

// $STIPPLE_RESOURCES, else <exe>/../share/stipple, else the source tree's resources/.
std::string resources_dir();

// The built-in model "Stipple Shapes": resources_dir() + "/models/stipple-shapes".
std::string builtin_model_dir();

}  // namespace stipple
