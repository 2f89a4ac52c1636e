// The face detailer section (see face_detail_panel.h).
#include "face_detail_panel.h"

#include "folded_group.h"

#include <QButtonGroup>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace stipple::ui {

FaceDetailPanel::FaceDetailPanel(QWidget* parent) : QGroupBox(parent) {
    setObjectName(QStringLiteral("faceDetail"));
    setTitle(tr("Face deta&iler"));
    setAccessibleName(tr("Face detailer"));
    setToolTip(tr("After the image is made, every face found in it is redrawn at the full image size and pasted "
                  "back: small faces get their eyes and mouths right (the ADetailer approach). Or a face restoration "
                  "model file (GFPGAN or CodeFormer) restores them instead."));
    form_ = foldedGroupForm(this);

    auto* method = new QWidget(this);
    auto* methodLayout = new QVBoxLayout(method);
    methodLayout->setContentsMargins(0, 0, 0, 0);
    redraw_ = new QRadioButton(tr("Redraw with the model (ADetailer)"), method);
    redraw_->setObjectName(QStringLiteral("faceRedraw"));
    redraw_->setToolTip(tr("Each face is drawn again by the loaded model, at the full image size, with the face prompt."));
    restore_ = new QRadioButton(tr("Restore with a model file (GFPGAN/CodeFormer ONNX)…"), method);
    restore_->setObjectName(QStringLiteral("faceRestore"));
    restore_->setToolTip(tr("Each face is restored by a GFPGAN or CodeFormer network you have as an .onnx file "
                            "(AUTOMATIC1111's \"Restore faces\"). No diffusion steps: quick, but the face keeps "
                            "the network's look."));
    auto* group = new QButtonGroup(this);
    group->addButton(redraw_);
    group->addButton(restore_);
    redraw_->setChecked(true);
    methodLayout->addWidget(redraw_);
    methodLayout->addWidget(restore_);
    form_->addRow(tr("Faces"), method);

    prompt_ = new QLineEdit(this);
    prompt_->setObjectName(QStringLiteral("facePrompt"));
    prompt_->setPlaceholderText(tr("the image's prompt"));
    prompt_->setToolTip(tr("What the faces should look like, e.g. \"a smiling face, detailed eyes\"; empty uses the "
                           "image's own prompt."));
    prompt_->setAccessibleName(tr("Face prompt"));
    form_->addRow(tr("Fa&ce prompt"), prompt_);
    strength_ = new QDoubleSpinBox(this);
    strength_->setObjectName(QStringLiteral("faceStrength"));
    strength_->setRange(0.05, 1.0);
    strength_->setSingleStep(0.05);
    strength_->setValue(stipple::FaceDetail{}.strength);
    strength_->setToolTip(tr("How much of each face is redrawn: 0.3 keeps the face, 0.6 draws a new one."));
    strength_->setAccessibleName(tr("Face denoising strength"));
    form_->addRow(tr("Face stren&gth"), strength_);

    restorerRow_ = new QWidget(this);
    auto* fileLayout = new QHBoxLayout(restorerRow_);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    restorer_ = new QLineEdit(restorerRow_);
    restorer_->setObjectName(QStringLiteral("faceRestorer"));
    restorer_->setPlaceholderText(tr("a GFPGAN or CodeFormer .onnx file"));
    restorer_->setToolTip(tr("The face restoration network as an ONNX file: GFPGAN (one 512x512 input) or "
                             "CodeFormer (that and a fidelity weight)."));
    restorer_->setAccessibleName(tr("Face restoration model file"));
    chooseRestorer_ = new QToolButton(restorerRow_);
    chooseRestorer_->setObjectName(QStringLiteral("chooseFaceRestorer"));
    chooseRestorer_->setText(tr("Choose…"));
    chooseRestorer_->setAccessibleName(tr("Choose the face restoration model file"));
    fileLayout->addWidget(restorer_, 1);
    fileLayout->addWidget(chooseRestorer_);
    form_->addRow(tr("&Model file"), restorerRow_);
    visibility_ = new QDoubleSpinBox(this);
    visibility_->setObjectName(QStringLiteral("faceVisibility"));
    visibility_->setRange(0.0, 1.0);
    visibility_->setSingleStep(0.05);
    visibility_->setValue(stipple::FaceDetail{}.visibility);
    visibility_->setToolTip(tr("How much of each restored face is blended in: 1 = all of it, 0.5 = half restored, "
                               "half as drawn (AUTOMATIC1111's \"GFPGAN visibility\" / \"CodeFormer visibility\")."));
    visibility_->setAccessibleName(tr("Face restoration visibility"));
    form_->addRow(tr("&Visibility"), visibility_);
    weight_ = new QDoubleSpinBox(this);
    weight_->setObjectName(QStringLiteral("faceCodeFormerWeight"));
    weight_->setRange(0.0, 1.0);
    weight_->setSingleStep(0.05);
    weight_->setValue(stipple::FaceDetail{}.codeformer_weight);
    weight_->setToolTip(tr("CodeFormer only: 0 = the strongest restoration, 1 = closest to the face as drawn "
                           "(AUTOMATIC1111's \"CodeFormer weight\")."));
    weight_->setAccessibleName(tr("CodeFormer weight"));
    form_->addRow(tr("CodeFormer &weight"), weight_);

    connect(restore_, &QRadioButton::toggled, this, &FaceDetailPanel::updateRows);
    // Picking "Restore…" by hand without a file chosen asks for one (the "…" of its label).
    connect(restore_, &QRadioButton::clicked, this, [this] {
        if (restorer_->text().trimmed().isEmpty()) chooseRestorer();
    });
    connect(chooseRestorer_, &QToolButton::clicked, this, &FaceDetailPanel::chooseRestorer);
    updateRows();
}

void FaceDetailPanel::updateRows() {
    const bool restore = restore_->isChecked();
    form_->setRowVisible(prompt_, !restore);
    form_->setRowVisible(strength_, !restore);
    form_->setRowVisible(restorerRow_, restore);
    form_->setRowVisible(visibility_, restore);
    form_->setRowVisible(weight_, restore);
}

void FaceDetailPanel::chooseRestorer() {
    const QString start = restorer_->text().isEmpty() ? QDir::homePath() : QFileInfo(restorer_->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Face restoration model"), start,
                                                      tr("ONNX models (*.onnx);;All files (*)"));
    if (path.isEmpty()) return;
    restorer_->setText(QDir::toNativeSeparators(path));
    restore_->setChecked(true);
}

std::optional<stipple::FaceDetail> FaceDetailPanel::faceDetail() const {
    if (!isChecked()) return std::nullopt;
    stipple::FaceDetail f;
    f.padding = padding_;
    if (restore_->isChecked()) {
        f.restorer = QDir::fromNativeSeparators(restorer_->text().trimmed()).toStdString();
        f.visibility = visibility_->value();
        f.codeformer_weight = weight_->value();
    } else {
        f.prompt = prompt_->text().trimmed().toStdString();
        f.strength = strength_->value();
    }
    return f;
}

QString FaceDetailPanel::problem() const {
    if (isChecked() && restore_->isChecked() && restorer_->text().trimmed().isEmpty())
        return tr("Face restoration: choose a GFPGAN or CodeFormer .onnx model file, or redraw the faces with the model.");
    return {};
}

void FaceDetailPanel::setFrom(const std::optional<stipple::FaceDetail>& detail) {
    setChecked(detail.has_value());
    if (!detail) return;
    padding_ = detail->padding;
    if (!detail->restorer.empty()) {
        restorer_->setText(QDir::toNativeSeparators(QString::fromStdString(detail->restorer)));
        visibility_->setValue(detail->visibility);
        weight_->setValue(detail->codeformer_weight);
        restore_->setChecked(true);
        return;
    }
    prompt_->setText(QString::fromStdString(detail->prompt));
    strength_->setValue(detail->strength);
    redraw_->setChecked(true);
}

bool FaceDetailPanel::setRestoreFrom(const stipple::FaceDetail& settings) {
    if (restorer_->text().trimmed().isEmpty()) return false;
    visibility_->setValue(settings.visibility);
    weight_->setValue(settings.codeformer_weight);
    restore_->setChecked(true);
    setChecked(true);
    return true;
}

QString FaceDetailPanel::restorerPath() const { return QDir::fromNativeSeparators(restorer_->text().trimmed()); }

void FaceDetailPanel::setRestorerPath(const QString& path) { restorer_->setText(QDir::toNativeSeparators(path)); }

bool FaceDetailPanel::restoring() const { return restore_->isChecked(); }

void FaceDetailPanel::setRestoring(bool restore) { (restore ? restore_ : redraw_)->setChecked(true); }

}  // namespace stipple::ui
