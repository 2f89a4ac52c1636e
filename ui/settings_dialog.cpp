// Preferences dialog (see settings_dialog.h).
#include "settings_dialog.h"
#include "preferences.h"

#include "app_paths.h"
#include "common/cpu_features.h"
#include "language.h"

#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stipple::ui {

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* form = new QFormLayout(this);
    auto* outRow = new QHBoxLayout;
    output_ = new QLineEdit(this);
    output_->setObjectName(QStringLiteral("outputFolder"));
    output_->setPlaceholderText(tr("Default: Pictures/Stipple"));
    output_->setToolTip(tr("Where every result is saved, in one folder per day (YYYY-MM-DD)."));
    output_->setAccessibleName(tr("Output folder"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the output folder"));
    outRow->addWidget(output_, 1);
    outRow->addWidget(browse);
    auto* outLabel = new QLabel(tr("&Output folder"), this);
    outLabel->setBuddy(output_);
    form->addRow(outLabel, outRow);
    threads_ = new QSpinBox(this);
    threads_->setObjectName(QStringLiteral("threadsBox"));
    threads_->setRange(0, 256);
    threads_->setSpecialValueText(tr("Automatic (%1)").arg(stipple::physical_core_count()));
    threads_->setToolTip(tr("CPU threads for generation. Automatic uses one per physical core."));
    threads_->setAccessibleName(tr("CPU threads"));
    form->addRow(tr("CPU &threads"), threads_);
    dtype_ = new QComboBox(this);
    dtype_->setObjectName(QStringLiteral("dtypeBox"));
    dtype_->addItem(tr("Automatic (bfloat16 for large models where it is faster)"), QStringLiteral("auto"));
    dtype_->addItem(tr("float32 (exact, more memory)"), QStringLiteral("fp32"));
    dtype_->addItem(tr("bfloat16 (half the memory)"), QStringLiteral("bf16"));
    dtype_->setToolTip(tr("Precision of the model weights. Applies the next time a model is loaded."));
    dtype_->setAccessibleName(tr("Precision"));
    form->addRow(tr("&Precision"), dtype_);
    language_ = new QComboBox(this);
    language_->setObjectName(QStringLiteral("languageBox"));
    language_->addItem(tr("System language"), QString());
    for (const auto& [code, name] : availableLanguages()) language_->addItem(name, code);
    language_->setToolTip(tr("The language of Stipple's windows. Applies the next time Stipple starts."));
    language_->setAccessibleName(tr("Language"));
    form->addRow(tr("&Language"), language_);
    noiseSource_ = new QComboBox(this);
    noiseSource_->setObjectName(QStringLiteral("noiseSourceSetting"));
    noiseSource_->addItem(tr("CPU (as diffusers and ComfyUI)"), static_cast<int>(stipple::NoiseSource::CPU));
    noiseSource_->addItem(tr("GPU (as AUTOMATIC1111 on NVIDIA)"), static_cast<int>(stipple::NoiseSource::NV));
    noiseSource_->setToolTip(tr("Where the starting noise of a seed comes from. The same seed gives a different image "
                                "with each: CPU matches diffusers and ComfyUI, GPU matches AUTOMATIC1111's default "
                                "(computed here on the CPU, written as \"RNG: NV\"). An opened image uses its own."));
    noiseSource_->setAccessibleName(tr("Random numbers"));
    form->addRow(tr("&Random numbers"), noiseSource_);
    promptStyle_ = new QComboBox(this);
    promptStyle_->setObjectName(QStringLiteral("promptStyleSetting"));
    promptStyle_->addItem(tr("AUTOMATIC1111: (word:1.2), BREAK, any length"), static_cast<int>(stipple::PromptStyle::A1111));
    promptStyle_->addItem(tr("Diffusers: text as written, cut at the limit"), static_cast<int>(stipple::PromptStyle::Diffusers));
    promptStyle_->setToolTip(tr("How a prompt becomes what the model reads. AUTOMATIC1111's syntax weights words and "
                                "reads long prompts in chunks; Diffusers passes the text as it is and ignores "
                                "what is past the text encoder's limit."));
    promptStyle_->setAccessibleName(tr("Prompt syntax"));
    form->addRow(tr("Prompt s&yntax"), promptStyle_);
    // The model library's extra folders (model_picker.h); its own, <data>/models, is always scanned.
    libraryFolders_ = new QListWidget(this);
    libraryFolders_->setObjectName(QStringLiteral("libraryFolders"));
    libraryFolders_->setMaximumHeight(90);
    libraryFolders_->setToolTip(tr("Folders the model library scans besides %1, e.g. AUTOMATIC1111's models folder "
                                   "(its Stable-diffusion, Lora, embeddings and VAE subfolders are all read).")
                                    .arg(QDir::toNativeSeparators(modelsDir())));
    libraryFolders_->setAccessibleName(tr("Model folders"));
    auto* addFolder = new QPushButton(tr("A&dd…"), this);
    auto* removeFolder = new QPushButton(tr("Re&move"), this);
    auto* folderButtons = new QVBoxLayout;
    folderButtons->addWidget(addFolder);
    folderButtons->addWidget(removeFolder);
    folderButtons->addStretch();
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(libraryFolders_, 1);
    folderRow->addLayout(folderButtons);
    form->addRow(tr("Model &folders"), folderRow);
    connect(addFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a models folder"));
        if (!dir.isEmpty() && libraryFolders_->findItems(dir, Qt::MatchExactly).isEmpty()) libraryFolders_->addItem(dir);
    });
    connect(removeFolder, &QPushButton::clicked, this, [this] { delete libraryFolders_->currentItem(); });
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
    const Preferences prefs;
    output_->setText(prefs.get(pref::outputFolder));
    threads_->setValue(prefs.get(pref::threads));
    const int i = dtype_->findData(prefs.get(pref::dtype));
    dtype_->setCurrentIndex(std::max(0, i));
    language_->setCurrentIndex(std::max(0, language_->findData(savedLanguage())));
    // GPU read back as NV: both are the Philox numbers here.
    const stipple::NoiseSource source = prefs.noiseSource() == stipple::NoiseSource::CPU ? stipple::NoiseSource::CPU
                                                                                          : stipple::NoiseSource::NV;
    noiseSource_->setCurrentIndex(std::max(0, noiseSource_->findData(static_cast<int>(source))));
    promptStyle_->setCurrentIndex(std::max(0, promptStyle_->findData(static_cast<int>(prefs.promptStyle()))));
    libraryFolders_->clear();
    libraryFolders_->addItems(prefs.get(pref::libraryFolders));
}

void SettingsDialog::save() const {
    Preferences prefs;
    prefs.set(pref::outputFolder, output_->text().trimmed());
    prefs.set(pref::threads, threads_->value());
    prefs.set(pref::dtype, dtype_->currentData().toString());
    saveLanguage(language_->currentData().toString());
    prefs.setNoiseSource(static_cast<stipple::NoiseSource>(noiseSource_->currentData().toInt()));
    prefs.setPromptStyle(static_cast<stipple::PromptStyle>(promptStyle_->currentData().toInt()));
    QStringList folders;
    for (int i = 0; i < libraryFolders_->count(); ++i) folders << libraryFolders_->item(i)->text();
    prefs.set(pref::libraryFolders, folders);
}

}  // namespace stipple::ui
