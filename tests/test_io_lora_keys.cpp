// LoRA module names -> model weights: the original (LDM/SGM) UNet names kohya's SDXL LoRAs use
// agree with the fixtures' own key maps (written by the fixture scripts, not by Stipple) for every
// UNet weight of tiny-sd15 and tiny-sdxl, and each naming convention finds its weight.
#include "io/json_file.h"
#include "io/lora_keys.h"
#include "io/safetensors.h"
#include "support/fixtures.h"

#include <QtTest>

#include <algorithm>

using namespace stipple;

namespace {

WeightShapes shapes(const std::string& path) {
    WeightShapes out;
    if (path.empty()) return out;
    const auto file = SafetensorsFile::open(path);
    for (const auto& e : file->entries()) out.emplace_back(e.name, e.shape);
    return out;
}

std::string model_file(const std::string& model, const std::string& component) {
    return test::shared_path(QString::fromStdString(
        "fixtures/models/" + model + "/" + component +
        (component == "unet" ? "/diffusion_pytorch_model.safetensors" : "/model.safetensors")));
}

LoraTargetIndex index_of(const std::string& model, bool sdxl) {
    return LoraTargetIndex(shapes(model_file(model, "unet")), shapes(model_file(model, "text_encoder")),
                           sdxl ? shapes(model_file(model, "text_encoder_2")) : WeightShapes{});
}

std::string underscored(std::string s) {
    std::replace(s.begin(), s.end(), '.', '_');
    return s;
}

}  // namespace

class IoLoraKeysTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void original_unet_names_match_the_fixture_key_maps_data() {
        QTest::addColumn<QString>("model");
        QTest::newRow("tiny-sd15") << "tiny-sd15";
        QTest::newRow("tiny-sdxl") << "tiny-sdxl";
    }
    void original_unet_names_match_the_fixture_key_maps() {
        STIPPLE_REQUIRE_SHARED();
        QFETCH(QString, model);
        const nlohmann::json map = read_json_file(test::shared_path("fixtures/models/single-file/" + model + ".keymap.json"));
        const LoraTargetIndex index = index_of(model.toStdString(), model == "tiny-sdxl");
        int checked = 0;
        for (const auto& [key, entry] : map.at("keys").items()) {
            const std::string suffix = ".weight";
            if (entry.at("component") != "unet" || entry.at("diffusers_keys").size() != 1 || key.size() <= suffix.size() ||
                key.compare(key.size() - suffix.size(), suffix.size(), suffix) != 0)
                continue;
            const std::string original = key.substr(std::string("model.diffusion_model.").size(),
                                                    key.size() - std::string("model.diffusion_model.").size() - suffix.size());
            const std::string diffusers = entry.at("diffusers_keys")[0];
            const auto target = index.find("lora_unet_" + underscored(original));
            QVERIFY2(target, original.c_str());
            QCOMPARE(target->weight_key, diffusers);
            QVERIFY(target->component == LoraComponent::Unet);
            ++checked;
        }
        QVERIFY(checked > 100);
    }

    void every_convention_finds_its_weight() {
        STIPPLE_REQUIRE_SHARED();
        const LoraTargetIndex sd = index_of("tiny-sd15", false);
        const std::string to_q = "down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_q";
        const std::string q_proj = "text_model.encoder.layers.0.self_attn.q_proj";
        auto finds = [](const LoraTargetIndex& index, const std::string& module, LoraComponent c, const std::string& key) {
            const auto t = index.find(module);
            return t && t->component == c && t->weight_key == key;
        };
        QVERIFY(finds(sd, "lora_unet_" + underscored(to_q), LoraComponent::Unet, to_q + ".weight"));
        QVERIFY(finds(sd, "unet." + to_q, LoraComponent::Unet, to_q + ".weight"));
        QVERIFY(finds(sd, to_q, LoraComponent::Unet, to_q + ".weight"));
        QVERIFY(finds(sd, "unet.base_model.model." + to_q, LoraComponent::Unet, to_q + ".weight"));
        QVERIFY(finds(sd, "unet.down_blocks.0.attentions.0.transformer_blocks.0.attn1.processor.to_out",
                      LoraComponent::Unet, "down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_out.0.weight"));
        QVERIFY(finds(sd, "lora_te_" + underscored(q_proj), LoraComponent::TextEncoder, q_proj + ".weight"));
        QVERIFY(finds(sd, "text_encoder." + q_proj, LoraComponent::TextEncoder, q_proj + ".weight"));
        QVERIFY(!sd.find("lora_te1_" + underscored(q_proj)));  // SDXL's names have no target in SD 1.x
        QVERIFY(!sd.find("text_encoder_2." + q_proj));
        QVERIFY(!sd.find("lora_unet_" + underscored(to_q) + "_x"));
        const LoraTargetIndex xl = index_of("tiny-sdxl", true);
        QVERIFY(finds(xl, "lora_te1_" + underscored(q_proj), LoraComponent::TextEncoder, q_proj + ".weight"));
        QVERIFY(finds(xl, "lora_te2_" + underscored(q_proj), LoraComponent::TextEncoder2, q_proj + ".weight"));
        QVERIFY(finds(xl, "text_encoder_2." + q_proj, LoraComponent::TextEncoder2, q_proj + ".weight"));
        QVERIFY(!xl.find("lora_te_" + underscored(q_proj)));
    }
};

QTEST_GUILESS_MAIN(IoLoraKeysTest)
#include "test_io_lora_keys.moc"
