#include "pipeline/hires_fix.h"

#include "common/error.h"
#include "image/image_io.h"

#include <opencv2/core.hpp>

#include <filesystem>

namespace stipple {

namespace {

std::string size_text(int64_t w, int64_t h) { return std::to_string(w) + "x" + std::to_string(h); }

void check_size(const char* what, int64_t w, int64_t h, int factor, int max_side, int64_t max_pixels) {
    if (w < factor || h < factor)
        throw Error(std::string("hires fix ") + what + " " + size_text(w, h) + " is below " + std::to_string(factor) +
                    " px a side");
    if (w > max_side || h > max_side || w * h > max_pixels)
        throw Error(std::string("hires fix ") + what + " " + size_text(w, h) + " is beyond the size limit (" +
                    std::to_string(max_side) + " px a side, " + size_text(max_side, max_side) +
                    " in all): lower the hires scale or resize");
}

}  // namespace

HiresTarget hires_target(const HiresFix& hires, int width, int height, int factor, int max_side, int64_t max_pixels) {
    if (width < 1 || height < 1) throw Error("hires fix needs a first-pass size, not " + size_text(width, height));
    const int rx = hires.resize_width, ry = hires.resize_height;
    if (rx < 0 || ry < 0) throw Error("hires resize " + size_text(rx, ry) + " has a negative side");
    if (rx > max_side || ry > max_side) check_size("resize", rx, ry, 1, max_side, max_pixels);
    // A1111's calculate_target_resolution, in integers where it uses them (// floors: all positive).
    int64_t to_x = 0, to_y = 0, target_w = 0, target_h = 0;
    if (rx == 0 && ry == 0) {
        if (!(hires.scale >= 1.0 && hires.scale <= 4.0))
            throw Error("hires scale must be from 1 to 4, not " + std::to_string(hires.scale));
        to_x = static_cast<int64_t>(width * hires.scale);  // Python's int(): truncation
        to_y = static_cast<int64_t>(height * hires.scale);
        target_w = to_x, target_h = to_y;
    } else if (ry == 0) {
        to_x = rx, to_y = static_cast<int64_t>(rx) * height / width;
        target_w = to_x, target_h = to_y;
    } else if (rx == 0) {
        to_x = static_cast<int64_t>(ry) * width / height, to_y = ry;
        target_w = to_x, target_h = to_y;
    } else {
        const double src_ratio = static_cast<double>(width) / height, dst_ratio = static_cast<double>(rx) / ry;
        if (src_ratio < dst_ratio) to_x = rx, to_y = static_cast<int64_t>(rx) * height / width;
        else to_x = static_cast<int64_t>(ry) * width / height, to_y = ry;
        target_w = rx, target_h = ry;
    }
    HiresTarget t;
    // A1111 cuts in units of 8 (opt_f); Stipple's latent pixel is the VAE factor (8 for every SD VAE).
    t.truncate_x = static_cast<int>((to_x - target_w) / factor);
    t.truncate_y = static_cast<int>((to_y - target_h) / factor);
    check_size("upscale", to_x / factor * factor, to_y / factor * factor, factor, max_side, max_pixels);
    t.upscale_width = static_cast<int>(to_x / factor * factor);
    t.upscale_height = static_cast<int>(to_y / factor * factor);
    t.width = t.upscale_width - t.truncate_x * factor;
    t.height = t.upscale_height - t.truncate_y * factor;
    check_size("target", t.width, t.height, factor, max_side, max_pixels);
    return t;
}

std::vector<std::string> builtin_hires_upscaler_names() {
    int count = 0;
    const char* const* latent = latent_upscale_names(count);
    std::vector<std::string> names(latent, latent + count);
    for (const char* name : {"None", "Lanczos", "Nearest"}) names.emplace_back(name);
    return names;
}

HiresUpscaler find_hires_upscaler(const std::string& name) {
    HiresUpscaler u;
    if (latent_upscale_mode(name, u.latent)) {
        u.kind = HiresUpscalerKind::Latent;
        return u;
    }
    // A1111's UpscalerLanczos / UpscalerNearest / UpscalerNone (a plain Lanczos resize), and model
    // files: all through the one image upscaler API (pipeline/upscaler.h), which A1111's
    // resize_image(0, image, w, h, upscaler_name) is for its hires fix too.
    u.kind = HiresUpscalerKind::Image;
    if (name == "Lanczos" || name == "None" || name == "Nearest") {
        u.image = make_upscaler(name == "Nearest" ? "Nearest" : "Lanczos");
        return u;
    }
    std::error_code ec;
    if (!name.empty() && std::filesystem::is_regular_file(name, ec)) {
        u.image = make_upscaler(name);  // reads the model now: a wrong file fails before any step
        return u;
    }
    std::string list;
    for (const std::string& n : builtin_hires_upscaler_names()) list += (list.empty() ? "\"" : ", \"") + n + "\"";
    throw Error("unknown hires upscaler '" + name.substr(0, 80) + "': use " + list + " or an upscaler model file");
}

at::Tensor hires_upscale_latents(const at::Tensor& latents, const HiresTarget& target, int factor, LatentUpscaleMode mode) {
    const at::Tensor up = upscale_latents(latents, target.upscale_height / factor, target.upscale_width / factor, mode);
    // A1111: samples[:, :, ty//2 : h-(ty+1)//2, tx//2 : w-(tx+1)//2]
    const int64_t h = up.size(2), w = up.size(3);
    return up.slice(2, target.truncate_y / 2, h - (target.truncate_y + 1) / 2)
        .slice(3, target.truncate_x / 2, w - (target.truncate_x + 1) / 2)
        .contiguous();
}

Image hires_upscale_image(const Image& image, const HiresTarget& target, int factor, const HiresUpscaler& upscaler,
                          const std::atomic<bool>* cancel) {
    if (!upscaler.image) throw Error("internal: hires fix has no image upscaler here");
    UpscaleOptions options;
    options.cancel = cancel;
    const Image up = upscale_image(*upscaler.image, image, target.upscale_width, target.upscale_height, options);
    if (up.empty() || (target.truncate_x == 0 && target.truncate_y == 0)) return up;
    // The latents' cut in pixels: truncate/2 latent pixels before, the rest after.
    const cv::Mat bgr = to_bgr_mat(up);
    const cv::Rect keep((target.truncate_x / 2) * factor, (target.truncate_y / 2) * factor, target.width, target.height);
    return from_bgr_mat(bgr(keep).clone());
}

}  // namespace stipple
