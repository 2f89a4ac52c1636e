// AUTOMATIC1111's "parameters" text (infotext): format it exactly as A1111 1.10 does and parse it
// back with A1111's own regex; plus the sampler label <-> "Sampler" + "Schedule type" mapping.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace stipple {

// One infotext: prompt, negative prompt and the ordered "Key: value" pairs of the last line.
// Values are stored unquoted; unknown keys are kept in order so nothing is lost on a round trip.
struct Infotext {
    std::string prompt;
    std::string negative_prompt;
    std::vector<std::pair<std::string, std::string>> params;

    // The value of `key`, or nullopt.
    std::optional<std::string> get(const std::string& key) const;
    // Replaces the value of `key` in place, or appends the pair.
    void set(const std::string& key, const std::string& value);
    void erase(const std::string& key);
};

// A1111's regex for one "Key: value" pair of the last line (Python `re_param_code`).
extern const char* const kInfotextParamPattern;

// `prompt[\nNegative prompt: neg]\nKey: value, Key: value...`, stripped, as A1111 1.10 writes it:
// a value containing ',' ':' or a newline is JSON-quoted; a pair whose key equals its value is
// written once (A1111's `k if k == v`).
std::string format_infotext(const Infotext& infotext);

// A1111's parse_generation_parameters: the last line holds the parameters when the regex finds at
// least 3 pairs there; earlier lines are the prompt, up to a line starting "Negative prompt:".
// Quoted values are unquoted with JSON rules (kept verbatim when not valid JSON). Never throws.
Infotext parse_infotext(const std::string& text);

// A1111's quote(): JSON-quotes (UTF-8 kept, not \u-escaped) when `value` has ',' ':' or '\n'.
std::string quote_infotext_value(const std::string& value);
// The inverse for a value in double quotes; anything else is returned unchanged.
std::string unquote_infotext_value(const std::string& value);

// The raw (key, value) matches of kInfotextParamPattern in one line, values still quoted.
std::vector<std::pair<std::string, std::string>> find_infotext_params(const std::string& line);

// "Size: 512x768" -> (512, 768); nullopt when the value is not WxH.
std::optional<std::pair<int, int>> parse_infotext_size(const std::string& value);

// A number as A1111 writes it: 7 -> "7", 7.5 -> "7.5" (shortest text that reads back the same).
std::string format_infotext_number(double value);

// A1111 1.9+ splits a sampler label into "Sampler" and "Schedule type":
// "DPM++ 2M Karras" -> {"DPM++ 2M", "Karras"}; "Euler a" -> {"Euler a", "Automatic"}.
struct SamplerFields {
    std::string sampler;
    std::string schedule_type;
};
SamplerFields sampler_fields_from_label(const std::string& label);
// The inverse; also reads older infotexts whose "Sampler" is "DPM++ 2M Karras" and that have no
// "Schedule type". "Automatic", "" and unknown schedule types give the plain sampler name.
std::string sampler_label_from_fields(const std::string& sampler, const std::string& schedule_type);

}  // namespace stipple
