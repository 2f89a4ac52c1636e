// Textual-inversion embeddings (text/textual_inversion.h, A1111 style): an embedding whose vectors
// are the token-embedding rows of a word draws that word's image bit for bit (SD 1.x and SDXL, one
// and several vectors, prompt and negative prompt); files of the wrong width or hostile content are
// one-line errors naming the file; "TI hashes" in the infotext is A1111's sha256[:12] of the file.
#include "common/error.h"
#include "image/infotext.h"
#include "io/safetensors.h"
#include "io/state_dict.h"
#include "pipeline/pipeline.h"
#include "pipeline/text_conditioning.h"
#include "service/generation_service.h"
#include "support/fixtures.h"
#include "text/textual_inversion.h"
#include "text/tokenizer_loader.h"
#include "support/error_text.h"

#include <c10/core/InferenceMode.h>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>

using namespace stipple;
using stipple::test::error_of;

namespace {

std::string model_dir(const std::string& model) {
    return test::shared_path(QString::fromStdString("fixtures/models/" + model));
}

// The token-embedding rows [n, D] of `words` as `encoder_dir`'s tokenizer spells them.
at::Tensor word_rows(const std::string& model, const std::string& tokenizer, const std::string& encoder,
                     const std::string& words) {
    const auto tok = load_tokenizer(model_dir(model) + "/" + tokenizer);
    const std::vector<int64_t> ids = tok->encode(words);
    const StateDict weights = read_state_dict(model_dir(model) + "/" + encoder + "/model.safetensors");
    const at::Tensor table = weights.at("text_model.embeddings.token_embedding.weight");
    return table.index_select(0, at::tensor(ids, at::kLong)).to(at::kFloat).clone();
}

// An embedding file of `model` made from the token-embedding rows of `words`: "emb_params" for one
// text encoder, clip_l/clip_g for SDXL.
void write_word_embedding(const std::string& model, const std::string& words, const std::string& path) {
    if (model == "tiny-sdxl") {
        write_safetensors(path, {{"clip_g", word_rows(model, "tokenizer_2", "text_encoder_2", words)},
                                 {"clip_l", word_rows(model, "tokenizer", "text_encoder", words)}});
    } else {
        write_safetensors(path, {{"emb_params", word_rows(model, "tokenizer", "text_encoder", words)}});
    }
}

PipelineOptions with_embeddings(const std::string& dir) {
    PipelineOptions options;
    options.embedding_dirs = {dir};
    return options;
}

GenerationRequest small_request(const std::string& prompt) {
    GenerationRequest r;
    r.prompt = prompt;
    r.steps = 2;
    r.width = r.height = 64;
    r.seeds = {11};
    return r;
}

std::vector<uint8_t> image_of(Pipeline& pipeline, const GenerationRequest& r) {
    const GenerationResult result = pipeline.generate(r);
    if (result.images.size() != 1) throw Error("expected one image");
    return result.images[0].rgb;
}

// The message of the Error `f` throws ("" when it throws none).
bool one_line_naming(const std::string& message, const std::vector<std::string>& parts) {
    if (message.empty() || message.find('\n') != std::string::npos) return false;
    for (const std::string& p : parts)
        if (message.find(p) == std::string::npos) return false;
    return true;
}

}  // namespace

class PipelineEmbeddings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wordRowsDrawTheWord_data();
    void wordRowsDrawTheWord();
    void negativePromptUsesEmbeddings();
    void scheduledPromptsUseEmbeddings();
    void diffusersStyleIgnoresEmbeddings();
    void wrongWidthIsAOneLineError();
    void hostileFilesAreRefused();
    void libraryReportsEveryRefusal();
    void infotextHasTiHashes();
};

void PipelineEmbeddings::wordRowsDrawTheWord_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("words");
    QTest::newRow("sd15 one vector") << "tiny-sd15" << "cat";
    QTest::newRow("sd15 two vectors") << "tiny-sd15" << "red cat";
    QTest::newRow("sd2v two vectors") << "tiny-sd2v" << "red cat";
    QTest::newRow("sdxl one vector") << "tiny-sdxl" << "cat";
    QTest::newRow("sdxl two vectors") << "tiny-sdxl" << "red cat";
}

// Acceptance (#16): an embedding equal to the embedding rows of a word gives that word's image bit
// for bit; without the embeddings folder the name is other words and the image differs.
void PipelineEmbeddings::wordRowsDrawTheWord() {
    STIPPLE_REQUIRE_SHARED();
    QFETCH(QString, model);
    QFETCH(QString, words);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string m = model.toStdString();
    write_word_embedding(m, words.toStdString(), dir.filePath("mycat.safetensors").toStdString());

    auto pipeline = Pipeline::load(model_dir(m), with_embeddings(dir.path().toStdString()));
    QVERIFY(pipeline->embeddings());
    QCOMPARE(pipeline->embeddings()->problems().size(), size_t(0));
    const auto word = image_of(*pipeline, small_request("a photo of " + words.toStdString() + ", (sunlight:1.2)"));
    const auto named = image_of(*pipeline, small_request("a photo of mycat, (sunlight:1.2)"));
    QVERIFY2(named == word, "the embedding of the word's rows must draw the word's image exactly");

    auto plain = Pipeline::load(model_dir(m));
    QVERIFY(!plain->embeddings());
    const auto literal = image_of(*plain, small_request("a photo of mycat, (sunlight:1.2)"));
    QVERIFY2(literal != word, "without embeddings 'mycat' is text: the test would not see a missing embedding");
    QCOMPARE(image_of(*plain, small_request("a photo of " + words.toStdString() + ", (sunlight:1.2)")), word);
}

// The negative prompt reads embeddings too (A1111 encodes it through the same hijack).
void PipelineEmbeddings::negativePromptUsesEmbeddings() {
    STIPPLE_REQUIRE_SHARED();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    write_word_embedding("tiny-sd15", "red cat", dir.filePath("badcat.safetensors").toStdString());
    auto pipeline = Pipeline::load(model_dir("tiny-sd15"), with_embeddings(dir.path().toStdString()));
    GenerationRequest r = small_request("a photo of a house");
    r.negative_prompts = {"badcat, blurry"};
    const auto named = image_of(*pipeline, r);
    r.negative_prompts = {"red cat, blurry"};
    const auto words = image_of(*pipeline, r);
    QVERIFY(named == words);
    auto plain = Pipeline::load(model_dir("tiny-sd15"));
    r.negative_prompts = {"badcat, blurry"};
    QVERIFY(image_of(*plain, r) != words);
}

// Prompt editing and AND (scheduled conditioning) read embeddings as plain prompts do.
void PipelineEmbeddings::scheduledPromptsUseEmbeddings() {
    STIPPLE_REQUIRE_SHARED();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    write_word_embedding("tiny-sd15", "cat", dir.filePath("mycat.safetensors").toStdString());
    auto pipeline = Pipeline::load(model_dir("tiny-sd15"), with_embeddings(dir.path().toStdString()));
    GenerationRequest r = small_request("a photo of [mycat:dog:1] AND a hat :0.5");
    r.steps = 3;
    const auto named = image_of(*pipeline, r);
    r.prompt = "a photo of [cat:dog:1] AND a hat :0.5";
    QVERIFY(image_of(*pipeline, r) == named);
    r.prompt = "a photo of [mycat:dog:1] AND a hat :0.5";
    auto plain = Pipeline::load(model_dir("tiny-sd15"));
    QVERIFY(image_of(*plain, r) != named);
}

// The Diffusers prompt style reproduces diffusers, which reads a name as words unless a token was
// registered for it: the embeddings folder changes nothing there, a refused name included.
void PipelineEmbeddings::diffusersStyleIgnoresEmbeddings() {
    STIPPLE_REQUIRE_SHARED();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string d = dir.path().toStdString();
    write_word_embedding("tiny-sd15", "cat", d + "/mycat.safetensors");
    write_safetensors(d + "/wide.safetensors", {{"emb_params", at::randn({2, 48})}});
    auto pipeline = Pipeline::load(model_dir("tiny-sd15"), with_embeddings(d));
    auto plain = Pipeline::load(model_dir("tiny-sd15"));
    GenerationRequest r = small_request("a photo of mycat, wide");
    r.prompt_style = PromptStyle::Diffusers;
    QVERIFY(image_of(*pipeline, r) == image_of(*plain, r));
    r.prompt_style = PromptStyle::A1111;
    QVERIFY(!error_of([&] { pipeline->generate(r); }).empty());  // A1111 style reads "wide": refused
}

// An embedding made for another encoder width is kept as refused: the model loads, and a prompt
// (or negative prompt) naming it fails with one line naming the file and both widths.
void PipelineEmbeddings::wrongWidthIsAOneLineError() {
    STIPPLE_REQUIRE_SHARED();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string d = dir.path().toStdString();
    write_safetensors(d + "/wide.safetensors", {{"emb_params", at::randn({2, 48})}});
    write_safetensors(d + "/xlstyle.safetensors", {{"clip_l", at::randn({1, 32})}, {"clip_g", at::randn({1, 64})}});
    write_safetensors(d + "/sdstyle.safetensors", {{"emb_params", at::randn({1, 32})}});

    auto sd = Pipeline::load(model_dir("tiny-sd15"), with_embeddings(d));
    const std::string wide = error_of([&] { sd->generate(small_request("a photo of wide")); });
    QVERIFY2(one_line_naming(wide, {"wide.safetensors", "48", "32"}), wide.c_str());
    GenerationRequest negative = small_request("a photo");
    negative.negative_prompts = {"xlstyle"};
    const std::string xl = error_of([&] { sd->generate(negative); });
    QVERIFY2(one_line_naming(xl, {"xlstyle.safetensors", "SDXL", "32"}), xl.c_str());
    QVERIFY(error_of([&] { sd->generate(small_request("a photo of sdstyle")); }).empty());

    auto xl_pipeline = Pipeline::load(model_dir("tiny-sdxl"), with_embeddings(d));
    const std::string one = error_of([&] { xl_pipeline->generate(small_request("a photo of sdstyle")); });
    QVERIFY2(one_line_naming(one, {"sdstyle.safetensors", "32", "64", "SDXL"}), one.c_str());
    QVERIFY(error_of([&] { xl_pipeline->generate(small_request("a photo of xlstyle")); }).empty());
    // A prompt that does not name a refused embedding is unaffected by it.
    QVERIFY(error_of([&] { sd->generate(small_request("a photo of a cat")); }).empty());
}

// Strangers' files: each a one-line Error naming the file, never a crash; NaN values are data.
void PipelineEmbeddings::hostileFilesAreRefused() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string d = dir.path().toStdString();
    const EmbeddingWidths widths{32, 0};
    struct Case {
        std::string file;
        std::vector<std::pair<std::string, at::Tensor>> tensors;
        std::string says;
    };
    const std::vector<Case> cases = {
        {"zero.safetensors", {{"emb_params", at::zeros({0, 32})}}, "no vectors"},
        {"many.safetensors", {{"emb_params", at::zeros({76, 32})}}, "76 vectors"},
        {"rank3.safetensors", {{"emb_params", at::zeros({1, 2, 32})}}, "rank 3"},
        {"ints.safetensors", {{"emb_params", at::zeros({1, 32}, at::kInt)}}, "not floating point"},
        {"two.safetensors", {{"a", at::zeros({1, 32})}, {"b", at::zeros({1, 32})}}, "2 tensors"},
        {"uneven.safetensors", {{"clip_l", at::zeros({2, 32})}, {"clip_g", at::zeros({3, 64})}}, "clip_g 3"},
    };
    for (const Case& c : cases) {
        const std::string path = d + "/" + c.file;
        write_safetensors(path, c.tensors);
        const std::string message = error_of([&] { read_textual_inversion(path, widths); });
        QVERIFY2(one_line_naming(message, {c.file, c.says}), (c.file + ": " + message).c_str());
    }
    auto write_bytes = [&](const std::string& name, const std::string& bytes) {
        std::ofstream(d + "/" + name, std::ios::binary) << bytes;
        return d + "/" + name;
    };
    const std::string garbage = write_bytes("garbage.safetensors", std::string("\xff\xff\xff\xff\xff\xff\xff\x7f{", 9));
    QVERIFY(one_line_naming(error_of([&] { read_textual_inversion(garbage, widths); }), {"garbage.safetensors"}));
    const std::string empty = write_bytes("empty.safetensors", "");
    QVERIFY(one_line_naming(error_of([&] { read_textual_inversion(empty, widths); }), {"empty.safetensors", "empty"}));
    const std::string pickle = write_bytes("old.pt", "PK\x03\x04");
    QVERIFY(one_line_naming(error_of([&] { read_textual_inversion(pickle, widths); }), {"old.pt", "convert", ".safetensors"}));
    // A huge file is refused by its size before it is mapped (sparse: no disk is used).
    const std::string huge = d + "/huge.safetensors";
    { std::ofstream(huge, std::ios::binary) << "x"; }
    std::filesystem::resize_file(huge, kMaxEmbeddingFileBytes + 1);
    QVERIFY(one_line_naming(error_of([&] { read_textual_inversion(huge, widths); }), {"huge.safetensors", "MiB"}));

    // NaN vectors and a single [D] vector (a diffusers concept) load.
    const std::string nan = d + "/nan.safetensors";
    write_safetensors(nan, {{"<concept>", at::full({32}, std::numeric_limits<float>::quiet_NaN())}});
    const TextualInversion t = read_textual_inversion(nan, widths);
    QCOMPARE(t.vectors, 1);
    QCOMPARE(t.first.sizes().vec(), (std::vector<int64_t>{1, 32}));
    QVERIFY(at::isnan(t.first).all().item<bool>());
    // fp16 vectors become float32, value for value.
    const at::Tensor half = at::randn({3, 32}).to(at::kHalf);
    write_safetensors(d + "/half.safetensors", {{"string_to_param.*", half}});
    const TextualInversion h = read_textual_inversion(d + "/half.safetensors", widths);
    QCOMPARE(h.vectors, 3);
    QVERIFY(at::equal(h.first, half.to(at::kFloat)));
}

// Loading a folder never throws for its files: every file it cannot use is a problem line and a
// refused entry; a missing folder is a line too; the same name twice keeps the usable file.
void PipelineEmbeddings::libraryReportsEveryRefusal() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string d = dir.path().toStdString();
    std::filesystem::create_directories(d + "/a/sub");
    std::filesystem::create_directories(d + "/b");
    write_safetensors(d + "/a/good.safetensors", {{"emb_params", at::randn({2, 32})}});
    write_safetensors(d + "/a/sub/deep.safetensors", {{"emb_params", at::randn({1, 32})}});
    write_safetensors(d + "/a/wide.safetensors", {{"emb_params", at::randn({1, 48})}});
    { std::ofstream(d + "/a/legacy.pt", std::ios::binary) << "PK"; }
    { std::ofstream(d + "/a/preview.png", std::ios::binary) << "not an embedding"; }
    write_safetensors(d + "/b/good.safetensors", {{"emb_params", at::randn({5, 32})}});
    { std::ofstream(d + "/b/wide.pt", std::ios::binary) << "PK"; }
    write_safetensors(d + "/b/wide.safetensors", {{"emb_params", at::randn({1, 32})}});

    const auto library = EmbeddingLibrary::load({d + "/a", d + "/missing", d + "/b"}, {32, 0});
    std::vector<std::string> names;
    for (const TextualInversion& t : library->embeddings()) names.push_back(t.name);
    QCOMPARE(names, (std::vector<std::string>{"deep", "good", "legacy", "wide"}));
    QCOMPARE(library->find("good")->vectors, 2);  // the first folder's
    QVERIFY(library->find("wide")->usable());     // b's usable file over a's refused ones
    QVERIFY(!library->find("legacy")->usable());
    QVERIFY(library->find("preview") == nullptr);
    const std::vector<std::string>& problems = library->problems();
    auto mentions = [&](const std::string& text) {
        return std::any_of(problems.begin(), problems.end(), [&](const std::string& p) { return p.find(text) != std::string::npos; });
    };
    QVERIFY(mentions("missing"));
    QVERIFY(mentions("legacy.pt"));
    QVERIFY(mentions("a/wide.safetensors"));  // refused (48 wide) and shadowed by b's
    QVERIFY(mentions("b/good.safetensors"));  // shadowed by a's
    // A pickle beside its usable conversion is no problem: the name works.
    QVERIFY(!mentions("b/wide.pt"));
    QCOMPARE(problems.size(), size_t(4));
    for (const std::string& p : problems) QVERIFY2(p.find('\n') == std::string::npos, p.c_str());
}

// A1111 writes TI hashes: "name: sha256[:12], ..." for the embeddings the prompts used, and the
// negative's after the prompt's; none when no embedding is used.
void PipelineEmbeddings::infotextHasTiHashes() {
    STIPPLE_REQUIRE_SHARED();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string d = dir.path().toStdString();
    write_word_embedding("tiny-sd15", "cat", d + "/mycat.safetensors");
    write_word_embedding("tiny-sd15", "red dog", d + "/reddog.safetensors");
    write_word_embedding("tiny-sd15", "tree", d + "/unused.safetensors");
    auto sha12 = [&](const std::string& file) {
        QFile f(QString::fromStdString(d + "/" + file));
        if (!f.open(QIODevice::ReadOnly)) return std::string();
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex().left(12).toStdString();
    };
    GenerationService service;
    LoadSettings settings;
    settings.options.embedding_dirs = {d};
    service.load(model_dir("tiny-sd15"), settings);
    GenerationRequest r = small_request("a photo of mycat");
    r.negative_prompts = {"reddog, blurry"};
    GenerationResult result = service.pipeline().generate(r);
    const Infotext info = parse_infotext(service.parameters(r, result, 0));
    std::string value;
    for (const auto& [key, v] : info.params)
        if (key == "TI hashes") value = v;
    const std::string want = "mycat: " + sha12("mycat.safetensors") + ", reddog: " + sha12("reddog.safetensors");
    QVERIFY2(value == want, (value + " != " + want + " in " + service.parameters(r, result, 0)).c_str());
    QCOMPARE(sha12("mycat.safetensors").size(), size_t(12));
    const std::string text = service.parameters(r, result, 0);
    QVERIFY2(text.find("TI hashes: \"mycat: ") != std::string::npos, text.c_str());  // quoted, as A1111

    r = small_request("a photo of a cat");
    result = service.pipeline().generate(r);
    QVERIFY(service.parameters(r, result, 0).find("TI hashes") == std::string::npos);
}

QTEST_GUILESS_MAIN(PipelineEmbeddings)
#include "test_pipeline_embeddings.moc"
