// Classroom ▸ Forward noising…: how noise is added in training. Pick an image (the one the main
// window shows, a file, or a Stipple Shapes scene drawn by the built-in renderer), drag t from 0 to
// T and see x_t = √ᾱ_t·x₀ + √(1−ᾱ_t)·ε as the model's four latent channels and decoded, with the
// model's own ᾱ / SNR plot underneath. The tensors are computed by NoisingTask on the generation
// worker (x₀ encoded once per image); while t is dragged only the latest t is computed: at most one
// job of this view is ever queued or running.
#pragma once

#include "generation_job.h"
#include "noising_task.h"

#include <QImage>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;

namespace stipple::ui {

class GenerationController;
class ImageView;
class SnrPlot;

class NoisingView : public QWidget {
    Q_OBJECT
public:
    explicit NoisingView(GenerationController* controller, QWidget* parent = nullptr);
    ~NoisingView() override;

    // Where "Image in the main window" comes from (the main window's preview).
    void setShownImageSource(std::function<QImage()> source);

    // The three sources of x₀; each returns false (and says why in the view) when there is no image.
    bool useShownImage();
    bool openImageFile(const QString& path);
    // A Stipple Shapes scene for `prompt` and `seed`, as `stipple-cli render-scene` draws it (the
    // loaded model's scenes.json, else the built-in model's).
    bool renderScene(const QString& prompt, quint64 seed);
    QImage sourceImage() const { return source_; }

    void setT(int t);
    int t() const;
    void setNoiseSeed(quint64 seed);
    quint64 noiseSeed() const;

    // What is shown now (the result of the latest finished computation).
    int shownT() const { return shownT_; }
    double shownAlphaBar() const { return shownAlphaBar_; }
    QImage decodedImage() const { return decoded_; }
    QList<QImage> channelImages() const { return channels_; }
    // x_t of the shown result [1, C, h, w] row-major, with its shape.
    const std::vector<float>& shownLatent() const { return latent_; }
    QList<int> shownLatentShape() const { return latentShape_; }

    // Jobs this view has queued since it was made, and whether one is queued or running now.
    int jobsQueued() const { return jobsQueued_; }
    bool isComputing() const { return jobId_ != 0; }

    QSlider* tSlider() const { return tSlider_; }
    SnrPlot* snrPlot() const { return plot_; }

Q_SIGNALS:
    // A computation finished and is shown (or failed: `error` says why).
    void resultShown(int t, const QString& error);

private:
    void setSource(const QImage& image, const QString& caption);
    void onModelLoaded(const ModelSummary& model);
    void onJobFinished(const JobResult& result);
    void requestUpdate();  // the latest settings replace any not yet started
    void dispatch();
    NoisingRequest currentRequest() const;
    void updateFormula();
    void updateRevealState();
    QString sceneVocabPath() const;

    GenerationController* controller_;
    std::function<QImage()> shownImage_;
    std::shared_ptr<NoisingCache> cache_;
    std::shared_ptr<NoisingTask> task_;  // the one in flight
    int jobId_ = 0;
    bool pending_ = false;               // settings changed since task_ was queued
    int jobsQueued_ = 0;
    int imageSerial_ = 0;
    QImage source_;
    QList<double> alphas_;               // the loaded model's alphas_cumprod

    QComboBox* sourceBox_;
    QLineEdit* scenePrompt_;
    QSpinBox* sceneSeed_;
    QPushButton* sourceButton_;
    ImageView* x0View_;
    ImageView* xtView_;
    ImageView* channelView_;
    QSlider* tSlider_;
    QSpinBox* tBox_;
    QSpinBox* seedBox_;
    QComboBox* decodeBox_;
    QCheckBox* predictFirst_;
    QPushButton* reveal_;
    QLabel* formula_;
    QLabel* status_;
    SnrPlot* plot_;

    int shownT_ = -1;
    double shownAlphaBar_ = 0;
    QImage decoded_;
    QList<QImage> channels_;
    std::vector<float> latent_;
    QList<int> latentShape_;
    bool revealed_ = true;
};

}  // namespace stipple::ui
