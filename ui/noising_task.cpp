// The forward-noising task (see noising_task.h).
#include "noising_task.h"

#include "common/error.h"
#include "image_convert.h"
#include "pipeline/pipeline.h"
#include "service/generation_service.h"
#include "teach/forward_noising.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace stipple::ui {

struct NoisingCache {
    int imageSerial = -1;
    int loadCount = -1;  // GenerationService::load_count() when x₀ was encoded: another model, another latent
    at::Tensor x0;
};

std::shared_ptr<NoisingCache> makeNoisingCache() { return std::make_shared<NoisingCache>(); }

NoisingTask::NoisingTask(std::shared_ptr<NoisingCache> cache, NoisingRequest request)
    : cache_(std::move(cache)), request_(std::move(request)) {}

QString NoisingTask::title() const {
    return QCoreApplication::translate("NoisingTask", "Forward noising, t = %1").arg(request().t);
}

bool NoisingTask::replaceRequest(const NoisingRequest& request) {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (started_) return false;
    request_ = request;
    return true;
}

NoisingRequest NoisingTask::request() const {
    const std::lock_guard<std::mutex> lock(mutex_);
    return request_;
}

void NoisingTask::run(stipple::GenerationService& service, TaskContext& context) {
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        started_ = true;  // from here request_ is this run's and stays as it is
    }
    if (!cache_) throw stipple::Error("forward noising without its cache (a bug: report it)");
    if (request_.image.isNull()) throw stipple::Error("forward noising needs an image: choose one in the view");
    if (context.control().cancel) return;
    stipple::Pipeline& pipeline = service.pipeline();
    if (cache_->imageSerial != request_.imageSerial || cache_->loadCount != service.load_count() || !cache_->x0.defined()) {
        cache_->x0 = pipeline.encode(from_qimage(request_.image));
        cache_->imageSerial = request_.imageSerial;
        cache_->loadCount = service.load_count();
        result_.encoded = true;
    }
    if (context.control().cancel) return;
    const at::Tensor alphas = pipeline.alphas_cumprod();
    const at::Tensor xt = stipple::forward_noise(cache_->x0, alphas, request_.t, request_.seed);
    const stipple::PreviewMethod method = request_.decode == NoisingDecode::FullVae ? stipple::PreviewMethod::FullVae
                                          : request_.decode == NoisingDecode::Taesd && pipeline.info().has_taesd
                                              ? stipple::PreviewMethod::Taesd
                                              : stipple::PreviewMethod::Fast;
    result_.decoded = to_qimage(pipeline.preview(xt, method, 0));
    // Each channel enlarged to about 128 px by nearest neighbour, so an 8x8 latent stays visible.
    const int scale = std::max<int>(1, 128 / std::max<int64_t>(1, xt.size(3)));
    for (const stipple::Image& c : stipple::latent_channel_images(xt, 4.0, scale)) result_.channels << to_qimage(c);
    const at::Tensor flat = xt.contiguous().to(at::kFloat);
    result_.latent.resize(static_cast<size_t>(flat.numel()));
    std::memcpy(result_.latent.data(), flat.data_ptr<float>(), result_.latent.size() * sizeof(float));
    result_.latentChannels = static_cast<int>(xt.size(1));
    result_.latentHeight = static_cast<int>(xt.size(2));
    result_.latentWidth = static_cast<int>(xt.size(3));
    result_.alphaBar = stipple::alpha_bar_at(alphas, request_.t);
    result_.seed = request_.seed;
    result_.t = request_.t;
}

}  // namespace stipple::ui
