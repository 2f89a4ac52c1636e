// Help ▸ How diffusion works: a classroom explanation of what the preview shows (noise → x₀
// estimate) and what steps, guidance scale, seed and samplers do, as translated rich text.
#pragma once

#include <QDialog>

namespace stipple::ui {

class HelpDialog : public QDialog {
    Q_OBJECT
public:
    explicit HelpDialog(QWidget* parent = nullptr);
    static QString html();
};

}  // namespace stipple::ui
