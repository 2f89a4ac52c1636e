// The `--x AXIS --x-values VALUES | --x-file FILE` options of the commands that vary a request
// along sweep axes (`sweep`, `lockstep`).
#pragma once

#include "cli/args.h"
#include "teach/sweep_axis.h"

#include <optional>
#include <string>

namespace stipple::cli {

// The axis named by --<which> with its values from --<which>-values or --<which>-file; nullopt when
// --<which> is absent and not `required`. Throws stipple::Error for a missing or doubled value option.
std::optional<SweepAxis> axis_from(const Args& args, const std::string& which, bool required);

// The whole of a text file given as `option` (e.g. prompts one per line); throws naming the option.
std::string read_text_file(const std::string& path, const std::string& option);

}  // namespace stipple::cli
