// The bad-input matrix: stipple-cli generate fed corrupt, hostile or absurd model files, images,
// masks, prompts, numbers and output paths. Every refused case: exit code 2, one error line (after
// at most the line naming the model) that says what and where, and no file left in the output
// folder; every accepted oddity (an empty or emoji prompt, a grayscale, RGBA, 16-bit or smaller
// init image, a mask of another size) makes exactly one image. Peak memory of the children is
// printed per case. Runs on the built-in model, so it needs no ../shared.
#include "pipeline/resource_paths.h"
#include "support/fixtures.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>
#include <zlib.h>

#include <fstream>

namespace {

struct Run {
    int code = -1;
    QString err;
};

Run cli(const QStringList& args) {
    QProcess p;
    p.start(qEnvironmentVariable("STIPPLE_CLI"), args);
    p.waitForFinished(600000);
    Run r{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    if (p.exitStatus() == QProcess::CrashExit) r.code = -1, r.err += QStringLiteral("\n[stipple-cli crashed]");
    return r;
}

long children_peak_rss_mb() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024;
}

void write_bytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray read_bytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The PNG chunk whose type starts at `type` with its CRC recomputed (so only the meant damage remains).
QByteArray recrc(QByteArray png, int type) {
    const int length = (uchar(png[type - 4]) << 24) | (uchar(png[type - 3]) << 16) | (uchar(png[type - 2]) << 8) | uchar(png[type - 1]);
    const quint32 crc = crc32(0, reinterpret_cast<const Bytef*>(png.constData() + type), uInt(length + 4));
    for (int i = 0; i < 4; ++i) png[type + 4 + length + i] = char((crc >> (8 * (3 - i))) & 0xff);
    return png;
}

// Replaces `from` by `to` in a text file.
void edit(const QString& path, const QString& from, const QString& to) {
    QString text = QString::fromUtf8(read_bytes(path));
    QVERIFY2(text.contains(from), qPrintable(path + " lacks " + from));
    write_bytes(path, text.replace(from, to).toUtf8());
}

}  // namespace

class CliBadInputTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString model_;  // the built-in model

    QString path(const QString& name) const { return dir_.filePath(name); }

    // A copy of the built-in model named `name`, for one corruption.
    QString variant(const QString& name) {
        const QString to = path(name);
        if (!QDir(to).exists()) [&] { QVERIFY(stipple::test::copy_tree(model_, to)); }();
        return to;
    }

private Q_SLOTS:
    void initTestCase() {
        if (qEnvironmentVariable("STIPPLE_CLI").isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
        QVERIFY(dir_.isValid());
        model_ = QString::fromStdString(stipple::test::source_path("resources/models/stipple-shapes"));
        const QString st = "/unet/diffusion_pytorch_model.safetensors";

        QFile::remove(variant("no-index") + "/model_index.json");
        const QByteArray unet = read_bytes(model_ + st);
        write_bytes(variant("unet-truncated") + st, unet.left(unet.size() / 3));
        QByteArray huge = unet;
        for (int i = 0; i < 8; ++i) huge[i] = i == 7 ? char(0x40) : char(0);  // header length 2^62
        write_bytes(variant("unet-header-huge") + st, huge);
        QByteArray garbage = unet;
        for (int i = 8; i < 64; ++i) garbage[i] = 'x';
        write_bytes(variant("unet-header-garbage") + st, garbage);
        write_bytes(variant("unet-config-garbage") + "/unet/config.json", "{\"in_channels\": ");
        edit(variant("unet-config-type") + "/unet/config.json", "\"in_channels\": 4", "\"in_channels\": \"four\"");
        edit(variant("unet-config-negative") + "/unet/config.json", "\"in_channels\": 4", "\"in_channels\": -4");
        edit(variant("unet-config-huge") + "/unet/config.json", "\"in_channels\": 4", "\"in_channels\": 4000000000");
        QFile::remove(variant("vae-missing") + "/vae/diffusion_pytorch_model.safetensors");
        write_bytes(variant("scheduler-garbage") + "/scheduler/scheduler_config.json", "[1,2");
        QDir(variant("tokenizer-missing") + "/tokenizer").removeRecursively();
        write_bytes(variant("spiece-garbage") + "/tokenizer/spiece.model", QByteArray("\x0a\xff\xff\xff\xff\x0f garbage", 15));
        write_bytes(variant("text-encoder-empty") + "/text_encoder/model.safetensors", {});
        write_bytes(path("notes.txt"), "hello");
        write_bytes(path("empty.safetensors"), {});
        write_bytes(path("pickle.ckpt"), QByteArray("PK\x03\x04", 4) + QByteArray(100, '\0'));

        QImage rgb(64, 64, QImage::Format_RGB888);
        rgb.fill(QColor(128, 64, 32));
        QVERIFY(rgb.save(path("img64.png")));
        QVERIFY(rgb.convertToFormat(QImage::Format_Grayscale8).save(path("gray64.png")));
        QVERIFY(rgb.convertToFormat(QImage::Format_RGBA8888).save(path("rgba64.png")));
        QVERIFY(rgb.convertToFormat(QImage::Format_RGBA64).save(path("deep64.png")));
        QVERIFY(rgb.scaled(32, 32).save(path("img32.png")));
        QImage mask(64, 64, QImage::Format_Grayscale8);
        mask.fill(255);
        QVERIFY(mask.save(path("mask64.png")));
        QVERIFY(mask.scaled(32, 32).save(path("mask32.png")));
        mask.fill(0);
        QVERIFY(mask.save(path("mask-empty.png")));
        write_bytes(path("truncated.png"), read_bytes(path("img64.png")).left(60));
        // One flipped byte in the header (checksum) and in the compressed pixels (data).
        QByteArray png = read_bytes(path("img64.png"));
        QByteArray crc = png;
        crc[20] = char(crc[20] ^ 0x01);
        write_bytes(path("bad-crc.png"), crc);
        QByteArray data = png;
        const int idat = data.indexOf("IDAT");
        data[idat + 8] = char(data[idat + 8] ^ 0xff);
        write_bytes(path("bad-data.png"), recrc(data, idat));
        // A PNG whose (valid) header says 20,000 x 20,000 pixels.
        QByteArray claim = png;
        for (int i = 0; i < 4; ++i) claim[16 + i] = char((20000 >> (8 * (3 - i))) & 0xff), claim[20 + i] = claim[16 + i];
        write_bytes(path("claims-20000.png"), recrc(claim, 12));
        QVERIFY(rgb.save(path("img64.jpg")));
        write_bytes(path("truncated.jpg"), read_bytes(path("img64.jpg")).left(300));
        QVERIFY(QDir().mkpath(path("out")));
    }

    void badInputIsRefusedCleanly_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");  // empty: the run must succeed with one image
        auto row = [](const char* name, const QStringList& args, const QString& mentions) {
            QTest::newRow(name) << args << mentions;
        };
        auto model = [this](const char* v) { return QStringList{"--model", path(v)}; };
        // Model files: truncated, corrupt, hostile, missing parts, not models at all.
        row("model folder without model_index.json", model("no-index"), "model_index.json");
        row("truncated UNet weights", model("unet-truncated"), "outside the file");
        row("safetensors header of 2^62 bytes", model("unet-header-huge"), "truncated or not a safetensors file");
        row("safetensors header not JSON", model("unet-header-garbage"), "corrupt header");
        row("config not JSON", model("unet-config-garbage"), "not valid JSON");
        row("config value of the wrong type", model("unet-config-type"), "'in_channels'");
        row("negative channel count", model("unet-config-negative"), "'in_channels'");
        row("four billion channels", model("unet-config-huge"), "'in_channels'");
        row("VAE weights missing", model("vae-missing"), "diffusion_pytorch_model.safetensors");
        row("scheduler config not JSON", model("scheduler-garbage"), "scheduler_config.json");
        row("tokenizer folder missing", model("tokenizer-missing"), "tokenizer");
        row("SentencePiece model corrupt", model("spiece-garbage"), "spiece.model");
        row("text encoder file empty", model("text-encoder-empty"), "model.safetensors");
        row("a text file as model", QStringList{"--model", path("notes.txt")}, "notes.txt");
        row("an empty .safetensors", QStringList{"--model", path("empty.safetensors")}, "empty.safetensors");
        row("a pickle checkpoint", QStringList{"--model", path("pickle.ckpt")}, "pickle");
        row("a model path that does not exist", QStringList{"--model", path("nowhere")}, "nowhere");
        // Images and masks.
        row("init image truncated", QStringList{"--init-image", path("truncated.png")}, "cut short");
        row("init image with a bad checksum", QStringList{"--init-image", path("bad-crc.png")}, "checksum");
        row("init image with corrupt data", QStringList{"--init-image", path("bad-data.png")}, "corrupt");
        row("init image of 20000 px", QStringList{"--init-image", path("claims-20000.png")}, "megapixels");
        row("JPEG init image truncated", QStringList{"--init-image", path("truncated.jpg")}, "cut short");
        row("JPEG init image (converted)", QStringList{"--init-image", path("img64.jpg")}, "");
        row("init image not an image", QStringList{"--init-image", path("notes.txt")}, "notes.txt");
        row("init image missing", QStringList{"--init-image", path("none.png")}, "none.png");
        row("mask missing", QStringList{"--init-image", path("img64.png"), "--mask", path("none.png")}, "none.png");
        row("mask without init image", QStringList{"--mask", path("mask64.png")}, "--init-image");
        row("grayscale init image (converted)", QStringList{"--init-image", path("gray64.png")}, "");
        row("RGBA init image (alpha dropped)", QStringList{"--init-image", path("rgba64.png")}, "");
        row("16-bit init image (converted)", QStringList{"--init-image", path("deep64.png")}, "");
        row("VAE file missing", QStringList{"--vae", path("no-vae.safetensors")}, "no-vae.safetensors");
        row("VAE file that is a UNet", QStringList{"--vae", QString::fromStdString(stipple::builtin_model_dir()) +
                                                                   "/unet/diffusion_pytorch_model.safetensors"},
            "is not a VAE file");
        row("VAE file that is a pickle", QStringList{"--vae", path("pickle.ckpt")}, "pickle");
        row("unknown prediction type", QStringList{"--prediction-type", "x0"}, "epsilon or v_prediction");
        row("prediction type given (runs)", QStringList{"--prediction-type", "epsilon"}, "");
        row("init image of another size (resized)", QStringList{"--init-image", path("img32.png")}, "");
        row("mask of another size (resized)", QStringList{"--init-image", path("img64.png"), "--mask", path("mask32.png")}, "");
        // Prompts.
        row("empty prompt", QStringList{"--prompt", ""}, "");
        row("emoji prompt", QStringList{"--prompt", QString::fromUtf8("🐶 (🚀:1.4)")}, "");
        // (A 1 MB argument is past Linux's 128 KiB limit for one argument: 100 KB is what can arrive.)
        row("100 KB prompt", QStringList{"--prompt", QString(100000, 'a')}, "65536 bytes");
        row("empty alternation choice", QStringList{"--prompt", "[a|]"}, "empty choice");
        row("weights that overflow", QStringList{"--prompt", QString(3000, '(') + "a" + QString(3000, ')')}, "too large");
        row("prompt-editing step of 1e999", QStringList{"--prompt", "[a:b:1e999]"}, "not a finite number");
        // Seeds, sizes, steps, guidance, samplers, strength.
        row("seed -1", QStringList{"--seed", "-1"}, "--seed");
        row("seed 2^64", QStringList{"--seed", "18446744073709551616"}, "2^64-1");
        row("seed abc", QStringList{"--seed", "abc"}, "abc");
        row("width 0", QStringList{"--width", "0"}, "--width");
        row("width 7", QStringList{"--width", "7"}, "--width");
        row("size 100000", QStringList{"--width", "100000", "--height", "100000"}, "--width");
        row("steps 0", QStringList{"--steps", "0"}, "--steps");
        row("steps -1", QStringList{"--steps", "-1"}, "--steps");
        row("steps 10^6", QStringList{"--steps", "1000000"}, "--steps");
        row("cfg NaN", QStringList{"--cfg", "nan"}, "--cfg");
        row("cfg infinite", QStringList{"--cfg", "-1e400"}, "--cfg");
        row("unknown scheduler", QStringList{"--scheduler", "Warp drive"}, "Warp drive");
        row("scheduler option not JSON", QStringList{"--scheduler-option", "use_karras_sigmas=tru"}, "use_karras_sigmas");
        row("strength 2", QStringList{"--init-image", path("img64.png"), "--strength", "2"}, "--strength");
        row("batch 100000", QStringList{"--batch", "100000"}, "--batch");
        row("clip skip 99", QStringList{"--clip-skip", "99"}, "--clip-skip");
        // Output paths.
        row("output into a missing folder", QStringList{"--out", path("missing/x.png")}, "does not exist");
        row("output into /proc", QStringList{"--out", "/proc/stipple-test.png"}, "/proc");
        row("output onto a folder", QStringList{"--out", path("out")}, ".png");
        row("output as .jpg", QStringList{"--out", path("out/x.jpg")}, ".png");
    }

    void badInputIsRefusedCleanly() {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QDir out(path("out"));
        out.removeRecursively();
        QVERIFY(out.mkpath("."));
        QStringList full{"generate", "--steps", "2", "--width", "64", "--height", "64"};
        if (!args.contains("--prompt")) full << "--prompt" << "a red circle";
        if (!args.contains("--out")) full << "--out" << out.filePath("x.png");
        for (int i = 0; i < args.size(); ++i) {
            // A later --steps/--width/--height replaces the defaults above.
            const int at = full.indexOf(args[i]);
            if ((args[i] == "--steps" || args[i] == "--width" || args[i] == "--height") && at > 0 && i + 1 < args.size()) {
                full[at + 1] = args[++i];
                continue;
            }
            full << args[i];
        }
        const Run r = cli(full);
        qInfo("peak RSS of stipple-cli so far: %ld MB", children_peak_rss_mb());
        QVERIFY2(children_peak_rss_mb() < 4096, "a bad input must not make the CLI allocate gigabytes");
        const QStringList files = out.entryList(QDir::Files | QDir::Hidden);
        if (mentions.isEmpty()) {
            QVERIFY2(r.code == 0, qPrintable(r.err.left(600)));
            QCOMPARE(files, QStringList{"x.png"});
            return;
        }
        QVERIFY2(r.code == 2, qPrintable(QString::number(r.code) + " " + r.err.left(600)));
        // Besides the error: the line naming the model, and the one saying which of its recommended
        // settings are used (the built-in model recommends its CFG and steps).
        QStringList lines = r.err.trimmed().split('\n');
        lines.removeIf([](const QString& l) { return l.contains(" recommends (--cfg / --steps choose otherwise)"); });
        QVERIFY2(lines.size() <= 2, qPrintable(r.err.left(600)));
        QVERIFY2(lines.last().startsWith("stipple-cli generate: error: "), qPrintable(r.err.left(600)));
        if (lines.size() == 2) QVERIFY2(lines.first().endsWith(" threads"), qPrintable(r.err.left(600)));
        QVERIFY2(lines.last().contains(mentions), qPrintable(r.err.left(600)));
        QVERIFY2(files.isEmpty(), qPrintable(files.join(", ")));
    }
};

QTEST_GUILESS_MAIN(CliBadInputTest)
#include "test_cli_bad_input.moc"
