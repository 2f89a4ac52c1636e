// The presenter's pipeline strip (see pipeline_strip.h).
#include "pipeline_strip.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>

namespace stipple::ui {

namespace {

// Colours chosen for a projector seen from the back of a room: the running part a saturated amber
// with black text, the parts already passed a pale green, the rest the window's own base colour.
const QColor kLitFill(0xff, 0xb3, 0x00);
const QColor kLitBorder(0x8a, 0x5a, 0x00);
const QColor kDoneFill(0xd4, 0xec, 0xcf);
const QColor kDoneBorder(0x3f, 0x7d, 0x3a);

// Relative box widths: the loop box holds the step count and a progress bar.
constexpr std::array<double, PipelineStrip::kNodeCount> kWeights{1.0, 1.0, 1.15, 1.45, 1.0, 1.0};

// The pipeline stages as core numbers them (stipple::PipelineStage, core/pipeline/pipeline.h):
// not included here, since that header brings in libtorch.
constexpr int kStageTextEncoder = 0;
constexpr int kStageDenoising = 1;
constexpr int kStageVaeDecode = 2;

}  // namespace

PipelineStrip::PipelineStrip(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("pipelineStrip"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Pipeline"));
    updateAccessibleText();
}

QSize PipelineStrip::sizeHint() const { return {1000, fontMetrics().height() * 4}; }
QSize PipelineStrip::minimumSizeHint() const { return {480, fontMetrics().height() * 3}; }

bool PipelineStrip::isLit(Node node) const {
    switch (state_) {
        case State::Idle: return false;
        case State::Starting: return node == Node::Prompt;
        case State::TextEncoder: return node == Node::Tokens || node == Node::TextEncoder;
        case State::Denoising: return node == Node::Unet;
        case State::VaeDecode: return node == Node::Vae;
        case State::Done: return node == Node::Image;
    }
    return false;
}

bool PipelineStrip::isDone(Node node) const {
    if (state_ == State::Idle || isLit(node)) return false;
    for (int i = static_cast<int>(node) + 1; i < kNodeCount; ++i)
        if (isLit(static_cast<Node>(i))) return true;
    return false;
}

void PipelineStrip::setState(State state) {
    if (state == state_) return;
    state_ = state;
    updateAccessibleText();
    update();
    Q_EMIT stateChanged(static_cast<int>(state));
}

void PipelineStrip::start(int totalSteps) {
    step_ = 0;
    total_ = std::max(0, totalSteps);
    note_.clear();
    setState(State::Starting);
    update();
}

void PipelineStrip::enterStage(int pipelineStage) {
    if (state_ == State::Idle || state_ == State::Done) return;  // a report after the run ended
    switch (pipelineStage) {
        case kStageTextEncoder: setState(State::TextEncoder); break;
        case kStageDenoising: setState(State::Denoising); break;
        case kStageVaeDecode: setState(State::VaeDecode); break;
        default: break;
    }
}

void PipelineStrip::setStep(int step, int total) {
    if (state_ == State::Idle || state_ == State::Done) return;
    step_ = std::max(0, step);
    total_ = std::max(step_, total);
    updateAccessibleText();
    update();
}

void PipelineStrip::finish() {
    if (total_ > 0) step_ = total_;
    setState(State::Done);
    update();
}

void PipelineStrip::stop(const QString& why) {
    note_ = why;
    setState(State::Idle);
    updateAccessibleText();
    update();
}

void PipelineStrip::setTokenCount(int tokens) {
    tokens_ = tokens;
    update();
}

QString PipelineStrip::title(Node node) const {
    switch (node) {
        case Node::Prompt: return tr("Prompt");
        case Node::Tokens: return tr("Tokens");
        case Node::TextEncoder: return tr("Text encoder");
        case Node::Unet: return tr("UNet loop");
        case Node::Vae: return tr("VAE");
        case Node::Image: return tr("Image");
    }
    return {};
}

QString PipelineStrip::detail(Node node) const {
    switch (node) {
        case Node::Prompt: return tr("your words");
        case Node::Tokens: return tokens_ < 0 ? tr("words → numbers") : tokens_ == 1 ? tr("1 token") : tr("%1 tokens").arg(tokens_);
        case Node::TextEncoder: return tr("numbers → meaning");
        case Node::Unet:
            if (total_ <= 0) return tr("× N steps");
            if (step_ > 0) return tr("step %1 / %2").arg(step_).arg(total_);
            return total_ == 1 ? tr("× 1 step") : tr("× %1 steps").arg(total_);
        case Node::Vae: return tr("latent → pixels");
        case Node::Image: return tr("the result");
    }
    return {};
}

void PipelineStrip::updateAccessibleText() {
    QString now;
    switch (state_) {
        case State::Idle: now = note_.isEmpty() ? tr("Idle") : note_; break;
        case State::Starting: now = tr("Starting"); break;
        case State::TextEncoder: now = tr("Encoding the prompt"); break;
        case State::Denoising: now = total_ > 0 ? tr("Denoising, step %1 of %2").arg(step_).arg(total_) : tr("Denoising"); break;
        case State::VaeDecode: now = tr("Decoding with the VAE"); break;
        case State::Done: now = tr("Done"); break;
    }
    setAccessibleDescription(now);
    setToolTip(now);
}

void PipelineStrip::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    const double arrow = std::max(18.0, area.width() * 0.03);
    double weights = 0;
    for (double w : kWeights) weights += w;
    const double unit = (area.width() - arrow * (kNodeCount - 1)) / weights;
    const double boxHeight = area.height();

    // One title size for every box, as large as the narrowest fit allows (up to 40 % of the box).
    QFont titleFont = font();
    titleFont.setBold(true);
    int titlePx = std::max(10, static_cast<int>(boxHeight * 0.34));
    QFont detailFont = font();
    int detailPx = std::max(9, static_cast<int>(boxHeight * 0.24));
    auto fits = [&](const QFont& f, bool titles) {
        const QFontMetrics m(f);
        for (int i = 0; i < kNodeCount; ++i) {
            const Node node = static_cast<Node>(i);
            if (m.horizontalAdvance(titles ? title(node) : detail(node)) > unit * kWeights[static_cast<size_t>(i)] - 12)
                return false;
        }
        return true;
    };
    for (; titlePx > 10; --titlePx) {
        titleFont.setPixelSize(titlePx);
        if (fits(titleFont, true)) break;
    }
    titleFont.setPixelSize(titlePx);
    for (detailPx = std::min(detailPx, titlePx); detailPx > 9; --detailPx) {
        detailFont.setPixelSize(detailPx);
        if (fits(detailFont, false)) break;
    }
    detailFont.setPixelSize(detailPx);

    double x = area.left();
    for (int i = 0; i < kNodeCount; ++i) {
        const Node node = static_cast<Node>(i);
        const double w = unit * kWeights[static_cast<size_t>(i)];
        const QRectF box(x, area.top(), w, boxHeight);
        const bool lit = isLit(node), done = isDone(node);
        const QColor fill = lit ? kLitFill : done ? kDoneFill : palette().color(QPalette::Base);
        const QColor border = lit ? kLitBorder : done ? kDoneBorder : palette().color(QPalette::Mid);
        const QColor text = lit || done ? QColor(Qt::black) : palette().color(QPalette::Text);
        p.setPen(QPen(border, lit ? 4 : 2));
        p.setBrush(fill);
        p.drawRoundedRect(box.adjusted(2, 2, -2, -2), 10, 10);

        // Title over detail, centred above the strip of the loop box's progress bar (every box
        // alike, so the texts line up).
        const double titleH = QFontMetricsF(titleFont).height();
        const double detailH = QFontMetricsF(detailFont).height();
        const double barSpace = 10;
        const double top = box.top() + (boxHeight - titleH - detailH - barSpace) / 2;
        p.setPen(text);
        p.setFont(titleFont);
        p.drawText(QRectF(box.left(), top, w, titleH), Qt::AlignCenter, title(node));
        p.setFont(detailFont);
        p.drawText(QRectF(box.left(), top + titleH, w, detailH), Qt::AlignCenter, detail(node));
        if (node == Node::Unet && total_ > 0 && (lit || done)) {
            const double fraction = std::clamp(static_cast<double>(step_) / total_, 0.0, 1.0);
            const QRectF bar(box.left() + 14, top + titleH + detailH + 2, (w - 28) * fraction, 6);
            p.setPen(Qt::NoPen);
            p.setBrush(lit ? kLitBorder : kDoneBorder);
            p.drawRoundedRect(bar, 3, 3);
        }
        x += w;
        if (i + 1 == kNodeCount) break;

        // The arrow to the next box: green once passed.
        const double mid = box.center().y();
        const QColor arrowColour = done || lit ? kDoneBorder : palette().color(QPalette::Mid);
        p.setPen(QPen(arrowColour, 3, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(x + 3, mid), QPointF(x + arrow - 6, mid));
        QPainterPath head;
        head.moveTo(x + arrow - 2, mid);
        head.lineTo(x + arrow - 10, mid - 6);
        head.lineTo(x + arrow - 10, mid + 6);
        head.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(arrowColour);
        p.drawPath(head);
        x += arrow;
    }
}

}  // namespace stipple::ui
