#include "io/json_file.h"

#include "common/error.h"

#include <fstream>

namespace stipple {

nlohmann::json read_json_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error("cannot open '" + path + "' (missing file or wrong folder?)");
    try {
        return nlohmann::json::parse(in);
    } catch (const std::exception& e) {
        throw Error("'" + path + "' is not valid JSON: " + e.what());
    }
}

}  // namespace stipple
