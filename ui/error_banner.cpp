// Error banner (see error_banner.h).
#include "error_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace stipple::ui {

ErrorBanner::ErrorBanner(QWidget* parent) : QFrame(parent) {
    setObjectName(QStringLiteral("errorBanner"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    label_ = new QLabel(this);
    label_->setWordWrap(true);
    label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss the message"));
    label_->setAccessibleName(tr("Message"));
    close->setAutoRaise(true);
    layout->addWidget(label_, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBanner::showError(const QString& title, const QString& reason, const QString& topic) {
    topic_ = topic;
    setStyleSheet(QStringLiteral("QFrame#errorBanner { background: #f8d7da; border: 1px solid #e0a0a8; border-radius: 4px; }"
                                 "QFrame#errorBanner QLabel { color: #6b1420; }"));
    label_->setText(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), reason.toHtmlEscaped()));
    show();
}

void ErrorBanner::showInfo(const QString& text, const QString& topic) {
    topic_ = topic;
    setStyleSheet(QStringLiteral("QFrame#errorBanner { background: #dbe9fb; border: 1px solid #a9c5ef; border-radius: 4px; }"
                                 "QFrame#errorBanner QLabel { color: #123a6b; }"));
    label_->setText(text.toHtmlEscaped());
    show();
}

void ErrorBanner::dismissTopic(const QString& topic) {
    if (!isHidden() && !topic.isEmpty() && topic_ == topic) hide();
}

QString ErrorBanner::text() const { return label_->text(); }

}  // namespace stipple::ui
