// A1111's GPU/NV random source: Stipple's Philox generator against draws made with A1111's own
// rng_philox.Generator (../shared/fixtures/a1111), and the per-image generators built on it.
#include "common/error.h"
#include "common/random.h"
#include "io/json_file.h"
#include "io/safetensors.h"
#include "support/fixtures.h"
#include "support/tensor_checks.h"

#include <ATen/CPUGeneratorImpl.h>
#include <QtTest>

using namespace stipple;

namespace {
constexpr double kAtol = 1e-6;  // acceptance: every fixture value within 1e-6
}

class CommonPhilox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixture_draws_data();
    void fixture_draws();
    void per_image_generators();
    void cpu_source_unchanged();
    void noise_source_names();
};

void CommonPhilox::fixture_draws_data() {
    QTest::addColumn<int>("index");
    STIPPLE_REQUIRE_SHARED();
    const auto cases = read_json_file(test::shared_path("fixtures/a1111/philox_randn.json"))["cases"];
    for (size_t i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i]["draw0"].get<std::string>().c_str()) << static_cast<int>(i);
}

// draw0 = the first randn(shape) of Generator(seed), draw1 = the next call, for every case;
// includes a seed >= 2^32 (the key's high word) and a 1x4x128x128 latent.
void CommonPhilox::fixture_draws() {
    QFETCH(int, index);
    const auto c = read_json_file(test::shared_path("fixtures/a1111/philox_randn.json"))["cases"][index];
    const auto file = SafetensorsFile::open(test::shared_path("fixtures/a1111/philox_randn.safetensors"));
    const uint64_t seed = c["seed"].get<uint64_t>();
    const auto shape = c["shape"].get<std::vector<int64_t>>();
    PhiloxGenerator g(seed);
    for (const char* draw : {"draw0", "draw1"}) {
        const std::string name = c[draw].get<std::string>();
        const at::Tensor got = g.randn(shape);
        const at::Tensor want = file->tensor(name);
        QCOMPARE(got.scalar_type(), at::kFloat);
        const auto cmp = test::allclose(got, want, kAtol, 0, name);
        qDebug("%s (%lld values, exactly equal: %s)", cmp.message.c_str(), static_cast<long long>(want.numel()),
               at::equal(got, want) ? "yes" : "no");
        STIPPLE_VERIFY_CMP(cmp);
    }
    QVERIFY(g.offset() == 2);
}

// A batch draws one (1, C, H, W) tensor per image from that image's Philox generator: image i of a
// batch gets the numbers a batch of one with seed i gets, and a second call is each one's draw1.
void CommonPhilox::per_image_generators() {
    Generators batch = make_generators({7, 4294967301ull}, NoiseSource::NV);
    QVERIFY(batch.size() == 2);
    const at::Tensor first = randn_tensor({2, 4, 8, 12}, batch);
    const at::Tensor second = randn_tensor({2, 4, 8, 12}, batch);
    for (int i = 0; i < 2; ++i) {
        PhiloxGenerator alone(i == 0 ? 7 : 4294967301ull);
        QVERIFY(at::equal(first[i].unsqueeze(0), alone.randn({1, 4, 8, 12})));
        QVERIFY(at::equal(second[i].unsqueeze(0), alone.randn({1, 4, 8, 12})));
    }
    QVERIFY(!at::equal(first, second));

    // clone/same_state tell whether a call drew (the scheduler tests rely on it).
    Generators copy = batch.clone();
    QVERIFY(copy.same_state(batch));
    randn_tensor({2, 4, 8, 12}, copy);
    QVERIFY(!copy.same_state(batch));
    // GPU is the same Philox source under A1111's other name.
    Generators gpu = make_generators({7}, NoiseSource::GPU);
    PhiloxGenerator nv(7);
    QVERIFY(at::equal(randn_tensor({1, 4, 8, 12}, gpu), nv.randn({1, 4, 8, 12})));
}

// The default CPU source is torch.randn with a CPU generator, draw after draw (diffusers' noise).
void CommonPhilox::cpu_source_unchanged() {
    Generators g = make_generators({42, 43});
    QCOMPARE(g.source(), NoiseSource::CPU);
    const at::Tensor a = randn_tensor({2, 4, 8, 8}, g);
    const at::Tensor b = randn_tensor({2, 4, 8, 8}, g);
    for (int i = 0; i < 2; ++i) {
        at::Generator torch_gen = at::detail::createCPUGenerator(42 + i);
        QVERIFY(at::equal(a[i].unsqueeze(0), at::randn({1, 4, 8, 8}, torch_gen)));
        QVERIFY(at::equal(b[i].unsqueeze(0), at::randn({1, 4, 8, 8}, torch_gen)));
    }
    Generators nv = make_generators({42, 43}, NoiseSource::NV);
    QVERIFY(!at::equal(randn_tensor({2, 4, 8, 8}, nv), a));
}

void CommonPhilox::noise_source_names() {
    QCOMPARE(parse_noise_source("NV"), NoiseSource::NV);
    QCOMPARE(parse_noise_source("gpu"), NoiseSource::GPU);
    QCOMPARE(parse_noise_source("Cpu"), NoiseSource::CPU);
    QCOMPARE(std::string(noise_source_name(NoiseSource::NV)), std::string("NV"));
    bool threw = false;
    try {
        parse_noise_source("cuda");
    } catch (const Error& e) {
        threw = std::string(e.what()).find("cpu, gpu or nv") != std::string::npos;
    }
    QVERIFY(threw);
}

QTEST_GUILESS_MAIN(CommonPhilox)
#include "test_common_philox.moc"
