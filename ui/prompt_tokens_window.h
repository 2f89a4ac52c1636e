// Classroom ▸ Prompt as tokens: a window following the prompt as it is typed, showing the prompt
// and the negative prompt as token chips (token_chips.h) with a one-line legend. It only listens
// to the GenerationController's token readings (the token thread computes them): it never
// tokenizes itself.
#pragma once

#include "token_counter.h"

#include <QWidget>

class QLabel;

namespace stipple::ui {

class GenerationController;
class TokenChipsView;

class PromptTokensWindow : public QWidget {
    Q_OBJECT
public:
    explicit PromptTokensWindow(GenerationController* controller, QWidget* parent = nullptr);

    TokenChipsView* promptChips() const { return prompt_; }
    TokenChipsView* negativeChips() const { return negative_; }

public Q_SLOTS:
    void setReadings(const stipple::ui::PromptReading& prompt, const stipple::ui::PromptReading& negative);

private:
    TokenChipsView* prompt_;
    TokenChipsView* negative_;
    QLabel* promptTitle_;
    QLabel* negativeTitle_;
};

}  // namespace stipple::ui
