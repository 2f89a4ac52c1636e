// Parameters region (see parameters_panel.h).
#include "parameters_panel.h"

#include "image/infotext.h"

#include "sampler_catalog.h"
#include "seed_edit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace stipple::ui {

SizeSpinBox::SizeSpinBox(QWidget* parent) : QSpinBox(parent) {
    setRange(64, 4096);
    setSingleStep(8);
    setSuffix(QStringLiteral(" px"));
    setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
}

QValidator::State SizeSpinBox::validate(QString& text, int& pos) const {
    const QValidator::State base = QSpinBox::validate(text, pos);
    if (base != QValidator::Acceptable) return base;
    return valueFromText(text) % 8 == 0 ? QValidator::Acceptable : QValidator::Intermediate;
}

void SizeSpinBox::fixup(QString& input) const {
    int v = valueFromText(input);
    v = std::clamp((v + 4) / 8 * 8, minimum(), maximum());
    input = textFromValue(v);
}

namespace {
QLabel* sectionLabel(const QString& text, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    l->setStyleSheet(QStringLiteral("font-weight: 600;"));
    return l;
}
// A form label whose mnemonic (Alt+letter) moves the focus to `buddy`.
QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    l->setBuddy(buddy);
    return l;
}
QLabel* tokenLabel(QWidget* parent) {
    auto* l = new QLabel(QStringLiteral("–/75"), parent);
    l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    l->setToolTip(QCoreApplication::translate(
        "ParametersPanel", "Prompt length in tokens, and how many the model's text encoder reads. Words past that are ignored; a note under the prompt shows which."));
    return l;
}
}  // namespace

ParametersPanel::ParametersPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("parametersPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);

    QLabel* modelLabel = sectionLabel(tr("&Model"), this);
    layout->addWidget(modelLabel);
    layout->addWidget(buildModelSection());
    modelLabel->setBuddy(model_);

    // Prompts
    auto* promptHead = new QHBoxLayout;
    QLabel* promptLabel = sectionLabel(tr("&Prompt"), this);
    promptHead->addWidget(promptLabel);
    promptHead->addStretch(1);
    examples_ = new QToolButton(this);
    examples_->setObjectName(QStringLiteral("examplePrompts"));
    examples_->setText(tr("E&xamples"));
    examples_->setToolTip(tr("Prompts this model knows how to draw: pick one to start from."));
    examples_->setAccessibleName(tr("Example prompts"));
    examples_->setPopupMode(QToolButton::InstantPopup);
    examples_->setMenu(new QMenu(examples_));
    examples_->hide();
    promptHead->addWidget(examples_);
    promptTokens_ = tokenLabel(this);
    promptTokens_->setObjectName(QStringLiteral("promptTokens"));
    promptHead->addWidget(promptTokens_);
    layout->addLayout(promptHead);
    prompt_ = new QPlainTextEdit(this);
    prompt_->setObjectName(QStringLiteral("promptEdit"));
    prompt_->setPlaceholderText(tr("Describe the image: subject, style, lighting… e.g. \"a watercolor fox in the snow, soft light\""));
    prompt_->setToolTip(tr("What you want to see. Ctrl+Enter generates."));
    prompt_->setTabChangesFocus(true);
    prompt_->setAccessibleName(tr("Prompt"));
    promptLabel->setBuddy(prompt_);
    promptTokens_->setAccessibleName(tr("Prompt length in tokens"));
    prompt_->setMinimumHeight(70);
    layout->addWidget(prompt_, 2);
    const auto noticeLabel = [this](const char* name) {
        auto* l = new QLabel(this);
        l->setObjectName(QLatin1String(name));
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setStyleSheet(QStringLiteral("color: #c0392b;"));
        l->hide();
        return l;
    };
    promptNotice_ = noticeLabel("promptNotice");
    promptNotice_->setAccessibleName(tr("What the model will not read in the prompt"));
    layout->addWidget(promptNotice_);

    auto* negHead = new QHBoxLayout;
    QLabel* negativeLabel = sectionLabel(tr("&Negative prompt"), this);
    negHead->addWidget(negativeLabel);
    negativeTokens_ = tokenLabel(this);
    negativeTokens_->setObjectName(QStringLiteral("negativeTokens"));
    negHead->addWidget(negativeTokens_);
    layout->addLayout(negHead);
    negative_ = new QPlainTextEdit(this);
    negative_->setObjectName(QStringLiteral("negativeEdit"));
    negative_->setPlaceholderText(tr("What to avoid, e.g. \"blurry, lowres, watermark\""));
    negative_->setToolTip(tr("Classifier-free guidance steers away from this text. Leave empty for none."));
    negative_->setTabChangesFocus(true);
    negative_->setAccessibleName(tr("Negative prompt"));
    negativeLabel->setBuddy(negative_);
    negativeTokens_->setAccessibleName(tr("Negative prompt length in tokens"));
    negative_->setMinimumHeight(44);
    layout->addWidget(negative_, 1);
    negativeNotice_ = noticeLabel("negativeNotice");
    negativeNotice_->setAccessibleName(tr("What the model will not read in the negative prompt"));
    layout->addWidget(negativeNotice_);

    // Settings grid
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(6);

    auto* seedRow = new QHBoxLayout;
    seedRow->setSpacing(4);
    seed_ = new SeedEdit(this);
    seed_->setObjectName(QStringLiteral("seedEdit"));
    seed_->setToolTip(tr("The random seed: the same seed with the same settings gives the same image. "
                         "Any whole number from 0 to 18446744073709551615. With several images, they use seed, seed+1, …"));
    randomize_ = new QToolButton(this);
    randomize_->setObjectName(QStringLiteral("randomizeSeed"));
    randomize_->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    randomize_->setToolTip(tr("Pick a new random seed now."));
    randomize_->setAccessibleName(tr("Random seed"));
    seed_->setAccessibleName(tr("Seed"));
    lock_ = new QCheckBox(tr("&Keep this seed"), this);
    lock_->setObjectName(QStringLiteral("lockSeed"));
    lock_->setToolTip(tr("Off: every Generate draws a new random seed. On: the seed above is used again "
                         "(typing or reusing a seed turns this on)."));
    seedRow->addWidget(seed_, 1);
    seedRow->addWidget(randomize_);
    form->addRow(buddyLabel(tr("&Seed"), seed_, this), seedRow);
    form->addRow(QString(), lock_);
    seedProblem_ = new QLabel(this);
    seedProblem_->setObjectName(QStringLiteral("seedProblem"));
    seedProblem_->setWordWrap(true);
    seedProblem_->setStyleSheet(QStringLiteral("color: #d9534f;"));
    seedProblem_->hide();
    form->addRow(QString(), seedProblem_);

    steps_ = new QSpinBox(this);
    steps_->setObjectName(QStringLiteral("stepsBox"));
    steps_->setRange(1, 500);
    steps_->setValue(20);
    steps_->setToolTip(tr("Denoising steps. More steps refine more but take longer; 20-30 suits most samplers."));
    steps_->setAccessibleName(tr("Steps"));
    form->addRow(tr("S&teps"), steps_);

    cfg_ = new QDoubleSpinBox(this);
    cfg_->setObjectName(QStringLiteral("cfgBox"));
    cfg_->setRange(0, 30);
    cfg_->setSingleStep(0.5);
    cfg_->setDecimals(1);
    cfg_->setValue(7);
    cfg_->setToolTip(tr("Guidance scale (CFG): how strictly the image follows the prompt. 5-9 is typical; "
                        "higher is more literal but harsher; 1 or less turns guidance (and the negative prompt) off."));
    cfg_->setAccessibleName(tr("Guidance scale (CFG)"));
    form->addRow(tr("G&uidance"), cfg_);

    sampler_ = new QComboBox(this);
    sampler_->setObjectName(QStringLiteral("samplerBox"));
    for (const QString& label : samplerLabels()) {
        sampler_->addItem(label);
        sampler_->setItemData(sampler_->count() - 1, samplerDescription(label), Qt::ToolTipRole);
    }
    sampler_->setCurrentText(defaultSamplerLabel());
    sampler_->setToolTip(tr("The sampler (scheduler) that walks from noise to image. Hover an entry to learn more."));
    sampler_->setAccessibleName(tr("Sampler"));
    sampler_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    sampler_->setMinimumContentsLength(12);
    form->addRow(tr("S&ampler"), sampler_);

    auto* sizeRow = new QHBoxLayout;
    sizeRow->setSpacing(4);
    width_ = new SizeSpinBox(this);
    width_->setObjectName(QStringLiteral("widthBox"));
    width_->setValue(512);
    width_->setToolTip(tr("Image width in pixels (a multiple of 8). Models work best at their training size."));
    height_ = new SizeSpinBox(this);
    height_->setObjectName(QStringLiteral("heightBox"));
    height_->setValue(512);
    height_->setToolTip(tr("Image height in pixels (a multiple of 8)."));
    auto* swap = new QToolButton(this);
    swap->setText(QStringLiteral("⇄"));
    swap->setToolTip(tr("Swap width and height."));
    swap->setAccessibleName(tr("Swap width and height"));
    width_->setAccessibleName(tr("Width"));
    height_->setAccessibleName(tr("Height"));
    sizeRow->addWidget(width_, 1);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(height_, 1);
    sizeRow->addWidget(swap);
    form->addRow(buddyLabel(tr("Si&ze"), width_, this), sizeRow);
    preset_ = new QComboBox(this);
    preset_->setObjectName(QStringLiteral("sizePreset"));
    preset_->setToolTip(tr("Common sizes: 512 for SD 1.x, 768 for SD 2.x, 1024 for SDXL."));
    preset_->setAccessibleName(tr("Size presets"));
    // As wide as the column, not as its longest (translated) item: the panel must fit at 1024 px.
    preset_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    preset_->setMinimumContentsLength(12);
    preset_->addItem(tr("Presets…"));
    for (const auto& [w, h, name] : std::initializer_list<std::tuple<int, int, const char*>>{
             {512, 512, QT_TR_NOOP("512 × 512 — SD 1.x square")},
             {512, 768, QT_TR_NOOP("512 × 768 — SD 1.x portrait")},
             {768, 512, QT_TR_NOOP("768 × 512 — SD 1.x landscape")},
             {768, 768, QT_TR_NOOP("768 × 768 — SD 2.x square")},
             {1024, 1024, QT_TR_NOOP("1024 × 1024 — SDXL square")},
             {832, 1216, QT_TR_NOOP("832 × 1216 — SDXL portrait")},
             {1216, 832, QT_TR_NOOP("1216 × 832 — SDXL landscape")},
             {64, 64, QT_TR_NOOP("64 × 64 — tiny test models")}})
        preset_->addItem(tr(name), QSize(w, h));
    form->addRow(QString(), preset_);

    count_ = new QSpinBox(this);
    count_->setObjectName(QStringLiteral("countBox"));
    count_->setRange(1, 16);
    count_->setToolTip(tr("How many images to make in one go; they use seeds seed, seed+1, seed+2, …"));
    count_->setAccessibleName(tr("Number of images"));
    form->addRow(tr("&Images"), count_);
    finishAt_ = new QCheckBox(this);
    finishAt_->setObjectName(QStringLiteral("finishAtStep"));
    finishAt_->setToolTip(tr("The opened image was finished early with Finish now: stop at the same step to make it again."));
    finishAt_->hide();
    form->addRow(QString(), finishAt_);
    layout->addLayout(form);

    extra_ = new QLabel(this);
    extra_->setObjectName(QStringLiteral("extraParameters"));
    extra_->setWordWrap(true);
    extra_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    extra_->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 11px;"));
    extra_->setToolTip(tr("Parameters from the opened image that Stipple does not use; they are kept here for reference."));
    extra_->setAccessibleName(tr("Parameters not used by Stipple"));
    extra_->hide();
    layout->addWidget(extra_);

    // Actions
    // The buttons live in a bar of their own, which the main window pins under the scrolling
    // fields: Generate stays on screen at any window height (a 768-px projector included).
    actionBar_ = new QWidget(this);
    actionBar_->setObjectName(QStringLiteral("actionBar"));
    auto* actions = new QHBoxLayout(actionBar_);
    actions->setContentsMargins(10, 6, 10, 6);
    actions->setSpacing(6);
    generate_ = new QPushButton(tr("Generate"), actionBar_);
    generate_->setObjectName(QStringLiteral("generateButton"));
    generate_->setDefault(true);
    generate_->setMinimumHeight(34);
    generate_->setStyleSheet(QStringLiteral(
        "QPushButton#generateButton { background: #3b6fd8; color: white; font-weight: 600; border-radius: 4px; padding: 4px 14px; }"
        "QPushButton#generateButton:disabled { background: #8aa0c8; }"));
    generate_->setToolTip(tr("Generate with these settings (Ctrl+Enter). While busy, the request waits in the queue."));
    generate_->setAccessibleName(tr("Generate"));
    abort_ = new QPushButton(tr("Abort"), actionBar_);
    abort_->setObjectName(QStringLiteral("abortButton"));
    abort_->setToolTip(tr("Stop the current image now (Esc). Nothing is saved."));
    abort_->setAccessibleName(tr("Abort"));
    abort_->setEnabled(false);
    finish_ = new QPushButton(tr("Finish now"), actionBar_);
    finish_->setObjectName(QStringLiteral("finishButton"));
    finish_->setToolTip(tr("Stop early and keep the current estimate as the result (decoded with the full VAE)."));
    finish_->setAccessibleName(tr("Finish now"));
    finish_->setEnabled(false);
    actions->addWidget(generate_, 2);
    actions->addWidget(abort_, 1);
    actions->addWidget(finish_, 1);
    layout->addWidget(actionBar_);  // until the main window takes it (takeActionBar)

    auto* queueHead = new QHBoxLayout;
    queueTitle_ = new QLabel(this);
    queueTitle_->setObjectName(QStringLiteral("queueTitle"));
    removeQueued_ = new QPushButton(tr("&Remove"), this);
    removeQueued_->setAccessibleName(tr("Remove from queue"));
    removeQueued_->setToolTip(tr("Remove the selected request from the queue."));
    queueHead->addWidget(queueTitle_, 1);
    queueHead->addWidget(removeQueued_);
    layout->addLayout(queueHead);
    queue_ = new QListWidget(this);
    queue_->setObjectName(QStringLiteral("queueList"));
    queue_->setToolTip(tr("Requests waiting for the current generation to finish, in order."));
    queue_->setMaximumHeight(72);
    queue_->setAccessibleName(tr("Queue"));
    layout->addWidget(queue_);
    setQueue({});

    connect(generate_, &QPushButton::clicked, this, &ParametersPanel::generateRequested);
    connect(abort_, &QPushButton::clicked, this, &ParametersPanel::abortRequested);
    connect(finish_, &QPushButton::clicked, this, &ParametersPanel::finishNowRequested);
    connect(removeQueued_, &QPushButton::clicked, this, [this] {
        if (queue_->currentRow() >= 0) Q_EMIT removeQueuedRequested(queue_->currentRow());
    });
    connect(prompt_, &QPlainTextEdit::textChanged, this, &ParametersPanel::promptsEdited);
    connect(negative_, &QPlainTextEdit::textChanged, this, &ParametersPanel::promptsEdited);
    connect(seed_, &SeedEdit::problemChanged, this, &ParametersPanel::updateSeedProblem);
    connect(seed_, &QLineEdit::textEdited, this, [this] { lock_->setChecked(true); });
    connect(randomize_, &QToolButton::clicked, this, [this] { seed_->setSeed(QRandomGenerator::global()->generate()); });
    connect(swap, &QToolButton::clicked, this, [this] { setSize(height_->value(), width_->value()); });
    connect(preset_, &QComboBox::activated, this, [this](int index) {
        const QSize s = preset_->itemData(index).toSize();
        if (s.isValid()) setSize(s.width(), s.height());
        preset_->setCurrentIndex(0);
    });
    connect(model_, &QComboBox::activated, this, [this](int index) {
        const QString path = model_->itemData(index).toString();
        if (!path.isEmpty()) Q_EMIT modelChosen(path);
    });
    seed_->setSeed(QRandomGenerator::global()->generate());  // 32-bit like A1111: short enough to read out in class
}

QWidget* ParametersPanel::takeActionBar() {
    layout()->removeWidget(actionBar_);
    actionBar_->setParent(nullptr);
    return actionBar_;
}

QWidget* ParametersPanel::buildModelSection() {
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(4);
    auto* row = new QHBoxLayout;
    row->setSpacing(4);
    model_ = new QComboBox(box);
    model_->setObjectName(QStringLiteral("modelBox"));
    model_->setToolTip(tr("The model that draws the images. Recently used models are listed here."));
    model_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    model_->setMinimumContentsLength(12);
    model_->setAccessibleName(tr("Model"));
    modelOpen_ = new QToolButton(box);
    modelOpen_->setObjectName(QStringLiteral("modelOpen"));
    modelOpen_->setText(tr("&Open…"));
    modelOpen_->setAccessibleName(tr("Open a model"));
    modelOpen_->setToolTip(tr("Open a diffusers model folder (with model_index.json) or a single .safetensors checkpoint."));
    modelOpen_->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(modelOpen_);
    menu->addAction(tr("Open model folder…"), this, &ParametersPanel::openModelFolderRequested);
    menu->addAction(tr("Open model file…"), this, &ParametersPanel::openModelFileRequested);
    modelOpen_->setMenu(menu);
    row->addWidget(model_, 1);
    row->addWidget(modelOpen_);
    v->addLayout(row);
    auto* status = new QHBoxLayout;
    modelStatus_ = new QLabel(tr("No model loaded"), box);
    modelStatus_->setObjectName(QStringLiteral("modelStatus"));
    modelStatus_->setWordWrap(true);
    modelStatus_->setAccessibleName(tr("Model status"));
    modelStatus_->setStyleSheet(QStringLiteral("color: palette(mid);"));
    modelBusy_ = new QProgressBar(box);
    modelBusy_->setRange(0, 0);  // indeterminate: loading has no byte count
    modelBusy_->setMaximumWidth(90);
    modelBusy_->setMaximumHeight(12);
    modelBusy_->setTextVisible(false);
    modelBusy_->setAccessibleName(tr("Loading the model"));
    modelBusy_->hide();
    status->addWidget(modelStatus_, 1);
    status->addWidget(modelBusy_);
    v->addLayout(status);
    return box;
}

QString ParametersPanel::promptText() const { return prompt_->toPlainText(); }
QString ParametersPanel::negativeText() const { return negative_->toPlainText(); }

void ParametersPanel::updateSeedProblem(const QString& problem) {
    seedProblem_->setText(problem);
    seedProblem_->setVisible(!problem.isEmpty());
}

std::optional<stipple::GenerationRequest> ParametersPanel::buildRequest(QString* problem, bool showNewSeed) {
    std::optional<quint64> seed;
    if (lock_->isChecked()) seed = seed_->seed();
    else if (showNewSeed) {
        seed_->setSeed(QRandomGenerator::global()->generate());
        seed = seed_->seed();
    }
    else seed = QRandomGenerator::global()->generate();  // 32-bit like the field's own draws
    if (!seed) {
        if (problem) *problem = seed_->problem();
        seed_->setFocus();
        return std::nullopt;
    }
    stipple::GenerationRequest r;
    r.prompt = prompt_->toPlainText().toStdString();
    r.negative_prompt = negative_->toPlainText().toStdString();
    r.seeds.clear();
    for (int i = 0; i < count_->value(); ++i) r.seeds.push_back(*seed + static_cast<quint64>(i));  // wraps past 2^64-1 like uint64
    r.steps = steps_->value();
    r.guidance_scale = cfg_->value();
    r.scheduler = sampler_->currentText().toStdString();
    r.width = width_->value();
    r.height = height_->value();
    if (finishAtStep_ > 0 && finishAt_->isChecked()) r.stop_at_step = finishAtStep_;
    return r;
}

void ParametersPanel::applyRestored(const stipple::RestoredRequest& restored) {
    const stipple::GenerationRequest& r = restored.request;
    prompt_->setPlainText(QString::fromStdString(r.prompt));
    negative_->setPlainText(QString::fromStdString(r.negative_prompt));
    if (restored.has_seed) setSeed(r.seeds.front(), true);
    if (restored.has_steps) steps_->setValue(r.steps);
    if (restored.has_cfg) cfg_->setValue(r.guidance_scale);
    QStringList notes;
    if (restored.has_sampler) {
        const QString label = QString::fromStdString(r.scheduler);
        const int i = sampler_->findText(label, Qt::MatchFixedString);
        if (i >= 0) sampler_->setCurrentIndex(i);
        else notes << tr("Sampler: %1 (not available; kept %2)").arg(label, sampler_->currentText());
    }
    if (restored.has_size) setSize(r.width, r.height);
    finishAtStep_ = r.stop_at_step;
    finishAt_->setText(tr("Finish at step %1 of %2, as this image was").arg(r.stop_at_step).arg(r.steps));
    finishAt_->setChecked(r.stop_at_step > 0);
    finishAt_->setVisible(r.stop_at_step > 0);
    for (const auto& [k, v] : restored.unknown) notes << QStringLiteral("%1: %2").arg(QString::fromStdString(k), QString::fromStdString(v));
    for (const auto& p : restored.problems) notes << QString::fromStdString(p);
    extra_->setText(notes.isEmpty() ? QString() : tr("Not used by Stipple:\n%1").arg(notes.join(QLatin1Char('\n'))));
    extra_->setVisible(!notes.isEmpty());
}

void ParametersPanel::setSeed(quint64 seed, bool lock) {
    seed_->setSeed(seed);
    if (lock) lock_->setChecked(true);
}

void ParametersPanel::setSize(int width, int height) {
    width_->setValue(std::clamp((width + 4) / 8 * 8, width_->minimum(), width_->maximum()));
    height_->setValue(std::clamp((height + 4) / 8 * 8, height_->minimum(), height_->maximum()));
}

void ParametersPanel::setModelState(ModelState state, const QString& text) {
    modelBusy_->setVisible(state == ModelState::Loading);
    modelStatus_->setText(text);
    modelStatus_->setStyleSheet(state == ModelState::Failed ? QStringLiteral("color: #d9534f;")
                                                            : QStringLiteral("color: palette(mid);"));
    model_->setEnabled(state != ModelState::Loading);
    modelOpen_->setEnabled(state != ModelState::Loading);
}

void ParametersPanel::setRecentModels(const QStringList& paths, const QString& current) {
    model_->clear();
    if (!builtinModel_.isEmpty()) {
        model_->addItem(tr("Stipple Shapes (built-in)"), builtinModel_);
        model_->setItemData(0, tr("Stipple's own small model: coloured shapes on plain backgrounds, "
                                  "fast on any CPU — the classroom demo."), Qt::ToolTipRole);
    }
    if (paths.isEmpty() && builtinModel_.isEmpty()) model_->addItem(tr("(no model yet — use Open…)"));
    for (const QString& p : paths) {
        if (p == builtinModel_) continue;
        model_->addItem(QFileInfo(p).fileName().isEmpty() ? p : QFileInfo(p).fileName(), p);
        model_->setItemData(model_->count() - 1, p, Qt::ToolTipRole);
    }
    const int i = model_->findData(current);
    if (i >= 0) model_->setCurrentIndex(i);
}

void ParametersPanel::setPromptReadings(const PromptReading& prompt, const PromptReading& negative) {
    auto show = [this](QLabel* counter, QLabel* notice, const PromptReading& r) {
        const int limit = r.limit > 0 ? r.limit : tokenLimit_;
        if (r.tokens < 0) {
            counter->setText(QStringLiteral("–/%1").arg(limit));
            counter->setStyleSheet(QString());
            notice->hide();
            return;
        }
        counter->setText(QStringLiteral("%1/%2").arg(r.tokens).arg(limit));
        counter->setStyleSheet(r.tokens > limit ? QStringLiteral("color: #d9534f; font-weight: 600;") : QString());
        QStringList lines;
        if (!r.unknownWords.isEmpty())
            lines << tr("This model does not know: %1. It draws only what its vocabulary names (see Examples).")
                         .arg(r.unknownWords.join(QStringLiteral(", ")));
        if (!r.ignored.isEmpty()) {
            QString cut = r.ignored;
            if (cut.size() > 120) cut = cut.left(118) + QStringLiteral("…");
            lines << tr("Past the model's %1-token limit, ignored: “%2”").arg(limit).arg(cut);
        }
        notice->setText(lines.join(QLatin1Char('\n')));
        notice->setVisible(!lines.isEmpty());
    };
    show(promptTokens_, promptNotice_, prompt);
    show(negativeTokens_, negativeNotice_, negative);
}

void ParametersPanel::setExamplePrompts(const QStringList& examples) {
    QMenu* menu = examples_->menu();
    menu->clear();
    for (const QString& e : examples) menu->addAction(e, this, [this, e] { prompt_->setPlainText(e); });
    examples_->setVisible(!examples.isEmpty());
    prompt_->setPlaceholderText(
        examples.isEmpty()
            ? tr("Describe the image: subject, style, lighting… e.g. \"a watercolor fox in the snow, soft light\"")
            : tr("Describe the shapes, e.g. \"%1\"").arg(examples.front()));
}

void ParametersPanel::setGenerating(bool generating, bool aborting) {
    abort_->setEnabled(generating && !aborting);
    finish_->setEnabled(generating && !aborting);
    abort_->setText(aborting ? tr("Aborting…") : tr("Abort"));
}

void ParametersPanel::setQueue(const QStringList& items) {
    queue_->clear();
    queue_->addItems(items);
    queueTitle_->setText(items.isEmpty() ? tr("Queue: empty") : tr("Queue: %1 waiting").arg(items.size()));
    queue_->setVisible(!items.isEmpty());
    removeQueued_->setVisible(!items.isEmpty());
}

SavedParameters ParametersPanel::savedState() const {
    SavedParameters p;
    p.prompt = prompt_->toPlainText();
    p.negative = negative_->toPlainText();
    p.seed = seed_->text();
    p.seedLocked = lock_->isChecked();
    p.steps = steps_->value();
    p.cfg = cfg_->value();
    p.sampler = sampler_->currentText();
    p.width = width_->value();
    p.height = height_->value();
    p.count = count_->value();
    return p;
}

void ParametersPanel::restoreSaved(const SavedParameters& p) {
    prompt_->setPlainText(p.prompt);
    negative_->setPlainText(p.negative);
    if (auto seed = Uint64Validator::parse(p.seed)) seed_->setSeed(*seed);
    lock_->setChecked(p.seedLocked);
    steps_->setValue(p.steps);
    cfg_->setValue(p.cfg);
    const int i = sampler_->findText(p.sampler);
    if (i >= 0) sampler_->setCurrentIndex(i);
    setSize(p.width, p.height);
    count_->setValue(std::max(1, p.count));
}

void ParametersPanel::applyInfotext(const QString& parameters) {
    applyRestored(stipple::request_from_infotext(stipple::parse_infotext(parameters.toStdString())));
}

void ParametersPanel::applyModelDefaults(const ModelSummary& model, bool followSize) {
    if (followSize && model.defaultWidth > 0 && model.defaultHeight > 0) setSize(model.defaultWidth, model.defaultHeight);
    setTokenLimit(model.tokenLimit);
    setExamplePrompts(model.examplePrompts);
    if (!model.turbo) return;
    // SD-/SDXL-Turbo are distilled for 1-4 steps without guidance, with their own sampler.
    steps_->setValue(1);
    cfg_->setValue(0.0);
    const int index = sampler_->findText(model.defaultSampler);
    if (index >= 0) sampler_->setCurrentIndex(index);
}

void ParametersPanel::setTokenLimit(int limit) {
    tokenLimit_ = limit > 0 ? limit : 75;
    setPromptReadings({}, {});
}

}  // namespace stipple::ui
