// Stipple's main window: parameters panel (left), live preview (centre, dominant), gallery
// (bottom), error banner, menus and shortcuts. Owns the generation worker thread, the token
// counter thread, the request queue and the history store, and persists settings.
#pragma once

#include "generation_job.h"

#include <QList>
#include <QMainWindow>
#include <QStringList>

#include <memory>

class QSplitter;
class QThread;
class QTimer;

namespace stipple::ui {

class ErrorBanner;
class GalleryModel;
class GalleryView;
class GenerationWorker;
class HistoryStore;
class ParametersPanel;
class PreviewPane;
class TokenCounter;

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
    bool isModelLoaded() const { return modelLoaded_; }
    bool isBusy() const { return currentJob_ != 0; }
    int currentJobId() const { return currentJob_; }
    int queueLength() const { return static_cast<int>(queue_.size()); }
    const ModelSummary& model() const { return model_; }

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
    void connectWorker();
    void dispatchNext();
    void updateQueueView();
    void onFramesAvailable();
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

    QThread* workerThread_;
    GenerationWorker* worker_;
    QThread* tokenThread_;
    QThread* exportThread_ = nullptr;  // a timeline being written
    TokenCounter* tokenCounter_;
    std::unique_ptr<HistoryStore> history_;

    QList<GenerationJob> queue_;
    int currentJob_ = 0;
    int nextJobId_ = 1;
    bool aborting_ = false;
    bool loading_ = false;
    bool modelLoaded_ = false;
    // The image size follows each loaded model's native size until the user picks another one:
    // true on a first start (no saved size), then while the size equals the last model's native one.
    bool sizeFollowsModel_ = true;
    bool tokenizerReady_ = false;
    int tokenSerial_ = 0;
    ModelSummary model_;
    QStringList recentModels_;
    bool shutDown_ = false;
};

}  // namespace stipple::ui
