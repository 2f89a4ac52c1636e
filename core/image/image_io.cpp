#include "image/image_io.h"

#include "common/error.h"
#include "image/image_check.h"
#include "image/png_text.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <vector>

namespace stipple {

Image load_image(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error("cannot open image '" + path + "' (missing file?)");
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    in.seekg(0);
    // A compressed image of 1 GiB is far past the 64 megapixels any decode here may make.
    if (size < 0 || size > (std::streamoff{1} << 30))
        throw Error("'" + path + "' is " + std::to_string(size >> 20) + " MiB; Stipple reads images of up to 1 GiB");
    std::vector<uint8_t> bytes(static_cast<size_t>(size));
    if (size > 0 && !in.read(reinterpret_cast<char*>(bytes.data()), size)) throw Error("cannot read image '" + path + "'");
    check_image_bytes(path, bytes);
    cv::Mat mat;
    try {
        mat = cv::imdecode(bytes, cv::IMREAD_COLOR);
    } catch (const cv::Exception& e) {
        throw Error("cannot decode image '" + path + "': " + e.what());
    }
    if (mat.empty()) throw Error("'" + path + "' is not a readable image (PNG, JPEG, BMP, WebP…)");
    return from_bgr_mat(mat);
}

cv::Mat to_bgr_mat(const Image& image) {
    cv::Mat rgb(image.height, image.width, CV_8UC3, const_cast<uint8_t*>(image.rgb.data()));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    return bgr;
}

Image from_bgr_mat(const cv::Mat& bgr) {
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    Image image;
    image.width = rgb.cols;
    image.height = rgb.rows;
    image.rgb.resize(static_cast<size_t>(rgb.cols) * rgb.rows * 3);
    for (int y = 0; y < rgb.rows; ++y)
        std::memcpy(image.rgb.data() + static_cast<size_t>(y) * rgb.cols * 3, rgb.ptr(y), static_cast<size_t>(rgb.cols) * 3);
    return image;
}

void save_png(const Image& image, const std::string& path) {
    std::vector<uchar> bytes;
    if (!cv::imencode(".png", to_bgr_mat(image), bytes)) throw Error("cannot encode PNG for '" + path + "'");
    write_file_atomically(path, std::vector<uint8_t>(bytes.begin(), bytes.end()));
}

}  // namespace stipple
