// stipple-cli's subcommands. Each takes the arguments after its name and returns the exit code;
// bad input is reported by throwing stipple::Error (main prints it and exits 2).
#pragma once

#include <string>
#include <vector>

namespace stipple::cli {

struct Command {
    const char* name;
    const char* summary;
    int (*run)(const std::vector<std::string>& args);
};

int run_generate(const std::vector<std::string>& args);
int run_info(const std::vector<std::string>& args);
int run_sweep(const std::vector<std::string>& args);
int run_timeline(const std::vector<std::string>& args);
int run_noise(const std::vector<std::string>& args);
int run_guidance(const std::vector<std::string>& args);
int run_lockstep(const std::vector<std::string>& args);
int run_triage(const std::vector<std::string>& args);
int run_render_scene(const std::vector<std::string>& args);
int run_train_builtin(const std::vector<std::string>& args);
int run_eval_builtin(const std::vector<std::string>& args);
int run_bench(const std::vector<std::string>& args);
int run_prompt(const std::vector<std::string>& args);
int run_convert(const std::vector<std::string>& args);
int run_models(const std::vector<std::string>& args);
int run_upscale(const std::vector<std::string>& args);
int run_restore_faces(const std::vector<std::string>& args);

const std::vector<Command>& commands();

}  // namespace stipple::cli
