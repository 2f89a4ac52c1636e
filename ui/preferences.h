// The app's preferences, typed: every settings key and its default exists once, here. A thin
// layer over QSettings (openSettings(): the platform's store, or an INI file in tests).
#pragma once

#include "common/generation_request.h"
#include "common/noise_source.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace stipple::ui {

template <typename T>
struct PreferenceKey {
    const char* name;
    T fallback;
};

namespace pref {
inline const PreferenceKey<QString> dtype{"runtime/dtype", QStringLiteral("auto")};  // "auto", "fp32", "bf16"
inline const PreferenceKey<int> threads{"runtime/threads", 0};                        // 0 = automatic
inline const PreferenceKey<QString> outputFolder{"output/folder", QString()};          // "" = <Pictures>/Stipple
inline const PreferenceKey<QString> language{"ui/language", QString()};                // "" = the system's
inline const PreferenceKey<bool> previewNoisy{"preview/noisy", false};
inline const PreferenceKey<int> previewSource{"preview/source", 0};                    // 0 latent->RGB, 1 TAESD
inline const PreferenceKey<int> fullVaeEvery{"preview/fullVaeEvery", 0};               // 0 = never
inline const PreferenceKey<QStringList> recentModels{"models/recent", QStringList()};
inline const PreferenceKey<QString> lastModel{"models/last", QString()};
// Folders the model library scans besides <dataDir>/models (e.g. an AUTOMATIC1111 models/ tree).
inline const PreferenceKey<QStringList> libraryFolders{"models/libraryFolders", QStringList()};
inline const PreferenceKey<QString> timelineFolder{"paths/timeline", QString()};       // "" = the output folder
inline const PreferenceKey<QByteArray> windowGeometry{"window/geometry", QByteArray()};
inline const PreferenceKey<QByteArray> windowState{"window/state", QByteArray()};
inline const PreferenceKey<QByteArray> mainSplitter{"window/mainSplitter", QByteArray()};
inline const PreferenceKey<QByteArray> rightSplitter{"window/rightSplitter", QByteArray()};
// Read through Preferences::noiseSource() / promptStyle(), which parse them.
inline const PreferenceKey<QString> noiseSource{"generation/noiseSource", QStringLiteral("CPU")};  // "CPU", "NV"
inline const PreferenceKey<QString> promptStyle{"generation/promptStyle", QStringLiteral("a1111")}; // "a1111", "diffusers"
}  // namespace pref

// The parameters panel as it was left, restored at the next start.
struct SavedParameters {
    QString prompt, negative, seed;
    bool seedLocked = false;
    int steps = 20;
    double cfg = 7.5;
    QString sampler;
    int width = 512, height = 512, count = 1;
    // The advanced seed section (A1111's "Extra"): variation seed ("" = none) and strength, seed
    // resize from (0 = off), ENSD, clip skip as A1111 counts it (1 = the last layer), open or not.
    QString variationSeed;
    double variationStrength = 0;
    int resizeFromWidth = 0, resizeFromHeight = 0;
    qint64 ensd = 0;
    int clipSkip = 1;
    QString emphasis = QStringLiteral("Original");  // A1111's emphasis mode name (stipple::emphasis_name)
    bool advancedOpen = false;
    // The guidance and steps the last model load set (its advice or the generic values): fields
    // still holding them were not chosen by the user, so the next model may replace them.
    double modelSetCfg = 7.5;
    int modelSetSteps = 20;
};

// Choices the user made for one model (Model menu), applied every time it loads.
struct ModelOverrides {
    QString vaePath;         // a separate VAE file; "" = the model's own
    QString predictionType;  // "epsilon", "v_prediction"; "" = detect
    bool operator==(const ModelOverrides& o) const { return vaePath == o.vaePath && predictionType == o.predictionType; }
};

class Preferences {
public:
    Preferences();

    template <typename T>
    T get(const PreferenceKey<T>& key) const {
        const QVariant v = settings_->value(QLatin1String(key.name));
        return v.isValid() ? v.template value<T>() : key.fallback;
    }
    template <typename T>
    void set(const PreferenceKey<T>& key, const T& value) {
        settings_->setValue(QLatin1String(key.name), QVariant::fromValue(value));
    }
    template <typename T>
    bool has(const PreferenceKey<T>& key) const {
        return settings_->contains(QLatin1String(key.name));
    }

    // Where generations draw their random numbers by default (Settings ▸ Random numbers): CPU or
    // NV (A1111's "GPU" on NVIDIA); an unreadable value is CPU.
    stipple::NoiseSource noiseSource() const;
    void setNoiseSource(stipple::NoiseSource source);
    // How prompts are read (Settings ▸ Prompt syntax): AUTOMATIC1111's (default) or as diffusers does.
    stipple::PromptStyle promptStyle() const;
    void setPromptStyle(stipple::PromptStyle style);

    // Absent on a first start (the panel then keeps its defaults and the model's size).
    std::optional<SavedParameters> parameters() const;
    void setParameters(const SavedParameters& p);

    // Remembered A1111 model hashes, by GenerationService's cache key (file, size, mtime).
    QString modelHash(const QString& key) const;
    void setModelHash(const QString& key, const QString& hash);

    // Per model path (Model ▸ VAE, Model ▸ Prediction type); defaults when never set.
    ModelOverrides modelOverrides(const QString& modelPath) const;
    void setModelOverrides(const QString& modelPath, const ModelOverrides& overrides);

private:
    std::unique_ptr<QSettings> settings_;
};

}  // namespace stipple::ui
