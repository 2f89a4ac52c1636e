#include "image/timeline_export.h"

#include "common/error.h"
#include "common/temp_file.h"
#include "image/image_io.h"
#include "image/png_text.h"

#include <gif_lib.h>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <filesystem>

namespace stipple {

namespace {

void check_frames(const std::vector<Image>& frames, const std::string& path) {
    if (frames.empty()) throw Error("no frames to write to '" + path + "'");
    for (const auto& f : frames)
        if (f.width != frames.front().width || f.height != frames.front().height || f.empty())
            throw Error("the frames for '" + path + "' differ in size (" + std::to_string(f.width) + "x" +
                        std::to_string(f.height) + ")");
}

// Closes a giflib encoder on every path out (removing the half-written file on error).
struct GifWriter {
    GifFileType* gif = nullptr;
    std::string tmp;
    ~GifWriter() {
        if (gif) {
            int err = 0;
            EGifCloseFile(gif, &err);
            std::remove(tmp.c_str());
        }
    }
    void check(int status, const std::string& path, const char* what) {
        if (status == GIF_ERROR)
            throw Error("cannot write GIF '" + path + "' (" + what + "): " + GifErrorString(gif ? gif->Error : 0));
    }
};

}  // namespace

Image resize_image(const Image& image, int width, int height) {
    if (image.width == width && image.height == height) return image;
    cv::Mat out;
    const bool shrink = width < image.width && height < image.height;
    cv::resize(to_bgr_mat(image), out, cv::Size(width, height), 0, 0, shrink ? cv::INTER_AREA : cv::INTER_LINEAR);
    return from_bgr_mat(out);
}

Image side_by_side(const Image& left, const Image& right) {
    const int h = std::max(left.height, right.height);
    cv::Mat canvas(h, left.width + right.width, CV_8UC3, cv::Scalar(255, 255, 255));
    to_bgr_mat(left).copyTo(canvas(cv::Rect(0, 0, left.width, left.height)));
    to_bgr_mat(right).copyTo(canvas(cv::Rect(left.width, 0, right.width, right.height)));
    return from_bgr_mat(canvas);
}

void write_gif(const std::string& path, const std::vector<Image>& frames, int delay_ms) {
    check_frames(frames, path);
    const int w = frames.front().width, h = frames.front().height;
    GifWriter writer;
    writer.tmp = temp_path_for(path);
    int err = 0;
    // Opened here, not by EGifOpenFileName: giflib creates its files 0600, so a saved animation
    // could not be read by anyone else; 0666 leaves the user's umask to decide, as for PNGs.
    const int fd = ::open(writer.tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) throw Error("cannot create GIF '" + path + "': " + std::strerror(errno));
    writer.gif = EGifOpenFileHandle(fd, &err);  // owns fd from here (closed by EGifCloseFile)
    if (!writer.gif) {
        ::close(fd);
        std::remove(writer.tmp.c_str());
        throw Error("cannot create GIF '" + path + "': " + GifErrorString(err));
    }
    EGifSetGifVersion(writer.gif, true);  // GIF89a: animation and delays
    writer.check(EGifPutScreenDesc(writer.gif, w, h, 8, 0, nullptr), path, "header");
    // NETSCAPE2.0 application block: loop forever.
    const unsigned char loop[3] = {1, 0, 0};
    writer.check(EGifPutExtensionLeader(writer.gif, APPLICATION_EXT_FUNC_CODE), path, "loop");
    writer.check(EGifPutExtensionBlock(writer.gif, 11, "NETSCAPE2.0"), path, "loop");
    writer.check(EGifPutExtensionBlock(writer.gif, 3, loop), path, "loop");
    writer.check(EGifPutExtensionTrailer(writer.gif), path, "loop");

    const size_t n = static_cast<size_t>(w) * h;
    std::vector<GifByteType> r(n), g(n), b(n), indices(n);
    for (const Image& frame : frames) {
        for (size_t i = 0; i < n; ++i) r[i] = frame.rgb[i * 3], g[i] = frame.rgb[i * 3 + 1], b[i] = frame.rgb[i * 3 + 2];
        int colours = 256;
        GifColorType palette[256] = {};
        if (GifQuantizeBuffer(w, h, &colours, r.data(), g.data(), b.data(), indices.data(), palette) == GIF_ERROR)
            throw Error("cannot reduce a frame of '" + path + "' to 256 colours");
        ColorMapObject* map = GifMakeMapObject(256, palette);
        if (!map) throw Error("out of memory writing '" + path + "'");
        GraphicsControlBlock gcb{};
        gcb.DisposalMode = DISPOSE_DO_NOT;
        gcb.UserInputFlag = false;
        gcb.DelayTime = std::max(1, delay_ms / 10);
        gcb.TransparentColor = NO_TRANSPARENT_COLOR;
        GifByteType extension[4];
        const size_t length = EGifGCBToExtension(&gcb, extension);
        int status = EGifPutExtension(writer.gif, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(length), extension);
        if (status != GIF_ERROR) status = EGifPutImageDesc(writer.gif, 0, 0, w, h, false, map);
        GifFreeMapObject(map);
        writer.check(status, path, "frame");
        for (int y = 0; y < h && status != GIF_ERROR; ++y)
            status = EGifPutLine(writer.gif, indices.data() + static_cast<size_t>(y) * w, w);
        writer.check(status, path, "pixels");
    }
    GifFileType* gif = writer.gif;
    writer.gif = nullptr;
    if (EGifCloseFile(gif, &err) == GIF_ERROR) {
        std::remove(writer.tmp.c_str());
        throw Error("cannot finish GIF '" + path + "': " + GifErrorString(err));
    }
    rename_into_place(writer.tmp, path);
}

GifInfo read_gif_info(const std::string& path) {
    int err = 0;
    GifFileType* gif = DGifOpenFileName(path.c_str(), &err);
    if (!gif) throw Error("cannot open GIF '" + path + "': " + GifErrorString(err));
    const int status = DGifSlurp(gif);
    GifInfo info;
    info.frames = gif->ImageCount;
    info.width = gif->SWidth;
    info.height = gif->SHeight;
    const int slurp_error = gif->Error;
    DGifCloseFile(gif, &err);
    if (status == GIF_ERROR) throw Error("'" + path + "' is not a readable GIF: " + GifErrorString(slurp_error));
    return info;
}

std::string write_mp4(const std::string& path, const std::vector<Image>& frames, double fps) {
    check_frames(frames, path);
    // OpenCV only says it could not open the file; name the usual cause ourselves.
    const std::filesystem::path folder = std::filesystem::path(path).parent_path();
    if (!folder.empty() && !std::filesystem::is_directory(folder))
        throw Error("cannot write MP4 '" + path + "': the folder '" + folder.string() + "' does not exist");
    const int w = frames.front().width + frames.front().width % 2, h = frames.front().height + frames.front().height % 2;
    const std::string tmp = temp_path_for(path);
    std::string codec;
    {
        cv::VideoWriter writer;
        const std::pair<int, const char*> codecs[] = {{cv::VideoWriter::fourcc('a', 'v', 'c', '1'), "H.264"},
                                                      {cv::VideoWriter::fourcc('m', 'p', '4', 'v'), "MPEG-4 Part 2"}};
        for (const auto& [fourcc, name] : codecs)
            if (writer.open(tmp, cv::CAP_FFMPEG, fourcc, fps, cv::Size(w, h)) && writer.isOpened()) {
                codec = name;
                break;
            }
        if (codec.empty()) {
            std::remove(tmp.c_str());
            throw Error("cannot write MP4 '" + path + "': OpenCV has no video backend that writes H.264 or MPEG-4 here");
        }
        for (const Image& frame : frames) {
            cv::Mat bgr = to_bgr_mat(frame);
            if (bgr.cols != w || bgr.rows != h)
                cv::copyMakeBorder(bgr, bgr, 0, h - bgr.rows, 0, w - bgr.cols, cv::BORDER_REPLICATE);
            writer.write(bgr);
        }
    }
    // VideoWriter::write reports nothing: count what reached the file before it takes the real name.
    int written = 0;
    {
        cv::VideoCapture check(tmp, cv::CAP_FFMPEG);
        cv::Mat frame;
        while (check.isOpened() && check.read(frame)) ++written;
    }
    if (written != static_cast<int>(frames.size())) {
        std::remove(tmp.c_str());
        throw Error("cannot write MP4 '" + path + "': only " + std::to_string(written) + " of " +
                    std::to_string(frames.size()) + " frames reached the file (is the disk full?)");
    }
    rename_into_place(tmp, path);
    return codec;
}

void write_text_file(const std::string& path, const std::string& text) {
    write_file_atomically(path, std::vector<uint8_t>(text.begin(), text.end()));
}

}  // namespace stipple
