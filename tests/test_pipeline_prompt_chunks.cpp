// A1111's long prompts and attention weights (core/text/prompt_chunks, pipeline/chunked_text_encoding,
// PromptStyle::A1111 in encode_prompts) against tests/data/prompt_chunks: a reference written in
// Python from A1111's algorithm (make_reference.py there), on the real CLIP vocabulary (chunking)
// and the tiny fixture text encoders (embeddings, compared within 1e-5 through a fixed projection).
#include "common/error.h"
#include "io/json_file.h"
#include "io/safetensors.h"
#include "pipeline/chunked_text_encoding.h"
#include "pipeline/pipeline.h"
#include "pipeline/text_conditioning.h"
#include "support/fixtures.h"
#include "support/tensor_checks.h"
#include "text/clip_tokenizer.h"
#include "text/prompt_chunks.h"
#include "text/tokenizer_loader.h"

#include <c10/core/InferenceMode.h>

#include <QtTest>

using namespace stipple;

namespace {

const std::string kData = "tests/data/prompt_chunks/";

nlohmann::json reference() { return read_json_file(test::source_path(QString::fromStdString(kData + "reference.json"))); }

std::shared_ptr<SafetensorsFile> expected() {
    return SafetensorsFile::open(test::source_path(QString::fromStdString(kData + "reference.safetensors")));
}

std::vector<WeightedText> runs_of(const nlohmann::json& j) {
    std::vector<WeightedText> runs;
    for (const auto& r : j) runs.push_back({r[0].get<std::string>(), r[1].get<double>()});
    return runs;
}

TextEncoderSet encoders(const std::string& model) {
    const std::string dir = test::shared_path(QString::fromStdString("fixtures/models/" + model));
    TextEncoderSet e;
    e.tokenizer = load_tokenizer(dir + "/tokenizer");
    e.text_encoder = load_clip_text_model(dir + "/text_encoder", at::kFloat);
    if (model == "tiny-sdxl") {
        e.tokenizer_2 = load_tokenizer(dir + "/tokenizer_2");
        e.text_encoder_2 = load_clip_text_model(dir + "/text_encoder_2", at::kFloat);
        e.force_zeros_for_empty_prompt = true;
    }
    return e;
}

// The layers the pipeline reads (text_conditioning.cpp), written out again for encode_chunked.
HiddenPick pick_for(const TextEncoderSet& e, int clip_skip) {
    if (e.sdxl()) return [](const CLIPTextOutput& o) { return o.hidden_states[o.hidden_states.size() - 2]; };
    return [&e, clip_skip](const CLIPTextOutput& o) {
        if (clip_skip == 0) return o.last_hidden_state;
        return e.text_encoder->final_layer_norm(o.hidden_states[o.hidden_states.size() - 1 - clip_skip]);
    };
}

// Runs -> [1, S, D] as one A1111 call (both encoders side by side for SDXL), and the pooled output.
std::pair<at::Tensor, at::Tensor> encode_runs(const TextEncoderSet& e, const std::vector<WeightedText>& runs,
                                              int clip_skip) {
    auto one = [&](const Tokenizer& tok, CLIPTextModel& model) {
        const ChunkedPrompt chunked = chunk_runs(tok, runs, chunking_options(tok));
        const std::vector<std::vector<ChunkedPrompt>> groups{std::vector<ChunkedPrompt>{chunked}};
        return encode_chunked(tok, model, groups, pick_for(e, clip_skip), at::kCPU).front();
    };
    const ChunkedEmbeddings a = one(*e.tokenizer, *e.text_encoder);
    if (!e.sdxl()) return {a.embeds, {}};
    const ChunkedEmbeddings b = one(*e.tokenizer_2, *e.text_encoder_2);
    return {at::cat({a.embeds, b.embeds}, -1), b.pooled};
}

at::Tensor project(const at::Tensor& embeds, const at::Tensor& projection) {
    return at::matmul(embeds, projection.slice(0, 0, embeds.size(-1)));
}

}  // namespace

class PromptChunksTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Chunk ids, weights, boundaries and A1111's token count, case by case, on the real vocabulary:
    // 1-3 chunks, commas 15/20/21 tokens from a chunk's end, a comma as 75th/76th token, BREAK.
    void chunking_matches_reference() {
        STIPPLE_REQUIRE_SHARED();
        auto tok = CLIPTokenizer::from_folder(test::shared_path("assets/clip-tokenizer"));
        const ChunkingOptions options = chunking_options(*tok);
        QCOMPARE(options.chunk_length, 75);
        QCOMPARE(options.comma_id, tok->token_to_id(",</w>"));
        QCOMPARE(options.comma_backtrack, 20);
        const nlohmann::json ref = reference();
        for (const auto& c : ref.at("chunking")) {
            const std::string name = c.at("name");
            const ChunkedPrompt got = chunk_runs(*tok, runs_of(c.at("runs")), options);
            const auto& want = c.at("chunks");
            QVERIFY2(got.chunks.size() == want.size(), name.c_str());
            QVERIFY2(got.token_count == c.at("token_count").get<int>(), name.c_str());
            for (size_t i = 0; i < want.size(); ++i) {
                const PromptChunk& g = got.chunks[i];
                const std::string where = name + " chunk " + std::to_string(i);
                QVERIFY2(g.ids == want[i].at("ids").get<std::vector<int64_t>>(), where.c_str());
                std::vector<float> weights;
                for (double w : want[i].at("weights")) weights.push_back(static_cast<float>(w));
                QVERIFY2(g.weights == weights, where.c_str());
                QVERIFY2(g.token_begin == want[i].at("token_begin").get<int>(), where.c_str());
                QVERIFY2(g.token_end == want[i].at("token_end").get<int>(), where.c_str());
            }
        }
    }

    // Boundaries say which run and token a chunk begins at; the counter's numbers ("80/150").
    void boundaries_and_counter() {
        STIPPLE_REQUIRE_SHARED();
        auto tok = CLIPTokenizer::from_folder(test::shared_path("assets/clip-tokenizer"));
        std::string words;
        for (int i = 0; i < 70; ++i) words += "cat ";
        // 70 + 2 tokens, then "on , a" fills the chunk; "hill" finds a comma 2 tokens back, so
        // "a" moves on to chunk 2 (A1111's back-off).
        const std::vector<WeightedText> runs{{words, 1.0}, {"red dog", 1.2}, {" on, a hill at night", 1.0}};
        const ChunkedPrompt c = chunk_runs(*tok, runs, chunking_options(*tok));
        QCOMPARE(c.chunks.size(), size_t(2));
        QCOMPARE(c.chunks[0].text_tokens(), 74);
        QCOMPARE(c.chunks[1].run, size_t(2));
        QCOMPARE(c.chunks[1].token_in_run, 2);
        QCOMPARE(c.chunks[1].token_begin, 74);
        QCOMPARE(c.token_count, 79);  // the first chunk counts 75, padding included
        QCOMPARE(c.target_token_count(), 150);
        QCOMPARE(c.chunks[0].weights[71], 1.2f);

        const ChunkingOptions off{75, -1, 20};
        QCOMPARE(chunk_runs(*tok, {}, off).chunks.size(), size_t(1));  // at least one chunk
        QCOMPARE(chunk_runs(*tok, {}, off).target_token_count(), 75);
        const PromptChunk empty = empty_chunk(*tok, 75);
        QCOMPARE(empty.ids.size(), size_t(77));
        QCOMPARE(empty.ids[0], tok->bos_id());
        QCOMPARE(empty.ids[76], tok->eos_id());
        QVERIFY_THROWS_EXCEPTION(Error, chunk_runs(*tok, {}, ChunkingOptions{0, -1, 20}));
    }

    // Textual-inversion embeddings in chunks, by A1111's tokenize_line: a name becomes its n
    // vectors' positions (placeholder id 0, the run's weight), counted as n tokens; the longest
    // name matches first; an embedding that does not fit in the chunk's room starts the next chunk.
    void embeddings_take_their_vectors_positions() {
        STIPPLE_REQUIRE_SHARED();
        auto tok = CLIPTokenizer::from_folder(test::shared_path("assets/clip-tokenizer"));
        const EmbeddingMatcher names(*tok, {{"tri", 3, ""}, {"uno", 1, ""}, {"red dog", 2, ""}, {"red", 1, ""},
                                            {"refusedname", 0, "embedding 'refusedname.safetensors' is refused"}});
        ChunkingOptions options = chunking_options(*tok);
        options.embeddings = &names;
        std::string words;
        for (int i = 0; i < 73; ++i) words += "cat ";

        // 73 + 3 > 75: the 3 vectors open chunk 2, chunk 1 is padded (and counts 75).
        const ChunkedPrompt moved = chunk_runs(*tok, {{words + "tri", 1.0}}, options);
        QCOMPARE(moved.chunks.size(), size_t(2));
        QCOMPARE(moved.chunks[0].text_tokens(), 73);
        QVERIFY(moved.chunks[0].fixes.empty());
        QCOMPARE(moved.chunks[0].ids[74], tok->eos_id());
        QCOMPARE(moved.chunks[1].fixes.size(), size_t(1));
        QCOMPARE(moved.chunks[1].fixes[0].position, 1);
        QCOMPARE(moved.chunks[1].fixes[0].vectors, 3);
        QCOMPARE(moved.chunks[1].fixes[0].name, std::string("tri"));
        QCOMPARE(moved.chunks[1].ids[1], int64_t(0));
        QCOMPARE(moved.chunks[1].ids[4], tok->eos_id());
        QCOMPARE(moved.token_count, 78);
        QCOMPARE(moved.target_token_count(), 150);
        // 73 + 1 fits: one chunk, the vector at position 74 (bos is position 0).
        const ChunkedPrompt fits = chunk_runs(*tok, {{words + "uno", 1.0}}, options);
        QCOMPARE(fits.chunks.size(), size_t(1));
        QCOMPARE(fits.chunks[0].fixes.at(0).position, 74);
        QCOMPARE(fits.token_count, 74);
        // Without embeddings "tri" is text: one chunk.
        QCOMPARE(chunk_runs(*tok, {{words + "tri", 1.0}}, chunking_options(*tok)).chunks.size(), size_t(1));

        // Weights apply to the vectors like to tokens; the longest name wins.
        const ChunkedPrompt weighted = chunk_runs(*tok, parse_prompt_attention("a (red dog:1.3) and a red cat"), options);
        const PromptChunk& c = weighted.chunks.at(0);
        QCOMPARE(c.fixes.size(), size_t(2));
        QCOMPARE(c.fixes[0].name, std::string("red dog"));
        QCOMPARE(c.fixes[0].position, 2);
        QCOMPARE(c.weights[2], 1.3f);
        QCOMPARE(c.weights[3], 1.3f);
        QCOMPARE(c.fixes[1].name, std::string("red"));
        QCOMPARE(c.fixes[1].position, 6);  // bos a [red dog: 2] and a [red] cat
        QCOMPARE(weighted.token_count, 7);

        // The counter counts an embedding as its vectors.
        QCOMPARE(count_prompt_tokens(*tok, "a photo of tri", &names).tokens, 6);
        QCOMPARE(count_prompt_tokens(*tok, "a photo of tri").tokens,
                 3 + static_cast<int>(tok->encode("tri").size()));
        // A1111's comma back-off moves the text after a near comma on, its embeddings' placeholder
        // ids included, but leaves their fixes with the chunk they were placed in (tokenize_line
        // relocates tokens and multipliers only): reproduced, so restored images match A1111.
        std::string before, after;
        for (int i = 0; i < 60; ++i) before += "cat ";
        for (int i = 0; i < 11; ++i) after += " cat";
        const ChunkedPrompt backoff = chunk_runs(*tok, {{before + ", tri" + after + " dog", 1.0}}, options);
        QCOMPARE(backoff.chunks.size(), size_t(2));
        QCOMPARE(backoff.chunks[0].text_tokens(), 61);               // 60 cats and the comma
        QCOMPARE(backoff.chunks[0].fixes.at(0).position, 62);         // on chunk 1's padding
        QCOMPARE(backoff.chunks[0].ids[62], tok->eos_id());
        QVERIFY(backoff.chunks[1].fixes.empty());
        QCOMPARE(backoff.chunks[1].ids[1], int64_t(0));               // placeholders read as token 0
        QCOMPARE(backoff.chunks[1].ids[4], tok->encode("cat").at(0));

        // Naming a refused embedding is its one-line error.
        QVERIFY_THROWS_EXCEPTION(Error, chunk_runs(*tok, {{"a refusedname here", 1.0}}, options));
    }

    // Embeddings of every case from the runs (chunk_runs + encode_chunked), within 1e-5 of the
    // float64 reference: weights, mean restore, BREAK, SD 2.x "!" padding and clip skip, SDXL.
    void embeddings_match_reference() {
        STIPPLE_REQUIRE_SHARED();
        c10::InferenceMode guard;
        const nlohmann::json ref = reference();
        auto file = expected();
        const at::Tensor projection = file->tensor("projection");
        double worst = 0;
        for (const auto& c : ref.at("embedding")) {
            const std::string name = c.at("name");
            const TextEncoderSet e = encoders(c.at("model"));
            const int clip_skip = c.at("clip_skip");
            const auto cond = encode_runs(e, runs_of(c.at("cond")), clip_skip);
            const auto uncond = encode_runs(e, runs_of(c.at("uncond")), clip_skip);
            QCOMPARE(cond.first.size(1), c.at("cond_length").get<int64_t>());
            QCOMPARE(uncond.first.size(1), c.at("uncond_length").get<int64_t>());
            const auto cmp = test::allclose(project(cond.first, projection), file->tensor(name + ".cond"), 1e-5, 0,
                                            name + " cond");
            STIPPLE_VERIFY_CMP(cmp);
            worst = std::max(worst, cmp.max_abs);
            STIPPLE_VERIFY_CMP(test::allclose(project(uncond.first, projection), file->tensor(name + ".uncond"), 1e-5,
                                              0, name + " uncond"));
            if (e.sdxl()) {
                STIPPLE_VERIFY_CMP(test::allclose(cond.second, file->tensor(name + ".pooled_cond"), 1e-5, 0, name));
                STIPPLE_VERIFY_CMP(test::allclose(uncond.second, file->tensor(name + ".pooled_uncond"), 1e-5, 0, name));
            }
            if (name == "weights_short")  // one case whole, not projected
                STIPPLE_VERIFY_CMP(test::allclose(cond.first, file->tensor(name + ".cond_full"), 1e-5, 0, name));
        }
        qInfo("worst projected embedding error %.2e", worst);
    }

    // The same cases from A1111 prompt text through encode_prompts (parser, both halves, the
    // negative with clip skip too): lengths that differ keep the negative apart.
    void encode_prompts_matches_reference() {
        STIPPLE_REQUIRE_SHARED();
        c10::InferenceMode guard;
        const nlohmann::json ref = reference();
        auto file = expected();
        const at::Tensor projection = file->tensor("projection");
        for (const auto& c : ref.at("embedding")) {
            const std::string name = c.at("name");
            const TextEncoderSet e = encoders(c.at("model"));
            GenerationRequest r;
            r.prompt = c.at("prompt");
            r.negative_prompts = {c.at("negative").get<std::string>()};
            r.clip_skip = c.at("clip_skip");
            const Conditioning got = encode_prompts(e, r, 1, true, at::kCPU);
            const int64_t cl = c.at("cond_length"), ul = c.at("uncond_length");
            at::Tensor cond = got.embeds, uncond = got.uncond_embeds;
            if (cl == ul) {
                QVERIFY(!uncond.defined());
                uncond = got.embeds.slice(0, 0, 1);
                cond = got.embeds.slice(0, 1, 2);
            } else {
                QVERIFY2(uncond.defined(), name.c_str());
            }
            STIPPLE_VERIFY_CMP(test::allclose(project(cond, projection), file->tensor(name + ".cond"), 1e-5, 0, name));
            STIPPLE_VERIFY_CMP(test::allclose(project(uncond, projection), file->tensor(name + ".uncond"), 1e-5, 0, name));
            if (e.sdxl())
                STIPPLE_VERIFY_CMP(test::allclose(
                    got.pooled, at::cat({file->tensor(name + ".pooled_uncond"), file->tensor(name + ".pooled_cond")}),
                    1e-5, 0, name + " pooled"));
        }
    }

    // A prompt without syntax that fits one chunk: A1111 style gives exactly diffusers' embeddings
    // (the weight multiply by 1 and the mean restore change no bit), for SD 1.x (two prompts in one
    // batch, a negative), SD 2.x and SDXL (no negative: zeros).
    void plain_prompt_is_bit_identical() {
        STIPPLE_REQUIRE_SHARED();
        c10::InferenceMode guard;
        for (const std::string model : {"tiny-sd15", "tiny-sd2v", "tiny-sdxl"}) {
            const TextEncoderSet e = encoders(model);
            GenerationRequest r;
            r.prompts = {"a photo of a red cat on a mat, sunlight", "a blue house by a lake"};
            if (model != "tiny-sdxl") r.negative_prompts = {"blurry, low quality"};
            GenerationRequest d = r;
            d.prompt_style = PromptStyle::Diffusers;
            const Conditioning a = encode_prompts(e, r, 4, true, at::kCPU);
            const Conditioning b = encode_prompts(e, d, 4, true, at::kCPU);
            QVERIFY(!a.uncond_embeds.defined());
            QVERIFY2(at::equal(a.embeds, b.embeds), model.c_str());
            if (e.sdxl()) QVERIFY(at::equal(a.pooled, b.pooled));
        }
    }

    // A1111's emphasis modes on one weighted prompt, for SD 1.x and SDXL: Ignore = the words without
    // their brackets; None = the brackets read as text, i.e. what the diffusers style encodes; No norm
    // = the weighted embeddings, and Original = No norm rescaled to the unweighted mean.
    void emphasis_modes() {
        STIPPLE_REQUIRE_SHARED();
        c10::InferenceMode guard;
        for (const std::string model : {"tiny-sd15", "tiny-sdxl"}) {
            const TextEncoderSet e = encoders(model);
            auto encode = [&](const std::string& prompt, Emphasis emphasis, PromptStyle style = PromptStyle::A1111) {
                GenerationRequest r;
                r.prompt = prompt;
                r.emphasis = emphasis;
                r.prompt_style = style;
                return encode_prompts(e, r, 1, false, at::kCPU).embeds;
            };
            const std::string weighted = "a photo of a (red cat:1.6) on a [mat], sunlight";
            const at::Tensor ignore = encode(weighted, Emphasis::Ignore);
            QVERIFY2(at::equal(ignore, encode("a photo of a red cat on a mat, sunlight", Emphasis::Original)), model.c_str());
            QVERIFY2(at::equal(encode(weighted, Emphasis::None), encode(weighted, Emphasis::Original, PromptStyle::Diffusers)),
                     model.c_str());
            const at::Tensor no_norm = encode(weighted, Emphasis::NoNorm);
            const at::Tensor original = encode(weighted, Emphasis::Original);
            QVERIFY(!at::allclose(no_norm, ignore));
            QVERIFY(!at::allclose(no_norm, original));
            if (!e.sdxl()) {
                // One encoder: Original = NoNorm * mean(z) / mean(z * w) over the whole chunk.
                const at::Tensor rescaled = no_norm * (ignore.mean() / no_norm.mean());
                QVERIFY2(at::allclose(rescaled, original, 1e-5, 1e-6), model.c_str());
            }
            // Where the weights are 1 (the tokens before the bracket), No norm leaves the encoder's output.
            QVERIFY(at::equal(no_norm.select(1, 1), ignore.select(1, 1)));
        }
    }

    // The pipeline runs a 3-chunk prompt against a 1-chunk negative (separate UNet passes) and a
    // 2-chunk SDXL prompt: finite images, and the long prompt changes the picture.
    void pipeline_runs_long_prompts() {
        STIPPLE_REQUIRE_SHARED();
        for (const std::string model : {"tiny-sd15", "tiny-sdxl"}) {
            auto pipeline = Pipeline::load(test::shared_path(QString::fromStdString("fixtures/models/" + model)));
            GenerationRequest r;
            r.steps = 2;
            r.width = r.height = 64;
            r.seeds = {7};
            r.negative_prompts = {"blurry"};
            std::string words;
            for (int i = 0; i < 160; ++i) words += i % 9 == 8 ? "tree, " : "cat ";
            r.prompt = words;
            const GenerationResult long_result = pipeline->generate(r);
            r.prompt = "cat cat cat";
            const GenerationResult short_result = pipeline->generate(r);
            QCOMPARE(long_result.images.size(), size_t(1));
            QVERIFY2(long_result.images[0].rgb != short_result.images[0].rgb, model.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(PromptChunksTest)
#include "test_pipeline_prompt_chunks.moc"
