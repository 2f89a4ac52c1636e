// The two forms of chunked attention compute the same numbers: the inference form (one head at a
// time, buffers reused across query chunks, in-place softmax) and the autograd form used in
// training, both held against the exact softmax(q k^T) v in float64.
#include "nn/attention.h"

#include <ATen/ATen.h>
#include <QtTest>

#include <algorithm>
#include <cmath>

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
        // The inference form runs one head at a time with larger matmuls, so BLAS may round
        // differently: it must be as accurate as the autograd form against the exact float64
        // definition (a misplaced chunk is off by whole units, rounding by 1e-7 in fp32).
        const at::Tensor exact = at::bmm(
            at::softmax(at::bmm(in.q.to(at::kDouble), in.k.to(at::kDouble).transpose(1, 2)) * scale, -1),
            in.v.to(at::kDouble));
        const double err_autograd = (a.to(at::kDouble) - exact).abs().max().item<double>();
        const double err_inference = (b.to(at::kDouble) - exact).abs().max().item<double>();
        qDebug("max error vs float64: autograd form %.3g, inference form %.3g", err_autograd, err_inference);
        // One rounding step of the output's type is always allowed: 2^-7 of the largest value in
        // bf16 (8 significant bits), 1e-6 in fp32.
        const double step = dtype ? std::ldexp(exact.abs().max().item<double>(), -7) : 1e-6;
        QVERIFY2(err_inference <= std::max(2 * err_autograd, step),
                 qPrintable(QStringLiteral("inference form off by %1, autograd form by %2")
                                .arg(err_inference)
                                .arg(err_autograd)));
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
