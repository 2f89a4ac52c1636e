// A small command-line parser for stipple-cli's subcommands: declared options with help
// text, `--name value` / `--name=value`, repeatable options, and strict number parsing.
// Hand-written because core and the CLI stay free of Qt and no other parser is packaged.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stipple::cli {

struct OptionSpec {
    std::string name;        // without dashes
    std::string value_name;  // "" for a flag
    std::string help;
    bool repeatable = false;
};

class Args {
public:
    Args(std::string command, std::string summary, std::vector<OptionSpec> specs);

    // Parses argv after the subcommand name. Throws stipple::Error on unknown or incomplete options.
    void parse(const std::vector<std::string>& argv);
    std::string help() const;
    bool help_requested() const { return has("help"); }
    // parse(), then print the help to stdout when --help was given. True: the command is done.
    bool parse_or_show_help(const std::vector<std::string>& argv);
    // For a command that takes one input file besides its options: removes from `argv` and returns
    // the one argument that is neither an option nor an option's value ("" when there is none).
    // Throws stipple::Error for a second such argument.
    std::string take_input(std::vector<std::string>& argv) const;

    bool has(const std::string& name) const;
    std::string str(const std::string& name, const std::string& fallback = "") const;
    std::vector<std::string> all(const std::string& name) const;
    int integer(const std::string& name, int fallback, int min, int max) const;
    double number(const std::string& name, double fallback, double min, double max) const;

private:
    const OptionSpec* find(const std::string& name) const;
    std::string command_, summary_;
    std::vector<OptionSpec> specs_;
    std::map<std::string, std::vector<std::string>> values_;
};

// Strict parsers; each throws stipple::Error naming `what` and the text.
uint64_t parse_u64(const std::string& text, const std::string& what);
std::vector<uint64_t> parse_seed_list(const std::string& text);
std::pair<int, int> parse_int_pair(const std::string& text, const std::string& what);

}  // namespace stipple::cli
