// The face detailer: OpenCV's cascade from opencv-data finds a drawn face and nothing in a plain
// picture; bad detector files are errors; each face is redrawn as an only-masked inpaint that
// changes the face and keeps the picture's pixels away from it; the infotext keys round-trip and a
// missing detector stops a generation before any compute.
#include "common/error.h"
#include "image/face_detect.h"
#include "image/infotext.h"
#include "image/request_infotext.h"
#include "pipeline/face_detailer.h"
#include "pipeline/pipeline.h"
#include "support/fixtures.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgproc.hpp>

#include <fstream>

using namespace stipple;

namespace {

// A cartoon face on a green ground: skin oval, hair, brows, eyes, nose, mouth (RGB).
Image drawn_face(int size) {
    cv::Mat img(size, size, CV_8UC3, cv::Scalar(90, 140, 90));
    const double s = size / 256.0;
    auto P = [&](int x, int y) { return cv::Point(static_cast<int>(x * s), static_cast<int>(y * s)); };
    auto S = [&](int w, int h) { return cv::Size(static_cast<int>(w * s), static_cast<int>(h * s)); };
    const int t = std::max(1, static_cast<int>(4 * s));
    cv::ellipse(img, P(128, 128), S(52, 68), 0, 0, 360, cv::Scalar(225, 180, 150), -1, cv::LINE_AA);
    cv::ellipse(img, P(128, 80), S(56, 30), 0, 180, 360, cv::Scalar(60, 40, 30), -1, cv::LINE_AA);
    cv::line(img, P(96, 104), P(118, 102), cv::Scalar(70, 50, 40), t, cv::LINE_AA);
    cv::line(img, P(138, 102), P(160, 104), cv::Scalar(70, 50, 40), t, cv::LINE_AA);
    for (int x : {107, 149}) {
        cv::ellipse(img, P(x, 116), S(10, 6), 0, 0, 360, cv::Scalar(245, 245, 245), -1, cv::LINE_AA);
        cv::circle(img, P(x, 116), std::max(1, static_cast<int>(5 * s)), cv::Scalar(20, 30, 40), -1, cv::LINE_AA);
    }
    cv::line(img, P(128, 120), P(122, 145), cv::Scalar(190, 140, 110), t - 1, cv::LINE_AA);
    cv::line(img, P(122, 145), P(134, 147), cv::Scalar(190, 140, 110), t - 1, cv::LINE_AA);
    cv::ellipse(img, P(128, 165), S(18, 7), 0, 0, 180, cv::Scalar(160, 70, 70), t, cv::LINE_AA);
    cv::GaussianBlur(img, img, {5, 5}, 1.2);
    Image out;
    out.width = out.height = size;
    out.rgb.assign(img.data, img.data + img.total() * 3);
    return out;
}

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
        const std::vector<FaceBox> faces = detector.detect(drawn_face(256));
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
        const Image picture = drawn_face(256);
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
