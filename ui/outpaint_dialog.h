// Extend canvas… (outpainting, issue 18): how many pixels to add on each side and how far the
// redrawn border reaches into the picture, with the size that results.
#pragma once

#include "image/outpaint.h"

#include <QDialog>
#include <QSize>

class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace stipple::ui {

class OutpaintDialog : public QDialog {
    Q_OBJECT
public:
    OutpaintDialog(QSize picture, QWidget* parent = nullptr);
    stipple::CanvasExtension extension() const;
    int overlap() const;
    QSpinBox* sideBox(int side) const { return sides_[side]; }  // 0 left, 1 top, 2 right, 3 bottom

private:
    void updateResult();

    QSize picture_;
    QSpinBox* sides_[4];
    QSpinBox* overlap_;
    QLabel* result_;
    QDialogButtonBox* buttons_;
};

}  // namespace stipple::ui
