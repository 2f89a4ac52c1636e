// Parameters region (see parameters_panel.h).
#include "parameters_panel.h"
#include "token_chips.h"
#include "app_paths.h"
#include "image_convert.h"
#include "init_image_panel.h"
#include "face_detail_panel.h"
#include "hires_fix_panel.h"

#include "common/emphasis.h"
#include "common/error.h"
#include "image/infotext.h"

#include "sampler_catalog.h"
#include "seed_edit.h"

#include <QCheckBox>
#include <QDir>
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
#include <QScrollArea>
#include <QRegularExpression>
#include <QSettings>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

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

    // What an opened image asked for that Stipple does not reproduce: under the model, in view.
    extra_ = new QLabel(this);
    extra_->setObjectName(QStringLiteral("restoreReport"));
    extra_->setWordWrap(true);
    extra_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    extra_->setTextFormat(Qt::PlainText);
    extra_->setStyleSheet(QStringLiteral("QLabel#restoreReport { background: #fff4d6; color: #5a4300; border: 1px solid #e0c060;"
                                         " border-radius: 4px; padding: 4px; font-size: 11px; }"));
    extra_->setToolTip(tr("What the opened image's parameters ask for that Stipple does not reproduce: "
                          "the image made here will differ in these."));
    extra_->setAccessibleName(tr("Not reproduced from the opened image"));
    extra_->hide();
    layout->addWidget(extra_);

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
    const auto chunkLabel = [this](const char* name) {
        auto* l = new QLabel(this);
        l->setObjectName(QLatin1String(name));
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 11px;"));
        l->setToolTip(tr("A long prompt is read in chunks (75 tokens for most models), each on its own, as "
                         "AUTOMATIC1111 does. Words that belong together read best inside one chunk; BREAK starts a new one."));
        l->hide();
        return l;
    };
    promptChunks_ = chunkLabel("promptChunks");
    promptChunks_->setAccessibleName(tr("Where the prompt's chunks begin"));
    layout->addWidget(promptChunks_);
    promptStrip_ = new TokenChipsView;
    promptStrip_->setObjectName(QStringLiteral("promptTokenStrip"));
    promptStrip_->setCompact(true);
    auto* stripArea = new QScrollArea(this);
    stripArea->setWidget(promptStrip_);
    stripArea->setWidgetResizable(true);
    stripArea->setFrameShape(QFrame::NoFrame);
    stripArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    stripArea->setMaximumHeight(promptStrip_->heightOfRows(2));  // more rows scroll
    stripArea->hide();
    promptStripArea_ = stripArea;
    layout->addWidget(stripArea);

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
    negativeChunks_ = chunkLabel("negativeChunks");
    negativeChunks_->setAccessibleName(tr("Where the negative prompt's chunks begin"));
    layout->addWidget(negativeChunks_);

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
    steps_->setValue(SavedParameters{}.steps);
    steps_->setToolTip(tr("Denoising steps. More steps refine more but take longer; 20-30 suits most samplers."));
    steps_->setAccessibleName(tr("Steps"));
    form->addRow(tr("S&teps"), steps_);

    cfg_ = new QDoubleSpinBox(this);
    cfg_->setObjectName(QStringLiteral("cfgBox"));
    cfg_->setRange(0, 30);
    cfg_->setSingleStep(0.5);
    cfg_->setDecimals(1);
    cfg_->setValue(SavedParameters{}.cfg);
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

    advancedButton_ = new QToolButton(this);
    advancedButton_->setObjectName(QStringLiteral("advancedSeedButton"));
    advancedButton_->setText(tr("Variation seed, noise, clip skip"));
    advancedButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    advancedButton_->setAutoRaise(true);
    advancedButton_->setCheckable(true);
    advancedButton_->setArrowType(Qt::RightArrow);
    advancedButton_->setToolTip(tr("More seed settings, as in AUTOMATIC1111: variation seeds, where random numbers come "
                                   "from, eta noise seed delta and clip skip."));
    advancedButton_->setAccessibleName(tr("Advanced seed settings"));
    layout->addWidget(advancedButton_);
    layout->addWidget(buildAdvancedSection());
    connect(advancedButton_, &QToolButton::toggled, this, &ParametersPanel::setAdvancedOpen);

    initImageButton_ = new QToolButton(this);
    initImageButton_->setObjectName(QStringLiteral("initImageButton"));
    initImageButton_->setText(tr("Start from an image (img2img)"));
    initImageButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    initImageButton_->setAutoRaise(true);
    initImageButton_->setCheckable(true);
    initImageButton_->setArrowType(Qt::RightArrow);
    initImageButton_->setToolTip(tr("Redraw a picture of your own from the prompt instead of starting from noise."));
    initImageButton_->setAccessibleName(tr("Image to image"));
    layout->addWidget(initImageButton_);
    initImage_ = new InitImagePanel(this);
    initImage_->setSteps(steps_->value());
    initImage_->hide();
    layout->addWidget(initImage_);
    connect(initImageButton_, &QToolButton::toggled, this, &ParametersPanel::setInitImageOpen);
    connect(steps_, &QSpinBox::valueChanged, initImage_, &InitImagePanel::setSteps);
    hires_ = new HiresFixPanel(this);
    layout->addWidget(hires_);
    faceDetail_ = new FaceDetailPanel(this);
    layout->addWidget(faceDetail_);
    const auto firstPass = [this] { hires_->setFirstPass(width_->value(), height_->value(), steps_->value()); };
    connect(width_, &QSpinBox::valueChanged, this, firstPass);
    connect(height_, &QSpinBox::valueChanged, this, firstPass);
    connect(steps_, &QSpinBox::valueChanged, this, firstPass);
    firstPass();
    // Outpainting draws the whole extended canvas: the image size follows it.
    connect(initImage_, &InitImagePanel::canvasExtended, this, [this](QSize size) { setSize(size.width(), size.height()); });
    connect(initImage_, &InitImagePanel::imageChanged, this, [this] {
        hires_->setInitImageActive(initImage_->hasImage());
        if (initImage_->hasImage()) setInitImageOpen(true);
        // The button says at a glance, also folded, that Generate starts from a picture.
        initImageButton_->setText(initImage_->hasImage() ? tr("Start from an image (img2img) ●")
                                                         : tr("Start from an image (img2img)"));
    });

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
    connect(model_, &QToolButton::clicked, this, &ParametersPanel::modelLibraryRequested);
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
    // The current model; clicking it opens the library picker (recent models first, type to
    // filter), which replaced the old list of recent models.
    model_ = new QToolButton(box);
    model_->setObjectName(QStringLiteral("modelBox"));
    model_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    model_->setArrowType(Qt::NoArrow);
    model_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    model_->setMinimumWidth(120);
    model_->setAccessibleName(tr("Model"));
    model_->setStyleSheet(QStringLiteral("QToolButton#modelBox { text-align: left; padding: 3px 6px; }"));
    modelOpen_ = new QToolButton(box);
    modelOpen_->setObjectName(QStringLiteral("modelOpen"));
    modelOpen_->setText(tr("&Open…"));
    modelOpen_->setAccessibleName(tr("Open a model"));
    modelOpen_->setToolTip(tr("Open a diffusers model folder (with model_index.json) or a single .safetensors checkpoint."));
    modelOpen_->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(modelOpen_);
    menu->addAction(tr("Open model folder…"), this, &ParametersPanel::openModelFolderRequested);
    menu->addAction(tr("Open model file…"), this, &ParametersPanel::openModelFileRequested);
    menu->addAction(tr("Model library…"), this, &ParametersPanel::modelLibraryRequested);
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

QWidget* ParametersPanel::buildAdvancedSection() {
    advanced_ = new QWidget(this);
    advanced_->setObjectName(QStringLiteral("advancedSeedSection"));
    auto* form = new QFormLayout(advanced_);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(6);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    auto* variationRow = new QHBoxLayout;
    variationRow->setSpacing(4);
    variationSeed_ = new SeedEdit(advanced_);
    variationSeed_->setObjectName(QStringLiteral("variationSeedEdit"));
    variationSeed_->setPlaceholderText(tr("none"));
    variationSeed_->setToolTip(tr("A second seed whose noise is blended into the seed's by the strength below: the same "
                                  "picture, a little different. Empty with a strength above 0 draws one."));
    variationSeed_->setAccessibleName(tr("Variation seed"));
    variationRandomize_ = new QToolButton(advanced_);
    variationRandomize_->setObjectName(QStringLiteral("randomizeVariationSeed"));
    variationRandomize_->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    variationRandomize_->setToolTip(tr("Pick a new random variation seed now."));
    variationRandomize_->setAccessibleName(tr("Random variation seed"));
    variationRow->addWidget(variationSeed_, 1);
    variationRow->addWidget(variationRandomize_);
    form->addRow(buddyLabel(tr("&Variation seed"), variationSeed_, advanced_), variationRow);

    variationStrength_ = new QDoubleSpinBox(advanced_);
    variationStrength_->setObjectName(QStringLiteral("variationStrengthBox"));
    variationStrength_->setRange(0, 1);
    variationStrength_->setSingleStep(0.05);
    variationStrength_->setDecimals(2);
    variationStrength_->setSpecialValueText(tr("0 (off)"));
    variationStrength_->setToolTip(tr("How much of the variation seed's noise to use: 0 is the seed alone, 1 the variation "
                                      "seed alone; 0.05-0.2 gives close variations."));
    variationStrength_->setAccessibleName(tr("Variation strength"));
    form->addRow(buddyLabel(tr("St&rength"), variationStrength_, advanced_), variationStrength_);

    auto* resizeRow = new QHBoxLayout;
    resizeRow->setSpacing(4);
    const auto resizeBox = [this](const char* name) {
        auto* b = new QSpinBox(advanced_);
        b->setObjectName(QLatin1String(name));
        b->setRange(0, 4096);
        b->setSingleStep(8);
        b->setSpecialValueText(tr("off"));
        b->setToolTip(tr("Draw the seed's noise as if the image were this size, so a seed keeps its composition at "
                         "another size (A1111's \"Resize seed from\"). Off: the image's own size."));
        return b;
    };
    resizeWidth_ = resizeBox("resizeFromWidth");
    resizeWidth_->setAccessibleName(tr("Resize seed from width"));
    resizeHeight_ = resizeBox("resizeFromHeight");
    resizeHeight_->setAccessibleName(tr("Resize seed from height"));
    resizeRow->addWidget(resizeWidth_, 1);
    resizeRow->addWidget(new QLabel(QStringLiteral("×"), advanced_));
    resizeRow->addWidget(resizeHeight_, 1);
    form->addRow(buddyLabel(tr("Seed si&ze from"), resizeWidth_, advanced_), resizeRow);

    noiseSource_ = new QComboBox(advanced_);
    noiseSource_->setObjectName(QStringLiteral("noiseSourceBox"));
    noiseSource_->addItem(tr("CPU"), static_cast<int>(stipple::NoiseSource::CPU));
    noiseSource_->setItemData(0, tr("torch on the CPU: the numbers of diffusers and ComfyUI (RNG: CPU)"), Qt::ToolTipRole);
    noiseSource_->addItem(tr("GPU (NVIDIA)"), static_cast<int>(stipple::NoiseSource::NV));
    noiseSource_->setItemData(1, tr("AUTOMATIC1111's default: the numbers of an NVIDIA GPU, computed here (RNG: NV)"),
                              Qt::ToolTipRole);
    noiseSource_->setToolTip(tr("Where this request's random numbers come from (the default is in Settings). "
                                "An image opened from AUTOMATIC1111 sets what it was made with."));
    noiseSource_->setAccessibleName(tr("Random numbers"));
    noiseSource_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    noiseSource_->setMinimumContentsLength(8);
    form->addRow(buddyLabel(tr("Ra&ndom numbers"), noiseSource_, advanced_), noiseSource_);
    noiseNote_ = new QLabel(advanced_);
    noiseNote_->setObjectName(QStringLiteral("noiseSourceNote"));
    noiseNote_->setWordWrap(true);
    noiseNote_->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 11px;"));
    noiseNote_->setText(tr("The opened image does not say (no RNG key): AUTOMATIC1111's default, GPU, is assumed."));
    noiseNote_->hide();
    form->addRow(QString(), noiseNote_);
    styleNote_ = new QLabel(advanced_);
    styleNote_->setObjectName(QStringLiteral("promptStyleNote"));
    styleNote_->setWordWrap(true);
    styleNote_->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 11px;"));
    styleNote_->setText(tr("The opened image read its prompt as written (diffusers style), and so does the next "
                           "generation; Settings ▸ Prompt syntax returns to AUTOMATIC1111's."));
    styleNote_->hide();
    form->addRow(QString(), styleNote_);

    ensd_ = new QSpinBox(advanced_);
    ensd_->setObjectName(QStringLiteral("ensdBox"));
    ensd_->setRange(-2147483647, 2147483647);
    ensd_->setToolTip(tr("Eta noise seed delta (ENSD): the samplers that add noise at every step (Euler a, DPM++ SDE…) "
                         "draw it from seed + this number. 0 = off; 31337 was a common choice."));
    ensd_->setAccessibleName(tr("Eta noise seed delta"));
    form->addRow(buddyLabel(tr("&ENSD"), ensd_, advanced_), ensd_);

    sdeNoise_ = new QComboBox(advanced_);
    sdeNoise_->setObjectName(QStringLiteral("sdeNoiseBox"));
    sdeNoise_->addItem(tr("Per step (diffusers)"), static_cast<int>(stipple::SdeNoise::Diffusers));
    sdeNoise_->setItemData(0, tr("A fresh draw of the image's random numbers at every step, as diffusers"),
                           Qt::ToolTipRole);
    sdeNoise_->addItem(tr("Brownian tree (AUTOMATIC1111)"), static_cast<int>(stipple::SdeNoise::BrownianTree));
    sdeNoise_->setItemData(1, tr("AUTOMATIC1111's: each image's steps share one Brownian motion drawn from its seed, "
                                 "the same whatever the batch size (SDE noise: brownian)"),
                           Qt::ToolTipRole);
    sdeNoise_->setToolTip(tr("Where the DPM++ SDE samplers take the noise they add at every step. An image opened "
                             "from AUTOMATIC1111 with such a sampler sets the Brownian tree."));
    sdeNoise_->setAccessibleName(tr("SDE noise"));
    sdeNoise_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    sdeNoise_->setMinimumContentsLength(8);
    form->addRow(buddyLabel(tr("SDE noise"), sdeNoise_, advanced_), sdeNoise_);

    clipSkip_ = new QSpinBox(advanced_);
    clipSkip_->setObjectName(QStringLiteral("clipSkipBox"));
    clipSkip_->setRange(1, 12);
    clipSkip_->setToolTip(tr("Clip skip, counted as AUTOMATIC1111 does: 1 uses the text encoder's last layer, 2 the one "
                             "before (what many anime models expect)."));
    clipSkip_->setAccessibleName(tr("Clip skip"));
    form->addRow(buddyLabel(tr("&Clip skip"), clipSkip_, advanced_), clipSkip_);

    emphasis_ = new QComboBox(advanced_);
    emphasis_->setObjectName(QStringLiteral("emphasisBox"));
    emphasis_->addItem(tr("Original"), static_cast<int>(stipple::Emphasis::Original));
    emphasis_->setItemData(0, tr("(word:1.3) multiplies the word's embedding, then the prompt is rescaled to its "
                                 "original mean (AUTOMATIC1111's default)"), Qt::ToolTipRole);
    emphasis_->addItem(tr("No norm"), static_cast<int>(stipple::Emphasis::NoNorm));
    emphasis_->setItemData(1, tr("Weights multiply without the rescale (said to suit SDXL better)"), Qt::ToolTipRole);
    emphasis_->addItem(tr("Ignore"), static_cast<int>(stipple::Emphasis::Ignore));
    emphasis_->setItemData(2, tr("Brackets and weights are removed from the prompt but change nothing"), Qt::ToolTipRole);
    emphasis_->addItem(tr("None (literal brackets)"), static_cast<int>(stipple::Emphasis::None));
    emphasis_->setItemData(3, tr("No weighting syntax: brackets, weights and BREAK are read as words"), Qt::ToolTipRole);
    emphasis_->setToolTip(tr("What weights such as (word:1.3) do, as AUTOMATIC1111's emphasis mode. An image opened "
                             "from AUTOMATIC1111 sets what it was made with."));
    emphasis_->setAccessibleName(tr("Emphasis mode"));
    form->addRow(buddyLabel(tr("E&mphasis"), emphasis_, advanced_), emphasis_);

    deepCache_ = new QSpinBox(advanced_);
    deepCache_->setObjectName(QStringLiteral("deepCacheBox"));
    deepCache_->setRange(1, 1000);  // 1 = off; the CLI's range, so a restored image's value fits
    deepCache_->setSpecialValueText(tr("Off"));
    deepCache_->setPrefix(tr("every "));
    deepCache_->setSuffix(tr(" steps"));
    deepCache_->setToolTip(tr("Step caching (DeepCache): the whole model runs only every N-th step, and the steps "
                              "between reuse its deep features. Faster, and the picture comes out slightly "
                              "different from the full run. Off makes the exact picture."));
    deepCache_->setAccessibleName(tr("Step caching interval"));
    form->addRow(buddyLabel(tr("Step caching"), deepCache_, advanced_), deepCache_);

    connect(variationRandomize_, &QToolButton::clicked, this,
            [this] { variationSeed_->setSeed(QRandomGenerator::global()->generate()); });
    connect(noiseSource_, &QComboBox::activated, noiseNote_, &QWidget::hide);
    advanced_->hide();
    return advanced_;
}

void ParametersPanel::setInitImageOpen(bool open) {
    if (initImageButton_->isChecked() != open) initImageButton_->setChecked(open);  // calls back once
    initImageButton_->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    initImage_->setVisible(open);
}

void ParametersPanel::setAdvancedOpen(bool open) {
    if (advancedButton_->isChecked() != open) advancedButton_->setChecked(open);  // calls back once
    advancedButton_->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    advanced_->setVisible(open);
}

void ParametersPanel::setNoiseSource(stipple::NoiseSource source) {
    const int data = static_cast<int>(source == stipple::NoiseSource::CPU ? stipple::NoiseSource::CPU : stipple::NoiseSource::NV);
    noiseSource_->setCurrentIndex(std::max(0, noiseSource_->findData(data)));
    noiseNote_->hide();
}

stipple::NoiseSource ParametersPanel::noiseSource() const {
    return static_cast<stipple::NoiseSource>(noiseSource_->currentData().toInt());
}

void ParametersPanel::setPromptStyle(stipple::PromptStyle style) {
    promptStyle_ = style;
    if (styleNote_ && style == stipple::PromptStyle::A1111) styleNote_->hide();
    showReadings();
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
    if (const QString faces = faceDetail_->problem(); !faces.isEmpty()) {
        if (problem) *problem = faces;
        faceDetail_->setFocus();
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
    r.prompt_style = promptStyle_;
    r.noise_source = noiseSource();
    r.eta_noise_seed_delta = ensd_->value();
    r.sde_noise = static_cast<stipple::SdeNoise>(sdeNoise_->currentData().toInt());
    r.clip_skip = clipSkip_->value() - 1;
    r.deep_cache_interval = deepCache_->value() > 1 ? deepCache_->value() : 0;
    r.emphasis = static_cast<stipple::Emphasis>(emphasis_->currentData().toInt());
    if (variationStrength_->value() > 0) {
        if (variationSeed_->text().trimmed().isEmpty()) variationSeed_->setSeed(QRandomGenerator::global()->generate());
        const std::optional<quint64> variation = variationSeed_->seed();
        if (!variation) {
            if (problem) *problem = tr("Variation seed: %1").arg(variationSeed_->problem());
            setAdvancedOpen(true);
            variationSeed_->setFocus();
            return std::nullopt;
        }
        for (size_t i = 0; i < r.seeds.size(); ++i) r.variation_seeds.push_back(*variation + i);  // A1111: subseed + i
        r.variation_strength = variationStrength_->value();
    }
    if (resizeWidth_->value() > 0 && resizeHeight_->value() > 0)
        r.seed_resize_from = std::make_pair(resizeWidth_->value(), resizeHeight_->value());
    r.face_detail = faceDetail_->faceDetail();
    if (const auto hires = hires_->hires()) {  // txt2img only: off while an init image is in use
        r.hires = *hires;
        r.strength = hires_->denoisingStrength();
    }
    if (initImage_->hasImage()) {
        // The picture as it is: the worker fits it to the size (resize mode) off the GUI thread.
        r.init_image = from_qimage(initImage_->image());
        r.strength = initImage_->strength();
        r.resize_mode = static_cast<int>(initImage_->resizeMode());
        if (initImage_->hasMask()) {
            r.mask = from_qimage(initImage_->mask());
            r.inpaint_composite = true;  // as AUTOMATIC1111: only the masked part changes
            r.mask_blur = initImage_->maskBlur();
            r.masked_content = initImage_->maskedContent();
            r.inpaint_only_masked = initImage_->onlyMasked();
            r.masked_padding = initImage_->maskedPadding();
        }
    }
    return r;
}

stipple::RestoredRequest restoreInfotext(const QString& parameters, bool* rngAssumed) {
    const stipple::Infotext text = stipple::parse_infotext(parameters.toStdString());
    stipple::RestoredRequest restored = stipple::request_from_infotext(text);
    bool hasRng = false, byStipple = false;
    for (const auto& [key, value] : text.params) {
        if (key == "RNG") hasRng = true;
        if (key == "Version") byStipple = QString::fromStdString(value).startsWith(QLatin1String("stipple"), Qt::CaseInsensitive);
    }
    const bool assumed = !hasRng && !byStipple;
    if (assumed) restored.request.noise_source = stipple::NoiseSource::NV;
    if (rngAssumed) *rngAssumed = assumed;
    return restored;
}

namespace {
// Keys of AUTOMATIC1111 extensions and features Stipple does not have (the start of the key).
bool isExtensionKey(const QString& key) {
    static const char* const prefixes[] = {
        "ADetailer", "ControlNet", "Hypernet", "Refiner",
        "Tiled Diffusion", "Tiled VAE", "Dynamic thresholding", "AnimateDiff", "FreeU", "Kohya", "Regional Prompter",
        "RP ", "SAG ", "Cutoff", "NGMS", "Ultimate SD upscale", "Soft inpainting", "Emphasis", "Token merging",
        "Pad conds", "Skip Early CFG", "Discard penultimate sigma", "Style Selector", "Wildcard", "Template", "Negative Template"};
    for (const char* p : prefixes)
        if (key.startsWith(QLatin1String(p), Qt::CaseInsensitive)) return true;
    return false;
}

QString keyValue(const std::string& key, const std::string& value) {
    QString v = QString::fromStdString(value).simplified();
    if (v.size() > 60) v = v.left(58) + QStringLiteral("…");
    return QStringLiteral("%1: %2").arg(QString::fromStdString(key), v);
}
}  // namespace

void ParametersPanel::applyInfotext(const QString& parameters) {
    bool rngAssumed = false;
    const stipple::RestoredRequest restored = restoreInfotext(parameters, &rngAssumed);
    applyRestored(restored, rngAssumed);
}

void ParametersPanel::applyRestored(const stipple::RestoredRequest& restored, bool rngAssumed) {
    const stipple::GenerationRequest& r = restored.request;
    prompt_->setPlainText(QString::fromStdString(r.prompt));
    negative_->setPlainText(QString::fromStdString(r.negative_prompt));
    if (restored.has_seed) setSeed(r.seeds.front(), true);
    if (restored.has_steps) steps_->setValue(r.steps);
    if (restored.has_cfg) cfg_->setValue(r.guidance_scale);
    QStringList gaps;
    if (restored.has_sampler) {
        const QString label = QString::fromStdString(r.scheduler);
        const int i = sampler_->findText(label, Qt::MatchFixedString);
        if (i >= 0) sampler_->setCurrentIndex(i);
        else gaps << tr("Sampler: %1 (not available; kept %2)").arg(label, sampler_->currentText());
    }
    if (restored.has_size) setSize(r.width, r.height);
    finishAtStep_ = r.stop_at_step;
    finishAt_->setText(tr("Finish at step %1 of %2, as this image was").arg(r.stop_at_step).arg(r.steps));
    finishAt_->setChecked(r.stop_at_step > 0);
    finishAt_->setVisible(r.stop_at_step > 0);

    // The advanced seed section: every value the image carries, shown (opened when one is not the default).
    if (!r.variation_seeds.empty()) variationSeed_->setSeed(r.variation_seeds.front());
    else variationSeed_->clear();
    variationStrength_->setValue(r.variation_seeds.empty() ? 0.0 : r.variation_strength);
    resizeWidth_->setValue(r.seed_resize_from ? r.seed_resize_from->first : 0);
    resizeHeight_->setValue(r.seed_resize_from ? r.seed_resize_from->second : 0);
    setNoiseSource(r.noise_source);
    noiseNote_->setVisible(rngAssumed);
    // An image made with prompts read as written (Stipple 0.1.0, or "Prompt style: diffusers") is
    // made again only that way: the restore switches the style until Settings is applied again.
    setPromptStyle(r.prompt_style);
    styleNote_->setVisible(r.prompt_style == stipple::PromptStyle::Diffusers);
    ensd_->setValue(static_cast<int>(std::clamp<int64_t>(r.eta_noise_seed_delta, ensd_->minimum(), ensd_->maximum())));
    sdeNoise_->setCurrentIndex(std::max(0, sdeNoise_->findData(static_cast<int>(r.sde_noise))));
    clipSkip_->setValue(r.clip_skip + 1);
    deepCache_->setValue(std::clamp(r.deep_cache_interval, 1, deepCache_->maximum()));
    emphasis_->setCurrentIndex(std::max(0, emphasis_->findData(static_cast<int>(r.emphasis))));
    if (r.noise_source != stipple::NoiseSource::CPU || r.eta_noise_seed_delta != 0 || r.variation_strength > 0 ||
        r.seed_resize_from || r.clip_skip > 0 || r.emphasis != stipple::Emphasis::Original ||
        r.prompt_style == stipple::PromptStyle::Diffusers || r.sde_noise != stipple::SdeNoise::Diffusers ||
        r.deep_cache_interval > 1)
        setAdvancedOpen(true);

    // What is not reproduced, by kind: a second pass, extensions, then anything else.
    QStringList hires, extensions, other;
    faceDetail_->setFrom(r.face_detail);
    // "Face restoration: GFPGAN" names no file: restored with the model file chosen here, if any.
    if (!r.face_detail && !restored.face_restoration.empty() && !faceDetail_->setRestoreFrom(restored.face_restore))
        gaps << tr("Face restoration: %1 (choose a GFPGAN or CodeFormer .onnx file under Face detailer to restore faces)")
                    .arg(QString::fromStdString(restored.face_restoration));
    if (!r.hires) hires_->setFrom(std::nullopt, 0);
    if (r.hires && !hires_->setFrom(r.hires, r.strength)) {  // an unknown upscaler or a resize: listed, not run
        const stipple::HiresFix& h = *r.hires;
        if (h.resize_width > 0 || h.resize_height > 0)
            hires << QStringLiteral("Hires resize: %1x%2").arg(h.resize_width).arg(h.resize_height);
        else
            hires << QStringLiteral("Hires upscale: %1").arg(QString::fromStdString(stipple::format_infotext_number(h.scale)));
        if (h.steps > 0) hires << QStringLiteral("Hires steps: %1").arg(h.steps);
        hires << QStringLiteral("Hires upscaler: %1").arg(QString::fromStdString(h.upscaler));
    }
    for (const auto& [k, v] : restored.unknown) {
        const QString key = QString::fromStdString(k);
        if (key.startsWith(QLatin1String("Hires"), Qt::CaseInsensitive)) hires << keyValue(k, v);
        else if (isExtensionKey(key)) extensions << keyValue(k, v);
        else other << keyValue(k, v);
    }
    if (!hires.isEmpty())
        gaps << tr("Hires fix with an upscaler or a resize the app does not offer (set: the first pass only; an "
                   "upscaler model: put its .safetensors in models/ESRGAN or pick it under Hires fix › Upscaler, then "
                   "restore again; a resize: stipple-cli generate --hires-resize): %1").arg(hires.join(QStringLiteral(", ")));
    // <lora:NAME:…> is loaded from the LoRA folder (Model ▸ Open the LoRA folder); a tag whose file
    // is not there, and the networks Stipple does not have, are listed.
    static const QRegularExpression extraNetwork(QStringLiteral("<(lora|lyco|hypernet):([^:>]*)[^>]*>"),
                                                 QRegularExpression::CaseInsensitiveOption);
    QStringList missingLoras, networks;
    for (const QString& prompt : {QString::fromStdString(r.prompt), QString::fromStdString(r.negative_prompt)}) {
        auto it = extraNetwork.globalMatch(prompt);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.captured(1).compare(QLatin1String("hypernet"), Qt::CaseInsensitive) == 0) networks << m.captured();
            else if (!QFileInfo::exists(QDir(loraDir()).filePath(m.captured(2).trimmed() + QStringLiteral(".safetensors"))))
                missingLoras << m.captured();
        }
    }
    if (!missingLoras.isEmpty())
        gaps << tr("LoRA not in your LoRA folder (%1): %2").arg(QDir::toNativeSeparators(loraDir()), missingLoras.join(QStringLiteral(" ")));
    if (!networks.isEmpty()) gaps << tr("Hypernetworks are not loaded: %1").arg(networks.join(QStringLiteral(" ")));
    if (!extensions.isEmpty()) gaps << tr("Extensions and settings Stipple does not have: %1").arg(extensions.join(QStringLiteral(", ")));
    if (!other.isEmpty()) gaps << tr("Other keys Stipple does not use: %1").arg(other.join(QStringLiteral(", ")));
    for (const auto& p : restored.problems) gaps << tr("Not understood: %1").arg(QString::fromStdString(p));
    restored_ = true;
    restoredModelName_ = QString::fromStdString(restored.model_name);
    restoredModelHash_ = QString::fromStdString(restored.model_hash);
    restoredVae_ = QString::fromStdString(restored.vae_name);
    restoredGaps_ = gaps;
    updateRestoreReport();
}

void ParametersPanel::updateRestoreReport() {
    QStringList lines;
    if (restored_ && (!restoredModelName_.isEmpty() || !restoredModelHash_.isEmpty())) {
        const QString wanted = restoredModelHash_.isEmpty() ? restoredModelName_
                                                            : QStringLiteral("%1 [%2]").arg(restoredModelName_, restoredModelHash_).trimmed();
        const QString loaded = QStringLiteral("%1 [%2]").arg(loadedModelName_, loadedModelHash_);
        // With no model loaded there is nothing to compare yet: the line appears when one loads.
        if (loadedModelName_.isEmpty()) {
        } else if (restoredModelHash_.isEmpty()) {
            if (restoredModelName_.compare(loadedModelName_, Qt::CaseInsensitive) != 0)
                lines << tr("Model: %1 (no hash to compare; the loaded model is %2)").arg(wanted, loaded);
        } else if (loadedModelHash_.isEmpty())
            lines << tr("Model: %1 (the loaded model's hash is not known yet)").arg(wanted);
        else if (restoredModelHash_.compare(loadedModelHash_, Qt::CaseInsensitive) != 0)
            lines << (restoredModelHash_.size() == 8
                          ? tr("Model: %1, an old-style hash Stipple does not compute; the loaded model is %2").arg(wanted, loaded)
                          : tr("Model: %1 is not the loaded model, %2").arg(wanted, loaded));
    }
    // A1111 writes "VAE" only for a separate VAE file; compared by name (Model ▸ VAE sets it).
    if (restored_ && !loadedModelName_.isEmpty() && restoredVae_ != loadedVae_)
        lines << (restoredVae_.isEmpty() ? tr("VAE: made with the model's own VAE; %1 is chosen in Model ▸ VAE").arg(loadedVae_)
                                         : tr("VAE: made with %1 (choose it in Model ▸ VAE)").arg(restoredVae_));
    lines << restoredGaps_;
    for (QString& l : lines) l.prepend(QStringLiteral("• "));
    extra_->setText(lines.isEmpty() ? QString() : tr("Not reproduced from this image:\n%1").arg(lines.join(QLatin1Char('\n'))));
    extra_->setVisible(!lines.isEmpty());
}

void ParametersPanel::setSeed(quint64 seed, bool lock) {
    seed_->setSeed(seed);
    if (lock) lock_->setChecked(true);
}

void ParametersPanel::setSize(int width, int height) {
    width_->setValue(std::clamp((width + 4) / 8 * 8, width_->minimum(), width_->maximum()));
    height_->setValue(std::clamp((height + 4) / 8 * 8, height_->minimum(), height_->maximum()));
}

void ParametersPanel::setCurrentModel(const QString& path) {
    model_->setProperty("modelPath", path);
    const QString chooser = tr("Click to choose another model: the library lists your recent models first, then every "
                               "checkpoint, LoRA, embedding and VAE in your model folders (type to filter).");
    if (path.isEmpty()) {
        model_->setText(tr("(no model — choose one…)"));
        model_->setToolTip(chooser);
    } else if (path == builtinModel_) {
        model_->setText(tr("Stipple Shapes (built-in)"));
        model_->setToolTip(tr("Stipple's own small model: coloured shapes on plain backgrounds, fast on any CPU — "
                              "the classroom demo.") + QStringLiteral("\n\n") + chooser);
    } else {
        const QString name = QFileInfo(path).fileName();
        model_->setText(name.isEmpty() ? path : name);
        model_->setToolTip(path + QStringLiteral("\n\n") + chooser);
    }
    model_->setText(model_->text() + QStringLiteral("  ▾"));
}

void ParametersPanel::setPromptReadings(const PromptReading& prompt, const PromptReading& negative) {
    promptReading_ = prompt;
    negativeReading_ = negative;
    showReadings();
}

void ParametersPanel::showReadings() {
    const bool a1111 = promptStyle_ == stipple::PromptStyle::A1111;
    auto show = [this, a1111](QLabel* counter, QLabel* notice, QLabel* chunks, const PromptReading& r) {
        const int limit = r.limit > 0 ? r.limit : tokenLimit_;
        // A1111's counter: tokens over the length its chunks fill ("80/150"); no limit, no warning.
        const int tokens = a1111 ? r.tokens : r.literalTokens;
        const int of = a1111 ? (r.target > 0 ? r.target : limit) : limit;
        counter->setToolTip(a1111 ? tr("Prompt length in tokens, and the length of the %1-token chunks it fills, as "
                                       "AUTOMATIC1111 counts. A longer prompt adds a chunk; nothing is cut off.")
                                        .arg(r.chunkLength > 0 ? r.chunkLength : limit)
                                  : tr("Prompt length in tokens, and how many the model's text encoder reads. Words past "
                                       "that are ignored; a note under the prompt shows which."));
        if (tokens < 0) {
            counter->setText(QStringLiteral("–/%1").arg(of));
            counter->setStyleSheet(QString());
            notice->hide();
            chunks->hide();
            return;
        }
        counter->setText(QStringLiteral("%1/%2").arg(tokens).arg(of));
        counter->setStyleSheet(!a1111 && tokens > limit ? QStringLiteral("color: #d9534f; font-weight: 600;") : QString());
        QStringList lines;
        if (!r.unknownWords.isEmpty())
            lines << tr("This model does not know: %1. It draws only what its vocabulary names (see Examples).")
                         .arg(r.unknownWords.join(QStringLiteral(", ")));
        if (!a1111 && !r.ignored.isEmpty()) {
            QString cut = r.ignored;
            if (cut.size() > 120) cut = cut.left(118) + QStringLiteral("…");
            lines << tr("Past the model's %1-token limit, ignored: “%2”").arg(limit).arg(cut);
        }
        notice->setText(lines.join(QLatin1Char('\n')));
        notice->setVisible(!lines.isEmpty());
        // Where each chunk after the first begins (a long prompt shows the first few).
        QStringList starts;
        constexpr int kShown = 4;
        for (int i = 0; a1111 && i < r.chunkStarts.size() && i < kShown; ++i) {
            const bool atBreak = i < r.chunkStartsAtBreak.size() && r.chunkStartsAtBreak[i];
            starts << (atBreak ? tr("Chunk %1 (BREAK) starts at: “%2”") : tr("Chunk %1 starts at: “%2”"))
                          .arg(i + 2)
                          .arg(r.chunkStarts[i]);
        }
        if (a1111 && r.chunkStarts.size() > kShown) starts << tr("… %1 chunks in all").arg(r.chunkStarts.size() + 1);
        chunks->setText(starts.join(QLatin1Char('\n')));
        chunks->setVisible(!starts.isEmpty());
    };
    show(promptTokens_, promptNotice_, promptChunks_, promptReading_);
    promptStrip_->setReading(promptReading_);
    show(negativeTokens_, negativeNotice_, negativeChunks_, negativeReading_);
}

void ParametersPanel::setTokenStripVisible(bool visible) { promptStripArea_->setVisible(visible); }

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
    p.variationSeed = variationSeed_->text();
    p.variationStrength = variationStrength_->value();
    p.resizeFromWidth = resizeWidth_->value();
    p.resizeFromHeight = resizeHeight_->value();
    p.ensd = ensd_->value();
    p.clipSkip = clipSkip_->value();
    p.emphasis = QString::fromLatin1(stipple::emphasis_name(static_cast<stipple::Emphasis>(emphasis_->currentData().toInt())));
    p.advancedOpen = advancedButton_->isChecked();
    p.modelSetCfg = modelSetCfg_;
    p.modelSetSteps = modelSetSteps_;
    return p;
}

void ParametersPanel::restoreSaved(const SavedParameters& p) {
    prompt_->setPlainText(p.prompt);
    negative_->setPlainText(p.negative);
    if (auto seed = Uint64Validator::parse(p.seed)) seed_->setSeed(*seed);
    lock_->setChecked(p.seedLocked);
    steps_->setValue(p.steps);
    cfg_->setValue(p.cfg);
    modelSetCfg_ = p.modelSetCfg;
    modelSetSteps_ = p.modelSetSteps;
    const int i = sampler_->findText(p.sampler);
    if (i >= 0) sampler_->setCurrentIndex(i);
    setSize(p.width, p.height);
    count_->setValue(std::max(1, p.count));
    variationSeed_->setText(p.variationSeed);
    variationStrength_->setValue(p.variationStrength);
    resizeWidth_->setValue(p.resizeFromWidth);
    resizeHeight_->setValue(p.resizeFromHeight);
    ensd_->setValue(static_cast<int>(std::clamp<qint64>(p.ensd, ensd_->minimum(), ensd_->maximum())));
    clipSkip_->setValue(p.clipSkip);
    try {
        const int e = static_cast<int>(stipple::parse_emphasis(p.emphasis.toStdString()));
        emphasis_->setCurrentIndex(std::max(0, emphasis_->findData(e)));
    } catch (const stipple::Error&) {
        emphasis_->setCurrentIndex(0);  // a settings file from elsewhere: the default
    }
    setAdvancedOpen(p.advancedOpen);
}

QString ParametersPanel::applyModelDefaults(const ModelSummary& model, bool followSize) {
    if (followSize && model.defaultWidth > 0 && model.defaultHeight > 0) setSize(model.defaultWidth, model.defaultHeight);
    setTokenLimit(model.tokenLimit);
    setExamplePrompts(model.examplePrompts);
    loadedModelName_ = model.name;
    loadedModelHash_ = model.hash;
    loadedVae_ = model.vaeName;
    updateRestoreReport();
    // SD-/SDXL-Turbo are distilled for 1-4 steps without guidance, with their own sampler.
    const SavedParameters generic;
    const double cfg = model.turbo ? 0.0 : model.recommendedCfg > 0 ? model.recommendedCfg : generic.cfg;
    const int steps = model.turbo ? 1 : model.recommendedSteps > 0 ? model.recommendedSteps : generic.steps;
    QStringList set;
    // Turbo's settings are not advice: with guidance or 20 steps it draws garbage.
    if (model.turbo || std::abs(cfg_->value() - modelSetCfg_) < 1e-9) {
        if (std::abs(cfg_->value() - cfg) > 1e-9) set << tr("guidance %L1").arg(cfg, 0, 'g', 3);
        cfg_->setValue(cfg);
        modelSetCfg_ = cfg_->value();
    }
    if (model.turbo || steps_->value() == modelSetSteps_) {
        if (steps_->value() != steps) set << tr("%1 steps").arg(steps);  // 1 only for Turbo, whose message is its own
        steps_->setValue(steps);
        modelSetSteps_ = steps_->value();
    }
    if (model.turbo) {
        const int index = sampler_->findText(model.defaultSampler);
        if (index >= 0) sampler_->setCurrentIndex(index);
    }
    return set.join(QStringLiteral(", "));
}

void ParametersPanel::setTokenLimit(int limit) {
    tokenLimit_ = limit > 0 ? limit : 75;
    setPromptReadings({}, {});
}

void ParametersPanel::setModelState(ModelState state, const QString& text) {
    modelBusy_->setVisible(state == ModelState::Loading);
    modelStatus_->setText(text);
    modelStatus_->setStyleSheet(state == ModelState::Failed ? QStringLiteral("color: #d9534f;")
                                                            : QStringLiteral("color: palette(mid);"));
    model_->setEnabled(state != ModelState::Loading);
    modelOpen_->setEnabled(state != ModelState::Loading);
    if (state == ModelState::Failed || state == ModelState::None) {
        loadedModelName_.clear();
        loadedModelHash_.clear();
        updateRestoreReport();
    }
}

}  // namespace stipple::ui
