// A1111's inpainting options "Inpaint area: Only masked" and "Masked content": the crop box is
// the mask's bounding box plus padding widened to the generation's aspect (A1111's integer rules,
// worked by hand below); "only masked" returns the picture at its own size with every pixel
// outside the box identical to the input; "fill" paints the masked part with the surrounding
// colours; "latent noise"/"latent nothing" change the start and keep the rest.
#include "common/error.h"
#include "image/inpaint_area.h"
#include "image/masked_content.h"
#include "image/infotext.h"
#include "image/image_io.h"
#include "image/png_text.h"
#include "image/request_infotext.h"
#include "pipeline/pipeline.h"
#include "support/fixtures.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <array>
#include <functional>

using namespace stipple;

namespace {

Image make_image(int width, int height, const std::function<std::array<uint8_t, 3>(int, int)>& rgb) {
    Image im;
    im.width = width;
    im.height = height;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const auto p = rgb(x, y);
            im.rgb.insert(im.rgb.end(), p.begin(), p.end());
        }
    return im;
}

// White inside [x0, x1) x [y0, y1), black elsewhere.
Image rect_mask(int width, int height, int x0, int y0, int x1, int y1) {
    return make_image(width, height, [=](int x, int y) -> std::array<uint8_t, 3> {
        const uint8_t v = x >= x0 && x < x1 && y >= y0 && y < y1 ? 255 : 0;
        return {v, v, v};
    });
}

Image picture(int width, int height) {
    return make_image(width, height, [](int x, int y) -> std::array<uint8_t, 3> {
        return {static_cast<uint8_t>(x * 3), static_cast<uint8_t>(y * 2 + 10), static_cast<uint8_t>((x ^ y) & 0xff)};
    });
}

std::array<uint8_t, 3> pixel(const Image& im, int x, int y) {
    const size_t i = (static_cast<size_t>(y) * im.width + x) * 3;
    return {im.rgb[i], im.rgb[i + 1], im.rgb[i + 2]};
}

// Every pixel outside `box` equal; returns how many inside differ.
int compare_outside(const Image& a, const Image& b, const CropBox& box, bool* outside_equal) {
    int inside_diff = 0;
    *outside_equal = true;
    for (int y = 0; y < a.height; ++y)
        for (int x = 0; x < a.width; ++x) {
            const bool in = x >= box.x && x < box.x + box.width && y >= box.y && y < box.y + box.height;
            const bool same = pixel(a, x, y) == pixel(b, x, y);
            if (!in && !same) *outside_equal = false;
            if (in && !same) ++inside_diff;
        }
    return inside_diff;
}

GenerationRequest inpaint_request(const Image& init, const Image& mask) {
    GenerationRequest r;
    r.prompt = "a red circle";
    r.steps = 3;
    r.width = r.height = 64;
    r.seeds = {17};
    r.init_image = init;
    r.mask = mask;
    r.strength = 0.75;
    r.mask_blur = 2;
    return r;
}

}  // namespace

class PipelineInpaintAreaTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cropBoxFollowsA1111() {
        // Mask x 100..131, y 40..55 on 256x256; padding 8: get_crop_region = (92, 32, 140, 64).
        const MaskCoverage m = blurred_mask_coverage(rect_mask(256, 256, 100, 40, 132, 56), 0);
        const CropBox box = mask_crop_region(m, 8);
        QCOMPARE(box.x, 92);
        QCOMPARE(box.y, 32);
        QCOMPARE(box.width, 48);
        QCOMPARE(box.height, 32);
        // 48x32 for a 1:1 generation: desired height 48, diff 16 -> y 24..72.
        const CropBox square = expand_crop_region(box, 512, 512, 256, 256);
        QCOMPARE(square.x, 92);
        QCOMPARE(square.y, 24);
        QCOMPARE(square.width, 48);
        QCOMPARE(square.height, 48);
        // Near the bottom edge the box slides up instead of leaving the picture: y 230..250 on a
        // 256-high picture, 40x20 -> 40x40: y1 220, y2 260 -> shifted by 4 -> 216..256.
        const MaskCoverage low = blurred_mask_coverage(rect_mask(256, 256, 10, 230, 50, 250), 0);
        const CropBox slid = expand_crop_region(mask_crop_region(low, 0), 64, 64, 256, 256);
        QCOMPARE(slid.y, 216);
        QCOMPARE(slid.height, 40);
        // Wider generation than the box: the box widens (x), 20x40 at 2:1 -> 80x40.
        const CropBox wide = expand_crop_region({100, 100, 20, 40}, 128, 64, 256, 256);
        QCOMPARE(wide.width, 80);
        QCOMPARE(wide.x, 70);
        // Blur widens the coverage, so the box grows with it.
        const CropBox blurred = mask_crop_region(blurred_mask_coverage(rect_mask(256, 256, 100, 40, 132, 56), 4), 0);
        QVERIFY(blurred.x < 100 && blurred.x + blurred.width > 132);
        // An all-black mask has no box.
        QVERIFY(mask_crop_region(blurred_mask_coverage(rect_mask(64, 64, 0, 0, 0, 0), 4), 32).empty());
    }

    void fillPaintsTheMaskWithSurroundingColours() {
        // Red left half, blue right half, a green square inside the red half, masked.
        const Image im = make_image(128, 64, [](int x, int y) -> std::array<uint8_t, 3> {
            if (x >= 16 && x < 40 && y >= 20 && y < 44) return {0, 255, 0};
            return x < 64 ? std::array<uint8_t, 3>{220, 20, 20} : std::array<uint8_t, 3>{20, 20, 220};
        });
        const Image mask = rect_mask(128, 64, 16, 20, 40, 44);
        const Image filled = fill_masked_area(im, mask);
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 128; ++x)
                if (!(x >= 16 && x < 40 && y >= 20 && y < 44)) QCOMPARE(pixel(filled, x, y), pixel(im, x, y));
        const auto centre = pixel(filled, 28, 32);
        QVERIFY2(centre[0] > 150 && centre[1] < 80 && centre[2] < 120,
                 qPrintable(QString("%1 %2 %3").arg(centre[0]).arg(centre[1]).arg(centre[2])));  // reddish, the green is gone
        QVERIFY_THROWS_EXCEPTION(Error, fill_masked_area(im, rect_mask(64, 64, 0, 0, 8, 8)));
        QCOMPARE(parse_masked_content("Latent noise"), MaskedContent::LatentNoise);
        QCOMPARE(std::string(masked_content_label(MaskedContent::LatentNothing)), std::string("latent nothing"));
        QVERIFY_THROWS_EXCEPTION(Error, parse_masked_content("blur"));
        QVERIFY_THROWS_EXCEPTION(Error, masked_content_of(4));
    }

    // The test: "only masked" leaves pixels outside the padded box identical to the input.
    void onlyMaskedKeepsEverythingOutsideTheBox() {
        STIPPLE_REQUIRE_SHARED();
        for (const char* model : {"fixtures/models/tiny-sd15", "fixtures/models/tiny-sd-inpaint"}) {
            auto pipeline = Pipeline::load(test::shared_path(model));
            const Image init = picture(160, 120), mask = rect_mask(160, 120, 70, 50, 94, 66);
            GenerationRequest r = inpaint_request(init, mask);
            r.inpaint_only_masked = true;
            r.masked_padding = 6;
            const GenerationResult result = pipeline->generate(r);
            QCOMPARE(result.images.size(), size_t(1));
            const Image& out = result.images[0];
            QCOMPARE(out.width, 160);  // the picture's own size, not 64x64
            QCOMPARE(out.height, 120);
            const MaskCoverage coverage = blurred_mask_coverage(mask, r.mask_blur);
            const CropBox box = expand_crop_region(mask_crop_region(coverage, 6), 64, 64, 160, 120);
            bool outside_equal = false;
            const int changed = compare_outside(out, init, box, &outside_equal);
            QVERIFY2(outside_equal, model);
            QVERIFY2(changed > 100, qPrintable(QString("%1: only %2 pixels changed").arg(model).arg(changed)));
            // Whole picture for comparison: the image is generated at 64x64.
            r.inpaint_only_masked = false;
            QCOMPARE(pipeline->generate(r).images[0].width, 64);
        }
        // An empty mask has nothing to inpaint: a one-line error.
        auto pipeline = Pipeline::load(test::shared_path("fixtures/models/tiny-sd15"));
        GenerationRequest empty = inpaint_request(picture(96, 96), rect_mask(96, 96, 0, 0, 0, 0));
        empty.inpaint_only_masked = true;
        try {
            pipeline->generate(empty);
            QFAIL("an empty mask was inpainted");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("mask is empty") != std::string::npos, e.what());
        }
    }

    // Written as A1111 writes them and read back: a restored PNG inpaints the same way.
    void infotextRoundTrip() {
        GenerationRequest r = inpaint_request(picture(32, 32), rect_mask(32, 32, 4, 4, 8, 8));
        r.inpaint_composite = true;
        r.masked_content = 2;
        r.inpaint_only_masked = true;
        r.masked_padding = 48;
        const std::string text = format_infotext(infotext_for_image(r, 17, 64, 64, {"m", "", "stipple"}));
        QVERIFY2(text.find("Masked content: latent noise") != std::string::npos, text.c_str());
        QVERIFY2(text.find("Inpaint area: Only masked, Masked area padding: 48") != std::string::npos, text.c_str());
        const RestoredRequest back = request_from_infotext(parse_infotext(text));
        QCOMPARE(back.request.masked_content, 2);
        QVERIFY(back.request.inpaint_only_masked);
        QCOMPARE(back.request.masked_padding, 48);
        // The defaults write nothing (A1111 omits them too).
        r.masked_content = 1;
        r.inpaint_only_masked = false;
        const std::string plain = format_infotext(infotext_for_image(r, 17, 64, 64, {"m", "", "stipple"}));
        QVERIFY(plain.find("Masked content") == std::string::npos && plain.find("Inpaint area") == std::string::npos);
        // Nonsense is named, not guessed.
        const RestoredRequest odd = request_from_infotext(parse_infotext("x\nSteps: 3, Masked content: blur, Inpaint area: Everywhere"));
        QVERIFY(odd.request.masked_content == 1 && !odd.request.inpaint_only_masked);
        QCOMPARE(odd.problems.size(), size_t(2));
    }

    void cliOnlyMasked() {
        STIPPLE_REQUIRE_SHARED();
        const QString cli = qEnvironmentVariable("STIPPLE_CLI");
        if (cli.isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
        QTemporaryDir dir;
        const Image init = picture(100, 72);
        save_png(init, dir.filePath("in.png").toStdString());
        save_png(rect_mask(100, 72, 40, 30, 60, 44), dir.filePath("mask.png").toStdString());
        const QString out = dir.filePath("out.png");
        QProcess p;
        p.start(cli, {"generate", "--model", QString::fromStdString(test::shared_path("fixtures/models/tiny-sd15")),
                      "--prompt", "a circle", "--steps", "3", "--seed", "4", "--width", "64", "--height", "64",
                      "--init-image", dir.filePath("in.png"), "--mask", dir.filePath("mask.png"), "--only-masked",
                      "--masked-padding", "4", "--masked-content", "latent nothing", "--out", out});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const Image result = load_image(out.toStdString());
        QCOMPARE(result.width, 100);
        QCOMPARE(result.height, 72);
        QCOMPARE(pixel(result, 0, 0), pixel(init, 0, 0));
        const std::string text = png_text_value(read_png_text_file(out.toStdString()), "parameters");
        QVERIFY2(text.find("Inpaint area: Only masked, Masked area padding: 4") != std::string::npos, text.c_str());
        QVERIFY2(text.find("Size: 64x64") != std::string::npos, text.c_str());
        // Without a mask the options are refused in one line, before any compute.
        p.start(cli, {"generate", "--model", QString::fromStdString(test::shared_path("fixtures/models/tiny-sd15")),
                      "--prompt", "x", "--init-image", dir.filePath("in.png"), "--only-masked", "--out", dir.filePath("bad.png")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains("--only-masked needs --mask"));
        QVERIFY(!QFile::exists(dir.filePath("bad.png")));
    }

    void maskedContentChangesTheStart() {
        STIPPLE_REQUIRE_SHARED();
        auto pipeline = Pipeline::load(test::shared_path("fixtures/models/tiny-sd15"));
        GenerationRequest r = inpaint_request(picture(64, 64), rect_mask(64, 64, 16, 16, 48, 48));
        r.inpaint_composite = true;
        std::vector<Image> out;
        for (int content : {1, 0, 2, 3}) {
            r.masked_content = content;
            out.push_back(pipeline->generate(r).images[0]);
        }
        // Each choice changes the masked part; the composite keeps far pixels the input's.
        for (size_t i = 1; i < out.size(); ++i) {
            QVERIFY2(out[i].rgb != out[0].rgb, qPrintable(QString("masked content %1 had no effect").arg(i)));
            QCOMPARE(pixel(out[i], 1, 1), pixel(*r.init_image, 1, 1));
        }
        QVERIFY(out[2].rgb != out[3].rgb);  // noise and nothing differ
        // The same choice twice: the same image (the noise is the seed's).
        r.masked_content = 2;
        QVERIFY(pipeline->generate(r).images[0].rgb == out[2].rgb);
        r.masked_content = 7;
        QVERIFY_THROWS_EXCEPTION(Error, pipeline->generate(r));
    }
};

QTEST_GUILESS_MAIN(PipelineInpaintAreaTest)
#include "test_pipeline_inpaint_area.moc"
