// Painting an inpainting mask over a picture (issue 18): a round brush paints the part to redraw,
// the eraser (or the right mouse button) takes it back; undo/redo per stroke; invert; clear.
// The mask is the picture's size, white = redraw.
#pragma once

#include <QImage>
#include <QList>
#include <QWidget>

namespace stipple::ui {

class MaskCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MaskCanvas(QWidget* parent = nullptr);

    // A new picture starts with `mask` (same size, else an empty mask) and no history.
    void setPicture(const QImage& picture, const QImage& mask = {});
    const QImage& picture() const { return picture_; }
    QImage mask() const { return mask_; }  // Format_Grayscale8, white = redraw
    bool maskIsEmpty() const;
    double maskedFraction() const;         // 0..1 of the pixels painted

    void setBrushSize(int pixels);         // diameter in picture pixels, 1..1024
    int brushSize() const { return brush_; }
    void setErasing(bool erasing) { erasing_ = erasing; }
    bool erasing() const { return erasing_; }

    bool canUndo() const { return !undo_.isEmpty(); }
    bool canRedo() const { return !redo_.isEmpty(); }
    void undo();
    void redo();
    void invert();
    void clear();

    // Where a widget point falls on the picture (for tests and the cursor outline).
    QPointF toPicture(const QPointF& widgetPoint) const;

Q_SIGNALS:
    void maskChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    QSize sizeHint() const override;

private:
    QRectF pictureRect() const;            // where the picture is drawn, aspect kept
    void remember();                       // the mask before an edit, for undo (bounded in bytes)
    void stroke(const QPointF& from, const QPointF& to, bool erase);

    QImage picture_, mask_;
    QList<QImage> undo_, redo_;
    int brush_ = 48;
    bool erasing_ = false;
    bool painting_ = false, paintingErases_ = false;
    QPointF last_;
};

}  // namespace stipple::ui
