// A1111 infotext and PNG text chunks: the exact text A1111 1.10 writes, parsing with A1111's own
// regex, quoting of awkward values, tEXt vs iTXt, zTXt reading, unknown keys kept, bad files.
#include "common/error.h"
#include "image/infotext.h"
#include "image/image_io.h"
#include "image/png_text.h"
#include "image/request_infotext.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace stipple;

namespace {

// Bitwise CRC-32 (PNG/zlib polynomial), independent of the implementation under test.
uint32_t crc32_bitwise(const QByteArray& bytes) {
    uint32_t crc = 0xffffffffu;
    for (char ch : bytes) {
        crc ^= static_cast<uint8_t>(ch);
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray be32(uint32_t v) {
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i) b[i] = static_cast<char>((v >> (24 - 8 * i)) & 0xff);
    return b;
}

QByteArray chunk(const QByteArray& type, const QByteArray& data) {
    return be32(static_cast<uint32_t>(data.size())) + type + data + be32(crc32_bitwise(type + data));
}

Image test_image(int w, int h) {
    Image img;
    img.width = w;
    img.height = h;
    img.rgb.resize(static_cast<size_t>(w) * h * 3);
    for (size_t i = 0; i < img.rgb.size(); ++i) img.rgb[i] = static_cast<uint8_t>((i * 37) % 251);
    return img;
}

std::vector<uint8_t> to_vec(const QByteArray& b) { return std::vector<uint8_t>(b.begin(), b.end()); }
QByteArray to_qba(const std::vector<uint8_t>& v) {
    return QByteArray(reinterpret_cast<const char*>(v.data()), static_cast<int>(v.size()));
}

// Splits a PNG into (type, data) chunks, checking each CRC with the independent CRC-32.
QList<QPair<QByteArray, QByteArray>> chunks_of(const QByteArray& png) {
    QList<QPair<QByteArray, QByteArray>> out;
    int pos = 8;
    while (pos + 12 <= png.size()) {
        const uint32_t len = (uint8_t(png[pos]) << 24) | (uint8_t(png[pos + 1]) << 16) | (uint8_t(png[pos + 2]) << 8) |
                             uint8_t(png[pos + 3]);
        const QByteArray type = png.mid(pos + 4, 4);
        const QByteArray data = png.mid(pos + 8, static_cast<int>(len));
        const QByteArray crc = png.mid(pos + 8 + static_cast<int>(len), 4);
        if (crc != be32(crc32_bitwise(type + data))) qWarning() << "bad CRC in chunk" << type;
        out.append({type, data});
        pos += 12 + static_cast<int>(len);
    }
    return out;
}

GenerationRequest sample_request() {
    GenerationRequest r;
    r.prompt = "a watercolor fox in the snow";
    r.negative_prompt = "blurry, lowres";
    r.steps = 20;
    r.guidance_scale = 7;
    r.scheduler = "DPM++ 2M Karras";
    r.seeds = {6421725739674010ull};
    return r;
}

}  // namespace

class InfotextTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formatsExactlyLikeA1111() {
        const Infotext t = infotext_for_image(sample_request(), 6421725739674010ull, 512, 512,
                                              {"tiny-sd15", "0123456789", "stipple-0.1.0"});
        QCOMPARE(QString::fromStdString(format_infotext(t)),
                 QString("a watercolor fox in the snow\n"
                         "Negative prompt: blurry, lowres\n"
                         "Steps: 20, Sampler: DPM++ 2M, Schedule type: Karras, CFG scale: 7, Seed: 6421725739674010, "
                         "Size: 512x512, Model hash: 0123456789, Model: tiny-sd15, Version: stipple-0.1.0"));
        GenerationRequest r = sample_request();
        r.negative_prompt.clear();
        r.guidance_scale = 7.5;
        r.scheduler = "Euler a";
        const std::string text = format_infotext(infotext_for_image(r, 1, 64, 96, {"m", "", "stipple-0.1.0"}));
        QCOMPARE(QString::fromStdString(text),
                 QString("a watercolor fox in the snow\nSteps: 20, Sampler: Euler a, Schedule type: Automatic, "
                         "CFG scale: 7.5, Seed: 1, Size: 64x96, Model: m, Version: stipple-0.1.0"));
    }

    void quotesValuesWithCommaColonNewline() {
        QCOMPARE(QString::fromStdString(quote_infotext_value("plain value")), QString("plain value"));
        QCOMPARE(QString::fromStdString(quote_infotext_value("a, b")), QString("\"a, b\""));
        QCOMPARE(QString::fromStdString(quote_infotext_value("k: v")), QString("\"k: v\""));
        QCOMPARE(QString::fromStdString(quote_infotext_value("line1\nline2 \"q\"")),
                 QString("\"line1\\nline2 \\\"q\\\"\""));
        QCOMPARE(QString::fromStdString(quote_infotext_value("café, 猫")), QString("\"café, 猫\""));  // ensure_ascii=False

        Infotext t;
        t.prompt = "first line\nsecond line";
        t.negative_prompt = "neg one\nneg two";
        t.params = {{"Steps", "12"},           {"Sampler", "Euler"},         {"CFG scale", "4.5"},
                    {"Seed", "18446744073709551615"}, {"Lora hashes", "a: 1, b: 2"}, {"Note", "multi\nline: \"x\""},
                    {"Empty quote", "\\"}};
        const std::string text = format_infotext(t);
        const Infotext back = parse_infotext(text);
        QCOMPARE(QString::fromStdString(back.prompt), QString::fromStdString(t.prompt));
        QCOMPARE(QString::fromStdString(back.negative_prompt), QString::fromStdString(t.negative_prompt));
        QCOMPARE(back.params.size(), t.params.size());
        for (size_t i = 0; i < t.params.size(); ++i) {
            QCOMPARE(QString::fromStdString(back.params[i].first), QString::fromStdString(t.params[i].first));
            QCOMPARE(QString::fromStdString(back.params[i].second), QString::fromStdString(t.params[i].second));
        }
    }

    void a1111RegexOnLastLineFindsTheValues() {
        const Infotext t = infotext_for_image(sample_request(), 6421725739674010ull, 512, 768,
                                              {"tiny, sd15", "0123456789", "stipple-0.1.0"});
        const QString text = QString::fromStdString(format_infotext(t));
        const QString last = text.split('\n').last();
        // The pattern exactly as in A1111's modules/infotext_utils.py (re_param_code).
        QRegularExpression re(QStringLiteral("\\s*(\\w[\\w \\-/]+):\\s*(\"(?:\\\\.|[^\\\\\"])+\"|[^,]*)(?:,|$)"));
        QCOMPARE(re.pattern(), QString::fromLatin1(kInfotextParamPattern));
        QMap<QString, QString> found;
        auto it = re.globalMatch(last);
        int n = 0;
        while (it.hasNext()) {
            auto m = it.next();
            found[m.captured(1)] = m.captured(2);
            ++n;
        }
        QVERIFY2(n >= 3, qPrintable(QString("only %1 matches in %2").arg(n).arg(last)));
        QCOMPARE(found.value("Steps"), QString("20"));
        QCOMPARE(found.value("Sampler"), QString("DPM++ 2M"));
        QCOMPARE(found.value("Schedule type"), QString("Karras"));
        QCOMPARE(found.value("CFG scale"), QString("7"));
        QCOMPARE(found.value("Seed"), QString("6421725739674010"));
        QCOMPARE(found.value("Size"), QString("512x768"));
        QCOMPARE(found.value("Model"), QString("\"tiny, sd15\""));  // quoted because of the comma
        // The hand-written matcher agrees with PCRE on every pair.
        const auto ours = find_infotext_params(last.toStdString());
        QCOMPARE(static_cast<int>(ours.size()), n);
        for (const auto& [k, v] : ours) QCOMPARE(QString::fromStdString(v), found.value(QString::fromStdString(k)));
    }

    // The matcher skips ahead after a failed attempt (linear time); on random lines of the
    // characters that matter it still finds exactly what A1111's regex finds.
    void matcherAgreesWithTheRegexOnRandomLines() {
        QRegularExpression re(QString::fromLatin1(kInfotextParamPattern));
        const char alphabet[] = "ab_1 -/:,\"\\\t";
        std::mt19937 rng(5);
        for (int trial = 0; trial < 3000; ++trial) {
            std::string line;
            const int length = static_cast<int>(rng() % 60);
            for (int i = 0; i < length; ++i) line += alphabet[rng() % (sizeof(alphabet) - 1)];
            QList<QPair<QString, QString>> expected;
            for (auto it = re.globalMatch(QString::fromStdString(line)); it.hasNext();) {
                const auto m = it.next();
                expected << qMakePair(m.captured(1), m.captured(2));
            }
            QList<QPair<QString, QString>> ours;
            for (const auto& [k, v] : find_infotext_params(line)) ours << qMakePair(QString::fromStdString(k), QString::fromStdString(v));
            QVERIFY2(ours == expected, line.c_str());
        }
    }

    // A PNG from a stranger with a 1 MB parameters line: it parses (before, each position rescanned
    // the rest of a long key run: hours of work on the GUI thread).
    void aMegabyteParametersLineParses() {
        std::string line(1 << 20, 'a');
        line += ": tail";
        const auto found = find_infotext_params(line);
        QCOMPARE(static_cast<int>(found.size()), 1);
        QCOMPARE(found.front().second, std::string("tail"));
        std::string spaced;
        while (spaced.size() < (1u << 20)) spaced += "word word-word/word ";
        QVERIFY(find_infotext_params(spaced).empty());
        const Infotext t = parse_infotext("a prompt\nSteps: 20, Seed: 5, CFG scale: 7, " + spaced);
        QCOMPARE(t.get("Steps").value_or(""), std::string("20"));
    }

    void parsesBackToTheSameRequest() {
        GenerationRequest r = sample_request();
        r.width = 512;
        r.height = 768;
        const std::string text =
            format_infotext(infotext_for_image(r, 6421725739674010ull, 512, 768, {"tiny-sd15", "0123456789", "v"}));
        const RestoredRequest back = request_from_infotext(parse_infotext(text));
        QVERIFY(back.problems.empty());
        QCOMPARE(QString::fromStdString(back.request.prompt), QString::fromStdString(r.prompt));
        QCOMPARE(QString::fromStdString(back.request.negative_prompt), QString::fromStdString(r.negative_prompt));
        QCOMPARE(back.request.seeds, std::vector<uint64_t>{6421725739674010ull});
        QCOMPARE(back.request.steps, 20);
        QCOMPARE(back.request.guidance_scale, 7.0);
        QCOMPARE(QString::fromStdString(back.request.scheduler), QString("DPM++ 2M Karras"));
        QCOMPARE(back.request.width, 512);
        QCOMPARE(back.request.height, 768);
        QCOMPARE(QString::fromStdString(back.model_hash), QString("0123456789"));
        QVERIFY(back.unknown.empty());
    }

    // The noise source and ENSD: written as A1111 keys (after Clip skip, before Version) when not the
    // default, read back into the request; the CPU default writes neither key.
    void rngAndEnsdRoundTrip() {
        GenerationRequest r = sample_request();
        r.scheduler = "Euler a";
        r.noise_source = NoiseSource::NV;
        r.eta_noise_seed_delta = 31337;
        const std::string text = format_infotext(infotext_for_image(r, 4294967301ull, 512, 512, {"m", "", "v"}));
        QVERIFY2(text.find("Model: m, ENSD: 31337, RNG: NV, Version: v") != std::string::npos, text.c_str());
        const RestoredRequest back = request_from_infotext(parse_infotext(text));
        QVERIFY(back.problems.empty());
        QVERIFY(back.unknown.empty());
        QCOMPARE(back.request.noise_source, NoiseSource::NV);
        QVERIFY(back.request.eta_noise_seed_delta == 31337);
        QCOMPARE(back.request.seeds, std::vector<uint64_t>{4294967301ull});

        r.noise_source = NoiseSource::GPU;
        const std::string gpu = format_infotext(infotext_for_image(r, 1, 64, 64, {}));
        QCOMPARE(request_from_infotext(parse_infotext(gpu)).request.noise_source, NoiseSource::GPU);

        r.noise_source = NoiseSource::CPU;
        r.eta_noise_seed_delta = 0;
        const std::string cpu = format_infotext(infotext_for_image(r, 1, 64, 64, {}));
        QVERIFY2(cpu.find("RNG") == std::string::npos && cpu.find("ENSD") == std::string::npos, cpu.c_str());
        QCOMPARE(request_from_infotext(parse_infotext(cpu)).request.noise_source, NoiseSource::CPU);
        // A1111 writes "RNG: CPU" for its CPU source; a bad value is a problem, not a silent default.
        QCOMPARE(request_from_infotext(parse_infotext("x\nSteps: 5, Seed: 1, RNG: CPU")).request.noise_source,
                 NoiseSource::CPU);
        const auto bad = request_from_infotext(parse_infotext("x\nSteps: 5, Seed: 1, RNG: cuda, ENSD: x"));
        QCOMPARE(static_cast<int>(bad.problems.size()), 2);
    }

    // The prompt style travels with the image: A1111's is the default and writes nothing; diffusers'
    // (prompts passed to CLIP as written) says so; Stipple 0.1.0's images, which know no other
    // style, restore in diffusers style.
    void promptStyleRoundTrip() {
        GenerationRequest r;
        r.prompt = "a (cat:1.2)";
        r.prompt_style = PromptStyle::Diffusers;
        const std::string text = format_infotext(infotext_for_image(r, 1, 64, 64, {"m", "", "stipple-0.2.0"}));
        QVERIFY2(text.find("Prompt style: diffusers, Version: stipple-0.2.0") != std::string::npos, text.c_str());
        QCOMPARE(request_from_infotext(parse_infotext(text)).request.prompt_style, PromptStyle::Diffusers);
        r.prompt_style = PromptStyle::A1111;
        const std::string a1111 = format_infotext(infotext_for_image(r, 1, 64, 64, {"m", "", "stipple-0.2.0"}));
        QVERIFY2(a1111.find("Prompt style") == std::string::npos, a1111.c_str());
        QCOMPARE(request_from_infotext(parse_infotext(a1111)).request.prompt_style, PromptStyle::A1111);
        QCOMPARE(request_from_infotext(parse_infotext("x\nSteps: 5, Seed: 1, Version: stipple-0.1.0")).request.prompt_style,
                 PromptStyle::Diffusers);
        QCOMPARE(request_from_infotext(parse_infotext("x\nSteps: 5, Seed: 1, Version: v1.10.1")).request.prompt_style,
                 PromptStyle::A1111);
        const auto bad = request_from_infotext(parse_infotext("x\nSteps: 5, Seed: 1, Prompt style: comfy"));
        QCOMPARE(bad.problems.size(), size_t(1));
    }

    // "Emphasis" as A1111 writes it: only for a mode other than Original and a prompt (or negative)
    // with a bracket; read back, with a missing key meaning Original and a bad value a problem.
    void emphasisRoundTrip() {
        GenerationRequest r;
        r.prompt = "a cat";
        r.negative_prompt = "(blurry:1.2)";
        r.emphasis = Emphasis::NoNorm;
        const std::string text = format_infotext(infotext_for_image(r, 1, 64, 64, {"m", "", "v"}));
        QVERIFY2(text.find("Emphasis: No norm") != std::string::npos, text.c_str());
        const RestoredRequest back = request_from_infotext(parse_infotext(text));
        QVERIFY(back.problems.empty() && back.unknown.empty());
        QCOMPARE(back.request.emphasis, Emphasis::NoNorm);
        r.negative_prompt = "blurry";
        const std::string plain = format_infotext(infotext_for_image(r, 1, 64, 64, {"m", "", "v"}));
        QVERIFY2(plain.find("Emphasis") == std::string::npos, plain.c_str());
        r.prompt = "[a cat]";
        r.emphasis = Emphasis::Original;
        const std::string original = format_infotext(infotext_for_image(r, 1, 64, 64, {"m", "", "v"}));
        QVERIFY2(original.find("Emphasis") == std::string::npos, original.c_str());
        QCOMPARE(request_from_infotext(parse_infotext(original)).request.emphasis, Emphasis::Original);
        QCOMPARE(request_from_infotext(parse_infotext("x\nSteps: 5, Seed: 1, Emphasis: None")).request.emphasis,
                 Emphasis::None);
        QCOMPARE(request_from_infotext(parse_infotext("x\nSteps: 5, Seed: 1, Emphasis: Ignore")).request.emphasis,
                 Emphasis::Ignore);
        QCOMPARE(request_from_infotext(parse_infotext("x\nSteps: 5, Seed: 1, Emphasis: loud")).problems.size(), size_t(1));
    }

    void samplerLabelsOldAndNew() {
        QCOMPARE(QString::fromStdString(sampler_label_from_fields("DPM++ 2M", "Karras")), QString("DPM++ 2M Karras"));
        QCOMPARE(QString::fromStdString(sampler_label_from_fields("DPM++ 2M Karras", "")), QString("DPM++ 2M Karras"));
        QCOMPARE(QString::fromStdString(sampler_label_from_fields("Euler a", "Automatic")), QString("Euler a"));
        QCOMPARE(QString::fromStdString(sampler_label_from_fields("UniPC", "")), QString("UniPC"));
        const auto f = sampler_fields_from_label("DPM++ 2M Karras");
        QCOMPARE(QString::fromStdString(f.sampler), QString("DPM++ 2M"));
        QCOMPARE(QString::fromStdString(f.schedule_type), QString("Karras"));
        // An old infotext (A1111 <= 1.8) restores the same label.
        const auto old = request_from_infotext(
            parse_infotext("cat\nSteps: 30, Sampler: DPM++ 2M Karras, CFG scale: 5, Seed: 42, Size: 768x512"));
        QCOMPARE(QString::fromStdString(old.request.scheduler), QString("DPM++ 2M Karras"));
        QCOMPARE(old.request.width, 768);
        QCOMPARE(old.request.guidance_scale, 5.0);
    }

    void unknownKeysArePreserved() {
        const std::string text =
            "castle\nNegative prompt: fog\nSteps: 25, Sampler: Euler, Schedule type: Exponential, CFG scale: 6, "
            "Seed: 7, Size: 64x64, Hires upscale: 2, Lora hashes: \"detail: 1a2b, style: 3c4d\", ADetailer model: "
            "face_yolov8n.pt";
        const Infotext parsed = parse_infotext(text);
        QCOMPARE(QString::fromStdString(*parsed.get("Lora hashes")), QString("detail: 1a2b, style: 3c4d"));
        const RestoredRequest r = request_from_infotext(parsed);
        QMap<QString, QString> unknown;
        for (const auto& [k, v] : r.unknown) unknown[QString::fromStdString(k)] = QString::fromStdString(v);
        QCOMPARE(unknown.value("Hires upscale"), QString("2"));
        // Lora hashes are known now (the LoRAs come back from the prompt's tags): kept, not unknown.
        QVERIFY(!unknown.contains("Lora hashes"));
        QCOMPARE(QString::fromStdString(r.lora_hashes), QString("detail: 1a2b, style: 3c4d"));
        QCOMPARE(unknown.value("ADetailer model"), QString("face_yolov8n.pt"));
        QCOMPARE(unknown.value("Schedule type"), QString("Exponential"));  // not expressible: shown, not lost
        // Re-formatting the parsed text gives the original back.
        QCOMPARE(QString::fromStdString(format_infotext(parsed)), QString::fromStdString(text));
        // A seed above 2^64-1 is a problem, not a crash or a wrapped value.
        const auto bad = request_from_infotext(parse_infotext("x\nSteps: 5, Seed: 18446744073709551616, Size: 8x8"));
        QCOMPARE(bad.has_seed, false);
        QCOMPARE(static_cast<int>(bad.problems.size()), 1);
        // Fewer than 3 pairs on the last line: it is prompt text.
        const Infotext few = parse_infotext("hello\nworld: yes, ok: no");
        QCOMPARE(QString::fromStdString(few.prompt), QString("hello\nworld: yes, ok: no"));
        QVERIFY(few.params.empty());
    }

    void pngUsesTextForLatin1AndITxtOtherwise() {
        QTemporaryDir dir;
        const Image img = test_image(24, 16);
        const std::string latin = "café crème, 7€";  // '€' is not Latin-1 -> iTXt
        const std::string plain = "café crème";      // Latin-1 -> tEXt
        const auto png_plain = encode_png_with_text(img, {{"parameters", plain}});
        const auto png_uni = encode_png_with_text(img, {{"parameters", latin}});
        auto find_type = [](const std::vector<uint8_t>& png, const QByteArray& want) {
            for (const auto& c : chunks_of(to_qba(png)))
                if (c.first == want) return c.second;
            return QByteArray();
        };
        const QByteArray text_chunk = find_type(png_plain, "tEXt");
        QCOMPARE(text_chunk, QByteArray("parameters\0caf\xe9 cr\xe8me", 21));  // Latin-1 bytes on disk
        QVERIFY(find_type(png_plain, "iTXt").isEmpty());
        const QByteArray itxt = find_type(png_uni, "iTXt");
        QCOMPARE(itxt, QByteArray("parameters\0\0\0\0\0", 15) + QByteArray::fromStdString(latin));
        QVERIFY(find_type(png_uni, "tEXt").isEmpty());
        // The text chunk comes right before IEND and every CRC is right (checked in chunks_of).
        const auto list = chunks_of(to_qba(png_uni));
        QCOMPARE(list.last().first, QByteArray("IEND"));
        QCOMPARE(list[list.size() - 2].first, QByteArray("iTXt"));

        const std::string path = QDir(dir.path()).filePath("out.png").toStdString();
        write_png_with_text(path, img, {{"parameters", latin}});
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"out.png"});  // no temp file left
        const auto chunks = read_png_text_file(path);
        QCOMPARE(static_cast<int>(chunks.size()), 1);
        QCOMPARE(QString::fromStdString(png_text_value(chunks, "parameters")), QString::fromStdString(latin));
        QCOMPARE(chunks[0].kind, PngTextKind::iTXt);
        const auto plain_back = read_png_text(png_plain);
        QCOMPARE(QString::fromStdString(png_text_value(plain_back, "parameters")), QString::fromStdString(plain));
        QCOMPARE(plain_back[0].kind, PngTextKind::tEXt);
        // Pixels survive.
        const Image back = load_image(path);
        QCOMPARE(back.width, 24);
        QCOMPARE(back.height, 16);
        QVERIFY(back.rgb == img.rgb);
    }

    void readsZTxtAndCompressedITxt() {
        const auto base = to_qba(encode_png_with_text(test_image(8, 8), {}));
        const int iend = base.size() - 12;
        const QByteArray text = "Steps: 20, Sampler: Euler a, CFG scale: 7 caf\xe9";  // Latin-1 byte
        const QByteArray z = qCompress(text).mid(4);  // strip Qt's length prefix: a plain zlib stream
        const QByteArray utf = QString::fromUtf8("猫 и ü").toUtf8();
        const QByteArray zi = qCompress(utf).mid(4);
        QByteArray png = base.left(iend);
        png += chunk("zTXt", QByteArray("parameters\0\0", 12) + z);
        png += chunk("iTXt", QByteArray("comment\0\1\0en\0Kommentar\0", 23) + zi);
        png += chunk("tEXt", QByteArray("bad crc\0x", 9)).left(17) + QByteArray("\0\0\0\0", 4);  // skipped
        png += base.mid(iend);
        const auto chunks = read_png_text(to_vec(png));
        QCOMPARE(static_cast<int>(chunks.size()), 2);
        QCOMPARE(chunks[0].kind, PngTextKind::zTXt);
        QCOMPARE(QString::fromStdString(chunks[0].text), QString::fromLatin1(text));
        QCOMPARE(chunks[1].kind, PngTextKind::iTXt);
        QCOMPARE(QString::fromStdString(chunks[1].keyword), QString("comment"));
        QCOMPARE(QString::fromStdString(chunks[1].text), QString::fromUtf8(utf));
    }

    // A 100 KB PNG of 100 zTXt chunks that each inflate to 1 MiB: every chunk is under the
    // per-chunk cap, so it used to inflate to 100 MiB (and 10,000 chunks to 10 GiB). The text of a
    // whole file is capped now, from memory and from disk alike.
    void textOfAWholeFileIsBounded() {
        const auto base = to_qba(encode_png_with_text(test_image(8, 8), {}));
        const int iend = base.size() - 12;
        const QByteArray bomb = qCompress(QByteArray(1 << 20, 'a'), 9).mid(4);
        QByteArray png = base.left(iend);
        for (int i = 0; i < 100; ++i) png += chunk("zTXt", QByteArray("k") + QByteArray::number(i) + QByteArray("\0\0", 2) + bomb);
        png += base.mid(iend);
        QVERIFY(png.size() < 200 * 1024);
        QVERIFY_THROWS_EXCEPTION(Error, read_png_text(to_vec(png)));
        QTemporaryDir dir;
        QFile file(dir.filePath("bomb.png"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(png);
        file.close();
        try {
            read_png_text_file(file.fileName().toStdString());
            QFAIL("the text of 100 MiB was read");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("MiB in all"), e.what());
        }
        // From disk, the image data is skipped rather than read: the same text as from memory.
        const auto good = encode_png_with_text(test_image(300, 200), {{"parameters", "Steps: 20"}, {"other", "x"}});
        QFile ok(dir.filePath("ok.png"));
        QVERIFY(ok.open(QIODevice::WriteOnly));
        ok.write(reinterpret_cast<const char*>(good.data()), static_cast<qint64>(good.size()));
        ok.close();
        const auto fromDisk = read_png_text_file(ok.fileName().toStdString());
        const auto fromMemory = read_png_text(good);
        QCOMPARE(fromDisk.size(), fromMemory.size());
        for (size_t i = 0; i < fromDisk.size(); ++i) QCOMPARE(fromDisk[i].text, fromMemory[i].text);
        QCOMPARE(png_text_value(fromDisk, "parameters"), std::string("Steps: 20"));
    }

    void badFilesGiveErrorsNotCrashes() {
        QTemporaryDir dir;
        const auto good = encode_png_with_text(test_image(8, 8), {{"parameters", "x"}});
        auto expect_error = [](const std::vector<uint8_t>& bytes, const char* what) {
            try {
                read_png_text(bytes);
            } catch (const Error& e) {
                QVERIFY2(QString(e.what()).contains(what), e.what());
                return;
            }
            QFAIL("no error");
        };
        expect_error(std::vector<uint8_t>(good.begin(), good.begin() + static_cast<long>(good.size() / 2)), "truncated");
        expect_error(to_vec("GIF89a not a png"), "not a PNG");
        expect_error({}, "not a PNG");
        try {
            read_png_text_file(QDir(dir.path()).filePath("missing.png").toStdString());
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY(QString(e.what()).contains("missing.png"));
        }
        try {
            encode_png_with_text(test_image(8, 8), {{"", "x"}});
            QFAIL("no error");
        } catch (const Error&) {
        }
        try {
            write_png_with_text(QDir(dir.path()).filePath("no/such/dir/x.png").toStdString(), test_image(8, 8), {});
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY(QString(e.what()).contains("no/such/dir"));
        }
        QVERIFY(is_latin1("plain ascii é"));
        QVERIFY(!is_latin1("猫"));
        QVERIFY(!is_latin1(std::string("\xff\xfe", 2)));  // invalid UTF-8 cannot be a tEXt chunk
    }
};

QTEST_GUILESS_MAIN(InfotextTest)
#include "test_image_infotext.moc"
