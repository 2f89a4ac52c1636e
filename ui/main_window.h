// Stipple's main window: parameters panel (left), live preview (centre, dominant), gallery
// (bottom), error banner, menus and shortcuts. A view: generation, the queue and token counts are
// the GenerationController's, the history the HistoryRecorder's, preferences the Preferences'.
#pragma once

#include "generation_job.h"
#include "timeline_library.h"

#include <QList>
#include <QMainWindow>
#include <QStringList>

#include <memory>
#include <optional>

class QAction;
class QMenu;
class QSplitter;
class QTimer;

namespace stipple::ui {

struct ModelOverrides;

class ErrorBanner;
class GalleryModel;
class GalleryView;
class GenerationController;
class HistoryRecorder;
class LockstepCompare;
class ModelLibraryScanner;
class ModelPicker;
class ParametersPanel;
class PreviewPane;
class TimelineExporter;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    ParametersPanel* parameters() const { return parameters_; }
    PreviewPane* preview() const { return preview_; }
    GalleryView* gallery() const { return gallery_; }
    GalleryModel* galleryModel() const { return galleryModel_; }
    ErrorBanner* banner() const { return banner_; }
    GenerationController* controller() const { return controller_; }
    bool isModelLoaded() const;
    bool isBusy() const;
    int currentJobId() const;
    int queueLength() const;
    const ModelSummary& model() const;
    const TimelineLibrary& timelines() const { return timelines_; }
    // The model library picker (created by the first showModelLibrary()), null before.
    ModelPicker* modelPicker() const { return picker_; }
    ModelLibraryScanner* libraryScanner() const { return libraryScanner_; }
    // <dataDir>/models and the folders added to the library (preference models/libraryFolders).
    QStringList libraryFolders() const;

public Q_SLOTS:
    void openModel(const QString& path);
    void generate();                  // Ctrl+Enter; queues when busy
    void abortGeneration();           // Esc
    void finishNow();
    bool restoreFromImage(const QString& path);  // File > Open image… and drops
    void openImageDialog();
    void openModelFolderDialog();
    void openModelFileDialog();
    // Model ▸ VAE / Prediction type: remembered for the loaded model, which reloads with them.
    // false (and a message) when no model is loaded.
    bool setModelOverrides(const stipple::ui::ModelOverrides& overrides);
    // A .ckpt/.pt opened (File ▸ Open model file…, a drop): asks, then importCheckpoint().
    void offerCheckpointImport(const QString& checkpoint);
    // Converts it to .safetensors beside it off the GUI thread and opens the result; an earlier
    // conversion found there is opened at once. false when a conversion already runs.
    bool importCheckpoint(const QString& checkpoint);
    void chooseVaeFileDialog();
    void showSettings();
    void exportTimelineDialog();                 // File > Save step timeline… (Ctrl+Shift+E)
    void exportTimeline(const QString& path);    // .gif or .mp4, written off the GUI thread
    // Generate ▸ Vary this image: the image in the preview again, its seed `count` times with a
    // random variation seed each at `strength`, in one job. false (and a message) without one.
    bool vary(double strength, int count = 4);
    // The model library (main_window_library.cpp): shows the picker and rescans the folders in
    // the background; choosing an entry opens it, inserts its tag or sets it as the VAE.
    void showModelLibrary();
    void addLibraryFolder(const QString& folder);  // remembered, then rescanned
    // Generate ▸ Use as img2img source (Ctrl+Shift+I, also on the preview's context menu): the
    // image in the preview becomes the picture the next generation starts from.
    bool useShownImageForImg2Img();
    // "Upscale…" (gallery and preview context menus, Generate ▸ Upscale…, Ctrl+Shift+U): the dialog
    // for the image at `path` (upscale_dialog.h), open without blocking; accepting it queues
    // upscaleImage(). Null (and a message) when the image cannot be read.
    class UpscaleDialog* showUpscaleDialog(const QString& path);
    // Ctrl+Shift+U: the gallery's current image while the gallery has focus, else the image shown.
    void upscaleCurrentImage();
    // Queues an upscale of `path` by `upscaler` ("Lanczos", "Nearest" or a model file) at `scale`:
    // a job in the one queue, saved beside the day's images. Returns its job id (0: not queued).
    int upscaleImage(const QString& path, const QString& upscaler, double scale);
    // Classroom ▸ Lockstep compare (main_window_lockstep.cpp): the images at `paths` (2-4) side by
    // side on one step scrubber, from their stored timelines; a run without one can be re-run
    // (queued as a generation). Null (and a message) for fewer than 2 or more than 4.
    LockstepCompare* showLockstepCompare(const QStringList& paths);
    // The menu entry: the gallery's selection (2-4 images), else the newest results with a timeline.
    LockstepCompare* openLockstepCompare();

Q_SIGNALS:
    void modelReady(const stipple::ui::ModelSummary& model);
    void modelFailed(const QString& reason);
    void generationFinished(const stipple::ui::JobResult& result);
    void timelineExported(const QString& path, const QString& error);  // error empty: saved

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void buildModelMenu();
    // The Classroom menu (main_window_classroom.cpp): the teaching views, each a window of its own.
    void buildClassroomMenu();
    void updateModelMenu();
    void connectController();
    void openSweepDialog();
    void updateQueueView();
    void onFrames(const QList<PreviewFrame>& frames);
    void onJobStarted(const GenerationJob& job);
    void onJobFinished(const JobResult& result);
    void onModelLoaded(const ModelSummary& model);
    void onModelLoadFailed(const QString& path, const QString& reason);
    void requestTokenCount();
    void applyPreviewOptions();
    void showGalleryImage(qint64 id);
    void deleteImages(const QList<qint64>& ids);
    void compareImages(const QStringList& paths);
    void rememberModel(const QString& path);
    void buildModelPicker();
    // Recent models, newest first, and the built-in model (for the picker and the sweep's Model axis).
    QStringList pickerRecentModels() const;
    void rescanLibrary();
    void insertIntoPrompt(const QString& text);
    // A dropped LoRA or embedding is copied into the library's folder and named in the prompt, a VAE
    // becomes the model's; false for anything else (opened as a model).
    bool useDroppedWeightFile(const QString& path);
    // Makes `path` the loaded model's VAE (remembered per model; the model reloads with it).
    void useVaeForModel(const QString& path);
    void loadSettings();
    void saveSettings() const;
    void shutdown();

    ParametersPanel* parameters_;
    PreviewPane* preview_;
    GalleryModel* galleryModel_;
    GalleryView* gallery_;
    ErrorBanner* banner_;
    QMenu* modelMenu_ = nullptr;
    QMenu* classroomMenu_ = nullptr;
    class CheckpointImport* import_ = nullptr;
    QAction* ownVae_ = nullptr;
    QList<QAction*> predictionActions_;
    QSplitter* mainSplitter_;
    QSplitter* rightSplitter_;
    QTimer* tokenTimer_;

    GenerationController* controller_;
    std::unique_ptr<HistoryRecorder> history_;
    TimelineExporter* timelineExporter_;
    TimelineLibrary timelines_;  // step timelines of recent results, by image path

    // The image size follows each loaded model's native size until the user picks another one:
    // true on a first start (no saved size), then while the size equals the last model's native one.
    bool sizeFollowsModel_ = true;
    ModelSummary previousModel_;  // the model before the one loading now (its native size)
    // A failed load leaves no model (the service frees the old one first, so two never share the
    // RAM): the window then reopens the previous model, else the built-in one, once.
    QString reopening_;           // the model being reopened so ("" = none)
    QStringList recentModels_;
    ModelPicker* picker_ = nullptr;
    ModelLibraryScanner* libraryScanner_ = nullptr;
    bool shutDown_ = false;
    // Closed while a job or a load ran: the window is hidden at once and closes for good when the
    // worker is idle (the job stops before its next UNet call; a load cannot be cut short).
    bool closePending_ = false;
    void closeIfIdle();
    // The request of the image the preview shows (a result, a gallery image, an opened PNG), for Vary.
    std::optional<stipple::GenerationRequest> shownRequest_;
    QString shownPath_;  // the file of the image the preview shows ("" for none or an unsaved one)
};

}  // namespace stipple::ui
