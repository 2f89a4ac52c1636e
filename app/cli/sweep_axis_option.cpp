// The sweep-axis options (see sweep_axis_option.h).
#include "cli/sweep_axis_option.h"

#include "common/error.h"

#include <fstream>
#include <sstream>

namespace stipple::cli {

std::string read_text_file(const std::string& path, const std::string& option) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error("cannot read " + option + " '" + path + "'");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::optional<SweepAxis> axis_from(const Args& a, const std::string& which, bool required) {
    const std::string name = a.str(which), values = "--" + which + "-values", file = "--" + which + "-file";
    const bool has_values = a.has(which + "-values"), has_file = a.has(which + "-file");
    if (name.empty()) {
        if (required) throw Error("give the X axis: --x seed|steps|cfg|scheduler|prompt|negative|size|variation-seed|variation-strength|model");
        if (has_values || has_file) throw Error(values + " / " + file + " need --" + which + " (the axis they vary)");
        return std::nullopt;
    }
    if (has_values == has_file) throw Error("give the --" + which + " axis values with either " + values + " or " + file);
    const SweepAxisKind kind = parse_sweep_axis_kind(name);
    return parse_sweep_axis(kind, has_file ? read_text_file(a.str(which + "-file"), file) : a.str(which + "-values"));
}

}  // namespace stipple::cli
