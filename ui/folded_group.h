// A checkable group box folded while off (only its title's checkbox shows), as the hires fix and
// face detailer sections are: returns the form its fields go in.
#pragma once

#include <QFormLayout>
#include <QGroupBox>
#include <QVBoxLayout>

namespace stipple::ui {

inline QFormLayout* foldedGroupForm(QGroupBox* box) {
    box->setCheckable(true);
    box->setChecked(false);
    auto* outer = new QVBoxLayout(box);
    auto* body = new QWidget(box);
    outer->addWidget(body);
    body->setVisible(false);
    QObject::connect(box, &QGroupBox::toggled, body, &QWidget::setVisible);
    auto* form = new QFormLayout(body);
    form->setContentsMargins(0, 0, 0, 0);
    return form;
}

}  // namespace stipple::ui
