// Preferences: output folder, CPU threads, weight precision (dtype), interface language, where
// random numbers come from (CPU or NVIDIA-GPU-compatible noise), how prompts are read, and the
// folders the model library scans besides its own (e.g. an AUTOMATIC1111 models/ tree).
// Stored in QSettings.
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace stipple::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    // Reads the current values from settings / writes them back.
    void load();
    void save() const;

private:
    QLineEdit* output_;
    QSpinBox* threads_;
    QComboBox* dtype_;
    QComboBox* language_;
    QComboBox* noiseSource_;
    QComboBox* promptStyle_;
    QListWidget* libraryFolders_;
};

}  // namespace stipple::ui
