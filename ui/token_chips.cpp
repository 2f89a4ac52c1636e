// Token chips (see token_chips.h).
#include "token_chips.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace stipple::ui {

namespace {

constexpr int kMargin = 6;
constexpr int kChipPadding = 6;   // inside a chip, left and right
constexpr int kGlueGap = 2;       // between the pieces of one word
constexpr int kWordGap = 9;       // between words
constexpr int kRowGap = 4;

QColor mix(const QColor& a, const QColor& b, double t) {
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Neutral at weight 1, warmer the more a token is emphasised (full at 1.5), cooler the less.
QColor chipColour(const TokenChip& chip) {
    if (!chip.embedding.isEmpty()) return QColor(0xd9, 0xc2, 0xf2);
    const QColor neutral(0xe6, 0xe8, 0xee), up(0xff, 0xa8, 0x4a), down(0x9d, 0xb6, 0xdc);
    if (chip.weight > 1.0f) return mix(neutral, up, (chip.weight - 1.0) / 0.5);
    if (chip.weight < 1.0f) return mix(neutral, down, (1.0 - chip.weight) / 0.5);
    return neutral;
}

// Whether a word boundary lies between chips `a` and `b` (wide gap) or they spell one word.
bool wordBoundary(const TokenChip& a, const TokenChip& b) {
    return a.wordEnd || b.wordStart || !a.embedding.isEmpty() || !b.embedding.isEmpty() || a.chunk != b.chunk;
}

QFont smallFont(QFont f) {
    f.setPointSizeF(std::max(6.0, f.pointSizeF() * 0.75));
    return f;
}

}  // namespace

TokenChipsView::TokenChipsView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void TokenChipsView::setReading(const PromptReading& reading) {
    reading_ = reading;
    layoutAt(width(), &chipRects_, &headerRects_);
    updateGeometry();
    update();
}

QString TokenChipsView::weightText(float weight) {
    QString s = QString::number(static_cast<double>(weight), 'f', 3);
    while (s.endsWith(QLatin1Char('0'))) s.chop(1);
    if (s.endsWith(QLatin1Char('.'))) s.chop(1);
    return s;
}

QString TokenChipsView::chipLabel(const TokenChip& chip) const {
    if (!chip.embedding.isEmpty()) return QStringLiteral("%1 %2/%3").arg(chip.embedding).arg(chip.vector + 1).arg(chip.vectors);
    if (!chip.known) return QStringLiteral("#%1").arg(chip.id);
    if (chip.text.isEmpty()) return QStringLiteral("␣");  // SentencePiece's bare word-start piece
    QString text = chip.text;
    for (QChar& c : text)
        if (!c.isPrint()) c = QChar(0xFFFD);
    return text;
}

QString TokenChipsView::chunkHeaderText(int chunk) const {
    int tokens = 0;
    const TokenChip* last = nullptr;
    for (const TokenChip& c : reading_.chips)
        if (c.chunk == chunk) ++tokens, last = &c;
    QString text = tr("Chunk %1 · %2 of %3 tokens").arg(chunk + 1).arg(tokens).arg(reading_.chunkLength);
    if (chunk > 0 && chunk - 1 < reading_.chunkStartsAtBreak.size() && reading_.chunkStartsAtBreak[chunk - 1])
        text += QStringLiteral(" · ") + tr("begins at BREAK");
    const bool nextAtBreak = chunk < reading_.chunkStartsAtBreak.size() && reading_.chunkStartsAtBreak[chunk];
    if (chunk + 1 < reading_.chunkCount && tokens < reading_.chunkLength && !nextAtBreak) {
        // A1111's comma back-off: a full chunk whose last comma is near its end moves the words
        // after that comma on, and pads the rest.
        if (last && last->text == QLatin1String(",")) text += QStringLiteral(" · ") + tr("the words after its last comma moved on");
        else text += QStringLiteral(" · ") + tr("the rest is padding");
    }
    return text;
}

int TokenChipsView::layoutAt(int width, QList<QRect>* chips, QList<QRect>* headers) const {
    const QFontMetrics fm(font());
    const QFontMetrics small(smallFont(font()));
    const int chipHeight = fm.height() + 6;
    const int rowHeight = chipHeight + small.height() + kRowGap;  // as heightOfRows
    const int right = std::max(width - kMargin, kMargin + 40);
    if (chips) chips->clear();
    if (headers) headers->clear();
    int x = kMargin, y = kMargin;
    bool rowUsed = false;  // a chip is on the current row
    int chipIndex = 0;
    const int total = static_cast<int>(reading_.chips.size());
    for (int chunk = 0; chunk < std::max(1, reading_.chunkCount); ++chunk) {
        if (!compact_) {  // each chunk on rows of its own, under its header
            if (rowUsed) y += rowHeight + 4;
            const QRect header(kMargin, y, right - kMargin, small.height() + 4);
            if (headers) *headers << header;
            y += header.height() + 2;
            x = kMargin;
            rowUsed = false;
        } else if (chunk > 0) {  // compact: the chunks run on, a bar between them
            if (rowUsed) x += kWordGap;
            if (rowUsed && x + 2 > right) x = kMargin, y += rowHeight;
            if (headers) *headers << QRect(x, y - 2, 3, chipHeight + 4);
            x += 3 + kWordGap;
            rowUsed = true;
        }
        bool first = true;
        for (; chipIndex < total && reading_.chips[chipIndex].chunk == chunk; ++chipIndex, first = false) {
            const TokenChip& chip = reading_.chips[chipIndex];
            const int w = std::max(fm.horizontalAdvance(chipLabel(chip)), small.horizontalAdvance(weightText(chip.weight))) +
                          2 * kChipPadding;
            if (!first) x += wordBoundary(reading_.chips[chipIndex - 1], chip) ? kWordGap : kGlueGap;
            if (rowUsed && x + w > right) {
                x = kMargin;
                y += rowHeight;
            }
            if (chips) *chips << QRect(x, y, w, chipHeight);
            x += w;
            rowUsed = true;
        }
    }
    y += rowHeight;
    if (reading_.chipsLeftOut > 0) y += small.height() + 4;
    return y + kMargin;
}

void TokenChipsView::setCompact(bool compact) {
    compact_ = compact;
    layoutAt(width(), &chipRects_, &headerRects_);
    updateGeometry();
    update();
}

int TokenChipsView::heightOfRows(int rows) const {
    const int rowHeight = QFontMetrics(font()).height() + 6 + QFontMetrics(smallFont(font())).height() + kRowGap;
    return 2 * kMargin + rows * rowHeight;
}

int TokenChipsView::heightForWidth(int width) const { return layoutAt(width, nullptr, nullptr); }

QSize TokenChipsView::sizeHint() const { return QSize(480, heightForWidth(480)); }

void TokenChipsView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    layoutAt(width(), &chipRects_, &headerRects_);
}

int TokenChipsView::chipAt(const QPoint& pos) const {
    for (int i = 0; i < chipRects_.size(); ++i)
        if (chipRects_[i].contains(pos)) return i;
    return -1;
}

QString TokenChipsView::chipToolTip(int index) const {
    if (index < 0 || index >= reading_.chips.size()) return {};
    const TokenChip& c = reading_.chips[index];
    const QString where = tr("chunk %1, position %2").arg(c.chunk + 1).arg(c.position);
    if (!c.embedding.isEmpty())
        return tr("Embedding “%1”: vector %2 of %3 · weight %4 · %5")
            .arg(c.embedding).arg(c.vector + 1).arg(c.vectors).arg(weightText(c.weight), where);
    return tr("“%1” · id %2 · weight %3 · %4").arg(chipLabel(c)).arg(c.id).arg(weightText(c.weight), where);
}

bool TokenChipsView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = chipAt(help->pos());
        int bar = -1;  // compact: the chunk whose boundary is under the pointer
        for (int k = 0; compact_ && k < headerRects_.size(); ++k)
            if (headerRects_[k].adjusted(-4, 0, 4, 0).contains(help->pos())) bar = k + 1;
        if (i >= 0) QToolTip::showText(help->globalPos(), chipToolTip(i), this, chipRects_[i]);
        else if (bar > 0) QToolTip::showText(help->globalPos(), chunkHeaderText(bar), this, headerRects_[bar - 1]);
        else QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void TokenChipsView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFont small = smallFont(font());
    const QColor ink(0x20, 0x20, 0x28);
    for (int chunk = 0; chunk < headerRects_.size(); ++chunk) {
        const QRect r = headerRects_[chunk];
        if (compact_) {  // a bar where the next chunk begins (its header text on hover)
            p.fillRect(r, palette().color(QPalette::Highlight));
            continue;
        }
        p.setPen(QPen(palette().color(QPalette::Mid), 1, chunk == 0 ? Qt::SolidLine : Qt::DashLine));
        p.drawLine(r.left(), r.top(), r.right(), r.top());
        p.setFont(small);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(r.adjusted(0, 2, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, chunkHeaderText(chunk));
    }
    for (int i = 0; i < chipRects_.size() && i < reading_.chips.size(); ++i) {
        const TokenChip& chip = reading_.chips[i];
        const QRect r = chipRects_[i];
        const QColor fill = chipColour(chip);
        QPainterPath path;
        path.addRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
        p.fillPath(path, fill);
        p.setPen(QPen(fill.darker(135), 1, chip.embedding.isEmpty() ? Qt::SolidLine : Qt::DashLine));
        p.drawPath(path);
        p.setFont(font());
        p.setPen(chip.known ? ink : QColor(0x80, 0x80, 0x80));
        p.drawText(r, Qt::AlignCenter, chipLabel(chip));
        if (chip.weight != 1.0f) {
            p.setFont(small);
            p.setPen(fill.darker(chip.weight > 1.0f ? 190 : 160));
            p.drawText(QRect(r.left(), r.bottom() + 1, r.width(), QFontMetrics(small).height()), Qt::AlignCenter,
                       weightText(chip.weight));
        }
    }
    if (reading_.chipsLeftOut > 0) {
        p.setFont(small);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(kMargin, height() - kMargin - QFontMetrics(small).height() - 2, width() - 2 * kMargin,
                         QFontMetrics(small).height()),
                   Qt::AlignLeft,
                   reading_.chipsLeftOut == 1 ? tr("… and 1 more token, not shown")
                                              : tr("… and %1 more tokens, not shown").arg(reading_.chipsLeftOut));
    }
}

}  // namespace stipple::ui
