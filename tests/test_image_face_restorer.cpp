// The face restorer's I/O contract (core/image/face_restorer.h), checked with tiny ONNX networks
// that have GFPGAN's and CodeFormer's signatures and known functions (tests/data/face_restore/
// make_models.py: GFPGAN-like output = -input, CodeFormer-like output = -w * input): the file's
// inputs are read and classified, each face is restored as the function says and blended back,
// nothing outside a face's square changes, visibility 0 changes nothing, and bad files are
// one-line errors naming the file. No real GFPGAN / CodeFormer file is used (none is available
// offline), so this tests the contract, not the restoration quality. Plus the infotext keys and
// `stipple-cli restore-faces` / `generate --face-restore`.
#include "common/error.h"
#include "image/face_detect.h"
#include "image/face_restorer.h"
#include "image/infotext.h"
#include "image/onnx_signature.h"
#include "image/png_text.h"
#include "image/request_infotext.h"
#include "support/cli_run.h"
#include "support/drawn_face.h"
#include "support/error_text.h"
#include "support/fixtures.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <memory>
#include <iterator>

using stipple::FaceBox;
using stipple::FaceRestorer;
using stipple::Image;

namespace {

std::string model(const char* name) { return stipple::test::source_path(QStringLiteral("tests/data/face_restore/") + name); }

std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A 480x360 picture: a gradient with the drawn face (160 px) in it, off centre, so that most of
// the picture lies outside the face's restoration square.
Image picture_with_face() {
    Image out{480, 360, std::vector<uint8_t>(480 * 360 * 3)};
    for (int y = 0; y < out.height; ++y)
        for (int x = 0; x < out.width; ++x) {
            uint8_t* p = &out.rgb[(static_cast<size_t>(y) * out.width + x) * 3];
            p[0] = static_cast<uint8_t>(x * 255 / out.width), p[1] = static_cast<uint8_t>(y * 255 / out.height), p[2] = 90;
        }
    const Image face = stipple::test::drawn_face(160);
    for (int y = 0; y < face.height; ++y)
        std::copy_n(&face.rgb[static_cast<size_t>(y) * face.width * 3], face.width * 3,
                    &out.rgb[(static_cast<size_t>(y + 150) * out.width + 260) * 3]);
    return out;
}

int channel(const Image& image, int x, int y, int c) { return image.rgb[(static_cast<size_t>(y) * image.width + x) * 3 + c]; }

bool inside(const stipple::CropBox& b, int x, int y) { return x >= b.x && x < b.x + b.width && y >= b.y && y < b.y + b.height; }

// Every channel of the face's core (the middle half of its box, where the blend mask is solid):
// how far the restored picture is from `expected(original value)`: the largest and the mean difference.
template <class F>
std::pair<int, double> core_error(const Image& original, const Image& restored, const FaceBox& f, F expected) {
    int worst = 0;
    double sum = 0;
    int n = 0;
    for (int y = f.y + f.height / 4; y < f.y + f.height * 3 / 4; ++y)
        for (int x = f.x + f.width / 4; x < f.x + f.width * 3 / 4; ++x)
            for (int c = 0; c < 3; ++c) {
                const int d = std::abs(channel(restored, x, y, c) - expected(channel(original, x, y, c)));
                worst = std::max(worst, d);
                sum += d;
                ++n;
            }
    return {worst, sum / std::max(n, 1)};
}

bool one_line_naming(const std::string& message, const std::string& name) {
    return !message.empty() && message.find('\n') == std::string::npos && message.find(name) != std::string::npos;
}

#define REQUIRE_OPENCV_DATA()                                                                          \
    if (stipple::default_face_cascade().empty()) QSKIP("opencv-data is not installed (packaging/setup.sh installs it)")

}  // namespace

class FaceRestorerTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void signatureOfTheCommittedModels() {
        const stipple::OnnxSignature g = stipple::read_onnx_signature(model("gfpgan_negate.onnx"));
        QCOMPARE(g.inputs.size(), size_t(1));
        QCOMPARE(g.inputs[0].name, std::string("input"));
        QCOMPARE(g.inputs[0].describe(), std::string("1x3x512x512 float"));
        QCOMPARE(g.outputs.size(), size_t(1));
        QCOMPARE(g.outputs[0].describe(), std::string("1x3x512x512 float"));
        const stipple::OnnxSignature c = stipple::read_onnx_signature(model("codeformer_negate_scaled.onnx"));
        QCOMPARE(c.inputs.size(), size_t(2));
        QCOMPARE(c.inputs[0].name + " " + c.inputs[0].describe(), std::string("x 1x3x512x512 float"));
        QCOMPARE(c.inputs[1].name + " " + c.inputs[1].describe(), std::string("w 1 double"));
        QCOMPARE(stipple::read_onnx_signature(model("wrong_input_256.onnx")).inputs[0].describe(), std::string("1x3x256x256 float"));
    }

    // Cut or garbled protobuf: an error naming what was read, never a crash or a wild read.
    void malformedFilesAreErrors() {
        const std::string bytes = file_bytes(model("codeformer_negate_scaled.onnx"));
        QVERIFY(bytes.size() > 100);
        for (size_t cut : {size_t(0), size_t(1), size_t(7), bytes.size() / 3, bytes.size() / 2, bytes.size() - 1}) {
            const std::string e = stipple::test::error_of([&] { stipple::parse_onnx_signature(bytes.substr(0, cut), "cut.onnx"); });
            QVERIFY2(one_line_naming(e, "cut.onnx") && e.find("not an ONNX model") != std::string::npos, e.c_str());
        }
        const std::string text = stipple::test::error_of([] { stipple::parse_onnx_signature("not a network", "text.onnx"); });
        QVERIFY2(one_line_naming(text, "text.onnx"), text.c_str());
        std::string flipped = bytes;
        for (size_t i = 0; i < flipped.size(); i += 5) flipped[i] = static_cast<char>(flipped[i] ^ 0x5a);
        const std::string garbled = stipple::test::error_of([&] { stipple::parse_onnx_signature(flipped, "garbled.onnx"); });
        QVERIFY2(garbled.empty() || one_line_naming(garbled, "garbled.onnx"), garbled.c_str());
    }

    void kindFromTheInputs() {
        const FaceRestorer g(model("gfpgan_negate.onnx"));
        QVERIFY(g.kind() == stipple::FaceRestorerKind::GFPGAN);
        QCOMPARE(std::string(g.label()), std::string("GFPGAN"));
        const FaceRestorer c(model("codeformer_negate_scaled.onnx"));
        QVERIFY(c.kind() == stipple::FaceRestorerKind::CodeFormer);
        QCOMPARE(std::string(c.label()), std::string("CodeFormer"));
        QVERIFY(stipple::check_face_restorer(model("codeformer_negate_scaled.onnx")) == stipple::FaceRestorerKind::CodeFormer);
    }

    void badFilesAreOneLineErrorsNamingTheFile() {
        QTemporaryDir dir;
        const std::string missing = dir.filePath("missing.onnx").toStdString();
        const std::string text = dir.filePath("notes.onnx").toStdString();
        std::ofstream(text) << "not a network";
        const auto load = [](const std::string& path) { return stipple::test::error_of([&] { FaceRestorer r(path); }); };
        const std::string e_missing = load(missing);
        QVERIFY2(one_line_naming(e_missing, "missing.onnx") && e_missing.find("does not exist") != std::string::npos, e_missing.c_str());
        const std::string e_text = load(text);
        QVERIFY2(one_line_naming(e_text, "notes.onnx") && e_text.find("not an ONNX model") != std::string::npos, e_text.c_str());
        const std::string e_input = load(model("wrong_input_256.onnx"));
        QVERIFY2(one_line_naming(e_input, "wrong_input_256.onnx") && e_input.find("expects a 1x3x512x512") != std::string::npos &&
                     e_input.find("'input' 1x3x256x256 float") != std::string::npos,
                 e_input.c_str());
        const std::string e_output = load(model("wrong_output_256.onnx"));
        QVERIFY2(one_line_naming(e_output, "wrong_output_256.onnx") && e_output.find("1x3x256x256") != std::string::npos, e_output.c_str());
        // Shapes right, values not: the error comes from the first face run.
        FaceRestorer nan(model("nan_output.onnx"));
        const std::string e_nan = stipple::test::error_of([&] { nan.run(stipple::test::drawn_face(128), 0.5); });
        QVERIFY2(one_line_naming(e_nan, "nan_output.onnx") && e_nan.find("NaN") != std::string::npos, e_nan.c_str());
    }

    // A network with the right signature that OpenCV's importer refuses (CodeFormer multiplies by
    // its weight; OpenCV 4.6 cannot broadcast a one-element input): one line naming the file and
    // OpenCV. An OpenCV that imports it must then run it as the contract says.
    void networksOpenCvCannotImportAreOneLineErrors() {
        const std::string path = model("codeformer_multiply.onnx");
        QVERIFY(stipple::check_face_restorer(path) == stipple::FaceRestorerKind::CodeFormer);
        std::unique_ptr<FaceRestorer> restorer;
        const std::string e = stipple::test::error_of([&] { restorer = std::make_unique<FaceRestorer>(path); });
        if (!e.empty()) {
            QVERIFY2(one_line_naming(e, "codeformer_multiply.onnx") && e.find("OpenCV") != std::string::npos, e.c_str());
            return;
        }
        const Image face = stipple::test::drawn_face(512);
        const Image out = restorer->run(face, 0.0);
        QVERIFY(std::all_of(out.rgb.begin(), out.rgb.end(), [](uint8_t v) { return v == 128; }));
    }

    // One 512x512 face through each network: the contract's normalisation, exactly.
    void runFollowsTheContract() {
        const Image face = stipple::test::drawn_face(512);
        FaceRestorer g(model("gfpgan_negate.onnx"));
        const Image negated = g.run(face, 0.5);
        QCOMPARE(negated.width, 512);
        for (size_t i = 0; i < face.rgb.size(); ++i)
            QVERIFY2(negated.rgb[i] == 255 - face.rgb[i], qPrintable(QString::number(i)));
        FaceRestorer c(model("codeformer_negate_scaled.onnx"));
        for (double w : {0.0, 0.5, 1.0}) {
            const Image out = c.run(face, w);
            for (size_t i = 0; i < face.rgb.size(); i += 97) {
                const double x = face.rgb[i] / 127.5 - 1.0;  // the contract's [-1, 1]
                const long expected = std::lround((1.0 - w * x) * 127.5);
                QVERIFY2(std::abs(out.rgb[i] - expected) <= 1, qPrintable(QStringLiteral("w %1 byte %2").arg(w).arg(i)));
            }
        }
    }

    void restoreChangesTheFaceAndNothingOutsideItsSquare() {
        REQUIRE_OPENCV_DATA();
        const Image picture = picture_with_face();
        const stipple::FaceDetector detector("");
        const std::vector<FaceBox> faces = detector.detect(picture);
        QCOMPARE(faces.size(), size_t(1));
        const FaceBox& f = faces[0];
        const stipple::CropBox square = stipple::restore_crop(f, picture.width, picture.height);
        QCOMPARE(square.width, square.height);
        QVERIFY(square.width >= 2 * std::max(f.width, f.height) - 1);
        FaceRestorer restorer(model("gfpgan_negate.onnx"));
        const stipple::RestoredFaces r = restorer.restore(picture, faces, {});
        QCOMPARE(r.faces.size(), size_t(1));
        int outside = 0;
        for (int y = 0; y < picture.height; ++y)
            for (int x = 0; x < picture.width; ++x)
                if (!inside(square, x, y)) {
                    ++outside;
                    for (int c = 0; c < 3; ++c)
                        if (channel(r.image, x, y, c) != channel(picture, x, y, c))
                            QFAIL(qPrintable(QStringLiteral("pixel %1,%2 outside the face's square changed").arg(x).arg(y)));
                }
        QVERIFY(outside > picture.width * picture.height / 2);
        // The face's core is the negative (through a Lanczos resize to 512 and back: measured
        // within 1 level, mean 0.04).
        const auto [worst, mean] = core_error(picture, r.image, f, [](int v) { return 255 - v; });
        QVERIFY2(mean < 0.5 && worst <= 4, qPrintable(QStringLiteral("worst %1, mean %2").arg(worst).arg(mean)));
        // Half visibility: halfway between the face and its negative, i.e. mid grey.
        const stipple::RestoredFaces half = restorer.restore(picture, faces, {0.5, 0.5});
        const auto [worst_half, mean_half] = core_error(picture, half.image, f, [](int) { return 128; });
        QVERIFY2(mean_half < 1.5 && worst_half <= 3, qPrintable(QStringLiteral("worst %1, mean %2").arg(worst_half).arg(mean_half)));
        // Visibility 0: the picture as it was.
        const stipple::RestoredFaces none = restorer.restore(picture, faces, {0.0, 0.5});
        QVERIFY(none.image.rgb == picture.rgb);
        QVERIFY(none.faces.empty());
        QVERIFY(!stipple::test::error_of([&] { restorer.restore(picture, faces, {1.5, 0.5}); }).empty());
    }

    // The CodeFormer signature through restore: the weight reaches the network (0 gives mid grey).
    void restorePassesTheCodeFormerWeight() {
        REQUIRE_OPENCV_DATA();
        const Image picture = picture_with_face();
        const std::vector<FaceBox> faces = stipple::FaceDetector("").detect(picture);
        QCOMPARE(faces.size(), size_t(1));
        FaceRestorer c(model("codeformer_negate_scaled.onnx"));
        const stipple::RestoredFaces zero = c.restore(picture, faces, {1.0, 0.0});
        const auto [worst, mean] = core_error(picture, zero.image, faces[0], [](int) { return 128; });
        QVERIFY2(worst <= 1 && mean < 0.5, qPrintable(QStringLiteral("worst %1, mean %2").arg(worst).arg(mean)));
        const stipple::RestoredFaces full = c.restore(picture, faces, {1.0, 1.0});
        const auto [worst_full, mean_full] = core_error(picture, full.image, faces[0], [](int v) { return 255 - v; });
        QVERIFY2(mean_full < 0.5 && worst_full <= 4, qPrintable(QStringLiteral("worst %1, mean %2").arg(worst_full).arg(mean_full)));
    }

    // "Face restoration" where A1111 writes it (after Seed), with A1111's extras keys; read back
    // as the kind and settings (the text names no file, so no request.face_detail).
    void infotextRoundTrip() {
        stipple::GenerationRequest r;
        r.prompt = "a portrait";
        stipple::FaceDetail f;
        f.restorer = "/models/codeformer-v0.1.onnx";
        f.visibility = 0.8;
        f.codeformer_weight = 0.25;
        r.face_detail = f;
        stipple::InfotextSource source{"m", "", "v"};
        source.face_restoration = "CodeFormer";
        const std::string text = stipple::format_infotext(stipple::infotext_for_image(r, 7, 512, 512, source));
        QVERIFY2(text.find("Seed: 7, Face restoration: CodeFormer, Size: 512x512") != std::string::npos, text.c_str());
        QVERIFY2(text.find("CodeFormer visibility: 0.8, CodeFormer weight: 0.25") != std::string::npos, text.c_str());
        QVERIFY2(text.find("Face detailer") == std::string::npos && text.find("/models") == std::string::npos, text.c_str());
        const stipple::RestoredRequest back = stipple::request_from_infotext(stipple::parse_infotext(text));
        QVERIFY(back.problems.empty() && back.unknown.empty());
        QCOMPARE(back.face_restoration, std::string("CodeFormer"));
        QCOMPARE(back.face_restore.visibility, 0.8);
        QCOMPARE(back.face_restore.codeformer_weight, 0.25);
        QVERIFY(!back.request.face_detail.has_value());
        // GFPGAN: no weight key; an A1111 picture's bare key reads back with the defaults.
        source.face_restoration = "GFPGAN";
        const std::string g = stipple::format_infotext(stipple::infotext_for_image(r, 7, 512, 512, source));
        QVERIFY2(g.find("GFPGAN visibility: 0.8") != std::string::npos && g.find("weight") == std::string::npos, g.c_str());
        const stipple::RestoredRequest a1111 =
            stipple::request_from_infotext(stipple::parse_infotext("x\nSteps: 20, Seed: 1, Face restoration: GFPGAN, Size: 512x512"));
        QCOMPARE(a1111.face_restoration, std::string("GFPGAN"));
        QCOMPARE(a1111.face_restore.visibility, 1.0);
        QVERIFY(a1111.unknown.empty());
    }

    // `stipple-cli restore-faces`: the face restored, the PNG's parameters kept and A1111's extras
    // keys added; a model of the wrong shape is one line, exit 2, nothing written.
    void cliRestoreFaces() {
        if (qEnvironmentVariable("STIPPLE_CLI").isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
        REQUIRE_OPENCV_DATA();
        QTemporaryDir dir;
        const std::string in = dir.filePath("in.png").toStdString(), out = dir.filePath("out.png").toStdString();
        const Image picture = picture_with_face();
        stipple::write_png_with_text(in, picture, {{"parameters", "a face\nSteps: 5, Seed: 1, Size: 480x360"}});
        const test::CliRun ok = test::runCli({"restore-faces", QString::fromStdString(in), "--model",
                                              QString::fromStdString(model("gfpgan_negate.onnx")), "--visibility", "0.75",
                                              "--out", QString::fromStdString(out)});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QVERIFY2(ok.out.contains("1 face(s) restored by GFPGAN"), qPrintable(ok.out));
        const std::vector<stipple::PngTextChunk> chunks = stipple::read_png_text_file(out);
        QCOMPARE(stipple::png_text_value(chunks, "parameters"), std::string("a face\nSteps: 5, Seed: 1, Size: 480x360"));
        QCOMPARE(stipple::png_text_value(chunks, "postprocessing"), std::string("GFPGAN visibility: 0.75"));
        QCOMPARE(stipple::png_text_value(chunks, "extras"), std::string("GFPGAN visibility: 0.75"));

        const QString bad_out = dir.filePath("bad.png");
        const test::CliRun bad = test::runCli({"restore-faces", QString::fromStdString(in), "--model",
                                               QString::fromStdString(model("wrong_input_256.onnx")), "--out", bad_out});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.trimmed().count('\n') == 0 && bad.err.contains("wrong_input_256.onnx") && bad.err.contains("1x3x512x512"),
                 qPrintable(bad.err));
        QVERIFY(!QFileInfo::exists(bad_out));
        const test::CliRun weight = test::runCli({"restore-faces", QString::fromStdString(in), "--model",
                                                  QString::fromStdString(model("gfpgan_negate.onnx")), "--codeformer-weight", "0.3",
                                                  "--out", bad_out});
        QCOMPARE(weight.code, 2);
        QVERIFY2(weight.err.contains("CodeFormer"), qPrintable(weight.err));
    }

    // `generate`'s flags are checked before any model loads (no --model given: the built-in one
    // would load after these checks).
    void cliGenerateFlags() {
        if (qEnvironmentVariable("STIPPLE_CLI").isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
        const QString gfpgan = QString::fromStdString(model("gfpgan_negate.onnx"));
        const struct {
            QStringList args;
            const char* mentions;
        } cases[] = {
            {{"--face-detail", "--face-restore", gfpgan}, "not both"},
            {{"--codeformer-weight", "0.5"}, "--codeformer-weight needs --face-restore"},
            {{"--face-restore-visibility", "0.5"}, "needs --face-restore"},
            {{"--face-restore", gfpgan, "--face-strength", "0.5"}, "--face-strength needs --face-detail"},
            {{"--face-restore", gfpgan, "--codeformer-weight", "0.5"}, "is a GFPGAN-style model"},
            {{"--face-restore", "/nonexistent/gfpgan.onnx"}, "/nonexistent/gfpgan.onnx"},
            {{"--face-restore", QString::fromStdString(model("wrong_output_256.onnx"))}, "wrong_output_256.onnx"},
        };
        for (const auto& c : cases) {
            const test::CliRun r = test::runCli(QStringList{"generate", "--prompt", "x", "--out", "/tmp/never-written.png"} + c.args);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(c.mentions) && r.err.trimmed().count('\n') == 0, qPrintable(r.err));
        }
        QVERIFY(!QFileInfo::exists("/tmp/never-written.png"));
    }
};

QTEST_GUILESS_MAIN(FaceRestorerTest)
#include "test_image_face_restorer.moc"
