// For fuzz targets whose parser takes a path: the input as an anonymous in-memory file
// (memfd_create), opened by the parser as /proc/self/fd/N. No disk writes, nothing left behind.
#pragma once

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>

class FuzzMemFile {
public:
    FuzzMemFile(const void* data, size_t size) {
        fd_ = memfd_create("stipple-fuzz", MFD_CLOEXEC);
        if (fd_ < 0) __builtin_trap();
        const auto* p = static_cast<const char*>(data);
        for (size_t done = 0; done < size;) {
            const ssize_t n = ::write(fd_, p + done, size - done);
            if (n <= 0) __builtin_trap();
            done += static_cast<size_t>(n);
        }
    }
    explicit FuzzMemFile(const std::string& text) : FuzzMemFile(text.data(), text.size()) {}
    ~FuzzMemFile() { ::close(fd_); }
    FuzzMemFile(const FuzzMemFile&) = delete;
    FuzzMemFile& operator=(const FuzzMemFile&) = delete;
    std::string path() const { return "/proc/self/fd/" + std::to_string(fd_); }

private:
    int fd_ = -1;
};
