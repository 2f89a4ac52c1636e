// The ᾱ / SNR plot (see snr_plot.h). Painted by hand with QPainter: Qt Charts is not a dependency,
// and the plot needs a log axis with a floor for SNR 0, which a chart library would hide.
#include "snr_plot.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace stipple::ui {

namespace {

const QColor kSnrColor(43, 108, 176);
const QColor kAlphaColor(221, 107, 32);
const QColor kCurrentColor(197, 48, 48);
const QColor kStepColor(47, 133, 90);

// "10³", "10", "1", "0.1", "10⁻⁴": a decade as a teacher writes it.
QString decadeLabel(int exponent) {
    if (exponent == 0) return QStringLiteral("1");
    if (exponent == 1) return QStringLiteral("10");
    if (exponent == -1) return QStringLiteral("0.1");
    static const QString digits[] = {QStringLiteral("⁰"), QStringLiteral("¹"), QStringLiteral("²"), QStringLiteral("³"),
                                     QStringLiteral("⁴"), QStringLiteral("⁵"), QStringLiteral("⁶"), QStringLiteral("⁷"),
                                     QStringLiteral("⁸"), QStringLiteral("⁹")};
    QString text = QStringLiteral("10");
    if (exponent < 0) text += QStringLiteral("⁻");
    for (const QChar c : QString::number(std::abs(exponent))) text += digits[c.digitValue()];
    return text;
}

// Three significant figures, plain or scientific as the size needs.
QString number(double v) {
    if (v == 0) return QStringLiteral("0");
    if (std::isinf(v)) return QStringLiteral("∞");
    const double a = std::abs(v);
    if (a >= 1000 || a < 0.001) return QString::number(v, 'e', 2);
    return QString::number(v, 'g', 3);
}

}  // namespace

SnrPlot::SnrPlot(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("snrPlot"));
    setAccessibleName(tr("Noise schedule: ᾱ and SNR over t"));
    setToolTip(tr("The model's noise schedule. Blue: the signal-to-noise ratio SNR = ᾱ/(1−ᾱ), log scale (left). "
                  "Orange: ᾱ, the share of the image left at step t (right). Where SNR falls below 1, noise outweighs the image."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void SnrPlot::setAlphasCumprod(const QList<double>& alphasCumprod) {
    alphaBars_.clear();
    snrs_.clear();
    crossing_ = -1;
    if (!alphasCumprod.isEmpty()) {
        alphaBars_.reserve(alphasCumprod.size() + 1);
        snrs_.reserve(alphasCumprod.size() + 1);
        alphaBars_ << 1.0;
        snrs_ << std::numeric_limits<double>::infinity();
        for (double a : alphasCumprod) {
            a = std::clamp(a, 0.0, 1.0);  // a schedule from a file: never a negative or >1 share
            alphaBars_ << a;
            snrs_ << (a >= 1 ? std::numeric_limits<double>::infinity() : a / (1 - a));
        }
        for (int t = 1; t < snrs_.size(); ++t)
            if (snrs_[t] < 1) {
                crossing_ = t;
                break;
            }
        // The log axis: whole decades around the finite, positive SNRs (at most 12 decades; lower
        // values sit on the floor line, as 0 does).
        double lo = std::numeric_limits<double>::infinity(), hi = 0;
        for (const double s : snrs_)
            if (s > 0 && std::isfinite(s)) {
                lo = std::min(lo, s);
                hi = std::max(hi, s);
            }
        if (hi > 0) {
            logHigh_ = std::max(1, static_cast<int>(std::ceil(std::log10(hi))));
            logLow_ = std::min(-1, static_cast<int>(std::floor(std::log10(lo))));
            logLow_ = std::max(logLow_, logHigh_ - 12);
        } else {
            logLow_ = -3;
            logHigh_ = 3;
        }
    }
    update();
}

void SnrPlot::setCurrentT(double t) {
    if (t == currentT_) return;
    currentT_ = t;
    update();
}

void SnrPlot::setStepTimesteps(const QList<double>& timesteps, int highlighted) {
    steps_ = timesteps;
    highlighted_ = highlighted;
    update();
}

void SnrPlot::setHighlightedStep(int index) {
    if (index == highlighted_) return;
    highlighted_ = index;
    update();
}

void SnrPlot::setCompact(bool compact) {
    compact_ = compact;
    updateGeometry();
    update();
}

QSize SnrPlot::sizeHint() const { return compact_ ? QSize(420, 96) : QSize(560, 220); }
QSize SnrPlot::minimumSizeHint() const { return compact_ ? QSize(200, 72) : QSize(280, 140); }

QRectF SnrPlot::plotRect() const {
    const QFontMetrics fm(font());
    const double left = fm.horizontalAdvance(QStringLiteral("10⁻¹⁰")) + (compact_ ? 6 : 22);
    const double right = fm.horizontalAdvance(QStringLiteral("0.5")) + (compact_ ? 6 : 22);
    const double top = fm.height() + 6;
    const double bottom = fm.height() + (compact_ ? 4 : 6);
    return QRectF(left, top, std::max(10.0, width() - left - right), std::max(10.0, height() - top - bottom));
}

double SnrPlot::xOf(double t) const {
    const QRectF r = plotRect();
    const int T = std::max(1, trainingSteps());
    return r.left() + r.width() * std::clamp(t, 0.0, static_cast<double>(T)) / T;
}

double SnrPlot::tOf(double x) const {
    const QRectF r = plotRect();
    return (x - r.left()) / r.width() * trainingSteps();
}

double SnrPlot::yOfSnr(double snr) const {
    const QRectF r = plotRect();
    if (!(snr > 0)) return r.bottom();
    const double l = std::clamp(std::log10(snr), static_cast<double>(logLow_), static_cast<double>(logHigh_));
    return r.bottom() - r.height() * (l - logLow_) / (logHigh_ - logLow_);
}

double SnrPlot::yOfAlphaBar(double alphaBar) const {
    const QRectF r = plotRect();
    return r.bottom() - r.height() * std::clamp(alphaBar, 0.0, 1.0);
}

void SnrPlot::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QFont small = font();
    if (compact_) small.setPointSizeF(std::max(6.5, small.pointSizeF() * 0.85));
    p.setFont(small);
    const QFontMetrics fm(small);
    p.fillRect(rect(), palette().base());
    const QRectF r = plotRect();
    const QColor text = palette().color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(40);

    if (alphaBars_.size() < 2) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Load a model to see its noise schedule."));
        return;
    }
    const int T = trainingSteps();

    // Decades of the SNR axis (left) and ᾱ quarters (right), with grid lines.
    const int decades = logHigh_ - logLow_;
    const int every = decades > 8 ? 2 : 1;
    for (int e = logLow_; e <= logHigh_; ++e) {
        const double y = yOfSnr(std::pow(10.0, e));
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        if ((e - logLow_) % every != 0 && e != 0) continue;
        if (compact_ && r.height() < 80 && e != logLow_ && e != logHigh_ && e != 0) continue;
        p.setPen(kSnrColor);
        p.drawText(QRectF(0, y - fm.height() / 2.0, r.left() - 4, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   decadeLabel(e));
    }
    for (const double a : {0.0, 0.5, 1.0}) {
        const double y = yOfAlphaBar(a);
        p.setPen(kAlphaColor);
        p.drawText(QRectF(r.right() + 4, y - fm.height() / 2.0, width() - r.right() - 4, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, a == 0.5 ? QStringLiteral("0.5") : QString::number(a));
    }
    // t along the bottom.
    p.setPen(text);
    const int tStep = T >= 400 ? (compact_ ? 250 : 100) : std::max(1, T / 4);
    for (int t = 0; t <= T; t += tStep) {
        const double x = xOf(t);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
        if (!compact_ && tStep == 100 && t % 200 != 0 && t != T) continue;
        p.setPen(text);
        const QString label = QString::number(t);
        const double w = fm.horizontalAdvance(label);
        p.drawText(QPointF(std::clamp(x - w / 2, 0.0, width() - w), r.bottom() + fm.ascent() + 2), label);
    }
    if (!compact_) {
        p.save();
        p.setPen(kSnrColor);
        p.translate(fm.height() * 0.2, r.center().y());
        p.rotate(-90);
        p.drawText(QRectF(-r.height() / 2, 0, r.height(), fm.height()), Qt::AlignCenter, tr("SNR (log scale)"));
        p.restore();
        p.save();
        p.setPen(kAlphaColor);
        p.translate(width() - fm.height() * 1.2, r.center().y());
        p.rotate(-90);
        p.drawText(QRectF(-r.height() / 2, 0, r.height(), fm.height()), Qt::AlignCenter, tr("ᾱ (image left)"));
        p.restore();
    }
    p.setPen(QPen(text, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r);

    // SNR = 1 line.
    const double yOne = yOfSnr(1);
    p.setPen(QPen(text, 1, Qt::DashLine));
    p.drawLine(QPointF(r.left(), yOne), QPointF(r.right(), yOne));

    // The curves: ᾱ from t = 0, SNR from t = 1 (SNR(0) is infinite). Points below the floor decade
    // (a zero-terminal-SNR schedule's last steps) are drawn on the floor line, dashed.
    QPainterPath alphaPath, snrPath, floorPath;
    alphaPath.moveTo(xOf(0), yOfAlphaBar(alphaBars_[0]));
    for (int t = 1; t <= T; ++t) alphaPath.lineTo(xOf(t), yOfAlphaBar(alphaBars_[t]));
    const double floorSnr = std::pow(10.0, logLow_);
    bool onFloor = false;
    for (int t = 1; t <= T; ++t) {
        const QPointF pt(xOf(t), yOfSnr(snrs_[t]));
        const bool below = !(snrs_[t] >= floorSnr);
        if (t == 1) snrPath.moveTo(pt);
        else if (below && !onFloor) {
            floorPath.moveTo(xOf(t - 1), yOfSnr(snrs_[t - 1]));
            floorPath.lineTo(pt);
        } else if (below) floorPath.lineTo(pt);
        else snrPath.lineTo(pt);
        onFloor = below;
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(kAlphaColor, compact_ ? 1.5 : 2));
    p.drawPath(alphaPath);
    p.setPen(QPen(kSnrColor, compact_ ? 1.5 : 2));
    p.drawPath(snrPath);
    p.setPen(QPen(kSnrColor, compact_ ? 1.5 : 2, Qt::DotLine));
    p.drawPath(floorPath);
    if (zeroTerminalSnr()) {
        const QPointF end(xOf(T), r.bottom());
        p.setPen(QPen(kSnrColor, 2));
        p.setBrush(palette().base());
        p.drawEllipse(end, 4, 4);
        const QString label = tr("SNR(%1) = 0").arg(T);
        const double w = fm.horizontalAdvance(label);
        p.drawText(QPointF(end.x() - w - 6, end.y() - 5), label);
    }

    // The SNR = 1 crossing.
    if (crossing_ > 0) {
        const QPointF c(xOf(crossing_), yOne);
        p.setPen(QPen(text, 1, Qt::DotLine));
        p.drawLine(QPointF(c.x(), r.top()), QPointF(c.x(), r.bottom()));
        p.setPen(QPen(text, 1.5));
        p.setBrush(text);
        p.drawEllipse(c, 3, 3);
        const QString label = tr("SNR = 1 at t = %1").arg(crossing_);
        const double w = fm.horizontalAdvance(label);
        // Right of the crossing, unless the current t's line runs through the label there.
        const double cx = currentT_ >= 0 ? xOf(currentT_) : -1;
        const bool rightFits = c.x() + 5 + w < r.right() && !(cx > c.x() + 2 && cx < c.x() + 10 + w);
        const double x = rightFits ? c.x() + 5 : c.x() - 5 - w;
        p.setPen(text);
        p.drawText(QPointF(x, yOne - 4), label);
    }

    // A sampler run's steps: ticks on the bottom edge and dots on the SNR curve.
    for (int i = 0; i < steps_.size(); ++i) {
        if (steps_[i] < 0) continue;
        const double t = std::clamp(steps_[i] + 1, 1.0, static_cast<double>(T));
        const double lower = std::floor(t), frac = t - lower;
        const int t0 = static_cast<int>(lower), t1 = std::min(T, t0 + 1);
        // Between two integer steps: the point on the drawn line between them.
        const double y = yOfSnr(snrs_[t0]) * (1 - frac) + yOfSnr(snrs_[t1]) * frac;
        const bool shown = i == highlighted_;
        p.setPen(QPen(kStepColor, shown ? 2.5 : 1.5));
        p.drawLine(QPointF(xOf(t), r.bottom()), QPointF(xOf(t), r.bottom() - (shown ? 12 : 6)));
        p.setBrush(shown ? kStepColor : palette().base());
        p.drawEllipse(QPointF(xOf(t), y), shown ? 4.5 : 2.5, shown ? 4.5 : 2.5);
    }

    // The current t, with its numbers in the top margin.
    if (currentT_ >= 0) {
        const double t = std::min(currentT_, static_cast<double>(T));
        const double x = xOf(t);
        p.setPen(QPen(kCurrentColor, 2));
        p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
        const int ti = static_cast<int>(std::lround(t));
        if (ti >= 1) {
            p.setBrush(kCurrentColor);
            p.drawEllipse(QPointF(x, yOfSnr(snrs_[ti])), 3.5, 3.5);
        }
        p.setBrush(kAlphaColor);
        p.setPen(QPen(kCurrentColor, 1.5));
        p.drawEllipse(QPointF(x, yOfAlphaBar(alphaBars_[ti])), 3.5, 3.5);
        const QString label = tr("t = %1 · ᾱ = %2 · SNR = %3").arg(ti).arg(number(alphaBars_[ti]), number(snrs_[ti]));
        const double w = fm.horizontalAdvance(label);
        p.setPen(kCurrentColor);
        p.drawText(QPointF(std::clamp(x - w / 2, 0.0, std::max(0.0, width() - w)), r.top() - 4), label);
    } else if (!compact_) {
        p.setPen(text);
        p.drawText(QPointF(r.left(), r.top() - 4), tr("Noise schedule of the model (T = %1)").arg(T));
    }
}

void SnrPlot::pickAt(double x) {
    if (trainingSteps() <= 0) return;
    Q_EMIT tPicked(static_cast<int>(std::lround(std::clamp(tOf(x), 0.0, static_cast<double>(trainingSteps())))));
}

void SnrPlot::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) pickAt(event->position().x());
}

void SnrPlot::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton) pickAt(event->position().x());
}

}  // namespace stipple::ui
