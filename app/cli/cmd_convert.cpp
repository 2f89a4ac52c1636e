// `stipple-cli convert`: a PyTorch pickle checkpoint (.ckpt/.pt/.pth/.bin) to .safetensors, read
// without running it (core/io/pickle_checkpoint.h), written whole or not at all.
#include "cli/args.h"
#include "cli/commands.h"
#include "common/error.h"
#include "io/pickle_checkpoint_convert.h"

#include <cstdio>
#include <filesystem>

namespace stipple::cli {

int run_convert(const std::vector<std::string>& argv) {
    Args a("convert",
           "Convert a PyTorch pickle checkpoint (.ckpt, .pt, .pth, .bin) to .safetensors without running it: "
           "only the globals that rebuild tensors and dicts are allowed (as AUTOMATIC1111's safe unpickler), "
           "anything else is refused by name.\nusage: stipple-cli convert IN [--out OUT] [--force]",
           {{"out", "PATH", "the .safetensors to write (default: IN with the extension .safetensors)"},
            {"force", "", "replace OUT if it exists"}});
    // IN is the one argument that is neither an option nor --out's value.
    std::vector<std::string> options;
    std::string input;
    for (size_t i = 0; i < argv.size(); ++i) {
        const std::string& arg = argv[i];
        if (arg.rfind("-", 0) == 0 || (i > 0 && argv[i - 1] == "--out")) {
            options.push_back(arg);
        } else if (input.empty()) {
            input = arg;
        } else {
            throw Error("unexpected argument '" + arg + "' (one checkpoint at a time; see stipple-cli convert --help)");
        }
    }
    if (a.parse_or_show_help(options)) return 0;
    if (input.empty()) throw Error("no checkpoint given: stipple-cli convert IN [--out OUT] [--force]");
    const std::string output = a.has("out") ? a.str("out") : converted_checkpoint_path(input);
    std::error_code ec;
    if (!a.has("force") && output != input && !std::filesystem::is_directory(output, ec) && std::filesystem::exists(output, ec))
        throw Error("'" + output + "' already exists; add --force to replace it");

    const PickleConversion c = convert_pickle_checkpoint(input, output, a.has("force"));
    char size[32];
    if (c.bytes < 1000000)
        std::snprintf(size, sizeof size, "%llu bytes", static_cast<unsigned long long>(c.bytes));
    else
        std::snprintf(size, sizeof size, "%.1f MB", c.bytes / 1e6);
    std::printf("wrote %s: %zu tensors, %s%s%s%s\n", c.output.c_str(), c.tensors, size,
                c.weights_key.empty() ? "" : (" (from " + c.weights_key + ")").c_str(),
                c.global_step ? (", global_step " + std::to_string(*c.global_step)).c_str() : "",
                c.ignored ? (", " + std::to_string(c.ignored) + " non-tensor entries skipped").c_str() : "");
    return 0;
}

}  // namespace stipple::cli
