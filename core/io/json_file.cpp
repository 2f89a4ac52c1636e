#include "io/json_file.h"

#include "common/error.h"

#include <fstream>
#include <iterator>

namespace stipple {

nlohmann::json parse_json(const char* begin, const char* end) {
    int depth = 0;
    bool in_string = false, escaped = false;
    for (const char* p = begin; p < end; ++p) {
        const char c = *p;
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth)
                throw Error("JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels (no config or vocabulary is)");
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return nlohmann::json::parse(begin, end);
}

nlohmann::json read_json_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error("cannot open '" + path + "' (missing file or wrong folder?)");
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw Error("cannot read '" + path + "'");
    try {
        return parse_json(text);
    } catch (const std::exception& e) {
        throw Error("'" + path + "' is not valid JSON: " + e.what());
    }
}

}  // namespace stipple
