#include "image/image_check.h"

#include "common/error.h"

#include <zlib.h>

#include <cstring>

namespace stipple {

namespace {

uint32_t be32(const uint8_t* p) { return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | p[3]; }

void check_size(const std::string& path, uint64_t width, uint64_t height) {
    if (width == 0 || height == 0) throw Error("'" + path + "' says it is " + std::to_string(width) + "x" +
                                               std::to_string(height) + " pixels: the file is damaged");
    if (width * height > kMaxImagePixels)
        throw Error("'" + path + "' is " + std::to_string(width) + "x" + std::to_string(height) +
                    " pixels; Stipple reads images of up to " + std::to_string(kMaxImagePixels >> 20) +
                    " megapixels (8192x8192): scale it down first");
}

// Inflates the concatenated IDAT data without keeping it, to find a corrupt or truncated stream;
// stops with an error past `limit` bytes (more than the picture can hold).
void check_idat(const std::string& path, const std::vector<uint8_t>& idat, uint64_t limit) {
    z_stream z{};
    if (inflateInit(&z) != Z_OK) throw Error("zlib could not start to check '" + path + "'");
    std::vector<uint8_t> sink(1 << 16);
    z.next_in = const_cast<Bytef*>(idat.data());
    z.avail_in = static_cast<uInt>(idat.size());
    uint64_t total = 0;
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = sink.data();
        z.avail_out = static_cast<uInt>(sink.size());
        rc = inflate(&z, Z_NO_FLUSH);
        total += sink.size() - z.avail_out;
        if (total > limit) {
            rc = Z_DATA_ERROR;
            break;
        }
        if (rc == Z_BUF_ERROR && z.avail_in == 0) break;  // the stream stops before its end
    }
    inflateEnd(&z);
    if (rc != Z_STREAM_END)
        throw Error("'" + path + "' is a damaged PNG: its image data is " +
                    (rc == Z_BUF_ERROR ? std::string("cut short") : std::string("corrupt")));
}

void check_png(const std::string& path, const std::vector<uint8_t>& b) {
    size_t pos = 8;
    bool header = false, end = false;
    uint64_t width = 0, height = 0, row_bytes = 0;
    std::vector<uint8_t> idat;
    while (pos + 12 <= b.size()) {
        const uint32_t length = be32(&b[pos]);
        if (length > b.size() - pos - 12) throw Error("'" + path + "' is a damaged PNG: it is cut short");
        const uint8_t* type = &b[pos + 4];
        const uint8_t* data = &b[pos + 8];
        uLong crc = crc32(0L, Z_NULL, 0);
        crc = crc32(crc, type, 4);
        if (length) crc = crc32(crc, data, length);
        if (static_cast<uint32_t>(crc) != be32(data + length))
            throw Error("'" + path + "' is a damaged PNG: chunk '" + std::string(reinterpret_cast<const char*>(type), 4) +
                        "' fails its checksum");
        if (!header) {
            if (std::memcmp(type, "IHDR", 4) != 0 || length != 13)
                throw Error("'" + path + "' is a damaged PNG: it does not start with its header");
            header = true;
            width = be32(data);
            height = be32(data + 4);
            check_size(path, width, height);
            const uint64_t depth = data[8], colour = data[9];
            const uint64_t channels = colour == 2 ? 3 : colour == 4 ? 2 : colour == 6 ? 4 : 1;
            row_bytes = 1 + (width * channels * depth + 7) / 8;
        } else if (std::memcmp(type, "IDAT", 4) == 0) {
            idat.insert(idat.end(), data, data + length);
        } else if (std::memcmp(type, "IEND", 4) == 0) {
            end = true;
            break;
        }
        pos += 12 + length;
    }
    if (!header || !end) throw Error("'" + path + "' is a damaged PNG: it is cut short");
    // Interlaced pictures store a few more filter bytes than row_bytes * height: allow twice that.
    check_idat(path, idat, 2 * row_bytes * height + 1024);
}

// JPEG: the frame header (SOF) gives the size; the file must end with the end-of-image marker.
void check_jpeg(const std::string& path, const std::vector<uint8_t>& b) {
    size_t pos = 2;
    while (pos + 4 <= b.size()) {
        if (b[pos] != 0xFF) break;  // entropy-coded data or damage: the size was not found first
        const uint8_t marker = b[pos + 1];
        const size_t length = (size_t(b[pos + 2]) << 8) | b[pos + 3];
        const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frame && length >= 7 && pos + 9 <= b.size()) {
            check_size(path, (uint64_t(b[pos + 7]) << 8) | b[pos + 8], (uint64_t(b[pos + 5]) << 8) | b[pos + 6]);
            break;
        }
        pos += 2 + length;
    }
    size_t last = b.size();
    while (last > 2 && b[last - 1] == 0) --last;  // some writers pad after the marker
    if (last < 4 || b[last - 2] != 0xFF || b[last - 1] != 0xD9)
        throw Error("'" + path + "' is a damaged JPEG: it is cut short (no end-of-image marker)");
}

}  // namespace

void check_image_bytes(const std::string& path, const std::vector<uint8_t>& bytes) {
    static const uint8_t png[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (bytes.size() >= 8 && std::memcmp(bytes.data(), png, 8) == 0) return check_png(path, bytes);
    if (bytes.size() >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF) return check_jpeg(path, bytes);
}

}  // namespace stipple
