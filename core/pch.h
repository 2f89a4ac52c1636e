// Precompiled header for core: libtorch's headers are what makes core slow to compile.
#pragma once
#include <torch/torch.h>
#include <nlohmann/json.hpp>
#include <map>
#include <memory>
#include <string>
#include <vector>
