// A model's training noise schedule drawn as a teacher draws it: ᾱ_t (how much of the image is
// left, linear, right axis) and the signal-to-noise ratio SNR(t) = ᾱ_t / (1 − ᾱ_t) (log scale, left
// axis) over the noising steps t = 0…T, with the SNR = 1 crossing marked ("at what timestep does
// the noise outweigh the image?"), the current t, and optionally where each step of a sampler run
// sits. Used by the forward-noising view and under the preview's step timeline. Paints only.
#pragma once

#include <QList>
#include <QWidget>

namespace stipple::ui {

class SnrPlot : public QWidget {
    Q_OBJECT
public:
    explicit SnrPlot(QWidget* parent = nullptr);

    // The model's alphas_cumprod (ModelSummary::alphasCumprod: index i = diffusers' timestep i).
    // Empty: the plot says there is no schedule.
    void setAlphasCumprod(const QList<double>& alphasCumprod);
    // T, the number of training timesteps (0 without a schedule).
    int trainingSteps() const { return alphaBars_.isEmpty() ? 0 : static_cast<int>(alphaBars_.size()) - 1; }

    // The plotted values over the noising step t = 0…T (T + 1 of each), counted as
    // core/teach/forward_noising.h counts: t = 0 is the clean x0 (ᾱ = 1, SNR = +infinity, not drawn),
    // t ≥ 1 is alphas_cumprod[t − 1]. SNR is exactly 0 where ᾱ is (a zero-terminal-SNR schedule's T).
    const QList<double>& alphaBars() const { return alphaBars_; }
    const QList<double>& snrs() const { return snrs_; }
    // The first t whose SNR is below 1 (-1: none, or no schedule).
    int snrOneCrossing() const { return crossing_; }
    // The schedule ends at SNR 0 (rescale_betas_zero_snr): log scale cannot show it, so that point is
    // drawn on the floor line, hollow, and labelled "0".
    bool zeroTerminalSnr() const { return !snrs_.isEmpty() && snrs_.back() <= 0; }

    // The noising step marked now (-1: none; clamped to 0…T when drawn).
    void setCurrentT(double t);
    double currentT() const { return currentT_; }

    // A sampler run's steps by their model timestep (StepInfo::timestep: diffusers' 0…T−1,
    // fractional for Karras sigmas), each drawn as a tick at t = timestep + 1 (the noising step with
    // the same ᾱ). `highlighted`: the index of the step shown now (-1: none). Negative timesteps are
    // skipped (unknown).
    void setStepTimesteps(const QList<double>& timesteps, int highlighted = -1);
    void setHighlightedStep(int index);
    const QList<double>& stepTimesteps() const { return steps_; }
    int highlightedStep() const { return highlighted_; }

    // Compact: small type and no axis titles, for the strip under the timeline.
    void setCompact(bool compact);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // A click or drag on the plot picked this noising step (the forward-noising view follows it).
    void tPicked(int t);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QRectF plotRect() const;
    double xOf(double t) const;
    double tOf(double x) const;
    // y of an SNR on the log axis; values below the floor decade (and 0) sit on the floor line.
    double yOfSnr(double snr) const;
    double yOfAlphaBar(double alphaBar) const;
    void pickAt(double x);

    QList<double> alphaBars_, snrs_;
    int crossing_ = -1;
    int logLow_ = -3, logHigh_ = 3;  // the log10 SNR axis spans these decades
    double currentT_ = -1;
    QList<double> steps_;
    int highlighted_ = -1;
    bool compact_ = false;
};

}  // namespace stipple::ui
