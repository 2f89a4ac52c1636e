// The face detailer in the main window (ADetailer's approach): off by default; when on, every face
// found in the finished image is redrawn at the full generation size with its own prompt and
// strength, and pasted back. Folded while off, like the hires fix.
#pragma once

#include "common/generation_request.h"

#include <QGroupBox>

#include <optional>

class QDoubleSpinBox;
class QLineEdit;

namespace stipple::ui {

class FaceDetailPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit FaceDetailPanel(QWidget* parent = nullptr);
    // The face detailer to run (nullopt when off).
    std::optional<stipple::FaceDetail> faceDetail() const;
    // From a restored image (nullopt turns it off).
    void setFrom(const std::optional<stipple::FaceDetail>& detail);
    QLineEdit* promptEdit() const { return prompt_; }
    QDoubleSpinBox* strengthBox() const { return strength_; }

private:
    QLineEdit* prompt_;
    QDoubleSpinBox* strength_;
    int padding_ = stipple::FaceDetail{}.padding;  // kept from a restored image (no control of its own)
};

}  // namespace stipple::ui
