// The hires fix in the main window (AUTOMATIC1111's "Hires. fix"): off by default; when on, the
// image is made at the set size, upscaled (a latent mode, Lanczos or Nearest) and redrawn by an
// img2img pass at the denoising strength. Shows the sizes and the second pass's steps as they will
// run. txt2img only: disabled while an init image is in use.
#pragma once

#include "common/generation_request.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace stipple::ui {

class HiresFixPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit HiresFixPanel(QWidget* parent = nullptr);

    // The hires fix to run (nullopt when off or while an init image is used) and its strength.
    std::optional<stipple::HiresFix> hires() const;
    double denoisingStrength() const;
    // From a restored image; false when its upscaler is not one the app offers (left off).
    bool setFrom(const std::optional<stipple::HiresFix>& hires, double strength);
    // The first pass's size and steps, for the summary line.
    void setFirstPass(int width, int height, int steps);
    void setInitImageActive(bool active);

private:
    void updateSummary();

    QComboBox* upscaler_;
    QDoubleSpinBox* scale_;
    QSpinBox* steps_;
    QDoubleSpinBox* strength_;
    QLabel* summary_;
    int width_ = 512, height_ = 512, firstSteps_ = 20;
    bool initImage_ = false;
};

}  // namespace stipple::ui
