// The two forms of chunked attention compute the same numbers: the inference form (buffers reused
// across query chunks, in-place softmax) and the autograd form used in training, which is the one
// the diffusers fixtures were checked against first. Also the plain softmax(q k^T) v definition.
#include "nn/attention.h"

#include <ATen/ATen.h>
#include <QtTest>

using namespace stipple;

namespace {

struct Inputs {
    at::Tensor q, k, v;
};

Inputs make_inputs(int64_t bh, int64_t sq, int64_t sk, int64_t d, at::ScalarType dtype, uint64_t seed) {
    auto gen = at::detail::createCPUGenerator(seed);
    return {at::randn({bh, sq, d}, gen).to(dtype), at::randn({bh, sk, d}, gen).to(dtype),
            at::randn({bh, sk, d}, gen).to(dtype)};
}

// Runs chunked_attention as training does (q requires grad, so the autograd form is taken).
at::Tensor autograd_form(const Inputs& in, double scale, bool upcast_scores, bool upcast_softmax, int64_t bytes) {
    at::Tensor q = in.q.detach().clone().requires_grad_(true);
    at::Tensor out = nn::chunked_attention(q, in.k, in.v, scale, upcast_scores, upcast_softmax, bytes);
    return out.detach();
}

at::Tensor inference_form(const Inputs& in, double scale, bool upcast_scores, bool upcast_softmax, int64_t bytes) {
    at::NoGradGuard no_grad;
    return nn::chunked_attention(in.q, in.k, in.v, scale, upcast_scores, upcast_softmax, bytes);
}

}  // namespace

class TestNnAttention : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void inferenceEqualsAutogradForm_data() {
        QTest::addColumn<int>("dtype");  // 0 fp32, 1 bf16
        QTest::addColumn<bool>("upcastScores");
        QTest::addColumn<bool>("upcastSoftmax");
        QTest::addColumn<qint64>("scoreBytes");
        // 7 heads x 37 keys: chunks of 1, 3, 9 rows and one chunk, with a remainder row block.
        const qint64 row_fp32 = 7 * 37 * 4;
        for (int dtype : {0, 1})
            for (bool us : {false, true})
                for (bool usm : {false, true})
                    for (qint64 rows : {qint64{1}, qint64{3}, qint64{9}, qint64{0}}) {
                        const QByteArray name = QByteArray(dtype ? "bf16" : "fp32") + (us ? " upcast-scores" : "") +
                                                (usm ? " upcast-softmax" : "") + " chunk " +
                                                QByteArray::number(rows ? rows : 50);
                        QTest::newRow(name.constData()) << dtype << us << usm << (rows ? rows * row_fp32 : qint64{0});
                    }
    }
    void inferenceEqualsAutogradForm() {
        QFETCH(int, dtype);
        QFETCH(bool, upcastScores);
        QFETCH(bool, upcastSoftmax);
        QFETCH(qint64, scoreBytes);
        const Inputs in = make_inputs(7, 50, 37, 16, dtype ? at::kBFloat16 : at::kFloat, 6421725739674010ull);
        const double scale = 0.25;
        const at::Tensor a = autograd_form(in, scale, upcastScores, upcastSoftmax, scoreBytes);
        const at::Tensor b = inference_form(in, scale, upcastScores, upcastSoftmax, scoreBytes);
        QCOMPARE(b.scalar_type(), in.q.scalar_type());
        QCOMPARE(b.sizes().vec(), (std::vector<int64_t>{7, 50, 16}));
        QVERIFY(b.is_contiguous());
        // The same kernels on the same values: identical, not merely close.
        QVERIFY2(at::equal(a, b), qPrintable(QStringLiteral("max |diff| %1")
                                                 .arg((a.to(at::kFloat) - b.to(at::kFloat)).abs().max().item<double>())));
    }

    void matchesTheDefinition() {
        // softmax(scale q k^T) v in float64, one chunk: what both forms approximate.
        const Inputs in = make_inputs(3, 20, 11, 8, at::kFloat, 7);
        at::NoGradGuard no_grad;
        const at::Tensor expected =
            at::bmm(at::softmax(at::bmm(in.q.to(at::kDouble), in.k.to(at::kDouble).transpose(1, 2)) * 0.3, -1),
                    in.v.to(at::kDouble));
        const at::Tensor got = nn::chunked_attention(in.q, in.k, in.v, 0.3, false, false, 3 * 11 * 4 * 4);
        QVERIFY((got.to(at::kDouble) - expected).abs().max().item<double>() < 1e-5);
    }

    void reusedBuffersDoNotLeakBetweenCalls() {
        // Two calls with different inputs: the second result must not depend on the first.
        at::NoGradGuard no_grad;
        const Inputs one = make_inputs(2, 30, 30, 8, at::kFloat, 1), two = make_inputs(2, 30, 30, 8, at::kFloat, 2);
        const at::Tensor alone = nn::chunked_attention(two.q, two.k, two.v, 0.5, false, false, 2 * 30 * 4 * 4);
        nn::chunked_attention(one.q, one.k, one.v, 0.5, false, false, 2 * 30 * 4 * 4);
        const at::Tensor after = nn::chunked_attention(two.q, two.k, two.v, 0.5, false, false, 2 * 30 * 4 * 4);
        QVERIFY(at::equal(alone, after));
    }
};

QTEST_APPLESS_MAIN(TestNnAttention)
#include "test_nn_attention.moc"
