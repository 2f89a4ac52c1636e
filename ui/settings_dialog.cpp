// Preferences dialog (see settings_dialog.h).
#include "settings_dialog.h"

#include "app_paths.h"
#include "generation_worker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace stipple::ui {

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Settings"));
    auto* form = new QFormLayout(this);
    auto* outRow = new QHBoxLayout;
    output_ = new QLineEdit(this);
    output_->setPlaceholderText(tr("Default: Pictures/Stipple"));
    output_->setToolTip(tr("Where every result is saved, in one folder per day (YYYY-MM-DD)."));
    auto* browse = new QPushButton(tr("Browse…"), this);
    outRow->addWidget(output_, 1);
    outRow->addWidget(browse);
    form->addRow(tr("Output folder"), outRow);
    threads_ = new QSpinBox(this);
    threads_->setRange(0, 256);
    threads_->setSpecialValueText(tr("Automatic (%1)").arg(GenerationWorker::defaultThreadCount()));
    threads_->setToolTip(tr("CPU threads for generation. Automatic uses one per physical core."));
    form->addRow(tr("CPU threads"), threads_);
    dtype_ = new QComboBox(this);
    dtype_->addItem(tr("float32 (exact, more memory)"), QStringLiteral("fp32"));
    dtype_->addItem(tr("bfloat16 (half the memory)"), QStringLiteral("bf16"));
    dtype_->setToolTip(tr("Precision of the model weights. Applies the next time a model is loaded."));
    form->addRow(tr("Precision"), dtype_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Output folder"), output_->text());
        if (!dir.isEmpty()) output_->setText(dir);
    });
    load();
}

void SettingsDialog::load() {
    const auto s = openSettings();
    output_->setText(s->value("output/folder").toString());
    threads_->setValue(s->value("runtime/threads", 0).toInt());
    const int i = dtype_->findData(s->value("runtime/dtype", "fp32").toString());
    dtype_->setCurrentIndex(std::max(0, i));
}

void SettingsDialog::save() const {
    auto s = openSettings();
    s->setValue("output/folder", output_->text().trimmed());
    s->setValue("runtime/threads", threads_->value());
    s->setValue("runtime/dtype", dtype_->currentData().toString());
}

}  // namespace stipple::ui
