// Scans the model library (core/io/model_library.h) on a worker thread and hands the entries to
// the GUI thread in batches (queued calls), then computes the missing A1111 short hashes there
// too (cached by path + size + mtime, io/model_hash_cache.h). The GUI thread never reads a file.
#pragma once

#include "io/model_library.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace stipple::ui {

class ModelLibraryScanner : public QObject {
    Q_OBJECT
public:
    explicit ModelLibraryScanner(QObject* parent = nullptr);
    // Stops the worker (between two files, or two 1 MiB blocks of a hash) and waits for it.
    ~ModelLibraryScanner() override;

    // Starts a scan of `folders` (a running one is stopped first: its batches no longer arrive).
    // `hashCacheFile` "" keeps hashes in memory only; `hashes` false skips the hashing pass.
    void start(const QStringList& folders, const QString& hashCacheFile, bool hashes = true);
    void stop();
    // From start() until its last signal (hashingFinished, or scanFinished without hashes) arrived.
    bool isRunning() const { return busy_; }

Q_SIGNALS:
    void entriesFound(const QList<stipple::ModelLibraryEntry>& batch);
    void skipped(const QString& path, const QString& reason);
    // Every folder listed and every file classified: `elapsedMs` since start().
    void scanFinished(int entries, int skippedCount, qint64 elapsedMs);
    void hashesFound(const QList<QPair<QString, QString>>& pathAndHash);
    void hashingFinished(int computed);

private:
    struct Run;
    std::shared_ptr<Run> run_;
    QThread* thread_ = nullptr;
    bool busy_ = false;  // GUI thread only
};

}  // namespace stipple::ui
