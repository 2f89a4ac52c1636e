// The seed field: any unsigned 64-bit value (a QSpinBox stops at 2^31-1), typed or pasted, with a
// clear message for values out of range.
#pragma once

#include <QLineEdit>
#include <QValidator>

#include <optional>

namespace stipple::ui {

// Digits only; a number above 18446744073709551615 is Intermediate (shown, flagged, not usable).
class Uint64Validator : public QValidator {
    Q_OBJECT
public:
    using QValidator::QValidator;
    State validate(QString& input, int& pos) const override;
    void fixup(QString& input) const override;
    // The value of `text`, or nullopt when empty, not a number or above 2^64-1.
    static std::optional<quint64> parse(const QString& text);
};

class SeedEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit SeedEdit(QWidget* parent = nullptr);
    std::optional<quint64> seed() const;
    void setSeed(quint64 seed);
    // "" when the field holds a usable seed, else what is wrong (for the message under it).
    QString problem() const;

Q_SIGNALS:
    // Emitted whenever the text changes: the problem text ("" when fine).
    void problemChanged(const QString& problem);
};

}  // namespace stipple::ui
