// libFuzzer target: A1111's extra-network tags in prompts (core/text/extra_networks.h). Any bytes
// must give a result or stipple::Error: the stripped text is never longer than the prompt, a
// tagless prompt comes back unchanged, and the LoRA weights read from the tags are finite.
#include "common/error.h"
#include "text/extra_networks.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string prompt(reinterpret_cast<const char*>(data), size);
    const stipple::PromptExtraNetworks parsed = stipple::parse_extra_networks(prompt);
    if (parsed.text.size() > prompt.size()) __builtin_trap();
    if (parsed.tags.empty() && parsed.text != prompt) __builtin_trap();
    try {
        for (const auto& lora : stipple::lora_tags(parsed.tags))
            if (lora.name.empty() || !std::isfinite(lora.te_multiplier) || !std::isfinite(lora.unet_multiplier))
                __builtin_trap();
    } catch (const stipple::Error&) {
    }
    return 0;
}
