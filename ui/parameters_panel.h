// The parameters region: model picker, prompt and negative prompt with token counts (and where
// AUTOMATIC1111's chunks break), seed (any unsigned 64-bit value, randomize, lock), steps, CFG,
// sampler, size with presets, image count, an advanced seed section (variation seed and strength,
// seed resize, random-number source, ENSD, clip skip), what a restored image's parameters cannot
// reproduce, Generate / Abort / Finish now and the queue of waiting requests.
#pragma once

#include "image/request_infotext.h"
#include "common/generation_request.h"
#include "generation_job.h"
#include "preferences.h"
#include "token_counter.h"

#include <QSpinBox>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QToolButton;

namespace stipple::ui {

class InitImagePanel;
class FaceDetailPanel;
class HiresFixPanel;
class SeedEdit;
class TokenChipsView;

// An image's A1111 parameters as a request, as the panel restores them. An infotext without `RNG`
// but not written by Stipple is AUTOMATIC1111's (or Forge's) default "GPU" source: it writes the
// key only for other sources, so the request gets NV and `rngAssumed` is set. Stipple omits `RNG`
// for its own default, CPU, and writes "Version: stipple-…", so its images keep CPU.
stipple::RestoredRequest restoreInfotext(const QString& parameters, bool* rngAssumed = nullptr);

// A spin box that only holds multiples of 8 (latent sizes are 1/8 of the image).
class SizeSpinBox : public QSpinBox {
    Q_OBJECT
public:
    explicit SizeSpinBox(QWidget* parent = nullptr);
protected:
    QValidator::State validate(QString& text, int& pos) const override;
    void fixup(QString& input) const override;
};

class ParametersPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParametersPanel(QWidget* parent = nullptr);

    // The request for the current fields; draws a new seed first when the seed is not locked.
    // nullopt with `problem` set when a field is invalid (e.g. the seed).
    // With an unlocked seed a new random one is drawn: shown in the seed field when `showNewSeed`,
    // else used for this request only (a sweep leaves the window's seed alone).
    std::optional<stipple::GenerationRequest> buildRequest(QString* problem, bool showNewSeed = true);
    // Fills the fields from a restored infotext; shows keys Stipple does not use.
    // Fields from an image's A1111 parameters (a dropped PNG, a gallery image, a sweep cell);
    // what Stipple does not use is listed under the fields.
    // The fields Stipple reproduces are set; what it cannot (another model, a hires pass,
    // extensions' keys, unknown keys) is listed in restoreReport().
    void applyInfotext(const QString& parameters);
    void applyRestored(const stipple::RestoredRequest& restored, bool rngAssumed = false);
    // A newly loaded model's defaults: its native size when `followSize` (the user did not pick a
    // size of their own), for few-step distilled models (Turbo) 1 step, no guidance and their
    // sampler, and the example prompts of a model with a closed vocabulary (the built-in one).
    // Guidance and steps follow the model (its recommendation, 1 step and no guidance for Turbo,
    // else 7.5 and 20) unless the user changed them since the last model set them. Returns a
    // description of the guidance and steps it set ("guidance 5, 20 steps"), "" when it kept them.
    QString applyModelDefaults(const ModelSummary& model, bool followSize);
    void setSeed(quint64 seed, bool lock);
    void setSize(int width, int height);

    enum class ModelState { None, Loading, Loaded, Failed };
    void setModelState(ModelState state, const QString& text);
    // The model picker: the built-in model first (when installed), then recent models.
    // Shows the model in use ("" = none); its button opens the library (modelLibraryRequested).
    void setCurrentModel(const QString& path);
    void setBuiltinModel(const QString& path) { builtinModel_ = path; }
    // Token counts, the text the encoder's limit cuts off and unknown words, shown under each
    // prompt; PromptReading{} = unknown (no model, or a new one loading).
    void setPromptReadings(const stipple::ui::PromptReading& prompt, const stipple::ui::PromptReading& negative);
    void setGenerating(bool generating, bool aborting = false);
    void setQueue(const QStringList& items);

    // Generate / Abort / Finish now, for the caller to place outside the panel's scroll area; the
    // panel keeps driving the buttons. The caller owns the widget.
    QWidget* takeActionBar();

    SavedParameters savedState() const;
    void restoreSaved(const SavedParameters& saved);
    // The model's prompt-length limit for the counters (75 for CLIP, the encoder's for others).
    void setTokenLimit(int limit);
    // From the preferences: how prompts are read (the counter shows chunks for A1111, the ignored
    // tail for Diffusers), and the random-number source a request uses until an opened image or
    // the user picks another.
    void setPromptStyle(stipple::PromptStyle style);
    stipple::PromptStyle promptStyle() const { return promptStyle_; }
    void setNoiseSource(stipple::NoiseSource source);
    stipple::NoiseSource noiseSource() const;
    void setAdvancedOpen(bool open);

    // For tests and the main window.
    SeedEdit* seedEdit() const { return seed_; }
    QPlainTextEdit* promptEdit() const { return prompt_; }
    QPlainTextEdit* negativeEdit() const { return negative_; }
    QSpinBox* stepsBox() const { return steps_; }
    QDoubleSpinBox* cfgBox() const { return cfg_; }
    QComboBox* samplerBox() const { return sampler_; }
    QSpinBox* widthBox() const { return width_; }
    QSpinBox* heightBox() const { return height_; }
    QSpinBox* countBox() const { return count_; }
    QCheckBox* lockButton() const { return lock_; }
    QPushButton* generateButton() const { return generate_; }
    QPushButton* abortButton() const { return abort_; }
    QPushButton* finishButton() const { return finish_; }
    QListWidget* queueList() const { return queue_; }
    QLabel* extraLabel() const { return extra_; }
    QLabel* promptNotice() const { return promptNotice_; }
    QLabel* negativeNotice() const { return negativeNotice_; }
    QLabel* promptTokensLabel() const { return promptTokens_; }
    QToolButton* examplesButton() const { return examples_; }
    QCheckBox* finishAtStepBox() const { return finishAt_; }
    QLabel* promptChunksLabel() const { return promptChunks_; }
    // The prompt as token chips under the prompt box (Classroom ▸ Tokens under the prompt); hidden
    // until shown.
    TokenChipsView* promptTokenStrip() const { return promptStrip_; }
    void setTokenStripVisible(bool visible);
    QLabel* negativeChunksLabel() const { return negativeChunks_; }
    QLabel* restoreReport() const { return extra_; }
    QToolButton* advancedButton() const { return advancedButton_; }
    QWidget* advancedSection() const { return advanced_; }
    // img2img: the picture to start from, strength and resize mode (issue 18).
    InitImagePanel* initImagePanel() const { return initImage_; }
    HiresFixPanel* hiresPanel() const { return hires_; }
    FaceDetailPanel* faceDetailPanel() const { return faceDetail_; }
    QToolButton* initImageButton() const { return initImageButton_; }
    void setInitImageOpen(bool open);
    SeedEdit* variationSeedEdit() const { return variationSeed_; }
    QDoubleSpinBox* variationStrengthBox() const { return variationStrength_; }
    QSpinBox* resizeFromWidthBox() const { return resizeWidth_; }
    QSpinBox* resizeFromHeightBox() const { return resizeHeight_; }
    QComboBox* noiseSourceBox() const { return noiseSource_; }
    QLabel* noiseSourceNote() const { return noiseNote_; }
    QLabel* promptStyleNote() const { return styleNote_; }
    QSpinBox* ensdBox() const { return ensd_; }
    QComboBox* sdeNoiseBox() const { return sdeNoise_; }
    QSpinBox* clipSkipBox() const { return clipSkip_; }
    QComboBox* emphasisBox() const { return emphasis_; }
    QSpinBox* deepCacheBox() const { return deepCache_; }
    QString promptText() const;
    QString negativeText() const;

Q_SIGNALS:
    void generateRequested();
    void abortRequested();
    void finishNowRequested();
    void openModelFolderRequested();
    void openModelFileRequested();
    void modelLibraryRequested();  // the searchable library picker (model_picker.h)
    void promptsEdited();
    void removeQueuedRequested(int row);

private:
    QWidget* buildModelSection();
    QWidget* buildAdvancedSection();
    void showReadings();
    void updateRestoreReport();
    void updateSeedProblem(const QString& problem);
    void setExamplePrompts(const QStringList& examples);

    QToolButton* model_;  // the current model; opens the library picker
    QToolButton* modelOpen_;
    QLabel* modelStatus_;
    QProgressBar* modelBusy_;
    QPlainTextEdit* prompt_;
    QPlainTextEdit* negative_;
    QLabel* promptTokens_;
    QLabel* negativeTokens_;
    QLabel* promptNotice_;
    QLabel* negativeNotice_;
    QToolButton* examples_;
    QCheckBox* finishAt_;
    int finishAtStep_ = 0;
    SeedEdit* seed_;
    QToolButton* randomize_;
    QCheckBox* lock_;
    QLabel* seedProblem_;
    QSpinBox* steps_;
    QString builtinModel_;
    QDoubleSpinBox* cfg_;
    QComboBox* sampler_;
    SizeSpinBox* width_;
    SizeSpinBox* height_;
    QComboBox* preset_;
    QSpinBox* count_;
    QLabel* extra_;
    QWidget* actionBar_;
    QPushButton* generate_;
    QPushButton* abort_;
    QPushButton* finish_;
    QLabel* queueTitle_;
    QListWidget* queue_;
    QPushButton* removeQueued_;
    bool settingModel_ = false;
    int tokenLimit_ = 75;
    stipple::PromptStyle promptStyle_ = stipple::PromptStyle::A1111;
    PromptReading promptReading_, negativeReading_;
    QLabel* promptChunks_;
    TokenChipsView* promptStrip_;
    QWidget* promptStripArea_;  // its scroll area: a few rows high however long the prompt
    QLabel* negativeChunks_;
    QToolButton* advancedButton_;
    QWidget* advanced_;
    QToolButton* initImageButton_;
    InitImagePanel* initImage_;
    HiresFixPanel* hires_;  // the hires fix (txt2img only)
    FaceDetailPanel* faceDetail_;  // the face detailer (after any generation)
    SeedEdit* variationSeed_;
    QToolButton* variationRandomize_;
    QDoubleSpinBox* variationStrength_;
    QSpinBox* resizeWidth_;
    QSpinBox* resizeHeight_;
    QComboBox* noiseSource_;
    QLabel* noiseNote_;
    QLabel* styleNote_ = nullptr;  // shown when a restored image read its prompt as written (diffusers style)
    QSpinBox* ensd_;
    QComboBox* sdeNoise_;  // GenerationRequest::sde_noise: diffusers' per-step draws or A1111's Brownian tree
    QSpinBox* clipSkip_;
    QComboBox* emphasis_;
    QSpinBox* deepCache_;  // GenerationRequest::deep_cache_interval; 1 shows "Off" (sent as 0)
    // The loaded model, and what the last restored image asked for that is not reproduced: kept so
    // the list is redone when another model loads.
    QString loadedModelName_, loadedModelHash_;
    // The guidance and steps the last model load set (before any: the app's defaults). Any other
    // value in the fields is the user's own choice, which the next model load keeps.
    double modelSetCfg_ = SavedParameters{}.cfg;
    int modelSetSteps_ = SavedParameters{}.steps;
    bool restored_ = false;
    QString restoredModelName_, restoredModelHash_;
    QString restoredVae_, loadedVae_;  // "VAE" of the restored image / the loaded model's VAE file ("" = its own)
    QStringList restoredGaps_;
};

}  // namespace stipple::ui
