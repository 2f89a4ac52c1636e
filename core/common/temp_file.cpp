#include "common/temp_file.h"

#include "common/error.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

#include <sys/types.h>
#include <unistd.h>

namespace stipple {

namespace fs = std::filesystem;

namespace {

constexpr size_t kMaxKeptName = 200;  // file names are limited to 255 bytes; the prefix adds up to ~35
constexpr auto kStaleAfter = std::chrono::minutes(1);

// The writer's process id in a temp file name; 0 when the name has none.
long owner_pid(const std::string& name) {
    const size_t start = std::strlen(kTempPrefix);
    size_t end = start;
    while (end < name.size() && name[end] >= '0' && name[end] <= '9') ++end;
    if (end == start || end - start > 9 || end >= name.size() || name[end] != '-') return 0;
    return std::stol(name.substr(start, end - start));
}

bool process_gone(long pid) { return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH; }

void remove_stale_temp_files(const fs::path& folder) {
    std::error_code ec;
    const auto now = fs::file_time_type::clock::now();
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!is_temp_file_name(name)) continue;
        const long pid = owner_pid(name);
        if (pid <= 0 || pid == static_cast<long>(::getpid()) || !process_gone(pid)) continue;
        std::error_code file_ec;
        const auto changed = fs::last_write_time(it->path(), file_ec);
        if (file_ec || now - changed < kStaleAfter) continue;
        fs::remove(it->path(), file_ec);
    }
}

}  // namespace

bool is_temp_file_name(const std::string& name) { return name.rfind(kTempPrefix, 0) == 0; }

std::string temp_path_for(const std::string& path) {
    const fs::path p(path);
    const fs::path folder = p.parent_path();
    remove_stale_temp_files(folder.empty() ? fs::path(".") : folder);
    std::string name = p.filename().string();
    if (name.size() > kMaxKeptName) name = name.substr(name.size() - kMaxKeptName);  // keeps the extension
    std::random_device rd;
    const std::string temp =
        kTempPrefix + std::to_string(static_cast<long>(::getpid())) + "-" + std::to_string(rd()) + "-" + name;
    return (folder / temp).string();
}

void write_whole_file(const std::string& path, const std::vector<uint8_t>& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw Error("cannot create '" + path + "': " + std::strerror(errno));
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
        out.close();
        std::remove(path.c_str());
        throw Error("cannot write '" + path + "' (disk full?)");
    }
}

void rename_into_place(const std::string& tmp, const std::string& path) {
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        std::remove(tmp.c_str());
        throw Error("cannot write '" + path + "': renaming '" + tmp + "' failed: " + reason);
    }
}

}  // namespace stipple
