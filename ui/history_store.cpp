// SQLite history (see history_store.h).
#include "history_store.h"

#include <QBuffer>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace stipple::ui {

namespace {
QByteArray pngBytes(const QImage& image) {
    QByteArray bytes;
    if (image.isNull()) return bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
}  // namespace

HistoryStore::HistoryStore(const QString& dataDir)
    : connection_(QStringLiteral("stipple-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection_);
    QDir().mkpath(dataDir);
    db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("history.sqlite")));
    if (!db.open()) {
        error_ = QObject::tr("Cannot open the history database %1: %2").arg(db.databaseName(), db.lastError().text());
        return;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS generations ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " created TEXT NOT NULL,"
                               " seconds REAL NOT NULL DEFAULT 0,"
                               " path TEXT NOT NULL,"
                               " seed TEXT NOT NULL,"
                               " parameters TEXT NOT NULL,"
                               " thumbnail BLOB)"))) {
        error_ = QObject::tr("Cannot create the history table in %1: %2").arg(db.databaseName(), q.lastError().text());
        return;
    }
    ok_ = true;
}

HistoryStore::~HistoryStore() {
    {
        QSqlDatabase db = QSqlDatabase::database(connection_, false);
        if (db.isOpen()) db.close();
    }
    QSqlDatabase::removeDatabase(connection_);
}

bool HistoryStore::add(QList<HistoryRecord>& records) {
    if (!ok_) return false;
    QSqlDatabase db = QSqlDatabase::database(connection_);
    if (!db.transaction()) {
        error_ = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO generations (created, seconds, path, seed, parameters, thumbnail)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    for (HistoryRecord& r : records) {
        q.addBindValue(r.created.toString(Qt::ISODateWithMs));
        q.addBindValue(r.seconds);
        q.addBindValue(r.path);
        q.addBindValue(QString::number(r.seed));
        q.addBindValue(r.parameters);
        q.addBindValue(r.thumbnailPng.isEmpty() ? pngBytes(r.thumbnail) : r.thumbnailPng);
        if (!q.exec()) {
            error_ = q.lastError().text();
            db.rollback();
            return false;
        }
        r.id = q.lastInsertId().toLongLong();
    }
    if (!db.commit()) {
        error_ = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

QList<HistoryRecord> HistoryStore::page(qint64 beforeId, int limit) const {
    QList<HistoryRecord> out;
    if (!ok_) return out;
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT id, created, seconds, path, seed, parameters, thumbnail FROM generations"
                             " WHERE (? = 0 OR id < ?) ORDER BY id DESC LIMIT ?"));
    q.addBindValue(beforeId);
    q.addBindValue(beforeId);
    q.addBindValue(limit);
    if (!q.exec()) {
        error_ = q.lastError().text();
        return out;
    }
    while (q.next()) {
        HistoryRecord r;
        r.id = q.value(0).toLongLong();
        r.created = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        r.seconds = q.value(2).toDouble();
        r.path = q.value(3).toString();
        r.seed = q.value(4).toString().toULongLong();
        r.parameters = q.value(5).toString();
        r.thumbnail.loadFromData(q.value(6).toByteArray(), "PNG");
        out << r;
    }
    return out;
}

bool HistoryStore::remove(qint64 id) {
    if (!ok_) return false;
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("DELETE FROM generations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        error_ = q.lastError().text();
        return false;
    }
    return true;
}

}  // namespace stipple::ui
