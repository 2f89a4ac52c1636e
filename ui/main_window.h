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

class QSplitter;
class QTimer;

namespace stipple::ui {

class ErrorBanner;
class GalleryModel;
class GalleryView;
class GenerationController;
class HistoryRecorder;
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

public Q_SLOTS:
    void openModel(const QString& path);
    void generate();                  // Ctrl+Enter; queues when busy
    void abortGeneration();           // Esc
    void finishNow();
    bool restoreFromImage(const QString& path);  // File > Open image… and drops
    void openImageDialog();
    void openModelFolderDialog();
    void openModelFileDialog();
    void showSettings();
    void exportTimelineDialog();                 // File > Save step timeline… (Ctrl+Shift+E)
    void exportTimeline(const QString& path);    // .gif or .mp4, written off the GUI thread
    // Generate ▸ Vary this image: the image in the preview again, its seed `count` times with a
    // random variation seed each at `strength`, in one job. false (and a message) without one.
    bool vary(double strength, int count = 4);

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
    void loadSettings();
    void saveSettings() const;
    void shutdown();

    ParametersPanel* parameters_;
    PreviewPane* preview_;
    GalleryModel* galleryModel_;
    GalleryView* gallery_;
    ErrorBanner* banner_;
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
    bool shutDown_ = false;
    // Closed while a job or a load ran: the window is hidden at once and closes for good when the
    // worker is idle (the job stops before its next UNet call; a load cannot be cut short).
    bool closePending_ = false;
    void closeIfIdle();
    // The request of the image the preview shows (a result, a gallery image, an opened PNG), for Vary.
    std::optional<stipple::GenerationRequest> shownRequest_;
};

}  // namespace stipple::ui
