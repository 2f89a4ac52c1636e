// Gallery list model (see gallery_model.h).
#include "gallery_model.h"

#include "image/infotext.h"

namespace stipple::ui {

GalleryModel::GalleryModel(QObject* parent) : QAbstractListModel(parent) {}

int GalleryModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(items_.size()); }

QString GalleryModel::summarize(const QString& parameters) {
    const stipple::Infotext t = stipple::parse_infotext(parameters.toStdString());
    QStringList parts;
    if (auto v = t.get("Steps")) parts << tr("%1 steps").arg(QString::fromStdString(*v));
    if (auto v = t.get("Sampler"))
        parts << QString::fromStdString(stipple::sampler_label_from_fields(*v, t.get("Schedule type").value_or("")));
    if (auto v = t.get("CFG scale")) parts << tr("CFG %1").arg(QString::fromStdString(*v));
    if (auto v = t.get("Size")) parts << QString::fromStdString(*v).replace(QLatin1Char('x'), QChar(0x00d7));
    return parts.join(QStringLiteral(" · "));
}

GalleryModel::Item GalleryModel::makeItem(const HistoryRecord& r) {
    Item item{r, QPixmap::fromImage(r.thumbnail), summarize(r.parameters)};
    item.record.thumbnail = QImage();  // the pixmap is enough; keep memory small
    item.record.thumbnailPng.clear();
    return item;
}

QVariant GalleryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= items_.size()) return {};
    const Item& item = items_[index.row()];
    switch (role) {
    case Qt::DisplayRole: return tr("Seed %1").arg(item.record.seed);
    case Qt::DecorationRole: return item.thumbnail;
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n\n%2\n%3").arg(item.record.parameters, item.record.path,
                                                 item.record.created.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    case IdRole: return item.record.id;
    case PathRole: return item.record.path;
    case SeedRole: return QString::number(item.record.seed);
    case ParametersRole: return item.record.parameters;
    case SummaryRole: return item.summary;
    case SecondsRole: return item.record.seconds;
    case RatingRole: return item.record.rating;
    default: return {};
    }
}

void GalleryModel::setStore(HistoryStore* store) {
    store_ = store;
    reload();
}

void GalleryModel::setQuery(const HistoryQuery& query) {
    query_ = query;
    reload();
}

void GalleryModel::reload() {
    beginResetModel();
    items_.clear();
    loadedIds_.clear();
    haveCursor_ = false;
    storeExhausted_ = !store_ || !store_->ok();
    endResetModel();
    total_ = storeExhausted_ ? 0 : std::max(0, store_->count(query_));
    if (!storeExhausted_) fetchMore({});
    Q_EMIT totalCountChanged();
}

int GalleryModel::totalCount() const {
    return store_ && store_->ok() ? std::max(total_, static_cast<int>(items_.size())) : static_cast<int>(items_.size());
}

bool GalleryModel::canFetchMore(const QModelIndex& parent) const { return !parent.isValid() && !storeExhausted_; }

void GalleryModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || storeExhausted_) return;
    const QList<HistoryRecord> records = store_->page(query_, haveCursor_ ? &cursor_ : nullptr, kPageSize);
    if (records.size() < kPageSize) storeExhausted_ = true;
    if (records.isEmpty()) return;
    cursor_ = records.back();
    cursor_.thumbnail = QImage();
    haveCursor_ = true;
    QList<Item> fresh;
    for (const auto& r : records)
        if (!loadedIds_.contains(r.id)) fresh << makeItem(r);  // a record re-rated since its page was read
    if (fresh.isEmpty()) return;
    const int first = static_cast<int>(items_.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (Item& item : fresh) {
        loadedIds_.insert(item.record.id);
        items_ << std::move(item);
    }
    endInsertRows();
}

void GalleryModel::prepend(const QList<HistoryRecord>& records) {
    if (records.isEmpty()) return;
    QList<HistoryRecord> shown = records;
    const bool stored = store_ && store_->ok() && records.front().id > 0;
    if (stored && !query_.matchesAll()) {
        QList<qint64> ids;
        for (const auto& r : records) ids << r.id;
        const QList<qint64> match = store_->matching(query_, ids);
        shown.clear();
        for (const auto& r : records)
            if (match.contains(r.id)) shown << r;
    }
    if (stored) total_ += static_cast<int>(shown.size());
    // Newest first: at the top. In another order they are read where paging reaches them.
    if (!shown.isEmpty() && (query_.sort == HistoryQuery::Sort::Newest || !stored)) {
        beginInsertRows({}, 0, static_cast<int>(shown.size()) - 1);
        for (int i = static_cast<int>(shown.size()) - 1; i >= 0; --i) {
            loadedIds_.insert(shown[i].id);
            items_.prepend(makeItem(shown[i]));
        }
        endInsertRows();
    } else if (!shown.isEmpty() && query_.sort == HistoryQuery::Sort::Oldest && storeExhausted_) {
        const int first = static_cast<int>(items_.size());
        beginInsertRows({}, first, first + static_cast<int>(shown.size()) - 1);
        for (const auto& r : shown) {
            loadedIds_.insert(r.id);
            items_ << makeItem(r);
        }
        endInsertRows();
    }
    Q_EMIT totalCountChanged();
}

bool GalleryModel::removeId(qint64 id) {
    for (int i = 0; i < items_.size(); ++i)
        if (items_[i].record.id == id) {
            beginRemoveRows({}, i, i);
            items_.removeAt(i);
            endRemoveRows();
            loadedIds_.remove(id);
            if (total_ > 0) --total_;
            Q_EMIT totalCountChanged();
            return true;
        }
    return false;
}

bool GalleryModel::setRating(const QList<int>& rows, int rating, QString* error) {
    rating = qBound(kRejected, rating, 5);
    QList<qint64> ids;
    for (int row : rows)
        if (row >= 0 && row < items_.size()) ids << items_[row].record.id;
    if (ids.isEmpty()) return true;
    if (store_ && store_->ok() && !store_->setRating(ids, rating)) {
        if (error) *error = store_->error();
        return false;
    }
    for (int row : rows)
        if (row >= 0 && row < items_.size()) {
            items_[row].record.rating = rating;
            Q_EMIT dataChanged(index(row), index(row), {RatingRole});
        }
    return true;
}

const HistoryRecord* GalleryModel::record(int row) const {
    return row >= 0 && row < items_.size() ? &items_[row].record : nullptr;
}

QModelIndex GalleryModel::indexOfId(qint64 id) const {
    for (int i = 0; i < items_.size(); ++i)
        if (items_[i].record.id == id) return index(i);
    return {};
}

}  // namespace stipple::ui
