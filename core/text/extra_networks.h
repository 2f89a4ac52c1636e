// A1111's extra-network tags in a prompt: `<TYPE:arg1:arg2:...>` (modules/extra_networks.py,
// re_extra_net = <(\w+):([^>]+)>). Every such tag is removed from the text before the prompt
// parser sees it, whatever its type; the tags of type "lora" (and its alias "lyco") select LoRAs.
// Pure text functions: no model, no files.
#pragma once

#include <string>
#include <vector>

namespace stipple {

struct ExtraNetworkTag {
    std::string type;                // "lora", "hypernet", ...
    std::vector<std::string> items;  // the arguments split at ':' (items[0] is the name)
};

struct PromptExtraNetworks {
    std::string text;                   // the prompt with every tag removed (nothing else changed)
    std::vector<ExtraNetworkTag> tags;  // in prompt order
};

// Removes every `<word:args>` tag (word = Python's \w+, args = one or more characters other than
// '>') and returns the remaining text and the tags, as A1111's parse_prompt does.
PromptExtraNetworks parse_extra_networks(const std::string& prompt);

// One LoRA selected by `<lora:NAME[:TE[:UNET]]>` with A1111's arguments: TE (default 1) scales the
// text encoders, UNET (default TE) the UNet; the named forms te=X / unet=X override them.
struct LoraTag {
    std::string name;  // as written in the tag: the file stem looked up in the LoRA folders
    double te_multiplier = 1.0;
    double unet_multiplier = 1.0;
};

// The LoRA tags among `tags`, in order. Throws stipple::Error naming the tag for an empty name or
// a multiplier that is not a finite number.
std::vector<LoraTag> lora_tags(const std::vector<ExtraNetworkTag>& tags);

// What A1111 does with a batch: tags are removed from every prompt, and the LoRAs come from the
// first prompt's tags only (extra_networks.parse_prompts). Negative prompts are left as they are:
// A1111 neither strips nor activates tags there (they reach CLIP as text).
struct BatchExtraNetworks {
    std::vector<std::string> prompts;  // stripped, same order and count
    std::vector<LoraTag> loras;
};
BatchExtraNetworks parse_batch_extra_networks(const std::vector<std::string>& prompts);

// The tag text for a LoRA picker to insert: "<lora:NAME:MULT>" with MULT written as A1111 does.
std::string lora_tag_text(const std::string& name, double multiplier = 1.0);

}  // namespace stipple
