// Preferences: output folder, CPU threads, weight precision (dtype) and interface language.
// Stored in QSettings.
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
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
};

}  // namespace stipple::ui
