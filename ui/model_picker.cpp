// The model library picker (see model_picker.h).
#include "model_picker.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QLocale>

#include <functional>

namespace stipple::ui {

namespace {

enum Role {
    PathRole = Qt::UserRole + 1,
    KindRole,      // int(ModelKind)
    NameRole,
    SearchRole,    // what the filter matches: name, kind, family, folder
    SortRole,      // recent first (by recency), then kind, then name
    EntryRole,     // bool: the scan found it (a recent path not found has no entry)
    RecentRole,
};

QString familyBadge(const stipple::ModelLibraryEntry& e) {
    return e.family ? QString::fromLatin1(stipple::model_family_label(*e.family)) : QString();
}

QString sizeText(quint64 bytes) {
    if (bytes >= 1000ull * 1000 * 1000) return QStringLiteral("%1 GB").arg(QLocale().toString(bytes / 1e9, 'f', 1));
    if (bytes >= 1000ull * 1000) return QStringLiteral("%1 MB").arg(QLocale().toString(bytes / 1e6, 'f', 0));
    return QStringLiteral("%1 KB").arg((bytes + 999) / 1000);
}

// Kinds the picker offers: the rest (ControlNets, pickles, unknown files) are listed with what
// to do instead but do nothing when chosen.
int kindOrder(stipple::ModelKind k) {
    switch (k) {
    case stipple::ModelKind::Checkpoint:
    case stipple::ModelKind::DiffusersFolder: return 0;
    case stipple::ModelKind::Lora: return 1;
    case stipple::ModelKind::Embedding: return 2;
    case stipple::ModelKind::Vae: return 3;
    default: return 4;
    }
}

// The list's Enter and arrow keys work from the filter field, so typing then Enter chooses.
class FilterKeys : public QObject {
public:
    FilterKeys(QListView* view, std::function<void()> choose) : QObject(view), view_(view), choose_(std::move(choose)) {}
    bool eventFilter(QObject* o, QEvent* e) override {
        if (e->type() != QEvent::KeyPress) return false;
        const int key = static_cast<QKeyEvent*>(e)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(view_, e);
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            choose_();
            return true;
        }
        return false;
    }
private:
    QListView* view_;
    std::function<void()> choose_;
};

}  // namespace

ModelPicker::ModelPicker(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Model library"));
    setObjectName(QStringLiteral("modelPicker"));
    resize(560, 520);
    auto* v = new QVBoxLayout(this);
    filter_ = new QLineEdit(this);
    filter_->setObjectName(QStringLiteral("modelFilter"));
    filter_->setPlaceholderText(tr("Type to filter: name, SDXL, LoRA, embedding, VAE, folder…"));
    filter_->setClearButtonEnabled(true);
    filter_->setAccessibleName(tr("Filter models"));
    v->addWidget(filter_);
    model_ = new QStandardItemModel(this);
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(model_);
    proxy_->setFilterRole(SearchRole);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setSortRole(SortRole);
    proxy_->setDynamicSortFilter(true);
    proxy_->sort(0);
    view_ = new QListView(this);
    view_->setObjectName(QStringLiteral("modelList"));
    view_->setModel(proxy_);
    view_->setUniformItemSizes(true);  // 2,000 rows lay out without measuring each
    view_->setIconSize(QSize(48, 48));
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setAccessibleName(tr("Models"));
    v->addWidget(view_, 1);
    auto* row = new QHBoxLayout;
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("modelLibraryStatus"));
    status_->setWordWrap(true);
    row->addWidget(status_, 1);
    auto* add = new QPushButton(tr("Add folder…"), this);
    add->setToolTip(tr("Add a folder of models to the library, e.g. AUTOMATIC1111's models folder "
                       "(its Stable-diffusion, Lora, embeddings and VAE subfolders are all read)."));
    auto* rescan = new QPushButton(tr("Rescan"), this);
    row->addWidget(add);
    row->addWidget(rescan);
    v->addLayout(row);
    connect(add, &QPushButton::clicked, this, &ModelPicker::addFolderRequested);
    connect(rescan, &QPushButton::clicked, this, &ModelPicker::rescanRequested);
    connect(filter_, &QLineEdit::textChanged, this, [this](const QString& text) {
        // Several words: each must match (e.g. "sdxl lora").
        QString pattern;
        for (const QString& w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            pattern += QStringLiteral("(?=.*%1)").arg(QRegularExpression::escape(w));
        proxy_->setFilterRegularExpression(QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption));
        if (proxy_->rowCount() > 0) view_->setCurrentIndex(proxy_->index(0, 0));
    });
    connect(view_, &QListView::activated, this, &ModelPicker::activate);
    filter_->installEventFilter(new FilterKeys(view_, [this] {
        activate(view_->currentIndex().isValid() ? view_->currentIndex() : proxy_->index(0, 0));
    }));
}

void ModelPicker::clear() {
    model_->clear();
    byPath_.clear();
    entries_.clear();
    setRecentModels(recent_);
}

QStandardItem* ModelPicker::itemFor(const QString& path) {
    if (QStandardItem* it = byPath_.value(path)) return it;
    auto* item = new QStandardItem;
    item->setData(path, PathRole);
    byPath_.insert(path, item);
    model_->appendRow(item);
    return item;
}

void ModelPicker::fill(QStandardItem* item, const stipple::ModelLibraryEntry& e, bool recent) {
    const QString family = familyBadge(e);
    const QString kind = tr(stipple::model_kind_label(e.kind));
    const QString name = QString::fromStdString(e.name);
    const QString path = QString::fromStdString(e.path);
    const QString hash = QString::fromStdString(e.hash);
    QStringList facts;
    if (!family.isEmpty()) facts << QStringLiteral("[%1]").arg(family);
    facts << kind << sizeText(e.size);
    if (!hash.isEmpty()) facts << hash;
    if (!e.detail.empty() && e.kind != stipple::ModelKind::Unknown) facts << QString::fromStdString(e.detail);
    item->setText((recent ? QStringLiteral("★ ") : QString()) + name + QLatin1Char('\n') + facts.join(QStringLiteral(" · ")));
    item->setToolTip(QDir::toNativeSeparators(path) +
                     (e.kind == stipple::ModelKind::Unknown ? QLatin1Char('\n') + QString::fromStdString(e.detail) : QString()));
    item->setData(static_cast<int>(e.kind), KindRole);
    item->setData(name, NameRole);
    item->setData(true, EntryRole);
    item->setData(recent, RecentRole);
    item->setData(QStringList{name, kind, family, QString::fromLatin1(stipple::model_kind_id(e.kind)),
                              QFileInfo(path).dir().dirName(), hash}
                      .join(QLatin1Char(' ')),
                  SearchRole);
    const int r = recent_.indexOf(path);
    item->setData(QStringLiteral("%1%2%3")
                      .arg(r >= 0 ? QStringLiteral("0%1").arg(r, 3, 10, QLatin1Char('0')) : QStringLiteral("1000"))
                      .arg(kindOrder(e.kind))
                      .arg(name.toLower()),
                  SortRole);
    item->setEnabled(kindOrder(e.kind) < 4);
}

void ModelPicker::addEntries(const QList<stipple::ModelLibraryEntry>& batch) {
    for (const auto& e : batch) {
        const QString path = QString::fromStdString(e.path);
        stipple::ModelLibraryEntry& kept = entries_[path];
        const std::string hash = kept.hash;  // a rescan keeps a hash already shown
        kept = e;
        if (kept.hash.empty()) kept.hash = hash;
        fill(itemFor(path), kept, recent_.contains(path));
    }
}

void ModelPicker::setHashes(const QList<QPair<QString, QString>>& pathAndHash) {
    for (const auto& [path, hash] : pathAndHash) {
        const auto it = entries_.find(path);
        if (it == entries_.end()) continue;
        it->hash = hash.toStdString();
        fill(itemFor(path), *it, recent_.contains(path));
    }
}

void ModelPicker::setRecentModels(const QStringList& paths) {
    recent_ = paths;
    for (int i = 0; i < paths.size(); ++i) {
        const QString& p = paths[i];
        QStandardItem* item = itemFor(p);
        item->setData(true, RecentRole);
        item->setData(QStringLiteral("0%1").arg(i, 3, 10, QLatin1Char('0')) + item->data(SortRole).toString().mid(4), SortRole);
        if (!item->data(EntryRole).toBool()) {
            // Not (yet) found by the scan: a recent model outside the library folders. A checkpoint
            // or diffusers folder, since only those are opened as models.
            const QString name = QFileInfo(p).fileName().isEmpty() ? p : QFileInfo(p).fileName();
            item->setText(QStringLiteral("★ ") + name + QLatin1Char('\n') + tr("Recent model"));
            item->setToolTip(QDir::toNativeSeparators(p));
            item->setData(static_cast<int>(stipple::ModelKind::Checkpoint), KindRole);
            item->setData(name, NameRole);
            item->setData(name + QLatin1Char(' ') + QFileInfo(p).dir().dirName() + QStringLiteral(" recent"), SearchRole);
            item->setData(QStringLiteral("0%1").arg(i, 3, 10, QLatin1Char('0')) + QStringLiteral("0") + name.toLower(), SortRole);
        }
    }
}

void ModelPicker::setThumbnail(const QString& path, const QIcon& icon) {
    if (QStandardItem* item = byPath_.value(path)) item->setIcon(icon);
}

void ModelPicker::setStatus(const QString& text) { status_->setText(text); }

int ModelPicker::visibleCount() const { return proxy_->rowCount(); }
int ModelPicker::entryCount() const { return model_->rowCount(); }

QString ModelPicker::visiblePath(int row) const { return proxy_->index(row, 0).data(PathRole).toString(); }

void ModelPicker::chooseVisible(int row) { activate(proxy_->index(row, 0)); }

void ModelPicker::activate(const QModelIndex& index) {
    if (!index.isValid() || !(index.flags() & Qt::ItemIsEnabled)) return;
    const QString path = index.data(PathRole).toString();
    const QString name = index.data(NameRole).toString();
    switch (static_cast<stipple::ModelKind>(index.data(KindRole).toInt())) {
    case stipple::ModelKind::Checkpoint:
    case stipple::ModelKind::DiffusersFolder:
        Q_EMIT checkpointChosen(path);
        accept();
        break;
    case stipple::ModelKind::Lora: Q_EMIT loraChosen(name, path); break;
    case stipple::ModelKind::Embedding: Q_EMIT embeddingChosen(name, path); break;
    case stipple::ModelKind::Vae:
        Q_EMIT vaeChosen(path);
        accept();
        break;
    default: break;
    }
}

}  // namespace stipple::ui
