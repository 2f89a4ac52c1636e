// Tiled VAE decoding (diffusers' tiled_decode): tiles land where they belong and cover the image
// exactly, the overlap blend is a cross-fade, and a real VAE decodes each tile on its own.
// When tiling happens: Off never, On above one tile, Auto only when memory calls for it.
#include "common/error.h"
#include "nn/vae.h"
#include "nn/vae_tiling.h"
#include "support/fixtures.h"

#include <ATen/ATen.h>
#include <QtTest>

#include <cmath>

using namespace stipple;
using namespace stipple::nn;

namespace {

// A decoder that is purely local (nearest 8x upsampling of 3 channels): tiling must not change it.
at::Tensor upsample_decode(const at::Tensor& z) {
    return at::upsample_nearest2d(z.narrow(1, 0, 3), {z.size(2) * 8, z.size(3) * 8});
}

}  // namespace

class TestNnVaeTiling : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void layoutFollowsDiffusers() {
        const VaeTileLayout sd = vae_tile_layout(512, 8);  // SD 1.5's VAE
        QCOMPARE(sd.tile_latent, int64_t{64});
        QCOMPARE(sd.stride_latent, int64_t{48});
        QCOMPARE(sd.tile_pixels, int64_t{512});
        QCOMPARE(sd.blend_pixels, int64_t{128});
        const VaeTileLayout xl = vae_tile_layout(1024, 8);  // SDXL's
        QCOMPARE(xl.tile_latent, int64_t{128});
        QCOMPARE(xl.stride_latent, int64_t{96});
    }

    void tilesCoverTheImageExactly_data() {
        QTest::addColumn<int>("h");
        QTest::addColumn<int>("w");
        QTest::newRow("128x128 latent (1024px)") << 128 << 128;
        QTest::newRow("100x72 latent, ragged edges") << 100 << 72;
        QTest::newRow("64x200 latent, one row") << 64 << 200;
    }
    void tilesCoverTheImageExactly() {
        QFETCH(int, h);
        QFETCH(int, w);
        auto gen = at::detail::createCPUGenerator(3);
        const at::Tensor z = at::randn({2, 4, h, w}, gen);
        int calls = 0, oversized = 0;
        const at::Tensor tiled = tiled_decode(z, vae_tile_layout(512, 8), [&](const at::Tensor& t) -> at::Tensor {
            ++calls;
            if (t.size(2) > 64 || t.size(3) > 64) ++oversized;
            return upsample_decode(t);
        });
        QCOMPARE(oversized, 0);
        const at::Tensor whole = upsample_decode(z);
        QCOMPARE(tiled.sizes().vec(), whole.sizes().vec());
        // Overlaps hold the same pixels, so the cross-fade reproduces them (to rounding).
        QVERIFY((tiled - whole).abs().max().item<double>() < 1e-5);
        const int rows = (h + 47) / 48, cols = (w + 47) / 48;
        QCOMPARE(calls, rows * cols);
    }

    void overlapIsALinearCrossFade() {
        // Two tiles side by side that decode to constants 0 and 1: across the 128px overlap the
        // result ramps 0 -> 1 as diffusers' blend_h does (weight x/128 at overlap column x).
        const at::Tensor z = at::zeros({1, 4, 8, 112});  // 112 latent columns: tiles at 0 and 48
        int index = 0;
        const at::Tensor out = tiled_decode(z, vae_tile_layout(512, 8), [&](const at::Tensor& t) {
            return at::full({1, 3, t.size(2) * 8, t.size(3) * 8}, static_cast<double>(index++ ? 1 : 0));
        });
        QCOMPARE(out.size(3), int64_t{112 * 8});
        // Tile 2 starts at pixel 384 (48 latents); its first 128 columns are blended.
        for (int x : {0, 32, 64, 127}) {
            const double v = out[0][0][0][384 + x].item<double>();
            QVERIFY2(std::abs(v - x / 128.0) < 1e-6, qPrintable(QString("column %1: %2").arg(x).arg(v)));
        }
        QCOMPARE(out[0][0][0][383].item<double>(), 0.0);
        QCOMPARE(out[0][0][0][384 + 128].item<double>(), 1.0);
    }

    void whenToTile() {
        const VaeTileLayout l = vae_tile_layout(512, 8);
        QVERIFY(!should_tile(VaeTilingMode::Off, int64_t{1} << 50, 256, 256, l));
        QVERIFY(should_tile(VaeTilingMode::On, 0, 128, 64, l));
        QVERIFY(!should_tile(VaeTilingMode::On, 0, 64, 64, l));  // one tile: nothing to split
        QVERIFY(!should_tile(VaeTilingMode::Auto, 1000, 128, 128, l));
        QVERIFY(should_tile(VaeTilingMode::Auto, int64_t{1} << 50, 128, 128, l));
        // SD 1.5 at 1024x1024 in fp32: 9 x 1024^2 x 128 channels x 4 bytes = 4.5 GiB (measured 4.4).
        QCOMPARE(whole_decode_bytes(1, 128, 128, 8, 128, 4), int64_t{9} << 29);
        QCOMPARE(parse_vae_tiling("on"), VaeTilingMode::On);
        QVERIFY_THROWS_EXCEPTION(Error, parse_vae_tiling("yes"));
    }

    void realVaeDecodesTileByTile() {
        STIPPLE_REQUIRE_SHARED();
        // tiny-sd15's VAE: sample_size 128, scale 8 -> 16-latent tiles of 128 px, kept 96 px each.
        auto vae = load_vae(test::shared_path("fixtures/models/tiny-sd15/vae"));
        auto gen = at::detail::createCPUGenerator(5);
        const at::Tensor z = at::randn({1, 4, 40, 40}, gen);
        vae->set_tiling(VaeTilingMode::Off);
        const at::Tensor whole = vae->decode(z);
        const at::Tensor first_tile = vae->decode(z.narrow(2, 0, 16).narrow(3, 0, 16).contiguous());
        vae->set_tiling(VaeTilingMode::On);
        const at::Tensor tiled = vae->decode(z);
        QCOMPARE(tiled.sizes().vec(), whole.sizes().vec());
        QVERIFY(at::isfinite(tiled).all().item<bool>());
        // The top-left 96x96 pixels are the first tile's own decode (no blend reaches them).
        QVERIFY(at::equal(tiled.narrow(2, 0, 96).narrow(3, 0, 96), first_tile.narrow(2, 0, 96).narrow(3, 0, 96)));
        // Each tile normalises and attends over itself only, so pixels differ from a whole decode:
        // by how much depends on the VAE (random weights here); reported, not asserted.
        const double psnr = 10 * std::log10(4.0 / (tiled - whole).pow(2).mean().item<double>());
        qInfo("tiny-sd15 VAE (random weights), 3x3 tiles vs whole decode: PSNR %.1f dB", psnr);
    }
};

QTEST_APPLESS_MAIN(TestNnVaeTiling)
#include "test_nn_vae_tiling.moc"
