// Opening a .ckpt / .pt in the app (issue 16): a pickle can run code when Python loads it, so
// Stipple converts it once to .safetensors beside it with its own reader that runs nothing
// (core/io/pickle_checkpoint_convert.h), on a thread of its own, then opens the result.
#pragma once

#include <QObject>
#include <QString>

namespace stipple::ui {

class CheckpointImport : public QObject {
    Q_OBJECT
public:
    explicit CheckpointImport(QObject* parent = nullptr);
    ~CheckpointImport() override;

    // Where the converted file goes: beside the input, its extension replaced by .safetensors.
    static QString convertedPath(const QString& checkpoint);
    bool busy() const { return busy_; }
    // Converts `checkpoint` off the GUI thread; finished() follows (queued). false when busy.
    bool start(const QString& checkpoint);

Q_SIGNALS:
    // `safetensors` written on success; else `error` is the one-line reason (nothing is written).
    void finished(const QString& checkpoint, const QString& safetensors, const QString& error);

private:
    bool busy_ = false;
    class QThread* thread_ = nullptr;
};

}  // namespace stipple::ui
