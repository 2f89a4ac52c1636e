// Where a WorkerTask's events go (worker_task.h): a function the GUI sets and later detaches,
// called on the worker thread. detach() waits for a delivery in progress, so after it returns no
// event reaches the receiver (typically the function posts to a dialog with a queued invoke; the
// dialog detaches before it is deleted).
#pragma once

#include <functional>
#include <mutex>

namespace stipple::ui {

template <typename Event>
class TaskEventSink {
public:
    using Function = std::function<void(const Event&)>;
    void set(Function function) {
        std::lock_guard<std::mutex> lock(mutex_);
        function_ = std::move(function);
    }
    void detach() { set(nullptr); }
    void deliver(const Event& event) {
        std::lock_guard<std::mutex> lock(mutex_);
        if (function_) function_(event);
    }

private:
    std::mutex mutex_;
    Function function_;
};

}  // namespace stipple::ui
