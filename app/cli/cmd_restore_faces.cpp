// `stipple-cli restore-faces`: the faces of one image restored by a GFPGAN or CodeFormer ONNX model
// (core/image/face_restorer.h), written whole or not at all, keeping the input PNG's text chunks
// (its `parameters`) and adding what AUTOMATIC1111's extras tab adds for GFPGAN / CodeFormer.
#include "cli/args.h"
#include "cli/commands.h"
#include "common/error.h"
#include "common/image.h"
#include "image/face_detect.h"
#include "image/face_restorer.h"
#include "image/image_io.h"
#include "image/png_text.h"
#include "image/postprocess_png.h"
#include "service/generation_service.h"

#include <chrono>
#include <cstdio>

namespace stipple::cli {

namespace {

Args restore_faces_args() {
    return Args("restore-faces",
                "Restore the faces in an image with a GFPGAN or CodeFormer model given as an ONNX file (run by "
                "OpenCV's dnn module; faces found with OpenCV's detector). The PNG's text (its generation parameters) "
                "is kept, and \"GFPGAN visibility\" or \"CodeFormer visibility\" / \"CodeFormer weight\" are written to "
                "its \"postprocessing\" and \"extras\" chunks as AUTOMATIC1111's extras tab does.\n"
                "usage: stipple-cli restore-faces IN --model FILE.onnx --out OUT.png",
                {
                    {"model", "FILE", "the restoration model: a GFPGAN (one 1x3x512x512 input) or CodeFormer (that and a weight input) .onnx file"},
                    {"out", "PATH", "the PNG to write (replaced if it exists; written whole or not at all)"},
                    {"visibility", "F", "0..1, how much of each restored face is blended in (default 1; A1111's \"GFPGAN visibility\" / \"CodeFormer visibility\")"},
                    {"codeformer-weight", "F", "CodeFormer only: 0 = strongest restoration, 1 = closest to the input face (default 0.5; A1111's \"CodeFormer weight\")"},
                    {"face-detector", "FILE", "an OpenCV cascade .xml or a YuNet .onnx model (default: OpenCV's frontal-face cascade from the opencv-data package)"},
                    {"max-faces", "N", "restore at most N faces, the largest first (default 8)"},
                    {"verbose", "", "print the model's kind, each face found and the time"},
                });
}

}  // namespace

int run_restore_faces(const std::vector<std::string>& argv) {
    Args a = restore_faces_args();
    std::vector<std::string> options = argv;
    const std::string input = a.take_input(options);
    if (a.parse_or_show_help(options)) return 0;
    if (input.empty()) throw Error("no image given: stipple-cli restore-faces IN --model FILE.onnx --out OUT.png");
    if (!a.has("model")) throw Error("no model given: add --model FILE.onnx (a GFPGAN or CodeFormer ONNX file)");
    if (!a.has("out")) throw Error("no output given: add --out OUT.png");
    const std::string out_path = a.str("out");
    check_output_files({out_path}, ".png");
    FaceRestoreOptions o;
    o.visibility = a.number("visibility", o.visibility, 0.0, 1.0);
    o.codeformer_weight = a.number("codeformer-weight", o.codeformer_weight, 0.0, 1.0);
    const int max_faces = a.integer("max-faces", 8, 1, 64);
    const bool verbose = a.has("verbose");

    // The cheap checks first (files, inputs), then the image, then OpenCV's import of the network.
    const FaceRestorerKind kind = check_face_restorer(a.str("model"));
    if (a.has("codeformer-weight") && kind != FaceRestorerKind::CodeFormer)
        throw Error("--codeformer-weight is for a CodeFormer model; '" + a.str("model") + "' is a GFPGAN-style model (one input)");
    const FaceDetector detector(a.str("face-detector"));
    const Image image = load_image(input);  // 8-bit RGB; refuses images over 64 megapixels before decoding
    std::vector<PngTextChunk> chunks;
    if (is_png_file(input)) chunks = read_png_text_file(input);
    const auto t0 = std::chrono::steady_clock::now();
    FaceRestorer restorer(a.str("model"));
    const std::vector<FaceBox> faces = detector.detect(image, max_faces);
    if (verbose) {
        std::printf("model: %s (%s), face detector: %s\n", a.str("model").c_str(), restorer.label(), detector.name().c_str());
        for (const FaceBox& f : faces) std::printf("face at %d,%d %dx%d\n", f.x, f.y, f.width, f.height);
    }
    const RestoredFaces restored = restorer.restore(image, faces, o);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

    // A1111's run_postprocessing: the image's own text chunks, then "postprocessing" and "extras".
    write_png_with_text(out_path, restored.image,
                        postprocessed_png_text(chunks, face_restore_info(restorer.label(), o.visibility, o.codeformer_weight)));
    std::printf("wrote %s (%zu face(s) restored by %s)\n", out_path.c_str(), restored.faces.size(), restorer.label());
    if (faces.empty())
        std::fprintf(stderr, "stipple-cli restore-faces: warning: no face found in %s; the image is written unchanged\n",
                     input.c_str());
    if (verbose) std::printf("restored in %.2f s\n", seconds);
    return 0;
}

}  // namespace stipple::cli
