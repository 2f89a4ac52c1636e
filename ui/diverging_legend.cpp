#include "diverging_legend.h"

#include "image/diverging_difference.h"

#include <QLocale>
#include <QFontMetrics>
#include <QPainter>

namespace stipple::ui {

namespace {
constexpr int kBarHeight = 12;
}

DivergingLegend::DivergingLegend(QWidget* parent) : QWidget(parent) {
    setToolTip(tr("Red: the prompt makes this part brighter than the negative prompt does; blue: darker; "
                  "near white: the same. Amplified per step so the strongest differences reach full colour."));
}

void DivergingLegend::setRange(double range) {
    range_ = range;
    update();
}

QSize DivergingLegend::sizeHint() const {
    const QFontMetrics fm(font());
    return {240, kBarHeight + 2 * fm.height() + 6};
}

QSize DivergingLegend::minimumSizeHint() const {
    const QFontMetrics fm(font());
    return {120, kBarHeight + 2 * fm.height() + 6};
}

void DivergingLegend::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QFontMetrics fm(font());
    const int w = width();
    for (int x = 0; x < w; ++x) {
        const auto c = stipple::diverging_colour(w > 1 ? 2.0 * x / (w - 1) - 1.0 : 0.0);
        p.setPen(QColor(c[0], c[1], c[2]));
        p.drawLine(x, 0, x, kBarHeight - 1);
    }
    p.setPen(palette().color(QPalette::WindowText));
    const int numbers = kBarHeight + fm.ascent() + 2;
    const QString r = range_ > 0 ? QLocale().toString(range_, 'f', range_ < 10 ? 1 : 0) : QString();
    if (!r.isEmpty()) {
        p.drawText(0, numbers, QStringLiteral("−") + r);
        const QString zero = QStringLiteral("0");
        p.drawText((w - fm.horizontalAdvance(zero)) / 2, numbers, zero);
        const QString plus = QStringLiteral("+") + r;
        p.drawText(w - fm.horizontalAdvance(plus), numbers, plus);
    }
    const int words = numbers + fm.height();
    const QString darker = tr("darker with the prompt"), brighter = tr("brighter");
    p.drawText(0, words, darker);
    p.drawText(w - fm.horizontalAdvance(brighter), words, brighter);
}

}  // namespace stipple::ui
