// The model library's core: what each file is from its header alone (kind and family), the folder
// scan (A1111 trees, symlink loops, unreadable files skipped with a reason) and the short-hash
// cache (a rescan of an unchanged folder hashes nothing, a touched file is hashed again).
#include "common/error.h"
#include "io/file_sha256.h"
#include "io/model_hash_cache.h"
#include "io/model_library.h"
#include "io/safetensors.h"
#include "support/fixtures.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <tuple>

using namespace stipple;
namespace fs = std::filesystem;

namespace {

using Tensors = std::vector<std::pair<std::string, at::Tensor>>;

std::string write(const fs::path& path, const Tensors& tensors) {
    fs::create_directories(path.parent_path());
    write_safetensors(path.string(), tensors);
    return path.string();
}

void write_bytes(const fs::path& path, const std::string& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
}

// A kohya LoRA of one cross-attention key projection reading `context` wide text features.
Tensors kohya_lora(const std::string& prefix, int64_t context) {
    const std::string m = prefix + "down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_k";
    return {{m + ".lora_down.weight", at::zeros({4, context})},
            {m + ".lora_up.weight", at::zeros({320, 4})},
            {m + ".alpha", at::scalar_tensor(4.0)}};
}

Tensors vae_tensors() {
    return {{"encoder.down.0.block.0.conv1.weight", at::zeros({8, 8, 3, 3})},
            {"decoder.up.0.block.0.conv1.weight", at::zeros({8, 8, 3, 3})},
            {"encoder.conv_in.weight", at::zeros({8, 3, 3, 3})}};
}

const ModelLibraryEntry* find(const ModelScan& scan, const std::string& name) {
    for (const auto& e : scan.entries)
        if (e.name == name) return &e;
    return nullptr;
}

}  // namespace

class TestModelLibrary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void checkpointFixtureIsSdxl();
    void lorasTellTheirFamilyByWidth();
    void embeddingsTellTheirFamilyByWidth();
    void vaeAndControlNetAreNamed();
    void upscalersAreNamedWithTheirScale();
    void a1111TreeIsScannedWithReasons();
    void symlinkLoopEnds();
    void hashCacheHashesOnlyWhatChanged();
    void corruptCacheIsAnEmptyCache();
    void defaultFolderFollowsTheAppsDataDir();
};

void TestModelLibrary::checkpointFixtureIsSdxl() {
    STIPPLE_REQUIRE_SHARED();
    const std::string path = test::shared_path("fixtures/models/single-file/tiny-sdxl.safetensors");
    const ModelLibraryEntry e = classify_model_file(path);
    QCOMPARE(e.kind, ModelKind::Checkpoint);
    QVERIFY(e.family.has_value());
    QCOMPARE(*e.family, ModelFamily::SDXL);
    QCOMPARE(e.size, static_cast<uint64_t>(fs::file_size(path)));
    QCOMPARE(e.name, std::string("tiny-sdxl"));
}

void TestModelLibrary::lorasTellTheirFamilyByWidth() {
    QTemporaryDir dir;
    const fs::path d = dir.path().toStdString();
    const auto family = [&](const std::string& file, const Tensors& t) {
        const ModelLibraryEntry e = classify_model_file(write(d / file, t));
        if (e.kind != ModelKind::Lora) throw std::runtime_error(file + " is not classified as a LoRA");
        return e.family;
    };
    QCOMPARE(family("sd1.safetensors", kohya_lora("lora_unet_", 768)), std::optional(ModelFamily::SD1));
    QCOMPARE(family("sd2.safetensors", kohya_lora("lora_unet_", 1024)), std::optional(ModelFamily::SD2));
    QCOMPARE(family("xl.safetensors", kohya_lora("lora_unet_", 2048)), std::optional(ModelFamily::SDXL));
    // SDXL's two text encoders, with no UNet module at all.
    QCOMPARE(family("te2.safetensors", {{"lora_te2_text_model_encoder_layers_0_self_attn_q_proj.lora_down.weight", at::zeros({4, 1280})},
                                        {"lora_te2_text_model_encoder_layers_0_self_attn_q_proj.lora_up.weight", at::zeros({1280, 4})}}),
             std::optional(ModelFamily::SDXL));
    // diffusers/PEFT naming; a text-encoder-only SD 1.x LoRA.
    QCOMPARE(family("peft.safetensors", {{"unet.down_blocks.0.attentions.0.transformer_blocks.0.attn2.to_k.lora_A.weight", at::zeros({4, 2048})},
                                         {"unet.down_blocks.0.attentions.0.transformer_blocks.0.attn2.to_k.lora_B.weight", at::zeros({320, 4})}}),
             std::optional(ModelFamily::SDXL));
    QCOMPARE(family("te.safetensors", {{"lora_te_text_model_encoder_layers_0_self_attn_q_proj.lora_down.weight", at::zeros({4, 768})},
                                       {"lora_te_text_model_encoder_layers_0_self_attn_q_proj.lora_up.weight", at::zeros({768, 4})}}),
             std::optional(ModelFamily::SD1));
}

void TestModelLibrary::embeddingsTellTheirFamilyByWidth() {
    QTemporaryDir dir;
    const fs::path d = dir.path().toStdString();
    const ModelLibraryEntry sd1 = classify_model_file(write(d / "style.safetensors", {{"emb_params", at::zeros({3, 768})}}));
    QCOMPARE(sd1.kind, ModelKind::Embedding);
    QCOMPARE(sd1.family, std::optional(ModelFamily::SD1));
    QCOMPARE(sd1.name, std::string("style"));
    const ModelLibraryEntry sd2 = classify_model_file(write(d / "sd2.safetensors", {{"emb_params", at::zeros({1, 1024})}}));
    QCOMPARE(sd2.family, std::optional(ModelFamily::SD2));
    const ModelLibraryEntry xl = classify_model_file(
        write(d / "xl.safetensors", {{"clip_l", at::zeros({2, 768})}, {"clip_g", at::zeros({2, 1280})}}));
    QCOMPARE(xl.kind, ModelKind::Embedding);
    QCOMPARE(xl.family, std::optional(ModelFamily::SDXL));
}

void TestModelLibrary::vaeAndControlNetAreNamed() {
    QTemporaryDir dir;
    const fs::path d = dir.path().toStdString();
    const ModelLibraryEntry vae = classify_model_file(write(d / "vae-ft-mse.safetensors", vae_tensors()));
    QCOMPARE(vae.kind, ModelKind::Vae);
    QVERIFY(!vae.family);  // not in a VAE's tensors
    const ModelLibraryEntry cn = classify_model_file(write(
        d / "canny.safetensors", {{"control_model.input_hint_block.0.weight", at::zeros({16, 3, 3, 3})},
                                  {"control_model.input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight", at::zeros({320, 768})}}));
    QCOMPARE(cn.kind, ModelKind::ControlNet);
    QCOMPARE(cn.family, std::optional(ModelFamily::SD1));
    const ModelLibraryEntry odd = classify_model_file(write(d / "odd.safetensors", {{"foo.bar", at::zeros({2})}, {"foo.baz", at::zeros({2})}}));
    QCOMPARE(odd.kind, ModelKind::Unknown);
    QVERIFY2(odd.detail.find("odd.safetensors") != std::string::npos, odd.detail.c_str());
}

// ESRGAN-family upscalers (tests/data/upscaler: tiny RRDBNets in three layouts, an SRVGGNetCompact),
// told by their header alone, with the scale their network makes; their reference tensors are not.
void TestModelLibrary::upscalersAreNamedWithTheirScale() {
    for (const auto& [file, scale, compact] : std::initializer_list<std::tuple<const char*, int, bool>>{
             {"rrdb_x4_basicsr", 4, false}, {"rrdb_x4_old", 4, false}, {"rrdb_x2_old", 2, false},
             {"rrdb_x2_basicsr_unshuffle", 2, false}, {"srvgg_x4", 4, true}}) {
        const ModelLibraryEntry e =
            classify_model_file(test::source_path(QStringLiteral("tests/data/upscaler/%1.safetensors").arg(file)));
        QVERIFY2(e.kind == ModelKind::Upscaler, file);
        QCOMPARE(e.upscale, scale);
        QCOMPARE(e.detail, std::to_string(scale) + "x " + (compact ? "SRVGGNetCompact" : "ESRGAN RRDBNet"));
        QVERIFY(!e.family);
    }
    const ModelLibraryEntry io = classify_model_file(test::source_path(QStringLiteral("tests/data/upscaler/srvgg_x4.io.safetensors")));
    QCOMPARE(io.kind, ModelKind::Unknown);
    QCOMPARE(model_kind_id(ModelKind::Upscaler), "upscaler");
    // Saved from DataParallel: every key prefixed with "module.".
    QTemporaryDir dir;
    const ModelLibraryEntry parallel = classify_model_file(write(
        fs::path(dir.path().toStdString()) / "ESRGAN" / "parallel.safetensors",
        {{"module.body.0.weight", at::zeros({8, 3, 3, 3})}, {"module.body.1.weight", at::zeros({8})},
         {"module.body.2.weight", at::zeros({12, 8, 3, 3})}}));
    QCOMPARE(parallel.kind, ModelKind::Upscaler);
    QCOMPARE(parallel.upscale, 2);  // 12 = 3 x 2^2 outputs
}

void TestModelLibrary::a1111TreeIsScannedWithReasons() {
    QTemporaryDir dir;
    const fs::path models = fs::path(dir.path().toStdString()) / "models";
    write(models / "Lora" / "inky.safetensors", kohya_lora("lora_unet_", 768));
    write(models / "embeddings" / "bad-hands.safetensors", {{"emb_params", at::zeros({2, 768})}});
    write(models / "VAE" / "vae-ft-mse.safetensors", vae_tensors());
    write_bytes(models / "Stable-diffusion" / "old.ckpt", "PK\x03\x04 not really");
    write_bytes(models / "Stable-diffusion" / "garbage.safetensors", "this is not a safetensors file at all");
    write_bytes(models / "Stable-diffusion" / "notes.txt", "not a model");
    write_bytes(models / "Stable-diffusion" / ".stipple-tmp-1-2-half.safetensors", "partial");
    write_bytes(models / "diffusers" / "tiny" / "model_index.json", "{}");
    write_bytes(models / "deep" / "a" / "b" / "c" / "d.safetensors", "x");
    ModelScanOptions options;
    options.folders = {models.string()};
    options.max_depth = 3;
    const ModelScan scan = scan_model_folders(options);

    QCOMPARE(scan.entries.size(), size_t(5));
    QCOMPARE(find(scan, "inky")->kind, ModelKind::Lora);
    QCOMPARE(find(scan, "bad-hands")->kind, ModelKind::Embedding);
    QCOMPARE(find(scan, "vae-ft-mse")->kind, ModelKind::Vae);
    QCOMPARE(find(scan, "old")->kind, ModelKind::Pickle);
    QVERIFY(find(scan, "old")->detail.find("convert") != std::string::npos);
    QCOMPARE(find(scan, "tiny")->kind, ModelKind::DiffusersFolder);
    // The garbage file and the too-deep folder are skipped, each with a reason naming it.
    QCOMPARE(scan.skipped.size(), size_t(2));
    bool garbage = false, deep = false;
    for (const auto& s : scan.skipped) {
        garbage = garbage || (s.path.find("garbage.safetensors") != std::string::npos && s.reason.find("garbage.safetensors") != std::string::npos);
        deep = deep || s.path.find("deep") != std::string::npos;
    }
    QVERIFY(garbage);
    QVERIFY(deep);
}

void TestModelLibrary::symlinkLoopEnds() {
    QTemporaryDir dir;
    const fs::path root = dir.path().toStdString();
    write(root / "a" / "inky.safetensors", kohya_lora("lora_unet_", 768));
    fs::create_directory_symlink(root, root / "a" / "loop");          // a -> root -> a -> ...
    fs::create_directory_symlink(root / "a", root / "also-a");         // the same folder twice
    fs::create_symlink(root / "missing.safetensors", root / "broken.safetensors");
    ModelScanOptions options;
    options.folders = {root.string()};
    const ModelScan scan = scan_model_folders(options);
    QCOMPARE(scan.entries.size(), size_t(1));
    QCOMPARE(scan.skipped.size(), size_t(1));  // the broken link, with a reason
    QVERIFY(scan.skipped[0].path.find("broken") != std::string::npos);
}

void TestModelLibrary::hashCacheHashesOnlyWhatChanged() {
    QTemporaryDir dir;
    const fs::path root = fs::path(dir.path().toStdString()) / "models";
    const std::string lora = write(root / "inky.safetensors", kohya_lora("lora_unet_", 768));
    const std::string emb = write(root / "style.safetensors", {{"emb_params", at::randn({2, 768})}});
    const std::string vae = write(root / "vae.safetensors", vae_tensors());
    const std::string cacheFile = dir.filePath("cache/model-hashes.json").toStdString();
    ModelScanOptions options;
    options.folders = {root.string()};

    std::map<std::string, std::string> first;
    {
        ModelHashCache cache(cacheFile);
        for (const auto& e : scan_model_folders(options).entries) first[e.path] = cache.hash(e);
        QCOMPARE(cache.computed(), size_t(3));
        cache.save();
    }
    // A1111's short hash: the first 10 hex digits of the whole file's sha256.
    QCOMPARE(first[lora], file_sha256_hex(lora).substr(0, 10));
    QCOMPARE(first[emb], file_sha256_hex(emb).substr(0, 10));
    {
        ModelHashCache cache(cacheFile);
        for (const auto& e : scan_model_folders(options).entries) QCOMPARE(cache.hash(e), first[e.path]);
        QCOMPARE(cache.computed(), size_t(0));  // an unchanged folder: nothing read whole
    }
    // Rewritten with other values, the same size: only the mtime tells, and that file is hashed again.
    write(root / "style.safetensors", {{"emb_params", at::randn({2, 768})}});
    fs::last_write_time(emb, fs::last_write_time(emb) + std::chrono::seconds(5));
    {
        ModelHashCache cache(cacheFile);
        for (const auto& e : scan_model_folders(options).entries) {
            const std::string h = cache.hash(e);
            if (e.path == emb) QCOMPARE(h, file_sha256_hex(emb).substr(0, 10));
            else QCOMPARE(h, first[e.path]);
        }
        QCOMPARE(cache.computed(), size_t(1));
    }
}

void TestModelLibrary::corruptCacheIsAnEmptyCache() {
    QTemporaryDir dir;
    const fs::path root = dir.path().toStdString();
    const std::string lora = write(root / "m" / "inky.safetensors", kohya_lora("lora_unet_", 768));
    for (const std::string& bytes : {std::string("{\"version\":1,\"files\":[{\"path\":1}]"), std::string("[[[[[["),
                                     std::string("{\"version\":1,\"files\":[{\"path\":\"x\",\"size\":-1,\"mtime_ns\":0,\"hash\":\"a\"}]}")}) {
        write_bytes(root / "cache.json", bytes);
        ModelHashCache cache((root / "cache.json").string());
        const ModelLibraryEntry e = classify_model_file(lora);
        QVERIFY(cache.cached(e).empty());
        QCOMPARE(cache.hash(e), file_sha256_hex(lora).substr(0, 10));
        cache.save();  // replaces the corrupt file whole
    }
    ModelHashCache reread((root / "cache.json").string());
    QCOMPARE(reread.cached(classify_model_file(lora)), file_sha256_hex(lora).substr(0, 10));
}

void TestModelLibrary::defaultFolderFollowsTheAppsDataDir() {
    const QByteArray savedData = qgetenv("STIPPLE_DATA_DIR"), savedXdg = qgetenv("XDG_DATA_HOME");
    qputenv("STIPPLE_DATA_DIR", "/tmp/stipple-data");
    QCOMPARE(default_models_dir(), std::string("/tmp/stipple-data/models"));
    qunsetenv("STIPPLE_DATA_DIR");
    qputenv("XDG_DATA_HOME", "/tmp/xdg");
    // Qt's AppDataLocation for organisation and application "Stipple" (ui/app_paths.cpp).
    QCOMPARE(default_models_dir(), std::string("/tmp/xdg/Stipple/Stipple/models"));
    qputenv("XDG_DATA_HOME", "relative/ignored");
    QCOMPARE(default_models_dir(), (fs::path(qgetenv("HOME").toStdString()) / ".local/share/Stipple/Stipple/models").string());
    if (savedData.isNull()) qunsetenv("STIPPLE_DATA_DIR"); else qputenv("STIPPLE_DATA_DIR", savedData);
    if (savedXdg.isNull()) qunsetenv("XDG_DATA_HOME"); else qputenv("XDG_DATA_HOME", savedXdg);
}

QTEST_GUILESS_MAIN(TestModelLibrary)
#include "test_io_model_library.moc"
