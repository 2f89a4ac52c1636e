// A thread-safe hand-over of preview frames from the worker to the GUI. The worker appends every
// frame (the step timeline keeps them all) and posts one notification only when none is pending,
// so the GUI is never flooded: it drains everything on each notification and shows the newest.
#pragma once

#include "generation_job.h"

#include <QList>
#include <QMutex>

#include <atomic>

namespace stipple::ui {

class FrameMailbox {
public:
    // Stores `frame`; true when the caller must notify the GUI (no notification pending).
    bool post(PreviewFrame frame);
    // Everything posted since the last take, oldest first; clears the pending flag.
    QList<PreviewFrame> takeAll();

private:
    QMutex mutex_;
    QList<PreviewFrame> frames_;
    std::atomic<bool> pending_{false};
};

}  // namespace stipple::ui
