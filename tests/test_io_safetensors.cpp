// safetensors: round trip, zero-copy reads of the fixture weights, and clear errors (never a
// crash) for truncated, corrupt and hostile files.
#include "common/error.h"
#include "io/safetensors.h"
#include "io/state_dict.h"
#include "support/fixtures.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace stipple;

namespace {

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// Resident KiB of the memory mapping that holds `address` (/proc/self/smaps), -1 if not found.
int64_t mapping_rss_kib(const void* address) {
    std::ifstream smaps("/proc/self/smaps");
    const auto at = reinterpret_cast<uintptr_t>(address);
    bool inside = false;
    for (std::string line; std::getline(smaps, line);) {
        uintptr_t begin = 0, end = 0;
        if (std::sscanf(line.c_str(), "%lx-%lx ", &begin, &end) == 2) {  // a mapping's first line
            inside = at >= begin && at < end;
        } else if (inside && line.rfind("Rss:", 0) == 0) {
            return std::atoll(line.c_str() + 4);
        }
    }
    return -1;
}

void write_all(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string header_file(const std::string& json, size_t data_bytes) {
    std::string out(8, '\0');
    uint64_t n = json.size();
    for (int i = 0; i < 8; ++i) out[i] = static_cast<char>((n >> (8 * i)) & 0xff);
    return out + json + std::string(data_bytes, '\0');
}

// The Error message for opening `bytes` as a file, or "" when it opened.
std::string open_error(const QTemporaryDir& dir, const std::string& bytes) {
    const std::string path = dir.filePath("x.safetensors").toStdString();
    write_all(path, bytes);
    try {
        auto f = SafetensorsFile::open(path);
        for (const auto& e : f->entries()) f->tensor(e.name).sum();
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

}  // namespace

class SafetensorsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsValuesDtypesAndMetadata() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("t.safetensors").toStdString();
        at::manual_seed(3);
        std::vector<std::pair<std::string, at::Tensor>> tensors = {
            {"b.weight", at::randn({3, 5})},
            {"a.half", at::randn({7}).to(at::kHalf)},
            {"a.bf16", at::randn({2, 2}).to(at::kBFloat16)},
            {"ids", at::arange(77, at::kLong).view({1, 77})},
            {"empty", at::empty({0, 4})},
        };
        write_safetensors(path, tensors, {{"format", "pt"}});
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"t.safetensors"});  // no temp left
        auto file = SafetensorsFile::open(path);
        QCOMPARE(file->entries().size(), tensors.size());
        QCOMPARE(file->entries()[0].name, std::string("b.weight"));  // file order kept
        QCOMPARE(file->metadata().at("format"), std::string("pt"));
        for (const auto& [name, t] : tensors) {
            at::Tensor got = file->tensor(name);
            QCOMPARE(got.scalar_type(), t.scalar_type());
            QVERIFY2(got.sizes() == t.sizes(), name.c_str());
            QVERIFY2(at::equal(got, t), name.c_str());
        }
    }

    void readsFixtureWeightsZeroCopy() {
        STIPPLE_REQUIRE_SHARED();
        const auto path = test::shared_path("fixtures/models/tiny-sd15/unet/diffusion_pytorch_model.safetensors");
        auto file = SafetensorsFile::open(path);
        QVERIFY(file->contains("conv_in.weight"));
        at::Tensor w = file->tensor("conv_in.weight");
        QCOMPARE(w.sizes().vec(), (std::vector<int64_t>{32, 4, 3, 3}));
        QVERIFY(std::isfinite(w.abs().sum().item<double>()));
        StateDict dict = read_state_dict(path);
        QCOMPARE(dict.size(), file->entries().size());
        // The tensor outlives the file handle: the mapping is kept alive by the tensor.
        file.reset();
        dict.clear();
        QVERIFY(std::isfinite(w.sum().item<double>()));
    }

    void truncatedFileNamesFileAndTensor() {
        STIPPLE_REQUIRE_SHARED();
        QTemporaryDir dir;
        std::string bytes = read_all(test::shared_path("fixtures/models/tiny-sd15/vae/diffusion_pytorch_model.safetensors"));
        const std::string msg = open_error(dir, bytes.substr(0, bytes.size() / 2));
        QVERIFY2(msg.find("x.safetensors") != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("tensor '") != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("truncated") != std::string::npos, msg.c_str());
        QVERIFY(!open_error(dir, bytes.substr(0, 5)).empty());
    }

    void corruptHeadersAreErrors() {
        QTemporaryDir dir;
        QVERIFY(!open_error(dir, "").empty());
        QVERIFY(!open_error(dir, std::string("\xff\xff\xff\xff\xff\xff\xff\x7f", 8) + "{}").empty());
        QVERIFY(!open_error(dir, header_file("{not json", 0)).empty());
        QVERIFY(!open_error(dir, header_file("[1,2]", 0)).empty());
        // Shape and byte length disagree.
        std::string m = open_error(dir, header_file(R"({"w":{"dtype":"F32","shape":[4],"data_offsets":[0,8]}})", 8));
        QVERIFY2(m.find("'w'") != std::string::npos && m.find("need") != std::string::npos, m.c_str());
        // Overlapping tensors.
        m = open_error(dir, header_file(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                                        R"("b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})", 12));
        QVERIFY2(m.find("overlap") != std::string::npos, m.c_str());
        // Unknown dtype, negative dims, offsets past the end.
        QVERIFY(!open_error(dir, header_file(R"({"w":{"dtype":"Q4","shape":[1],"data_offsets":[0,1]}})", 1)).empty());
        QVERIFY(!open_error(dir, header_file(R"({"w":{"dtype":"U8","shape":[-1],"data_offsets":[0,1]}})", 1)).empty());
        QVERIFY(!open_error(dir, header_file(R"({"w":{"dtype":"U8","shape":[9],"data_offsets":[0,9]}})", 4)).empty());
        // Numbers that are not integers (fuzz_safetensors: 1e89 was cast to int64, undefined behaviour;
        // 1.5 was truncated to 1 and the tensor read).
        for (const char* entry : {R"("shape":[0,1e89],"data_offsets":[0,0])", R"("shape":[1.5],"data_offsets":[0,1])",
                                  R"("shape":[1],"data_offsets":[0,1.0])", R"("shape":[1],"data_offsets":[-1,0])",
                                  R"("shape":3,"data_offsets":[0,1])"}) {
            m = open_error(dir, header_file(std::string(R"({"w":{"dtype":"U8",)") + entry + "}}", 1));
            QVERIFY2(m.find("tensor 'w'") != std::string::npos, (std::string(entry) + ": " + m).c_str());
        }
        // A name no checkpoint has (later steps match names with std::regex, which recurses per character).
        m = open_error(dir, header_file("{\"" + std::string(30000, 'k') + "\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1]}}", 1));
        QVERIFY2(m.find("longer than any checkpoint") != std::string::npos, m.substr(0, 300).c_str());
        // A missing file names the path.
        try {
            SafetensorsFile::open("/nonexistent/model.safetensors");
            QFAIL("no error for a missing file");
        } catch (const Error& e) {
            QVERIFY(std::string(e.what()).find("/nonexistent/model.safetensors") != std::string::npos);
        }
    }

    void releasedPagesLeaveMemoryButNotTheValues() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("big.safetensors").toStdString();
        at::manual_seed(5);
        const at::Tensor original = at::randn({1024, 1024});  // 4 MiB
        write_safetensors(path, {{"big", original}});
        auto file = SafetensorsFile::open(path);
        at::Tensor mapped = file->tensor("big");
        QVERIFY(at::equal(mapped, original));  // read: its pages are now in this process's memory
        const int64_t before = mapping_rss_kib(mapped.data_ptr());
        QVERIFY2(before >= 4000, qPrintable(QStringLiteral("mapping RSS after reading: %1 KiB").arg(before)));
        release_mapped_pages(mapped);
        const int64_t after = mapping_rss_kib(mapped.data_ptr());
        QVERIFY2(after < 100, qPrintable(QStringLiteral("mapping RSS after release: %1 KiB").arg(after)));
        QVERIFY(at::equal(mapped, original));  // read again from the file: nothing lost

        // Any other tensor is left alone (dropping heap pages would zero them).
        const at::Tensor heap = at::full({1 << 20}, 3.0f);
        release_mapped_pages(heap);
        QVERIFY(at::equal(heap, at::full({1 << 20}, 3.0f)));
        release_mapped_pages(at::Tensor());

        // A load that converts to bf16 releases the source pages and keeps the values.
        struct One : torch::nn::Module {
            One() { big = register_parameter("big", at::zeros({1024, 1024})); }
            at::Tensor big;
        };
        One m;
        at::Tensor source = file->tensor("big");
        QVERIFY(mapping_rss_kib(source.data_ptr()) >= 4000);
        load_module_weights(m, {{"big", source}}, {at::kBFloat16, {}, path});
        QVERIFY(mapping_rss_kib(source.data_ptr()) < 100);
        QVERIFY(at::equal(m.big, original.to(at::kBFloat16)));
    }

    void loadingReportsMissingUnexpectedAndMisshapedKeys() {
        struct Tiny : torch::nn::Module {
            Tiny() { lin = register_module("lin", torch::nn::Linear(3, 2)); }
            torch::nn::Linear lin{nullptr};
        };
        Tiny m;
        StateDict good = {{"lin.weight", at::ones({2, 3})}, {"lin.bias", at::zeros({2})}};
        load_module_weights(m, good, {at::kFloat, {}, "tiny.safetensors"});
        QVERIFY(at::equal(m.lin->weight, at::ones({2, 3})));

        auto message = [&](StateDict d, std::set<std::string> ignorable = {}) -> std::string {
            try {
                load_module_weights(m, d, {at::kFloat, ignorable, "tiny.safetensors"});
            } catch (const Error& e) {
                return e.what();
            }
            return "";
        };
        StateDict missing = {{"lin.weight", at::ones({2, 3})}};
        QVERIFY(message(missing).find("missing 1 weight(s): lin.bias") != std::string::npos);
        StateDict extra = good;
        extra["lin.position_ids"] = at::zeros({1});
        QVERIFY(message(extra).find("lin.position_ids") != std::string::npos);
        QVERIFY(message(extra, {"lin.position_ids"}).empty());
        StateDict shaped = {{"lin.weight", at::ones({3, 3})}, {"lin.bias", at::zeros({2})}};
        QVERIFY(message(shaped).find("shape") != std::string::npos);

        load_module_weights(m, good, {at::kBFloat16, {}, "tiny.safetensors"});
        QCOMPARE(m.lin->weight.scalar_type(), at::kBFloat16);
    }
};

QTEST_GUILESS_MAIN(SafetensorsTest)
#include "test_io_safetensors.moc"
