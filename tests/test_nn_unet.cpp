// UNet2DConditionModel parity with diffusers 0.25.1 (components fixtures of the four tiny models),
// chunked attention, bf16, full-size architectures (parameter counts) and config errors.
#include "common/error.h"
#include "io/json_file.h"
#include "io/safetensors.h"
#include "nn/attention.h"
#include "nn/text_time_embedding.h"
#include "nn/unet.h"
#include "support/fixtures.h"
#include "support/tensor_checks.h"

#include <QtTest>

#include <cmath>

using namespace stipple;

namespace {

constexpr double kAtol = 1e-4;
constexpr double kRtol = 1e-4;

std::string model_dir(const QString& model, const char* component) {
    return test::shared_path(QStringLiteral("fixtures/models/") + model + QLatin1Char('/') + QLatin1String(component));
}

std::shared_ptr<SafetensorsFile> components(const QString& model) {
    return SafetensorsFile::open(test::shared_path(QStringLiteral("fixtures/components/") + model +
                                                   QStringLiteral(".safetensors")));
}

UNetAddedCond added_cond(const SafetensorsFile& f, const std::string& prefix) {
    UNetAddedCond added;
    if (f.contains(prefix + "text_embeds")) {
        added.text_embeds = f.tensor(prefix + "text_embeds");
        added.time_ids = f.tensor(prefix + "time_ids");
    }
    return added;
}

int64_t parameter_count(const torch::nn::Module& m) {
    int64_t n = 0;
    for (const auto& p : m.parameters()) n += p.numel();
    return n;
}

}  // namespace

class TestNnUnet : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { STIPPLE_REQUIRE_SHARED(); }

    void matches_diffusers_data() {
        QTest::addColumn<QString>("model");
        for (const char* m : {"tiny-sd15", "tiny-sd2v", "tiny-sd-inpaint", "tiny-sdxl"})
            QTest::newRow(m) << QString::fromLatin1(m);
    }

    // unet_a (square, scalar int64 t, all intermediates) and unet_b (12x8, per-sample float t).
    void matches_diffusers() {
        QFETCH(QString, model);
        auto unet = load_unet(model_dir(model, "unet"));
        auto f = components(model);

        TensorMap inter;
        at::Tensor out_a = unet->forward(f->tensor("unet_a_sample"), f->tensor("unet_a_timestep"),
                                         f->tensor("unet_a_encoder_hidden_states"), added_cond(*f, "unet_a_"), &inter);
        auto cmp = test::allclose(out_a, f->tensor("unet_a_out"), kAtol, kRtol, "unet_a_out");
        qDebug("%s %s", qPrintable(model), cmp.message.c_str());
        STIPPLE_VERIFY_CMP(cmp);

        int checked = 0;
        for (const auto& e : f->entries()) {
            const std::string prefix = "unet_a_inter_";
            if (e.name.rfind(prefix, 0) != 0) continue;
            const std::string key = e.name.substr(prefix.size());
            QVERIFY2(inter.count(key), ("intermediate not exposed: " + key).c_str());
            auto c = test::allclose(inter.at(key), f->tensor(e.name), kAtol, kRtol, e.name);
            qDebug("%s   %s", qPrintable(model), c.message.c_str());
            STIPPLE_VERIFY_CMP(c);
            ++checked;
        }
        QVERIFY(checked >= 8);

        at::Tensor out_b = unet->forward(f->tensor("unet_b_sample"), f->tensor("unet_b_timestep"),
                                         f->tensor("unet_b_encoder_hidden_states"), added_cond(*f, "unet_b_"));
        auto cmp_b = test::allclose(out_b, f->tensor("unet_b_out"), kAtol, kRtol, "unet_b_out");
        qDebug("%s %s", qPrintable(model), cmp_b.message.c_str());
        STIPPLE_VERIFY_CMP(cmp_b);
    }

    // A latent that does not divide by 2^upsamplers: upsampling follows the skip sizes.
    void odd_latent_size_runs() {
        auto unet = load_unet(model_dir("tiny-sd15", "unet"));
        auto f = components("tiny-sd15");
        at::Tensor sample = at::randn({1, 4, 9, 7}, at::TensorOptions().dtype(at::kFloat));
        at::Tensor ctx = f->tensor("unet_a_encoder_hidden_states").narrow(0, 0, 1);
        at::Tensor out = unet->forward(sample, at::scalar_tensor(10, at::kLong), ctx);
        QCOMPARE(out.sizes().vec(), (std::vector<int64_t>{1, 4, 9, 7}));
        QVERIFY(at::isfinite(out).all().item<bool>());
    }

    void chunked_attention_equals_unchunked() {
        at::manual_seed(3);
        at::Tensor q = at::randn({6, 1000, 16}), k = at::randn({6, 1200, 16}), v = at::randn({6, 1200, 24});
        const double scale = 0.25;
        at::Tensor full = nn::chunked_attention(q, k, v, scale, false, false, 0);
        // Direct formula, no chunking.
        at::Tensor direct = at::bmm(at::softmax(at::bmm(q, k.transpose(1, 2)) * scale, -1), v);
        STIPPLE_VERIFY_CMP(test::allclose(full, direct, 1e-6, 1e-5, "unchunked vs formula"));
        for (int64_t budget : {int64_t{100000}, int64_t{6 * 1200 * 4 * 7}, int64_t{1}}) {
            at::Tensor chunked = nn::chunked_attention(q, k, v, scale, false, false, budget);
            auto c = test::allclose(chunked, full, 1e-6, 1e-6, "chunked (" + std::to_string(budget) + " B)");
            qDebug("%s", c.message.c_str());
            STIPPLE_VERIFY_CMP(c);
        }
        at::Tensor up = nn::chunked_attention(q, k, v, scale, true, true, 50000);
        STIPPLE_VERIFY_CMP(test::allclose(up, full, 1e-6, 1e-6, "chunked upcast"));

        // Tiny key counts (SDXL's 2x2 level has 4 tokens): libtorch 1.13's baddbmm returns NaN
        // there, so the implementation must not depend on it.
        for (auto dtype : {at::kFloat, at::kBFloat16}) {
            for (int rep = 0; rep < 20; ++rep) {
                at::Tensor qs = at::randn({8, 4, 8}).to(dtype), ks = at::randn({8, 4, 8}).to(dtype);
                at::Tensor out = nn::chunked_attention(qs, ks, ks, 0.35, false, false, 0);
                QVERIFY(at::isfinite(out).all().item<bool>());
            }
        }

        // Whole UNet: a 48x40 latent (1920 tokens at level 0, 8 heads) with a 1 MB score budget
        // needs many chunks; the output must equal the unchunked run.
        auto unet = load_unet(model_dir("tiny-sd15", "unet"));
        auto f = components("tiny-sd15");
        at::Tensor sample = at::randn({2, 4, 48, 40});
        at::Tensor ctx = f->tensor("unet_a_encoder_hidden_states");
        unet->attention_settings().max_score_bytes = 0;
        at::Tensor ref = unet->forward(sample, at::scalar_tensor(700, at::kLong), ctx);
        unet->attention_settings().max_score_bytes = 1 << 20;
        at::Tensor out = unet->forward(sample, at::scalar_tensor(700, at::kLong), ctx);
        auto c = test::allclose(out, ref, 1e-5, 1e-5, "UNet chunked (1 MB) vs unchunked");
        qDebug("%s", c.message.c_str());
        STIPPLE_VERIFY_CMP(c);
    }

    void bf16_is_close() {
        for (const char* model : {"tiny-sd15", "tiny-sdxl"}) {
            auto unet = load_unet(model_dir(model, "unet"), at::kBFloat16);
            QCOMPARE(unet->dtype(), at::kBFloat16);
            auto f = components(model);
            at::Tensor out = unet->forward(f->tensor("unet_a_sample"), f->tensor("unet_a_timestep"),
                                           f->tensor("unet_a_encoder_hidden_states"), added_cond(*f, "unet_a_"));
            QCOMPARE(out.scalar_type(), at::kBFloat16);
            at::Tensor expected = f->tensor("unet_a_out").to(at::kDouble);
            at::Tensor diff = out.to(at::kDouble) - expected;
            const double max_rel = diff.abs().max().item<double>() / expected.abs().max().item<double>();
            const double rel_l2 = diff.norm().item<double>() / expected.norm().item<double>();
            const double peak = expected.abs().max().item<double>();
            const double psnr = 10.0 * std::log10(peak * peak / diff.pow(2).mean().item<double>());
            qDebug("%s bf16 vs fp32 reference: max|diff|/max|ref| %.3g, relative L2 %.3g, PSNR %.1f dB", model,
                   max_rel, rel_l2, psnr);
            QVERIFY(std::isfinite(psnr));
            QVERIFY2(rel_l2 < 0.03, "bf16 UNet output too far from the fp32 reference");
            QVERIFY2(max_rel < 0.05, "bf16 UNet output too far from the fp32 reference");
        }
    }

    // Full-size configs build the published architectures (parameters are never touched).
    void full_size_parameter_counts() {
        struct Case {
            const char* folder;
            int64_t params;
        };
        for (const Case& c : {Case{"stable-diffusion-v1-5", 859520964}, Case{"stable-diffusion-2-1", 865910724},
                              Case{"stable-diffusion-xl-base-1.0", 2567463684}}) {
            const auto config = read_unet_config(
                test::shared_path(QStringLiteral("fixtures/configs/") + QLatin1String(c.folder) +
                                  QStringLiteral("/unet/config.json")));
            UNet2DConditionModel unet(config);
            qDebug("%s: %lld UNet parameters", c.folder, static_cast<long long>(parameter_count(*unet)));
            QCOMPARE(parameter_count(*unet), c.params);
        }
        const auto sdxl = read_unet_config(
            test::shared_path("fixtures/configs/stable-diffusion-xl-base-1.0/unet/config.json"));
        QCOMPARE(sdxl.num_attention_heads, (std::vector<int64_t>{5, 10, 20}));
        QCOMPARE(sdxl.transformer_layers_per_block, (std::vector<int64_t>{1, 2, 10}));
        QVERIFY(sdxl.has_text_time());
        QCOMPARE(sdxl.upcast_attention, false);  // null -> default
        const auto sd15 =
            read_unet_config(test::shared_path("fixtures/configs/stable-diffusion-v1-5/unet/config.json"));
        QCOMPARE(sd15.use_linear_projection, false);
        QCOMPARE(sd15.num_attention_heads, (std::vector<int64_t>{8, 8, 8, 8}));
    }

    // addition_embed_type "text" (the built-in model uses it): diffusers' TextTimeEmbedding keys and
    // shapes, and the attention pooling computed head by head the way DeepFloyd IF describes it.
    void text_addition_embedding() {
        auto json = read_json_file(model_dir("tiny-sd15", "unet") + "/config.json");
        json["addition_embed_type"] = "text";
        json["addition_embed_type_num_heads"] = 4;
        const UNetConfig config = unet_config_from_json(json);
        QVERIFY(config.has_text_embedding());
        const int64_t dim = config.cross_attention_dim[0], temb = config.time_embed_dim();
        UNet2DConditionModel unet(config);
        std::map<std::string, std::vector<int64_t>> shapes;
        for (const auto& p : unet->named_parameters()) shapes[p.key()] = p.value().sizes().vec();
        QCOMPARE(shapes["add_embedding.norm1.weight"], (std::vector<int64_t>{dim}));
        QCOMPARE(shapes["add_embedding.pool.positional_embedding"], (std::vector<int64_t>{1, dim}));
        for (const char* proj : {"q_proj", "k_proj", "v_proj"})
            QCOMPARE(shapes[std::string("add_embedding.pool.") + proj + ".weight"], (std::vector<int64_t>{dim, dim}));
        QCOMPARE(shapes["add_embedding.proj.weight"], (std::vector<int64_t>{temb, dim}));
        QCOMPARE(shapes["add_embedding.norm2.bias"], (std::vector<int64_t>{temb}));

        // Pooling by hand: a class token (mean + positional embedding) attends, per head, over itself
        // and the tokens; the heads' outputs are concatenated.
        at::manual_seed(3);
        nn::AttentionPooling pool(4, dim);
        {
            at::NoGradGuard no_grad;
            for (auto& p : pool->parameters()) p.normal_(0, 0.3);
        }
        const at::Tensor x = at::randn({2, 5, dim});
        const auto params = pool->named_parameters();
        const at::Tensor pos = params["positional_embedding"];
        const auto lin = [&](const char* n, const at::Tensor& t) {
            return at::linear(t, params[std::string(n) + ".weight"], params[std::string(n) + ".bias"]);
        };
        const at::Tensor cls = x.mean(1, true) + pos;
        const at::Tensor seq = at::cat({cls, x}, 1);
        const at::Tensor q = lin("q_proj", cls), k = lin("k_proj", seq), v = lin("v_proj", seq);
        const int64_t hd = dim / 4;
        std::vector<at::Tensor> heads;
        for (int64_t h = 0; h < 4; ++h) {
            const auto sl = [&](const at::Tensor& t) { return t.narrow(2, h * hd, hd); };
            const at::Tensor w = (at::matmul(sl(q), sl(k).transpose(1, 2)) / std::sqrt(double(hd))).softmax(-1);
            heads.push_back(at::matmul(w, sl(v)).squeeze(1));
        }
        at::NoGradGuard no_grad;
        STIPPLE_VERIFY_CMP(test::allclose(pool->forward(x), at::cat(heads, 1), 1e-5, 1e-5, "attention pooling"));

        json["addition_embed_type_num_heads"] = 5;
        QVERIFY_THROWS_EXCEPTION(Error, unet_config_from_json(json));
    }

    void config_errors_are_clear() {
        auto json = read_json_file(model_dir("tiny-sd15", "unet") + "/config.json");
        auto bad = json;
        bad["down_block_types"] = {"CrossAttnDownBlock2D", "SimpleCrossAttnDownBlock2D"};
        try {
            unet_config_from_json(bad, "unet/config.json");
            QFAIL("an unknown down block type was accepted");
        } catch (const Error& e) {
            const std::string msg = e.what();
            qDebug("%s", e.what());
            QVERIFY(msg.find("down_block_types") != std::string::npos);
            QVERIFY(msg.find("SimpleCrossAttnDownBlock2D") != std::string::npos);
            QVERIFY(msg.find("unet/config.json") != std::string::npos);
        }
        bad = json;
        bad["up_block_types"] = {"UpBlock2D", "AttnUpBlock2D"};
        QVERIFY_THROWS_EXCEPTION(Error, unet_config_from_json(bad));
        bad = json;
        bad["class_embed_type"] = "timestep";
        QVERIFY_THROWS_EXCEPTION(Error, unet_config_from_json(bad));
        bad = json;
        bad["addition_embed_type"] = "text_image";
        QVERIFY_THROWS_EXCEPTION(Error, unet_config_from_json(bad));
        bad = json;
        bad["attention_head_dim"] = {2, 4, 8};
        QVERIFY_THROWS_EXCEPTION(Error, unet_config_from_json(bad));

        // Weights that do not fit the config: strict loading names the problem.
        auto wrong = unet_config_from_json(json);
        wrong.layers_per_block = {1, 1};
        const std::string weights = model_dir("tiny-sd15", "unet") + "/diffusion_pytorch_model.safetensors";
        QVERIFY_THROWS_EXCEPTION(Error, build_unet(wrong, read_state_dict(weights), at::kFloat, weights));

        QVERIFY_THROWS_EXCEPTION(Error, load_unet(model_dir("tiny-sd15", "unet"), at::kHalf));
        QVERIFY_THROWS_EXCEPTION(Error, load_unet(model_dir("tiny-sd15", "no-such-folder")));

        // Bad inputs are errors, not crashes.
        auto unet = load_unet(model_dir("tiny-sd15", "unet"));
        QVERIFY_THROWS_EXCEPTION(Error, unet->forward(at::zeros({1, 3, 8, 8}), at::scalar_tensor(1),
                                                      at::zeros({1, 77, 32})));
        QVERIFY_THROWS_EXCEPTION(Error, unet->forward(at::zeros({1, 4, 8, 8}), at::scalar_tensor(1),
                                                      at::zeros({1, 77, 16})));
        auto xl = load_unet(model_dir("tiny-sdxl", "unet"));
        QVERIFY_THROWS_EXCEPTION(Error, xl->forward(at::zeros({1, 4, 8, 8}), at::scalar_tensor(1),
                                                    at::zeros({1, 77, 96})));
    }
};

QTEST_GUILESS_MAIN(TestNnUnet)
#include "test_nn_unet.moc"
