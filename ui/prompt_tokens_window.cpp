// The prompt-as-tokens window (see prompt_tokens_window.h).
#include "prompt_tokens_window.h"

#include "generation_controller.h"
#include "token_chips.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace stipple::ui {

namespace {
QString readingTitle(const QString& what, const PromptReading& r) {
    if (r.tokens < 0) return what;
    const int chunks = std::max(1, r.chunkCount);
    return chunks == 1 ? PromptTokensWindow::tr("%1 · %2/%3 tokens in 1 chunk").arg(what).arg(r.tokens).arg(r.target)
                       : PromptTokensWindow::tr("%1 · %2/%3 tokens in %4 chunks").arg(what).arg(r.tokens).arg(r.target).arg(chunks);
}
}  // namespace

PromptTokensWindow::PromptTokensWindow(GenerationController* controller, QWidget* parent) : QWidget(parent, Qt::Window) {
    setWindowTitle(tr("Prompt as tokens"));
    prompt_ = new TokenChipsView;
    negative_ = new TokenChipsView;
    promptTitle_ = new QLabel(tr("Prompt"));
    negativeTitle_ = new QLabel(tr("Negative prompt"));
    for (QLabel* l : {promptTitle_, negativeTitle_}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    auto* legend = new QLabel(tr("Each chip is one token the text encoder reads (hover for its id). Orange: emphasised "
                                 "with (word) or (word:1.5), the number under it is the weight; blue: weakened with "
                                 "[word]; purple: an embedding's vectors. The encoder reads the prompt in chunks of "
                                 "a fixed length; BREAK starts a new one."));
    legend->setWordWrap(true);

    auto* content = new QWidget;
    auto* inner = new QVBoxLayout(content);
    inner->addWidget(promptTitle_);
    inner->addWidget(prompt_);
    inner->addWidget(negativeTitle_);
    inner->addWidget(negative_);
    inner->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Prompt as tokens"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(legend);
    resize(640, 480);
    if (controller) connect(controller, &GenerationController::tokensCounted, this, &PromptTokensWindow::setReadings);
}

void PromptTokensWindow::setReadings(const PromptReading& prompt, const PromptReading& negative) {
    prompt_->setReading(prompt);
    negative_->setReading(negative);
    promptTitle_->setText(readingTitle(tr("Prompt"), prompt));
    negativeTitle_->setText(readingTitle(tr("Negative prompt"), negative));
}

}  // namespace stipple::ui
