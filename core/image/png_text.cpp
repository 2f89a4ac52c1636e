// PNG text chunks (see png_text.h). CRC-32 and inflate come from zlib.
#include "image/png_text.h"

#include "common/error.h"
#include "common/temp_file.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>

namespace stipple {

namespace {

const uint8_t kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
constexpr size_t kMaxInflated = 64u << 20;  // a text chunk never needs more; guards against zip bombs

uint32_t read_be32(const uint8_t* p) {
    return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | uint32_t(p[3]);
}
void put_be32(std::vector<uint8_t>& out, uint32_t v) {
    for (int s = 24; s >= 0; s -= 8) out.push_back(static_cast<uint8_t>(v >> s));
}

// UTF-8 -> code points; false on invalid UTF-8.
bool decode_utf8(const std::string& s, std::vector<uint32_t>& cps) {
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<uint8_t>(s[i]);
        int n = 0;
        uint32_t cp = 0;
        if (c < 0x80) n = 0, cp = c;
        else if ((c & 0xe0) == 0xc0) n = 1, cp = c & 0x1f;
        else if ((c & 0xf0) == 0xe0) n = 2, cp = c & 0x0f;
        else if ((c & 0xf8) == 0xf0) n = 3, cp = c & 0x07;
        else return false;
        for (int k = 1; k <= n; ++k) {
            if (i + k >= s.size()) return false;
            const auto cc = static_cast<uint8_t>(s[i + k]);
            if ((cc & 0xc0) != 0x80) return false;
            cp = (cp << 6) | (cc & 0x3f);
        }
        static const uint32_t min_for_len[4] = {0, 0x80, 0x800, 0x10000};
        if (cp < min_for_len[n] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
        cps.push_back(cp);
        i += n + 1;
    }
    return true;
}

std::string latin1_to_utf8(const std::string& latin1) {
    std::string out;
    out.reserve(latin1.size());
    for (char ch : latin1) {
        const auto c = static_cast<uint8_t>(ch);
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
        } else {
            out.push_back(static_cast<char>(0xc0 | (c >> 6)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3f)));
        }
    }
    return out;
}

std::string utf8_to_latin1(const std::string& utf8) {
    std::vector<uint32_t> cps;
    decode_utf8(utf8, cps);
    std::string out;
    out.reserve(cps.size());
    for (uint32_t cp : cps) out.push_back(static_cast<char>(cp));
    return out;
}

uint32_t chunk_crc(const char type[4], const uint8_t* data, size_t size) {
    uLong crc = crc32(0L, Z_NULL, 0);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(type), 4);
    if (size) crc = crc32(crc, data, static_cast<uInt>(size));
    return static_cast<uint32_t>(crc);
}

void append_chunk(std::vector<uint8_t>& out, const char type[4], const std::string& data) {
    put_be32(out, static_cast<uint32_t>(data.size()));
    out.insert(out.end(), type, type + 4);
    out.insert(out.end(), data.begin(), data.end());
    put_be32(out, chunk_crc(type, reinterpret_cast<const uint8_t*>(data.data()), data.size()));
}

// zlib stream -> bytes; false when it is corrupt or would exceed kMaxInflated.
bool inflate_all(const uint8_t* data, size_t size, std::string& out) {
    z_stream zs{};
    if (inflateInit(&zs) != Z_OK) return false;
    zs.next_in = const_cast<Bytef*>(data);
    zs.avail_in = static_cast<uInt>(size);
    char buf[16384];
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef*>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) break;
        out.append(buf, sizeof buf - zs.avail_out);
        if (out.size() > kMaxInflated) {
            rc = Z_MEM_ERROR;
            break;
        }
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
            rc = Z_DATA_ERROR;  // truncated stream
            break;
        }
    }
    inflateEnd(&zs);
    return rc == Z_STREAM_END;
}

void check_keyword(const std::string& keyword) {
    if (keyword.empty() || keyword.size() > 79 || keyword.find('\0') != std::string::npos)
        throw Error("PNG text keyword \"" + keyword + "\" must be 1-79 bytes without NUL");
    for (char c : keyword)
        if (static_cast<uint8_t>(c) < 0x20 || static_cast<uint8_t>(c) > 0x7e)
            throw Error("PNG text keyword \"" + keyword + "\" must be printable ASCII");
}

}  // namespace

bool is_latin1(const std::string& utf8) {
    std::vector<uint32_t> cps;
    if (!decode_utf8(utf8, cps)) return false;
    for (uint32_t cp : cps)
        if (cp > 0xff) return false;
    return true;
}

std::vector<uint8_t> insert_png_text(const std::vector<uint8_t>& png,
                                     const std::vector<std::pair<std::string, std::string>>& text) {
    if (png.size() < 8 + 12 || std::memcmp(png.data(), kSignature, 8) != 0)
        throw Error("insert_png_text: the data is not a PNG (bad signature)");
    // Find IEND by walking the chunks.
    size_t pos = 8, iend = std::string::npos;
    while (pos + 12 <= png.size()) {
        const uint32_t len = read_be32(&png[pos]);
        if (len > png.size() - pos - 12) break;
        if (std::memcmp(&png[pos + 4], "IEND", 4) == 0) {
            iend = pos;
            break;
        }
        pos += 12 + len;
    }
    if (iend == std::string::npos) throw Error("insert_png_text: the PNG has no IEND chunk");
    std::vector<uint8_t> out(png.begin(), png.begin() + static_cast<std::ptrdiff_t>(iend));
    for (const auto& [keyword, value] : text) {
        check_keyword(keyword);
        if (is_latin1(value)) {
            append_chunk(out, "tEXt", keyword + std::string(1, '\0') + utf8_to_latin1(value));
        } else {
            // keyword \0 compression-flag 0, method 0, language "" \0, translated keyword "" \0, UTF-8 text
            std::string data = keyword;
            data.push_back('\0');
            data.push_back('\0');
            data.push_back('\0');
            data.push_back('\0');
            data.push_back('\0');
            data += value;
            append_chunk(out, "iTXt", data);
        }
    }
    out.insert(out.end(), png.begin() + static_cast<std::ptrdiff_t>(iend), png.end());
    return out;
}

std::vector<uint8_t> encode_png_with_text(const Image& image,
                                          const std::vector<std::pair<std::string, std::string>>& text) {
    if (image.empty() || image.rgb.size() != static_cast<size_t>(image.width) * image.height * 3)
        throw Error("encode_png_with_text: image is empty or its pixel buffer does not match " +
                    std::to_string(image.width) + "x" + std::to_string(image.height));
    cv::Mat rgb(image.height, image.width, CV_8UC3, const_cast<uint8_t*>(image.rgb.data()));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    std::vector<uint8_t> png;
    if (!cv::imencode(".png", bgr, png)) throw Error("encode_png_with_text: OpenCV could not encode the PNG");
    return insert_png_text(png, text);
}

void write_file_atomically(const std::string& path, const std::vector<uint8_t>& bytes) {
    const std::string tmp = temp_path_for(path);
    write_whole_file(tmp, bytes);
    rename_into_place(tmp, path);
}

void write_png_with_text(const std::string& path, const Image& image,
                         const std::vector<std::pair<std::string, std::string>>& text) {
    write_file_atomically(path, encode_png_with_text(image, text));
}

namespace {

// The text of all chunks of one file together: each chunk is capped (kMaxInflated) but a file
// of many chunks was not, so a PNG of a few MB could inflate to gigabytes.
constexpr size_t kMaxTotalText = 64u << 20;
constexpr uint32_t kMaxTextChunk = 64u << 20;  // compressed size of one text chunk read from a file

// One tEXt/zTXt/iTXt chunk's body (CRC already checked); false when it is malformed (skipped).
bool parse_text_chunk(const std::string& ctype, const uint8_t* data, uint32_t len, PngTextChunk& chunk) {
    const std::string body(reinterpret_cast<const char*>(data), len);
    const size_t nul = body.find('\0');
    if (nul == std::string::npos || nul == 0 || nul > 79) return false;
    chunk.keyword = body.substr(0, nul);
    if (ctype == "tEXt") {
        chunk.kind = PngTextKind::tEXt;
        chunk.text = latin1_to_utf8(body.substr(nul + 1));
    } else if (ctype == "zTXt") {
        chunk.kind = PngTextKind::zTXt;
        if (nul + 2 > body.size() || body[nul + 1] != 0) return false;
        std::string inflated;
        if (!inflate_all(data + nul + 2, len - nul - 2, inflated)) return false;
        chunk.text = latin1_to_utf8(inflated);
    } else {
        chunk.kind = PngTextKind::iTXt;
        if (nul + 3 > body.size()) return false;
        const bool compressed = body[nul + 1] != 0;
        const size_t lang_end = body.find('\0', nul + 3);
        if (lang_end == std::string::npos) return false;
        const size_t tkey_end = body.find('\0', lang_end + 1);
        if (tkey_end == std::string::npos) return false;
        if (compressed) {
            if (body[nul + 2] != 0) return false;
            std::string inflated;
            if (!inflate_all(data + tkey_end + 1, len - tkey_end - 1, inflated)) return false;
            chunk.text = inflated;
        } else {
            chunk.text = body.substr(tkey_end + 1);
        }
    }
    return true;
}

bool is_text_chunk(const std::string& ctype) { return ctype == "tEXt" || ctype == "zTXt" || ctype == "iTXt"; }

void add_chunk(std::vector<PngTextChunk>& out, size_t& total, PngTextChunk&& chunk) {
    total += chunk.text.size();
    if (total > kMaxTotalText)
        throw Error("the PNG's text chunks hold more than " + std::to_string(kMaxTotalText >> 20) +
                    " MiB in all: not an image's parameters");
    out.push_back(std::move(chunk));
}

}  // namespace

std::vector<PngTextChunk> read_png_text(const std::vector<uint8_t>& png) {
    if (png.size() < 8 || std::memcmp(png.data(), kSignature, 8) != 0)
        throw Error("not a PNG file (bad signature)");
    std::vector<PngTextChunk> out;
    size_t pos = 8, total = 0;
    bool saw_iend = false;
    while (pos + 12 <= png.size()) {
        const uint32_t len = read_be32(&png[pos]);
        if (len > png.size() - pos - 12)
            throw Error("PNG chunk at byte " + std::to_string(pos) + " claims " + std::to_string(len) +
                        " bytes but the file ends first (truncated file)");
        char type[4];
        std::memcpy(type, &png[pos + 4], 4);
        const uint8_t* data = &png[pos + 8];
        const std::string ctype(type, 4);
        pos += 12 + len;
        if (ctype == "IEND") {
            saw_iend = true;
            break;
        }
        if (!is_text_chunk(ctype)) continue;
        if (read_be32(data + len) != chunk_crc(type, data, len)) continue;  // damaged text chunk: skip
        PngTextChunk chunk;
        if (parse_text_chunk(ctype, data, len, chunk)) add_chunk(out, total, std::move(chunk));
    }
    if (!saw_iend) throw Error("PNG has no IEND chunk (truncated file)");
    return out;
}

bool is_png_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char sig[8] = {};
    return in.read(sig, 8) && std::string(sig, 8) == std::string("\x89PNG\r\n\x1a\n", 8);
}

std::vector<PngTextChunk> read_png_text_file(const std::string& path) {
    // Chunk by chunk: only text chunks are read into memory, image data is skipped, so a huge or
    // hostile file costs a few reads, not its size in RAM (a dropped file is read on the GUI thread).
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error("cannot open " + path + ": " + std::strerror(errno));
    in.seekg(0, std::ios::end);
    const uint64_t size = static_cast<uint64_t>(in.tellg());
    in.seekg(0);
    try {
        uint8_t head[8];
        if (!in.read(reinterpret_cast<char*>(head), 8) || std::memcmp(head, kSignature, 8) != 0)
            throw Error("not a PNG file (bad signature)");
        std::vector<PngTextChunk> out;
        uint64_t pos = 8;
        size_t total = 0;
        std::vector<uint8_t> data;
        while (pos + 12 <= size) {
            if (!in.read(reinterpret_cast<char*>(head), 8)) throw Error("cannot read the chunk at byte " + std::to_string(pos));
            const uint32_t len = read_be32(head);
            if (len > size - pos - 12)
                throw Error("PNG chunk at byte " + std::to_string(pos) + " claims " + std::to_string(len) +
                            " bytes but the file ends first (truncated file)");
            char type[4];
            std::memcpy(type, head + 4, 4);
            const std::string ctype(type, 4);
            if (ctype == "IEND") return out;
            pos += 12 + static_cast<uint64_t>(len);
            if (!is_text_chunk(ctype) || len > kMaxTextChunk) {
                in.seekg(static_cast<std::streamoff>(len) + 4, std::ios::cur);
                continue;
            }
            data.resize(static_cast<size_t>(len) + 4);
            if (!in.read(reinterpret_cast<char*>(data.data()), static_cast<std::streamsize>(data.size())))
                throw Error("cannot read the text chunk before byte " + std::to_string(pos));
            if (read_be32(data.data() + len) != chunk_crc(type, data.data(), len)) continue;
            PngTextChunk chunk;
            if (parse_text_chunk(ctype, data.data(), len, chunk)) add_chunk(out, total, std::move(chunk));
        }
        throw Error("PNG has no IEND chunk (truncated file)");
    } catch (const Error& e) {
        throw Error(path + ": " + e.what());
    }
}

std::string png_text_value(const std::vector<PngTextChunk>& chunks, const std::string& keyword) {
    for (const auto& c : chunks)
        if (c.keyword == keyword) return c.text;
    return "";
}

}  // namespace stipple
