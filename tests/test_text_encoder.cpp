// CLIP text encoder parity: module-level outputs of the four tiny models (components/*),
// the prompt embeddings of every pipeline case from its recorded ids, bf16 sanity, errors.
#include "common/error.h"
#include "io/json_file.h"
#include "io/safetensors.h"
#include "io/state_dict.h"
#include "support/fixtures.h"
#include "support/tensor_checks.h"
#include "text/clip_text_model.h"
#include "text/clip_tokenizer.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <map>

using stipple::CLIPTextModel;
using stipple::CLIPTextOutput;
namespace st = stipple::test;
using stipple::test::shared_path;

namespace {

constexpr double kAtol = 1e-4;

std::shared_ptr<CLIPTextModel> load(const std::string& model, const char* component,
                                    at::ScalarType dtype = at::kFloat) {
    return stipple::load_clip_text_model(shared_path("fixtures/models/" + QString::fromStdString(model) + "/" + component),
                                         dtype);
}

at::Tensor stack_hidden(const CLIPTextOutput& out) { return at::stack(out.hidden_states, 0); }

}  // namespace

class TestTextEncoder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { torch_no_grad_ = std::make_unique<torch::NoGradGuard>(); }
    void cleanup() { torch_no_grad_.reset(); }

    void configDefaultsAndValues();
    void componentOutputs_data();
    void componentOutputs();
    void sdxlSecondEncoder();
    void tokenizerToEncoder();
    void caseEmbeddings();
    void bf16StaysClose();
    void stateDictWithoutPositionIds();
    void badInputs();

private:
    std::unique_ptr<torch::NoGradGuard> torch_no_grad_;
};

void TestTextEncoder::configDefaultsAndValues() {
    const auto defaults = stipple::parse_clip_text_config(nlohmann::json::object(), "inline");
    QCOMPARE(defaults.vocab_size, int64_t(49408));
    QCOMPARE(defaults.hidden_size, int64_t(512));
    QCOMPARE(defaults.hidden_act, std::string("quick_gelu"));
    QCOMPARE(defaults.eos_token_id, int64_t(49407));
    QVERIFY(!defaults.with_projection);
    STIPPLE_REQUIRE_SHARED();
    const auto c2 = stipple::load_clip_text_config(shared_path("fixtures/models/tiny-sdxl/text_encoder_2/config.json"));
    QVERIFY(c2.with_projection);
    QCOMPARE(c2.hidden_size, int64_t(64));
    QCOMPARE(c2.num_hidden_layers, int64_t(3));
    QCOMPARE(c2.intermediate_size, int64_t(100));
    QCOMPARE(c2.projection_dim, int64_t(40));
    QCOMPARE(c2.hidden_act, std::string("gelu"));
    QCOMPARE(c2.eos_token_id, int64_t(2513));
}

void TestTextEncoder::componentOutputs_data() {
    QTest::addColumn<QString>("model");
    for (const char* m : {"tiny-sd15", "tiny-sd2v", "tiny-sd-inpaint", "tiny-sdxl"}) QTest::newRow(m) << m;
}

void TestTextEncoder::componentOutputs() {
    STIPPLE_REQUIRE_SHARED();
    QFETCH(QString, model);
    const auto ref = stipple::SafetensorsFile::open(shared_path("fixtures/components/" + model + ".safetensors"));
    const auto te = load(model.toStdString(), "text_encoder");
    const CLIPTextOutput out = te->forward(ref->tensor("te_input_ids"));

    const auto c1 = st::allclose(out.last_hidden_state, ref->tensor("te_last_hidden_state"), kAtol, 0, "te_last_hidden_state");
    const auto c2 = st::allclose(stack_hidden(out), ref->tensor("te_hidden_states"), kAtol, 0, "te_hidden_states");
    const auto c3 = st::allclose(out.pooled_output, ref->tensor("te_pooler_output"), kAtol, 0, "te_pooler_output");
    qDebug("%s max|diff|: last_hidden_state %.2e, hidden_states %.2e, pooler %.2e", qPrintable(model), c1.max_abs,
           c2.max_abs, c3.max_abs);
    STIPPLE_VERIFY_CMP(c1);
    STIPPLE_VERIFY_CMP(c2);
    STIPPLE_VERIFY_CMP(c3);
    QVERIFY(!out.text_embeds.defined());
    // clip skip k = final_layer_norm(hidden_states[-(k+1)]); k = 0 is last_hidden_state.
    QCOMPARE(out.hidden_states.size(), size_t(te->config().num_hidden_layers + 1));
    QVERIFY(at::equal(te->final_layer_norm(out.hidden_states.back()), out.last_hidden_state));
    const at::Tensor skip1 = te->final_layer_norm(ref->tensor("te_hidden_states")[-2]);
    STIPPLE_VERIFY_CMP(st::allclose(te->final_layer_norm(out.hidden_states.end()[-2]), skip1, kAtol, 0, "clip skip 1"));
}

void TestTextEncoder::tokenizerToEncoder() {
    STIPPLE_REQUIRE_SHARED();
    // Row 0 of te_input_ids is the astronaut prompt, row 1 the empty prompt (components json).
    const auto ref = stipple::SafetensorsFile::open(shared_path("fixtures/components/tiny-sd2v.safetensors"));
    const auto tok = stipple::CLIPTokenizer::from_folder(shared_path("fixtures/models/tiny-sd2v/tokenizer"));
    const at::Tensor ids = stipple::token_ids_tensor(
        {stipple::tokenize_for_model(*tok, "a photograph of an astronaut riding a horse on mars, highly detailed, 8k").ids,
         stipple::tokenize_for_model(*tok, "").ids});
    QVERIFY(at::equal(ids, ref->tensor("te_input_ids").slice(0, 0, 2)));
    const auto te = load("tiny-sd2v", "text_encoder");
    STIPPLE_VERIFY_CMP(st::allclose(te->forward(ids).last_hidden_state, ref->tensor("te_last_hidden_state").slice(0, 0, 2),
                                    kAtol, 0, "tokenizer -> encoder"));
}

void TestTextEncoder::sdxlSecondEncoder() {
    STIPPLE_REQUIRE_SHARED();
    const auto ref = stipple::SafetensorsFile::open(shared_path("fixtures/components/tiny-sdxl.safetensors"));
    const auto te2 = load("tiny-sdxl", "text_encoder_2");
    const CLIPTextOutput out = te2->forward(ref->tensor("te2_input_ids"));

    QVERIFY(at::equal(out.eos_positions, ref->tensor("te2_eos_position").to(at::kLong)));
    const auto c1 = st::allclose(out.last_hidden_state, ref->tensor("te2_last_hidden_state"), kAtol, 0, "te2_last_hidden_state");
    const auto c2 = st::allclose(stack_hidden(out), ref->tensor("te2_hidden_states"), kAtol, 0, "te2_hidden_states");
    const auto c3 = st::allclose(out.pooled_output, ref->tensor("te2_pooler_output"), kAtol, 0, "te2_pooler_output");
    QVERIFY(out.text_embeds.defined());
    const auto c4 = st::allclose(out.text_embeds, ref->tensor("te2_text_embeds"), kAtol, 0, "te2_text_embeds");
    qDebug("tiny-sdxl te2 max|diff|: last %.2e, hidden %.2e, pooler %.2e, text_embeds %.2e", c1.max_abs, c2.max_abs,
           c3.max_abs, c4.max_abs);
    STIPPLE_VERIFY_CMP(c1);
    STIPPLE_VERIFY_CMP(c2);
    STIPPLE_VERIFY_CMP(c3);
    STIPPLE_VERIFY_CMP(c4);
}

void TestTextEncoder::caseEmbeddings() {
    STIPPLE_REQUIRE_SHARED();
    std::map<std::string, std::shared_ptr<CLIPTextModel>> encoders;  // "model/component"
    auto encoder = [&](const std::string& model, const char* component) {
        const std::string key = model + "/" + component;
        auto& slot = encoders[key];
        if (!slot) slot = load(model, component);
        return slot;
    };

    const QDir cases(QString::fromStdString(shared_path("fixtures/cases")));
    int compared = 0;
    double worst = 0;
    for (const QString& name : cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const std::string dir = cases.filePath(name).toStdString();
        const nlohmann::json c = stipple::read_json_file(dir + "/case.json");
        const std::string model = c.at("model").get<std::string>();
        const auto file = stipple::SafetensorsFile::open(dir + "/expected.safetensors");
        const bool sdxl = QDir(QString::fromStdString(shared_path("fixtures/models/" + QString::fromStdString(model) +
                                                                  "/text_encoder_2")))
                              .exists();

        auto check = [&](const at::Tensor& actual, const char* key) {
            const auto cmp = st::allclose(actual, file->tensor(key), kAtol, 0, name.toStdString() + " " + key);
            worst = std::max(worst, cmp.max_abs);
            ++compared;
            STIPPLE_VERIFY_CMP(cmp);
        };
        for (const std::string branch : {"prompt", "negative"}) {
            const std::string ids_key = branch + "_input_ids";
            if (!file->contains(ids_key)) continue;  // no CFG, or SDXL zero uncond
            const std::string embeds_key = branch == "prompt" ? "prompt_embeds" : "negative_prompt_embeds";
            const CLIPTextOutput o1 = encoder(model, "text_encoder")->forward(file->tensor(ids_key));
            if (!sdxl) {
                check(o1.last_hidden_state, embeds_key.c_str());
            } else {
                const CLIPTextOutput o2 = encoder(model, "text_encoder_2")->forward(file->tensor(ids_key + "_2"));
                const at::Tensor seq = at::cat({o1.hidden_states.end()[-2], o2.hidden_states.end()[-2]}, -1);
                check(seq, embeds_key.c_str());
                const std::string pooled = branch == "prompt" ? "prompt_pooler_output_2" : "negative_pooler_output_2";
                const std::string embeds = branch == "prompt" ? "pooled_prompt_embeds" : "negative_pooled_prompt_embeds";
                check(o2.pooled_output, pooled.c_str());
                check(o2.text_embeds, embeds.c_str());
            }
            if (QTest::currentTestFailed()) return;
        }
    }
    qDebug("compared %d case embeddings, max|diff| %.2e", compared, worst);
    QVERIFY(compared >= 50);
}

void TestTextEncoder::bf16StaysClose() {
    STIPPLE_REQUIRE_SHARED();
    for (const auto& [model, component, prefix] :
         {std::tuple<std::string, const char*, std::string>{"tiny-sd15", "text_encoder", "te"},
          {"tiny-sd2v", "text_encoder", "te"},
          {"tiny-sdxl", "text_encoder_2", "te2"}}) {
        const auto ref = stipple::SafetensorsFile::open(shared_path("fixtures/components/" + QString::fromStdString(model) + ".safetensors"));
        const auto te = load(model, component, at::kBFloat16);
        const CLIPTextOutput out = te->forward(ref->tensor(prefix + "_input_ids"));
        QCOMPARE(out.last_hidden_state.scalar_type(), at::kBFloat16);
        const at::Tensor expected = ref->tensor(prefix + "_last_hidden_state");
        const double err = (out.last_hidden_state.to(at::kFloat) - expected).abs().max().item<double>();
        const double hidden_err = (stack_hidden(out).to(at::kFloat) - ref->tensor(prefix + "_hidden_states")).abs().max().item<double>();
        const double scale = expected.abs().max().item<double>();
        qDebug("%s %s bf16: max|diff| last_hidden_state %.3e, hidden_states %.3e (max|expected| %.2f)", model.c_str(),
               component, err, hidden_err, scale);
        // bf16 keeps 8 mantissa bits (relative step 2^-8); a few layers should stay within ~5 % of the scale.
        QVERIFY2(std::isfinite(err) && err < 0.05 * scale, (model + " bf16 error too large").c_str());
        if (prefix == "te2") {
            const double e = (out.text_embeds.to(at::kFloat) - ref->tensor("te2_text_embeds")).abs().max().item<double>();
            qDebug("tiny-sdxl text_embeds bf16 max|diff| %.3e", e);
            QVERIFY(std::isfinite(e) && e < 0.05 * ref->tensor("te2_text_embeds").abs().max().item<double>());
        }
    }
}

void TestTextEncoder::stateDictWithoutPositionIds() {
    STIPPLE_REQUIRE_SHARED();
    const std::string dir = shared_path("fixtures/models/tiny-sd15/text_encoder");
    stipple::StateDict weights = stipple::read_state_dict(dir + "/model.safetensors");
    QVERIFY(weights.erase("text_model.embeddings.position_ids") == 1);
    const auto config = stipple::load_clip_text_config(dir + "/config.json");
    const auto te = stipple::build_clip_text_model(config, weights, at::kFloat, "in-memory");
    const auto ref = stipple::SafetensorsFile::open(shared_path("fixtures/components/tiny-sd15.safetensors"));
    STIPPLE_VERIFY_CMP(st::allclose(te->forward(ref->tensor("te_input_ids")).last_hidden_state,
                                ref->tensor("te_last_hidden_state"), kAtol, 0, "without position_ids"));
    // Parameter names are the HF keys.
    const auto params = te->named_parameters(true);
    QVERIFY(params.contains("text_model.encoder.layers.3.self_attn.out_proj.bias"));
    QVERIFY(params.contains("text_model.embeddings.token_embedding.weight"));
    QCOMPARE(params.size(), weights.size());
}

void TestTextEncoder::badInputs() {
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const std::string folder = tmp.path().toStdString();
    auto expect_error = [](auto&& fn, const std::string& needle, const char* what) {
        try {
            fn();
            QFAIL(what);
        } catch (const stipple::Error& e) {
            QVERIFY2(std::string(e.what()).find(needle) != std::string::npos, (std::string(what) + ": " + e.what()).c_str());
        }
    };
    expect_error([&] { stipple::load_clip_text_model(folder, at::kFloat); }, folder + "/config.json", "missing config");

    {
        std::ofstream(folder + "/config.json") << "{\"hidden_size\": 30, \"num_attention_heads\": 4}";
    }
    expect_error([&] { stipple::load_clip_text_model(folder, at::kFloat); }, "num_attention_heads", "bad heads");
    {
        std::ofstream(folder + "/config.json") << "{\"hidden_act\": \"swish\"}";
    }
    expect_error([&] { stipple::load_clip_text_model(folder, at::kFloat); }, "swish", "bad activation");
    {
        std::ofstream(folder + "/config.json") << "{\"hidden_size\": \"big\"}";
    }
    expect_error([&] { stipple::load_clip_text_model(folder, at::kFloat); }, "hidden_size", "wrong type");
    {
        std::ofstream(folder + "/config.json") << "{}";
    }
    expect_error([&] { stipple::load_clip_text_model(folder, at::kFloat); }, folder + "/model.safetensors",
                 "missing weights");

    STIPPLE_REQUIRE_SHARED();
    // Weights of another shape (tiny-sdxl text_encoder_2 with the tiny-sd15 config).
    const auto config = stipple::load_clip_text_config(shared_path("fixtures/models/tiny-sd15/text_encoder/config.json"));
    const std::string other = shared_path("fixtures/models/tiny-sdxl/text_encoder_2/model.safetensors");
    expect_error([&] { stipple::build_clip_text_model(config, stipple::read_state_dict(other), at::kFloat, other); },
                 other, "mismatched weights");

    const auto te = load("tiny-sd15", "text_encoder");
    expect_error([&] { te->forward(at::full({1, 77}, 5000, at::kLong)); }, "5000", "id outside vocab");
    expect_error([&] { te->forward(at::zeros({1, 78}, at::kLong)); }, "78", "too long");
    expect_error([&] { te->forward(at::zeros({1, 77}, at::kFloat)); }, "int64", "float ids");
}

QTEST_GUILESS_MAIN(TestTextEncoder)
#include "test_text_encoder.moc"
