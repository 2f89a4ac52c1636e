// Post-processed PNGs (see postprocess_png.h).
#include "image/postprocess_png.h"

#include "common/error.h"
#include "common/temp_file.h"
#include "image/infotext.h"

#include <cstdio>
#include <cmath>
#include <filesystem>
#include <system_error>

namespace stipple {

namespace fs = std::filesystem;

PngTextPairs upscale_by_info(double scale, const std::string& upscaler) {
    return {{"Postprocess upscale by", format_infotext_number(scale)}, {"Postprocess upscaler", upscaler}};
}

PngTextPairs upscale_to_info(int width, int height, const std::string& upscaler) {
    return {{"Postprocess upscale to", std::to_string(width) + "x" + std::to_string(height)},
            {"Postprocess upscaler", upscaler}};
}

PngTextPairs face_restore_info(const std::string& kind, double visibility, double codeformer_weight) {
    const auto rounded = [](double v) { return format_infotext_number(std::round(v * 1000) / 1000); };
    PngTextPairs info = {{kind + " visibility", rounded(visibility)}};
    if (kind == "CodeFormer") info.emplace_back("CodeFormer weight", rounded(codeformer_weight));
    return info;
}

std::string postprocess_infotext(const PngTextPairs& info) {
    std::string text;
    for (const auto& [k, v] : info) text += (text.empty() ? "" : ", ") + k + ": " + quote_infotext_value(v);
    return text;
}

PngTextPairs postprocessed_png_text(const std::vector<PngTextChunk>& source, const PngTextPairs& info) {
    PngTextPairs out;
    for (const auto& c : source)
        if (c.keyword != "postprocessing" && c.keyword != "extras") out.emplace_back(c.keyword, c.text);
    const std::string text = postprocess_infotext(info);
    out.emplace_back("postprocessing", text);
    out.emplace_back("extras", text);
    return out;
}

void write_new_png_with_text(const std::string& path, const Image& image, const PngTextPairs& text) {
    const std::vector<uint8_t> bytes = encode_png_with_text(image, text);
    const std::string staged = temp_path_for(path);
    write_whole_file(staged, bytes);  // removes what it wrote when it throws
    // A hard link appears under `path` only if that name is free: atomic, unlike a check before a rename.
    std::error_code ec;
    fs::create_hard_link(staged, path, ec);
    if (!ec) {
        std::remove(staged.c_str());
        return;
    }
    if (ec == std::errc::file_exists) {
        std::remove(staged.c_str());
        throw Error("'" + path + "' already exists");
    }
    // File systems without hard links (FAT, some network shares): check, then rename.
    if (fs::exists(path, ec)) {
        std::remove(staged.c_str());
        throw Error("'" + path + "' already exists");
    }
    rename_into_place(staged, path);
}

}  // namespace stipple
