// The presenter's pipeline strip: prompt → tokens → text encoder → UNet loop × N steps → VAE →
// image, drawn as boxes joined by arrows, the part running now lit (the parts before it marked
// done), the loop counting k/N. Driven by the generation's stage reports and frames; paints only.
#pragma once

#include <QString>
#include <QWidget>

namespace stipple::ui {

class PipelineStrip : public QWidget {
    Q_OBJECT
public:
    // The boxes, left to right.
    enum class Node { Prompt, Tokens, TextEncoder, Unet, Vae, Image };
    static constexpr int kNodeCount = 6;
    // What is lit. Idle: nothing (no run, or it was aborted); Starting: the prompt (the job has
    // started, its prompt not yet encoded); the three stages of stipple::PipelineStage; Done: the image.
    enum class State { Idle, Starting, TextEncoder, Denoising, VaeDecode, Done };

    explicit PipelineStrip(QWidget* parent = nullptr);

    State state() const { return state_; }
    int step() const { return step_; }
    int totalSteps() const { return total_; }
    bool isLit(Node node) const;   // running now
    bool isDone(Node node) const;  // passed in this run

    void start(int totalSteps);                 // a generation started: the prompt is lit
    void enterStage(int pipelineStage);         // stipple::PipelineStage as int (a hires second pass starts over)
    void setStep(int step, int total);          // a frame of the loop arrived
    void finish();                              // the image is there
    void stop(const QString& why);              // aborted or failed: nothing lit, `why` shown
    void setTokenCount(int tokens);             // the prompt's tokens (-1: unknown)

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void stateChanged(int state);  // a State

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void setState(State state);
    QString title(Node node) const;
    QString detail(Node node) const;
    void updateAccessibleText();

    State state_ = State::Idle;
    int step_ = 0;
    int total_ = 0;
    int tokens_ = -1;
    QString note_;  // why the last run stopped ("" = none)
};

}  // namespace stipple::ui
