// The generation history: one SQLite database (QtSql, WAL, transactions) in the data folder with
// the parameters, file path, thumbnail, time and duration of every generated image.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>

namespace stipple::ui {

struct HistoryRecord {
    qint64 id = 0;           // assigned by add()
    QString path;
    quint64 seed = 0;
    QString parameters;      // A1111 infotext
    QImage thumbnail;        // decoded for the gallery
    QByteArray thumbnailPng; // as stored; add() encodes `thumbnail` only when this is empty
    QDateTime created;
    double seconds = 0;      // duration of the generation that made it
};

class HistoryStore {
public:
    // Opens (creating if needed) <dataDir>/history.sqlite. ok() is false with error() on failure;
    // the app keeps working without history then.
    explicit HistoryStore(const QString& dataDir);
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    bool ok() const { return ok_; }
    QString error() const { return error_; }

    // Adds the records in one transaction and fills in their ids; false on failure (see error()).
    bool add(QList<HistoryRecord>& records);
    // Up to `limit` records older than id `beforeId` (0 = from the newest), newest first, their
    // thumbnails decoded: the gallery reads the history a page at a time.
    QList<HistoryRecord> page(qint64 beforeId, int limit) const;
    bool remove(qint64 id);

private:
    QString connection_;
    bool ok_ = false;
    mutable QString error_;
};

}  // namespace stipple::ui
