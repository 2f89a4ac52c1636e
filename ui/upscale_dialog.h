// "Upscale…" on a gallery or preview image: which upscaler (Lanczos, Nearest, and every upscaler
// model the library folders hold, listed by a background scan of their headers), the scale (the
// model's own by default, 2 for the resamplers) and the size that makes, shown live
// ("1024×1024 → 4096×4096"); a size Stipple refuses is explained here, before anything starts.
// The upscale itself is a job in the GenerationController's queue (the window queues it).
#pragma once

#include <QDialog>
#include <QSize>
#include <QString>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;

namespace stipple::ui {

class ModelLibraryScanner;

class UpscaleDialog : public QDialog {
    Q_OBJECT
public:
    // `imageSize` is the image's size in px (read from its header by the caller); `folders` are
    // scanned for upscaler models on a worker thread while the dialog is open.
    UpscaleDialog(const QString& imagePath, const QSize& imageSize, const QStringList& folders, QWidget* parent = nullptr);
    ~UpscaleDialog() override;

    QString upscaler() const;   // "Lanczos", "Nearest" or a model file's path
    double scale() const;
    QString sizeText() const;   // "1024×1024 → 4096×4096", or why that size is refused
    bool sizeAccepted() const;  // the Upscale button is enabled
    // Chooses the entry whose name() is `name` ("Lanczos", a model's file stem); false if absent.
    bool selectUpscaler(const QString& name);
    QComboBox* upscalerBox() const { return upscaler_; }
    QDoubleSpinBox* scaleBox() const { return scale_; }
    bool isScanning() const { return scanning_; }

Q_SIGNALS:
    void upscalersListed(int models);  // the scan ended: `models` upscaler models were added

private:
    void upscalerChanged();  // the scale becomes the upscaler's own
    void updateAbout();
    void updateSize();

    QSize imageSize_;
    QComboBox* upscaler_;
    QDoubleSpinBox* scale_;
    QLabel* size_;
    QLabel* about_;
    QDialogButtonBox* buttons_;
    ModelLibraryScanner* scanner_;
    bool scanning_ = true;
    bool accepted_ = false;
    int models_ = 0;
};

}  // namespace stipple::ui
