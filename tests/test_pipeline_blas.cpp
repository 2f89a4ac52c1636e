// fp32 matmul runs on BLAS kernels made for this CPU: OpenBLAS 0.3.21 falls back to generic SSE3
// kernels on CPUs newer than it knows (3-4x slower), and both programs then restart themselves
// with OPENBLAS_CORETYPE set; and they load OpenBLAS's OpenMP build, which shares libtorch's threads.
#include "common/blas_kernels.h"
#include "common/cpu_features.h"
#include "pipeline/runtime.h"
#include "support/fixtures.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace stipple;

namespace {

CpuFeatures cpu(const char* flags) { return cpu_features_from_flags_line(std::string("flags\t\t: ") + flags); }

}  // namespace

class TestPipelineBlas : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsTheFlagsLine() {
        const CpuFeatures f = cpu("fpu sse2 avx2 avx512f avx512_bf16");
        QVERIFY(f.has("avx2"));
        QVERIFY(f.has("avx512_bf16"));
        QVERIFY(!f.has("avx512"));  // whole words only
        QVERIFY(!f.has("amx_bf16"));
    }

    void replacesOnlyGenericKernels() {
        const CpuFeatures xeon = cpu("sse3 avx avx2 fma avx512f avx512bw avx512vl avx512_bf16");
        QCOMPARE(better_blas_core("Prescott", xeon), std::string("Cooperlake"));
        QCOMPARE(better_blas_core("Prescott", cpu("sse3 avx avx2 fma avx512f avx512bw avx512vl")),
                 std::string("SkylakeX"));
        QCOMPARE(better_blas_core("Prescott", cpu("sse3 avx avx2 fma")), std::string("Haswell"));
        // Kernels OpenBLAS chose itself for a CPU it knows stay.
        QCOMPARE(better_blas_core("Zen", xeon), std::string());
        QCOMPARE(better_blas_core("SkylakeX", xeon), std::string());
        // Not OpenBLAS, or a CPU without anything better: nothing to do.
        QCOMPARE(better_blas_core("", xeon), std::string());
        QCOMPARE(better_blas_core("Prescott", cpu("sse2 sse3")), std::string());
    }

    void tinyModelsRunOnOneThreadOnlyBesideAPthreadBlas() {
        // The built-in model's UNet has ~6 M parameters; SD 1.5's 860 M.
        QCOMPARE(threads_for_model(6'000'000, "pthreads"), 1);
        QCOMPARE(threads_for_model(6'000'000, "OpenMP"), physical_core_count());
        QCOMPARE(threads_for_model(860'000'000, "pthreads"), physical_core_count());
        QCOMPARE(threads_for_model(0, "pthreads"), physical_core_count());  // size unknown
    }

    void theCliRunsOnKernelsForThisCpu() {
        const QString cli = qEnvironmentVariable("STIPPLE_CLI");
        if (cli.isEmpty()) QSKIP("STIPPLE_CLI is not set (CTest sets it)");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("OPENBLAS_CORETYPE"));
        p.setProcessEnvironment(env);
        p.start(cli, {QStringLiteral("bench"), QStringLiteral("--steps"), QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject j = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QString kernels = j.value(QStringLiteral("blas_kernels")).toString();
        if (kernels.isEmpty()) QSKIP("the system BLAS is not OpenBLAS");
        const CpuFeatures here = read_cpu_features();
        if (!here.has("avx")) QSKIP("this CPU has no AVX: the generic kernels are the right ones");
        QVERIFY2(kernels != QLatin1String("Prescott"), "stipple-cli ran fp32 matmul on OpenBLAS's generic kernels");
        // With OpenBLAS's OpenMP build installed, the CLI loads it (through its RPATH) rather than
        // the system default pthread build, whose own thread pool fights libtorch's.
        const QString openmp_dir = qEnvironmentVariable("STIPPLE_OPENMP_BLAS_DIR");
        if (QFileInfo::exists(openmp_dir + QStringLiteral("/libblas.so.3")))
            QCOMPARE(j.value(QStringLiteral("blas_threading")).toString(), QStringLiteral("OpenMP"));
        else
            qWarning("OpenBLAS's OpenMP build is not installed: not checked that the CLI uses it");
        // Asked for explicitly, the user's choice wins.
        env.insert(QStringLiteral("OPENBLAS_CORETYPE"), QStringLiteral("Haswell"));
        p.setProcessEnvironment(env);
        p.start(cli, {QStringLiteral("bench"), QStringLiteral("--steps"), QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("blas_kernels")).toString(),
                 QStringLiteral("Haswell"));
    }
};

QTEST_APPLESS_MAIN(TestPipelineBlas)
#include "test_pipeline_blas.moc"
