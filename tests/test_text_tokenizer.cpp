// CLIP tokenizer parity: the fixture tokenizers (eos and "!" padding), the real 49,408-token
// vocabulary against openai's SimpleTokenizer, the ids recorded in every pipeline case, and
// bad-input errors.
#include "common/error.h"
#include "io/json_file.h"
#include "io/safetensors.h"
#include "support/fixtures.h"
#include "text/clip_tokenizer.h"
#include "text/html_unescape.h"
#include "text/tokenizer.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using stipple::CLIPTokenizer;
using stipple::test::shared_path;

namespace {

std::string join_ids(const std::vector<int64_t>& ids) {
    std::string s;
    for (size_t i = 0; i < ids.size(); ++i) s += (i ? " " : "") + std::to_string(ids[i]);
    return s;
}

std::string join_tokens(const std::vector<std::string>& tokens) {
    std::string s;
    for (size_t i = 0; i < tokens.size(); ++i) s += (i ? " | " : "") + tokens[i];
    return s;
}

// QVERIFY2 for two id lists with both printed on mismatch.
#define VERIFY_IDS(actual, expected, what)                                                              \
    do {                                                                                                \
        const auto _a = (actual);                                                                       \
        const auto _e = (expected);                                                                     \
        const std::string _m = std::string(what) + "\n  got      " + join_ids(_a) + "\n  expected " +  \
                               join_ids(_e);                                                            \
        QVERIFY2(_a == _e, _m.c_str());                                                                 \
    } while (0)

std::vector<int64_t> tensor_row(const at::Tensor& t, int64_t row) {
    const at::Tensor r = t[row].contiguous().to(at::kLong);
    return std::vector<int64_t>(r.data_ptr<int64_t>(), r.data_ptr<int64_t>() + r.numel());
}

// A prompt field of case.json `call`: null -> "", a string -> one entry, a list -> its entries.
std::vector<std::string> prompt_list(const nlohmann::json& call, const char* key) {
    if (!call.contains(key) || call[key].is_null()) return {""};
    if (call[key].is_string()) return {call[key].get<std::string>()};
    return call[key].get<std::vector<std::string>>();
}

void write_file(const QString& path, const std::string& content) {
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << content;
}

}  // namespace

class TestTextTokenizer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixtureTokenizerCases_data();
    void fixtureTokenizerCases();
    void padTokensOfEveryFixtureFolder();
    void realVocabularyReference();
    void pipelineCaseIds();
    void htmlUnescapeFollowsPython();
    void cleaningRules();
    void tokenizeForModelTruncates();
    void longWordMergesLikeOpenai();
    void missingVocabularyNamesTheFile();
    void corruptFilesNameTheFile();
};

void TestTextTokenizer::fixtureTokenizerCases_data() {
    QTest::addColumn<QString>("model");
    QTest::newRow("tiny-sd15") << "tiny-sd15";
    QTest::newRow("tiny-sd2v") << "tiny-sd2v";
}

void TestTextTokenizer::fixtureTokenizerCases() {
    STIPPLE_REQUIRE_SHARED();
    QFETCH(QString, model);
    const nlohmann::json all = stipple::read_json_file(shared_path("fixtures/tokenizer/tokenizer_cases.json"));
    const nlohmann::json& spec = all.at(model.toStdString());
    const auto tok = CLIPTokenizer::from_folder(shared_path("fixtures/models/" + model + "/tokenizer"));

    QCOMPARE(tok->vocab_size(), spec.at("vocab_size").get<size_t>());
    QCOMPARE(tok->bos_id(), spec.at("bos_token_id").get<int64_t>());
    QCOMPARE(tok->eos_id(), spec.at("eos_token_id").get<int64_t>());
    QCOMPARE(tok->pad_id(), spec.at("pad_token_id").get<int64_t>());
    QCOMPARE(tok->pad_token(), spec.at("pad_token").get<std::string>());
    QCOMPARE(tok->model_max_length(), 77);

    int checked = 0;
    for (const auto& c : spec.at("cases")) {
        const std::string text = c.at("text").get<std::string>();
        const std::string what = model.toStdString() + " text '" + text + "'";
        const std::vector<std::string> tokens = tok->tokenize(text);
        const auto expected_tokens = c.at("tokens").get<std::vector<std::string>>();
        QVERIFY2(tokens == expected_tokens,
                 (what + "\n  got      " + join_tokens(tokens) + "\n  expected " + join_tokens(expected_tokens)).c_str());

        const stipple::TokenizedPrompt p = stipple::tokenize_for_model(*tok, text, 77);
        VERIFY_IDS(p.ids, c.at("input_ids_padded_77").get<std::vector<int64_t>>(), what + " (padded ids)");

        std::vector<int64_t> untruncated{tok->bos_id()};
        const std::vector<int64_t> body = tok->encode(text);
        untruncated.insert(untruncated.end(), body.begin(), body.end());
        untruncated.push_back(tok->eos_id());
        const auto expected_untruncated = c.at("ids_untruncated").get<std::vector<int64_t>>();
        VERIFY_IDS(untruncated, expected_untruncated, what + " (untruncated ids)");
        QCOMPARE(p.untruncated_length, static_cast<int>(expected_untruncated.size()));

        // The attention mask covers bos..eos, so its sum is eos_position + 1.
        int mask_sum = 0;
        for (const auto& m : c.at("attention_mask")) mask_sum += m.get<int>();
        QCOMPARE(p.eos_position + 1, mask_sum);
        QCOMPARE(p.ids[static_cast<size_t>(p.eos_position)], tok->eos_id());
        ++checked;
    }
    QVERIFY(checked >= 10);
}

void TestTextTokenizer::padTokensOfEveryFixtureFolder() {
    STIPPLE_REQUIRE_SHARED();
    const struct {
        const char* folder;
        int64_t pad;
    } expected[] = {{"tiny-sd15/tokenizer", 2513},
                    {"tiny-sd2v/tokenizer", 0},
                    {"tiny-sd-inpaint/tokenizer", 2513},
                    {"tiny-sdxl/tokenizer", 2513},
                    {"tiny-sdxl/tokenizer_2", 0}};
    for (const auto& e : expected) {
        const auto tok = CLIPTokenizer::from_folder(shared_path(QString("fixtures/models/") + e.folder));
        QVERIFY2(tok->pad_id() == e.pad, e.folder);
        QCOMPARE(tok->bos_id(), int64_t(2512));
        QCOMPARE(tok->eos_id(), int64_t(2513));
    }
}

void TestTextTokenizer::realVocabularyReference() {
    STIPPLE_REQUIRE_SHARED();
    const std::string dir = shared_path("assets/clip-tokenizer");
    const auto tok = CLIPTokenizer::from_files(dir + "/vocab.json", dir + "/merges.txt");
    QCOMPARE(tok->vocab_size(), size_t(49408));
    QCOMPARE(tok->bos_id(), int64_t(49406));
    QCOMPARE(tok->eos_id(), int64_t(49407));
    QCOMPARE(tok->pad_id(), int64_t(49407));  // HF CLIPTokenizer default (SD 1.x)

    const nlohmann::json ref = stipple::read_json_file(dir + "/reference.json");
    int checked = 0;
    for (const auto& c : ref.at("cases")) {
        const std::string text = c.at("text").get<std::string>();
        const std::string what = "reference text '" + text + "' (" + c.at("notes").get<std::string>() + ")";
        const std::vector<int64_t> ids = tok->encode(text);
        VERIFY_IDS(ids, c.at("ids").get<std::vector<int64_t>>(), what);

        const auto tokens = tok->tokenize(text);
        const auto expected_tokens = c.at("tokens").get<std::vector<std::string>>();
        QVERIFY2(tokens == expected_tokens,
                 (what + "\n  got      " + join_tokens(tokens) + "\n  expected " + join_tokens(expected_tokens)).c_str());

        const stipple::TokenizedPrompt p = stipple::tokenize_for_model(*tok, text, 77);
        const auto with_special = c.at("ids_with_special").get<std::vector<int64_t>>();
        QCOMPARE(p.untruncated_length, static_cast<int>(with_special.size()));
        // openai clip.tokenize(truncate=True) = ours up to and including eos, then 0 padding.
        const auto clip77 = c.at("clip_tokenize_77").get<std::vector<int64_t>>();
        std::vector<int64_t> ours_unpadded(p.ids.begin(), p.ids.begin() + p.eos_position + 1);
        std::vector<int64_t> theirs_unpadded(clip77.begin(), clip77.begin() + p.eos_position + 1);
        VERIFY_IDS(ours_unpadded, theirs_unpadded, what + " (77-token window)");
        for (size_t i = static_cast<size_t>(p.eos_position) + 1; i < clip77.size(); ++i) QCOMPARE(clip77[i], int64_t(0));
        QCOMPARE(p.truncated(), c.at("truncated_at_77").get<bool>());
        ++checked;
    }
    QCOMPARE(checked, 61);

    // Corners where Python's `regex` module and a naive ICU port part ways (expected ids from
    // SimpleTokenizer's rules run with the `regex` module): U+0345 matches no alternative and
    // is dropped; 'ſ is not the 's contraction; final sigma; U+001C is stripped like space.
    const struct {
        const char* text;
        std::vector<int64_t> ids;
    } corners[] = {
        {"photo\u0345 5", {1125, 276}},
        {"it'\u017f fine", {585, 6, 129, 379, 3797}},
        {"<|\u017ftartoftext|>", {27, 91, 129, 123, 2002, 6659, 18169, 91, 285}},
        {"\u03a3\u0391\u03a3 \u039f\u0394\u039f\u03a3", {139, 225, 138, 109, 139, 480, 138, 123, 138, 112, 138, 123, 139, 480}},
        {"\x1c a \x1c b", {320, 472, 321}},
        {"\u2160\u2161 roman", {158, 227, 364, 158, 227, 365, 7370}},
        {"\ufb01ne \ufb05", {171, 105, 223, 1422, 171, 105, 483}},
    };
    for (const auto& c : corners) VERIFY_IDS(tok->encode(c.text), c.ids, std::string("corner case '") + c.text + "'");
}

void TestTextTokenizer::pipelineCaseIds() {
    STIPPLE_REQUIRE_SHARED();
    const QDir cases(QString::fromStdString(shared_path("fixtures/cases")));
    int cases_checked = 0, rows_checked = 0;
    for (const QString& name : cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const std::string dir = cases.filePath(name).toStdString();
        const nlohmann::json c = stipple::read_json_file(dir + "/case.json");
        const std::string model_dir = shared_path("fixtures/" + QString::fromStdString(c.at("model_dir").get<std::string>()));
        const nlohmann::json& call = c.at("call");
        const auto file = stipple::SafetensorsFile::open(dir + "/expected.safetensors");
        const bool sdxl = QDir(QString::fromStdString(model_dir + "/tokenizer_2")).exists();

        const auto tok = CLIPTokenizer::from_folder(model_dir + "/tokenizer");
        const auto tok2 = sdxl ? CLIPTokenizer::from_folder(model_dir + "/tokenizer_2") : nullptr;
        const auto prompts = prompt_list(call, "prompt");
        const auto prompts_2 = call.contains("prompt_2") && !call["prompt_2"].is_null() ? prompt_list(call, "prompt_2") : prompts;
        auto negatives = prompt_list(call, "negative_prompt");
        if (negatives.size() == 1 && prompts.size() > 1) negatives.assign(prompts.size(), negatives[0]);
        const auto negatives_2 = call.contains("negative_prompt_2") && !call["negative_prompt_2"].is_null()
                                     ? prompt_list(call, "negative_prompt_2")
                                     : negatives;

        auto check = [&](const char* key, const CLIPTokenizer& t, const std::vector<std::string>& texts) {
            if (!file->contains(key)) return;
            const at::Tensor ids = file->tensor(key);
            QVERIFY2(ids.size(0) == static_cast<int64_t>(texts.size()), (name.toStdString() + " " + key + " rows").c_str());
            for (int64_t r = 0; r < ids.size(0); ++r) {
                const auto p = stipple::tokenize_for_model(t, texts[static_cast<size_t>(r)], 77);
                VERIFY_IDS(p.ids, tensor_row(ids, r), name.toStdString() + " " + key + " row " + std::to_string(r));
                ++rows_checked;
            }
        };
        check("prompt_input_ids", *tok, prompts);
        check("negative_input_ids", *tok, negatives);
        if (sdxl) {
            check("prompt_input_ids_2", *tok2, prompts_2);
            check("negative_input_ids_2", *tok2, negatives_2);
        }
        if (QTest::currentTestFailed()) return;

        // The untruncated length recorded for the (first) prompt.
        const auto& t = c.at("tokenization");
        if (t.contains("prompt_tokens_untruncated_incl_bos_eos")) {
            const auto p = stipple::tokenize_for_model(*tok, prompts[0], 77);
            QCOMPARE(p.untruncated_length, t["prompt_tokens_untruncated_incl_bos_eos"].get<int>());
            QCOMPARE(p.truncated(), t["truncated"].get<bool>());
        }
        if (sdxl && t.contains("eos_position_2")) {
            const auto positions = t["eos_position_2"].get<std::vector<int>>();
            for (size_t i = 0; i < positions.size(); ++i)
                QCOMPARE(stipple::tokenize_for_model(*tok2, prompts_2[i], 77).eos_position, positions[i]);
        }
        ++cases_checked;
    }
    qDebug("checked %d token-id rows in %d cases", rows_checked, cases_checked);
    QVERIFY(cases_checked >= 27);
}

void TestTextTokenizer::htmlUnescapeFollowsPython() {
    // Expected values are CPython 3.11 html.unescape() outputs.
    const struct {
        std::u32string in, out;
    } cases[] = {
        {U"fish &amp; chips &lt;3", U"fish & chips <3"},
        {U"&amp;amp;", U"&amp;"},
        {U"&lt3 &notit; &notin; &not", U"<3 \u00ACit; \u2209 \u00AC"},
        {U"&#65;&#x42;&#X43;&#68 &#x", U"ABCD &#x"},
        {U"&#128;&#0;&#13;&#1;&#xD800;&#1114112;&#99999999999999999999;", U"\u20AC\uFFFD\r\uFFFD\uFFFD\uFFFD"},
        {U"&apos;&quot;&nbsp;&hellip;&mdash;", U"'\"\u00A0\u2026\u2014"},
        {U"&apos &hellip &unknown; & &; &#;", U"&apos &hellip &unknown; & &; &#;"},
        {U"&AMP &COPY; &Amp;", U"& \u00A9 &Amp;"},
        {U"&ampere;", U"&ere;"},
        {U"no entities", U"no entities"},
    };
    for (const auto& c : cases) {
        const std::u32string got = stipple::html_unescape(c.in);
        QVERIFY2(got == c.out, QString::fromStdU32String(c.in + U" -> " + got).toUtf8().constData());
    }
}

void TestTextTokenizer::cleaningRules() {
    // Python: html.unescape twice, strip, \s+ -> ' ', strip, str.lower().
    QCOMPARE(CLIPTokenizer::clean_text("  A\t\nB\u00A0C  "), std::string("a b c"));
    QCOMPARE(CLIPTokenizer::clean_text("&amp;lt;"), std::string("<"));
    QCOMPARE(CLIPTokenizer::clean_text("\u0130stanbul"), std::string("i\u0307stanbul"));
    QCOMPARE(CLIPTokenizer::clean_text("STRASSE Stra\u00DFe"), std::string("strasse stra\u00DFe"));
    QCOMPARE(CLIPTokenizer::clean_text("\x1c" "a\x1c" "b\x1c"), std::string("a\x1c" "b"));
    QCOMPARE(CLIPTokenizer::clean_text(""), std::string());
    // Invalid UTF-8 must not crash (it becomes U+FFFD).
    QCOMPARE(CLIPTokenizer::clean_text("a\xff" "b"), std::string("a\xEF\xBF\xBD" "b"));
}

void TestTextTokenizer::tokenizeForModelTruncates() {
    STIPPLE_REQUIRE_SHARED();
    const auto tok = CLIPTokenizer::from_folder(shared_path("fixtures/models/tiny-sd2v/tokenizer"));
    std::string text;
    for (int i = 0; i < 100; ++i) text += "a ";
    const auto p = stipple::tokenize_for_model(*tok, text, 77);
    QCOMPARE(p.ids.size(), size_t(77));
    QCOMPARE(p.untruncated_length, 102);
    QVERIFY(p.truncated());
    QCOMPARE(p.eos_position, 76);
    QCOMPARE(p.ids.front(), tok->bos_id());
    QCOMPARE(p.ids.back(), tok->eos_id());
    const auto q = stipple::tokenize_for_model(*tok, "a", 8);
    VERIFY_IDS(q.ids, (std::vector<int64_t>{2512, tok->token_to_id("a</w>"), 2513, 0, 0, 0, 0, 0}), "short window");
    QVERIFY_THROWS_EXCEPTION(stipple::Error, stipple::tokenize_for_model(*tok, "a", 1));
}

// One word as long as a prompt may be (64 KiB of random letters): BPE merged it with a pass over the
// word per merge, 33 s in a release build (minutes in the GUI's token counter); now O(n log n). The
// merges must still be openai's: every token is in the vocabulary and they spell the word.
void TestTextTokenizer::longWordMergesLikeOpenai() {
    STIPPLE_REQUIRE_SHARED();
    const auto tok = CLIPTokenizer::from_folder(shared_path("assets/clip-tokenizer"));
    std::string word;
    uint32_t state = 7;
    for (int i = 0; i < 64 * 1024; ++i) {
        state = state * 1664525u + 1013904223u;
        word.push_back(static_cast<char>('a' + (state >> 24) % 26));
    }
    const auto tokens = tok->tokenize(word);
    std::string spelled;
    for (const auto& t : tokens) {
        QVERIFY2(tok->token_to_id(t) >= 0, t.c_str());
        spelled += t;
    }
    QCOMPARE(spelled, word + "</w>");
    QVERIFY(tokens.size() < word.size() * 3 / 4);  // merged, not left as letters
    // A short word gives openai's ids (as in realVocabularyReference), through the same code.
    QCOMPARE(tok->tokenize("photograph"), std::vector<std::string>{"photograph</w>"});
}

void TestTextTokenizer::missingVocabularyNamesTheFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string folder = dir.path().toStdString();
    try {
        CLIPTokenizer::from_folder(folder);
        QFAIL("expected stipple::Error");
    } catch (const stipple::Error& e) {
        const std::string msg = e.what();
        QVERIFY2(msg.find(folder + "/vocab.json") != std::string::npos, msg.c_str());
    }
}

void TestTextTokenizer::corruptFilesNameTheFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString vocab = dir.filePath("vocab.json"), merges = dir.filePath("merges.txt");
    auto expect_error_naming = [&](const QString& file, const char* what) {
        try {
            CLIPTokenizer::from_folder(dir.path().toStdString());
            QFAIL(what);
        } catch (const stipple::Error& e) {
            const std::string msg = e.what();
            QVERIFY2(msg.find(file.toStdString()) != std::string::npos, (std::string(what) + ": " + msg).c_str());
        }
    };
    write_file(merges, "#version: 0.2\na b\n");
    write_file(vocab, "{\"a\": 0, \"b\": ");  // truncated JSON
    expect_error_naming(vocab, "truncated vocab.json");
    write_file(vocab, "[1, 2, 3]");
    expect_error_naming(vocab, "vocab.json not an object");
    write_file(vocab, "{\"a\": \"zero\"}");
    expect_error_naming(vocab, "vocab.json with a string id");
    // One id near INT32_MAX in a tiny file: the id table would have been 64 GiB.
    write_file(vocab, "{\"a</w>\": 2147483000, \"<|startoftext|>\": 0, \"<|endoftext|>\": 1}");
    expect_error_naming(vocab, "vocab.json with a huge id");
    // JSON nested 100,000 deep (printing it in a message recursed per level).
    write_file(vocab, std::string(100000, '[') + std::string(100000, ']'));
    expect_error_naming(vocab, "vocab.json nested 100,000 deep");

    // Two tokens sharing an id, and an empty token (found by fuzz_clip_vocab: the prompt view
    // would have shown another token than the one encoded).
    write_file(vocab, "{\"a</w>\": 0, \"b</w>\": 0, \"<|startoftext|>\": 1, \"<|endoftext|>\": 2}");
    expect_error_naming(vocab, "vocab.json with a shared id");
    write_file(vocab, "{\"a</w>\": 0, \"\": 3, \"<|startoftext|>\": 1, \"<|endoftext|>\": 2}");
    expect_error_naming(vocab, "vocab.json with an empty token");

    // A vocabulary without the special tokens.
    write_file(vocab, "{\"a</w>\": 0, \"b</w>\": 1, \"ab</w>\": 2}");
    expect_error_naming(vocab, "vocab.json without <|endoftext|>");

    write_file(vocab, "{\"a</w>\": 0, \"b\": 1, \"ab</w>\": 2, \"<|startoftext|>\": 3, \"<|endoftext|>\": 4}");
    write_file(merges, "#version: 0.2\na b c\n");
    expect_error_naming(merges, "merges.txt with a bad line");

    // A pad token the vocabulary lacks names the vocabulary.
    write_file(merges, "#version: 0.2\nb a</w>\n");
    write_file(dir.filePath("special_tokens_map.json"), "{\"pad_token\": \"!\"}");
    expect_error_naming(vocab, "pad token missing from vocab");
    write_file(dir.filePath("special_tokens_map.json"), "{\"pad_token\": 5}");
    expect_error_naming(dir.filePath("special_tokens_map.json"), "pad token of a wrong type");
    write_file(dir.filePath("special_tokens_map.json"), "{\"pad_token\": {\"content\": \"a</w>\"}}");
    const auto tok = CLIPTokenizer::from_folder(dir.path().toStdString());
    QCOMPARE(tok->pad_id(), int64_t(0));
    // "ba" merges to "ba</w>", absent from this vocabulary: HF maps it to unk (<|endoftext|>).
    VERIFY_IDS(tok->encode("ba a"), (std::vector<int64_t>{4, 0}), "unknown merge result");
}

QTEST_GUILESS_MAIN(TestTextTokenizer)
#include "test_text_tokenizer.moc"
