// Importing PNGs made elsewhere (see png_import.h).
#include "png_import.h"

#include "history_recorder.h"

#include "common/temp_file.h"
#include "image/infotext.h"
#include "image/request_infotext.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSet>
#include <QThread>

namespace stipple::ui {

namespace {

constexpr int kThumbnailSize = 256;  // as the generation worker's thumbnails
constexpr int kBatch = 24;           // records per transaction and per hand-over to the GUI thread

std::string str(const QString& s) { return s.toStdString(); }

// A JSON scalar as text: 7 -> "7", 7.5 -> "7.5", "x" -> "x"; "" for anything else.
QString scalarText(const QJsonValue& v) {
    if (v.isString()) return v.toString();
    if (v.isBool()) return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    if (v.isDouble()) {
        const QVariant var = v.toVariant();
        if (var.typeId() == QMetaType::LongLong || var.typeId() == QMetaType::Int) return QString::number(var.toLongLong());
        return QString::fromStdString(stipple::format_infotext_number(v.toDouble()));
    }
    return {};
}

// ComfyUI / InvokeAI sampler names -> A1111 "Sampler" and "Schedule type".
QString comfySampler(const QString& name) {
    static const QHash<QString, QString> map = {
        {"euler", "Euler"},         {"euler_ancestral", "Euler a"},     {"heun", "Heun"},
        {"dpm_2", "DPM2"},          {"dpm_2_ancestral", "DPM2 a"},      {"lms", "LMS"},
        {"dpm_fast", "DPM fast"},   {"dpm_adaptive", "DPM adaptive"},   {"dpmpp_2s_ancestral", "DPM++ 2S a"},
        {"dpmpp_sde", "DPM++ SDE"}, {"dpmpp_2m", "DPM++ 2M"},           {"dpmpp_2m_sde", "DPM++ 2M SDE"},
        {"dpmpp_3m_sde", "DPM++ 3M SDE"}, {"ddim", "DDIM"},             {"uni_pc", "UniPC"},
        {"uni_pc_bh2", "UniPC"},    {"lcm", "LCM"},                     {"ddpm", "DDPM"},
        {"heunpp2", "Heun"},        {"restart", "Restart"}};
    return map.value(name.toLower(), name);
}
QString comfyScheduler(const QString& name) {
    static const QHash<QString, QString> map = {
        {"normal", "Normal"},   {"karras", "Karras"},           {"exponential", "Exponential"},
        {"sgm_uniform", "SGM Uniform"}, {"simple", "Simple"},   {"ddim_uniform", "DDIM"},
        {"beta", "Beta"},       {"kl_optimal", "KL Optimal"},   {"polyexponential", "Polyexponential"},
        {"align_your_steps", "Align Your Steps"}};
    return map.value(name.toLower(), name);
}
// InvokeAI's scheduler names are whole labels ("dpmpp_2m_k" = DPM++ 2M Karras).
QString invokeSamplerLabel(const QString& name) {
    static const QHash<QString, QString> map = {
        {"ddim", "DDIM"},            {"ddpm", "DDPM"},                 {"deis", "DEIS"},
        {"deis_k", "DEIS Karras"},   {"lms", "LMS"},                   {"lms_k", "LMS Karras"},
        {"pndm", "PLMS"},            {"heun", "Heun"},                 {"heun_k", "Heun Karras"},
        {"euler", "Euler"},          {"euler_k", "Euler Karras"},      {"euler_a", "Euler a"},
        {"kdpm_2", "DPM2"},          {"kdpm_2_k", "DPM2 Karras"},      {"kdpm_2_a", "DPM2 a"},
        {"kdpm_2_a_k", "DPM2 a Karras"}, {"dpmpp_2s", "DPM++ 2S a"},   {"dpmpp_2s_k", "DPM++ 2S a Karras"},
        {"dpmpp_sde", "DPM++ SDE"},  {"dpmpp_sde_k", "DPM++ SDE Karras"}, {"dpmpp_2m", "DPM++ 2M"},
        {"dpmpp_2m_k", "DPM++ 2M Karras"}, {"dpmpp_2m_sde", "DPM++ 2M SDE"}, {"dpmpp_2m_sde_k", "DPM++ 2M SDE Karras"},
        {"dpmpp_3m", "DPM++ 3M SDE"}, {"dpmpp_3m_k", "DPM++ 3M SDE Karras"}, {"unipc", "UniPC"},
        {"unipc_k", "UniPC Karras"}, {"lcm", "LCM"},                   {"tcd", "TCD"}};
    return map.value(name.toLower(), name);
}

// "models/sd_xl_base_1.0.safetensors" -> "sd_xl_base_1.0", as A1111 writes "Model:".
QString modelName(QString file) {
    file.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QFileInfo info(file);
    const QString suffix = info.suffix().toLower();
    static const QSet<QString> weights = {"safetensors", "ckpt", "pt", "pth", "bin", "gguf", "sft"};
    return weights.contains(suffix) ? info.completeBaseName() : info.fileName();
}

// ComfyUI's graph: node id -> {class_type, inputs}; an input is a value or a link [node id, output].
class ComfyGraph {
public:
    explicit ComfyGraph(const QJsonObject& nodes) : nodes_(nodes) {}

    QJsonObject node(const QJsonValue& link) const {
        if (!link.isArray()) return {};
        const QJsonArray a = link.toArray();
        if (a.size() < 1) return {};
        const QString id = a[0].isString() ? a[0].toString() : QString::number(a[0].toVariant().toLongLong());
        return nodes_.value(id).toObject();
    }
    // A value: itself when it is not a link, else the first of `keys` found on the node it links
    // to, followed again (a primitive node, a LoRA loader before the checkpoint, a string node
    // before the text encoder). At most 16 hops: a graph with a cycle ends, it does not hang.
    QJsonValue resolve(const QJsonValue& value, const QStringList& keys, int depth = 0) const {
        if (!value.isArray()) return value;
        if (depth > 16) return {};
        const QJsonObject inputs = node(value).value(QLatin1String("inputs")).toObject();
        for (const QString& key : keys)
            if (inputs.contains(key)) {
                const QJsonValue v = resolve(inputs.value(key), keys, depth + 1);
                if (!v.isUndefined() && !v.isNull()) return v;
            }
        return {};
    }
    // Whether the link leads (through latent inputs) to an empty latent image.
    bool reachesEmptyLatent(const QJsonValue& link, int depth = 0) const {
        if (!link.isArray() || depth > 16) return false;
        const QJsonObject n = node(link);
        if (n.value(QLatin1String("class_type")).toString().contains(QLatin1String("EmptyLatentImage"))) return true;
        const QJsonObject inputs = n.value(QLatin1String("inputs")).toObject();
        for (const char* key : {"samples", "latent_image", "latent"})
            if (reachesEmptyLatent(inputs.value(QLatin1String(key)), depth + 1)) return true;
        return false;
    }
    const QJsonObject& nodes() const { return nodes_; }

private:
    QJsonObject nodes_;
};

}  // namespace

QString infotextFromComfyPrompt(const QByteArray& json) {
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject()) return {};
    const ComfyGraph graph(doc.object());
    // The sampler that starts from an empty latent (the first pass of a hires workflow); else the
    // one with the lowest node id.
    QJsonObject sampler;
    qint64 best = std::numeric_limits<qint64>::max();
    bool bestFromEmpty = false;
    for (auto it = graph.nodes().begin(); it != graph.nodes().end(); ++it) {
        const QJsonObject n = it.value().toObject();
        if (!n.value(QLatin1String("class_type")).toString().startsWith(QLatin1String("KSampler"))) continue;
        const QJsonObject in = n.value(QLatin1String("inputs")).toObject();
        const bool fromEmpty = graph.reachesEmptyLatent(in.value(QLatin1String("latent_image")));
        bool numeric = false;
        qint64 id = it.key().toLongLong(&numeric);
        if (!numeric) id = std::numeric_limits<qint64>::max() - 1;
        if ((fromEmpty && !bestFromEmpty) || (fromEmpty == bestFromEmpty && id < best)) {
            sampler = n;
            best = id;
            bestFromEmpty = fromEmpty;
        }
    }
    if (sampler.isEmpty()) return {};
    const QJsonObject in = sampler.value(QLatin1String("inputs")).toObject();
    const QStringList textKeys = {"text", "text_g", "text_l", "string", "value", "prompt", "conditioning", "conditioning_1", "conditioning_to"};
    stipple::Infotext t;
    t.prompt = str(scalarText(graph.resolve(in.value(QLatin1String("positive")), textKeys)));
    t.negative_prompt = str(scalarText(graph.resolve(in.value(QLatin1String("negative")), textKeys)));
    auto field = [&](const char* input, const QStringList& keys) {
        return scalarText(graph.resolve(in.value(QLatin1String(input)), keys));
    };
    const QString steps = field("steps", {"steps", "value", "int"});
    if (!steps.isEmpty()) t.set("Steps", str(steps));
    const QString samplerName = field("sampler_name", {"sampler_name", "value"});
    if (!samplerName.isEmpty()) {
        t.set("Sampler", str(comfySampler(samplerName)));
        const QString scheduler = field("scheduler", {"scheduler", "value"});
        if (!scheduler.isEmpty()) t.set("Schedule type", str(comfyScheduler(scheduler)));
    }
    const QString cfg = field("cfg", {"cfg", "value", "float"});
    if (!cfg.isEmpty()) t.set("CFG scale", str(cfg));
    QString seed = field("seed", {"seed", "noise_seed", "value", "int"});
    if (seed.isEmpty()) seed = field("noise_seed", {"noise_seed", "seed", "value", "int"});
    if (!seed.isEmpty()) t.set("Seed", str(seed));
    const QString width = scalarText(graph.resolve(in.value(QLatin1String("latent_image")), {"width", "samples", "latent_image", "latent"}));
    const QString height = scalarText(graph.resolve(in.value(QLatin1String("latent_image")), {"height", "samples", "latent_image", "latent"}));
    if (!width.isEmpty() && !height.isEmpty()) t.set("Size", str(width + QLatin1Char('x') + height));
    const QString model = scalarText(graph.resolve(in.value(QLatin1String("model")), {"ckpt_name", "unet_name", "model_name", "model"}));
    if (!model.isEmpty()) t.set("Model", str(modelName(model)));
    return QString::fromStdString(stipple::format_infotext(t));
}

QString infotextFromInvokeMetadata(const QByteArray& json) {
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject()) return {};
    const QJsonObject m = doc.object();
    stipple::Infotext t;
    t.prompt = str(scalarText(m.value(QLatin1String("positive_prompt"))));
    t.negative_prompt = str(scalarText(m.value(QLatin1String("negative_prompt"))));
    const QString steps = scalarText(m.value(QLatin1String("steps")));
    if (!steps.isEmpty()) t.set("Steps", str(steps));
    const QString scheduler = scalarText(m.value(QLatin1String("scheduler")));
    if (!scheduler.isEmpty()) {
        const stipple::SamplerFields f = stipple::sampler_fields_from_label(str(invokeSamplerLabel(scheduler)));
        t.set("Sampler", f.sampler);
        if (!f.schedule_type.empty()) t.set("Schedule type", f.schedule_type);
    }
    const QString cfg = scalarText(m.value(QLatin1String("cfg_scale")));
    if (!cfg.isEmpty()) t.set("CFG scale", str(cfg));
    const QString seed = scalarText(m.value(QLatin1String("seed")));
    if (!seed.isEmpty()) t.set("Seed", str(seed));
    const QString w = scalarText(m.value(QLatin1String("width"))), h = scalarText(m.value(QLatin1String("height")));
    if (!w.isEmpty() && !h.isEmpty()) t.set("Size", str(w + QLatin1Char('x') + h));
    const QJsonValue model = m.value(QLatin1String("model"));
    QString name = scalarText(model);
    if (model.isObject())
        for (const char* key : {"name", "model_name"})
            if (name.isEmpty()) name = scalarText(model.toObject().value(QLatin1String(key)));
    if (!name.isEmpty()) t.set("Model", str(modelName(name)));
    if (t.prompt.empty() && t.params.empty()) return {};
    return QString::fromStdString(stipple::format_infotext(t));
}

PngParameters parametersFromPngText(const std::vector<stipple::PngTextChunk>& chunks) {
    const std::string a1111 = stipple::png_text_value(chunks, "parameters");
    if (!a1111.empty()) return {QString::fromStdString(a1111), QStringLiteral("A1111")};
    const std::string comfy = stipple::png_text_value(chunks, "prompt");
    if (!comfy.empty()) {
        const QString text = infotextFromComfyPrompt(QByteArray::fromStdString(comfy));
        if (!text.isEmpty()) return {text, QStringLiteral("ComfyUI")};
    }
    const std::string invoke = stipple::png_text_value(chunks, "invokeai_metadata");
    if (!invoke.empty()) {
        const QString text = infotextFromInvokeMetadata(QByteArray::fromStdString(invoke));
        if (!text.isEmpty()) return {text, QStringLiteral("InvokeAI")};
    }
    return {};
}

std::optional<HistoryRecord> readPngForHistory(const QString& path, QString* reason) {
    try {
        const QFileInfo info(path);
        const auto chunks = stipple::read_png_text_file(QFile::encodeName(path).toStdString());
        QImageReader reader(path, "png");
        reader.setAutoTransform(false);
        const QSize size = reader.size();
        if (size.isValid() && (size.width() > kThumbnailSize || size.height() > kThumbnailSize))
            reader.setScaledSize(size.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio));
        QImage image = reader.read();
        if (image.isNull()) {
            if (reason) *reason = reader.errorString();
            return std::nullopt;
        }
        if (image.width() > kThumbnailSize || image.height() > kThumbnailSize)
            image = image.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        HistoryRecord r;
        r.path = info.absoluteFilePath();
        r.parameters = parametersFromPngText(chunks).infotext;
        const stipple::RestoredRequest restored = stipple::request_from_infotext(stipple::parse_infotext(str(r.parameters)));
        if (restored.has_seed && !restored.request.seeds.empty()) r.seed = restored.request.seeds.front();
        r.thumbnail = image;
        QBuffer buffer(&r.thumbnailPng);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        r.created = info.lastModified();
        r.sourceSize = info.size();
        r.sourceMtime = info.lastModified().toMSecsSinceEpoch();
        return r;
    } catch (const std::exception& e) {
        if (reason) *reason = QString::fromUtf8(e.what());
        return std::nullopt;
    }
}

PngImporter::PngImporter(HistoryRecorder* history, QObject* parent) : QObject(parent), history_(history) {}

PngImporter::~PngImporter() {
    cancel();
    if (thread_) {
        thread_->wait();
        delete thread_;
    }
}

void PngImporter::cancel() { cancel_ = true; }

bool PngImporter::start(const QString& folder) {
    if (thread_) return false;
    cancel_ = false;
    report_ = {};
    const QString root = QFileInfo(folder).absoluteFilePath();
    const auto known = history_->knownFiles(root);  // one range query on the path index
    thread_ = QThread::create([this, root, known] {
        QStringList files;
        QDirIterator it(root, {QStringLiteral("*.png")}, QDir::Files | QDir::Readable | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext() && !cancel_) {
            const QString file = it.next();
            // A save still in progress, or one a killed writer left (common/temp_file.h): not an image yet.
            if (!stipple::is_temp_file_name(it.fileName().toStdString())) files << file;
        }
        files.sort();
        const int total = static_cast<int>(files.size());
        QMetaObject::invokeMethod(this, [this, total] { report_.found = total; Q_EMIT progress(0, total); }, Qt::QueuedConnection);
        QList<HistoryRecord> batch;
        QList<ImportFailure> failed;
        int skipped = 0;
        QElapsedTimer sinceProgress;
        sinceProgress.start();
        auto handOver = [&](int done) {
            QMetaObject::invokeMethod(this, [this, batch, failed, skipped, done, total] {
                report_.skipped += skipped;
                report_.failed += failed;
                addBatch(batch);
                Q_EMIT progress(done, total);
            }, Qt::QueuedConnection);
            batch.clear();
            failed.clear();
            skipped = 0;
            sinceProgress.restart();
        };
        for (int i = 0; i < total && !cancel_; ++i) {
            const QFileInfo info(files[i]);
            const QString path = info.absoluteFilePath();
            const auto k = known.constFind(path);
            if (k != known.constEnd() &&
                (k->first < 0 || (k->first == info.size() && k->second == info.lastModified().toMSecsSinceEpoch()))) {
                ++skipped;
            } else {
                QString reason;
                if (auto r = readPngForHistory(path, &reason)) batch << *r;
                else failed << ImportFailure{path, reason};
            }
            if (batch.size() >= kBatch || sinceProgress.elapsed() > 100) handOver(i + 1);
        }
        handOver(cancel_ ? -1 : total);
    });
    connect(thread_, &QThread::finished, this, [this] {
        thread_->deleteLater();
        thread_ = nullptr;
        report_.cancelled = cancel_;
        Q_EMIT finished(report_);
    });
    thread_->start();
    return true;
}

void PngImporter::addBatch(QList<HistoryRecord> records) {
    if (records.isEmpty()) return;
    for (const HistoryRecord& r : records)
        if (r.parameters.isEmpty()) ++report_.withoutParameters;
    const QString error = history_->addImported(records);
    if (!error.isEmpty()) report_.databaseError = error;
    else report_.added += static_cast<int>(records.size());
}

QString importSummary(const ImportReport& r) {
    QStringList lines;
    lines << (r.added == 1 ? PngImporter::tr("1 image imported.") : PngImporter::tr("%1 images imported.").arg(r.added));
    if (r.skipped > 0)
        lines << (r.skipped == 1 ? PngImporter::tr("1 was already in the history.")
                                 : PngImporter::tr("%1 were already in the history.").arg(r.skipped));
    if (r.withoutParameters > 0)
        lines << PngImporter::tr("%1 had no parameters Stipple can read (imported as images only).").arg(r.withoutParameters);
    if (r.cancelled) lines << PngImporter::tr("Cancelled: the files not yet read were left out.");
    if (!r.databaseError.isEmpty()) lines << PngImporter::tr("The history could not store some images: %1").arg(r.databaseError);
    if (!r.failed.isEmpty()) {
        lines << (r.failed.size() == 1 ? PngImporter::tr("1 file could not be read:")
                                       : PngImporter::tr("%1 files could not be read:").arg(r.failed.size()));
        for (int i = 0; i < r.failed.size() && i < 20; ++i)
            lines << QStringLiteral("  %1 — %2").arg(QDir::toNativeSeparators(r.failed[i].path), r.failed[i].reason);
        if (r.failed.size() > 20) lines << PngImporter::tr("  … and %1 more").arg(r.failed.size() - 20);
    }
    return lines.join(QLatin1Char('\n'));
}

void PngImporter::chooseAndImport(QWidget* parent, HistoryRecorder* history) {
    const QString folder = QFileDialog::getExistingDirectory(parent, tr("Import a folder of PNG images"));
    if (folder.isEmpty()) return;
    auto* importer = new PngImporter(history, parent);
    auto* dialog = new QProgressDialog(tr("Reading images…"), tr("Cancel"), 0, 0, parent);
    dialog->setWindowTitle(tr("Import PNG folder"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    const QPointer<QProgressDialog> progressDialog(dialog);
    connect(dialog, &QProgressDialog::canceled, importer, &PngImporter::cancel);
    connect(importer, &PngImporter::progress, dialog, [progressDialog](int done, int total) {
        if (!progressDialog) return;
        progressDialog->setMaximum(total);
        if (done >= 0) progressDialog->setValue(done);
        progressDialog->setLabelText(tr("Importing %1 of %2 images…").arg(std::max(done, 0)).arg(total));
    });
    connect(importer, &PngImporter::finished, parent, [importer, progressDialog, parent](const ImportReport& report) {
        if (progressDialog) progressDialog->close();
        auto* box = new QMessageBox(report.failed.isEmpty() && report.databaseError.isEmpty() ? QMessageBox::Information
                                                                                              : QMessageBox::Warning,
                                    tr("Import PNG folder"), importSummary(report), QMessageBox::Ok, parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->show();
        importer->deleteLater();
    });
    importer->start(folder);
}

}  // namespace stipple::ui
