// What happens to a finished generation's images outside the preview: each goes into the history
// database and to the top of the gallery, with its parameters, thumbnail and duration.
#pragma once

#include "generation_job.h"
#include "history_store.h"

#include <QString>

#include <memory>

namespace stipple::ui {

class GalleryModel;

class HistoryRecorder {
public:
    // Opens <dataDir>/history.sqlite and shows it in `gallery` (read a page at a time).
    HistoryRecorder(const QString& dataDir, GalleryModel* gallery);
    ~HistoryRecorder();

    bool ok() const { return store_->ok(); }
    QString error() const { return store_->error(); }

    // Adds the result's images to the history and the gallery; the gallery gets them even when
    // the database cannot be written. Returns "" or the database's reason for failing.
    QString record(const JobResult& result);
    // Forgets image `id` in both (the file itself is the caller's business).
    void remove(qint64 id);
    // Adds images imported from elsewhere (png_import.h) to the history and, when the search
    // shows them, the gallery; "" or the database's reason (nothing is shown then).
    QString addImported(QList<HistoryRecord>& records);
    // The files under `folder` already in the history (see HistoryStore::knownFiles).
    QHash<QString, QPair<qint64, qint64>> knownFiles(const QString& folder) const { return store_->knownFiles(folder); }

    // The thumbnail of the newest image whose model name contains `modelName` (the model
    // library's picture of a model); null when there is none.
    QImage newestThumbnail(const QString& modelName) const;

private:
    std::unique_ptr<HistoryStore> store_;
    GalleryModel* gallery_;
};

}  // namespace stipple::ui
