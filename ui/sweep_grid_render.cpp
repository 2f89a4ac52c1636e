// The saved sweep grid (see sweep_grid_render.h).
#include "sweep_grid_render.h"

#include "sweep_axis_titles.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace stipple::ui {

namespace {
constexpr int kMinCellSide = 256;
constexpr int kMargin = 12;
constexpr int kGap = 6;
constexpr int kMaxLabelLines = 4;

QString label(stipple::SweepAxisKind kind, const std::string& value) {
    return sweepAxisTitle(kind) + QStringLiteral(": ") + QString::fromStdString(stipple::sweep_value_label(kind, value)).simplified();
}
}  // namespace

SavedGrid renderSavedGrid(const stipple::SweepPlan& plan, const QList<QImage>& cells) {
    SavedGrid out;
    QSize cell(64, 64);
    for (const QImage& c : cells)
        if (!c.isNull()) {
            cell = c.size();
            break;
        }
    out.scale = std::max(1, (kMinCellSide + std::max(cell.width(), cell.height()) - 1) / std::max(cell.width(), cell.height()));
    const QSize shown = cell * out.scale;

    for (const std::string& v : plan.x.values) out.columnLabels << label(plan.x.kind, v);
    if (plan.y)
        for (const std::string& v : plan.y->values) out.rowLabels << label(plan.y->kind, v);

    QFont font;
    font.setPixelSize(std::max(13, shown.height() / 16));
    const QFontMetrics fm(font);
    const int maxLabelHeight = fm.lineSpacing() * kMaxLabelLines;
    const int wrap = Qt::TextWordWrap | Qt::AlignCenter;
    int header = 0;
    for (const QString& l : out.columnLabels)
        header = std::max(header, std::min(maxLabelHeight, fm.boundingRect(QRect(0, 0, shown.width(), 10000), wrap, l).height()));
    int left = 0;
    const int leftWidth = std::min(shown.width(), 2 * kMinCellSide);
    for (const QString& l : out.rowLabels)
        left = std::max(left, std::min(leftWidth, fm.boundingRect(QRect(0, 0, leftWidth, 10000), wrap, l).width()));

    const int x0 = kMargin + (left > 0 ? left + kGap : 0), y0 = kMargin + header + kGap;
    const int width = x0 + plan.columns * shown.width() + (plan.columns - 1) * kGap + kMargin;
    const int height = y0 + plan.rows * shown.height() + (plan.rows - 1) * kGap + kMargin;
    out.image = QImage(width, height, QImage::Format_RGB888);
    out.image.fill(Qt::white);
    QPainter p(&out.image);
    p.setFont(font);
    p.setPen(Qt::black);
    // Labels that do not fit their box are cut at its edge (a 1 MB prompt as an axis value).
    for (int c = 0; c < plan.columns && c < out.columnLabels.size(); ++c) {
        const QRect box(x0 + c * (shown.width() + kGap), kMargin, shown.width(), header);
        p.save();
        p.setClipRect(box);
        p.drawText(box, wrap, out.columnLabels[c]);
        p.restore();
    }
    for (int r = 0; r < plan.rows && r < out.rowLabels.size(); ++r) {
        const QRect box(kMargin, y0 + r * (shown.height() + kGap), left, shown.height());
        p.save();
        p.setClipRect(box);
        p.drawText(box, wrap, out.rowLabels[r]);
        p.restore();
    }
    for (size_t i = 0; i < plan.cells.size(); ++i) {
        const auto& pc = plan.cells[i];
        const QRect box(x0 + pc.column * (shown.width() + kGap), y0 + pc.row * (shown.height() + kGap), shown.width(),
                        shown.height());
        out.cells.push_back({box.x(), box.y(), box.width(), box.height()});
        const QImage image = static_cast<int>(i) < cells.size() ? cells[static_cast<int>(i)] : QImage();
        if (image.isNull()) p.fillRect(box, QColor(220, 220, 224));
        else p.drawImage(box, image.scaled(shown, Qt::IgnoreAspectRatio, Qt::FastTransformation));  // crisp pixels
    }
    return out;
}

}  // namespace stipple::ui
