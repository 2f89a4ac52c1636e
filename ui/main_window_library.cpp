// The main window's model library (see main_window.h): the picker, its background scan and what
// choosing an entry does. Kept out of main_window.cpp, which holds the menus and generation.
#include "main_window.h"

#include "app_paths.h"
#include "error_banner.h"
#include "generation_controller.h"
#include "hires_fix_panel.h"
#include "history_recorder.h"
#include "model_library_scanner.h"
#include "model_picker.h"
#include "parameters_panel.h"
#include "preferences.h"
#include "upscaler_model_items.h"

#include "io/model_hash_cache.h"
#include "io/model_library.h"
#include "pipeline/resource_paths.h"

#include <QDir>
#include <QThread>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTextCursor>

#include <memory>

namespace stipple::ui {

namespace {
// Thumbnails are looked up (one indexed history query each) for this many checkpoints at most.
constexpr int kMaxThumbnailLookups = 64;
}  // namespace

QStringList MainWindow::libraryFolders() const {
    QStringList folders{modelsDir()};
    for (const QString& f : Preferences().get(pref::libraryFolders))
        if (!f.isEmpty() && !folders.contains(f)) folders << f;
    return folders;
}

QStringList MainWindow::pickerRecentModels() const {
    // The built-in model stays one click away even when it was never opened by hand.
    QStringList recent = recentModels_;
    const QString builtin = QString::fromStdString(stipple::builtin_model_dir());
    if (!recent.contains(builtin) && QFileInfo::exists(builtin + QStringLiteral("/model_index.json"))) recent << builtin;
    return recent;
}

void MainWindow::buildModelPicker() {
    picker_ = new ModelPicker(this);
    libraryScanner_ = new ModelLibraryScanner(this);
    picker_->setRecentModels(pickerRecentModels());
    connect(libraryScanner_, &ModelLibraryScanner::entriesFound, picker_, &ModelPicker::addEntries);
    connect(libraryScanner_, &ModelLibraryScanner::hashesFound, picker_, &ModelPicker::setHashes);
    connect(libraryScanner_, &ModelLibraryScanner::scanFinished, this, [this](int entries, int skipped, qint64 ms) {
        picker_->setStatus(skipped ? tr("%1 files in %2 folders, %3 skipped (unreadable)").arg(entries).arg(libraryFolders().size()).arg(skipped)
                                   : tr("%1 files in %2 folders").arg(entries).arg(libraryFolders().size()));
        // The newest image made with each checkpoint as its picture.
        int lookups = 0;
        for (int row = 0; row < picker_->visibleCount() && lookups < kMaxThumbnailLookups; ++row) {
            const QString path = picker_->visiblePath(row);
            const QFileInfo info(path);
            if (!info.isDir() && info.suffix().compare(QLatin1String("safetensors"), Qt::CaseInsensitive) != 0) continue;
            ++lookups;
            const QImage thumb = history_->newestThumbnail(info.isDir() ? info.fileName() : info.completeBaseName());
            if (!thumb.isNull()) picker_->setThumbnail(path, QIcon(QPixmap::fromImage(thumb)));
        }
    });
    connect(picker_, &ModelPicker::checkpointChosen, this, &MainWindow::openModel);
    connect(picker_, &ModelPicker::loraChosen, this, [this](const QString& name, const QString&) {
        insertIntoPrompt(QStringLiteral("<lora:%1:1>").arg(name));
    });
    connect(picker_, &ModelPicker::embeddingChosen, this, [this](const QString& name, const QString&) {
        insertIntoPrompt(name);
    });
    connect(picker_, &ModelPicker::vaeChosen, this, &MainWindow::useVaeForModel);
    connect(picker_, &ModelPicker::rescanRequested, this, &MainWindow::rescanLibrary);
    connect(picker_, &ModelPicker::addFolderRequested, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(picker_, tr("Add a models folder"));
        if (!folder.isEmpty()) addLibraryFolder(folder);
    });
}

void MainWindow::rescanLibrary() {
    if (!picker_) buildModelPicker();
    picker_->clear();
    picker_->setStatus(tr("Looking for models…"));
    parameters_->hiresPanel()->setUpscalerFolders(upscalerModelFolders(libraryFolders()));
    libraryScanner_->start(libraryFolders(), QDir(dataDir()).filePath(QStringLiteral("model-hashes.json")));
}

void MainWindow::showModelLibrary() {
    if (!picker_) {
        buildModelPicker();
        rescanLibrary();
    } else if (!libraryScanner_->isRunning()) {
        rescanLibrary();  // files may have been added since; hashes come from the cache
    }
    picker_->show();
    picker_->raise();
    picker_->activateWindow();
    picker_->filterEdit()->setFocus();
    picker_->filterEdit()->selectAll();
}

void MainWindow::addLibraryFolder(const QString& folder) {
    Preferences prefs;
    QStringList folders = prefs.get(pref::libraryFolders);
    const QString clean = QDir::cleanPath(folder);
    if (!folders.contains(clean)) folders << clean;
    prefs.set(pref::libraryFolders, folders);
    rescanLibrary();
}

namespace {
// Copies `source` into `folder` under its own name through a temporary name and a rename, so a
// crash leaves no half file under the real name. "" on success; an existing file of the same
// size counts as already there; one of another size is never replaced.
QString copyIntoFolder(const QString& source, const QString& folder) {
    if (!QDir().mkpath(folder)) return QObject::tr("Cannot create the folder %1").arg(folder);
    const QFileInfo from(source);
    const QString target = QDir(folder).filePath(from.fileName());
    const QFileInfo existing(target);
    if (existing.exists()) {
        if (existing.size() == from.size()) return {};
        return QObject::tr("A different file named %1 is already in %2; rename one of them.").arg(from.fileName(), folder);
    }
    const QString temporary = QDir(folder).filePath(QStringLiteral(".stipple-tmp-copy-") + from.fileName());
    QFile::remove(temporary);
    if (!QFile::copy(source, temporary)) {
        QFile::remove(temporary);
        return QObject::tr("Cannot copy %1 into %2 (is the disk full?)").arg(from.fileName(), folder);
    }
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return QObject::tr("Cannot copy %1 into %2").arg(from.fileName(), folder);
    }
    return {};
}
}  // namespace

void MainWindow::useVaeForModel(const QString& path) {
    if (!isModelLoaded()) {
        setModelOverrides({});  // says why nothing happens
        return;
    }
    ModelOverrides o = Preferences().modelOverrides(model().path);
    o.vaePath = path;
    if (setModelOverrides(o)) statusBar()->showMessage(tr("VAE %1 chosen for this model").arg(QFileInfo(path).fileName()), 5000);
}

bool MainWindow::useDroppedWeightFile(const QString& path) {
    stipple::ModelLibraryEntry entry;
    try {
        entry = stipple::classify_model_file(QFile::encodeName(path).toStdString());  // the header only
    } catch (const std::exception&) {
        return false;  // opened as a model, whose error names the problem
    }
    const QString name = QString::fromStdString(entry.name);
    if (entry.kind == stipple::ModelKind::Vae) {
        useVaeForModel(path);
        return true;
    }
    if (entry.kind != stipple::ModelKind::Lora && entry.kind != stipple::ModelKind::Embedding) return false;
    const bool lora = entry.kind == stipple::ModelKind::Lora;
    const QString folder = lora ? loraDir() : embeddingsDir();
    const QString text = lora ? QStringLiteral("<lora:%1:1>").arg(name) : name;
    if (QDir::cleanPath(QFileInfo(path).absolutePath()) == QDir::cleanPath(folder)) {
        insertIntoPrompt(text);  // already where Stipple looks
        return true;
    }
    // LoRAs and embeddings are looked up in the library's folders: the file is copied there (on a
    // pool thread: a LoRA can be hundreds of MB), then used. An embedding is read when the model
    // loads, so the model is reloaded after.
    statusBar()->showMessage(tr("Copying %1 into %2…").arg(QFileInfo(path).fileName(), folder));
    auto problem = std::make_shared<QString>();
    QThread* copier = QThread::create([problem, path, folder] { *problem = copyIntoFolder(path, folder); });
    connect(copier, &QThread::finished, copier, &QObject::deleteLater);
    connect(copier, &QThread::finished, this, [this, problem, text, lora] {
        if (!problem->isEmpty()) {
            banner_->showError(tr("Cannot use the dropped file"), *problem);
            return;
        }
        insertIntoPrompt(text);
        statusBar()->showMessage(tr("%1 is now in the library").arg(text), 6000);
        if (!lora && isModelLoaded()) openModel(model().path);  // embeddings are read when the model loads
    });
    copier->start();
    return true;
}

void MainWindow::insertIntoPrompt(const QString& text) {
    QPlainTextEdit* prompt = parameters_->promptEdit();
    QTextCursor cursor = prompt->textCursor();
    // A1111's picker appends with a separating space; a tag already there is not added twice.
    if (prompt->toPlainText().contains(text)) {
        statusBar()->showMessage(tr("%1 is already in the prompt").arg(text), 4000);
        return;
    }
    const QString before = prompt->toPlainText().left(cursor.position());
    cursor.insertText((before.isEmpty() || before.endsWith(QLatin1Char(' ')) ? QString() : QStringLiteral(" ")) + text);
    prompt->setTextCursor(cursor);
    statusBar()->showMessage(tr("Added %1 to the prompt").arg(text), 4000);
}

}  // namespace stipple::ui
