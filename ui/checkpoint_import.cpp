#include "checkpoint_import.h"

#include "common/error.h"
#include "io/pickle_checkpoint_convert.h"

#include <QFile>
#include <QPointer>
#include <QThread>

#include <exception>

namespace stipple::ui {

CheckpointImport::CheckpointImport(QObject* parent) : QObject(parent) {}

CheckpointImport::~CheckpointImport() {
    // The conversion writes through a temporary name and renames at the end: waiting here keeps a
    // closing window from killing it half-way (a kill leaves no partial file either).
    if (thread_) {
        thread_->wait();
        delete thread_;
    }
}

QString CheckpointImport::convertedPath(const QString& checkpoint) {
    return QFile::decodeName(stipple::converted_checkpoint_path(QFile::encodeName(checkpoint).toStdString()).c_str());
}

bool CheckpointImport::start(const QString& checkpoint) {
    if (busy_) return false;
    busy_ = true;
    QPointer<CheckpointImport> self(this);
    const std::string input = QFile::encodeName(checkpoint).toStdString();
    thread_ = QThread::create([self, checkpoint, input] {
        QString output, error;
        try {
            output = QFile::decodeName(stipple::convert_pickle_checkpoint(input).output.c_str());
        } catch (const std::bad_alloc&) {
            error = QObject::tr("Out of memory while converting %1.").arg(checkpoint);
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        if (self)
            QMetaObject::invokeMethod(self, [self, checkpoint, output, error] {
                if (!self) return;
                self->busy_ = false;
                self->thread_->deleteLater();
                self->thread_ = nullptr;
                Q_EMIT self->finished(checkpoint, output, error);
            }, Qt::QueuedConnection);
    });
    thread_->start();
    return true;
}

}  // namespace stipple::ui
