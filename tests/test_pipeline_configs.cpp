// The published full-size configs shipped in resources/configs build models with exactly the
// published parameter counts (the architecture code is right at full size, not only tiny size).
// Parameters are allocated but never touched, so this needs no real memory.
#include "io/json_file.h"
#include "nn/unet.h"
#include "nn/vae.h"
#include "support/fixtures.h"
#include "text/clip_text_config.h"
#include "text/clip_text_model.h"

#include <QtTest>

using namespace stipple;

namespace {

int64_t count(const torch::nn::Module& m) {
    int64_t n = 0;
    for (const auto& p : m.parameters(true)) n += p.numel();
    return n;
}

std::string config(const QString& model, const QString& file) {
    return test::source_path("resources/configs/" + model + "/" + file);
}

}  // namespace

class PipelineConfigsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void publishedParameterCounts_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<qint64>("unet");
        QTest::addColumn<qint64>("text");
        QTest::addColumn<qint64>("text2");
        QTest::newRow("sd15") << "stable-diffusion-v1-5" << qint64(859520964) << qint64(123060480) << qint64(0);
        QTest::newRow("sd21") << "stable-diffusion-2-1" << qint64(865910724) << qint64(340387840) << qint64(0);
        QTest::newRow("sd-turbo") << "sd-turbo" << qint64(865910724) << qint64(340387840) << qint64(0);
        QTest::newRow("sdxl") << "stable-diffusion-xl-base-1.0" << qint64(2567463684) << qint64(123060480)
                              << qint64(694659840);
        QTest::newRow("sdxl-turbo") << "sdxl-turbo" << qint64(2567463684) << qint64(123060480) << qint64(694659840);
    }
    void publishedParameterCounts() {
        QFETCH(QString, model);
        QFETCH(qint64, unet);
        QFETCH(qint64, text);
        QFETCH(qint64, text2);
        QCOMPARE(count(*UNet2DConditionModel(read_unet_config(config(model, "unet/config.json")))), unet);
        QCOMPARE(count(*AutoencoderKL(read_vae_config(config(model, "vae/config.json")))), qint64(83653863));
        QCOMPARE(count(CLIPTextModel(load_clip_text_config(config(model, "text_encoder/config.json")))), text);
        if (text2)
            QCOMPARE(count(CLIPTextModel(load_clip_text_config(config(model, "text_encoder_2/config.json")))), text2);
    }
};

QTEST_GUILESS_MAIN(PipelineConfigsTest)
#include "test_pipeline_configs.moc"
