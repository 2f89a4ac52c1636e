// GenerationService, the one way both front ends run a model (built-in model): loading applies
// the thread policy so no caller can forget it; outputs are checked before any compute; a batch
// is saved whole or not at all; the parameters name the sampler that ran; the model hash goes
// through the cache hook once per load and equals the file's sha256 prefix.
#include "common/error.h"
#include "image/infotext.h"
#include "image/png_text.h"
#include "image/request_infotext.h"
#include "io/model_hash.h"
#include "pipeline/resource_paths.h"
#include "pipeline/runtime.h"
#include "service/generation_service.h"

#include <ATen/Parallel.h>

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace stipple;

namespace {

class CountingCache final : public ModelHashCache {
public:
    std::map<std::string, std::string> entries;
    int lookups = 0, stores = 0;
    std::string lookup(const std::string& key) override {
        ++lookups;
        auto it = entries.find(key);
        return it == entries.end() ? std::string() : it->second;
    }
    void store(const std::string& key, const std::string& hash) override {
        ++stores;
        entries[key] = hash;
    }
};

GenerationRequest small_request(uint64_t seed) {
    GenerationRequest r;
    r.prompt = "a yellow circle on a green background";
    r.seeds = {seed, seed + 1};
    r.steps = 3;
    return r;
}

QStringList files_in(const QString& dir) { return QDir(dir).entryList(QDir::Files | QDir::Hidden); }

}  // namespace

class ServiceTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loadAppliesTheThreadPolicy() {
        GenerationService service;
        set_thread_count(1);
        const ModelInfo& info = service.load(builtin_model_dir(), {});
        QCOMPARE(at::get_num_threads(), threads_for_model(info.unet_parameters));
        QCOMPARE(service.load_count(), 1);

        LoadSettings explicit_one;
        explicit_one.threads = 1;
        service.load(builtin_model_dir(), explicit_one);
        QCOMPARE(at::get_num_threads(), 1);
        service.set_threads(0);
        QCOMPARE(at::get_num_threads(), threads_for_model(service.info().unet_parameters));
        QCOMPARE(service.load_count(), 2);
    }

    void failedLoadLeavesNothingLoaded() {
        GenerationService service;
        service.load(builtin_model_dir(), {});
        QVERIFY_THROWS_EXCEPTION(Error, service.load("/nonexistent/model", {}));
        QVERIFY(!service.loaded());
        QVERIFY_THROWS_EXCEPTION(Error, service.pipeline());
        QVERIFY(!service.tokenizer());
    }

    void outputsAreCheckedBeforeCompute() {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(Error, check_output_files({dir.filePath("missing/x.png").toStdString()}));
        QVERIFY_THROWS_EXCEPTION(Error, check_output_files({dir.filePath("x.jpg").toStdString()}));
        check_output_files({dir.filePath("x.PNG").toStdString()});
        check_output_files({dir.filePath("t.gif").toStdString()}, ".gif");
        QVERIFY(files_in(dir.path()).isEmpty());  // the probe leaves nothing behind

        QFile blocker(dir.filePath("file"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        try {
            prepare_output_folder(dir.filePath("file/day").toStdString());
            QFAIL("a folder under a file was accepted");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("file/day"), e.what());
        }
        prepare_output_folder(dir.filePath("a/b").toStdString());
        QVERIFY(QFileInfo(dir.filePath("a/b")).isDir());
    }

    void aBatchIsSavedWholeOrNotAtAll() {
        GenerationService service;
        service.load(builtin_model_dir(), {});
        const GenerationRequest request = small_request(40);
        const GenerationResult result = service.pipeline().generate(request);
        QCOMPARE(result.images.size(), size_t(2));

        QTemporaryDir dir;
        // The second file cannot be written: neither may remain.
        const std::vector<std::string> bad{dir.filePath("one.png").toStdString(), dir.filePath("gone/two.png").toStdString()};
        QVERIFY_THROWS_EXCEPTION(Error, service.save_all(request, result, bad));
        QVERIFY2(files_in(dir.path()).isEmpty(), qPrintable(files_in(dir.path()).join(", ")));

        const std::vector<std::string> good{dir.filePath("one.png").toStdString(), dir.filePath("two.png").toStdString()};
        const auto texts = service.save_all(request, result, good);
        QCOMPARE(files_in(dir.path()), QStringList({"one.png", "two.png"}));
        for (size_t i = 0; i < 2; ++i) {
            const std::string stored = png_text_value(read_png_text_file(good[i]), "parameters");
            QCOMPARE(stored, texts[i]);
            const Infotext t = parse_infotext(stored);
            QCOMPARE(t.get("Seed").value_or(""), std::to_string(40 + i));
            // The request named no sampler: the text names the model's own, as it ran.
            QVERIFY(!result.scheduler_label.empty());
            QCOMPARE(sampler_label_from_fields(t.get("Sampler").value_or(""), t.get("Schedule type").value_or("")),
                     result.scheduler_label);
            QCOMPARE(t.get("Version").value_or(""), software_id());
        }
    }

    // Two running apps may pick the same next number: a save that keeps existing files never
    // replaces the other's image, and leaves nothing of its own batch behind.
    void aSaveNeverReplacesAnotherInstancesImage() {
        GenerationService service;
        service.load(builtin_model_dir(), {});
        const GenerationRequest request = small_request(60);
        const GenerationResult result = service.pipeline().generate(request);
        QTemporaryDir dir;
        QFile theirs(dir.filePath("00002-61.png"));
        QVERIFY(theirs.open(QIODevice::WriteOnly));
        theirs.write("the other instance's image");
        theirs.close();
        const std::vector<std::string> paths{dir.filePath("00001-60.png").toStdString(), dir.filePath("00002-61.png").toStdString()};
        QVERIFY_THROWS_EXCEPTION(Error, service.save_all(request, result, paths, GenerationService::ExistingFiles::Keep));
        QCOMPARE(files_in(dir.path()), QStringList({"00002-61.png"}));
        QVERIFY(theirs.open(QIODevice::ReadOnly));
        QCOMPARE(theirs.readAll(), QByteArray("the other instance's image"));
        theirs.close();
        const std::vector<std::string> next{dir.filePath("00003-60.png").toStdString(), dir.filePath("00004-61.png").toStdString()};
        service.save_all(request, result, next, GenerationService::ExistingFiles::Keep);
        QCOMPARE(files_in(dir.path()), QStringList({"00002-61.png", "00003-60.png", "00004-61.png"}));
        QVERIFY(!read_png_text_file(next[1]).empty());
    }

    void modelHashGoesThroughTheCacheOncePerLoad() {
        CountingCache cache;
        GenerationService service(&cache);
        service.load(builtin_model_dir(), {});
        const std::string expected = model_hash(builtin_model_dir());
        QCOMPARE(expected.size(), size_t(10));
        QCOMPARE(service.model_hash(), expected);
        QCOMPARE(service.model_hash(), expected);
        QCOMPARE(cache.lookups, 1);
        QCOMPARE(cache.stores, 1);

        // Another process (here: another service) finds it in the cache without hashing again.
        GenerationService again(&cache);
        again.load(builtin_model_dir(), {});
        QCOMPARE(again.model_hash(), expected);
        QCOMPARE(cache.stores, 1);
        QCOMPARE(cache.lookups, 2);
    }

    void tokenizerIsTheModelsOwn() {
        GenerationService service;
        service.load(builtin_model_dir(), {});
        const auto tokenizer = service.tokenizer();
        QVERIFY(tokenizer);
        QVERIFY(!tokenizer->encode("a red star").empty());
        QVERIFY(tokenizer->model_max_length() > 2);
    }


    // Finish now keeps the x0 estimate of the step it stopped at: the saved parameters say so
    // ("Finished at step"), and the request restored from them makes the same pixels.
    void finishedEarlyImagesSayWhereTheyStopped() {
        GenerationService service;
        service.load(builtin_model_dir(), {});
        GenerationRequest r;
        r.prompt = "a green square on a purple background";
        r.seeds = {44};
        r.steps = 10;
        r.stop_at_step = 4;
        const GenerationResult early = service.pipeline().generate(r);
        QCOMPARE(early.steps_done, 4);
        QCOMPARE(early.total_steps, 10);
        QVERIFY(early.finished_early());
        const std::string text = service.parameters(r, early, 0);
        QVERIFY2(text.find("Steps: 10") != std::string::npos, text.c_str());
        QVERIFY2(text.find("Finished at step: 4") != std::string::npos, text.c_str());
        const RestoredRequest restored = request_from_infotext(parse_infotext(text));
        QVERIFY(restored.problems.empty());
        QCOMPARE(restored.request.stop_at_step, 4);
        QCOMPARE(restored.request.steps, 10);
        const GenerationResult again = service.pipeline().generate(restored.request);
        QVERIFY(again.images.front().rgb == early.images.front().rgb);

        // A whole run says nothing of the kind.
        r.stop_at_step = 0;
        const GenerationResult whole = service.pipeline().generate(r);
        QVERIFY(!whole.finished_early());
        QVERIFY(service.parameters(r, whole, 0).find("Finished at step") == std::string::npos);
        QVERIFY(whole.images.front().rgb != early.images.front().rgb);
    }
};

QTEST_MAIN(ServiceTest)
#include "test_service_generation.moc"
