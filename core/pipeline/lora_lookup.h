// Finding the file of a LoRA named in a prompt tag (<lora:NAME:…>): NAME.safetensors in the LoRA
// folders (PipelineOptions::lora_dirs), in order.
#pragma once

#include <string>
#include <vector>

namespace stipple {

// The path of NAME.safetensors in the first of `dirs` that has it (directly, or in a subfolder, as
// A1111's Lora folder is searched). Throws a one-line Error listing the folders searched when none
// has it, or naming NAME when it is not a plain file name.
std::string find_lora_file(const std::string& name, const std::vector<std::string>& dirs);

}  // namespace stipple
