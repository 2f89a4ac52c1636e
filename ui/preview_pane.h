// The preview region: the live x0 estimate (or x_t) of the running job with step, speed, elapsed
// time and ETA; a timeline slider over every step's preview; and the large view of a chosen result.
#pragma once

#include "generation_job.h"
#include "timeline_export.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QSlider;
class QSpinBox;
class QTimer;
class QToolButton;

namespace stipple::ui {

class ImageView;
class SnrPlot;

class PreviewPane : public QWidget {
    Q_OBJECT
public:
    explicit PreviewPane(QWidget* parent = nullptr);

    void startJob(int jobId, int totalSteps);
    void addFrames(const QList<PreviewFrame>& frames);  // keeps all, shows the newest unless scrubbing
    void finishJob(const QImage& result, double seconds, const QString& caption);
    void stopJob(const QString& message);              // aborted or failed: keep the frames, say why
    void showAborting();
    // An upscale: `source` stays shown while the progress counts tiles (s/tile, ETA); its frames
    // (PreviewFrame::tiles) carry no image. finishJob / stopJob end it as they end a generation.
    void startUpscale(int jobId, const QImage& source, const QString& caption);
    void addTileFrames(const QList<PreviewFrame>& frames);
    void showImage(const QImage& image, const QString& caption);
    // A kept result with its step timeline (from the TimelineLibrary), scrubbable and exportable.
    void showTimeline(const QList<TimelineFrame>& steps, const QImage& result, const QString& caption);
    // The step frames of image `index` of the shown batch, cut out of the batch tiles (no result frame).
    QList<TimelineFrame> stepFrames(int index) const;
    // Replays the shown timeline from its first step, one frame per `frameMs` (for a class:
    // twenty steps of a small model flash by in under a second live). Stops at the result.
    void play(int frameMs = 250);
    void stopPlaying();
    bool isPlaying() const;
    QToolButton* playButton() const { return play_; }

    int timelineLength() const { return static_cast<int>(timeline_.size()); }
    QList<int> timelineSteps() const;  // the step of every kept preview; 0 for the final result
    QList<TimelineFrame> timelineFrames() const;  // every kept preview and the result, labelled
    int lastStepShown() const { return lastStep_; }
    QImage currentImage() const;
    ImageView* imageView() const { return view_; }
    QSlider* timelineSlider() const { return slider_; }
    // The loaded model's noise schedule under the timeline, with a tick where each step of the shown
    // run sits (its timestep) and the shown step marked; hidden by its toggle on the timeline row.
    SnrPlot* snrPlot() const { return snr_; }
    QToolButton* snrToggle() const { return snrToggle_; }
    void setNoiseSchedule(const QList<double>& alphasCumprod);  // ModelSummary::alphasCumprod

    // Preview options (persisted by the main window).
    bool showNoisy() const;
    void setShowNoisy(bool noisy);
    int previewSource() const;  // 0 latent->RGB, 1 TAESD
    void setPreviewSource(int source);
    int fullVaeEvery() const;
    void setFullVaeEvery(int steps);
    void setTaesdAvailable(bool available);
    // The model's fast preview is its full VAE (cheap for small models): named so in the menu.
    void setFastPreviewUsesVae(bool vae);

Q_SIGNALS:
    void previewOptionsChanged();
    void frameShown(int step, int total);

private:
    struct Entry {
        QImage image;
        QString label;
        int step = 0;
        int batch = 1;    // images tiled in `image`
        QSize cellSize;   // the size of each
        double timestep = -1;  // the sampler's model timestep of the step (-1: unknown, or the result)
    };
    void setTimeline(const QList<Entry>& entries);
    void showEntry(int index);
    void updateProgress(const PreviewFrame& frame);
    void updateSnrSteps();  // the plot's ticks from timeline_ and its marks from the shown entry

    ImageView* view_;
    QLabel* caption_;
    QSlider* slider_;
    QLabel* sliderLabel_;
    QProgressBar* progress_;
    QLabel* timing_;
    QComboBox* show_;
    QComboBox* source_;
    QSpinBox* vaeEvery_;
    QToolButton* play_;
    QTimer* playTimer_;
    SnrPlot* snr_;
    QToolButton* snrToggle_;
    QList<Entry> timeline_;
    int jobId_ = 0;
    int lastStep_ = 0;
    bool followLive_ = true;
    bool settingSlider_ = false;
};

}  // namespace stipple::ui
