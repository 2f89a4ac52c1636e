// Side-by-side comparison of 2-4 images at one shared zoom, scrolled together.
#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QScrollArea;
class QComboBox;

namespace stipple::ui {

class CompareDialog : public QDialog {
    Q_OBJECT
public:
    // `captions[i]` goes under image i.
    CompareDialog(const QStringList& paths, const QStringList& captions, QWidget* parent = nullptr);
    int imageCount() const { return static_cast<int>(images_.size()); }
    double zoom() const { return zoom_; }
    void setZoom(double zoom);  // 0 = fit the smallest pane

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void applyZoom();
    QList<QImage> images_;
    QList<QLabel*> labels_;
    QList<QScrollArea*> areas_;
    QComboBox* zoomBox_;
    double zoom_ = 0;
    bool syncing_ = false;
};

}  // namespace stipple::ui
