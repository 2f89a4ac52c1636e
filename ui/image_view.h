// A widget that shows one image scaled to fit (aspect kept, centred), or a hint when empty.
#pragma once

#include <QImage>
#include <QWidget>

namespace stipple::ui {

class ImageView : public QWidget {
    Q_OBJECT
public:
    explicit ImageView(QWidget* parent = nullptr);
    void setImage(const QImage& image);
    const QImage& image() const { return image_; }
    void setPlaceholder(const QString& text);
    const QString& placeholder() const { return placeholder_; }  // painted while there is no image
    QSize sizeHint() const override { return {512, 512}; }

Q_SIGNALS:
    void imageChanged();  // after every setImage (the presenter view mirrors the main preview)

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage image_;
    QString placeholder_;
};

}  // namespace stipple::ui
