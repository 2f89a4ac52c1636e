// The presenter view (see presenter_window.h).
#include "presenter_window.h"

#include "error_banner.h"
#include "generation_controller.h"
#include "generation_job.h"
#include "image_view.h"
#include "main_window.h"
#include "parameters_panel.h"
#include "pipeline_strip.h"
#include "preview_pane.h"
#include "seed_edit.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace stipple::ui {

namespace {

// Text typed in either widget shows in the other. Setting a QPlainTextEdit's text always
// signals, so only a differing text is copied (the copy back then finds them equal and stops).
void mirrorText(QPlainTextEdit* a, QPlainTextEdit* b, QObject* context) {
    b->setPlainText(a->toPlainText());
    auto copy = [](QPlainTextEdit* from, QPlainTextEdit* to) {
        if (to->toPlainText() != from->toPlainText()) to->setPlainText(from->toPlainText());
    };
    QObject::connect(a, &QPlainTextEdit::textChanged, context, [a, b, copy] { copy(a, b); });
    QObject::connect(b, &QPlainTextEdit::textChanged, context, [a, b, copy] { copy(b, a); });
}

}  // namespace

PresenterWindow::PresenterWindow(MainWindow* main, QAction* toggle) : QWidget(main, Qt::Window), main_(main) {
    setObjectName(QStringLiteral("presenterWindow"));
    setWindowTitle(tr("Stipple — Presenter view"));
    if (toggle) addAction(toggle);  // F11 leaves from here as it entered from the main window
    auto* leaveAction = new QAction(tr("Leave the presenter view"), this);
    leaveAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(leaveAction, &QAction::triggered, this, &PresenterWindow::leave);
    addAction(leaveAction);
    auto* generateAction = new QAction(tr("Generate"), this);
    generateAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(generateAction, &QAction::triggered, this, &PresenterWindow::generate);
    addAction(generateAction);

    auto* layout = new QVBoxLayout(this);
    // The fonts follow the window's size (scaleFonts): a minimum size from the fonts of the last
    // size would refuse a smaller screen (1080p -> 720p) before the fonts could shrink to fit it.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(12);
    strip_ = new PipelineStrip(this);
    layout->addWidget(strip_);

    auto* middle = new QHBoxLayout;
    middle->setSpacing(16);
    view_ = new ImageView(this);
    view_->setObjectName(QStringLiteral("presenterImage"));
    view_->setAccessibleName(tr("Picture"));
    middle->addWidget(view_, 5);
    middle->addWidget(buildControls(), 2);
    layout->addLayout(middle, 1);

    auto* scrub = new QHBoxLayout;
    scrub->setSpacing(12);
    auto* scrubTitle = new QLabel(tr("S&tep"), this);
    scrubber_ = new QSlider(Qt::Horizontal, this);
    scrubber_->setObjectName(QStringLiteral("presenterScrubber"));
    scrubber_->setAccessibleName(tr("Step scrubber"));
    scrubber_->setToolTip(tr("Drag to see the picture at every step of the run, from noise to the result."));
    scrubTitle->setBuddy(scrubber_);
    stepLabel_ = new QLabel(this);
    stepLabel_->setObjectName(QStringLiteral("presenterStepLabel"));
    stepLabel_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    leave_ = new QPushButton(tr("Leave (Esc)"), this);
    leave_->setObjectName(QStringLiteral("presenterLeave"));
    leave_->setFocusPolicy(Qt::NoFocus);
    connect(leave_, &QPushButton::clicked, this, &PresenterWindow::leave);
    scrub->addWidget(scrubTitle);
    scrub->addWidget(scrubber_, 1);
    scrub->addWidget(stepLabel_);
    scrub->addWidget(leave_);
    layout->addLayout(scrub);

    bindToMainWindow();
    scaleFonts();
}

QWidget* PresenterWindow::buildControls() {
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("presenterControls"));
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(10);

    auto* promptTitle = new QLabel(tr("&Prompt"), box);
    prompt_ = new QPlainTextEdit(box);
    prompt_->setObjectName(QStringLiteral("presenterPrompt"));
    prompt_->setAccessibleName(tr("Prompt"));
    prompt_->setTabChangesFocus(true);
    promptTitle->setBuddy(prompt_);
    column->addWidget(promptTitle);
    column->addWidget(prompt_);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);
    seed_ = new SeedEdit(box);
    seed_->setObjectName(QStringLiteral("presenterSeed"));
    seed_->setAccessibleName(tr("Seed"));
    keepSeed_ = new QCheckBox(tr("&Keep"), box);
    keepSeed_->setObjectName(QStringLiteral("presenterKeepSeed"));
    keepSeed_->setToolTip(tr("On: the seed above is used again. Off: every Generate draws a new one."));
    steps_ = new QSpinBox(box);
    steps_->setObjectName(QStringLiteral("presenterSteps"));
    steps_->setAccessibleName(tr("Steps"));
    guidance_ = new QDoubleSpinBox(box);
    guidance_->setObjectName(QStringLiteral("presenterGuidance"));
    guidance_->setAccessibleName(tr("Guidance scale"));
    auto label = [box](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, box);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("&Seed"), seed_), 0, 0);
    grid->addWidget(seed_, 0, 1);
    grid->addWidget(keepSeed_, 0, 2);
    grid->addWidget(label(tr("St&eps"), steps_), 1, 0);
    grid->addWidget(steps_, 1, 1, 1, 2);
    grid->addWidget(label(tr("&Guidance"), guidance_), 2, 0);
    grid->addWidget(guidance_, 2, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    column->addLayout(grid);

    hide_ = new QCheckBox(tr("&Hide the result until the end"), box);
    hide_->setObjectName(QStringLiteral("presenterHide"));
    hide_->setToolTip(tr("Predict first: the picture stays blank while the run goes and appears when it ends; "
                         "then the scrubber shows every step."));
    connect(hide_, &QCheckBox::toggled, this, &PresenterWindow::showMainPreview);
    column->addWidget(hide_);

    auto* buttons = new QHBoxLayout;
    generate_ = new QPushButton(tr("Ge&nerate"), box);
    generate_->setObjectName(QStringLiteral("presenterGenerate"));
    generate_->setDefault(true);
    abort_ = new QPushButton(tr("&Abort"), box);
    abort_->setObjectName(QStringLiteral("presenterAbort"));
    buttons->addWidget(generate_, 2);
    buttons->addWidget(abort_, 1);
    column->addLayout(buttons);

    status_ = new QLabel(box);
    status_->setObjectName(QStringLiteral("presenterStatus"));
    status_->setWordWrap(true);
    column->addWidget(status_);
    column->addStretch(1);
    return box;
}

void PresenterWindow::bindToMainWindow() {
    ParametersPanel* panel = main_->parameters();
    mirrorText(panel->promptEdit(), prompt_, this);

    // The seed as text (any 64-bit value); typing one keeps it, as in the main window.
    seed_->setText(panel->seedEdit()->text());
    connect(seed_, &QLineEdit::textChanged, this, [this, panel](const QString& text) {
        if (panel->seedEdit()->text() != text) panel->seedEdit()->setText(text);
    });
    connect(panel->seedEdit(), &QLineEdit::textChanged, this, [this](const QString& text) {
        if (seed_->text() != text) seed_->setText(text);
    });
    connect(seed_, &QLineEdit::textEdited, this, [panel] { panel->lockButton()->setChecked(true); });
    keepSeed_->setChecked(panel->lockButton()->isChecked());
    connect(keepSeed_, &QCheckBox::toggled, panel->lockButton(), &QCheckBox::setChecked);
    connect(panel->lockButton(), &QCheckBox::toggled, keepSeed_, &QCheckBox::setChecked);

    // Spin boxes signal only on a change, so the two directions stop by themselves.
    QSpinBox* steps = panel->stepsBox();
    steps_->setRange(steps->minimum(), steps->maximum());
    steps_->setValue(steps->value());
    connect(steps_, &QSpinBox::valueChanged, steps, &QSpinBox::setValue);
    connect(steps, &QSpinBox::valueChanged, steps_, &QSpinBox::setValue);
    QDoubleSpinBox* cfg = panel->cfgBox();
    guidance_->setRange(cfg->minimum(), cfg->maximum());
    guidance_->setDecimals(cfg->decimals());
    guidance_->setSingleStep(cfg->singleStep());
    guidance_->setValue(cfg->value());
    guidance_->setToolTip(cfg->toolTip());
    connect(guidance_, &QDoubleSpinBox::valueChanged, cfg, &QDoubleSpinBox::setValue);
    connect(cfg, &QDoubleSpinBox::valueChanged, guidance_, &QDoubleSpinBox::setValue);

    // Generate and Abort are the main window's: results land in the gallery and history as usual.
    connect(generate_, &QPushButton::clicked, this, &PresenterWindow::generate);
    connect(abort_, &QPushButton::clicked, main_, &MainWindow::abortGeneration);

    // The picture and the scrubber are the main preview's (its one timeline of the run).
    PreviewPane* preview = main_->preview();
    connect(preview->imageView(), &ImageView::imageChanged, this, &PresenterWindow::showMainPreview);
    connect(preview->timelineSlider(), &QSlider::rangeChanged, this, &PresenterWindow::showMainPreview);
    connect(preview->timelineSlider(), &QSlider::valueChanged, this, &PresenterWindow::showMainPreview);
    connect(scrubber_, &QSlider::valueChanged, this, [this](int value) {
        if (!syncing_) main_->preview()->timelineSlider()->setValue(value);
    });

    GenerationController* controller = main_->controller();
    connect(controller, &GenerationController::jobStarted, this, &PresenterWindow::onJobStarted);
    connect(controller, &GenerationController::framesArrived, this, &PresenterWindow::onFrames);
    connect(controller, &GenerationController::stageChanged, this, &PresenterWindow::onStage);
    connect(controller, &GenerationController::tokensCounted, strip_,
            [this](const PromptReading& prompt, const PromptReading&) { strip_->setTokenCount(prompt.tokens); });
    connect(controller, &GenerationController::modelLoaded, this, &PresenterWindow::updateButtons);
    connect(controller, &GenerationController::modelLoading, this, &PresenterWindow::updateButtons);
    connect(controller, &GenerationController::modelLoadFailed, this, &PresenterWindow::updateButtons);
    // After the main window has shown the result in its preview.
    connect(main_, &MainWindow::generationFinished, this, &PresenterWindow::onFinished);
    updateButtons();
    showMainPreview();
}

void PresenterWindow::generate() {
    // The main window's Generate; what it refuses (a bad seed...) goes to its banner, which this
    // full-screen window covers: the reason is shown here too.
    const GenerationController* controller = main_->controller();
    const int queued = controller->queue().size(), running = controller->currentJobId();
    main_->generate();
    if (controller->queue().size() == queued && controller->currentJobId() == running)
        status_->setText(main_->banner()->text());
}

bool PresenterWindow::hidesResult() const { return hide_->isChecked(); }
void PresenterWindow::setHidesResult(bool hide) { hide_->setChecked(hide); }
bool PresenterWindow::isHiding() const { return hide_->isChecked() && jobId_ != 0; }

void PresenterWindow::enter() {
    if (QScreen* screen = main_->screen()) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    showMainPreview();
}

void PresenterWindow::leave() {
    if (!isVisible()) return;
    setWindowState(windowState() & ~Qt::WindowFullScreen);
    hide();
    main_->raise();
    main_->activateWindow();
}

void PresenterWindow::closeEvent(QCloseEvent* event) {
    leave();  // a window manager's close is a leave: the view stays ready for the next F11
    event->accept();
}

void PresenterWindow::onJobStarted(const GenerationJob& job) {
    if (job.kind != JobKind::Generate) return;
    jobId_ = job.id;
    totalSteps_ = 0;
    status_->clear();
    strip_->start(job.request.steps);
    updateButtons();
    showMainPreview();
}

void PresenterWindow::onFrames(const QList<PreviewFrame>& frames) {
    const PreviewFrame* newest = nullptr;
    for (const PreviewFrame& f : frames)
        if (f.jobId == jobId_ && jobId_ != 0 && f.cell < 0 && !f.tiles) newest = &f;
    if (!newest) return;
    totalSteps_ = newest->total;
    strip_->setStep(newest->step, newest->total);
    showMainPreview();
}

void PresenterWindow::onStage(int jobId, int stage) {
    if (jobId == jobId_ && jobId_ != 0) strip_->enterStage(stage);
}

void PresenterWindow::onFinished(const JobResult& result) {
    if (result.jobId != jobId_ || jobId_ == 0) return;
    jobId_ = 0;
    if (!result.error.isEmpty()) {
        strip_->stop(tr("Failed"));
        status_->setText(tr("Generation failed: %1").arg(result.error));
    } else if (result.cancelled) {
        strip_->stop(tr("Aborted"));
        status_->setText(tr("Aborted — nothing saved"));
    } else {
        strip_->finish();
        status_->clear();
    }
    updateButtons();
    showMainPreview();  // reveals a hidden result
}

void PresenterWindow::showMainPreview() {
    PreviewPane* preview = main_->preview();
    const QSlider* mainSlider = preview->timelineSlider();
    const bool hiding = isHiding();
    syncing_ = true;
    scrubber_->setRange(mainSlider->minimum(), mainSlider->maximum());
    scrubber_->setValue(mainSlider->value());
    syncing_ = false;
    scrubber_->setEnabled(!hiding && mainSlider->isEnabled());
    view_->setPlaceholder(hiding ? tr("Predict first: what will the picture show?\n\nIt appears when the run ends.")
                                 : tr("The picture appears here.\n\nWrite a prompt and press Generate."));
    view_->setImage(hiding ? QImage() : preview->currentImage());

    // "Step k of N" for a step, "Result" for the finished image; while hiding only the count.
    const QList<int> steps = preview->timelineSteps();
    const int shown = mainSlider->value();
    const int last = steps.isEmpty() ? 0 : *std::max_element(steps.begin(), steps.end());
    const int total = std::max(jobId_ != 0 ? totalSteps_ : 0, last);
    if (hiding) {
        stepLabel_->setText(strip_->step() > 0 ? tr("Step %1 of %2 · hidden").arg(strip_->step()).arg(strip_->totalSteps())
                                               : tr("Hidden until the end"));
    } else if (shown >= 0 && shown < steps.size()) {
        stepLabel_->setText(steps[shown] > 0 ? tr("Step %1 of %2").arg(steps[shown]).arg(total) : tr("Result"));
    } else {
        stepLabel_->clear();
    }
}

void PresenterWindow::updateButtons() {
    const GenerationController* controller = main_->controller();
    generate_->setEnabled(controller->isModelLoaded() || controller->isLoading());
    abort_->setEnabled(jobId_ != 0);
}

void PresenterWindow::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    scaleFonts();
}

// Sizes follow the window's height so the view reads the same on a 720p projector as on a 1080p
// screen: the body text 1/36 of the height (30 px at 1080, 20 px at 720), never under 16 px.
void PresenterWindow::scaleFonts() {
    const int px = std::max(16, height() / 36);
    if (font().pixelSize() == px) return;
    QFont f = font();
    f.setPixelSize(px);
    setFont(f);
    strip_->setFixedHeight(px * 4);
    const int lineHeight = QFontMetrics(f).lineSpacing();
    prompt_->setFixedHeight(lineHeight * 4 + 12);
    for (QPushButton* b : {generate_, abort_}) b->setMinimumHeight(px * 2 + 8);
    QFont big = f;
    big.setPixelSize(px * 5 / 4);
    big.setBold(true);
    generate_->setFont(big);
    // The check boxes' squares grow with the text (the style draws them at 13 px whatever the
    // font). A style sheet of their own: one on the window would stop its font reaching the rest.
    for (QCheckBox* box : {keepSeed_, hide_})
        box->setStyleSheet(QStringLiteral("QCheckBox { font-size: %1px; } QCheckBox::indicator { width: %2px; height: %2px; }")
                               .arg(px)
                               .arg(px * 4 / 5));
    // The scrubber's groove and handle too: a 4 px line is lost on a projector.
    const int groove = std::max(6, px / 3), handle = px + 4;
    scrubber_->setStyleSheet(
        QStringLiteral("QSlider::groove:horizontal { height: %1px; background: palette(mid); border-radius: %2px; }"
                       "QSlider::sub-page:horizontal { background: palette(highlight); border-radius: %2px; }"
                       "QSlider::handle:horizontal { width: %3px; margin: -%4px 0; border-radius: %5px;"
                       " background: palette(button); border: 2px solid palette(dark); }")
            .arg(groove)
            .arg(groove / 2)
            .arg(handle)
            .arg((handle - groove) / 2)
            .arg(handle / 2));
    scrubber_->setMinimumHeight(handle + 4);
    stepLabel_->setMinimumWidth(QFontMetrics(f).horizontalAdvance(tr("Step %1 of %2 · hidden").arg(888).arg(888)));
}

}  // namespace stipple::ui
