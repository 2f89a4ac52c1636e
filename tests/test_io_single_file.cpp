// Single-file checkpoints: tiny-sdxl.safetensors converts to exactly the diffusers folder's weights
// (bit for bit, zero-copy); tiny-sd15 / tiny-sd2v files rebuilt from their key maps convert back
// to their folders; pickle, unknown-key, truncated and non-checkpoint files give clear errors.
#include "common/error.h"
#include "io/json_file.h"
#include "io/safetensors.h"
#include "io/single_file.h"
#include "io/state_dict.h"
#include "support/fixtures.h"
#include "support/error_text.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>

using namespace stipple;
using stipple::test::error_of;
using nlohmann::json;

namespace {

const char* kComponents[] = {"unet", "vae", "text_encoder", "text_encoder_2"};

std::string fixture(const std::string& relative) {
    return test::shared_path(QString::fromStdString("fixtures/" + relative));
}

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The diffusers folder's weights of one component ("" when the model has no such component).
StateDict folder_weights(const std::string& model, const std::string& component) {
    const std::string dir = fixture("models/" + model + "/" + component);
    if (!std::filesystem::is_directory(dir)) return {};
    const bool text = component.rfind("text_encoder", 0) == 0;
    return read_state_dict(dir + (text ? "/model.safetensors" : "/diffusion_pytorch_model.safetensors"));
}

std::map<std::string, StateDict> folder(const std::string& model) {
    std::map<std::string, StateDict> out;
    for (const char* c : kComponents) out[c] = folder_weights(model, c);
    return out;
}

const StateDict& component_of(const SingleFileComponents& s, const std::string& name) {
    if (name == "unet") return s.unet;
    if (name == "vae") return s.vae;
    if (name == "text_encoder") return s.text_encoder;
    return s.text_encoder_2;
}

std::string shape_of(const at::Tensor& t) {
    std::ostringstream s;
    s << t.sizes();
    return s.str();
}

// Key sets equal (position_ids buffers are not weights and are dropped) and every tensor bit-identical.
// Returns "" or the first problem.
std::string compare_component(const StateDict& got, const StateDict& expected, const std::string& what) {
    std::set<std::string> want;
    for (const auto& [k, v] : expected)
        if (!ends_with(k, "position_ids")) want.insert(k);
    for (const auto& [k, v] : got)
        if (!want.count(k)) return what + ": unexpected key '" + k + "'";
    for (const auto& k : want) {
        auto it = got.find(k);
        if (it == got.end()) return what + ": missing key '" + k + "'";
        const at::Tensor& a = it->second;
        const at::Tensor& e = expected.at(k);
        if (a.scalar_type() != e.scalar_type()) return what + ": dtype differs at '" + k + "'";
        if (a.sizes() != e.sizes())
            return what + ": '" + k + "' has shape " + shape_of(a) + ", expected " + shape_of(e);
        if (!at::equal(a, e)) return what + ": '" + k + "' differs (max |diff| " +
                                         std::to_string((a - e).abs().max().item<double>()) + ")";
    }
    return "";
}

// Every key of the key map converts to its listed diffusers key(s), whose tensors equal the folder's.
std::string check_keymap(const json& keymap, const SingleFileComponents& got,
                         const std::map<std::string, StateDict>& expected) {
    for (const auto& [key, entry] : keymap.at("keys").items()) {
        const std::string comp = entry.at("component");
        for (const std::string dk : entry.at("diffusers_keys")) {
            if (ends_with(dk, "position_ids")) continue;
            const StateDict& c = component_of(got, comp);
            auto it = c.find(dk);
            if (it == c.end()) return key + " -> " + comp + "/" + dk + ": not produced";
            if (!at::equal(it->second, expected.at(comp).at(dk))) return key + " -> " + comp + "/" + dk + ": differs";
        }
    }
    return "";
}

// The single file the key map describes, rebuilt from the diffusers folder (the map in reverse).
std::vector<std::pair<std::string, at::Tensor>> synthetic_single_file(const json& keymap,
                                                                      std::map<std::string, StateDict>& weights) {
    std::vector<std::pair<std::string, at::Tensor>> out;
    for (const auto& [key, entry] : keymap.at("keys").items()) {
        StateDict& c = weights.at(entry.at("component").get<std::string>());
        const std::vector<std::string> dks = entry.at("diffusers_keys");
        const std::string transform = entry.at("transform");
        const std::vector<int64_t> shape = entry.at("shape");
        at::Tensor t;
        if (transform == "identity") {
            t = c.at(dks.at(0));
        } else if (transform.rfind("reshape:", 0) == 0) {
            t = c.at(dks.at(0)).reshape(shape);
        } else if (transform.rfind("concat dim 0", 0) == 0) {
            std::vector<at::Tensor> parts;
            for (const auto& dk : dks) parts.push_back(c.at(dk));
            t = at::cat(parts, 0);
        } else if (transform.rfind("transpose", 0) == 0) {
            t = c.at(dks.at(0)).t().contiguous();
        } else {
            throw std::runtime_error("unknown transform in key map: " + transform);
        }
        if (t.sizes().vec() != shape) throw std::runtime_error("key map shape mismatch at " + key);
        out.emplace_back(key, t);
    }
    return out;
}

}  // namespace

class SingleFileTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sdxlFileEqualsFolderBitForBit() {
        STIPPLE_REQUIRE_SHARED();
        const std::string path = fixture("models/single-file/tiny-sdxl.safetensors");
        const SingleFileComponents got = read_single_file(path);
        QCOMPARE(got.family, ModelFamily::SDXL);
        const auto expected = folder("tiny-sdxl");
        size_t total = 0;
        for (const char* c : kComponents) {
            const std::string problem = compare_component(component_of(got, c), expected.at(c), c);
            QVERIFY2(problem.empty(), problem.c_str());
            total += component_of(got, c).size();
        }
        QCOMPARE(got.unet.size(), size_t(616));
        QCOMPARE(got.vae.size(), size_t(176));
        QCOMPARE(got.text_encoder.size(), size_t(68));    // 69 file keys minus position_ids
        QCOMPARE(got.text_encoder_2.size(), size_t(53));  // 41 file weights, in_proj split in 3
        QCOMPARE(total, size_t(616 + 176 + 68 + 53));
        QCOMPARE(got.layout.unet_levels, 3);
        QCOMPARE(got.layout.unet_layers_per_block, 2);
        QCOMPARE(got.layout.vae_levels, 4);
        QCOMPARE(got.layout.text_encoder_layers, 4);
        QCOMPARE(got.layout.text_encoder_2_layers, 3);

        // The key map agrees: same key set as the file, every key -> its listed diffusers key(s).
        const json keymap = read_json_file(fixture("models/single-file/tiny-sdxl.keymap.json"));
        auto file = SafetensorsFile::open(path);
        std::set<std::string> file_keys, map_keys;
        for (const auto& e : file->entries()) file_keys.insert(e.name);
        for (const auto& [k, v] : keymap.at("keys").items()) map_keys.insert(k);
        QVERIFY(file_keys == map_keys);
        const std::string problem = check_keymap(keymap, got, expected);
        QVERIFY2(problem.empty(), problem.c_str());
    }

    void sdxlConversionIsZeroCopy() {
        STIPPLE_REQUIRE_SHARED();
        auto file = SafetensorsFile::open(fixture("models/single-file/tiny-sdxl.safetensors"));
        const SingleFileComponents got = read_single_file(file);
        // Every converted tensor points into one of the file's mapped tensors.
        std::map<uintptr_t, uintptr_t> ranges;  // begin -> end
        for (const auto& e : file->entries()) {
            at::Tensor t = file->tensor(e.name);
            const auto b = reinterpret_cast<uintptr_t>(t.data_ptr());
            ranges[b] = b + t.nbytes();
        }
        for (const char* c : kComponents) {
            for (const auto& [k, t] : component_of(got, c)) {
                const auto p = reinterpret_cast<uintptr_t>(t.data_ptr());
                auto it = ranges.upper_bound(p);
                QVERIFY2(it != ranges.begin() && p < std::prev(it)->second,
                         (std::string(c) + "/" + k + " is a copy, not a view of the file").c_str());
            }
        }
        // The q/k/v split and the transposed projection are views at the expected offsets.
        at::Tensor in_proj = file->tensor("conditioner.embedders.1.model.transformer.resblocks.1.attn.in_proj_weight");
        const auto& te2 = got.text_encoder_2;
        QCOMPARE(te2.at("text_model.encoder.layers.1.self_attn.q_proj.weight").data_ptr(), in_proj.data_ptr());
        QCOMPARE(te2.at("text_model.encoder.layers.1.self_attn.v_proj.weight").data_ptr<float>(),
                 in_proj.data_ptr<float>() + 2 * 64 * 64);
        QCOMPARE(te2.at("text_projection.weight").data_ptr(),
                 file->tensor("conditioner.embedders.1.model.text_projection").data_ptr());
        QCOMPARE(te2.at("text_projection.weight").sizes().vec(), (std::vector<int64_t>{40, 64}));
    }

    void sd15KeymapRoundTrip() { keymap_round_trip("tiny-sd15", ModelFamily::SD1); }
    void sd2vKeymapRoundTrip() { keymap_round_trip("tiny-sd2v", ModelFamily::SD2); }

    void sd2ExtraTextBlockIsCutByHint() {
        STIPPLE_REQUIRE_SHARED();
        const json keymap = read_json_file(fixture("models/single-file/tiny-sd2v.keymap.json"));
        auto weights = folder("tiny-sd2v");
        auto tensors = synthetic_single_file(keymap, weights);
        // A genuine SD 2.x file has one more OpenCLIP block than diffusers' text_encoder config uses.
        const std::string block = "cond_stage_model.model.transformer.resblocks.";
        std::vector<std::pair<std::string, at::Tensor>> extra;
        for (const auto& [k, t] : tensors)
            if (k.rfind(block + "3.", 0) == 0) extra.emplace_back(block + "4." + k.substr(block.size() + 2), t + 1);
        QCOMPARE(extra.size(), size_t(12));
        tensors.insert(tensors.end(), extra.begin(), extra.end());
        QTemporaryDir dir;
        const std::string path = dir.filePath("sd2-24.safetensors").toStdString();
        write_safetensors(path, tensors);

        SingleFileComponents all = read_single_file(path);
        QCOMPARE(all.layout.text_encoder_layers, 5);
        QVERIFY(all.text_encoder.count("text_model.encoder.layers.4.self_attn.k_proj.bias"));
        QVERIFY(!compare_component(all.text_encoder, weights.at("text_encoder"), "te").empty());
        drop_text_encoder_layers(all.text_encoder, 4);
        std::string problem = compare_component(all.text_encoder, weights.at("text_encoder"), "te, dropped later");
        QVERIFY2(problem.empty(), problem.c_str());

        SingleFileOptions options;
        options.text_encoder_layers = 4;
        const SingleFileComponents cut = read_single_file(path, options);
        problem = compare_component(cut.text_encoder, weights.at("text_encoder"), "te, hint");
        QVERIFY2(problem.empty(), problem.c_str());
    }

    void pickleFilesAreRefused() {
        for (const std::string name : {"/nowhere/model.ckpt", "/nowhere/v1-5.PT", "/nowhere/x.pth", "/nowhere/x.bin"}) {
            const std::string message = error_of([&] { read_single_file(name); });
            QVERIFY2(message.find(name) != std::string::npos, message.c_str());
            QVERIFY2(message.find("pickle") != std::string::npos, message.c_str());
            QVERIFY2(message.find("arbitrary code") != std::string::npos, message.c_str());
            QVERIFY2(message.find(".safetensors") != std::string::npos, message.c_str());
            QVERIFY2(message.find("stipple-cli convert '" + name + "'") != std::string::npos, message.c_str());
            QVERIFY2(message.find('\n') == std::string::npos, message.c_str());
        }
        QVERIFY(!is_pickle_checkpoint_path("/x/model.safetensors"));
    }

    void unknownKeysAreNamed() {
        STIPPLE_REQUIRE_SHARED();
        const json keymap = read_json_file(fixture("models/single-file/tiny-sd15.keymap.json"));
        auto weights = folder("tiny-sd15");
        const auto base = synthetic_single_file(keymap, weights);
        QTemporaryDir dir;
        int n = 0;
        for (const std::string bad : {"model.diffusion_model.input_blocks.1.0.foo.weight",
                                      "model.diffusion_model.input_blocks.3.1.norm.weight",
                                      "first_stage_model.encoder.down.0.attn.0.q.weight",
                                      "cond_stage_model.transformer.text_model.bogus.weight",
                                      "cond_stage_model.model.token_embedding.weight", "unexpected_top_level"}) {
            auto tensors = base;
            tensors.emplace_back(bad, at::zeros({2}));
            const std::string path = dir.filePath(QString("bad%1.safetensors").arg(n++)).toStdString();
            write_safetensors(path, tensors);
            const std::string message = error_of([&] { read_single_file(path); });
            QVERIFY2(message.find("'" + bad + "'") != std::string::npos, (bad + ": " + message).c_str());
            QVERIFY2(message.find(path) != std::string::npos, message.c_str());
        }
    }

    // Indices past INT_MAX threw std::out_of_range from std::stoi (not an Error: the CLI aborted), and
    // INT_MAX itself overflowed `index + 1` (found by fuzz_single_file_keys).
    void hugeKeyIndicesAreNamedErrors() {
        STIPPLE_REQUIRE_SHARED();
        const json keymap = read_json_file(fixture("models/single-file/tiny-sd15.keymap.json"));
        auto weights = folder("tiny-sd15");
        const auto base = synthetic_single_file(keymap, weights);
        QTemporaryDir dir;
        int n = 0;
        for (const std::string bad : {"first_stage_model.decoder.up.99999999999.block.0.conv1.weight",
                                      "first_stage_model.decoder.up.2147483647.block.0.conv1.weight",
                                      "model.diffusion_model.input_blocks.99999999999.0.in_layers.0.weight",
                                      "cond_stage_model.transformer.text_model.encoder.layers.2147483647.mlp.fc1.weight"}) {
            auto tensors = base;
            tensors.emplace_back(bad, at::zeros({2}));
            const std::string path = dir.filePath(QString("huge%1.safetensors").arg(n++)).toStdString();
            write_safetensors(path, tensors);
            const std::string message = error_of([&] { read_single_file(path); });
            QVERIFY2(message.find("'" + bad + "'") != std::string::npos, (bad + ": " + message).c_str());
            QVERIFY2(message.find("9999") != std::string::npos, message.c_str());
        }
    }

    void truncatedFileIsAnError() {
        STIPPLE_REQUIRE_SHARED();
        std::ifstream in(fixture("models/single-file/tiny-sdxl.safetensors"), std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), {});
        QTemporaryDir dir;
        const std::string path = dir.filePath("truncated.safetensors").toStdString();
        std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size() / 2));
        const std::string message = error_of([&] { read_single_file(path); });
        QVERIFY2(!message.empty(), "a truncated file must throw stipple::Error");
        QVERIFY2(message.find(path) != std::string::npos, message.c_str());
        // The same Error as SafetensorsFile gives.
        QCOMPARE(message, error_of([&] { SafetensorsFile::open(path); }));
    }

    void nonCheckpointSaysWhatItFound() {
        STIPPLE_REQUIRE_SHARED();
        const std::string path = fixture("models/tiny-sdxl/unet/diffusion_pytorch_model.safetensors");
        const std::string message = error_of([&] { read_single_file(path); });
        QVERIFY2(message.find(path) != std::string::npos, message.c_str());
        QVERIFY2(message.find("down_blocks.*") != std::string::npos, message.c_str());
        QVERIFY2(message.find("diffusers component") != std::string::npos, message.c_str());
        QVERIFY_THROWS_EXCEPTION(Error, detect_checkpoint_family({"lora_unet_x.alpha"}, "x"));
        QCOMPARE(detect_checkpoint_family({"cond_stage_model.transformer.text_model.x"}, "x"), ModelFamily::SD1);
        QCOMPARE(detect_checkpoint_family({"cond_stage_model.model.ln_final.weight"}, "x"), ModelFamily::SD2);
        QCOMPARE(detect_checkpoint_family({"conditioner.embedders.0.model.ln_final.weight"}, "x"),
                 ModelFamily::SDXL);
    }

    void builtinConfigsExist() {
        const std::string resources = test::source_path("resources");
        for (auto family : {ModelFamily::SD1, ModelFamily::SD2, ModelFamily::SDXL}) {
            const std::string dir = builtin_config_dir(family, resources);
            QVERIFY2(std::filesystem::is_regular_file(dir + "/unet/config.json"), dir.c_str());
            QVERIFY2(std::filesystem::is_regular_file(dir + "/vae/config.json"), dir.c_str());
            QVERIFY2(std::filesystem::is_regular_file(dir + "/text_encoder/config.json"), dir.c_str());
            QVERIFY2(std::filesystem::is_regular_file(dir + "/scheduler/scheduler_config.json"), dir.c_str());
        }
        const json sdxl = read_json_file(builtin_config_dir(ModelFamily::SDXL, resources) + "/model_index.json");
        QCOMPARE(sdxl.at("_class_name").get<std::string>(), std::string("StableDiffusionXLPipeline"));
        QVERIFY_THROWS_EXCEPTION(Error, builtin_config_dir(ModelFamily::SD1, "/nonexistent"));
    }

private:
    void keymap_round_trip(const std::string& model, ModelFamily family) {
        STIPPLE_REQUIRE_SHARED();
        const json keymap = read_json_file(fixture("models/single-file/" + model + ".keymap.json"));
        auto weights = folder(model);
        auto tensors = synthetic_single_file(keymap, weights);
        QCOMPARE(tensors.size(), keymap.at("num_keys").get<size_t>());
        // Non-weights that genuine checkpoints carry: skipped.
        tensors.emplace_back("alphas_cumprod", at::rand({1000}));
        tensors.emplace_back("betas", at::rand({1000}));
        tensors.emplace_back("model_ema.decay", at::ones({}));
        tensors.emplace_back("model_ema.diffusion_modelinput_blocks00weight", at::zeros({2}));
        if (family == ModelFamily::SD2) {
            tensors.emplace_back("cond_stage_model.model.logit_scale", at::ones({}));
            tensors.emplace_back("cond_stage_model.model.text_projection", at::zeros({32, 32}));
            tensors.emplace_back("cond_stage_model.model.attn_mask", at::zeros({77, 77}));
        }
        QTemporaryDir dir;
        const std::string path = dir.filePath(QString::fromStdString(model + ".safetensors")).toStdString();
        write_safetensors(path, tensors);

        const SingleFileComponents got = read_single_file(path);
        QCOMPARE(got.family, family);
        for (const char* c : kComponents) {
            const std::string problem = compare_component(component_of(got, c), weights.at(c), model + " " + c);
            QVERIFY2(problem.empty(), problem.c_str());
        }
        const std::string problem = check_keymap(keymap, got, weights);
        QVERIFY2(problem.empty(), problem.c_str());
        QCOMPARE(got.unet.size(), size_t(304));
        QCOMPARE(got.layout.unet_levels, 2);
        QCOMPARE(got.layout.unet_layers_per_block, 2);
        QCOMPARE(got.layout.vae_levels, 4);
        QCOMPARE(got.layout.text_encoder_layers, 4);
        QVERIFY(got.text_encoder_2.empty());
    }
};

QTEST_GUILESS_MAIN(SingleFileTest)
#include "test_io_single_file.moc"
