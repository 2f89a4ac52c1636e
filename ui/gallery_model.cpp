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
    default: return {};
    }
}

void GalleryModel::setStore(const HistoryStore* store) {
    beginResetModel();
    items_.clear();
    store_ = store;
    oldestLoaded_ = 0;
    storeExhausted_ = !store_ || !store_->ok();
    endResetModel();
    if (!storeExhausted_) fetchMore({});
}

bool GalleryModel::canFetchMore(const QModelIndex& parent) const { return !parent.isValid() && !storeExhausted_; }

void GalleryModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || storeExhausted_) return;
    const QList<HistoryRecord> records = store_->page(oldestLoaded_, kPageSize);
    if (records.size() < kPageSize) storeExhausted_ = true;
    if (records.isEmpty()) return;
    oldestLoaded_ = records.back().id;
    const int first = static_cast<int>(items_.size());
    beginInsertRows({}, first, first + static_cast<int>(records.size()) - 1);
    for (const auto& r : records) items_ << makeItem(r);
    endInsertRows();
}

void GalleryModel::prepend(const QList<HistoryRecord>& records) {
    if (records.isEmpty()) return;
    beginInsertRows({}, 0, static_cast<int>(records.size()) - 1);
    for (int i = static_cast<int>(records.size()) - 1; i >= 0; --i) items_.prepend(makeItem(records[i]));
    endInsertRows();
}

bool GalleryModel::removeId(qint64 id) {
    for (int i = 0; i < items_.size(); ++i)
        if (items_[i].record.id == id) {
            beginRemoveRows({}, i, i);
            items_.removeAt(i);
            endRemoveRows();
            return true;
        }
    return false;
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
