// The original-layout writer (tests/support/original_layout.h) is the exact inverse of the
// single-file reader: a tiny fixture folder written in the A1111 layout and read back gives the
// folder's tensors bit for bit, with the keys and shapes of the fixtures' key maps, and tiny-sdxl's
// written file equals the one diffusers' own conversion script made, tensor for tensor.
#include "common/error.h"
#include "io/json_file.h"
#include "io/safetensors.h"
#include "io/single_file.h"
#include "io/state_dict.h"
#include "support/fixtures.h"
#include "support/original_layout.h"
#include "support/error_text.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <functional>
#include <set>
#include <tuple>

using namespace stipple;
using stipple::test::error_of;
using nlohmann::json;

namespace {

std::string fixture(const std::string& relative) {
    return test::shared_path(QString::fromStdString("fixtures/" + relative));
}

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

StateDict component(const std::string& model, const std::string& name) {
    const std::string dir = fixture("models/" + model + "/" + name);
    if (!std::filesystem::is_directory(dir)) return {};
    const bool text = name.rfind("text_encoder", 0) == 0;
    return read_state_dict(dir + (text ? "/model.safetensors" : "/diffusion_pytorch_model.safetensors"));
}

test::DiffusersWeights folder(const std::string& model) {
    return {component(model, "unet"), component(model, "vae"), component(model, "text_encoder"),
            component(model, "text_encoder_2")};
}

// "" or the first difference: same keys (position_ids buffers are not weights: the reader drops
// them), same dtype, shape and bits.
std::string compare(const StateDict& got, const StateDict& want, const std::string& what) {
    size_t expected = 0;
    for (const auto& [k, e] : want) {
        if (ends_with(k, "position_ids")) continue;
        ++expected;
        auto it = got.find(k);
        if (it == got.end()) return what + ": '" + k + "' missing after the round trip";
        if (it->second.scalar_type() != e.scalar_type() || it->second.sizes() != e.sizes() ||
            !at::equal(it->second, e))
            return what + ": '" + k + "' differs after the round trip";
    }
    if (got.size() != expected) return what + ": " + std::to_string(got.size() - expected) + " keys too many";
    return "";
}

// The keys the key map lists that genuine checkpoints do not have: diffusers' conversion script
// passed the HF position_ids buffer of OpenCLIP towers through under a made-up name
// (fixtures/README.md, "Files a loader must also tolerate"). The writer leaves them out.
const std::set<std::string> kScriptOnlyKeys = {
    "cond_stage_model.model.transformer.text_model.embeddings.position_ids",
    "conditioner.embedders.1.model.text_model.embeddings.position_ids"};

}  // namespace

class OriginalLayoutTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writeThenReadIsTheIdentity_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("family");
        QTest::newRow("tiny-sd15") << "tiny-sd15" << int(ModelFamily::SD1);
        QTest::newRow("tiny-sd2v") << "tiny-sd2v" << int(ModelFamily::SD2);
        QTest::newRow("tiny-sdxl") << "tiny-sdxl" << int(ModelFamily::SDXL);
    }
    void writeThenReadIsTheIdentity() {
        STIPPLE_REQUIRE_SHARED();
        QFETCH(QString, model);
        QFETCH(int, family);
        const std::string name = model.toStdString();
        const test::DiffusersWeights weights = folder(name);
        const test::OriginalLayout layout = test::to_original_layout(ModelFamily(family), weights);

        QTemporaryDir dir;
        const std::string path = dir.filePath(model + ".safetensors").toStdString();
        write_safetensors(path, {layout.begin(), layout.end()});
        const SingleFileComponents back = read_single_file(path);
        QCOMPARE(int(back.family), family);
        for (const auto& [got, want, what] :
             {std::tuple{&back.unet, &weights.unet, "unet"}, std::tuple{&back.vae, &weights.vae, "vae"},
              std::tuple{&back.text_encoder, &weights.text_encoder, "text_encoder"},
              std::tuple{&back.text_encoder_2, &weights.text_encoder_2, "text_encoder_2"}}) {
            const std::string problem = compare(*got, *want, what);
            QVERIFY2(problem.empty(), problem.c_str());
        }
        QVERIFY(!back.unet.empty() && !back.vae.empty() && !back.text_encoder.empty());
        QCOMPARE(back.text_encoder_2.empty(), family != int(ModelFamily::SDXL));

        // The key map's keys (minus the script-only ones), each with its shape and dtype.
        const json keymap = read_json_file(fixture("models/single-file/" + name + ".keymap.json"));
        std::set<std::string> missing, extra;
        for (const auto& [key, entry] : keymap.at("keys").items()) {
            auto it = layout.find(key);
            if (it == layout.end()) {
                if (!kScriptOnlyKeys.count(key)) missing.insert(key);
                continue;
            }
            QCOMPARE(it->second.sizes().vec(), entry.at("shape").get<std::vector<int64_t>>());
            const bool int64 = entry.at("dtype") == "int64";
            QCOMPARE(it->second.scalar_type(), int64 ? at::kLong : at::kFloat);
        }
        for (const auto& [key, t] : layout)
            if (!keymap.at("keys").contains(key)) extra.insert(key);
        QVERIFY2(missing.empty(), ("not written: " + (missing.empty() ? "" : *missing.begin())).c_str());
        QVERIFY2(extra.empty(), ("not in the key map: " + (extra.empty() ? "" : *extra.begin())).c_str());
        QCOMPARE(layout.size() + (family == int(ModelFamily::SD1) ? 0 : 1), keymap.at("num_keys").get<size_t>());
    }

    // tiny-sdxl.safetensors was made by diffusers' convert_diffusers_to_original_sdxl.py (plus the
    // fixes of diffusers PR #6933): the writer gives the same tensor under every key.
    void sdxlEqualsDiffusersScriptOutput() {
        STIPPLE_REQUIRE_SHARED();
        const test::OriginalLayout layout = test::to_original_layout(ModelFamily::SDXL, folder("tiny-sdxl"));
        auto file = SafetensorsFile::open(fixture("models/single-file/tiny-sdxl.safetensors"));
        size_t compared = 0;
        for (const auto& e : file->entries()) {
            if (kScriptOnlyKeys.count(e.name)) continue;
            auto it = layout.find(e.name);
            QVERIFY2(it != layout.end(), ("not written: " + e.name).c_str());
            const at::Tensor want = file->tensor(e.name);
            QVERIFY2(it->second.scalar_type() == want.scalar_type() && it->second.sizes() == want.sizes() &&
                         at::equal(it->second, want),
                     ("differs from the script's file: " + e.name).c_str());
            ++compared;
        }
        QCOMPARE(compared, layout.size());
        QCOMPARE(compared, size_t(902));
    }

    void unknownDiffusersKeyIsNamed() {
        STIPPLE_REQUIRE_SHARED();
        for (const std::string bad : {"down_blocks.0.resnets.0.norm3.weight", "mid_block.attentions.1.norm.weight",
                                      "up_blocks.0.upsamplers.1.conv.weight", "something_else"}) {
            test::DiffusersWeights weights = folder("tiny-sd15");
            weights.unet.emplace(bad, at::zeros({2}));
            const std::string message = error_of([&] { test::to_original_layout(ModelFamily::SD1, weights); });
            QVERIFY2(message.find("'" + bad + "'") != std::string::npos, (bad + ": " + message).c_str());
        }
        test::DiffusersWeights weights = folder("tiny-sd2v");
        weights.text_encoder.erase("text_model.encoder.layers.2.self_attn.k_proj.bias");
        const std::string message = error_of([&] { test::to_original_layout(ModelFamily::SD2, weights); });
        QVERIFY2(message.find("layer 2") != std::string::npos && message.find("bias") != std::string::npos,
                 message.c_str());
    }
};

QTEST_GUILESS_MAIN(OriginalLayoutTest)
#include "test_io_original_layout.moc"
