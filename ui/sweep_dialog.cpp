// Sweep dialog (see sweep_dialog.h).
#include "sweep_dialog.h"
#include "image_convert.h"
#include "sweep_axis_titles.h"
#include "sweep_grid_render.h"

#include "image/labelled_grid.h"
#include "image/request_infotext.h"
#include "teach/sweep_axis.h"
#include "teach/sweep_export.h"
#include "generation_controller.h"
#include "stipple_version.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cstring>

namespace stipple::ui {

namespace {


// Example values shown in an empty values box, per axis kind.
QString placeholder(stipple::SweepAxisKind kind) {
    switch (kind) {
        case stipple::SweepAxisKind::Seed: return QObject::tr("e.g. 1-8 or 42, 1234, 99");
        case stipple::SweepAxisKind::Steps: return QObject::tr("e.g. 1-96:5 (every 5th from 1 to 96) or 10, 20, 30");
        case stipple::SweepAxisKind::Guidance: return QObject::tr("e.g. 2-20:3 or 3.5, 7, 12");
        case stipple::SweepAxisKind::Scheduler: return QObject::tr("e.g. \"Euler a\", \"DPM++ 2M Karras\", DDIM");
        case stipple::SweepAxisKind::Prompt: return QObject::tr("one prompt per line");
        case stipple::SweepAxisKind::NegativePrompt: return QObject::tr("one negative prompt per line");
        case stipple::SweepAxisKind::Size: return QObject::tr("e.g. 512x512, 768x512");
        case stipple::SweepAxisKind::Model: return QObject::tr("one model file or folder per line (Add model…)");
        default: break;
    }
    return {};
}

}  // namespace

SweepDialog::SweepDialog(const stipple::GenerationRequest& base, GenerationController* controller, QWidget* parent)
    : QDialog(parent), base_(base), controller_(controller) {
    setObjectName(QStringLiteral("sweepDialog"));
    setWindowTitle(tr("Sweep"));
    setAccessibleName(tr("Sweep"));
    if (base_.seeds.size() > 1) base_.seeds.resize(1);  // a cell is one image
    if (base_.prompts.size() > 1) {
        base_.prompt = base_.prompts.front();
        base_.prompts.clear();
    }

    xKind_ = new QComboBox;
    yKind_ = new QComboBox;
    yKind_->addItem(tr("None"), QString());
    for (auto kind : stipple::all_sweep_axis_kinds()) {
        const QString title = sweepAxisTitle(kind);
        const QString name = QString::fromStdString(stipple::sweep_axis_name(kind));
        xKind_->addItem(title, name);
        yKind_->addItem(title, name);
    }
    xKind_->setCurrentIndex(xKind_->findData(QStringLiteral("steps")));
    xValues_ = new QPlainTextEdit;
    yValues_ = new QPlainTextEdit;
    for (auto* edit : {xValues_, yValues_}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    }
    xKind_->setAccessibleName(tr("X axis"));
    yKind_->setAccessibleName(tr("Y axis"));
    xValues_->setAccessibleName(tr("X axis values"));
    yValues_->setAccessibleName(tr("Y axis values"));
    // A Model axis: models are paths, so they are picked rather than typed.
    addModelButton_ = new QToolButton;
    addModelButton_->setObjectName(QStringLiteral("sweepAddModel"));
    addModelButton_->setText(tr("Add &model…"));
    addModelButton_->setToolTip(tr("Add a model to the Model axis: a recent one, a .safetensors file or a diffusers folder. "
                                   "The sweep loads the models one at a time and puts yours back afterwards."));
    addModelButton_->setPopupMode(QToolButton::InstantPopup);
    addModelButton_->setMenu(new QMenu(addModelButton_));
    connect(addModelButton_->menu(), &QMenu::aboutToShow, this, &SweepDialog::fillModelMenu);
    status_ = new QLabel;
    status_->setWordWrap(true);
    status_->setObjectName(QStringLiteral("sweepStatus"));

    auto* form = new QFormLayout;
    form->addRow(tr("&X axis:"), xKind_);
    form->addRow(tr("X &values:"), xValues_);
    form->addRow(tr("&Y axis:"), yKind_);
    form->addRow(tr("Y va&lues:"), yValues_);
    form->addRow(QString(), addModelButton_);
    form->addRow(status_);

    startButton_ = new QPushButton(tr("&Start"));
    abortButton_ = new QPushButton(tr("&Abort"));
    saveButton_ = new QPushButton(tr("Sa&ve grid…"));
    reuseButton_ = new QPushButton(tr("&Use cell's parameters"));
    openButton_ = new QPushButton(tr("&Open cell"));
    startButton_->setDefault(true);
    reuseButton_->setToolTip(tr("Put the selected cell's prompt, seed and settings into the main window."));
    auto* buttons = new QHBoxLayout;
    for (auto* b : {startButton_, abortButton_, saveButton_, reuseButton_, openButton_}) buttons->addWidget(b);
    buttons->addStretch(1);

    progress_ = new QProgressBar;
    progress_->setAccessibleName(tr("Sweep progress"));
    progress_->setRange(0, 1);
    progress_->setValue(0);

    gridLabel_ = new QLabel;
    gridLabel_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    gridLabel_->setAccessibleName(tr("Sweep grid"));
    gridLabel_->installEventFilter(this);
    scroll_ = new QScrollArea;
    scroll_->setWidget(gridLabel_);
    scroll_->setWidgetResizable(false);
    scroll_->setMinimumSize(480, 320);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(progress_);
    layout->addWidget(scroll_, 1);
    resize(980, 760);

    repaintTimer_ = new QTimer(this);
    repaintTimer_->setSingleShot(true);
    repaintTimer_->setInterval(80);
    connect(repaintTimer_, &QTimer::timeout, this, &SweepDialog::repaintGrid);

    connect(controller_, &GenerationController::framesArrived, this, &SweepDialog::onFrames);
    connect(controller_, &GenerationController::cellFinished, this, &SweepDialog::onCellFinished);
    connect(controller_, &GenerationController::jobFinished, this, &SweepDialog::onJobFinished);
    connect(controller_, &GenerationController::modelLoaded, this, &SweepDialog::updateButtons);
    connect(controller_, &GenerationController::sweepModelLoading, this,
            [this](int jobId, const QString& model, int index, int count) {
                if (jobId != jobId_ || !running_) return;
                status_->setText(tr("Loading model %1 of %2: %3…")
                                     .arg(index + 1)
                                     .arg(count)
                                     .arg(QString::fromStdString(stipple::sweep_value_label(stipple::SweepAxisKind::Model,
                                                                                            model.toStdString()))));
            });

    connect(xKind_, &QComboBox::currentIndexChanged, this, &SweepDialog::validate);
    connect(yKind_, &QComboBox::currentIndexChanged, this, &SweepDialog::validate);
    connect(xValues_, &QPlainTextEdit::textChanged, this, &SweepDialog::validate);
    connect(yValues_, &QPlainTextEdit::textChanged, this, &SweepDialog::validate);
    connect(startButton_, &QPushButton::clicked, this, &SweepDialog::start);
    connect(abortButton_, &QPushButton::clicked, this, &SweepDialog::abortSweep);
    connect(saveButton_, &QPushButton::clicked, this, &SweepDialog::saveGridDialog);
    connect(reuseButton_, &QPushButton::clicked, this, &SweepDialog::reuseSelected);
    connect(openButton_, &QPushButton::clicked, this, &SweepDialog::openSelected);
    validate();
    updateButtons();
}

SweepDialog::~SweepDialog() {
    if (running_) controller_->abortJob(jobId_);
}

void SweepDialog::onFrames(const QList<PreviewFrame>& frames) {
    bool changed = false;
    for (const PreviewFrame& f : frames) {
        if (f.jobId != jobId_ || f.cell < 0 || f.cell >= previews_.size() || !cells_[f.cell].isNull()) continue;
        previews_[f.cell] = f.image;
        progress_->setValue(f.jobStepsDone);
        changed = true;
    }
    if (changed) scheduleRepaint();
}

void SweepDialog::onCellFinished(int jobId, const GeneratedImage& cell) {
    if (jobId != jobId_ || cell.cell < 0 || cell.cell >= cells_.size()) return;
    cells_[cell.cell] = cell.image;
    labels_[cell.cell] = QString::fromStdString(cell.request.scheduler);
    parameters_[cell.cell] = cell.parameters;
    previews_[cell.cell] = QImage();
    scheduleRepaint();
    updateButtons();
}

void SweepDialog::onJobFinished(const JobResult& result) {
    if (result.jobId != jobId_ || !running_) return;
    running_ = false;
    for (auto& p : previews_) p = QImage();  // an aborted cell shows no half image
    if (!result.error.isEmpty())
        status_->setText(tr("The sweep failed: %1").arg(result.error.section(QLatin1Char('\n'), 0, 0)));
    else if (result.cancelled)
        status_->setText(tr("Aborted: %1 of %2 cells done.").arg(finishedCells()).arg(cells_.size()));
    else {
        status_->setText(tr("Done: %1 cells. Click a cell to select it, double-click to open it.").arg(cells_.size()));
        progress_->setValue(progress_->maximum());
    }
    repaintGrid();
    updateButtons();
    Q_EMIT sweepFinished(result.cancelled, result.error.section(QLatin1Char('\n'), 0, 0));
}

void SweepDialog::setAxis(bool y, const QString& kind, const QString& values) {
    QComboBox* box = y ? yKind_ : xKind_;
    if (kind.isEmpty()) {
        box->setCurrentIndex(y ? 0 : box->currentIndex());  // Y: None
    } else {
        const auto parsed = stipple::parse_sweep_axis_kind(kind.toStdString());
        box->setCurrentIndex(std::max(box->findData(QString::fromStdString(stipple::sweep_axis_name(parsed))), 0));
    }
    (y ? yValues_ : xValues_)->setPlainText(values);
}

std::optional<stipple::SweepPlan> SweepDialog::plan() {
    try {
        const auto xKind = stipple::parse_sweep_axis_kind(xKind_->currentData().toString().toStdString());
        const stipple::SweepAxis x = stipple::parse_sweep_axis(xKind, xValues_->toPlainText().toStdString());
        std::optional<stipple::SweepAxis> y;
        if (!yKind_->currentData().toString().isEmpty()) {
            const auto yKind = stipple::parse_sweep_axis_kind(yKind_->currentData().toString().toStdString());
            y = stipple::parse_sweep_axis(yKind, yValues_->toPlainText().toStdString());
        }
        stipple::SweepPlan p = stipple::make_sweep_plan(base_, x, y);
        message_ = tr("%1 × %2 = %3 cells, %4 steps in all.")
                       .arg(p.columns)
                       .arg(p.rows)
                       .arg(p.cells.size())
                       .arg(p.total_steps());
        return p;
    } catch (const std::exception& e) {
        message_ = QString::fromUtf8(e.what());
        return std::nullopt;
    }
}

QString SweepDialog::validationMessage() const { return message_; }

void SweepDialog::setKnownModels(const QStringList& paths) { knownModels_ = paths; }

QPlainTextEdit* SweepDialog::modelValuesEdit() const {
    if (xKind_->currentData().toString() == QLatin1String("model")) return xValues_;
    if (yKind_->currentData().toString() == QLatin1String("model")) return yValues_;
    return nullptr;
}

void SweepDialog::addModelValue(const QString& path) {
    QPlainTextEdit* edit = modelValuesEdit();
    if (!edit || path.isEmpty()) return;
    // One path per line from here on; a comma-separated list typed on one line is split first.
    QStringList lines;
    try {
        const stipple::SweepAxis axis = stipple::parse_sweep_axis(stipple::SweepAxisKind::Model, edit->toPlainText().toStdString());
        for (const std::string& v : axis.values) lines << QString::fromStdString(v);
    } catch (const std::exception&) {
        lines = edit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);  // leave what does not parse to the user
    }
    if (lines.contains(path)) return;
    lines << path;
    edit->setPlainText(lines.join(QLatin1Char('\n')));
}

void SweepDialog::fillModelMenu() {
    QMenu* menu = addModelButton_->menu();
    menu->clear();
    for (const QString& path : knownModels_) {
        QAction* a = menu->addAction(QString::fromStdString(stipple::sweep_value_label(stipple::SweepAxisKind::Model, path.toStdString())),
                                     this, [this, path] { addModelValue(path); });
        a->setToolTip(path);
    }
    if (!knownModels_.isEmpty()) menu->addSeparator();
    menu->addAction(tr("Model &file…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Add a model file"), QString(),
                                                          tr("Checkpoints (*.safetensors);;All files (*)"));
        addModelValue(path);
    });
    menu->addAction(tr("Model f&older…"), this, [this] {
        addModelValue(QFileDialog::getExistingDirectory(this, tr("Add a diffusers model folder")));
    });
}

void SweepDialog::validate() {
    const auto kind = stipple::parse_sweep_axis_kind(xKind_->currentData().toString().toStdString());
    xValues_->setPlaceholderText(placeholder(kind));
    addModelButton_->setVisible(modelValuesEdit() != nullptr);
    const QString yName = yKind_->currentData().toString();
    yValues_->setEnabled(!yName.isEmpty());
    if (!yName.isEmpty()) yValues_->setPlaceholderText(placeholder(stipple::parse_sweep_axis_kind(yName.toStdString())));
    if (running_) return;
    if (xValues_->toPlainText().trimmed().isEmpty()) {
        status_->setText(tr("Give the X values: a list or a range."));
        startButton_->setEnabled(false);
        return;
    }
    const bool ok = plan().has_value();
    status_->setText(ok ? message_ : tr("⚠ %1").arg(message_));
    startButton_->setEnabled(ok && (controller_->isModelLoaded() || controller_->isLoading()));
}

bool SweepDialog::start() {
    if (running_) return false;
    if (!controller_->isModelLoaded() && !controller_->isLoading()) {
        message_ = tr("Open a model first.");
        status_->setText(message_);
        return false;
    }
    auto p = plan();
    if (!p) {
        status_->setText(tr("⚠ %1").arg(message_));
        return false;
    }
    running_plan_ = std::move(p);
    const int n = static_cast<int>(running_plan_->cells.size());
    cells_ = QList<QImage>(n);
    previews_ = QList<QImage>(n);
    labels_ = QStringList(n, QString());
    parameters_ = QStringList(n, QString());
    selected_ = -1;
    running_ = true;
    status_->setText(tr("Rendering %1 cells…").arg(n));
    repaintGrid();
    updateButtons();
    progress_->setRange(0, std::max(running_plan_->total_steps(), 1));
    progress_->setValue(0);
    GenerationJob job;
    job.kind = JobKind::Sweep;
    job.sweep = *running_plan_;
    jobId_ = controller_->enqueue(job);
    return true;
}

void SweepDialog::abortSweep() {
    if (running_) controller_->abortJob(jobId_);
}

int SweepDialog::finishedCells() const {
    int n = 0;
    for (const auto& c : cells_) n += !c.isNull();
    return n;
}

void SweepDialog::scheduleRepaint() {
    if (!repaintTimer_->isActive()) repaintTimer_->start();
}

void SweepDialog::repaintGrid() {
    if (!running_plan_) return;
    std::vector<stipple::Image> images;
    for (int i = 0; i < cells_.size(); ++i) {
        const QImage& source = cells_[i].isNull() ? previews_[i] : cells_[i];
        // A preview is latent-sized: show it at the cell's size so the grid does not jump.
        const auto& request = running_plan_->cells[static_cast<size_t>(i)].request;
        QImage shown = source;
        if (!source.isNull() && cells_[i].isNull() && request.width > 0 && request.height > 0)
            shown = source.scaled(request.width, request.height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        images.push_back(from_qimage(shown));
    }
    const stipple::LabelledGrid grid = stipple::make_sweep_grid(*running_plan_, images);
    grid_ = to_qimage(grid.image);
    rects_.clear();
    for (const auto& r : grid.cells) rects_.emplace_back(r.x, r.y, r.width, r.height);
    QImage shown = grid_;
    if (selected_ >= 0 && selected_ < static_cast<int>(rects_.size())) {
        QPainter painter(&shown);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter.drawRect(rects_[static_cast<size_t>(selected_)].adjusted(1, 1, -2, -2));
    }
    gridLabel_->setPixmap(QPixmap::fromImage(shown));
    gridLabel_->resize(shown.size());
}

void SweepDialog::updateButtons() {
    startButton_->setEnabled(!running_ && plan().has_value() && (controller_->isModelLoaded() || controller_->isLoading()));
    abortButton_->setEnabled(running_);
    saveButton_->setEnabled(!running_ && finishedCells() > 0);
    const bool cellReady = selected_ >= 0 && selected_ < cells_.size() && !cells_[selected_].isNull();
    reuseButton_->setEnabled(cellReady);
    openButton_->setEnabled(cellReady);
    xKind_->setEnabled(!running_);
    yKind_->setEnabled(!running_);
    xValues_->setReadOnly(running_);
    yValues_->setReadOnly(running_);
    addModelButton_->setEnabled(!running_);
}

int SweepDialog::cellAt(const QPoint& pos) const {
    for (size_t i = 0; i < rects_.size(); ++i)
        if (rects_[i].contains(pos)) return static_cast<int>(i);
    return -1;
}

void SweepDialog::selectCell(int cell) {
    selected_ = cell;
    repaintGrid();
    updateButtons();
}

bool SweepDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == gridLabel_ && (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)) {
        const int cell = cellAt(static_cast<QMouseEvent*>(event)->position().toPoint());
        if (cell >= 0) {
            selectCell(cell);
            if (event->type() == QEvent::MouseButtonDblClick) openSelected();
        }
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

QString SweepDialog::cellParameters(int cell) const {
    if (!running_plan_ || cell < 0 || cell >= cells_.size() || cells_[cell].isNull()) return {};
    return parameters_[cell];
}

void SweepDialog::reuseSelected() {
    const QString parameters = cellParameters(selected_);
    if (!parameters.isEmpty()) Q_EMIT reuseParametersRequested(parameters);
}

void SweepDialog::openSelected() {
    if (selected_ < 0 || selected_ >= cells_.size() || cells_[selected_].isNull()) return;
    auto* view = new QDialog(this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowTitle(tr("Sweep cell %1").arg(selected_ + 1));
    auto* label = new QLabel;
    label->setPixmap(QPixmap::fromImage(cells_[selected_]));
    auto* text = new QLabel(cellParameters(selected_));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* reuse = close->addButton(tr("&Use these parameters"), QDialogButtonBox::ActionRole);
    connect(close, &QDialogButtonBox::rejected, view, &QDialog::close);
    connect(reuse, &QPushButton::clicked, this, &SweepDialog::reuseSelected);
    auto* layout = new QVBoxLayout(view);
    layout->addWidget(label, 1, Qt::AlignCenter);
    layout->addWidget(text);
    layout->addWidget(close);
    view->show();
}

bool SweepDialog::saveGrid(const QString& path, QString* error) {
    if (!running_plan_ || finishedCells() == 0) {
        if (error) *error = tr("No finished cells to save.");
        return false;
    }
    // Each cell's parameters as the worker wrote them when it finished: its model (a Model sweep
    // has several), sampler, LoRA and embedding hashes.
    std::vector<std::string> parameters;
    for (int i = 0; i < cells_.size(); ++i) parameters.push_back(cells_[i].isNull() ? std::string() : parameters_[i].toStdString());
    try {
        const SavedGrid grid = renderSavedGrid(*running_plan_, cells_);
        stipple::save_sweep_grid(path.toStdString(), *running_plan_, parameters, from_qimage(grid.image), grid.cells);
        return true;
    } catch (const std::exception& e) {
        if (error) *error = QString::fromUtf8(e.what());
        return false;
    }
}

void SweepDialog::saveGridDialog() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save sweep grid"), QStringLiteral("sweep.png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    QString error;
    status_->setText(saveGrid(path, &error) ? tr("Saved %1").arg(path) : tr("Could not save: %1").arg(error));
}

void SweepDialog::closeEvent(QCloseEvent* event) {
    abortSweep();
    QDialog::closeEvent(event);
}

}  // namespace stipple::ui
