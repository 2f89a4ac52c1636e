// img2img in the app (issue 18): the picture to start from (dropped, pasted, opened, or sent from
// the preview), the denoising strength, A1111's resize modes for a picture of another aspect, and
// the steps that will actually run ("strength 0.6 × 30 steps = 18 steps").
#pragma once

#include "image/outpaint.h"
#include "image/resize_mode.h"

#include <QImage>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace stipple::ui {

class InitImagePanel : public QWidget {
    Q_OBJECT
public:
    explicit InitImagePanel(QWidget* parent = nullptr);

    bool hasImage() const { return !image_.isNull(); }
    const QImage& image() const { return image_; }
    // A picture too large to keep (over 64 megapixels) or null is refused with `problem` set.
    bool setImage(const QImage& image, QString* problem = nullptr);
    void clearImage();
    double strength() const;
    void setStrength(double strength);
    stipple::ResizeMode resizeMode() const;
    void setResizeMode(stipple::ResizeMode mode);
    // The requested steps, for the "= N steps" line.
    void setSteps(int steps);
    QString stepsText() const;
    QDoubleSpinBox* strengthBox() const { return strength_; }
    QComboBox* resizeModeBox() const { return resizeMode_; }

    // Inpainting: the painted mask (the picture's size, white = redraw); null = img2img.
    const QImage& mask() const { return mask_; }
    bool hasMask() const { return !mask_.isNull(); }
    // A mask of another size than the picture is refused (false).
    bool setMask(const QImage& mask);
    void clearMask();
    int maskBlur() const;
    void setMaskBlur(int pixels);
    // A1111's "Masked content" (0 fill, 1 original, 2 latent noise, 3 latent nothing) and
    // "Inpaint area" (only masked, with its padding in px).
    int maskedContent() const;
    void setMaskedContent(int content);
    bool onlyMasked() const;
    void setOnlyMasked(bool onlyMasked);
    int maskedPadding() const;
    void setMaskedPadding(int pixels);
    // Paint mask…: the mask dialog over the picture (modal); true when the mask changed.
    bool paintMask();
    // Outpainting: the picture on a larger canvas, the new border (and `overlap` px of the picture)
    // masked, masked content set to fill; canvasExtended() gives the new size. undoExtend() returns
    // to the picture and mask before the last extension. False (and `problem`) when refused.
    bool extendCanvas(const stipple::CanvasExtension& extension, int overlap, QString* problem = nullptr);
    bool canUndoExtend() const { return !beforeExtend_.isNull(); }
    void undoExtend();
    // Extend canvas…: the dialog, then extendCanvas().
    bool extendCanvasWithDialog();

    // Opens a file dialog / reads the clipboard; false (and `problem`) when nothing usable came.
    bool openFile(const QString& path, QString* problem);
    bool pasteFromClipboard(QString* problem);

Q_SIGNALS:
    void imageChanged();
    void canvasExtended(QSize size);
    void problem(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void updateThumbnail();
    void updateSteps();

    void updateMaskState();

    QImage image_, mask_;
    QImage beforeExtend_, maskBeforeExtend_;  // what undoExtend() restores
    int steps_ = 20;
    QPushButton* paintMask_;
    QPushButton* clearMask_;
    QPushButton* extend_;
    QPushButton* undoExtend_;
    QSpinBox* maskBlur_;
    QComboBox* maskedContent_;
    QComboBox* inpaintArea_;
    QSpinBox* maskedPadding_;
    QLabel* maskState_;
    QLabel* thumbnail_;
    QLabel* stepsLine_;
    QDoubleSpinBox* strength_;
    QComboBox* resizeMode_;
    QPushButton* clear_;
};

}  // namespace stipple::ui
