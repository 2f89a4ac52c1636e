// History recorder (see history_recorder.h).
#include "history_recorder.h"

#include "gallery_model.h"

namespace stipple::ui {

HistoryRecorder::HistoryRecorder(const QString& dataDir, GalleryModel* gallery)
    : store_(std::make_unique<HistoryStore>(dataDir)), gallery_(gallery) {
    gallery_->setStore(store_.get());
}

HistoryRecorder::~HistoryRecorder() = default;

QString HistoryRecorder::record(const JobResult& result) {
    QList<HistoryRecord> records;
    const QDateTime now = QDateTime::currentDateTime();
    for (const GeneratedImage& g : result.images) {
        HistoryRecord r;
        r.path = g.path;
        r.seed = g.seed;
        r.parameters = g.parameters;
        r.thumbnail = g.thumbnail;
        r.thumbnailPng = g.thumbnailPng;
        r.created = now;
        r.seconds = result.seconds;
        records << r;
    }
    QString error;
    if (store_->ok() && !store_->add(records)) error = store_->error();
    gallery_->prepend(records);
    return error;
}

QString HistoryRecorder::addImported(QList<HistoryRecord>& records) {
    if (!store_->ok()) return store_->error();
    if (!store_->add(records)) return store_->error();
    gallery_->prepend(records);
    return {};
}

void HistoryRecorder::remove(qint64 id) {
    if (store_->ok()) store_->remove(id);
    gallery_->removeId(id);
}

QImage HistoryRecorder::newestThumbnail(const QString& modelName) const {
    if (!store_->ok() || modelName.isEmpty()) return {};
    HistoryQuery query;
    query.model = modelName.toLower();
    const QList<HistoryRecord> newest = store_->page(query, nullptr, 1);
    return newest.isEmpty() ? QImage() : newest.first().thumbnail;
}

}  // namespace stipple::ui
