// .ckpt -> .safetensors: read safely, write to a temporary name, then link (no overwrite) or
// rename (overwrite) into place.
#include "io/pickle_checkpoint_convert.h"

#include "common/error.h"
#include "common/temp_file.h"
#include "io/pickle_checkpoint.h"
#include "io/safetensors.h"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>

#include <unistd.h>

namespace stipple {

namespace fs = std::filesystem;

std::string converted_checkpoint_path(const std::string& input) {
    return fs::path(input).replace_extension(".safetensors").string();
}

namespace {

// Moves the finished `tmp` to `path`. Without `overwrite`, link(2) is the atomic "create only if
// absent"; on file systems without hard links (FAT, some FUSE) a check-then-rename stands in.
void place(const std::string& tmp, const std::string& path, bool overwrite) {
    if (overwrite) {
        rename_into_place(tmp, path);
        return;
    }
    if (::link(tmp.c_str(), path.c_str()) == 0) {
        ::unlink(tmp.c_str());
        return;
    }
    const int err = errno;
    std::error_code ec;
    if (err == EEXIST || fs::exists(path, ec)) {
        ::unlink(tmp.c_str());
        throw Error("'" + path + "' already exists; not replacing it");
    }
    if (err != EPERM && err != ENOTSUP && err != EXDEV && err != EMLINK) {
        ::unlink(tmp.c_str());
        throw Error("cannot create '" + path + "': " + std::strerror(err));
    }
    rename_into_place(tmp, path);
}

}  // namespace

PickleConversion convert_pickle_checkpoint(const std::string& input, const std::string& output, bool overwrite) {
    PickleConversion result;
    result.output = output.empty() ? converted_checkpoint_path(input) : output;
    std::error_code ec;
    std::string ext = fs::path(input).extension().string();
    for (auto& ch : ext) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (ext == ".safetensors") throw Error("'" + input + "' is already a .safetensors file; open it directly");
    const fs::path folder = fs::path(result.output).parent_path();
    if (!folder.empty() && !fs::is_directory(folder, ec))
        throw Error("cannot write '" + result.output + "': the folder '" + folder.string() + "' does not exist");
    if (fs::equivalent(input, result.output, ec))
        throw Error("'" + result.output + "' is the checkpoint itself; choose another output");
    if (fs::is_directory(result.output, ec)) throw Error("'" + result.output + "' is a folder, not a file name");
    if (!overwrite && fs::exists(result.output, ec))
        throw Error("'" + result.output + "' already exists; not replacing it");

    const PickleCheckpoint ckpt = read_pickle_checkpoint(input);
    std::map<std::string, std::string> metadata = {{"format", "pt"}};
    if (ckpt.global_step) metadata["global_step"] = std::to_string(*ckpt.global_step);

    const std::string tmp = temp_path_for(result.output);
    try {
        write_safetensors(tmp, ckpt.tensors, metadata);  // itself atomic: tmp is whole or absent
        place(tmp, result.output, overwrite);
    } catch (...) {
        ::unlink(tmp.c_str());
        throw;
    }
    result.tensors = ckpt.tensors.size();
    result.bytes = fs::file_size(result.output, ec);
    result.ignored = ckpt.ignored;
    result.weights_key = ckpt.weights_key;
    result.global_step = ckpt.global_step;
    return result;
}

}  // namespace stipple
