// Seed field and its validator (see seed_edit.h).
#include "seed_edit.h"

namespace stipple::ui {

namespace {
const QString kMax = QStringLiteral("18446744073709551615");
bool above_max(const QString& digits) {
    QString d = digits;
    while (d.size() > 1 && d.startsWith(QLatin1Char('0'))) d.remove(0, 1);
    return d.size() > kMax.size() || (d.size() == kMax.size() && d > kMax);
}
}  // namespace

QValidator::State Uint64Validator::validate(QString& input, int& pos) const {
    if (input.isEmpty()) return Intermediate;
    for (QChar c : input)
        if (!c.isDigit() || c.unicode() > '9') return Invalid;
    return above_max(input) ? Intermediate : Acceptable;
}

void Uint64Validator::fixup(QString& input) const {
    QString digits;
    for (QChar c : input)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) digits += c;
    input = digits;
}

std::optional<quint64> Uint64Validator::parse(const QString& text) {
    if (text.isEmpty()) return std::nullopt;
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) return std::nullopt;
    if (above_max(text)) return std::nullopt;
    bool ok = false;
    const quint64 v = text.toULongLong(&ok);
    return ok ? std::optional<quint64>(v) : std::nullopt;
}

SeedEdit::SeedEdit(QWidget* parent) : QLineEdit(parent) {
    setValidator(new Uint64Validator(this));
    setPlaceholderText(tr("seed"));
    setMaxLength(26);
    connect(this, &QLineEdit::textChanged, this, [this] {
        const QString p = problem();
        setStyleSheet(p.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #d9534f; }"));
        Q_EMIT problemChanged(p);
    });
}

std::optional<quint64> SeedEdit::seed() const { return Uint64Validator::parse(text()); }

void SeedEdit::setSeed(quint64 seed) { setText(QString::number(seed)); }

QString SeedEdit::problem() const {
    const QString t = text();
    if (t.isEmpty()) return tr("Enter a seed (a whole number from 0 to 18446744073709551615).");
    for (QChar c : t)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return tr("A seed has digits only (0-9).");
    if (above_max(t)) return tr("Seed is too large: the largest seed is 18446744073709551615 (2^64 - 1).");
    return {};
}

}  // namespace stipple::ui
