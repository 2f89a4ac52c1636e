#include "pipeline/image_tensors.h"

#include "common/error.h"
#include "image/image_io.h"

#include <opencv2/imgproc.hpp>

#include <cstring>

namespace stipple {

namespace {

Image resized(const Image& image, int width, int height) {
    if (image.width == width && image.height == height) return image;
    cv::Mat out;
    cv::resize(to_bgr_mat(image), out, cv::Size(width, height), 0, 0, cv::INTER_LANCZOS4);
    return from_bgr_mat(out);
}

at::Tensor hwc_bytes(const Image& image) {
    if (image.empty() || image.rgb.size() != static_cast<size_t>(image.width) * image.height * 3)
        throw Error("the input image is empty or damaged");
    return at::from_blob(const_cast<uint8_t*>(image.rgb.data()), {image.height, image.width, 3}, at::kByte).clone();
}

}  // namespace

at::Tensor image_to_tensor(const Image& image, int width, int height) {
    at::Tensor hwc = hwc_bytes(resized(image, width, height));
    return (hwc.permute({2, 0, 1}).unsqueeze(0).to(at::kFloat) / 255.0) * 2.0 - 1.0;
}

at::Tensor mask_to_tensor(const Image& mask, int width, int height) {
    at::Tensor hwc = hwc_bytes(resized(mask, width, height)).to(at::kInt);
    // PIL's ImageColor "L" conversion: L = (R*19595 + G*38470 + B*7471 + 0x8000) >> 16.
    at::Tensor l = (hwc.select(2, 0) * 19595 + hwc.select(2, 1) * 38470 + hwc.select(2, 2) * 7471 + 0x8000) / 65536;
    at::Tensor unit = l.to(at::kFloat) / 255.0;
    return (unit >= 0.5).to(at::kFloat).unsqueeze(0).unsqueeze(0);
}

Image unit_tensor_to_image(const at::Tensor& rgb01, int index) {
    at::Tensor x = rgb01.select(0, index).detach().to(at::kCPU, at::kFloat).clamp(0, 1);
    // numpy's round is half-to-even, and so is at::round.
    at::Tensor bytes = (x * 255.0).round().to(at::kByte).permute({1, 2, 0}).contiguous();
    Image image;
    image.height = static_cast<int>(bytes.size(0));
    image.width = static_cast<int>(bytes.size(1));
    image.rgb.resize(bytes.numel());
    std::memcpy(image.rgb.data(), bytes.data_ptr(), bytes.numel());
    return image;
}

Image tensor_to_image(const at::Tensor& decoded, int index) {
    return unit_tensor_to_image(decoded.to(at::kFloat) / 2.0 + 0.5, index);
}

}  // namespace stipple
