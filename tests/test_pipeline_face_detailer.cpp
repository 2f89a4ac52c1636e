// The face detailer: OpenCV's cascade from opencv-data finds a drawn face and nothing in a plain
// picture; bad detector files are errors; each face is redrawn as an only-masked inpaint that
// changes the face and keeps the picture's pixels away from it; the infotext keys round-trip and a
// missing detector stops a generation before any compute. Its restorer mode runs through generate
// too (the restorer itself: test_image_face_restorer).
#include "common/error.h"
#include "image/face_detect.h"
#include "image/infotext.h"
#include "image/request_infotext.h"
#include "pipeline/face_detailer.h"
#include "pipeline/pipeline.h"
#include "support/drawn_face.h"
#include "support/fixtures.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace stipple;

namespace {

Image gradient(int w, int h) {
    Image out;
    out.width = w;
    out.height = h;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) out.rgb.insert(out.rgb.end(), {uint8_t(x), uint8_t(y), uint8_t(128)});
    return out;
}

bool same_pixel(const Image& a, const Image& b, int x, int y) {
    const size_t i = (static_cast<size_t>(y) * a.width + x) * 3;
    return a.rgb[i] == b.rgb[i] && a.rgb[i + 1] == b.rgb[i + 1] && a.rgb[i + 2] == b.rgb[i + 2];
}

#define REQUIRE_OPENCV_DATA()                                                                          \
    if (default_face_cascade().empty()) QSKIP("opencv-data is not installed (packaging/setup.sh installs it)")

}  // namespace

class FaceDetailerTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cascadeFindsADrawnFace() {
        REQUIRE_OPENCV_DATA();
        const FaceDetector detector("");
        QCOMPARE(QString::fromStdString(detector.name()), QStringLiteral("OpenCV Haar cascade"));
        const std::vector<FaceBox> faces = detector.detect(test::drawn_face(256));
        QCOMPARE(faces.size(), size_t(1));
        const FaceBox& f = faces[0];
        QVERIFY2(std::abs(f.x + f.width / 2 - 128) < 20 && std::abs(f.y + f.height / 2 - 128) < 24,
                 qPrintable(QStringLiteral("%1,%2 %3x%4").arg(f.x).arg(f.y).arg(f.width).arg(f.height)));
        QVERIFY(f.width > 80 && f.width < 220);
        QVERIFY(detector.detect(gradient(256, 256)).empty());
        QVERIFY(detector.detect(Image{}).empty());
    }

    void badDetectorFilesAreErrors() {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(Error, FaceDetector(dir.filePath("missing.xml").toStdString()));
        const std::string xml = dir.filePath("bad.xml").toStdString(), onnx = dir.filePath("bad.onnx").toStdString();
        std::ofstream(xml) << "<opencv_storage><nonsense/></opencv_storage>";
        std::ofstream(onnx) << "not a network";
        QVERIFY_THROWS_EXCEPTION(Error, FaceDetector{xml});
        QVERIFY_THROWS_EXCEPTION(Error, FaceDetector{onnx});
    }

    // The drawn face, redrawn by the tiny model: the face's box changes, the picture away from the
    // box (padding 8 + mask blur) is byte for byte the input.
    void detailRedrawsOnlyTheFace() {
        REQUIRE_OPENCV_DATA();
        STIPPLE_REQUIRE_SHARED();
        auto pipeline = Pipeline::load(test::shared_path("fixtures/models/tiny-sd15"));
        const FaceDetector detector("");
        const Image picture = test::drawn_face(256);
        GenerationRequest base;
        base.steps = 4;
        base.width = base.height = 64;
        FaceDetail options;
        options.strength = 0.6;
        options.padding = 8;
        const DetailedImage d =
            detail_faces(*pipeline, detector, picture, base, "a face", "", 7, options, nullptr, nullptr);
        QVERIFY(!d.cancelled);
        QCOMPARE(d.faces.size(), size_t(1));
        QCOMPARE(d.image.width, 256);
        const FaceBox& f = d.faces[0];
        int changed_inside = 0;
        for (int y = 0; y < 256; ++y)
            for (int x = 0; x < 256; ++x) {
                const bool far = x < f.x - 40 || x > f.x + f.width + 40 || y < f.y - 40 || y > f.y + f.height + 40;
                if (far) QVERIFY2(same_pixel(d.image, picture, x, y), qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
                const bool inside = std::abs(x - (f.x + f.width / 2)) < f.width / 4 && std::abs(y - (f.y + f.height / 2)) < f.height / 4;
                if (inside && !same_pixel(d.image, picture, x, y)) ++changed_inside;
            }
        QVERIFY2(changed_inside > f.width * f.height / 32, "the face was not redrawn");
    }

    // Pipeline::generate with a face detailer: one count per image; a missing detector file stops
    // it at once; step-by-step runs (triage) refuse it.
    void generateRunsTheDetailer() {
        STIPPLE_REQUIRE_SHARED();
        auto pipeline = Pipeline::load(test::shared_path("fixtures/models/tiny-sd15"));
        GenerationRequest r;
        r.prompt = "a portrait";
        r.steps = 2;
        r.width = r.height = 64;
        r.seeds = {1, 2};
        FaceDetail f;
        f.detector = "/nonexistent/face.onnx";
        r.face_detail = f;
        QVERIFY_THROWS_EXCEPTION(Error, pipeline->generate(r));
        QVERIFY_THROWS_EXCEPTION(Error, pipeline->start(r));
        if (default_face_cascade().empty()) QSKIP("opencv-data is not installed (packaging/setup.sh installs it)");
        r.face_detail->detector.clear();
        const GenerationResult result = pipeline->generate(r);
        QCOMPARE(result.images.size(), size_t(2));
        QCOMPARE(result.faces_detailed.size(), size_t(2));
    }

    // With a restorer file instead: checked before any compute (a wrong file throws), then every
    // image counted and the kind that ran named in the result (for the infotext).
    void generateRestoresWithAModelFile() {
        STIPPLE_REQUIRE_SHARED();
        auto pipeline = Pipeline::load(test::shared_path("fixtures/models/tiny-sd15"));
        GenerationRequest r;
        r.prompt = "a portrait";
        r.steps = 2;
        r.width = r.height = 64;
        r.seeds = {1, 2};
        FaceDetail f;
        f.restorer = test::source_path("tests/data/face_restore/wrong_input_256.onnx");
        r.face_detail = f;
        QVERIFY_THROWS_EXCEPTION(Error, pipeline->generate(r));
        QVERIFY_THROWS_EXCEPTION(Error, pipeline->start(r));
        if (default_face_cascade().empty()) QSKIP("opencv-data is not installed (packaging/setup.sh installs it)");
        r.face_detail->restorer = test::source_path("tests/data/face_restore/gfpgan_negate.onnx");
        r.face_detail->visibility = 1.5;
        QVERIFY_THROWS_EXCEPTION(Error, pipeline->generate(r));
        r.face_detail->visibility = 0.5;
        const GenerationResult result = pipeline->generate(r);
        QCOMPARE(result.images.size(), size_t(2));
        QCOMPARE(result.faces_detailed.size(), size_t(2));
        QCOMPARE(result.face_restorer, std::string("GFPGAN"));
    }

    void infotextRoundTrip() {
        GenerationRequest r;
        r.prompt = "a portrait";
        FaceDetail f;
        f.strength = 0.35;
        f.prompt = "a smiling face, detailed eyes";
        f.padding = 48;
        r.face_detail = f;
        const std::string text = format_infotext(infotext_for_image(r, 1, 512, 512, {"m", "", "v"}));
        QVERIFY2(text.find("Face detailer: OpenCV Haar cascade, Face detailer strength: 0.35, Face detailer prompt: "
                           "\"a smiling face, detailed eyes\", Face detailer padding: 48") != std::string::npos,
                 text.c_str());
        const RestoredRequest back = request_from_infotext(parse_infotext(text));
        QVERIFY(back.problems.empty() && back.unknown.empty());
        QVERIFY(back.request.face_detail.has_value());
        QCOMPARE(back.request.face_detail->strength, 0.35);
        QCOMPARE(back.request.face_detail->prompt, f.prompt);
        QCOMPARE(back.request.face_detail->padding, 48);
        QVERIFY(back.request.face_detail->detector.empty());
        // A model file is named, not a path: listed as not reproduced, nothing guessed.
        const RestoredRequest other = request_from_infotext(
            parse_infotext("x\nSteps: 5, Seed: 1, Face detailer: yunet.onnx, Face detailer strength: 0.4"));
        QVERIFY(!other.request.face_detail.has_value());
        QCOMPARE(other.unknown.size(), size_t(2));
        QVERIFY(!request_from_infotext(parse_infotext("a\nSteps: 5, Seed: 1")).request.face_detail.has_value());
    }

    void cliOptionsNeedTheDetailer() {
        const QString cli = qEnvironmentVariable("STIPPLE_CLI");
        if (cli.isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
        QProcess p;
        p.start(cli, {"generate", "--prompt", "x", "--face-strength", "0.5", "--out", "/tmp/never.png"});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains("--face-strength needs --face-detail"));
    }
};

QTEST_GUILESS_MAIN(FaceDetailerTest)
#include "test_pipeline_face_detailer.moc"
