// The training loss of a live run, as a class watches it fall: loss (log scale) against the minutes
// since the run began, one colour per phase (text encoder, VAE, diffusion), with a legend. Points
// are thinned to at most kMaxPoints (every other one dropped, the newest kept), so a long run
// costs bounded memory and paint time. Paints only.
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace stipple::ui {

class LossPlot : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxPoints = 2000;

    struct Point {
        double seconds = 0;  // since the run began
        double loss = 0;     // > 0 (others are skipped: log scale)
        int series = 0;      // index into the series names
    };

    explicit LossPlot(QWidget* parent = nullptr);

    // The names of the series in legend order (e.g. the training phases), each drawn in its own colour.
    void setSeriesNames(const QStringList& names);
    void addPoint(int series, double seconds, double loss);
    void clear();

    const QList<Point>& points() const { return points_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRectF plotRect() const;
    static QColor seriesColor(int series);

    QStringList names_;
    QList<Point> points_;
    double maxSeconds_ = 0;
};

}  // namespace stipple::ui
