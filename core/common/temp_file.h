// Files written whole or not at all: each is written under a temporary name in its own folder and
// renamed into place when complete (rename replaces atomically), so the final name holds the
// previous file or the new one, never a part of one, even if the writer is killed (SIGKILL).
//
// A writer killed before its rename leaves its temporary file behind. The name says so:
//   <folder>/.stipple-tmp-<pid>-<random>-<final name>
// hidden (leading dot: file managers, `ls` and the gallery's PNG import pass over it), marked
// (kTempPrefix), and owned (the writer's process id), so temp_path_for() can remove exactly the
// ones whose writer is gone. The final name comes last: encoders that pick the format from the
// extension (OpenCV's VideoWriter) see the real one.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace stipple {

inline constexpr const char* kTempPrefix = ".stipple-tmp-";

// A fresh temporary name beside `path` (see above). Before returning it, removes from that folder
// the temporary files left by writers that no longer run and that have not changed for a minute
// (the minute spares a live writer on another machine sharing the folder); best effort, never throws.
std::string temp_path_for(const std::string& path);

// True for a file name (no folder) made by temp_path_for.
bool is_temp_file_name(const std::string& name);

// Writes `bytes` to `path` (created or truncated); throws stipple::Error naming the path on failure,
// removing what was written. Not atomic by itself: write to a temp_path_for name, then rename.
void write_whole_file(const std::string& path, const std::vector<uint8_t>& bytes);

// Renames `tmp` to `path` (replacing it); on failure removes `tmp` and throws stipple::Error.
void rename_into_place(const std::string& tmp, const std::string& path);

}  // namespace stipple
