// The prompt as the text encoder reads it: one chip per token — its text piece (the id, weight,
// chunk and position on hover), its A1111 attention weight as the chip's colour and a small number
// under it when not 1, each chunk on its own rows under a header ("Chunk 2 · 75 of 75 tokens",
// "begins at BREAK"), and a textual-inversion embedding as one chip per vector. For CLIP's BPE and
// SentencePiece alike: the chips come from the token counter's PromptReading (computed on its
// thread); this widget only lays them out and paints.
#pragma once

#include "token_counter.h"

#include <QList>
#include <QRect>
#include <QWidget>

namespace stipple::ui {

class TokenChipsView : public QWidget {
    Q_OBJECT
public:
    explicit TokenChipsView(QWidget* parent = nullptr);

    void setReading(const PromptReading& reading);
    // Compact (the strip under the prompt box): the chunks run on in one flow with a bar between
    // them instead of headers (the header text shows on the bar's tooltip).
    void setCompact(bool compact);
    bool isCompact() const { return compact_; }
    // The height `rows` rows of chips take (a strip sized to show that many).
    int heightOfRows(int rows) const;
    const PromptReading& reading() const { return reading_; }

    // The layout at the current width (tests, and the tooltips): one rect per chip in reading().chips,
    // one header rect per chunk (compact: one bar per chunk after the first).
    const QList<QRect>& chipRects() const { return chipRects_; }
    const QList<QRect>& chunkHeaderRects() const { return headerRects_; }
    QString chunkHeaderText(int chunk) const;
    QString chipToolTip(int index) const;
    int chipAt(const QPoint& pos) const;  // -1: none

    // "1.5", "1.1", "0.909": a weight as A1111's users write it (at most 3 decimals).
    static QString weightText(float weight);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    // Lays the chips out at `width`; returns the height used. Fills the rects when `store`.
    int layoutAt(int width, QList<QRect>* chips, QList<QRect>* headers) const;
    QString chipLabel(const TokenChip& chip) const;
    PromptReading reading_;
    bool compact_ = false;
    QList<QRect> chipRects_;
    QList<QRect> headerRects_;
};

}  // namespace stipple::ui
