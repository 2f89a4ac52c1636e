// Writing a denoising timeline: an animated GIF (giflib — OpenCV 4.6 cannot write GIF), an MP4
// (cv::VideoWriter, MPEG-4 Part 2 "mp4v") and a labelled filmstrip PNG, each frame one step.
#pragma once

#include "common/image.h"

#include <string>
#include <utility>
#include <vector>

namespace stipple {

// `image` resized to width x height (area averaging when shrinking, bilinear when enlarging).
Image resize_image(const Image& image, int width, int height);
// `left` and `right` next to each other (heights padded with white to the taller one).
Image side_by_side(const Image& left, const Image& right);

// Animated GIF, looping, `delay_ms` per frame (GIF counts in 1/100 s), each frame with its own
// 256-colour palette (giflib's median cut). All frames must have the first frame's size.
// Written to a temporary name and renamed. Throws stipple::Error naming the path.
void write_gif(const std::string& path, const std::vector<Image>& frames, int delay_ms);
// The number of frames and the size of a GIF (for checks and the UI); throws on a non-GIF.
struct GifInfo {
    int frames = 0, width = 0, height = 0;
};
GifInfo read_gif_info(const std::string& path);

// MP4 through cv::VideoWriter, `fps` frames per second; odd sizes are padded to even. H.264
// ("avc1", what browsers and slide software play) where OpenCV's FFmpeg has an encoder for it,
// else MPEG-4 Part 2 ("mp4v"). Returns the codec written: "H.264" or "MPEG-4 Part 2". The file is
// read back before it is renamed into place, so a short write (a full disk) leaves no file.
// Throws stipple::Error when OpenCV has no backend that writes MP4.
std::string write_mp4(const std::string& path, const std::vector<Image>& frames, double fps);

// `text` written to `path` atomically (the sidecar JSON of a GIF/MP4).
void write_text_file(const std::string& path, const std::string& text);

}  // namespace stipple
