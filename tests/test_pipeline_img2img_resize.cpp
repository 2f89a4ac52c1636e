// img2img from a picture of another aspect (issue 18): A1111's resize modes — just resize
// stretches, crop and resize keeps the centre and cuts the sides, resize and fill keeps all of it
// and extends its edge rows into the bands — and the pipeline applies the request's mode (the same
// image as feeding it the picture already fitted); the steps an img2img run takes are the ones
// the app shows before it runs.
#include "common/error.h"
#include "image/resize_mode.h"
#include "pipeline/img2img_steps.h"
#include "pipeline/pipeline.h"
#include "support/fixtures.h"
#include "support/error_text.h"

#include <QtTest>

#include <functional>

using namespace stipple;
using stipple::test::error_of;

namespace {

// width x height, pixel (x, y) = rgb(x, y)
Image make_image(int width, int height, const std::function<std::array<uint8_t, 3>(int, int)>& rgb) {
    Image im;
    im.width = width;
    im.height = height;
    im.rgb.resize(static_cast<size_t>(width) * height * 3);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const auto c = rgb(x, y);
            std::copy(c.begin(), c.end(), im.rgb.begin() + (static_cast<size_t>(y) * width + x) * 3);
        }
    return im;
}

std::array<int, 3> pixel(const Image& im, int x, int y) {
    const size_t i = (static_cast<size_t>(y) * im.width + x) * 3;
    return {im.rgb[i], im.rgb[i + 1], im.rgb[i + 2]};
}

bool near(const std::array<int, 3>& a, const std::array<int, 3>& b, int tolerance = 12) {
    for (int i = 0; i < 3; ++i)
        if (std::abs(a[i] - b[i]) > tolerance) return false;
    return true;
}

}  // namespace

class Img2ImgResizeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cropKeepsTheCentreAndCutsTheSides() {
        // 200x100: red left quarter, blue right quarter, grey middle half.
        const Image wide = make_image(200, 100, [](int x, int) -> std::array<uint8_t, 3> {
            if (x < 50) return {255, 0, 0};
            if (x >= 150) return {0, 0, 255};
            return {128, 128, 128};
        });
        const Image crop = resize_image(wide, 100, 100, ResizeMode::CropAndResize);
        QCOMPARE(crop.width, 100);
        QCOMPARE(crop.height, 100);
        // Scaled to 200x100 (already), centred, the sides cut: only the grey middle is left.
        for (int x : {2, 50, 97}) QVERIFY(near(pixel(crop, x, 50), {128, 128, 128}));
        // Just resize squeezes everything in: red on the left, blue on the right.
        const Image squeezed = resize_image(wide, 100, 100, ResizeMode::JustResize);
        QVERIFY(near(pixel(squeezed, 2, 50), {255, 0, 0}));
        QVERIFY(near(pixel(squeezed, 97, 50), {0, 0, 255}));
    }

    void fillKeepsAllAndExtendsTheEdges() {
        // 200x100: top row red, bottom row green, grey elsewhere; to 100x100 it becomes 100x50
        // centred (rows 25..74), with the bands above and below repeating the edge rows.
        const Image wide = make_image(200, 100, [](int, int y) -> std::array<uint8_t, 3> {
            if (y < 8) return {255, 0, 0};
            if (y >= 92) return {0, 255, 0};
            return {128, 128, 128};
        });
        const Image fill = resize_image(wide, 100, 100, ResizeMode::ResizeAndFill);
        QCOMPARE(fill.width, 100);
        QCOMPARE(fill.height, 100);
        QVERIFY(near(pixel(fill, 50, 5), {255, 0, 0}));   // band above: the red top row
        QVERIFY(near(pixel(fill, 50, 50), {128, 128, 128}));
        QVERIFY(near(pixel(fill, 50, 95), {0, 255, 0}));  // band below: the green bottom row
        // A tall picture gets bands left and right.
        const Image tall = make_image(50, 100, [](int x, int) -> std::array<uint8_t, 3> {
            return x < 2 ? std::array<uint8_t, 3>{255, 0, 0} : std::array<uint8_t, 3>{128, 128, 128};
        });
        const Image side = resize_image(tall, 100, 100, ResizeMode::ResizeAndFill);
        QVERIFY(near(pixel(side, 3, 50), {255, 0, 0}));
        QVERIFY(near(pixel(side, 50, 50), {128, 128, 128}));
    }

    void modesAreNamedAsA1111() {
        for (ResizeMode m : {ResizeMode::JustResize, ResizeMode::CropAndResize, ResizeMode::ResizeAndFill})
            QVERIFY(parse_resize_mode(resize_mode_label(m)) == m);
        QVERIFY(parse_resize_mode("crop") == ResizeMode::CropAndResize);
        QVERIFY(error_of([] { parse_resize_mode("zoom"); }).find("Resize and fill") != std::string::npos);
        QVERIFY(error_of([] { resize_mode_of(3); }).find("resize mode 3") != std::string::npos);
        QVERIFY(error_of([] { resize_image(Image{}, 8, 8, ResizeMode::JustResize); }).find("empty") != std::string::npos);
    }

    void stepsThatRunAreTheOnesShown() {
        QCOMPARE(img2img_denoising_steps(30, 0.6), 18);
        QCOMPARE(img2img_denoising_steps(20, 1.0), 20);
        QCOMPARE(img2img_denoising_steps(20, 0.04), 0);
        STIPPLE_REQUIRE_SHARED();
        PipelineOptions o;
        o.dtype = DType::Float32;
        auto pipeline = Pipeline::load(test::shared_path("fixtures/models/tiny-sd15"), o);
        GenerationRequest r;
        r.prompt = "a house";
        r.seeds = {3};
        r.steps = 10;
        r.strength = 0.55;
        r.guidance_scale = 4;
        r.scheduler = "Euler";  // one UNet call per step (PLMS repeats its second timestep: one more loop)
        r.width = r.height = 64;
        r.init_image = make_image(96, 64, [](int x, int y) -> std::array<uint8_t, 3> {
            return {static_cast<uint8_t>(x * 2), static_cast<uint8_t>(y * 3), 90};
        });
        const GenerationResult plain = pipeline->generate(r);
        QCOMPARE(plain.total_steps, img2img_denoising_steps(r.steps, r.strength));
        // The request's resize mode is what the pipeline uses: crop mode equals giving it the
        // picture already cropped, bit for bit, and differs from stretching it.
        r.resize_mode = static_cast<int>(ResizeMode::CropAndResize);
        const GenerationResult cropped = pipeline->generate(r);
        GenerationRequest pre = r;
        pre.resize_mode = 0;
        pre.init_image = resize_image(*r.init_image, 64, 64, ResizeMode::CropAndResize);
        QVERIFY(pipeline->generate(pre).images.at(0).rgb == cropped.images.at(0).rgb);
        QVERIFY(cropped.images.at(0).rgb != plain.images.at(0).rgb);
        r.resize_mode = 7;
        QVERIFY(error_of([&] { pipeline->generate(r); }).find("resize mode 7") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(Img2ImgResizeTest)
#include "test_pipeline_img2img_resize.moc"
