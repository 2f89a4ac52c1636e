// The fused attention kernel (nn/fused_attention.h) against the exact softmax(scale q k^T) v in
// float64, on the shapes Stable Diffusion gives it (SD 1.5's 40-wide and SD 2 / SDXL's 64-wide
// heads over 1024-9216 tokens) and on the awkward ones: key and query counts that are not a
// multiple of the kernel's blocks, head widths that are not a multiple of 4, peaked and flat
// softmax rows. Both kernels this CPU can run are checked (AVX-512 machines also run the AVX2 one).
// And the Attention module: fused and chunked give the same image-sized output.
#include "common/error.h"
#include "nn/attention.h"
#include "nn/fused_attention.h"

#include <ATen/ATen.h>
#include <QtTest>

#include <algorithm>
#include <string>
#include <vector>

using namespace stipple;

namespace {

struct Inputs {
    at::Tensor q, k, v;
};

Inputs make_inputs(int64_t bh, int64_t sq, int64_t sk, int64_t d, double spread, uint64_t seed) {
    auto gen = at::detail::createCPUGenerator(seed);
    return {at::randn({bh, sq, d}, gen) * spread, at::randn({bh, sk, d}, gen) * spread, at::randn({bh, sk, d}, gen)};
}

at::Tensor exact(const Inputs& in, double scale) {
    const at::Tensor q = in.q.to(at::kDouble), k = in.k.to(at::kDouble), v = in.v.to(at::kDouble);
    return at::bmm(at::softmax(at::bmm(q, k.transpose(1, 2)) * scale, -1), v);
}

std::vector<std::string> kernels_here() {
    const std::string widest = nn::fused_attention_isa();
    if (widest.empty()) return {};
    if (widest == "AVX-512") return {"AVX-512", "AVX2"};
    return {widest};
}

double max_error(const at::Tensor& got, const at::Tensor& want) {
    return (got.to(at::kDouble) - want).abs().max().item<double>();
}

}  // namespace

class TestNnFusedAttention : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        if (kernels_here().empty()) QSKIP("this CPU has neither AVX2 + FMA nor AVX-512: the fused kernel is never used");
    }

    void matches_exact_attention_data() {
        QTest::addColumn<int>("bh");
        QTest::addColumn<int>("sq");
        QTest::addColumn<int>("sk");
        QTest::addColumn<int>("d");
        QTest::addColumn<double>("spread");
        QTest::newRow("SD 1.5 64x64 latent, 40-wide heads") << 2 << 4096 << 4096 << 40 << 1.0;
        QTest::newRow("SDXL 32x32, 64-wide heads") << 3 << 1024 << 1024 << 64 << 1.0;
        QTest::newRow("rows and keys off the blocks") << 2 << 1027 << 1029 << 40 << 1.0;
        QTest::newRow("head width 3 (tail of the output block)") << 1 << 33 << 1100 << 3 << 1.0;
        QTest::newRow("160-wide heads") << 1 << 64 << 2048 << 160 << 1.0;
        QTest::newRow("peaked rows (large scores)") << 2 << 257 << 1500 << 40 << 6.0;
        QTest::newRow("flat rows (tiny scores)") << 1 << 100 << 1024 << 40 << 1e-4;
    }
    void matches_exact_attention() {
        QFETCH(int, bh);
        QFETCH(int, sq);
        QFETCH(int, sk);
        QFETCH(int, d);
        QFETCH(double, spread);
        at::NoGradGuard no_grad;
        const Inputs in = make_inputs(bh, sq, sk, d, spread, 1234 + sq + sk + d);
        const double scale = 1.0 / std::sqrt(static_cast<double>(d));
        QVERIFY(nn::fused_attention_fits(in.q, in.k, in.v));
        const at::Tensor want = exact(in, scale);
        const at::Tensor chunked = nn::chunked_attention(in.q, in.k, in.v, scale, false, false, 16 << 20);
        const double chunked_error = max_error(chunked, want);
        for (const std::string& isa : kernels_here()) {
            const at::Tensor got = nn::fused_attention(in.q, in.k, in.v, scale, isa);
            QCOMPARE(got.sizes(), want.sizes());
            QCOMPARE(got.scalar_type(), at::kFloat);
            QVERIFY(got.is_contiguous());
            const double error = max_error(got, want);
            // float32 rounding: within 2e-5 (an order above what either path shows on unit-scale
            // scores, far below a wrong result) or, where large scores make float32 scores
            // themselves inexact (peaked rows), within twice libtorch's own matmul-softmax-matmul.
            if (!(error < std::max(2e-5, 2 * chunked_error)))
                QFAIL(qPrintable(QString("%1: max error %2 (chunked matmuls: %3)")
                                     .arg(QString::fromStdString(isa))
                                     .arg(error)
                                     .arg(chunked_error)));
        }
    }

    void bfloat16_inputs_give_bfloat16_within_its_rounding() {
        at::NoGradGuard no_grad;
        const Inputs in = make_inputs(2, 300, 1024, 40, 1.0, 99);
        const Inputs bf{in.q.to(at::kBFloat16), in.k.to(at::kBFloat16), in.v.to(at::kBFloat16)};
        const double scale = 1.0 / std::sqrt(40.0);
        QVERIFY(nn::fused_attention_fits(bf.q, bf.k, bf.v));
        const Inputs rounded{bf.q.to(at::kFloat), bf.k.to(at::kFloat), bf.v.to(at::kFloat)};
        const at::Tensor want = exact(rounded, scale);
        const at::Tensor got = nn::fused_attention(bf.q, bf.k, bf.v, scale);
        QCOMPARE(got.scalar_type(), at::kBFloat16);
        // Only the output's rounding to bfloat16 (8 bits of mantissa) on values of about 0.1.
        QVERIFY2(max_error(got, want) < 4e-3, qPrintable(QString::number(max_error(got, want))));
    }

    void only_where_it_applies() {
        const Inputs small = make_inputs(1, 64, 77, 40, 1.0, 5);  // cross-attention to a prompt
        QVERIFY(!nn::fused_attention_fits(small.q, small.k, small.v));
        const Inputs wide = make_inputs(1, 1024, 1024, 512, 1.0, 6);  // the VAE's single head
        QVERIFY(!nn::fused_attention_fits(wide.q, wide.k, wide.v));
        const Inputs big = make_inputs(1, 1024, 1024, 40, 1.0, 7);
        const at::Tensor q = big.q.clone().requires_grad_(true);
        QVERIFY(!nn::fused_attention_fits(q, big.k, big.v));  // training keeps the autograd form
        at::NoGradGuard no_grad;
        QVERIFY(nn::fused_attention_fits(q, big.k, big.v));
        QVERIFY(!nn::fused_attention_fits(big.q.to(at::kDouble), big.k.to(at::kDouble), big.v.to(at::kDouble)));
    }

    // --attention auto|fused|chunked: auto keeps libtorch's matmuls (not yet chosen per machine),
    // fused takes the kernel in either dtype; bench prints which.
    void kernel_setting() {
        QVERIFY(!nn::uses_fused_kernel(nn::AttentionKernel::Auto, at::kFloat));
        QVERIFY(nn::uses_fused_kernel(nn::AttentionKernel::Fused, at::kFloat));
        QVERIFY(nn::uses_fused_kernel(nn::AttentionKernel::Fused, at::kBFloat16));
        QVERIFY(!nn::uses_fused_kernel(nn::AttentionKernel::Chunked, at::kFloat));
        QCOMPARE(QString::fromStdString(nn::attention_kernel_text(nn::AttentionKernel::Fused, at::kFloat)),
                 QStringLiteral("fused (%1)").arg(QString::fromLatin1(nn::fused_attention_isa())));
        QCOMPARE(QString::fromStdString(nn::attention_kernel_text(nn::AttentionKernel::Auto, at::kFloat)),
                 QStringLiteral("chunked matmuls"));
        QVERIFY(nn::parse_attention_kernel("chunked") == nn::AttentionKernel::Chunked);
        QVERIFY_THROWS_EXCEPTION(stipple::Error, nn::parse_attention_kernel("flash"));
    }

    // What a UNet layer computes: a 32x32 image's self-attention (1024 tokens, 8 heads of 40) in
    // both memory layouts, fused and chunked, through the module's own projections.
    void attention_module_same_output_fused_or_chunked() {
        at::NoGradGuard no_grad;
        nn::AttentionOptions o;
        o.query_dim = 320, o.heads = 8, o.dim_head = 40, o.bias = false;
        auto settings = std::make_shared<nn::AttentionSettings>();
        nn::Attention attention(o, settings);
        auto gen = at::detail::createCPUGenerator(42);
        for (auto& p : attention->parameters()) p.copy_(at::randn(p.sizes(), gen) * 0.05);
        const at::Tensor tokens = at::randn({2, 1024, 320}, gen);
        settings->kernel = nn::AttentionKernel::Chunked;
        const at::Tensor chunked = attention->forward(tokens);
        settings->kernel = nn::AttentionKernel::Fused;
        const at::Tensor fused = attention->forward(tokens);
        const double scale = chunked.abs().max().item<double>();
        QVERIFY(scale > 1e-3);
        QVERIFY2(max_error(fused, chunked.to(at::kDouble)) < 1e-5 * std::max(1.0, scale),
                 qPrintable(QString::number(max_error(fused, chunked.to(at::kDouble)))));
    }
};

QTEST_APPLESS_MAIN(TestNnFusedAttention)
#include "test_nn_fused_attention.moc"
