// The colour scale under the guidance view's difference picture: the diverging colours of
// image/diverging_difference.h from -range to +range, with what each end means.
#pragma once

#include <QString>
#include <QWidget>

namespace stipple::ui {

class DivergingLegend : public QWidget {
    Q_OBJECT
public:
    explicit DivergingLegend(QWidget* parent = nullptr);
    // Brightness difference (levels of 255) at full colour; 0 = no picture yet (no numbers shown).
    void setRange(double range);
    double range() const { return range_; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double range_ = 0;
};

}  // namespace stipple::ui
