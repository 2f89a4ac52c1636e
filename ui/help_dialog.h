// Help ▸ How diffusion works: a classroom explanation of what the preview shows (noise → x₀
// estimate) and what steps, guidance scale, seed and samplers do, and a guided tour of the Classroom
// views for a 45-minute lesson, as translated rich text.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace stipple::ui {

class HelpDialog : public QDialog {
    Q_OBJECT
public:
    explicit HelpDialog(QWidget* parent = nullptr);
    static QString html();
    // The guided tour of the Classroom views for a 45-minute lesson (part of html(), anchor "tour").
    static QString tour();
    // Scrolls to the tour (Classroom ▸ Lesson tour opens the help there).
    void showTour();

private:
    QTextBrowser* browser_;
};

}  // namespace stipple::ui
