// The channels-last group norm kernel (nn/group_norm_channels_last.h) against libtorch's own
// group norm computed in double on NCHW: float32 within float rounding, bfloat16 within
// bfloat16's; with SiLU fused; on channels whose mean is large against their spread (where a
// naive E[x^2] - E[x]^2 loses everything); and the GroupNorm module uses it only where it may.
#include "nn/group_norm_channels_last.h"
#include "nn/layers.h"

#include <QtTest>

using namespace stipple;

namespace {

at::Tensor reference(const at::Tensor& x, int64_t groups, const at::Tensor& w, const at::Tensor& b, double eps,
                     bool silu) {
    at::Tensor out = at::group_norm(x.to(at::kDouble).contiguous(), groups, w.to(at::kDouble), b.to(at::kDouble), eps);
    return silu ? at::silu(out) : out;
}

double max_error(const at::Tensor& actual, const at::Tensor& expected) {
    return (actual.to(at::kDouble) - expected).abs().max().item<double>();
}

}  // namespace

class GroupNormTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesLibtorchInDouble_data() {
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("groups");
        QTest::addColumn<double>("mean");
        QTest::addColumn<bool>("silu");
        QTest::newRow("unet block") << 2 << 320 << 32 << 32 << 0.0 << false;
        QTest::newRow("unet block, silu") << 2 << 320 << 32 << 32 << 0.0 << true;
        QTest::newRow("vae level, big image") << 1 << 128 << 96 << 32 << 1.0 << true;
        QTest::newRow("large mean, small spread") << 2 << 64 << 24 << 32 << 300.0 << false;
        QTest::newRow("one pixel") << 1 << 64 << 1 << 32 << 0.5 << false;
        QTest::newRow("odd size, 4 groups") << 3 << 12 << 7 << 4 << -2.0 << true;
    }
    void matchesLibtorchInDouble() {
        QFETCH(int, batch);
        QFETCH(int, channels);
        QFETCH(int, size);
        QFETCH(int, groups);
        QFETCH(double, mean);
        QFETCH(bool, silu);
        at::manual_seed(7);
        // Channels of different scales and offsets, as real activations have.
        const at::Tensor x = at::randn({batch, channels, size, size}) * (at::rand({1, channels, 1, 1}) * 3 + 0.1) + mean;
        const at::Tensor w = at::randn({channels}), b = at::randn({channels});
        const at::Tensor expected = reference(x, groups, w, b, 1e-5, silu);
        const double scale = expected.abs().max().item<double>();
        for (at::ScalarType dtype : {at::kFloat, at::kBFloat16}) {
            const at::Tensor input = x.to(dtype).contiguous(at::MemoryFormat::ChannelsLast);
            if (!nn::fits_group_norm_channels_last(input, groups)) {
                // A 1x1 image is dense in both layouts: the module's NCHW path takes it.
                QVERIFY2(size == 1, "a dense channels-last input was refused");
                continue;
            }
            const at::Tensor out = nn::group_norm_channels_last(input, groups, w, b, 1e-5, silu);
            QVERIFY(out.is_contiguous(at::MemoryFormat::ChannelsLast));
            QCOMPARE(out.scalar_type(), dtype);
            // bfloat16: the input is rounded to 8 bits of mantissa before normalising, so compare
            // with libtorch's result on that rounded input, within one bfloat16 step of the output.
            const at::Tensor want = dtype == at::kFloat ? expected : reference(input, groups, w, b, 1e-5, silu);
            const double err = max_error(out, want);
            const double bound = dtype == at::kFloat ? 2e-5 * std::max(1.0, scale) : 1.0 / 128 * std::max(1.0, scale);
            QVERIFY2(err <= bound, qPrintable(QString("%1: error %2 > %3").arg(c10::toString(dtype)).arg(err).arg(bound)));
        }
    }

    void theModuleUsesItOnlyForChannelsLastInference() {
        nn::GroupNorm norm(32, 64, 1e-6);
        norm->weight.normal_();
        norm->bias.normal_();
        const at::Tensor x = at::randn({2, 64, 16, 16}) + 3;
        const at::Tensor nchw = norm->forward(x);
        const at::Tensor cl = norm->forward(x.contiguous(at::MemoryFormat::ChannelsLast));
        QVERIFY(nchw.is_contiguous());
        QVERIFY(cl.is_contiguous(at::MemoryFormat::ChannelsLast));
        QVERIFY(max_error(cl, nchw.to(at::kDouble)) < 1e-4);
        QVERIFY(max_error(norm->forward_silu(x.contiguous(at::MemoryFormat::ChannelsLast)), at::silu(nchw).to(at::kDouble)) <
                1e-4);
        // Training keeps libtorch's differentiable group norm: gradients flow.
        at::Tensor trainable = x.contiguous(at::MemoryFormat::ChannelsLast).requires_grad_(true);
        norm->forward_silu(trainable).sum().backward();
        QVERIFY(trainable.grad().defined());
        QVERIFY(trainable.grad().abs().sum().item<double>() > 0);
    }
};

QTEST_GUILESS_MAIN(GroupNormTest)
#include "test_nn_group_norm.moc"
