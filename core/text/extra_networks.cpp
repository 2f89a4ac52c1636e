// A1111's extra-network tag syntax (see extra_networks.h). A hand scan, not std::regex: prompts are
// untrusted text and std::regex recurses per character; `\w` must be Python's Unicode-aware one.
#include "text/extra_networks.h"

#include "common/error.h"
#include "text/python_text.h"

#include <cmath>
#include <charconv>
#include <optional>
#include <string_view>

namespace stipple {

namespace {

constexpr size_t kNoMoreTags = std::string_view::npos;

// The length of a tag starting at `pos` (text[pos] == '<'), 0 when none starts there, kNoMoreTags
// when no '>' follows (then no later '<' starts one either: this keeps the scan linear).
size_t tag_length(std::string_view text, size_t pos, ExtraNetworkTag& tag) {
    size_t i = pos + 1;
    while (i < text.size()) {
        const auto c = python_text::decode_at(text, i);
        if (!python_text::is_word(c.value)) break;
        i += c.length;
    }
    if (i == pos + 1 || i >= text.size() || text[i] != ':') return 0;
    const size_t args_begin = i + 1;
    const size_t close = text.find('>', args_begin);
    if (close == std::string_view::npos) return kNoMoreTags;
    if (close == args_begin) return 0;
    tag.type = std::string(text.substr(pos + 1, i - pos - 1));
    tag.items.clear();
    const std::string_view args = text.substr(args_begin, close - args_begin);
    size_t begin = 0;
    while (true) {
        const size_t colon = args.find(':', begin);
        tag.items.emplace_back(args.substr(begin, colon == std::string_view::npos ? args.npos : colon - begin));
        if (colon == std::string_view::npos) break;
        begin = colon + 1;
    }
    return close + 1 - pos;
}

// Python's float() of one tag argument: surrounding whitespace allowed, a finite decimal number.
double tag_number(const std::string& text, const std::string& what, const std::string& tag_text) {
    std::string_view v(text);
    while (!v.empty() && python_text::is_space(static_cast<unsigned char>(v.front()))) v.remove_prefix(1);
    while (!v.empty() && python_text::is_space(static_cast<unsigned char>(v.back()))) v.remove_suffix(1);
    const auto value = python_text::parse_float(v);
    if (!value || !std::isfinite(*value))
        throw Error("the " + what + " weight in " + tag_text + " is not a number (write e.g. <lora:name:0.8>)");
    return *value;
}

// The tag as written, for a one-line message: newlines as spaces, at most ~80 bytes.
std::string joined(const ExtraNetworkTag& tag) {
    std::string text = "<" + tag.type;
    for (const auto& item : tag.items) {
        text += ":" + item;
        if (text.size() > 80) break;
    }
    if (text.size() > 80) text = text.substr(0, 77) + "...";
    for (char& c : text)
        if (c == '\n' || c == '\r') c = ' ';
    return text + ">";
}

}  // namespace

PromptExtraNetworks parse_extra_networks(const std::string& prompt) {
    PromptExtraNetworks out;
    out.text.reserve(prompt.size());
    const std::string_view text(prompt);
    size_t pos = 0;
    while (pos < text.size()) {
        const size_t open = text.find('<', pos);
        if (open == std::string_view::npos) break;
        ExtraNetworkTag tag;
        const size_t length = tag_length(text, open, tag);
        if (length == kNoMoreTags) break;
        out.text.append(text.substr(pos, open - pos));
        if (length == 0) {
            out.text.push_back('<');
            pos = open + 1;
            continue;
        }
        out.tags.push_back(std::move(tag));
        pos = open + length;
    }
    if (pos < text.size()) out.text.append(text.substr(pos));
    return out;
}

std::vector<LoraTag> lora_tags(const std::vector<ExtraNetworkTag>& tags) {
    std::vector<LoraTag> out;
    for (const auto& tag : tags) {
        if (tag.type != "lora" && tag.type != "lyco") continue;  // "lyco": A1111's alias of "lora"
        // ExtraNetworkParams: an item with exactly one '=' is named, anything else positional.
        std::vector<std::string> positional;
        std::optional<std::string> te, unet;
        for (const auto& item : tag.items) {
            const size_t eq = item.find('=');
            if (eq != std::string::npos && item.find('=', eq + 1) == std::string::npos) {
                const std::string key = item.substr(0, eq);
                if (key == "te") te = item.substr(eq + 1);
                else if (key == "unet") unet = item.substr(eq + 1);
                // other named arguments (dyn=, A1111's DyLoRA rank) change nothing here
            } else {
                positional.push_back(item);
            }
        }
        const std::string text = joined(tag);
        if (positional.empty() || positional[0].empty()) throw Error("the LoRA tag " + text + " names no file");
        LoraTag lora;
        lora.name = positional[0];
        if (positional.size() > 1) lora.te_multiplier = tag_number(positional[1], "text-encoder", text);
        if (te) lora.te_multiplier = tag_number(*te, "text-encoder", text);
        lora.unet_multiplier = lora.te_multiplier;
        if (positional.size() > 2) lora.unet_multiplier = tag_number(positional[2], "UNet", text);
        if (unet) lora.unet_multiplier = tag_number(*unet, "UNet", text);
        out.push_back(std::move(lora));
    }
    return out;
}

BatchExtraNetworks parse_batch_extra_networks(const std::vector<std::string>& prompts) {
    BatchExtraNetworks out;
    for (size_t i = 0; i < prompts.size(); ++i) {
        PromptExtraNetworks parsed = parse_extra_networks(prompts[i]);
        if (i == 0) out.loras = lora_tags(parsed.tags);
        out.prompts.push_back(std::move(parsed.text));
    }
    return out;
}

std::string lora_tag_text(const std::string& name, double multiplier) {
    // Shortest round-trip form, locale-independent ("1", "0.8"), as A1111's picker writes numbers.
    char number[64];
    const auto r = std::to_chars(number, number + sizeof number, multiplier);
    return "<lora:" + name + ":" + std::string(number, r.ptr) + ">";
}

}  // namespace stipple
