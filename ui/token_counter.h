// Live prompt token counts without touching the GUI thread or waiting for a running generation:
// a QObject on its own thread using the loaded model's tokenizer (shared, const, thread-safe).
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace stipple { class Tokenizer; }

namespace stipple::ui {

class TokenCounter : public QObject {
    Q_OBJECT
public:
    explicit TokenCounter(QObject* parent = nullptr);
    ~TokenCounter() override;

public Q_SLOTS:
    // nullptr while no model is loaded (counts are then not answered).
    void setTokenizer(std::shared_ptr<const stipple::Tokenizer> tokenizer);
    void count(int serial, const QString& prompt, const QString& negative);

Q_SIGNALS:
    void counted(int serial, int prompt, int negative);

private:
    std::shared_ptr<const stipple::Tokenizer> tokenizer_;
};

}  // namespace stipple::ui
