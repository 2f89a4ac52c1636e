// The face detailer in the main window: off by default; when on, every face found in the finished
// image is either redrawn at the full generation size with its own prompt and strength and pasted
// back (ADetailer's approach), or restored by a GFPGAN / CodeFormer ONNX model file the user picks
// (A1111's "Restore faces"). Both run in the generation worker. Folded while off, like the hires fix.
#pragma once

#include "common/generation_request.h"

#include <QGroupBox>

#include <optional>

class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QRadioButton;
class QToolButton;

namespace stipple::ui {

class FaceDetailPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit FaceDetailPanel(QWidget* parent = nullptr);
    // The face detailer to run (nullopt when off).
    std::optional<stipple::FaceDetail> faceDetail() const;
    // Why the current settings cannot run ("" when they can): restoring without a model file.
    QString problem() const;
    // From a restored image (nullopt turns it off).
    void setFrom(const std::optional<stipple::FaceDetail>& detail);
    // From an image whose faces a restorer restored ("Face restoration: <kind>"), whose text names
    // no file: turns restoring on with the model file already chosen and the image's visibility and
    // weight. False (nothing changed) when no file is chosen.
    bool setRestoreFrom(const stipple::FaceDetail& settings);
    // The restoration model file ("" when none is chosen).
    QString restorerPath() const;
    void setRestorerPath(const QString& path);
    bool restoring() const;
    void setRestoring(bool restore);

    QLineEdit* promptEdit() const { return prompt_; }
    QDoubleSpinBox* strengthBox() const { return strength_; }
    QDoubleSpinBox* visibilityBox() const { return visibility_; }
    QDoubleSpinBox* codeFormerWeightBox() const { return weight_; }

private:
    void chooseRestorer();
    void updateRows();

    QFormLayout* form_;
    QRadioButton* redraw_;
    QRadioButton* restore_;
    QLineEdit* prompt_;
    QDoubleSpinBox* strength_;
    QWidget* restorerRow_;
    QLineEdit* restorer_;
    QToolButton* chooseRestorer_;
    QDoubleSpinBox* visibility_;
    QDoubleSpinBox* weight_;
    int padding_ = stipple::FaceDetail{}.padding;  // kept from a restored image (no control of its own)
};

}  // namespace stipple::ui
