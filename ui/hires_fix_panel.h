// The hires fix in the main window (AUTOMATIC1111's "Hires. fix"): off by default; when on, the
// image is made at the set size, upscaled (a latent mode, Lanczos, Nearest, or an ESRGAN-family
// model file: those the library folders hold, or one picked with "Other model file…") and redrawn
// by an img2img pass at the denoising strength. Shows the sizes and the second pass's steps as they will
// run. txt2img only: disabled while an init image is in use.
#pragma once

#include "common/generation_request.h"

#include <QGroupBox>
#include <QStringList>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace stipple::ui {

class ModelLibraryScanner;

class HiresFixPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit HiresFixPanel(QWidget* parent = nullptr);
    ~HiresFixPanel() override;

    // The hires fix to run (nullopt when off or while an init image is used) and its strength.
    std::optional<stipple::HiresFix> hires() const;
    double denoisingStrength() const;
    // From a restored image; false when its upscaler is not one the app offers (left off). A model
    // upscaler is found by its name (A1111 writes the file stem) among the models listed so far.
    bool setFrom(const std::optional<stipple::HiresFix>& hires, double strength);
    // Lists the upscaler models found in `folders` (a scan of their headers on a worker thread;
    // a running scan is replaced). upscalersListed() when it ended.
    void setUpscalerFolders(const QStringList& folders);
    bool isScanning() const { return scanning_; }
    // Lists and selects the model file `path` (what "Other model file…" does with the file picked);
    // false, with `problem` set, when it is not a .safetensors file that exists.
    bool chooseUpscalerFile(const QString& path, QString* problem = nullptr);
    // The first pass's size and steps, for the summary line.
    void setFirstPass(int width, int height, int steps);
    void setInitImageActive(bool active);

Q_SIGNALS:
    void upscalersListed(int models);  // a scan ended: `models` upscaler models are listed in all
    // A file picked under "Other model file…" could not be used.
    void problem(const QString& reason);

private:
    void updateSummary();
    void upscalerActivated(int index);  // "Other model file…" opens the file picker
    int modelCount() const;

    QComboBox* upscaler_;
    QDoubleSpinBox* scale_;
    QSpinBox* steps_;
    QDoubleSpinBox* strength_;
    QLabel* summary_;
    int width_ = 512, height_ = 512, firstSteps_ = 20;
    bool initImage_ = false;
    ModelLibraryScanner* scanner_ = nullptr;  // made on the first setUpscalerFolders()
    bool scanning_ = false;
    int lastIndex_ = 0;  // the entry chosen before "Other model file…", chosen again when the picker is cancelled
};

}  // namespace stipple::ui
