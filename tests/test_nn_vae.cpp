// AutoencoderKL parity with diffusers 0.25.1: decode, encode (mean/logvar/std and intermediates),
// latent_dist.sample(Generator(7)), chunked mid-block attention and config checks.
#include "common/error.h"
#include "common/random.h"
#include "io/json_file.h"
#include "io/safetensors.h"
#include "nn/vae.h"
#include "support/fixtures.h"
#include "support/tensor_checks.h"

#include <QtTest>

using namespace stipple;

namespace {

constexpr double kAtol = 1e-4;
constexpr double kRtol = 1e-4;

std::string vae_dir(const QString& model) {
    return test::shared_path(QStringLiteral("fixtures/models/") + model + QStringLiteral("/vae"));
}

std::shared_ptr<SafetensorsFile> components(const QString& model) {
    return SafetensorsFile::open(test::shared_path(QStringLiteral("fixtures/components/") + model +
                                                   QStringLiteral(".safetensors")));
}

}  // namespace

class TestNnVae : public QObject {
    Q_OBJECT

private:
    // Compares every stored "<prefix><name>" with intermediates[name]; returns how many.
    static int check_intermediates(const QString& model, const SafetensorsFile& f, const std::string& prefix,
                                   const TensorMap& inter, bool& ok) {
        int n = 0;
        for (const auto& e : f.entries()) {
            if (e.name.rfind(prefix, 0) != 0) continue;
            const std::string key = e.name.substr(prefix.size());
            if (!inter.count(key)) {
                qWarning("intermediate not exposed: %s", key.c_str());
                ok = false;
                continue;
            }
            auto c = test::allclose(inter.at(key), f.tensor(e.name), kAtol, kRtol, e.name);
            qDebug("%s   %s", qPrintable(model), c.message.c_str());
            ok = ok && c.ok;
            ++n;
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase() { STIPPLE_REQUIRE_SHARED(); }

    void matches_diffusers_data() {
        QTest::addColumn<QString>("model");
        for (const char* m : {"tiny-sd15", "tiny-sd2v", "tiny-sd-inpaint", "tiny-sdxl"})
            QTest::newRow(m) << QString::fromLatin1(m);
    }

    void matches_diffusers() {
        QFETCH(QString, model);
        auto vae = load_vae(vae_dir(model));
        auto f = components(model);

        TensorMap dec_inter;
        at::Tensor image = vae->decode(f->tensor("vae_decode_z"), &dec_inter);
        auto c = test::allclose(image, f->tensor("vae_decode_out"), kAtol, kRtol, "vae_decode_out");
        qDebug("%s %s", qPrintable(model), c.message.c_str());
        STIPPLE_VERIFY_CMP(c);
        bool ok = true;
        QVERIFY(check_intermediates(model, *f, "vae_dec_inter_", dec_inter, ok) >= 4);
        QVERIFY(ok);

        TensorMap enc_inter;
        VaePosterior post = vae->encode(f->tensor("vae_encode_x"), &enc_inter);
        for (auto [name, t] : {std::pair<const char*, at::Tensor>{"vae_encode_mean", post.mean},
                               {"vae_encode_logvar", post.logvar},
                               {"vae_encode_std", post.std}}) {
            auto cmp = test::allclose(t, f->tensor(name), kAtol, kRtol, name);
            qDebug("%s %s", qPrintable(model), cmp.message.c_str());
            STIPPLE_VERIFY_CMP(cmp);
        }
        QVERIFY(check_intermediates(model, *f, "vae_enc_inter_", enc_inter, ok) >= 4);
        QVERIFY(ok);

        Generators g = make_generators({7});
        at::Tensor sample = post.sample(g);
        auto cs = test::allclose(sample, f->tensor("vae_encode_sample_seed7"), kAtol, kRtol,
                                 "vae_encode_sample_seed7");
        qDebug("%s %s", qPrintable(model), cs.message.c_str());
        STIPPLE_VERIFY_CMP(cs);
    }

    // A 256x192 image gives a 32x24 mid-block attention (768 tokens); a small score budget splits it
    // into many chunks with the same result.
    void chunked_mid_attention_equals_unchunked() {
        auto vae = load_vae(vae_dir("tiny-sd15"));
        at::manual_seed(11);
        at::Tensor z = at::randn({1, 4, 32, 24});
        vae->attention_settings().max_score_bytes = 0;
        at::Tensor ref = vae->decode(z);
        vae->attention_settings().max_score_bytes = 64 * 1024;
        at::Tensor out = vae->decode(z);
        QCOMPARE(out.sizes().vec(), (std::vector<int64_t>{1, 3, 256, 192}));
        auto c = test::allclose(out, ref, 1e-5, 1e-5, "VAE decode chunked (64 KB) vs unchunked");
        qDebug("%s", c.message.c_str());
        STIPPLE_VERIFY_CMP(c);

        at::Tensor x = at::rand({1, 3, 256, 192}) * 2 - 1;
        vae->attention_settings().max_score_bytes = 0;
        VaePosterior p_ref = vae->encode(x);
        vae->attention_settings().max_score_bytes = 64 * 1024;
        VaePosterior p = vae->encode(x);
        STIPPLE_VERIFY_CMP(test::allclose(p.mean, p_ref.mean, 1e-5, 1e-5, "VAE encode chunked mean"));
    }

    void bf16_decode_is_close() {
        auto vae = load_vae(vae_dir("tiny-sd15"), at::kBFloat16);
        auto f = components("tiny-sd15");
        at::Tensor image = vae->decode(f->tensor("vae_decode_z"));
        QCOMPARE(image.scalar_type(), at::kBFloat16);
        at::Tensor expected = f->tensor("vae_decode_out").to(at::kDouble);
        at::Tensor diff = image.to(at::kDouble) - expected;
        const double max_abs = diff.abs().max().item<double>();
        const double psnr = 10.0 * std::log10(4.0 / diff.pow(2).mean().item<double>());  // range [-1,1]
        qDebug("VAE bf16 decode vs fp32 reference: max|diff| %.3g, PSNR %.1f dB", max_abs, psnr);
        QVERIFY2(psnr > 35.0, "bf16 VAE decode too far from the fp32 reference");
    }

    // A batch decodes like its images one by one, in bf16 too (libtorch 1.13's channels-last
    // bf16 group_norm once made the second image of a batch garbage).
    void bf16_batch_decodes_like_single_images() {
        auto vae = load_vae(vae_dir("tiny-sd15"), at::kBFloat16);
        at::manual_seed(0);
        at::Tensor z = at::randn({2, 4, 8, 8}) * 3;
        at::Tensor batch = vae->decode(z).to(at::kFloat);
        for (int64_t i = 0; i < 2; ++i) {
            at::Tensor one = vae->decode(z.slice(0, i, i + 1)).to(at::kFloat);
            STIPPLE_VERIFY_CMP(test::allclose(batch[i], one[0], 0.2, 0.0, "bf16 batch row " + std::to_string(i)));
        }
    }

    void configs_and_errors() {
        const auto xl = read_vae_config(
            test::shared_path("fixtures/configs/stable-diffusion-xl-base-1.0/vae/config.json"));
        QCOMPARE(xl.scaling_factor, 0.13025);
        QCOMPARE(xl.scale_factor(), int64_t{8});
        AutoencoderKL full(xl);
        int64_t params = 0;
        for (const auto& p : full->parameters()) params += p.numel();
        qDebug("SDXL VAE: %lld parameters", static_cast<long long>(params));
        QCOMPARE(params, int64_t{83653863});

        auto json = read_json_file(vae_dir("tiny-sd15") + "/config.json");
        auto bad = json;
        bad["down_block_types"][1] = "AttnDownEncoderBlock2D";
        try {
            vae_config_from_json(bad, "vae/config.json");
            QFAIL("an unknown VAE block type was accepted");
        } catch (const Error& e) {
            qDebug("%s", e.what());
            QVERIFY(std::string(e.what()).find("down_block_types") != std::string::npos);
        }
        auto vae = load_vae(vae_dir("tiny-sd15"));
        QVERIFY_THROWS_EXCEPTION(Error, vae->decode(at::zeros({1, 3, 8, 8})));
        QVERIFY_THROWS_EXCEPTION(Error, vae->encode(at::zeros({1, 4, 64, 64})));
        // Weights of another architecture: strict loading names the file.
        auto other = read_vae_config(vae_dir("tiny-sdxl") + "/config.json");
        const std::string weights = vae_dir("tiny-sd15") + "/diffusion_pytorch_model.safetensors";
        QVERIFY_THROWS_EXCEPTION(Error, build_vae(other, read_state_dict(weights), at::kFloat, weights));
    }
};

QTEST_GUILESS_MAIN(TestNnVae)
#include "test_nn_vae.moc"
