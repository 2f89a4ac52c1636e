#include "common/emphasis.h"

#include "common/error.h"

#include <algorithm>
#include <cctype>

namespace stipple {

const char* emphasis_name(Emphasis emphasis) {
    switch (emphasis) {
        case Emphasis::Original: return "Original";
        case Emphasis::NoNorm: return "No norm";
        case Emphasis::Ignore: return "Ignore";
        case Emphasis::None: return "None";
    }
    return "Original";
}

Emphasis parse_emphasis(const std::string& text) {
    std::string key;
    for (unsigned char c : text)
        if (std::isalnum(c)) key += static_cast<char>(std::tolower(c));
    if (key == "original") return Emphasis::Original;
    if (key == "nonorm") return Emphasis::NoNorm;
    if (key == "ignore") return Emphasis::Ignore;
    if (key == "none") return Emphasis::None;
    throw Error("unknown emphasis mode '" + text + "': use Original, \"No norm\", Ignore or None");
}

}  // namespace stipple
