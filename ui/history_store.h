// The generation history: one SQLite database (QtSql, WAL, transactions) in the data folder with
// the parameters, file path, thumbnail, time, duration and rating of every generated or imported
// image; searched through indexed columns and an FTS5 index of the prompts (see history_search.h).
#pragma once

#include "history_search.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
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
    int rating = 0;          // 0 unrated, 1-5 stars, kRejected
    qint64 sourceSize = -1;  // imported files: size and modification time (ms since the epoch)
    qint64 sourceMtime = 0;  //   when read, so a second import of the same file is skipped
};

class HistoryStore {
public:
    // Opens (creating if needed) <dataDir>/history.sqlite, adding the columns and indexes of this
    // version to an older database (every row kept). ok() is false with error() on failure; the
    // app keeps working without history then.
    explicit HistoryStore(const QString& dataDir);
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    bool ok() const { return ok_; }
    QString error() const { return error_; }
    // True when SQLite has FTS5: prompt words are then looked up in a full-text index, else
    // matched with LIKE over the prompt column.
    bool hasFullTextIndex() const { return fts_; }

    // Adds the records in one transaction and fills in their ids; false on failure (see error()).
    bool add(QList<HistoryRecord>& records);
    // Up to `limit` records older than id `beforeId` (0 = from the newest), newest first, their
    // thumbnails decoded: the gallery reads the history a page at a time.
    QList<HistoryRecord> page(qint64 beforeId, int limit) const;
    // The next `limit` records matching `query` in its order, after `after` (the last record of
    // the previous page; nullptr = from the start). Keyset paging: every page costs the same.
    QList<HistoryRecord> page(const HistoryQuery& query, const HistoryRecord* after, int limit) const;
    // How many records match (-1 on a database error).
    int count(const HistoryQuery& query) const;
    // Which of `ids` match `query`.
    QList<qint64> matching(const HistoryQuery& query, const QList<qint64>& ids) const;
    bool setRating(const QList<qint64>& ids, int rating);
    int rating(qint64 id) const;  // -2 when there is no such record
    bool remove(qint64 id);
    // The files under `folder` (recursively) the history already holds: path -> (size, mtime);
    // size -1 for images generated here (the app knows them already).
    QHash<QString, QPair<qint64, qint64>> knownFiles(const QString& folder) const;

private:
    bool migrate();
    QString connection_;
    bool ok_ = false;
    bool fts_ = false;
    mutable QString error_;
};

}  // namespace stipple::ui
