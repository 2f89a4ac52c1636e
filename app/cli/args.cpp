#include "cli/args.h"

#include <cstdio>

#include "common/error.h"

#include <cerrno>
#include <cstdio>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace stipple::cli {

Args::Args(std::string command, std::string summary, std::vector<OptionSpec> specs)
    : command_(std::move(command)), summary_(std::move(summary)), specs_(std::move(specs)) {
    specs_.push_back({"help", "", "show this help"});
}

const OptionSpec* Args::find(const std::string& name) const {
    for (const auto& s : specs_)
        if (s.name == name) return &s;
    return nullptr;
}

bool Args::parse_or_show_help(const std::vector<std::string>& argv) {
    parse(argv);
    if (help_requested()) std::printf("%s", help().c_str());
    return help_requested();
}

void Args::parse(const std::vector<std::string>& argv) {
    for (size_t i = 0; i < argv.size(); ++i) {
        const std::string& arg = argv[i];
        if (arg.rfind("--", 0) != 0)
            throw Error("unexpected argument '" + arg + "' (see stipple-cli " + command_ + " --help)");
        std::string name = arg.substr(2), value;
        bool inline_value = false;
        if (auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
            inline_value = true;
        }
        const OptionSpec* spec = find(name);
        if (!spec) throw Error("unknown option --" + name + " (see stipple-cli " + command_ + " --help)");
        if (spec->value_name.empty()) {
            if (inline_value) throw Error("option --" + name + " takes no value");
            values_[name].push_back("1");
            continue;
        }
        if (!inline_value) {
            if (i + 1 >= argv.size()) throw Error("option --" + name + " needs a value " + spec->value_name);
            value = argv[++i];
        }
        auto& slot = values_[name];
        if (!slot.empty() && !spec->repeatable) throw Error("option --" + name + " given twice");
        slot.push_back(value);
    }
}

std::string Args::take_input(std::vector<std::string>& argv) const {
    std::string input;
    std::vector<std::string> options;
    for (size_t i = 0; i < argv.size(); ++i) {
        const std::string& arg = argv[i];
        bool value_of_previous = false;
        if (i > 0 && argv[i - 1].rfind("--", 0) == 0 && argv[i - 1].find('=') == std::string::npos) {
            const OptionSpec* previous = find(argv[i - 1].substr(2));
            value_of_previous = previous && !previous->value_name.empty();
        }
        if (arg.rfind("-", 0) == 0 || value_of_previous) options.push_back(arg);
        else if (input.empty()) input = arg;
        else throw Error("unexpected argument '" + arg + "' (one image at a time; see stipple-cli " + command_ + " --help)");
    }
    argv = options;
    return input;
}

std::string Args::help() const {
    std::ostringstream s;
    s << "usage: stipple-cli " << command_ << " [options]\n\n" << summary_ << "\n\noptions:\n";
    for (const auto& spec : specs_) {
        std::string left = "  --" + spec.name + (spec.value_name.empty() ? "" : " " + spec.value_name);
        if (left.size() < 30) left.resize(30, ' ');
        else left += "\n" + std::string(30, ' ');
        s << left << spec.help << (spec.repeatable ? " (repeatable)" : "") << "\n";
    }
    return s.str();
}

bool Args::has(const std::string& name) const { return values_.count(name) != 0; }

std::string Args::str(const std::string& name, const std::string& fallback) const {
    auto it = values_.find(name);
    return it == values_.end() ? fallback : it->second.back();
}

std::vector<std::string> Args::all(const std::string& name) const {
    auto it = values_.find(name);
    return it == values_.end() ? std::vector<std::string>{} : it->second;
}

int Args::integer(const std::string& name, int fallback, int min, int max) const {
    if (!has(name)) return fallback;
    const std::string text = str(name);
    char* end = nullptr;
    errno = 0;
    long v = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || errno == ERANGE)
        throw Error("--" + name + " must be a whole number, not '" + text + "'");
    if (v < min || v > max)
        throw Error("--" + name + " must be between " + std::to_string(min) + " and " + std::to_string(max) +
                    ", not " + text);
    return static_cast<int>(v);
}

double Args::number(const std::string& name, double fallback, double min, double max) const {
    if (!has(name)) return fallback;
    const std::string text = str(name);
    char* end = nullptr;
    errno = 0;
    double v = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || errno == ERANGE || !std::isfinite(v))
        throw Error("--" + name + " must be a number, not '" + text + "'");
    if (v < min || v > max) {
        std::ostringstream s;
        s << "--" << name << " must be between " << min << " and " << max << ", not " << text;
        throw Error(s.str());
    }
    return v;
}

uint64_t parse_u64(const std::string& text, const std::string& what) {
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos)
        throw Error(what + " must be a whole number from 0 to 18446744073709551615, not '" + text + "'");
    errno = 0;
    char* end = nullptr;
    unsigned long long v = std::strtoull(text.c_str(), &end, 10);
    if (errno == ERANGE || *end != '\0')
        throw Error(what + " " + text + " is larger than 18446744073709551615 (2^64-1)");
    return static_cast<uint64_t>(v);
}

std::vector<uint64_t> parse_seed_list(const std::string& text) {
    std::vector<uint64_t> seeds;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        const auto b = item.find_first_not_of(" \t"), e = item.find_last_not_of(" \t");
        seeds.push_back(parse_u64(b == std::string::npos ? "" : item.substr(b, e - b + 1), "--seed"));
    }
    if (seeds.empty()) throw Error("--seed needs at least one value");
    return seeds;
}

std::pair<int, int> parse_int_pair(const std::string& text, const std::string& what) {
    const auto comma = text.find(',');
    auto parse = [&](const std::string& part) {
        char* end = nullptr;
        errno = 0;
        long v = std::strtol(part.c_str(), &end, 10);
        if (part.empty() || *end != '\0' || errno == ERANGE || v < 0 || v > 1 << 20)
            throw Error(what + " must be two whole numbers like 1024,1024, not '" + text + "'");
        return static_cast<int>(v);
    };
    if (comma == std::string::npos) throw Error(what + " must be two numbers separated by a comma, not '" + text + "'");
    return {parse(text.substr(0, comma)), parse(text.substr(comma + 1))};
}

}  // namespace stipple::cli
