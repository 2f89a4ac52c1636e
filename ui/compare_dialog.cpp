// Comparison window (see compare_dialog.h).
#include "compare_dialog.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace stipple::ui {

CompareDialog::CompareDialog(const QStringList& paths, const QStringList& captions, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare %1 images").arg(paths.size()));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* zoomLabel = new QLabel(tr("&Zoom:"), this);
    bar->addWidget(zoomLabel);
    zoomBox_ = new QComboBox(this);
    zoomBox_->setAccessibleName(tr("Zoom"));
    zoomLabel->setBuddy(zoomBox_);
    zoomBox_->setToolTip(tr("All images use the same zoom and scroll together."));
    zoomBox_->addItem(tr("Fit"), 0.0);
    for (double z : {0.5, 1.0, 2.0, 4.0}) zoomBox_->addItem(QStringLiteral("%1%").arg(z * 100), z);
    bar->addWidget(zoomBox_);
    bar->addStretch();
    layout->addLayout(bar);
    auto* grid = new QGridLayout;
    layout->addLayout(grid, 1);
    for (int i = 0; i < paths.size(); ++i) {
        QImageReader reader(paths[i]);
        images_ << reader.read();
        auto* area = new QScrollArea(this);
        area->setAlignment(Qt::AlignCenter);
        area->setBackgroundRole(QPalette::Dark);
        area->setAccessibleName(tr("Image %1 of %2").arg(i + 1).arg(paths.size()));
        auto* label = new QLabel;
        label->setAlignment(Qt::AlignCenter);
        area->setWidget(label);
        area->setWidgetResizable(false);
        auto* caption = new QLabel(i < captions.size() ? captions[i] : QFileInfo(paths[i]).fileName(), this);
        caption->setWordWrap(true);
        caption->setAlignment(Qt::AlignHCenter);
        grid->addWidget(area, 0, i);
        grid->addWidget(caption, 1, i);
        grid->setColumnStretch(i, 1);
        labels_ << label;
        areas_ << area;
        for (QScrollBar* bar : {area->horizontalScrollBar(), area->verticalScrollBar()}) {
            const bool horizontal = bar == area->horizontalScrollBar();
            connect(bar, &QScrollBar::valueChanged, this, [this, horizontal](int v) {
                if (syncing_) return;
                syncing_ = true;
                for (QScrollArea* a : areas_) (horizontal ? a->horizontalScrollBar() : a->verticalScrollBar())->setValue(v);
                syncing_ = false;
            });
        }
    }
    connect(zoomBox_, &QComboBox::currentIndexChanged, this, [this] { setZoom(zoomBox_->currentData().toDouble()); });
    resize(std::min<int>(1400, 360 * static_cast<int>(paths.size()) + 40), 520);
    applyZoom();
}

void CompareDialog::resizeEvent(QResizeEvent* event) {
    QDialog::resizeEvent(event);
    if (zoom_ <= 0) applyZoom();
}

void CompareDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    applyZoom();
}

void CompareDialog::setZoom(double zoom) {
    zoom_ = zoom;
    applyZoom();
}

void CompareDialog::applyZoom() {
    for (int i = 0; i < images_.size(); ++i) {
        const QImage& img = images_[i];
        if (img.isNull()) {
            labels_[i]->setText(tr("Cannot read this image"));
            labels_[i]->adjustSize();
            continue;
        }
        double z = zoom_;
        if (z <= 0) {  // fit: one factor for all, from the smallest pane and the largest image
            const QSize pane = areas_[i]->viewport()->size();
            z = std::min(pane.width() / double(img.width()), pane.height() / double(img.height()));
            for (int k = 0; k < images_.size(); ++k)
                if (!images_[k].isNull())
                    z = std::min(z, std::min(areas_[k]->viewport()->width() / double(images_[k].width()),
                                             areas_[k]->viewport()->height() / double(images_[k].height())));
            z = std::max(z, 0.05);
        }
        const QSize size(std::max(1, int(img.width() * z)), std::max(1, int(img.height() * z)));
        labels_[i]->setPixmap(QPixmap::fromImage(
            img.scaled(size, Qt::IgnoreAspectRatio, z >= 2 ? Qt::FastTransformation : Qt::SmoothTransformation)));
        labels_[i]->resize(size);
    }
}

}  // namespace stipple::ui
