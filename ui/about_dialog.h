// Help ▸ About Stipple: version and build facts (libtorch, device, threads, precision), and the
// licenses of Stipple, every bundled library and the built-in model.
#pragma once

#include <QDialog>

class QTabWidget;

namespace stipple::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The rich text of the two pages (for tests and the page's QTextBrowser).
    static QString aboutHtml();
    static QString licensesHtml();

private:
    QTabWidget* tabs_;
};

}  // namespace stipple::ui
