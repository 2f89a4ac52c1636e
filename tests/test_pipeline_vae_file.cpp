// A separate VAE file (A1111's "SD VAE", --vae): read in the original CompVis layout (bare or under
// first_stage_model.) and in the diffusers layout to the same weights; used for decoding instead
// of the model's own; named in the infotext as A1111 writes it ("VAE hash", "VAE"); a file that is
// not a VAE, or a VAE of the wrong shape, is a one-line error.
#include "common/error.h"
#include "image/infotext.h"
#include "io/model_hash.h"
#include "io/safetensors.h"
#include "io/state_dict.h"
#include "io/vae_file.h"
#include "io/json_file.h"
#include "pipeline/pipeline.h"
#include "service/generation_service.h"
#include "support/fixtures.h"
#include "support/error_text.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <functional>

using namespace stipple;
using stipple::test::error_of;

namespace {

std::string model_dir() { return test::shared_path("fixtures/models/tiny-sd15"); }
std::string folder_vae() { return model_dir() + "/vae/diffusion_pytorch_model.safetensors"; }

// tiny-sd15's VAE under its original single-file keys (the fixture's key map, read backwards),
// with `prefix` ("" or "first_stage_model.") in front.
std::vector<std::pair<std::string, at::Tensor>> original_layout_vae(const std::string& prefix) {
    const nlohmann::json keymap = nlohmann::json::parse(
        std::ifstream(test::shared_path("fixtures/models/single-file/tiny-sd15.keymap.json")));
    const StateDict vae = read_state_dict(folder_vae());
    std::vector<std::pair<std::string, at::Tensor>> out;
    for (const auto& [key, entry] : keymap.at("keys").items()) {
        if (entry.at("component") != "vae") continue;
        const std::string diffusers = entry.at("diffusers_keys").at(0);
        const std::vector<int64_t> shape = entry.at("shape");
        out.emplace_back(prefix + key.substr(std::string("first_stage_model.").size()),
                         vae.at(diffusers).reshape(shape).contiguous());
    }
    return out;
}

GenerationRequest small_request() {
    GenerationRequest r;
    r.prompt = "a red apple";
    r.seeds = {7};
    r.steps = 2;
    r.guidance_scale = 5;
    r.width = r.height = 64;
    return r;
}

Image generate_with(const std::string& vae_path) {
    PipelineOptions o;
    o.dtype = DType::Float32;
    o.vae_path = vae_path;
    return Pipeline::load(model_dir(), o)->generate(small_request()).images.at(0);
}

}  // namespace

class VaeFileTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bothLayoutsReadToTheSameWeights() {
        STIPPLE_REQUIRE_SHARED();
        QTemporaryDir dir;
        const StateDict expected = read_state_dict(folder_vae());
        for (const std::string prefix : {"", "first_stage_model."}) {
            const std::string path = dir.filePath(QString::fromStdString("vae-" + std::to_string(prefix.size()) + ".safetensors")).toStdString();
            write_safetensors(path, original_layout_vae(prefix));
            const StateDict got = read_vae_file(path);
            QCOMPARE(got.size(), expected.size());
            for (const auto& [k, v] : expected) {
                QVERIFY2(got.count(k), ("missing " + k).c_str());
                QVERIFY2(at::equal(got.at(k), v), ("differs: " + k).c_str());
            }
        }
        QCOMPARE(read_vae_file(folder_vae()).size(), expected.size());
    }

    void theChosenVaeDecodesAndIsNamedInTheInfotext() {
        STIPPLE_REQUIRE_SHARED();
        QTemporaryDir dir;
        // The model's own VAE given as a file: the very same pixels.
        const std::string same = dir.filePath("own-vae.safetensors").toStdString();
        write_safetensors(same, original_layout_vae(""));
        const Image reference = generate_with("");
        QVERIFY(generate_with(same).rgb == reference.rgb);
        // A VAE whose decoder output is shifted: the picture changes (it is really used).
        auto shifted = original_layout_vae("");
        for (auto& [k, t] : shifted)
            if (k == "decoder.conv_out.bias") t = t + 0.5;
        const std::string other = dir.filePath("bright-vae.safetensors").toStdString();
        write_safetensors(other, shifted);
        const Image brighter = generate_with(other);
        QVERIFY(brighter.rgb != reference.rgb);
        double sum_ref = 0, sum_new = 0;
        for (size_t i = 0; i < reference.rgb.size(); ++i) sum_ref += reference.rgb[i], sum_new += brighter.rgb[i];
        QVERIFY(sum_new > sum_ref);

        GenerationService service;
        LoadSettings settings;
        settings.options.vae_path = other;
        service.load(model_dir(), settings);
        const GenerationRequest r = small_request();
        const GenerationResult result = service.pipeline().generate(r);
        const Infotext text = parse_infotext(service.parameters(r, result, 0));
        QCOMPARE(text.get("VAE").value_or(""), std::string("bright-vae.safetensors"));
        QCOMPARE(text.get("VAE hash").value_or(""), model_hash(other));
        QCOMPARE(model_hash(other).size(), size_t(10));
        // Without a VAE file, no VAE keys (A1111 leaves them out for the model's own).
        service.load(model_dir(), LoadSettings{});
        const Infotext plain = parse_infotext(service.parameters(r, service.pipeline().generate(r), 0));
        QVERIFY(!plain.get("VAE").has_value());
    }

    void wrongFilesAreOneLineErrors() {
        STIPPLE_REQUIRE_SHARED();
        const std::string unet = model_dir() + "/unet/diffusion_pytorch_model.safetensors";
        const std::string e1 = error_of([&] { read_vae_file(unet); });
        QVERIFY2(e1.find("is not a VAE file") != std::string::npos, e1.c_str());
        QVERIFY(error_of([&] { read_vae_file("/nonexistent/vae.safetensors"); }).find("/nonexistent/vae.safetensors") !=
                std::string::npos);
        QVERIFY(error_of([&] { read_vae_file("/m/vae.pt"); }).find("pickle") != std::string::npos);
        // A VAE of another width: the load names the file, nothing is half-loaded.
        QTemporaryDir dir;
        auto wide = original_layout_vae("");
        for (auto& [k, t] : wide)
            if (k == "decoder.conv_out.weight") t = at::cat({t, t}, 1);
        const std::string path = dir.filePath("wide.safetensors").toStdString();
        write_safetensors(path, wide);
        const std::string e2 = error_of([&] { generate_with(path); });
        QVERIFY2(e2.find("wide.safetensors") != std::string::npos, e2.c_str());
        QVERIFY(e2.find('\n') == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(VaeFileTest)
#include "test_pipeline_vae_file.moc"
