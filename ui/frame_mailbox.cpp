// Preview frame hand-over (see frame_mailbox.h).
#include "frame_mailbox.h"

namespace stipple::ui {

bool FrameMailbox::post(PreviewFrame frame) {
    QMutexLocker lock(&mutex_);
    frames_.append(std::move(frame));
    return !pending_.exchange(true);
}

QList<PreviewFrame> FrameMailbox::takeAll() {
    QMutexLocker lock(&mutex_);
    pending_ = false;
    QList<PreviewFrame> out;
    out.swap(frames_);
    return out;
}

}  // namespace stipple::ui
