// TAESD encoder/decoder against the reference outputs of madebyollin/taesd (assets/taesd/reference),
// BF16 widening on load, and the latent -> RGB linear preview.
#include "common/error.h"
#include "io/safetensors.h"
#include "nn/latent_preview.h"
#include "nn/taesd.h"
#include "support/fixtures.h"
#include "support/tensor_checks.h"

#include <QDir>
#include <QtGui/QImage>  // needs Qt6::Gui linked into this test
#include <QtTest>

#include <cmath>

using namespace stipple;

namespace {

std::string asset(const QString& relative) { return test::shared_path(QStringLiteral("assets/") + relative); }

// SD files: the F32 conversions; SDXL: only the upstream BF16 files exist.
std::string weights_for(const QString& reference, const char* part) {
    const bool xl = reference.startsWith(QStringLiteral("taesdxl_"));
    return xl ? asset(QStringLiteral("taesd/upstream_bf16/taesdxl_%1.safetensors").arg(QLatin1String(part)))
              : asset(QStringLiteral("taesd/taesd_%1.safetensors").arg(QLatin1String(part)));
}

// 8-bit RGB PNG -> float [1,3,H,W] in [0,1] (uint8 / 255).
at::Tensor load_png_01(const std::string& path) {
    QImage image(QString::fromStdString(path));
    if (image.isNull()) return {};
    image = image.convertToFormat(QImage::Format_RGB888);
    const int h = image.height(), w = image.width();
    at::Tensor t = at::empty({h, w, 3}, at::kByte);
    for (int y = 0; y < h; ++y) std::memcpy(t[y].data_ptr(), image.constScanLine(y), static_cast<size_t>(w) * 3);
    return t.permute({2, 0, 1}).unsqueeze(0).to(at::kFloat) / 255.0;
}

double psnr01(const at::Tensor& a, const at::Tensor& b) {
    const double mse = (a.to(at::kDouble).clamp(0, 1) - b.to(at::kDouble)).pow(2).mean().item<double>();
    return 10.0 * std::log10(1.0 / mse);
}

}  // namespace

class TestNnTaesd : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { STIPPLE_REQUIRE_SHARED(); }

    void decoder_matches_reference_data() {
        QTest::addColumn<QString>("reference");
        const QDir dir(QString::fromStdString(asset(QStringLiteral("taesd/reference"))));
        for (const QString& file : dir.entryList({QStringLiteral("*.safetensors")}, QDir::Files, QDir::Name)) {
            auto f = SafetensorsFile::open(dir.filePath(file).toStdString());
            if (f->contains("latent") && f->contains("image"))
                QTest::newRow(qPrintable(file)) << file.chopped(12);
        }
    }

    void decoder_matches_reference() {
        QFETCH(QString, reference);
        const bool xl = reference.startsWith(QStringLiteral("taesdxl_"));
        auto f = SafetensorsFile::open(asset(QStringLiteral("taesd/reference/") + reference + ".safetensors"));
        auto decoder = load_taesd_decoder(weights_for(reference, "decoder"));
        QCOMPARE(decoder->dtype(), at::kFloat);
        at::Tensor image = decoder->forward(f->tensor("latent"));
        auto c = test::allclose(image, f->tensor("image"), xl ? 5e-4 : 1e-4, 0.0, reference.toStdString() + " image");
        qDebug("%s", c.message.c_str());
        STIPPLE_VERIFY_CMP(c);
    }

    void encoder_matches_reference_data() {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("photo");
        QTest::newRow("taesd_astronaut") << "taesd_astronaut" << "astronaut_512.png";
        QTest::newRow("taesd_coffee") << "taesd_coffee" << "coffee_512.png";
        QTest::newRow("taesdxl_astronaut") << "taesdxl_astronaut" << "astronaut_512.png";
    }

    void encoder_matches_reference() {
        QFETCH(QString, reference);
        QFETCH(QString, photo);
        const bool xl = reference.startsWith(QStringLiteral("taesdxl_"));
        at::Tensor rgb = load_png_01(asset(QStringLiteral("images/") + photo));
        QVERIFY2(rgb.defined(), "cannot read the photo");
        QCOMPARE(rgb.sizes().vec(), (std::vector<int64_t>{1, 3, 512, 512}));
        auto f = SafetensorsFile::open(asset(QStringLiteral("taesd/reference/") + reference + ".safetensors"));

        auto encoder = load_taesd_encoder(weights_for(reference, "encoder"));
        at::Tensor latent = encoder->forward(rgb);
        auto c = test::allclose(latent, f->tensor("latent"), xl ? 2e-3 : 5e-4, 0.0, reference.toStdString() + " latent");
        qDebug("%s", c.message.c_str());
        STIPPLE_VERIFY_CMP(c);

        // Round trip: about 25-28 dB as documented (10 dB would mean a wrong convention).
        auto decoder = load_taesd_decoder(weights_for(reference, "decoder"));
        const double psnr = psnr01(decoder->forward(latent), rgb);
        qDebug("%s reconstruction PSNR %.2f dB", qPrintable(reference), psnr);
        QVERIFY(psnr > 24.0 && psnr < 30.0);
    }

    // The upstream BF16 file, widened on load, gives exactly the F32 file's weights and outputs.
    void bf16_file_widens_exactly() {
        auto f32 = load_taesd_decoder(asset(QStringLiteral("taesd/taesd_decoder.safetensors")));
        auto bf16 = load_taesd_decoder(asset(QStringLiteral("taesd/upstream_bf16/taesd_decoder.safetensors")));
        auto a = f32->named_parameters();
        auto b = bf16->named_parameters();
        QCOMPARE(a.size(), b.size());
        for (const auto& p : a) {
            QCOMPARE(b[p.key()].scalar_type(), at::kFloat);
            QVERIFY2(at::equal(p.value(), b[p.key()]), p.key().c_str());
        }
        // bf16 compute: PSNR against the fp32 reference (documented ~46 dB for this case).
        auto ref = SafetensorsFile::open(asset(QStringLiteral("taesd/reference/taesd_dec_seed0_64x64.safetensors")));
        auto dec16 = load_taesd_decoder(asset(QStringLiteral("taesd/taesd_decoder.safetensors")), at::kBFloat16);
        at::Tensor img = dec16->forward(ref->tensor("latent"));
        const double psnr = psnr01(img.to(at::kFloat).clamp(0, 1), ref->tensor("image").clamp(0, 1));
        qDebug("TAESD decoder bf16 compute: PSNR %.1f dB vs fp32 reference", psnr);
        QVERIFY(psnr > 40.0);
    }

    void errors() {
        auto decoder = load_taesd_decoder(asset(QStringLiteral("taesd/taesd_decoder.safetensors")));
        QVERIFY_THROWS_EXCEPTION(Error, decoder->forward(at::zeros({1, 3, 8, 8})));
        // An encoder file is not a decoder: strict loading names the file.
        QVERIFY_THROWS_EXCEPTION(Error, load_taesd_decoder(asset(QStringLiteral("taesd/taesd_encoder.safetensors"))));
        QVERIFY_THROWS_EXCEPTION(Error, load_taesd_decoder("/nonexistent/taesd_decoder.safetensors"));
    }

    // Linear previews: shapes, range, and agreement in colour with the TAESD decode of a photo.
    void latent_preview() {
        auto f = SafetensorsFile::open(asset(QStringLiteral("taesd/reference/taesd_astronaut.safetensors")));
        at::Tensor latent = f->tensor("latent");
        at::Tensor rgb = latent_to_rgb(latent, ModelFamily::SD1);
        QCOMPARE(rgb.sizes().vec(), (std::vector<int64_t>{1, 3, 64, 64}));
        QVERIFY(rgb.min().item<float>() >= 0.0f && rgb.max().item<float>() <= 1.0f);
        at::Tensor u8 = latent_to_rgb_u8(latent, ModelFamily::SDXL);
        QCOMPARE(u8.sizes().vec(), (std::vector<int64_t>{1, 64, 64, 3}));
        QCOMPARE(u8.scalar_type(), at::kByte);
        // One pixel by hand: (sum_c latent_c * factor_c,r + 1) / 2 for SD1 red.
        const float l[4] = {latent[0][0][10][20].item<float>(), latent[0][1][10][20].item<float>(),
                            latent[0][2][10][20].item<float>(), latent[0][3][10][20].item<float>()};
        const float red = (0.3512f * l[0] + 0.3250f * l[1] - 0.2829f * l[2] - 0.2120f * l[3] + 1.0f) / 2.0f;
        QVERIFY(std::abs(std::clamp(red, 0.0f, 1.0f) - rgb[0][0][10][20].item<float>()) < 1e-5f);
        // The preview resembles the downscaled photo (correlation per channel).
        at::Tensor photo = at::avg_pool2d(f->tensor("image").clamp(0, 1), 8);
        for (int ch = 0; ch < 3; ++ch) {
            at::Tensor a = rgb[0][ch].flatten().to(at::kDouble), b = photo[0][ch].flatten().to(at::kDouble);
            a = a - a.mean();
            b = b - b.mean();
            const double corr = (a * b).sum().item<double>() / (a.norm() * b.norm()).item<double>();
            qDebug("latent preview vs photo, channel %d: correlation %.3f", ch, corr);
            QVERIFY(corr > 0.7);
        }
        QCOMPARE(parse_model_family("sdxl"), ModelFamily::SDXL);
        QVERIFY_THROWS_EXCEPTION(Error, parse_model_family("flux"));
        QVERIFY_THROWS_EXCEPTION(Error, latent_to_rgb(at::zeros({1, 16, 8, 8}), ModelFamily::SD1));
    }
};

QTEST_GUILESS_MAIN(TestNnTaesd)
#include "test_nn_taesd.moc"
