#include "preferences.h"

#include "app_paths.h"

#include <QCryptographicHash>

#include <algorithm>

namespace stipple::ui {

namespace {
const QString kParameters = QStringLiteral("parameters/");
const QString kModelHashes = QStringLiteral("modelHashes/");
const QString kModelOverrides = QStringLiteral("modelOverrides/");

QString pathId(const QString& path) {
    return QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
}
}  // namespace

Preferences::Preferences() : settings_(openSettings()) {}

std::optional<SavedParameters> Preferences::parameters() const {
    const auto v = [this](const char* key) { return settings_->value(kParameters + QLatin1String(key)); };
    if (!v("steps").isValid()) return std::nullopt;
    SavedParameters p;
    p.prompt = v("prompt").toString();
    p.negative = v("negative").toString();
    p.seed = v("seed").toString();
    p.seedLocked = v("seedLocked").toBool();
    p.steps = v("steps").toInt();
    p.cfg = v("cfg").toDouble();
    p.sampler = v("sampler").toString();
    p.width = v("width").toInt();
    p.height = v("height").toInt();
    p.count = std::max(1, v("count").toInt());
    p.variationSeed = v("variationSeed").toString();
    p.variationStrength = std::clamp(v("variationStrength").toDouble(), 0.0, 1.0);
    p.resizeFromWidth = v("resizeFromWidth").toInt();
    p.resizeFromHeight = v("resizeFromHeight").toInt();
    p.ensd = v("ensd").toLongLong();
    p.clipSkip = v("clipSkip").isValid() ? std::max(1, v("clipSkip").toInt()) : 1;
    if (v("emphasis").isValid()) p.emphasis = v("emphasis").toString();
    p.advancedOpen = v("advancedOpen").toBool();
    if (v("modelSetCfg").isValid()) p.modelSetCfg = v("modelSetCfg").toDouble();
    if (v("modelSetSteps").isValid()) p.modelSetSteps = v("modelSetSteps").toInt();
    return p;
}

void Preferences::setParameters(const SavedParameters& p) {
    const auto set = [this](const char* key, const QVariant& value) { settings_->setValue(kParameters + QLatin1String(key), value); };
    set("prompt", p.prompt);
    set("negative", p.negative);
    set("seed", p.seed);
    set("seedLocked", p.seedLocked);
    set("steps", p.steps);
    set("cfg", p.cfg);
    set("sampler", p.sampler);
    set("width", p.width);
    set("height", p.height);
    set("count", p.count);
    set("variationSeed", p.variationSeed);
    set("variationStrength", p.variationStrength);
    set("resizeFromWidth", p.resizeFromWidth);
    set("resizeFromHeight", p.resizeFromHeight);
    set("ensd", p.ensd);
    set("clipSkip", p.clipSkip);
    set("emphasis", p.emphasis);
    set("advancedOpen", p.advancedOpen);
    set("modelSetCfg", p.modelSetCfg);
    set("modelSetSteps", p.modelSetSteps);
}

stipple::NoiseSource Preferences::noiseSource() const {
    try {
        return stipple::parse_noise_source(get(pref::noiseSource).toStdString());
    } catch (const std::exception&) {
        return stipple::NoiseSource::CPU;
    }
}

void Preferences::setNoiseSource(stipple::NoiseSource source) {
    set(pref::noiseSource, QString::fromLatin1(stipple::noise_source_name(source)));
}

stipple::PromptStyle Preferences::promptStyle() const {
    return get(pref::promptStyle) == QLatin1String("diffusers") ? stipple::PromptStyle::Diffusers
                                                                : stipple::PromptStyle::A1111;
}

void Preferences::setPromptStyle(stipple::PromptStyle style) {
    set(pref::promptStyle, style == stipple::PromptStyle::Diffusers ? QStringLiteral("diffusers") : QStringLiteral("a1111"));
}

// Keys are hashed: a file path may hold characters QSettings treats as separators.
QString Preferences::modelHash(const QString& key) const {
    const QByteArray id = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return settings_->value(kModelHashes + QString::fromLatin1(id)).toString();
}

void Preferences::setModelHash(const QString& key, const QString& hash) {
    const QByteArray id = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    settings_->setValue(kModelHashes + QString::fromLatin1(id), hash);
}

ModelOverrides Preferences::modelOverrides(const QString& modelPath) const {
    const QString base = kModelOverrides + pathId(modelPath) + QLatin1Char('/');
    ModelOverrides o;
    o.vaePath = settings_->value(base + QStringLiteral("vae")).toString();
    o.predictionType = settings_->value(base + QStringLiteral("prediction")).toString();
    return o;
}

void Preferences::setModelOverrides(const QString& modelPath, const ModelOverrides& overrides) {
    const QString base = kModelOverrides + pathId(modelPath) + QLatin1Char('/');
    settings_->setValue(base + QStringLiteral("path"), modelPath);  // for people reading the file
    settings_->setValue(base + QStringLiteral("vae"), overrides.vaePath);
    settings_->setValue(base + QStringLiteral("prediction"), overrides.predictionType);
}

}  // namespace stipple::ui
