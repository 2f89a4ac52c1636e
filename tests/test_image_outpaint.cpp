// Outpainting: extend_canvas puts the picture on a larger canvas (rounded up to multiples of 8)
// with its edge pixels stretched outwards and the border plus an overlap masked; the CLI's
// --outpaint runs it as an inpaint whose result keeps the picture's pixels away from the seam.
#include "common/error.h"
#include "image/image_io.h"
#include "image/outpaint.h"
#include "image/png_text.h"
#include "support/fixtures.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <array>

using namespace stipple;

namespace {

Image picture(int width, int height) {
    Image im;
    im.width = width;
    im.height = height;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            im.rgb.push_back(static_cast<uint8_t>(x * 3));
            im.rgb.push_back(static_cast<uint8_t>(y * 2 + 10));
            im.rgb.push_back(static_cast<uint8_t>((x ^ y) & 0xff));
        }
    return im;
}

std::array<uint8_t, 3> pixel(const Image& im, int x, int y) {
    const size_t i = (static_cast<size_t>(y) * im.width + x) * 3;
    return {im.rgb[i], im.rgb[i + 1], im.rgb[i + 2]};
}

}  // namespace

class ImageOutpaintTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void canvasKeepsThePictureAndMasksTheBorder() {
        const Image in = picture(50, 40);
        // 50 + 10 + 20 = 80 wide; 40 + 0 + 5 = 45 high, rounded up to 48 (3 more rows at the bottom).
        const OutpaintCanvas c = extend_canvas(in, {10, 0, 20, 5}, 4);
        QCOMPARE(c.width(), 80);
        QCOMPARE(c.height(), 48);
        QCOMPARE(c.mask.width, 80);
        QCOMPARE(c.mask.height, 48);
        for (int y = 0; y < 40; ++y)
            for (int x = 0; x < 50; ++x) QCOMPARE(pixel(c.image, x + 10, y), pixel(in, x, y));
        // The border starts as the nearest edge pixel.
        QCOMPARE(pixel(c.image, 0, 0), pixel(in, 0, 0));
        QCOMPARE(pixel(c.image, 79, 20), pixel(in, 49, 20));
        QCOMPARE(pixel(c.image, 30, 47), pixel(in, 20, 39));
        // Mask: white on the border and 4 px into the picture on the sides that grew (left, right,
        // bottom), black inside; the top did not grow, so the picture's top row stays unmasked.
        QCOMPARE(pixel(c.mask, 0, 10)[0], uint8_t{255});
        QCOMPARE(pixel(c.mask, 13, 10)[0], uint8_t{255});  // 4 px overlap: columns 10..13
        QCOMPARE(pixel(c.mask, 14, 10)[0], uint8_t{0});
        QCOMPARE(pixel(c.mask, 55, 10)[0], uint8_t{0});
        QCOMPARE(pixel(c.mask, 56, 10)[0], uint8_t{255});  // columns 56..59 of the picture, then the border
        QCOMPARE(pixel(c.mask, 30, 0)[0], uint8_t{0});
        QCOMPARE(pixel(c.mask, 30, 35)[0], uint8_t{0});
        QCOMPARE(pixel(c.mask, 30, 36)[0], uint8_t{255});
    }

    void aPaintedMaskIsKept() {
        const Image in = picture(32, 32);
        Image mask = picture(32, 32);
        for (auto& v : mask.rgb) v = 0;
        for (int c = 0; c < 3; ++c) mask.rgb[(5 * 32 + 6) * 3 + c] = 255;  // one painted pixel at (6, 5)
        const OutpaintCanvas canvas = extend_canvas(in, {8, 8, 0, 0}, 0, &mask);
        QCOMPARE(pixel(canvas.mask, 14, 13)[0], uint8_t{255});
        QCOMPARE(pixel(canvas.mask, 15, 13)[0], uint8_t{0});
        QCOMPARE(pixel(canvas.mask, 39, 39)[0], uint8_t{0});  // no overlap: the picture is kept
    }

    void badRequestsAreErrors() {
        const Image in = picture(16, 16);
        QVERIFY_THROWS_EXCEPTION(Error, extend_canvas(in, {0, 0, 0, 0}, 8));
        QVERIFY_THROWS_EXCEPTION(Error, extend_canvas(in, {-8, 0, 0, 0}, 8));
        QVERIFY_THROWS_EXCEPTION(Error, extend_canvas(in, {8, 0, 0, 0}, -1));
        QVERIFY_THROWS_EXCEPTION(Error, extend_canvas(Image{}, {8, 0, 0, 0}, 8));
        const Image other = picture(8, 8);
        QVERIFY_THROWS_EXCEPTION(Error, extend_canvas(in, {8, 0, 0, 0}, 8, &other));
        // 2 billion px wide would be an overflow in int; refused as too large, not allocated.
        QVERIFY_THROWS_EXCEPTION(Error, extend_canvas(in, {2000000000, 0, 2000000000, 0}, 8));
        QVERIFY_THROWS_EXCEPTION(Error, extend_canvas(in, {9000, 9000, 9000, 9000}, 8));
    }

    // stipple-cli generate --outpaint: the output is the extended size, the picture's pixels away
    // from the seam are the input's (A1111's overlay), the border was drawn.
    void cliOutpaint() {
        STIPPLE_REQUIRE_SHARED();
        const QString cli = qEnvironmentVariable("STIPPLE_CLI");
        if (cli.isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
        QTemporaryDir dir;
        const Image in = picture(64, 64);
        save_png(in, dir.filePath("in.png").toStdString());
        const QString out = dir.filePath("out.png");
        QProcess p;
        p.start(cli, {"generate", "--model", QString::fromStdString(test::shared_path("fixtures/models/tiny-sd15")),
                      "--prompt", "a meadow", "--steps", "3", "--seed", "4", "--init-image", dir.filePath("in.png"),
                      "--outpaint", "0,0,64,0", "--out", out});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const Image result = load_image(out.toStdString());
        QCOMPARE(result.width, 128);
        QCOMPARE(result.height, 64);
        // The mask reaches 16 px into the picture (columns 48..63), blurred by 4 px: columns 0..23 are untouched.
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 24; ++x) QCOMPARE(pixel(result, x, y), pixel(in, x, y));
        int changed = 0;
        for (int y = 0; y < 64; ++y)
            for (int x = 80; x < 128; ++x) changed += pixel(result, x, y) != pixel(in, 63, y) ? 1 : 0;
        QVERIFY2(changed > 64 * 48 / 2, "the border was not drawn");
        const std::string text = png_text_value(read_png_text_file(out.toStdString()), "parameters");
        QVERIFY2(text.find("Size: 128x64") != std::string::npos, text.c_str());
        // Without --init-image it is refused in one line, before any compute.
        p.start(cli, {"generate", "--model", QString::fromStdString(test::shared_path("fixtures/models/tiny-sd15")),
                      "--prompt", "x", "--outpaint", "64", "--out", dir.filePath("bad.png")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains("--outpaint needs --init-image"));
        p.start(cli, {"generate", "--model", QString::fromStdString(test::shared_path("fixtures/models/tiny-sd15")),
                      "--prompt", "x", "--init-image", dir.filePath("in.png"), "--outpaint", "1,2,3", "--out",
                      dir.filePath("bad.png")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!QFile::exists(dir.filePath("bad.png")));
    }
};

QTEST_GUILESS_MAIN(ImageOutpaintTest)
#include "test_image_outpaint.moc"
