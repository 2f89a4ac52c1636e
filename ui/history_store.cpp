// SQLite history (see history_store.h).
#include "history_store.h"

#include "image/infotext.h"

#include <QBuffer>
#include <QDir>
#include <QSet>
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

// The searchable columns of one record, read from its infotext.
struct Searchable {
    QString prompt, modelKey, samplerKey;
};
Searchable searchable(const QString& parameters) {
    const stipple::Infotext t = stipple::parse_infotext(parameters.toStdString());
    Searchable s;
    s.prompt = QString::fromStdString(t.prompt);
    s.modelKey = QString::fromStdString(t.get("Model").value_or("")).toLower();
    if (auto v = t.get("Sampler"))
        s.samplerKey = QString::fromStdString(stipple::sampler_label_from_fields(*v, t.get("Schedule type").value_or(""))).toLower();
    return s;
}

// A null QString binds as SQL NULL; the text columns hold "" instead.
QVariant text(const QString& s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

QString likeEscaped(const QString& text) {
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
    return out;
}

const char* const kColumns = "id, created, seconds, path, seed, parameters, thumbnail, rating, source_size, source_mtime";

HistoryRecord readRecord(const QSqlQuery& q) {
    HistoryRecord r;
    r.id = q.value(0).toLongLong();
    r.created = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    r.seconds = q.value(2).toDouble();
    r.path = q.value(3).toString();
    r.seed = q.value(4).toString().toULongLong();
    r.parameters = q.value(5).toString();
    r.thumbnail.loadFromData(q.value(6).toByteArray(), "PNG");
    r.rating = q.value(7).toInt();
    r.sourceSize = q.value(8).isNull() ? -1 : q.value(8).toLongLong();
    r.sourceMtime = q.value(9).toLongLong();
    return r;
}

// The WHERE clauses of a query (joined with AND), their values in `binds`.
QStringList filterClauses(const HistoryQuery& query, bool fts, QVariantList& binds) {
    QStringList where;
    if (!query.words.isEmpty()) {
        if (fts) {
            QStringList phrases;
            for (const QString& w : query.words) phrases << QLatin1Char('"') + QString(w).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1String("\"*");
            where << QStringLiteral("id IN (SELECT rowid FROM generations_fts WHERE generations_fts MATCH ?)");
            binds << phrases.join(QLatin1Char(' '));
        } else {
            for (const QString& w : query.words) {
                where << QStringLiteral("prompt LIKE ? ESCAPE '\\'");
                binds << QLatin1Char('%') + likeEscaped(w) + QLatin1Char('%');
            }
        }
    }
    if (!query.model.isEmpty()) {
        where << QStringLiteral("model_key LIKE ? ESCAPE '\\'");
        binds << QLatin1Char('%') + likeEscaped(query.model.toLower()) + QLatin1Char('%');
    }
    if (!query.sampler.isEmpty()) {
        where << QStringLiteral("sampler_key = ?");
        binds << query.sampler.toLower();
    }
    if (query.seed) {
        where << QStringLiteral("seed = ?");
        binds << QString::number(*query.seed);
    }
    if (query.from.isValid()) {
        where << QStringLiteral("created >= ?");
        binds << query.from.toString(Qt::ISODate);
    }
    if (query.to.isValid()) {
        where << QStringLiteral("created < ?");
        binds << query.to.addDays(1).toString(Qt::ISODate);
    }
    if (query.rejected == HistoryQuery::Rejected::Only) {
        where << QStringLiteral("rating = %1").arg(kRejected);
    } else {
        if (query.rejected == HistoryQuery::Rejected::Hide) where << QStringLiteral("rating >= 0");
        if (query.minRating > 0) where << QStringLiteral("rating >= %1").arg(qBound(1, query.minRating, 5));
    }
    return where;
}

bool bindAll(QSqlQuery& q, const QVariantList& binds) {
    for (const QVariant& v : binds) q.addBindValue(v);
    return q.exec();
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
    // WAL: a commit is whole once it is in the -wal file, so the app being killed (SIGKILL, a crash)
    // loses no committed row and never corrupts the file; readers never block the writer.
    // synchronous=NORMAL, not FULL: in WAL mode NORMAL is equally safe against a killed process
    // (tests/test_ui_history_kill.cpp) and never corrupts on power loss, which can only drop the
    // last commits since a checkpoint; FULL's fsync per commit would buy nothing more, since the
    // image files those rows name are not fsynced either (a row for a lost image is no better).
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS generations ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " created TEXT NOT NULL,"
                               " seconds REAL NOT NULL DEFAULT 0,"
                               " path TEXT NOT NULL,"
                               " seed TEXT NOT NULL,"
                               " parameters TEXT NOT NULL,"
                               " thumbnail BLOB,"
                               " rating INTEGER NOT NULL DEFAULT 0,"
                               " prompt TEXT,"
                               " model_key TEXT,"
                               " sampler_key TEXT,"
                               " source_size INTEGER,"
                               " source_mtime INTEGER)"))) {
        error_ = QObject::tr("Cannot create the history table in %1: %2").arg(db.databaseName(), q.lastError().text());
        return;
    }
    if (!migrate()) {
        error_ = QObject::tr("Cannot update the history database %1: %2").arg(db.databaseName(), error_);
        return;
    }
    ok_ = true;
}

// A database of an earlier version gains the new columns (existing rows keep everything and get
// their searchable columns from their parameters), the indexes and the full-text index.
bool HistoryStore::migrate() {
    QSqlDatabase db = QSqlDatabase::database(connection_);
    QSqlQuery q(db);
    QSet<QString> columns;
    if (!q.exec(QStringLiteral("PRAGMA table_info(generations)"))) return error_ = q.lastError().text(), false;
    while (q.next()) columns << q.value(1).toString();
    const std::pair<const char*, const char*> added[] = {
        {"rating", "INTEGER NOT NULL DEFAULT 0"}, {"prompt", "TEXT"},        {"model_key", "TEXT"},
        {"sampler_key", "TEXT"},                  {"source_size", "INTEGER"}, {"source_mtime", "INTEGER"}};
    for (const auto& [name, type] : added)
        if (!columns.contains(QLatin1String(name)) &&
            !q.exec(QStringLiteral("ALTER TABLE generations ADD COLUMN %1 %2").arg(QLatin1String(name), QLatin1String(type))))
            return error_ = q.lastError().text(), false;
    for (const char* index : {"CREATE INDEX IF NOT EXISTS generations_seed ON generations(seed)",
                              "CREATE INDEX IF NOT EXISTS generations_sampler ON generations(sampler_key)",
                              "CREATE INDEX IF NOT EXISTS generations_created ON generations(created)",
                              "CREATE INDEX IF NOT EXISTS generations_rating ON generations(rating, id)",
                              "CREATE INDEX IF NOT EXISTS generations_path ON generations(path)"})
        if (!q.exec(QLatin1String(index))) return error_ = q.lastError().text(), false;

    // FTS5 when this SQLite has it (Debian's does); else prompt words are matched with LIKE.
    if (q.exec(QStringLiteral("PRAGMA compile_options")))
        while (q.next())
            if (q.value(0).toString() == QLatin1String("ENABLE_FTS5")) fts_ = true;
    bool ftsExists = false;
    if (q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'generations_fts'")) && q.next()) ftsExists = true;

    // Rows written by an earlier version: their searchable columns, in one transaction.
    QList<std::pair<qint64, QString>> stale;
    if (!q.exec(QStringLiteral("SELECT id, parameters FROM generations WHERE prompt IS NULL")))
        return error_ = q.lastError().text(), false;
    while (q.next()) stale.append({q.value(0).toLongLong(), q.value(1).toString()});
    if (!stale.isEmpty()) {
        if (!db.transaction()) return error_ = db.lastError().text(), false;
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE generations SET prompt = ?, model_key = ?, sampler_key = ? WHERE id = ?"));
        for (const auto& [id, parameters] : stale) {
            const Searchable s = searchable(parameters);
            u.addBindValue(text(s.prompt));
            u.addBindValue(text(s.modelKey));
            u.addBindValue(text(s.samplerKey));
            u.addBindValue(id);
            if (!u.exec()) {
                error_ = u.lastError().text();
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) return error_ = db.lastError().text(), db.rollback(), false;
    }
    if (fts_ && !ftsExists) {
        // An external-content index over generations.prompt, kept in step by triggers.
        for (const char* sql :
             {"CREATE VIRTUAL TABLE generations_fts USING fts5(prompt, content='generations', content_rowid='id')",
              "CREATE TRIGGER IF NOT EXISTS generations_fts_insert AFTER INSERT ON generations BEGIN"
              " INSERT INTO generations_fts(rowid, prompt) VALUES (new.id, new.prompt); END",
              "CREATE TRIGGER IF NOT EXISTS generations_fts_delete AFTER DELETE ON generations BEGIN"
              " INSERT INTO generations_fts(generations_fts, rowid, prompt) VALUES ('delete', old.id, old.prompt); END",
              "CREATE TRIGGER IF NOT EXISTS generations_fts_update AFTER UPDATE OF prompt ON generations BEGIN"
              " INSERT INTO generations_fts(generations_fts, rowid, prompt) VALUES ('delete', old.id, old.prompt);"
              " INSERT INTO generations_fts(rowid, prompt) VALUES (new.id, new.prompt); END",
              "INSERT INTO generations_fts(generations_fts) VALUES ('rebuild')"})
            if (!q.exec(QLatin1String(sql))) {
                // Without the index the history still works: words are matched with LIKE.
                fts_ = false;
                q.exec(QStringLiteral("DROP TABLE IF EXISTS generations_fts"));
                break;
            }
    } else if (!fts_ && ftsExists) {
        // A database indexed by an SQLite with FTS5, opened by one without: its triggers cannot run.
        for (const char* sql : {"DROP TRIGGER IF EXISTS generations_fts_insert", "DROP TRIGGER IF EXISTS generations_fts_delete",
                                "DROP TRIGGER IF EXISTS generations_fts_update"})
            q.exec(QLatin1String(sql));
    }
    return true;
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
    q.prepare(QStringLiteral("INSERT INTO generations (created, seconds, path, seed, parameters, thumbnail, rating,"
                             " prompt, model_key, sampler_key, source_size, source_mtime)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (HistoryRecord& r : records) {
        const Searchable s = searchable(r.parameters);
        q.addBindValue(r.created.toString(Qt::ISODateWithMs));
        q.addBindValue(r.seconds);
        q.addBindValue(text(r.path));
        q.addBindValue(QString::number(r.seed));
        q.addBindValue(text(r.parameters));
        q.addBindValue(r.thumbnailPng.isEmpty() ? pngBytes(r.thumbnail) : r.thumbnailPng);
        q.addBindValue(r.rating);
        q.addBindValue(text(s.prompt));
        q.addBindValue(text(s.modelKey));
        q.addBindValue(text(s.samplerKey));
        q.addBindValue(r.sourceSize >= 0 ? QVariant(r.sourceSize) : QVariant());
        q.addBindValue(r.sourceSize >= 0 ? QVariant(r.sourceMtime) : QVariant());
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
    HistoryRecord after;
    after.id = beforeId;
    return page(HistoryQuery{}, beforeId > 0 ? &after : nullptr, limit);
}

QList<HistoryRecord> HistoryStore::page(const HistoryQuery& query, const HistoryRecord* after, int limit) const {
    QList<HistoryRecord> out;
    if (!ok_) return out;
    QVariantList binds;
    QStringList where = filterClauses(query, fts_, binds);
    QString order;
    switch (query.sort) {
    case HistoryQuery::Sort::Newest:
        order = QStringLiteral("id DESC");
        if (after) where << QStringLiteral("id < %1").arg(after->id);
        break;
    case HistoryQuery::Sort::Oldest:
        order = QStringLiteral("id ASC");
        if (after) where << QStringLiteral("id > %1").arg(after->id);
        break;
    case HistoryQuery::Sort::Rating:
        order = QStringLiteral("rating DESC, id DESC");
        if (after) where << QStringLiteral("(rating < %1 OR (rating = %1 AND id < %2))").arg(after->rating).arg(after->id);
        break;
    }
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT %1 FROM generations%2 ORDER BY %3 LIMIT %4")
                  .arg(QLatin1String(kColumns),
                       where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")), order)
                  .arg(limit));
    if (!bindAll(q, binds)) {
        error_ = q.lastError().text();
        return out;
    }
    while (q.next()) out << readRecord(q);
    return out;
}

int HistoryStore::count(const HistoryQuery& query) const {
    if (!ok_) return -1;
    QVariantList binds;
    const QStringList where = filterClauses(query, fts_, binds);
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM generations") +
              (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    if (!bindAll(q, binds) || !q.next()) {
        error_ = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

QList<qint64> HistoryStore::matching(const HistoryQuery& query, const QList<qint64>& ids) const {
    QList<qint64> out;
    if (!ok_ || ids.isEmpty()) return out;
    QVariantList binds;
    QStringList where = filterClauses(query, fts_, binds);
    QStringList list;
    for (qint64 id : ids) list << QString::number(id);
    where << QStringLiteral("id IN (%1)").arg(list.join(QLatin1Char(',')));
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT id FROM generations WHERE ") + where.join(QStringLiteral(" AND ")));
    if (!bindAll(q, binds)) {
        error_ = q.lastError().text();
        return out;
    }
    while (q.next()) out << q.value(0).toLongLong();
    return out;
}

bool HistoryStore::setRating(const QList<qint64>& ids, int rating) {
    if (!ok_) return false;
    QSqlDatabase db = QSqlDatabase::database(connection_);
    if (!db.transaction()) {
        error_ = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE generations SET rating = ? WHERE id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(qBound(kRejected, rating, 5));
        q.addBindValue(id);
        if (!q.exec()) {
            error_ = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        error_ = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

int HistoryStore::rating(qint64 id) const {
    if (!ok_) return -2;
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT rating FROM generations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) return -2;
    return q.value(0).toInt();
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

QHash<QString, QPair<qint64, qint64>> HistoryStore::knownFiles(const QString& folder) const {
    QHash<QString, QPair<qint64, qint64>> out;
    if (!ok_) return out;
    QString root = QDir::cleanPath(folder);
    if (!root.endsWith(QLatin1Char('/'))) root += QLatin1Char('/');
    // A range over the path index: every path that starts with "<folder>/" ('0' follows '/').
    QString end = root;
    end.back() = QLatin1Char('0');
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT path, source_size, source_mtime FROM generations WHERE path >= ? AND path < ?"));
    q.addBindValue(root);
    q.addBindValue(end);
    if (!q.exec()) {
        error_ = q.lastError().text();
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1).isNull() ? -1 : q.value(1).toLongLong(), q.value(2).toLongLong()});
    return out;
}

}  // namespace stipple::ui
