// The hires fix section (see hires_fix_panel.h).
#include "hires_fix_panel.h"

#include "common/error.h"
#include "io/single_file.h"
#include "model_library_scanner.h"
#include "upscaler_model_items.h"
#include "pipeline/hires_target.h"
#include "pipeline/img2img_steps.h"
#include "pipeline/size_limits.h"

#include <QComboBox>
#include "folded_group.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QLocale>

namespace stipple::ui {

namespace {
constexpr int kValueRole = Qt::UserRole;      // the name or model path hires() passes on; "" for "Other model file…"
constexpr int kOtherRole = Qt::UserRole + 1;  // true on the "Other model file…" entry, which is always last
}  // namespace

HiresFixPanel::HiresFixPanel(QWidget* parent) : QGroupBox(parent) {
    setObjectName(QStringLiteral("hiresFix"));
    setTitle(tr("&Hires fix"));
    setAccessibleName(tr("Hires fix"));
    setToolTip(tr("Make the image at the set size, enlarge it, then redraw it at the larger size: more detail "
                  "without the doubled heads a model draws beyond its native size (AUTOMATIC1111's Hires. fix)."));
    QFormLayout* form = foldedGroupForm(this);
    upscaler_ = new QComboBox(this);
    upscaler_->setObjectName(QStringLiteral("hiresUpscaler"));
    for (const std::string& name : stipple::builtin_hires_upscaler_names())
        upscaler_->addItem(QString::fromStdString(name), QString::fromStdString(name));
    upscaler_->addItem(tr("Other model file…"));
    upscaler_->setItemData(upscaler_->count() - 1, true, kOtherRole);
    upscaler_->setItemData(upscaler_->count() - 1, tr("An ESRGAN or Real-ESRGAN model (.safetensors) from anywhere"),
                           Qt::ToolTipRole);
    upscaler_->setToolTip(tr("Latent modes enlarge the unfinished image itself (use a denoising strength of 0.5 or "
                             "more); Lanczos and Nearest enlarge the finished picture; ESRGAN and Real-ESRGAN models "
                             "(.safetensors in models/ESRGAN, models/RealESRGAN or models/upscale_models) draw new "
                             "detail into it."));
    connect(upscaler_, &QComboBox::activated, this, &HiresFixPanel::upscalerActivated);
    connect(upscaler_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && !upscaler_->itemData(index, kOtherRole).toBool()) lastIndex_ = index;
    });
    upscaler_->setAccessibleName(tr("Hires upscaler"));
    form->addRow(tr("&Upscaler"), upscaler_);
    scale_ = new QDoubleSpinBox(this);
    scale_->setObjectName(QStringLiteral("hiresScale"));
    scale_->setRange(1.0, 4.0);
    scale_->setSingleStep(0.25);
    scale_->setValue(2.0);  // A1111's default
    scale_->setPrefix(QStringLiteral("× "));
    scale_->setAccessibleName(tr("Upscale by"));
    form->addRow(tr("Upscale &by"), scale_);
    steps_ = new QSpinBox(this);
    steps_->setObjectName(QStringLiteral("hiresSteps"));
    steps_->setRange(0, 150);
    steps_->setSpecialValueText(tr("same as Steps"));
    steps_->setAccessibleName(tr("Hires steps"));
    form->addRow(tr("Hires s&teps"), steps_);
    strength_ = new QDoubleSpinBox(this);
    strength_->setObjectName(QStringLiteral("hiresStrength"));
    strength_->setRange(0.01, 1.0);
    strength_->setSingleStep(0.05);
    strength_->setValue(0.7);  // A1111's default
    strength_->setToolTip(tr("How much of the enlarged image is redrawn."));
    strength_->setAccessibleName(tr("Hires denoising strength"));
    form->addRow(tr("De&noising strength"), strength_);
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("hiresSummary"));
    summary_->setWordWrap(true);
    form->addRow(summary_);
    connect(scale_, &QDoubleSpinBox::valueChanged, this, &HiresFixPanel::updateSummary);
    connect(steps_, &QSpinBox::valueChanged, this, &HiresFixPanel::updateSummary);
    connect(strength_, &QDoubleSpinBox::valueChanged, this, &HiresFixPanel::updateSummary);
    connect(this, &QGroupBox::toggled, this, &HiresFixPanel::updateSummary);
    updateSummary();
}

HiresFixPanel::~HiresFixPanel() = default;

std::optional<stipple::HiresFix> HiresFixPanel::hires() const {
    if (!isChecked() || initImage_) return std::nullopt;
    stipple::HiresFix h;
    h.scale = scale_->value();
    // A model's path as the CLI's --hires-upscaler takes it; core writes its stem to the infotext.
    h.upscaler = QFile::encodeName(upscaler_->currentData(kValueRole).toString()).toStdString();
    h.steps = steps_->value();
    return h;
}

double HiresFixPanel::denoisingStrength() const { return strength_->value(); }

bool HiresFixPanel::setFrom(const std::optional<stipple::HiresFix>& hires, double strength) {
    if (!hires) {
        setChecked(false);
        return true;
    }
    // Built-in names exactly; a listed model by the name A1111 writes (its file stem). A path is
    // not followed: A1111 and Stipple write names, and a shared picture should not pick a file.
    const QString name = QString::fromStdString(hires->upscaler);
    int index = upscaler_->findData(name, kValueRole);
    if (index < 0) {
        index = findUpscalerItem(upscaler_, name, kValueRole);
        // Not a built-in name in another case: core matches those exactly, as A1111 does.
        if (index >= 0 && index < static_cast<int>(stipple::builtin_hires_upscaler_names().size())) index = -1;
        if (index >= 0 && QFileInfo(upscaler_->itemData(index, kValueRole).toString()).completeBaseName() != name) index = -1;
    }
    if (index < 0 || hires->resize_width > 0 || hires->resize_height > 0) {
        setChecked(false);  // an upscaler the app does not know, or a resize: not offered here
        return false;
    }
    upscaler_->setCurrentIndex(index);
    scale_->setValue(hires->scale);
    steps_->setValue(hires->steps);
    strength_->setValue(strength);
    setChecked(true);
    return true;
}

void HiresFixPanel::setUpscalerFolders(const QStringList& folders) {
    if (!scanner_) {
        scanner_ = new ModelLibraryScanner(this);
        connect(scanner_, &ModelLibraryScanner::entriesFound, this, [this](const QList<stipple::ModelLibraryEntry>& batch) {
            addUpscalerModelItems(upscaler_, batch, kValueRole, -1, upscaler_->count() - 1);  // before "Other model file…"
        });
        connect(scanner_, &ModelLibraryScanner::scanFinished, this, [this] {
            scanning_ = false;
            Q_EMIT upscalersListed(modelCount());
        });
    }
    scanning_ = true;
    scanner_->start(folders, QString(), false);  // headers only: no hashes needed here
}

bool HiresFixPanel::chooseUpscalerFile(const QString& path, QString* problem) {
    const QFileInfo info(path);
    QString reason;
    if (!info.isFile()) {
        reason = tr("%1: no such file").arg(path);
    } else if (stipple::is_pickle_checkpoint_path(QFile::encodeName(path).toStdString())) {
        try {
            stipple::refuse_pickle_checkpoint(QFile::encodeName(path).toStdString());
        } catch (const std::exception& e) {
            reason = QString::fromUtf8(e.what());  // core's message: how to convert it
        }
    } else if (info.suffix().compare(QLatin1String("safetensors"), Qt::CaseInsensitive) != 0) {
        reason = tr("%1: an upscaler model is a .safetensors file (ESRGAN or Real-ESRGAN)").arg(info.fileName());
    }
    if (!reason.isEmpty()) {
        if (problem) *problem = reason;
        return false;
    }
    const QString file = info.absoluteFilePath();
    int index = upscaler_->findData(file, kValueRole);
    if (index < 0) {
        index = upscaler_->count() - 1;  // before "Other model file…"
        upscaler_->insertItem(index, info.completeBaseName(), file);
        upscaler_->setItemData(index, file, Qt::ToolTipRole);
    }
    upscaler_->setCurrentIndex(index);
    return true;
}

void HiresFixPanel::upscalerActivated(int index) {
    if (!upscaler_->itemData(index, kOtherRole).toBool()) return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose an upscaler model"), QString(),
                                                      tr("Upscaler models (*.safetensors *.pth);;All files (*)"));
    QString reason;
    if (!path.isEmpty() && chooseUpscalerFile(path, &reason)) return;
    upscaler_->setCurrentIndex(lastIndex_);  // cancelled or refused: the upscaler chosen before
    if (!reason.isEmpty()) Q_EMIT problem(reason);
}

int HiresFixPanel::modelCount() const {
    const int builtin = static_cast<int>(stipple::builtin_hires_upscaler_names().size());
    return upscaler_->count() - builtin - 1;  // the models sit between the built-in names and "Other model file…"
}

void HiresFixPanel::setFirstPass(int width, int height, int steps) {
    width_ = width;
    height_ = height;
    firstSteps_ = steps;
    updateSummary();
}

void HiresFixPanel::setInitImageActive(bool active) {
    initImage_ = active;
    setEnabled(!active);
    setToolTip(active ? tr("The hires fix is for text to image: clear the init image to use it.") : QString());
    updateSummary();
}

void HiresFixPanel::updateSummary() {
    if (!isChecked()) {
        summary_->clear();
        return;
    }
    stipple::HiresFix h;
    h.scale = scale_->value();
    try {
        const stipple::HiresTarget t =
            stipple::hires_target(h, width_, height_, 8, stipple::kMaxImageSide, stipple::kMaxImagePixels);
        const int steps = steps_->value() > 0 ? steps_->value() : firstSteps_;
        const int second = stipple::img2img_denoising_steps(steps, strength_->value());
        summary_->setText(tr("%1×%2 → %3×%4; the second pass runs %5 steps (%6 × %7)")
                              .arg(width_).arg(height_).arg(t.width).arg(t.height)
                              .arg(second).arg(QLocale().toString(strength_->value(), 'f', 2)).arg(steps));
        summary_->setStyleSheet(QString());
    } catch (const std::exception& e) {
        summary_->setText(QString::fromUtf8(e.what()));
        summary_->setStyleSheet(QStringLiteral("color: #d9534f;"));
    }
}

}  // namespace stipple::ui
