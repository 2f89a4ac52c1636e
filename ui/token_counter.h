// Live prompt token counts without touching the GUI thread or waiting for a running generation:
// a QObject on its own thread holding the model's CLIP tokenizer (diffusers folders).
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
    // Loads <modelPath>/tokenizer; emits ready(false) when there is none (single-file models).
    void setModel(const QString& modelPath);
    void count(int serial, const QString& prompt, const QString& negative);

Q_SIGNALS:
    void ready(bool available);
    void counted(int serial, int prompt, int negative);

private:
    std::shared_ptr<stipple::Tokenizer> tokenizer_;
};

}  // namespace stipple::ui
