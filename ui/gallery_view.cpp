// Gallery region (see gallery_view.h).
#include "gallery_view.h"

#include "gallery_delegate.h"
#include "gallery_model.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace stipple::ui {

GalleryView::GalleryView(GalleryModel* model, QWidget* parent) : QWidget(parent), model_(model) {
    setObjectName(QStringLiteral("gallery"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    auto* header = new QHBoxLayout;
    title_ = new QLabel(this);
    title_->setStyleSheet(QStringLiteral("font-weight: 600;"));
    compare_ = new QPushButton(tr("&Compare"), this);
    compare_->setAccessibleName(tr("Compare selected images"));
    compare_->setObjectName(QStringLiteral("compareButton"));
    compare_->setToolTip(tr("Select 2 to 4 images (Ctrl+click) to see them side by side at the same zoom."));
    compare_->setEnabled(false);
    search_ = new QLineEdit(this);
    search_->setObjectName(QStringLiteral("gallerySearch"));
    search_->setClearButtonEnabled(true);
    search_->setPlaceholderText(tr("Search prompts, model:, sampler:, seed:, date:"));
    search_->setAccessibleName(tr("Search the history"));
    search_->setToolTip(tr("Words find images whose prompt has them. Also: model:name, sampler:\"DPM++ 2M Karras\", "
                           "seed:1234 (or just the number), date:2024-05-17, date:2024-05, date:2024-05-01..2024-05-31, stars:3."));
    filter_ = new QComboBox(this);
    filter_->setObjectName(QStringLiteral("galleryFilter"));
    filter_->setAccessibleName(tr("Show images by rating"));
    filter_->addItem(tr("All images"), 0);
    filter_->addItem(tr("Not rejected"), 100);
    filter_->addItem(tr("★ and up"), 1);
    filter_->addItem(tr("★★★ and up"), 3);
    filter_->addItem(tr("★★★★★ only"), 5);
    filter_->addItem(tr("Rejected only"), kRejected);
    filter_->setToolTip(tr("While the gallery has focus: 1–5 rate the selected images, 0 clears, X rejects, arrows move."));
    sort_ = new QComboBox(this);
    sort_->setObjectName(QStringLiteral("gallerySort"));
    sort_->setAccessibleName(tr("Order of the gallery"));
    sort_->addItem(tr("Newest first"), static_cast<int>(HistoryQuery::Sort::Newest));
    sort_->addItem(tr("Oldest first"), static_cast<int>(HistoryQuery::Sort::Oldest));
    sort_->addItem(tr("Highest rated"), static_cast<int>(HistoryQuery::Sort::Rating));
    header->addWidget(title_);
    header->addWidget(search_, 1);
    header->addWidget(filter_);
    header->addWidget(sort_);
    header->addWidget(compare_);
    layout->addLayout(header);

    list_ = new QListView(this);
    list_->setObjectName(QStringLiteral("galleryList"));
    list_->setModel(model_);
    list_->setItemDelegate(new GalleryDelegate(120, list_));
    list_->setViewMode(QListView::IconMode);
    list_->setFlow(QListView::LeftToRight);
    list_->setWrapping(true);
    list_->setResizeMode(QListView::Adjust);
    list_->setMovement(QListView::Static);
    list_->setUniformItemSizes(true);
    list_->setSpacing(2);
    list_->setMouseTracking(true);
    list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list_->setContextMenuPolicy(Qt::CustomContextMenu);
    list_->setToolTip(QString());
    list_->setAccessibleName(tr("Gallery"));
    title_->setAccessibleName(tr("Gallery summary"));
    layout->addWidget(list_, 1);
    list_->installEventFilter(this);

    // Type to filter: the query runs once typing pauses (an indexed query, a page at a time).
    searchTimer_ = new QTimer(this);
    searchTimer_->setSingleShot(true);
    searchTimer_->setInterval(250);
    connect(searchTimer_, &QTimer::timeout, this, &GalleryView::applySearch);
    connect(search_, &QLineEdit::textChanged, searchTimer_, qOverload<>(&QTimer::start));
    connect(search_, &QLineEdit::returnPressed, this, &GalleryView::applySearch);
    connect(filter_, &QComboBox::currentIndexChanged, this, &GalleryView::applySearch);
    connect(sort_, &QComboBox::currentIndexChanged, this, &GalleryView::applySearch);
    connect(model_, &GalleryModel::totalCountChanged, this, &GalleryView::updateHeader);

    connect(list_, &QListView::clicked, this, [this](const QModelIndex& index) {
        Q_EMIT imageActivated(index.data(GalleryModel::IdRole).toLongLong());
    });
    connect(list_, &QWidget::customContextMenuRequested, this, &GalleryView::showContextMenu);
    connect(list_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GalleryView::updateHeader);
    connect(model_, &QAbstractItemModel::rowsInserted, this, &GalleryView::updateHeader);
    connect(model_, &QAbstractItemModel::rowsRemoved, this, &GalleryView::updateHeader);
    connect(model_, &QAbstractItemModel::modelReset, this, &GalleryView::updateHeader);
    connect(compare_, &QPushButton::clicked, this, [this] { Q_EMIT compareRequested(selectedPaths()); });
    updateHeader();
}

QList<qint64> GalleryView::selectedIds() const {
    QList<qint64> ids;
    for (const QModelIndex& i : list_->selectionModel()->selectedIndexes()) ids << i.data(GalleryModel::IdRole).toLongLong();
    return ids;
}

QStringList GalleryView::selectedPaths() const {
    QModelIndexList indexes = list_->selectionModel()->selectedIndexes();
    std::sort(indexes.begin(), indexes.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList paths;
    for (const QModelIndex& i : indexes) paths << i.data(GalleryModel::PathRole).toString();
    return paths;
}

void GalleryView::applySearch() {
    searchTimer_->stop();
    HistoryQuery base;
    base.sort = static_cast<HistoryQuery::Sort>(sort_->currentData().toInt());
    const int filter = filter_->currentData().toInt();
    if (filter == 100) base.rejected = HistoryQuery::Rejected::Hide;
    else if (filter == kRejected) base.rejected = HistoryQuery::Rejected::Only;
    else base.minRating = filter;
    const HistoryQuery query = parseHistorySearch(search_->text(), base);
    if (query != model_->query()) model_->setQuery(query);
}

void GalleryView::rateSelected(int rating) {
    QList<int> rows;
    for (const QModelIndex& i : list_->selectionModel()->selectedIndexes()) rows << i.row();
    if (rows.isEmpty() && list_->currentIndex().isValid()) rows << list_->currentIndex().row();
    if (rows.isEmpty()) return;
    QString error;
    if (!model_->setRating(rows, rating, &error)) {
        Q_EMIT message(tr("Could not store the rating: %1").arg(error));
        return;
    }
    const int n = static_cast<int>(rows.size());
    if (rating == kRejected) Q_EMIT message(n == 1 ? tr("Rejected") : tr("%1 images rejected").arg(n));
    else if (rating == 0) Q_EMIT message(n == 1 ? tr("Rating cleared") : tr("Rating cleared on %1 images").arg(n));
    else Q_EMIT message(n == 1 ? tr("Rated %1 of 5").arg(rating) : tr("%1 images rated %2 of 5").arg(n).arg(rating));
}

bool GalleryView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == list_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::NoModifier) {
            if (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_5) {
                rateSelected(key->key() - Qt::Key_0);
                return true;
            }
            if (key->key() == Qt::Key_X) {
                // X rejects; X on images already rejected takes it back.
                bool allRejected = true;
                for (const QModelIndex& i : list_->selectionModel()->selectedIndexes())
                    allRejected = allRejected && i.data(GalleryModel::RatingRole).toInt() == kRejected;
                if (list_->selectionModel()->selectedIndexes().isEmpty())
                    allRejected = list_->currentIndex().data(GalleryModel::RatingRole).toInt() == kRejected;
                rateSelected(allRejected ? 0 : kRejected);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GalleryView::updateHeader() {
    const int n = model_->totalCount();
    const int selected = static_cast<int>(list_->selectionModel()->selectedIndexes().size());
    if (!model_->query().matchesAll())
        title_->setText(selected > 1 ? tr("Gallery — %1 found, %2 selected").arg(n).arg(selected) : tr("Gallery — %1 found").arg(n));
    else
        title_->setText(selected > 1 ? tr("Gallery — %1 images, %2 selected").arg(n).arg(selected)
                                     : (n == 1 ? tr("Gallery — 1 image") : tr("Gallery — %1 images").arg(n)));
    compare_->setEnabled(selected >= 2 && selected <= 4);
}

void GalleryView::showContextMenu(const QPoint& pos) {
    const QModelIndex index = list_->indexAt(pos);
    if (!index.isValid()) return;
    if (!list_->selectionModel()->isSelected(index)) list_->setCurrentIndex(index);
    const QString path = index.data(GalleryModel::PathRole).toString();
    const QString params = index.data(GalleryModel::ParametersRole).toString();
    const quint64 seed = index.data(GalleryModel::SeedRole).toString().toULongLong();
    QMenu menu(this);
    QAction* reuseSeed = menu.addAction(tr("Reuse seed"));
    reuseSeed->setToolTip(tr("Put this image's seed into the seed field and lock it."));
    QAction* reuseAll = menu.addAction(tr("Reuse all parameters"));
    QAction* copy = menu.addAction(tr("Copy parameters"));
    menu.addSeparator();
    QAction* upscale = menu.addAction(tr("Upscale…"));
    upscale->setToolTip(tr("Enlarge this image with Lanczos or an ESRGAN model into a new image, keeping its parameters."));
    upscale->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));  // shown; the window's action has the key
    QAction* saveAs = menu.addAction(tr("Save as…"));
    QAction* showFolder = menu.addAction(tr("Show in folder"));
    const QStringList paths = selectedPaths();
    QAction* compare = nullptr;
    QAction* lockstep = nullptr;
    if (paths.size() >= 2 && paths.size() <= 4) {
        compare = menu.addAction(tr("Compare selected (%1)").arg(paths.size()));
        lockstep = menu.addAction(tr("Compare step by step (%1)").arg(paths.size()));
        lockstep->setToolTip(tr("Play the selected runs side by side on one step scrubber, from their stored step timelines."));
    }
    menu.addSeparator();
    const QList<qint64> ids = selectedIds();
    QAction* del = menu.addAction(ids.size() > 1 ? tr("Delete %1 images").arg(ids.size()) : tr("Delete"));
    QAction* chosen = menu.exec(list_->viewport()->mapToGlobal(pos));
    if (!chosen) return;
    if (chosen == reuseSeed) {
        Q_EMIT reuseSeedRequested(seed);
    } else if (chosen == reuseAll) {
        Q_EMIT reuseParametersRequested(params);
    } else if (chosen == upscale) {
        Q_EMIT upscaleRequested(path);
    } else if (chosen == copy) {
        QGuiApplication::clipboard()->setText(params);
        Q_EMIT message(tr("Parameters copied to the clipboard."));
    } else if (chosen == saveAs) {
        const QString target = QFileDialog::getSaveFileName(this, tr("Save image as"), QFileInfo(path).fileName(),
                                                            tr("PNG images (*.png)"));
        if (target.isEmpty()) return;
        // Through QSaveFile: the file already at `target` stays whole until the copy is complete.
        QFile source(path);
        QSaveFile out(target);
        const bool ok = source.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly) &&
                        out.write(source.readAll()) == source.size() && out.commit();
        if (ok) Q_EMIT message(tr("Saved %1").arg(target));
        else Q_EMIT message(tr("Could not save %1: %2").arg(target, source.error() != QFileDevice::NoError ? source.errorString() : out.errorString()));
    } else if (chosen == showFolder) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    } else if (compare && chosen == compare) {
        Q_EMIT compareRequested(paths);
    } else if (lockstep && chosen == lockstep) {
        Q_EMIT lockstepRequested(paths);
    } else if (chosen == del) {
        Q_EMIT deleteRequested(ids.isEmpty() ? QList<qint64>{index.data(GalleryModel::IdRole).toLongLong()} : ids);
    }
}

}  // namespace stipple::ui
