// The model library picker: every checkpoint, diffusers folder, LoRA, embedding and VAE found in
// the library folders, recent models first, filtered as the user types (name, kind, family,
// folder), each with its family badge, kind, size and short hash once known. Choosing an entry
// says what to do with it; the main window does it (open, insert a tag, set the VAE).
// The entries come from ModelLibraryScanner in batches; adding a batch never reads a file.
#pragma once

#include "io/model_library.h"

#include <QDialog>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPair>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;

namespace stipple::ui {

class ModelPicker : public QDialog {
    Q_OBJECT
public:
    explicit ModelPicker(QWidget* parent = nullptr);

    void clear();
    void addEntries(const QList<stipple::ModelLibraryEntry>& batch);
    void setHashes(const QList<QPair<QString, QString>>& pathAndHash);
    // Recent models (paths, newest first) are listed first and marked; ones the scan did not find
    // (outside the library folders) are listed too, so recent models stay one click away.
    void setRecentModels(const QStringList& paths);
    void setThumbnail(const QString& path, const QIcon& icon);
    void setStatus(const QString& text);

    // For tests and the main window.
    QLineEdit* filterEdit() const { return filter_; }
    QListView* listView() const { return view_; }
    int visibleCount() const;
    QString visiblePath(int row) const;
    int entryCount() const;
    // Chooses the visible entry at `row` as a double-click would.
    void chooseVisible(int row);

Q_SIGNALS:
    void checkpointChosen(const QString& path);                 // a checkpoint or diffusers folder
    void loraChosen(const QString& name, const QString& path);  // insert <lora:name:1>
    void embeddingChosen(const QString& name, const QString& path);
    void vaeChosen(const QString& path);
    void addFolderRequested();
    void rescanRequested();

private:
    QStandardItem* itemFor(const QString& path);
    void fill(QStandardItem* item, const stipple::ModelLibraryEntry& e, bool recent);
    void activate(const QModelIndex& proxyIndex);

    QLineEdit* filter_;
    QListView* view_;
    QLabel* status_;
    QStandardItemModel* model_;
    QSortFilterProxyModel* proxy_;
    QHash<QString, QStandardItem*> byPath_;
    QHash<QString, stipple::ModelLibraryEntry> entries_;  // what the scan found, by path
    QStringList recent_;
};

}  // namespace stipple::ui
