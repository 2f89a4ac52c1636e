// The gallery region: a grid of results (QListView + GalleryModel + GalleryDelegate) with a
// context menu (reuse seed/parameters, copy parameters, save as, show in folder, delete) and
// side-by-side comparison of 2-4 selected images.
#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace stipple::ui {

class GalleryModel;

class GalleryView : public QWidget {
    Q_OBJECT
public:
    explicit GalleryView(GalleryModel* model, QWidget* parent = nullptr);
    QListView* listView() const { return list_; }
    QList<qint64> selectedIds() const;
    QStringList selectedPaths() const;

Q_SIGNALS:
    void imageActivated(qint64 id);            // clicked: show it large
    void reuseSeedRequested(quint64 seed);
    void reuseParametersRequested(const QString& parameters);
    void deleteRequested(const QList<qint64>& ids);
    void compareRequested(const QStringList& paths);
    void message(const QString& text);         // status-bar feedback

private:
    void showContextMenu(const QPoint& pos);
    void updateHeader();

    GalleryModel* model_;
    QListView* list_;
    QLabel* title_;
    QPushButton* compare_;
};

}  // namespace stipple::ui
