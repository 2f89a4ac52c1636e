// The Upscale dialog (see upscale_dialog.h).
#include "upscale_dialog.h"

#include "model_library_scanner.h"
#include "pipeline/upscaler.h"
#include "upscaler_model_items.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <exception>

namespace stipple::ui {

namespace {
constexpr int kValueRole = Qt::UserRole;       // "Lanczos", "Nearest" or the model's path
constexpr int kScaleRole = Qt::UserRole + 1;   // the upscaler's own scale; 0 for resamplers
constexpr double kResamplerScale = 2;          // what A1111's extras tab starts at
}  // namespace

UpscaleDialog::UpscaleDialog(const QString& imagePath, const QSize& imageSize, const QStringList& folders, QWidget* parent)
    : QDialog(parent), imageSize_(imageSize) {
    setObjectName(QStringLiteral("upscaleDialog"));
    setWindowTitle(tr("Upscale %1").arg(QFileInfo(imagePath).fileName()));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    upscaler_ = new QComboBox(this);
    upscaler_->setObjectName(QStringLiteral("upscalerBox"));
    upscaler_->setAccessibleName(tr("Upscaler"));
    upscaler_->setToolTip(tr("Lanczos and Nearest resample the pixels. ESRGAN and Real-ESRGAN models (.safetensors in "
                             "models/ESRGAN, models/RealESRGAN or models/upscale_models) draw new detail."));
    upscaler_->addItem(QStringLiteral("Lanczos"), QStringLiteral("Lanczos"));  // names, as A1111 writes them
    upscaler_->setItemData(0, 0, kScaleRole);
    upscaler_->addItem(QStringLiteral("Nearest"), QStringLiteral("Nearest"));
    upscaler_->setItemData(1, 0, kScaleRole);
    scale_ = new QDoubleSpinBox(this);
    scale_->setObjectName(QStringLiteral("upscaleBy"));
    scale_->setAccessibleName(tr("Upscale by"));
    scale_->setRange(1, 16);
    scale_->setDecimals(2);
    scale_->setSingleStep(0.5);
    scale_->setValue(kResamplerScale);
    scale_->setToolTip(tr("Each side is multiplied by this, then rounded down to a multiple of 8 (as AUTOMATIC1111 does)."));
    size_ = new QLabel(this);
    size_->setObjectName(QStringLiteral("upscaleSize"));
    size_->setWordWrap(true);
    size_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    about_ = new QLabel(this);
    about_->setWordWrap(true);
    about_->setStyleSheet(QStringLiteral("color: palette(mid);"));
    form->addRow(tr("&Upscaler:"), upscaler_);
    form->addRow(tr("&Scale:"), scale_);
    form->addRow(tr("Size:"), size_);
    layout->addLayout(form);
    layout->addWidget(about_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Upscale"));
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(upscaler_, &QComboBox::currentIndexChanged, this, &UpscaleDialog::upscalerChanged);
    connect(scale_, &QDoubleSpinBox::valueChanged, this, &UpscaleDialog::updateSize);

    // Upscaler models come from a scan of the folders' headers on the scanner's thread.
    scanner_ = new ModelLibraryScanner(this);
    connect(scanner_, &ModelLibraryScanner::entriesFound, this, [this](const QList<stipple::ModelLibraryEntry>& batch) {
        models_ += addUpscalerModelItems(upscaler_, batch, kValueRole, kScaleRole);
    });
    connect(scanner_, &ModelLibraryScanner::scanFinished, this, [this] {
        scanning_ = false;
        updateAbout();
        Q_EMIT upscalersListed(models_);
    });
    scanner_->start(folders, QString(), false);
    upscalerChanged();
}

UpscaleDialog::~UpscaleDialog() = default;

QString UpscaleDialog::upscaler() const { return upscaler_->currentData(kValueRole).toString(); }
double UpscaleDialog::scale() const { return scale_->value(); }
QString UpscaleDialog::sizeText() const { return size_->text(); }
bool UpscaleDialog::sizeAccepted() const { return accepted_; }

bool UpscaleDialog::selectUpscaler(const QString& name) {
    const int row = findUpscalerItem(upscaler_, name, kValueRole);
    if (row >= 0) upscaler_->setCurrentIndex(row);
    return row >= 0;
}

void UpscaleDialog::upscalerChanged() {
    const int own = upscaler_->currentData(kScaleRole).toInt();
    scale_->setValue(own > 0 ? own : kResamplerScale);  // the model's own scale, else A1111's 2
    updateAbout();
    updateSize();
}

void UpscaleDialog::updateAbout() {
    const QString value = upscaler();
    const bool model = value != QLatin1String("Lanczos") && value != QLatin1String("Nearest");
    if (!model)
        about_->setText(scanning_ ? tr("Looking for upscaler models in the library folders…")
                                  : models_ == 0 ? tr("No upscaler models found. Put ESRGAN or Real-ESRGAN .safetensors "
                                                      "files in models/ESRGAN to use them here.")
                                                 : QString());
    else
        about_->setText(upscaler_->currentData(Qt::ToolTipRole).toString());
}

void UpscaleDialog::updateSize() {
    const QString from = QStringLiteral("%1×%2").arg(imageSize_.width()).arg(imageSize_.height());
    try {
        const auto [w, h] = stipple::upscale_by_size(imageSize_.width(), imageSize_.height(), scale_->value());
        const QString value = upscaler();
        stipple::check_upscale_plan(upscaler_->currentData(kScaleRole).toInt(), imageSize_.width(), imageSize_.height(), w, h,
                                    QFileInfo(value).completeBaseName().toStdString());
        size_->setText(QStringLiteral("%1 → %2×%3").arg(from).arg(w).arg(h));
        size_->setStyleSheet(QString());
        accepted_ = true;
    } catch (const std::exception& e) {
        size_->setText(tr("%1: refused, %2").arg(from, QString::fromUtf8(e.what())));
        size_->setStyleSheet(QStringLiteral("color: #b00020;"));
        accepted_ = false;
    }
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(accepted_);
}

}  // namespace stipple::ui
