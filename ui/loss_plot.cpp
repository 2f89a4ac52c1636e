// The live loss curve (see loss_plot.h).
#include "loss_plot.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace stipple::ui {

LossPlot::LossPlot(QWidget* parent) : QWidget(parent) { setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding); }

void LossPlot::setSeriesNames(const QStringList& names) {
    names_ = names;
    update();
}

void LossPlot::addPoint(int series, double seconds, double loss) {
    if (!(loss > 0) || !std::isfinite(loss) || !std::isfinite(seconds)) return;
    points_.append(Point{seconds, loss, series});
    maxSeconds_ = std::max(maxSeconds_, seconds);
    if (points_.size() > kMaxPoints) {
        QList<Point> kept;
        kept.reserve(points_.size() / 2 + 1);
        for (qsizetype i = 0; i < points_.size(); i += 2) kept.append(points_[i]);
        if (kept.back().seconds != points_.back().seconds) kept.append(points_.back());
        points_ = std::move(kept);
    }
    update();
}

void LossPlot::clear() {
    points_.clear();
    maxSeconds_ = 0;
    update();
}

QSize LossPlot::sizeHint() const { return {420, 220}; }
QSize LossPlot::minimumSizeHint() const { return {220, 120}; }

QColor LossPlot::seriesColor(int series) {
    static const QColor colors[] = {QColor(140, 140, 140), QColor(46, 134, 193), QColor(230, 126, 34), QColor(192, 57, 43)};
    return colors[std::clamp(series, 0, 3)];
}

QRectF LossPlot::plotRect() const {
    const QFontMetrics fm(font());
    const double left = fm.horizontalAdvance(QStringLiteral("0.001")) + 10;
    // Above: the axis title; below: the minute labels and the axis title under them.
    const double top = fm.height() * 1.6, bottom = fm.height() * 2.2 + 6;
    return QRectF(left, top, std::max(10.0, width() - left - 12), std::max(10.0, height() - top - bottom));
}

void LossPlot::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm(font());
    const QRectF r = plotRect();
    const QColor text = palette().color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(40);

    if (points_.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("The loss appears here as the model trains."));
        return;
    }
    // Log axis over whole decades around the points.
    double lo = points_.front().loss, hi = lo;
    for (const Point& pt : points_) lo = std::min(lo, pt.loss), hi = std::max(hi, pt.loss);
    const int decadeLow = static_cast<int>(std::floor(std::log10(lo)));
    const int decadeHigh = std::max(decadeLow + 1, static_cast<int>(std::ceil(std::log10(hi))));
    const double xMax = std::max(60.0, maxSeconds_ * 1.05);
    auto xOf = [&](double s) { return r.left() + r.width() * s / xMax; };
    auto yOf = [&](double loss) {
        return r.bottom() - r.height() * (std::log10(loss) - decadeLow) / (decadeHigh - decadeLow);
    };
    for (int e = decadeLow; e <= decadeHigh; ++e) {
        const double y = yOf(std::pow(10.0, e));
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        p.setPen(text);
        p.drawText(QRectF(0, y - fm.height() / 2.0, r.left() - 5, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(std::pow(10.0, e), 'g', 3));
    }
    // Minutes along the bottom: a tick every 1, 2, 5 or 10 minutes, whichever gives at most 8.
    const double minutes = xMax / 60.0;
    double every = 1;
    for (double candidate : {1.0, 2.0, 5.0, 10.0, 30.0, 60.0}) {
        every = candidate;
        if (minutes / candidate <= 8) break;
    }
    for (double m = 0; m <= minutes + 1e-9; m += every) {
        const double x = xOf(m * 60);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
        p.setPen(text);
        p.drawText(QRectF(x - 30, r.bottom() + 2, 60, fm.height()), Qt::AlignHCenter | Qt::AlignTop, QString::number(m));
    }
    p.drawText(QRectF(r.left(), r.bottom() + fm.height() + 2, r.width(), fm.height()), Qt::AlignHCenter | Qt::AlignTop,
               tr("minutes"));
    p.drawText(QRectF(2, 2, r.width(), fm.height()), Qt::AlignLeft | Qt::AlignTop, tr("loss (log scale)"));
    p.setPen(QPen(text, 1));
    p.drawRect(r);

    // One polyline per series (a series' points are consecutive in time).
    for (int s = 0; s < std::max<int>(1, static_cast<int>(names_.size())); ++s) {
        QPainterPath path;
        bool started = false;
        for (const Point& pt : points_) {
            if (pt.series != s) continue;
            const QPointF at(xOf(pt.seconds), yOf(pt.loss));
            if (!started) path.moveTo(at), started = true;
            else path.lineTo(at);
        }
        if (!started) continue;
        p.setPen(QPen(seriesColor(s), 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    // Legend: the series that have points, top right.
    double x = r.right() - 6;
    for (int s = static_cast<int>(names_.size()) - 1; s >= 0; --s) {
        const bool has = std::any_of(points_.begin(), points_.end(), [s](const Point& pt) { return pt.series == s; });
        if (!has) continue;
        const double w = fm.horizontalAdvance(names_[s]) + 18;
        x -= w;
        p.fillRect(QRectF(x, r.top() + 6 + fm.height() / 2.0 - 2, 12, 4), seriesColor(s));
        p.setPen(text);
        p.drawText(QRectF(x + 15, r.top() + 4, w, fm.height() + 4), Qt::AlignLeft | Qt::AlignVCenter, names_[s]);
        x -= 8;
    }
}

}  // namespace stipple::ui
