// Importing a folder of PNGs made elsewhere into the history, with their parameters: A1111's
// "parameters" text as it is, ComfyUI's "prompt" graph and InvokeAI's "invokeai_metadata" read
// as far as they map and written as A1111 infotext, so search, the gallery's summary and "Reuse
// all parameters" treat every image alike. Files are read on a thread of their own.
#pragma once

#include "history_store.h"

#include "image/png_text.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <optional>
#include <vector>

class QThread;
class QWidget;

namespace stipple::ui {

class HistoryRecorder;

// The parameters of a PNG's text chunks as A1111 infotext ("" when nothing maps) and where they
// came from ("A1111", "ComfyUI", "InvokeAI" or "").
struct PngParameters {
    QString infotext;
    QString source;
};
PngParameters parametersFromPngText(const std::vector<stipple::PngTextChunk>& chunks);
// ComfyUI's API-format graph ({"3": {"class_type": "KSampler", "inputs": {...}}, ...}): the
// sampler node's seed, steps, cfg, sampler and scheduler, the texts of the CLIPTextEncode nodes
// its positive and negative inputs lead to, the checkpoint its model comes from and the size of
// the empty latent, following the links between nodes. "" when there is no sampler node.
QString infotextFromComfyPrompt(const QByteArray& json);
// InvokeAI's metadata: positive_prompt, negative_prompt, seed, steps, cfg_scale, scheduler,
// width, height, model. "" when it is not a JSON object.
QString infotextFromInvokeMetadata(const QByteArray& json);

// One file as a history record (thumbnail, parameters, seed, the file's time as its date, size
// and mtime); nullopt with the reason when it cannot be read. Never throws.
std::optional<HistoryRecord> readPngForHistory(const QString& path, QString* reason);

struct ImportFailure {
    QString path;
    QString reason;
};

struct ImportReport {
    int found = 0;              // PNG files under the folder
    int added = 0;
    int skipped = 0;            // already in the history (same path, size and time)
    int withoutParameters = 0;  // added, but no parameters were found in them
    QList<ImportFailure> failed;
    bool cancelled = false;
    QString databaseError;      // when the history could not store a batch
};

// Reads every *.png under a folder (subfolders too) on its own thread and adds them to the
// history and the gallery a batch at a time on the GUI thread.
class PngImporter : public QObject {
    Q_OBJECT
public:
    explicit PngImporter(HistoryRecorder* history, QObject* parent = nullptr);
    ~PngImporter() override;  // cancels and waits for the reading thread

    // False when an import is already running.
    bool start(const QString& folder);
    void cancel();
    bool isRunning() const { return thread_ != nullptr; }
    const ImportReport& report() const { return report_; }

    // File > Import PNG folder…: asks for a folder, shows progress (cancellable) and the outcome.
    static void chooseAndImport(QWidget* parent, HistoryRecorder* history);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const stipple::ui::ImportReport& report);

private:
    void addBatch(QList<HistoryRecord> records);

    HistoryRecorder* history_;
    QThread* thread_ = nullptr;
    std::atomic<bool> cancel_{false};
    ImportReport report_;
};

// "12 images imported, 3 already in the history; 2 files could not be read:" and the list.
QString importSummary(const ImportReport& report);

}  // namespace stipple::ui
