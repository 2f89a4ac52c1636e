// The gallery's list model: one row per generated or imported image, backed by history records
// that match the current search (newest first unless it asks otherwise), read a page at a time.
#pragma once

#include "history_search.h"
#include "history_store.h"

#include <QAbstractListModel>
#include <QPixmap>
#include <QSet>

namespace stipple::ui {

class GalleryModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, PathRole, SeedRole, ParametersRole, SummaryRole, SecondsRole, RatingRole };

    explicit GalleryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    // Shows `store`'s history, read a page at a time as the view scrolls (canFetchMore/fetchMore),
    // so a start-up decodes one page of thumbnails, not the whole history. `store` outlives the model.
    void setStore(HistoryStore* store);
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    static constexpr int kPageSize = 96;
    // Shows the records matching `query` in its order, paged as above (one indexed query per page).
    void setQuery(const HistoryQuery& query);
    const HistoryQuery& query() const { return query_; }
    // How many records match the query in the history (the rows loaded so far without a store).
    int totalCount() const;
    void prepend(const QList<HistoryRecord>& records);  // newest first, as they come; those the search hides are left out
    bool removeId(qint64 id);
    const HistoryRecord* record(int row) const;
    QModelIndex indexOfId(qint64 id) const;
    // Rates the rows (0 clears, 1-5 stars, kRejected) in the history and here; false with the
    // database's reason in `error` when it could not be stored (the rows are unchanged then).
    bool setRating(const QList<int>& rows, int rating, QString* error = nullptr);

    // "20 steps · DPM++ 2M Karras · CFG 7 · 512×512" from an A1111 infotext.
    static QString summarize(const QString& parameters);

Q_SIGNALS:
    void totalCountChanged();

private:
    struct Item {
        HistoryRecord record;
        QPixmap thumbnail;
        QString summary;
    };
    static Item makeItem(const HistoryRecord& r);
    void reload();
    QList<Item> items_;
    QSet<qint64> loadedIds_;
    HistoryStore* store_ = nullptr;
    HistoryQuery query_;
    HistoryRecord cursor_;     // the last record read from the store (id and rating as read)
    bool haveCursor_ = false;
    bool storeExhausted_ = true;
    int total_ = 0;            // matching records in the store
};

}  // namespace stipple::ui
