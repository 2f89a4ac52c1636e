// A non-modal banner across the top of the window for errors (bad model folder, corrupt file,
// out of memory): says what went wrong, can be dismissed, never blocks the app.
#pragma once

#include <QFrame>

class QLabel;

namespace stipple::ui {

class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);
    void showError(const QString& title, const QString& reason);
    void showInfo(const QString& text);
    QString text() const;

private:
    QLabel* label_;
};

}  // namespace stipple::ui
