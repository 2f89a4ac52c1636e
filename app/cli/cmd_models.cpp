// `stipple-cli models`: the model library as the app sees it (core/io/model_library.h): every
// checkpoint, LoRA, embedding, VAE, ControlNet, diffusers folder and pickle under the folders,
// with family, size and, with --hashes, A1111's short hash (cached, see io/model_hash_cache.h).
#include "cli/args.h"
#include "cli/commands.h"
#include "common/error.h"
#include "io/model_hash_cache.h"
#include "io/model_library.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace stipple::cli {

int run_models(const std::vector<std::string>& argv) {
    Args a("models",
           "List the model library: checkpoints, LoRAs, embeddings, VAEs (kind and family read from each file's "
           "header only), sizes and, with --hashes, AUTOMATIC1111's short hashes, cached by path, size and mtime.\n"
           "usage: stipple-cli models [--dir DIR]... [--json] [--hashes]",
           {{"dir", "DIR", "a folder to scan, e.g. an AUTOMATIC1111 models/ tree (default: the app's models folder, "
                           "<data dir>/models)", true},
            {"json", "", "print JSON instead of a table"},
            {"hashes", "", "compute the short hashes not yet cached (reads each new file whole)"}});
    if (a.parse_or_show_help(argv)) return 0;
    ModelScanOptions options;
    options.folders = a.all("dir");
    if (options.folders.empty()) {
        const std::string dir = default_models_dir();
        if (dir.empty()) throw Error("no models folder: HOME is unset; give --dir DIR");
        options.folders.push_back(dir);
    }
    ModelScan scan = scan_model_folders(options);
    ModelHashCache cache(default_hash_cache_path());
    for (auto& e : scan.entries) {
        if (e.kind == ModelKind::Pickle || e.kind == ModelKind::Unknown) continue;
        try {
            e.hash = a.has("hashes") ? cache.hash(e) : cache.cached(e);
        } catch (const Error& err) {
            scan.skipped.push_back({e.path, err.what()});
        }
    }
    if (a.has("hashes")) {
        try {
            cache.save();
        } catch (const Error& err) {
            std::fprintf(stderr, "warning: the hash cache was not saved: %s\n", err.what());
        }
    }
    const auto family = [](const ModelLibraryEntry& e) {
        return e.family ? std::string(model_family_id(*e.family)) : std::string();
    };
    if (a.has("json")) {
        nlohmann::json out = {{"folders", options.folders}, {"models", nlohmann::json::array()},
                              {"skipped", nlohmann::json::array()}};
        for (const auto& e : scan.entries)
            out["models"].push_back({{"path", e.path}, {"name", e.name}, {"kind", model_kind_id(e.kind)},
                                     {"family", e.family ? nlohmann::json(family(e)) : nlohmann::json()},
                                     {"size", e.size}, {"hash", e.hash.empty() ? nlohmann::json() : nlohmann::json(e.hash)},
                                     {"detail", e.detail}});
        for (const auto& s : scan.skipped) out["skipped"].push_back({{"path", s.path}, {"reason", s.reason}});
        std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return 0;
    }
    for (const auto& dir : options.folders) std::printf("# %s\n", dir.c_str());
    std::printf("%-10s %-5s %10s %-10s %s\n", "kind", "fam", "MB", "hash", "path");
    for (const auto& e : scan.entries)
        std::printf("%-10s %-5s %10.1f %-10s %s%s\n", model_kind_id(e.kind), family(e).c_str(), e.size / 1e6,
                    e.hash.empty() ? "-" : e.hash.c_str(), e.path.c_str(),
                    e.detail.empty() || e.kind == ModelKind::Unknown ? "" : ("  (" + e.detail + ")").c_str());
    for (const auto& s : scan.skipped) std::printf("skipped %s: %s\n", s.path.c_str(), s.reason.c_str());
    std::printf("%zu models, %zu skipped\n", scan.entries.size(), scan.skipped.size());
    return 0;
}

}  // namespace stipple::cli
