#include "teach/timeline_recorder.h"

#include "common/error.h"
#include "image/infotext.h"
#include "image/timeline_export.h"

#include <nlohmann/json.hpp>

#include <cctype>

namespace stipple {

namespace {
std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}
}  // namespace

TimelineView parse_timeline_view(const std::string& name) {
    const std::string n = lower(name);
    if (n == "x0" || n == "denoised") return TimelineView::Denoised;
    if (n == "xt" || n == "x_t" || n == "noisy") return TimelineView::Noisy;
    if (n == "both" || n == "side-by-side") return TimelineView::Both;
    throw Error("unknown timeline view '" + name + "': use x0 (the x0 estimate), xt (the noisy latents) or both");
}

std::string timeline_view_name(TimelineView view) {
    switch (view) {
        case TimelineView::Denoised: return "x0";
        case TimelineView::Noisy: return "xt";
        case TimelineView::Both: return "both";
    }
    return "x0";
}

PreviewMethod parse_preview_method(const std::string& name) {
    const std::string n = lower(name);
    if (n == "fast") return PreviewMethod::Fast;
    if (n == "latent2rgb") return PreviewMethod::LatentToRgb;
    if (n == "taesd") return PreviewMethod::Taesd;
    if (n == "vae" || n == "full") return PreviewMethod::FullVae;
    throw Error("unknown preview decoder '" + name + "': use fast, latent2rgb, taesd or vae");
}

std::string preview_method_name(PreviewMethod method) {
    switch (method) {
        case PreviewMethod::Fast: return "fast";
        case PreviewMethod::LatentToRgb: return "latent2rgb";
        case PreviewMethod::Taesd: return "taesd";
        case PreviewMethod::FullVae: return "vae";
    }
    return "latent2rgb";
}

void TimelineRecorder::on_step(const StepInfo& info) {
    TimelineFrame frame;
    frame.step = info.step;
    frame.total = info.total;
    frame.timestep = info.timestep;
    if (view_ != TimelineView::Noisy) frame.denoised = pipeline_.preview(info.denoised, method_, 0);
    if (view_ != TimelineView::Denoised) frame.noisy = pipeline_.preview(info.latents, method_, 0);
    frames_.push_back(std::move(frame));
    if (next_) next_->on_step(info);
}

std::vector<Image> timeline_images(const std::vector<TimelineFrame>& frames, TimelineView view, int width, int height) {
    std::vector<Image> out;
    for (const auto& f : frames) {
        switch (view) {
            case TimelineView::Denoised: out.push_back(resize_image(f.denoised, width, height)); break;
            case TimelineView::Noisy: out.push_back(resize_image(f.noisy, width, height)); break;
            case TimelineView::Both:
                out.push_back(side_by_side(resize_image(f.denoised, width, height), resize_image(f.noisy, width, height)));
                break;
        }
    }
    return out;
}

LabelledGrid make_filmstrip(const std::vector<TimelineFrame>& frames, TimelineView view, int every, int width,
                            int height) {
    if (frames.empty()) throw Error("the timeline has no steps to show");
    if (every < 1) throw Error("a filmstrip shows every k-th step with k >= 1, not " + std::to_string(every));
    std::vector<const TimelineFrame*> picked;
    for (size_t i = 0; i < frames.size(); ++i)
        if ((i + 1) % static_cast<size_t>(every) == 0 || i == 0 || i + 1 == frames.size()) picked.push_back(&frames[i]);
    GridAxisLabels x, y;
    for (const auto* f : picked)
        x.values.push_back("step " + std::to_string(f->step) + ", t " + format_infotext_number(f->timestep));
    std::vector<Image> cells;
    const bool both = view == TimelineView::Both;
    if (view != TimelineView::Noisy)
        for (const auto* f : picked) cells.push_back(resize_image(f->denoised, width, height));
    if (view != TimelineView::Denoised)
        for (const auto* f : picked) cells.push_back(resize_image(f->noisy, width, height));
    if (both) y.values = {"x0 estimate", "noisy x_t"};
    return make_labelled_grid(cells, static_cast<int>(picked.size()), both ? 2 : 1, x, y);
}

std::string timeline_json(const std::string& parameters, const std::vector<TimelineFrame>& frames, TimelineView view,
                          PreviewMethod method, double fps, const std::string& kind) {
    nlohmann::json j;
    j["parameters"] = parameters;
    j["kind"] = kind;
    j["view"] = timeline_view_name(view);
    j["preview"] = preview_method_name(method);
    if (fps > 0) j["fps"] = fps;
    j["frames"] = nlohmann::json::array();
    for (const auto& f : frames) j["frames"].push_back({{"step", f.step}, {"timestep", f.timestep}});
    return j.dump(1);
}

}  // namespace stipple
