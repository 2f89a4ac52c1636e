// Paint mask… (issue 18): the picture with the mask canvas, and its tools — brush and eraser,
// brush size ([ and ]), undo (Ctrl+Z) and redo (Ctrl+Shift+Z), invert, clear.
#pragma once

#include <QDialog>

class QAction;
class QLabel;
class QSpinBox;

namespace stipple::ui {

class MaskCanvas;

class MaskDialog : public QDialog {
    Q_OBJECT
public:
    MaskDialog(const QImage& picture, const QImage& mask, QWidget* parent = nullptr);
    MaskCanvas* canvas() const { return canvas_; }
    QImage mask() const;  // white = redraw; a null image when nothing is painted

private:
    void updateState();

    MaskCanvas* canvas_;
    QSpinBox* size_;
    QAction *brush_, *eraser_, *undo_, *redo_;
    QLabel* coverage_;
};

}  // namespace stipple::ui
