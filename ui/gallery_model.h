// The gallery's list model: one row per generated image (newest first), backed by history records.
#pragma once

#include "history_store.h"

#include <QAbstractListModel>
#include <QPixmap>

namespace stipple::ui {

class GalleryModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, PathRole, SeedRole, ParametersRole, SummaryRole, SecondsRole };

    explicit GalleryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    // Shows `store`'s history, read a page at a time as the view scrolls (canFetchMore/fetchMore),
    // so a start-up decodes one page of thumbnails, not the whole history. `store` outlives the model.
    void setStore(const HistoryStore* store);
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    static constexpr int kPageSize = 96;
    void prepend(const QList<HistoryRecord>& records);  // newest first, as they come
    bool removeId(qint64 id);
    const HistoryRecord* record(int row) const;
    QModelIndex indexOfId(qint64 id) const;

    // "20 steps · DPM++ 2M Karras · CFG 7 · 512×512" from an A1111 infotext.
    static QString summarize(const QString& parameters);

private:
    struct Item {
        HistoryRecord record;
        QPixmap thumbnail;
        QString summary;
    };
    static Item makeItem(const HistoryRecord& r);
    QList<Item> items_;
    const HistoryStore* store_ = nullptr;
    qint64 oldestLoaded_ = 0;  // id of the oldest record read from the store (0: none yet)
    bool storeExhausted_ = true;
};

}  // namespace stipple::ui
