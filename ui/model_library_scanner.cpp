// The model library's background scan (see model_library_scanner.h).
#include "model_library_scanner.h"

#include "io/model_hash_cache.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QPointer>
#include <QThread>

#include <chrono>

namespace stipple::ui {

// What the worker and the GUI thread share for one scan. The worker posts to `owner` only; a
// stopped run's posts are dropped by checking `cancel` on arrival.
struct ModelLibraryScanner::Run {
    std::atomic<bool> cancel{false};
};

namespace {
// A batch goes out at this many entries or this age, whichever first: the GUI thread sees a few
// dozen queued calls for a 2,000-file folder, each adding rows in well under a frame.
constexpr int kBatchEntries = 100;
constexpr auto kBatchAge = std::chrono::milliseconds(100);
}  // namespace

ModelLibraryScanner::ModelLibraryScanner(QObject* parent) : QObject(parent) {}

ModelLibraryScanner::~ModelLibraryScanner() { stop(); }

void ModelLibraryScanner::stop() {
    if (run_) run_->cancel = true;
    if (thread_) {
        thread_->wait();  // bounded: the worker checks `cancel` between files and 1 MiB hash blocks
        delete thread_;
        thread_ = nullptr;
    }
    run_.reset();
    busy_ = false;
}

void ModelLibraryScanner::start(const QStringList& folders, const QString& hashCacheFile, bool hashes) {
    stop();
    busy_ = true;
    auto run = std::make_shared<Run>();
    run_ = run;
    ModelScanOptions options;
    for (const QString& f : folders) options.folders.push_back(f.toStdString());
    const std::string cacheFile = hashCacheFile.toStdString();
    QPointer<ModelLibraryScanner> self(this);
    // Runs `f` on the GUI thread unless this run was stopped meanwhile.
    const auto post = [self, run](auto f) {
        QMetaObject::invokeMethod(
            self.data(), [run, f = std::move(f)] { if (!run->cancel) f(); }, Qt::QueuedConnection);
    };
    thread_ = QThread::create([this, run, options, cacheFile, hashes, post] {
        QElapsedTimer clock;
        clock.start();
        QList<ModelLibraryEntry> batch, all;
        auto batchStarted = std::chrono::steady_clock::now();
        int count = 0, skips = 0;
        const auto flush = [&] {
            if (batch.isEmpty()) return;
            post([this, b = batch] { Q_EMIT entriesFound(b); });
            batch.clear();
            batchStarted = std::chrono::steady_clock::now();
        };
        scan_model_folders(
            options,
            [&](ModelLibraryEntry&& e) {
                ++count;
                all.push_back(e);
                batch.push_back(std::move(e));
                if (batch.size() >= kBatchEntries || std::chrono::steady_clock::now() - batchStarted > kBatchAge) flush();
            },
            [&](ModelScanSkip&& s) {
                ++skips;
                post([this, p = QString::fromStdString(s.path), r = QString::fromStdString(s.reason)] {
                    Q_EMIT skipped(p, r);
                });
            },
            &run->cancel);
        flush();
        if (run->cancel) return;
        const qint64 ms = clock.elapsed();
        post([this, count, skips, ms, hashes] {
            if (!hashes) busy_ = false;
            Q_EMIT scanFinished(count, skips, ms);
        });
        if (!hashes) return;
        // Cached hashes first (no file read), then the missing ones, one file at a time.
        ModelHashCache cache(cacheFile);
        QList<QPair<QString, QString>> found;
        QList<const ModelLibraryEntry*> missing;
        for (const auto& e : all) {
            if (e.kind == ModelKind::Pickle || e.kind == ModelKind::Unknown || e.kind == ModelKind::Upscaler) continue;  // A1111 hashes no upscaler
            const std::string h = cache.cached(e);
            if (h.empty()) missing.push_back(&e);
            else found.push_back({QString::fromStdString(e.path), QString::fromStdString(h)});
        }
        if (!found.isEmpty()) post([this, found] { Q_EMIT hashesFound(found); });
        for (const ModelLibraryEntry* e : missing) {
            if (run->cancel) break;
            try {
                const std::string h = cache.hash(*e, &run->cancel);
                if (!h.empty())
                    post([this, p = QString::fromStdString(e->path), h = QString::fromStdString(h)] {
                        Q_EMIT hashesFound({{p, h}});
                    });
            } catch (const std::exception&) {
                // Unreadable now (removed mid-scan): no hash; the entry stays listed.
            }
        }
        try {
            cache.save();
        } catch (const std::exception&) {
            // A read-only data folder: hashes are computed again next time.
        }
        post([this, n = static_cast<int>(cache.computed())] {
            busy_ = false;
            Q_EMIT hashingFinished(n);
        });
    });
    thread_->setObjectName(QStringLiteral("model-library-scan"));
    thread_->start(QThread::LowPriority);
}

}  // namespace stipple::ui
