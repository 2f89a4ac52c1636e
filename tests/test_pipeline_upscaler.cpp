// Upscalers (core/pipeline/upscaler.h, core/nn/upscaler_network.h): ESRGAN RRDBNet in the BasicSR and
// the original ESRGAN key layouts (4x, 2x, Real-ESRGAN's pixel-unshuffle 2x) and Real-ESRGAN's
// SRVGGNetCompact against forward passes computed with PyTorch from code written from the published
// architectures (tests/data/upscaler/make_reference.py); tiling against a whole-image run; progress
// and cancel; Lanczos / Nearest; files that are no upscaler; and `stipple-cli upscale` end to end.
#include "common/error.h"
#include "image/image_io.h"
#include "image/png_text.h"
#include "io/safetensors.h"
#include "io/state_dict.h"
#include "nn/upscaler_network.h"
#include "pipeline/upscaler.h"
#include "support/error_text.h"
#include "support/fixtures.h"

#include <c10/core/InferenceMode.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>

#include <atomic>
#include <cstdlib>
#include <random>

using namespace stipple;

namespace {

std::string data(const std::string& name) { return test::source_path(QString::fromStdString("tests/data/upscaler/" + name)); }

Image random_image(int w, int h, unsigned seed) {
    std::mt19937 rng(seed);
    Image im;
    im.width = w;
    im.height = h;
    im.rgb.resize(static_cast<size_t>(w) * h * 3);
    // Smooth-ish content with noise, so a seam (a tile's zero padding) changes pixels visibly.
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            for (int c = 0; c < 3; ++c)
                im.rgb[(static_cast<size_t>(y) * w + x) * 3 + c] =
                    static_cast<uint8_t>(std::clamp(int(128 + 90 * std::sin(0.2 * x + 0.3 * y + c)) + int(rng() % 41) - 20, 0, 255));
    return im;
}

struct Diff {
    int max = 0;
    double fraction = 0;  // of bytes that differ
};

Diff diff(const Image& a, const Image& b) {
    Diff d;
    if (a.width != b.width || a.height != b.height) return {999, 1};
    size_t n = 0;
    for (size_t i = 0; i < a.rgb.size(); ++i) {
        const int v = std::abs(int(a.rgb[i]) - int(b.rgb[i]));
        d.max = std::max(d.max, v);
        n += v != 0;
    }
    d.fraction = double(n) / a.rgb.size();
    return d;
}

struct CliRun {
    int code = -1;
    QString out, err;
};

CliRun cli(const QStringList& args) {
    QProcess p;
    p.start(qEnvironmentVariable("STIPPLE_CLI"), args);
    p.waitForFinished(300000);
    CliRun r{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    if (p.exitStatus() == QProcess::CrashExit) r.code = -1, r.err += QStringLiteral("\n[stipple-cli crashed]");
    return r;
}

QByteArray read_bytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write_bytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// The chunk whose type starts at byte `type`, its CRC recomputed (the damage meant stays alone).
QByteArray recrc(QByteArray png, int type) {
    const int length = (uchar(png[type - 4]) << 24) | (uchar(png[type - 3]) << 16) | (uchar(png[type - 2]) << 8) | uchar(png[type - 1]);
    const quint32 crc = crc32(0, reinterpret_cast<const Bytef*>(png.constData() + type), uInt(length + 4));
    for (int i = 0; i < 4; ++i) png[type + 4 + length + i] = char((crc >> (8 * (3 - i))) & 0xff);
    return png;
}

}  // namespace

class TestPipelineUpscaler : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Each tiny random-weight model, loaded from its .safetensors, gives PyTorch's output for the same
    // input within 1e-4, and its hyperparameters are read from the tensor shapes.
    void forwardMatchesPyTorch_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("description");
        QTest::newRow("RRDBNet 4x, BasicSR keys") << "rrdb_x4_basicsr" << "RRDBNet 4x (BasicSR/Real-ESRGAN layout; nf 8, nb 1, gc 4)";
        QTest::newRow("RRDBNet 4x, original ESRGAN keys") << "rrdb_x4_old" << "RRDBNet 4x (original ESRGAN layout; nf 8, nb 1, gc 4)";
        QTest::newRow("RRDBNet 2x, pixel-unshuffle (RealESRGAN_x2plus)")
            << "rrdb_x2_basicsr_unshuffle" << "RRDBNet 2x (BasicSR/Real-ESRGAN layout; nf 8, nb 1, gc 4, pixel-unshuffle 2)";
        QTest::newRow("RRDBNet 2x, original ESRGAN keys") << "rrdb_x2_old" << "RRDBNet 2x (original ESRGAN layout; nf 8, nb 1, gc 4)";
        QTest::newRow("SRVGGNetCompact 4x") << "srvgg_x4" << "SRVGGNetCompact 4x (num_feat 8, num_conv 2)";
    }
    void forwardMatchesPyTorch() {
        QFETCH(QString, name);
        QFETCH(QString, description);
        UpscalerNetwork net = read_upscaler_file(data(name.toStdString() + ".safetensors"));
        QCOMPARE(QString::fromStdString(net.description), description);
        const StateDict io = read_state_dict(data(name.toStdString() + ".io.safetensors"));
        const at::Tensor x = io.at("input"), want = io.at("output");
        c10::InferenceMode guard;
        const at::Tensor got = net.forward(x);
        QCOMPARE(got.sizes().vec(), want.sizes().vec());
        QCOMPARE(want.size(2), x.size(2) * net.scale);
        const double err = (got - want).abs().max().item<double>();
        qInfo("%s: max |C++ - PyTorch| = %.3g over %lld values", qPrintable(name), err, static_cast<long long>(want.numel()));
        QVERIFY2(err < 1e-4, qPrintable(QString("max abs error %1").arg(err)));
    }

    // A tiled run equals the whole-image run when each tile's context is at least the network's
    // receptive radius: every output pixel then sees exactly the same input pixels. Only the order
    // of float sums inside the convolutions may differ with the tensor size (~1e-7 relative), which
    // can move a value across a rounding boundary: at most 1 of 255 on a handful of bytes. Without
    // context the seams change pixels far more, so the comparison can tell.
    void tiledEqualsWholeImage_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("tile");
        QTest::newRow("RRDBNet 4x") << "rrdb_x4_basicsr" << 70 << 50 << 24;
        QTest::newRow("RRDBNet 2x pixel-unshuffle, odd size") << "rrdb_x2_basicsr_unshuffle" << 61 << 47 << 20;
        QTest::newRow("SRVGGNetCompact 4x") << "srvgg_x4" << 70 << 50 << 16;
    }
    void tiledEqualsWholeImage() {
        QFETCH(QString, name);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, tile);
        UpscalerNetwork net = read_upscaler_file(data(name.toStdString() + ".safetensors"));
        const int radius = static_cast<int>(net.receptive_radius), s = static_cast<int>(net.scale);
        auto upscaler = make_network_upscaler(std::move(net), name.toStdString());
        const Image in = random_image(width, height, 7);
        UpscaleOptions whole;
        whole.tile = 0;
        const Image reference = upscale_image(*upscaler, in, width * s, height * s, whole);
        QCOMPARE(reference.width, width * s);

        UpscaleOptions tiled;
        tiled.tile = tile;
        tiled.overlap = radius;
        int calls = 0, last_total = 0;
        tiled.progress = [&](int done, int total) {
            ++calls;
            QCOMPARE(done, calls);
            last_total = total;
        };
        const Image t = upscale_image(*upscaler, in, width * s, height * s, tiled);
        const int m = name.contains("unshuffle") ? 2 : 1;
        const int side = (tile + m - 1) / m * m;
        const int padded_w = (width + m - 1) / m * m, padded_h = (height + m - 1) / m * m;
        const int expected_tiles = ((padded_w + side - 1) / side) * ((padded_h + side - 1) / side);
        QVERIFY(expected_tiles > 4);
        QCOMPARE(calls, expected_tiles);
        QCOMPARE(last_total, expected_tiles);
        const Diff d = diff(t, reference);
        qInfo("%s: overlap %d px: max diff %d, %.4f%% of bytes differ", qPrintable(name), radius, d.max, 100 * d.fraction);
        QVERIFY2(d.max <= 1 && d.fraction < 0.001, qPrintable(QString("max %1, fraction %2").arg(d.max).arg(d.fraction)));

        tiled.overlap = 0;
        tiled.progress = nullptr;
        const Diff seams = diff(upscale_image(*upscaler, in, width * s, height * s, tiled), reference);
        qInfo("%s: no overlap: max diff %d, %.2f%% of bytes differ", qPrintable(name), seams.max, 100 * seams.fraction);
        QVERIFY2(seams.max > 4, "tiles without context should show seams; the comparison above would not notice them");
    }

    // Cancel is seen before the next tile: the call returns an empty image after the tiles already done.
    void cancelStopsBetweenTiles() {
        auto upscaler = make_upscaler(data("srvgg_x4.safetensors"));
        std::atomic<bool> cancel{false};
        UpscaleOptions o;
        o.tile = 16;
        o.cancel = &cancel;
        int calls = 0;
        o.progress = [&](int done, int) {
            calls = done;
            if (done == 2) cancel = true;
        };
        const Image out = upscale_image(*upscaler, random_image(64, 64, 1), 256, 256, o);
        QVERIFY(out.empty());
        QCOMPARE(calls, 2);
    }

    // The sizes A1111's extras tab makes ("upscale by"), and a model reaching other sizes: one pass
    // then a resample down, or passes until the target is reached.
    void sizesAsAutomatic1111() {
        QCOMPARE(upscale_by_size(1000, 752, 2), std::make_pair(2000, 1504));
        QCOMPARE(upscale_by_size(1000, 750, 2), std::make_pair(2000, 1496));  // int(1500) // 8 * 8
        QCOMPARE(upscale_by_size(333, 333, 2), std::make_pair(664, 664));  // int(666) // 8 * 8
        QCOMPARE(upscale_by_size(512, 768, 1.5), std::make_pair(768, 1152));
        QVERIFY(test::error_of([] { upscale_by_size(3, 3, 1); }).find("under 8 px") != std::string::npos);

        auto upscaler = make_upscaler(data("rrdb_x2_old.safetensors"));
        QCOMPARE(upscaler->native_scale(), 2);
        QCOMPARE(QString::fromStdString(upscaler->name()), QString("rrdb_x2_old"));
        const Image in = random_image(20, 12, 3);
        UpscaleOptions o;
        o.tile = 0;
        int passes = 0;
        o.progress = [&](int, int total) { passes = total; };
        const Image x3 = upscale_image(*upscaler, in, 60, 36, o);  // 2x, 2x again, then area down to 3x
        QCOMPARE(x3.width, 60);
        QCOMPARE(x3.height, 36);
        QCOMPARE(passes, 2);
        const Image x1 = upscale_image(*upscaler, in, 20, 12, o);  // A1111 runs the model once even at 1x
        QCOMPARE(x1.width, 20);
        QCOMPARE(passes, 1);
    }

    // Lanczos keeps a flat colour flat and follows OpenCV's Lanczos; Nearest repeats each pixel.
    void resamplers() {
        auto lanczos = make_upscaler("Lanczos");
        auto nearest = make_upscaler("nearest");
        QCOMPARE(QString::fromStdString(lanczos->name()), QString("Lanczos"));
        QCOMPARE(QString::fromStdString(nearest->name()), QString("Nearest"));
        QCOMPARE(lanczos->native_scale(), 0);
        const Image in = random_image(9, 7, 5);
        const Image n = upscale_image(*nearest, in, 27, 21);
        for (int y = 0; y < 21; ++y)
            for (int x = 0; x < 27; ++x)
                for (int c = 0; c < 3; ++c)
                    QCOMPARE(n.rgb[(y * 27 + x) * 3 + c], in.rgb[((y / 3) * 9 + x / 3) * 3 + c]);
        Image flat = in;
        std::fill(flat.rgb.begin(), flat.rgb.end(), uint8_t(77));
        const Image l = upscale_image(*lanczos, flat, 40, 30);
        QCOMPARE(l.width, 40);
        QVERIFY(std::all_of(l.rgb.begin(), l.rgb.end(), [](uint8_t v) { return v == 77; }));
        // An edge stays sharp-ish but smooth: a Lanczos 4x of a step has values between the two sides.
        const Image big = upscale_image(*lanczos, in, 36, 28);
        QVERIFY(diff(big, upscale_image(*nearest, in, 36, 28)).max > 0);
    }

    // Files that are not an upscaler Stipple runs: one line naming the file and what it holds.
    void refusesOtherFiles_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("SD checkpoint") << "sd" << "a Stable Diffusion checkpoint";
        QTest::newRow("LoRA") << "lora" << "a LoRA";
        QTest::newRow("VAE") << "vae" << "a VAE";
        QTest::newRow("SwinIR (another architecture)") << "swinir" << "another architecture";
        QTest::newRow("RRDBNet with a mis-shaped conv_body") << "badshape" << "'conv_body.weight' has shape [8, 4, 3, 3]";
        QTest::newRow("RRDBNet missing a block conv") << "missing" << "has no 'body.0.rdb3.conv5.weight'";
        QTest::newRow("RRDBNet grayscale model") << "gray" << "1 input channels";
        QTest::newRow("SRVGG with ReLU (no PReLU weights)") << "relu" << "ReLU or LeakyReLU";
        QTest::newRow("pickle .pth") << "pth" << "stipple-cli convert";
        QTest::newRow("no such file") << "missing-file" << "neither Lanczos, Nearest nor an existing model file";
    }
    void refusesOtherFiles() {
        QFETCH(QString, kind);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/" + kind + (kind == "pth" ? ".pth" : ".safetensors")).toStdString();
        const auto conv = [](int64_t o, int64_t i) { return at::zeros({o, i, 3, 3}); };
        std::vector<std::pair<std::string, at::Tensor>> t;
        const StateDict good = read_state_dict(data("rrdb_x4_basicsr.safetensors"));
        if (kind == "sd") {
            t = {{"model.diffusion_model.input_blocks.0.0.weight", conv(4, 4)}, {"cond_stage_model.transformer.x", at::zeros({2})}};
        } else if (kind == "lora") {
            t = {{"lora_unet_down_blocks_0.lora_down.weight", at::zeros({4, 8})}, {"lora_unet_down_blocks_0.lora_up.weight", at::zeros({8, 4})}};
        } else if (kind == "vae") {
            t = {{"encoder.down.0.block.0.conv1.weight", conv(4, 4)}, {"decoder.up.0.block.0.conv1.weight", conv(4, 4)}};
        } else if (kind == "swinir") {
            t = {{"conv_first.weight", conv(8, 3)}, {"layers.0.residual_group.blocks.0.attn.qkv.weight", at::zeros({24, 8})}};
        } else if (kind == "badshape" || kind == "missing" || kind == "gray") {
            for (const auto& [k, v] : good) {
                if (kind == "missing" && k == "body.0.rdb3.conv5.weight") continue;
                at::Tensor value = v;
                if (kind == "badshape" && k == "conv_body.weight") value = conv(8, 4);
                if (kind == "gray" && k == "conv_first.weight") value = conv(8, 1);
                t.emplace_back(k, value);
            }
        } else if (kind == "relu") {
            t = {{"body.0.weight", conv(8, 3)}, {"body.0.bias", at::zeros({8})}, {"body.2.weight", conv(48, 8)}, {"body.2.bias", at::zeros({48})}};
        } else if (kind == "pth") {
            QVERIFY(QFile::copy(QString::fromStdString(data("srvgg_x4.pth")), QString::fromStdString(path)));
        }
        if (!t.empty()) write_safetensors(path, t);
        const std::string error = test::error_of([&] { make_upscaler(path); });
        qInfo("%s", error.c_str());
        QVERIFY2(error.find(mentions.toStdString()) != std::string::npos, error.c_str());
        QVERIFY2(error.find(path) != std::string::npos, error.c_str());
        QVERIFY2(error.find('\n') == std::string::npos, error.c_str());
    }

    // Sizes past the pixel limit are refused before any output is allocated.
    void refusesHugeTargets() {
        auto lanczos = make_upscaler("Lanczos");
        const Image in = random_image(16, 16, 2);
        std::string error = test::error_of([&] { upscale_image(*lanczos, in, 20000, 20000); });
        QVERIFY2(error.find("20000x20000") != std::string::npos && error.find("megapixels") != std::string::npos, error.c_str());
        error = test::error_of([&] { upscale_image(*lanczos, Image{}, 32, 32); });
        QVERIFY2(error.find("empty") != std::string::npos, error.c_str());
        // A 2x model from 3000 x 3000 to 8192 x 8192 would need a second pass making 12000 x 12000:
        // refused, naming that pass, before the first pass runs.
        auto model = make_upscaler(data("rrdb_x2_old.safetensors"));
        Image big;
        big.width = big.height = 3000;
        big.rgb.assign(size_t(3000) * 3000 * 3, 0);
        int tiles = 0;
        UpscaleOptions o;
        o.progress = [&](int, int) { ++tiles; };
        error = test::error_of([&] { upscale_image(*model, big, 8192, 8192, o); });
        QVERIFY2(error.find("a 2x pass of rrdb_x2_old over 6000x6000") != std::string::npos, error.c_str());
        QCOMPARE(tiles, 0);
    }

    // stipple-cli upscale: the image a model makes (same bytes as in-process), the input PNG's
    // parameters kept, A1111's postprocessing/extras text added; .pth converted then used; bad
    // input refused in one line with nothing written; odd input formats converted.
    void cliEndToEnd() {
        if (qEnvironmentVariable("STIPPLE_CLI").isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
        QTemporaryDir dir;
        const QString in = dir.path() + "/in.png";
        const Image image = random_image(40, 30, 9);
        const std::string parameters = "a lighthouse, ünïcode\nNegative prompt: fog\nSteps: 20, Sampler: Euler a, Seed: 1";
        write_png_with_text(in.toStdString(), image, {{"parameters", parameters}, {"extras", "old"}});
        const QString model = QString::fromStdString(data("rrdb_x4_basicsr.safetensors"));

        const QString out = dir.path() + "/out/up.png";
        QVERIFY(QDir().mkpath(dir.path() + "/out"));
        CliRun r = cli({"upscale", in, "--upscaler", model, "--scale", "2", "--tile", "16", "--out", out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Image got = load_image(out.toStdString());
        QCOMPARE(got.width, 80);
        QCOMPARE(got.height, 56);  // int(60) // 8 * 8
        auto upscaler = make_upscaler(model.toStdString());
        UpscaleOptions o;
        o.tile = 16;
        const Diff d = diff(got, upscale_image(*upscaler, image, 80, 56, o));
        QCOMPARE(d.max, 0);
        const auto chunks = read_png_text_file(out.toStdString());
        QCOMPARE(QString::fromStdString(png_text_value(chunks, "parameters")), QString::fromStdString(parameters));
        const QString pp = "Postprocess upscale by: 2, Postprocess upscaler: rrdb_x4_basicsr";
        QCOMPARE(QString::fromStdString(png_text_value(chunks, "postprocessing")), pp);
        QCOMPARE(QString::fromStdString(png_text_value(chunks, "extras")), pp);
        QCOMPARE(int(chunks.size()), 3);

        // A Real-ESRGAN .pth ({"params_ema": …}) converted, then used: the same as the .safetensors.
        QVERIFY(QFile::copy(QString::fromStdString(data("srvgg_x4.pth")), dir.path() + "/srvgg_x4.pth"));
        r = cli({"convert", dir.path() + "/srvgg_x4.pth"});
        QVERIFY2(r.code == 0 && r.out.contains("params_ema"), qPrintable(r.out + r.err));
        r = cli({"upscale", in, "--upscaler", dir.path() + "/srvgg_x4.safetensors", "--size", "160x120", "--out", out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto srvgg = make_upscaler(data("srvgg_x4.safetensors"));
        QCOMPARE(diff(load_image(out.toStdString()), upscale_image(*srvgg, image, 160, 120)).max, 0);
        QCOMPARE(QString::fromStdString(png_text_value(read_png_text_file(out.toStdString()), "extras")),
                 QString("Postprocess upscale to: 160x120, Postprocess upscaler: srvgg_x4"));
        // An old-ESRGAN .pth (a bare state dict) converts too.
        QVERIFY(QFile::copy(QString::fromStdString(data("rrdb_x2_old.pth")), dir.path() + "/rrdb_x2_old.pth"));
        r = cli({"convert", dir.path() + "/rrdb_x2_old.pth"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(make_upscaler((dir.path() + "/rrdb_x2_old.safetensors").toStdString())->native_scale(), 2);

        // Grayscale, RGBA and 16-bit PNGs are converted to 8-bit RGB and upscaled.
        QImage q(24, 16, QImage::Format_RGB888);
        for (int y = 0; y < 16; ++y)
            for (int x = 0; x < 24; ++x) q.setPixel(x, y, qRgb(x * 10, y * 15, 128));
        QVERIFY(q.convertToFormat(QImage::Format_Grayscale8).save(dir.path() + "/gray.png"));
        QVERIFY(q.convertToFormat(QImage::Format_RGBA8888).save(dir.path() + "/rgba.png"));
        QVERIFY(q.convertToFormat(QImage::Format_RGBA64).save(dir.path() + "/deep.png"));
        for (const char* name : {"gray", "rgba", "deep"}) {
            const QString o2 = dir.path() + "/out/" + name + "-up.png";
            r = cli({"upscale", dir.path() + "/" + name + ".png", "--upscaler", "Lanczos", "--scale", "2", "--out", o2});
            QVERIFY2(r.code == 0, qPrintable(name + r.err));
            const Image up = load_image(o2.toStdString());
            QCOMPARE(up.width, 48);
            QVERIFY(QFile::remove(o2));
        }

        // Bad input: exit 2, one line naming the problem, nothing written.
        QVERIFY(QFile::remove(out));
        QByteArray claim = read_bytes(in);
        for (int i = 0; i < 4; ++i) claim[16 + i] = char((20000 >> (8 * (3 - i))) & 0xff), claim[20 + i] = claim[16 + i];
        write_bytes(dir.path() + "/claims-20000.png", recrc(claim, 12));
        QVERIFY(QFile::copy(QString::fromStdString(data("srvgg_x4.pth")), dir.path() + "/model.pth"));
        write_safetensors((dir.path() + "/lora.safetensors").toStdString(),
                          {{"lora_unet_a.lora_down.weight", at::zeros({4, 8})}, {"lora_unet_a.lora_up.weight", at::zeros({8, 4})}});
        const struct {
            QStringList args;
            QString mentions;
        } cases[] = {
            {{dir.path() + "/claims-20000.png", "--upscaler", "Lanczos"}, "megapixels"},
            {{in, "--upscaler", "Lanczos", "--size", "9000x9000"}, "9000x9000 px, over Stipple's limit of 64 megapixels"},
            {{in, "--upscaler", dir.path() + "/nothing.safetensors"}, "neither Lanczos, Nearest nor an existing model file"},
            {{in, "--upscaler", dir.path() + "/lora.safetensors"}, "it holds a LoRA"},
            {{in, "--upscaler", dir.path() + "/model.pth"}, "stipple-cli convert"},
            {{dir.path() + "/missing.png", "--upscaler", "Lanczos"}, "cannot open image"},
            {{in, "--upscaler", "Lanczos", "--scale", "0"}, "--scale"},
        };
        for (const auto& c : cases) {
            r = cli(QStringList{"upscale"} + c.args + QStringList{"--out", out});
            const QStringList lines = r.err.trimmed().split('\n');
            QVERIFY2(r.code == 2, qPrintable(c.args.join(' ') + ": " + r.err));
            QVERIFY2(lines.size() == 1 && lines[0].startsWith("stipple-cli upscale: error: ") && r.err.contains(c.mentions),
                     qPrintable(r.err));
            QVERIFY2(QDir(dir.path() + "/out").entryList(QDir::Files | QDir::Hidden).isEmpty(), qPrintable(c.args.join(' ')));
        }
    }
};

QTEST_GUILESS_MAIN(TestPipelineUpscaler)
#include "test_pipeline_upscaler.moc"
