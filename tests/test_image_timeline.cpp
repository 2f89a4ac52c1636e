// Timeline files and labelled grids as a user opens them: a GIF and an MP4 decode back with one
// frame per input frame, in order; nothing half-written is left behind on failure; grids put the
// labels around the cells without covering them.
#include "common/error.h"
#include "image/image_io.h"
#include "image/labelled_grid.h"
#include "image/timeline_export.h"

#include <gif_lib.h>
#include <sys/stat.h>
#include <opencv2/videoio.hpp>

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace stipple;

namespace {

// A frame of one flat colour that changes from frame to frame (easy to recognise after lossy video).
Image flat(int w, int h, int i) {
    Image img;
    img.width = w;
    img.height = h;
    img.rgb.resize(static_cast<size_t>(w) * h * 3);
    for (size_t p = 0; p < img.rgb.size(); p += 3) {
        img.rgb[p] = static_cast<uint8_t>(20 + 30 * i);
        img.rgb[p + 1] = static_cast<uint8_t>(200 - 25 * i);
        img.rgb[p + 2] = 90;
    }
    return img;
}

std::vector<Image> frames(int n, int w, int h) {
    std::vector<Image> out;
    for (int i = 0; i < n; ++i) out.push_back(flat(w, h, i));
    return out;
}

}  // namespace

class ImageTimelineTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void gifDecodesWithOneFramePerStep() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("steps.gif").toStdString();
        write_gif(path, frames(7, 40, 24), 125);
        const GifInfo info = read_gif_info(path);
        QCOMPARE(info.frames, 7);
        QCOMPARE(info.width, 40);
        QCOMPARE(info.height, 24);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"steps.gif"});  // no temp file left
        // Readable by others as a PNG is (the umask decides; giflib alone made it 0600).
        const mode_t previous = ::umask(022);
        const std::string shared = dir.filePath("shared.gif").toStdString();
        write_gif(shared, frames(2, 8, 8), 100);
        ::umask(previous);
        struct stat st {};
        QCOMPARE(::stat(shared.c_str(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t{0644});
        QVERIFY(QFile::remove(QString::fromStdString(shared)));
        // Each frame keeps its colour (giflib's median cut keeps 5 bits per channel: within 8).
        int err = 0;
        GifFileType* gif = DGifOpenFileName(path.c_str(), &err);
        QVERIFY(gif && DGifSlurp(gif) == GIF_OK);
        for (int i = 0; i < gif->ImageCount; ++i) {
            const SavedImage& frame = gif->SavedImages[i];
            const ColorMapObject* map = frame.ImageDesc.ColorMap ? frame.ImageDesc.ColorMap : gif->SColorMap;
            const GifColorType c = map->Colors[frame.RasterBits[5 * 40 + 5]];
            const Image expected = flat(1, 1, i);
            QVERIFY2(std::abs(c.Red - expected.rgb[0]) <= 8 && std::abs(c.Green - expected.rgb[1]) <= 8 &&
                         std::abs(c.Blue - expected.rgb[2]) <= 8,
                     qPrintable(QString("frame %1: %2,%3,%4").arg(i).arg(c.Red).arg(c.Green).arg(c.Blue)));
        }
        DGifCloseFile(gif, &err);
    }

    void mp4DecodesWithOneFramePerStep() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("steps.mp4").toStdString();
        // Debian 12's OpenCV goes through FFmpeg, whose libavcodec has libx264: H.264, which
        // browsers and slide software play (mp4v, written before, they do not).
        QCOMPARE(write_mp4(path, frames(9, 64, 48), 8), std::string("H.264"));
        cv::VideoCapture cap(path);
        QVERIFY(cap.isOpened());
        const int fourcc = static_cast<int>(cap.get(cv::CAP_PROP_FOURCC));
        const std::string tag{char(fourcc & 255), char((fourcc >> 8) & 255), char((fourcc >> 16) & 255), char((fourcc >> 24) & 255)};
        QVERIFY2(tag == "avc1" || tag == "h264" || tag == "H264", tag.c_str());
        cv::Mat frame, last;
        int count = 0;
        while (cap.read(frame)) last = frame.clone(), ++count;
        QCOMPARE(count, 9);
        QCOMPARE(last.cols, 64);
        QCOMPARE(last.rows, 48);
        const cv::Vec3b px = last.at<cv::Vec3b>(24, 32);  // frame 8: R 260 -> 4 (uint8 wrap), G 0
        const Image expected = flat(1, 1, 8);
        QVERIFY2(std::abs(px[2] - expected.rgb[0]) <= 12 && std::abs(px[1] - expected.rgb[1]) <= 12,
                 qPrintable(QString("last frame colour %1,%2,%3").arg(px[2]).arg(px[1]).arg(px[0])));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"steps.mp4"});
    }

    void oddSizedVideoIsPaddedNotRefused() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("odd.mp4").toStdString();
        write_mp4(path, frames(3, 33, 17), 4);
        cv::VideoCapture cap(path);
        cv::Mat frame;
        int count = 0;
        while (cap.read(frame)) ++count;
        QCOMPARE(count, 3);
    }

    void badInputIsAClearErrorAndNoFile() {
        QTemporaryDir dir;
        std::vector<Image> mixed = frames(2, 16, 16);
        mixed.push_back(flat(8, 8, 1));
        QVERIFY_THROWS_EXCEPTION(Error, write_gif(dir.filePath("a.gif").toStdString(), mixed, 100));
        QVERIFY_THROWS_EXCEPTION(Error, write_mp4(dir.filePath("a.mp4").toStdString(), {}, 8));
        QVERIFY_THROWS_EXCEPTION(Error, write_gif(dir.filePath("nowhere/a.gif").toStdString(), frames(2, 8, 8), 100));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
        QVERIFY_THROWS_EXCEPTION(Error, read_gif_info(dir.filePath("missing.gif").toStdString()));
    }

    void gridLabelsSurroundTheCells() {
        std::vector<Image> cells = frames(6, 64, 64);
        cells[4] = Image{};  // a cell still rendering
        const LabelledGrid grid = make_labelled_grid(cells, 3, 2, {"Steps", {"1", "6", "11"}}, {"CFG scale", {"2", "5"}});
        QCOMPARE(grid.cells.size(), size_t(6));
        // Labels take room above and to the left; the cells are laid out left to right, top to bottom.
        QVERIFY(grid.cells[0].x > 0 && grid.cells[0].y > 0);
        QVERIFY(grid.cells[1].x > grid.cells[0].x && grid.cells[1].y == grid.cells[0].y);
        QVERIFY(grid.cells[3].y > grid.cells[0].y && grid.cells[3].x == grid.cells[0].x);
        // Each drawn cell is intact in the grid (labels never paint over a cell).
        for (int i : {0, 1, 2, 3, 5}) {
            const GridRect& r = grid.cells[i];
            for (int y = r.y; y < r.y + r.height; y += 7)
                for (int x = r.x; x < r.x + r.width; x += 7)
                    QCOMPARE(grid.image.rgb[(static_cast<size_t>(y) * grid.image.width + x) * 3], cells[i].rgb[0]);
        }
        // The header band above the cells has dark text pixels (the labels were drawn).
        int dark = 0;
        for (int y = 0; y < grid.cells[0].y; ++y)
            for (int x = grid.cells[0].x; x < grid.image.width; ++x)
                dark += grid.image.rgb[(static_cast<size_t>(y) * grid.image.width + x) * 3] < 100;
        QVERIFY(dark > 20);
        QVERIFY_THROWS_EXCEPTION(Error, make_labelled_grid(cells, 4, 2, {}, {}));
        QVERIFY_THROWS_EXCEPTION(Error, make_labelled_grid(cells, 3, 2, {"Steps", {"1"}}, {}));
    }

    // A sweep over prompts pasted from elsewhere: a 200,000-character word and a 1 MB prompt as
    // axis values make a grid whose labels end in "..." (wrapping was about cubic in a word's
    // length, and ran on the GUI thread in the sweep dialog).
    void hugeLabelsWrapInLinearTime() {
        const std::vector<Image> cells = frames(2, 64, 64);
        std::string prompt;
        while (prompt.size() < (1u << 20)) prompt += "a very long prompt with many words ";
        const LabelledGrid grid =
            make_labelled_grid(cells, 2, 1, {"Prompt", {std::string(200000, 'x'), prompt}}, {});
        QCOMPARE(grid.cells.size(), size_t(2));
        QVERIFY(grid.cells[0].y > 0);
        QVERIFY(grid.image.height < 64 * 4);  // at most a few lines of labels above the cells
    }
};

QTEST_GUILESS_MAIN(ImageTimelineTest)
#include "test_image_timeline.moc"
