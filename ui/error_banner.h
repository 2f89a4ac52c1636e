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
    // `topic` names what the message is about ("model"), so that when the matter is settled (a
    // model loads) its message goes away and no other one does.
    void showError(const QString& title, const QString& reason, const QString& topic = {});
    void showInfo(const QString& text, const QString& topic = {});
    void dismissTopic(const QString& topic);
    QString text() const;
    QString topic() const { return topic_; }

private:
    QLabel* label_;
    QString topic_;
};

}  // namespace stipple::ui
