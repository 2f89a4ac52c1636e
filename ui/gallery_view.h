// The gallery region: a grid of results (QListView + GalleryModel + GalleryDelegate) with a
// search field (type to filter, debounced), order and rating filters above it, culling keys while
// it has focus (1-5 stars, 0 clears, X rejects, arrows move), a context menu (reuse
// seed/parameters, copy parameters, upscale, save as, show in folder, delete) and side-by-side comparison
// of 2-4 selected images.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTimer;

namespace stipple::ui {

class GalleryModel;

class GalleryView : public QWidget {
    Q_OBJECT
public:
    explicit GalleryView(GalleryModel* model, QWidget* parent = nullptr);
    QListView* listView() const { return list_; }
    QList<qint64> selectedIds() const;
    QStringList selectedPaths() const;
    QLineEdit* searchEdit() const { return search_; }
    QComboBox* sortBox() const { return sort_; }
    QComboBox* filterBox() const { return filter_; }
    // Runs the search now (typing runs it after a short pause).
    void applySearch();
    // Rates the selected images (0 clears, 1-5 stars, kRejected): what the culling keys do.
    void rateSelected(int rating);

Q_SIGNALS:
    void imageActivated(qint64 id);            // clicked: show it large
    void reuseSeedRequested(quint64 seed);
    void reuseParametersRequested(const QString& parameters);
    void deleteRequested(const QList<qint64>& ids);
    void compareRequested(const QStringList& paths);
    void lockstepRequested(const QStringList& paths);  // "Compare step by step": the lockstep compare
    void upscaleRequested(const QString& path);  // "Upscale…": the window opens the dialog
    void message(const QString& text);         // status-bar feedback

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showContextMenu(const QPoint& pos);
    void updateHeader();

    GalleryModel* model_;
    QListView* list_;
    QLabel* title_;
    QPushButton* compare_;
    QLineEdit* search_;
    QComboBox* sort_;
    QComboBox* filter_;
    QTimer* searchTimer_;
};

}  // namespace stipple::ui
