#include "training/builtin_eval.h"

#include "common/error.h"
#include "pipeline/pipeline.h"
#include "pipeline/resource_paths.h"
#include "scenes/scene_caption.h"
#include "scenes/scene_checker.h"
#include "training/scene_batches.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>

namespace stipple::training {

namespace {

struct Sample {
    std::string prompt;
    scenes::SceneSpec spec;
    uint64_t seed = 0;
};

// A held-out scene stated fully: one object with every attribute, or two with colors, shapes,
// background and either a relation or both positions.
Sample make_sample(const scenes::SceneVocab& v, std::mt19937_64& rng, bool two, uint64_t seed) {
    scenes::Scene scene;
    do {
        scenes::SceneSpec want;
        want.objects.resize(two ? 2 : 1);
        scene = scenes::sample_scene(want, v, rng);
    } while (!held_out(scene));
    scenes::SceneSpec spec = scenes::full_spec(scene, v);
    if (two) {
        std::vector<int> holds;
        for (int r = 0; r < static_cast<int>(v.relations.size()); ++r)
            if (scenes::relation_holds(v, r, v.positions[scene.objects[0].position], v.positions[scene.objects[1].position]))
                holds.push_back(r);
        if (!holds.empty() && std::uniform_int_distribution<int>(0, 1)(rng) == 0) {
            spec.relation = holds[std::uniform_int_distribution<size_t>(0, holds.size() - 1)(rng)];
            for (auto& o : spec.objects) o.position.reset();
        }
        for (auto& o : spec.objects) o.size.reset();
    }
    Sample s;
    s.prompt = scenes::describe(spec, v, rng);
    s.spec = scenes::parse_caption(s.prompt, v);  // what the prompt says, read back by the parser
    s.seed = seed;
    return s;
}

cv::Mat image_to_mat(const Image& image) {
    return cv::Mat(image.height, image.width, CV_8UC3, const_cast<uint8_t*>(image.rgb.data())).clone();
}

void write_sheet(const std::string& path, const std::vector<std::pair<cv::Mat, std::string>>& cells) {
    const int cw = 300, ch = 136, cols = 4;
    const int rows = std::max<int>(1, static_cast<int>((cells.size() + cols - 1) / cols));
    cv::Mat sheet(rows * ch, cols * cw, CV_8UC3, cv::Scalar(255, 255, 255));
    for (size_t i = 0; i < cells.size(); ++i) {
        const int x = static_cast<int>(i % cols) * cw, y = static_cast<int>(i / cols) * ch;
        cv::Mat big;
        cv::resize(cells[i].first, big, cv::Size(128, 128), 0, 0, cv::INTER_NEAREST);
        big.copyTo(sheet(cv::Rect(x + 4, y + 4, 128, 128)));
        // Word-wrapped text to the right of the image.
        std::string line, text = cells[i].second;
        int ty = y + 14;
        auto flush = [&] {
            cv::putText(sheet, line, cv::Point(x + 136, ty), cv::FONT_HERSHEY_PLAIN, 0.75, cv::Scalar(0, 0, 0), 1, cv::LINE_AA);
            ty += 11;
            line.clear();
        };
        size_t pos = 0;
        while (pos < text.size() && ty < y + ch) {
            size_t end = text.find(' ', pos);
            if (end == std::string::npos) end = text.size();
            const std::string word = text.substr(pos, end - pos);
            if (!line.empty() && line.size() + 1 + word.size() > 24) flush();
            line += (line.empty() ? "" : " ") + word;
            pos = end + 1;
        }
        if (!line.empty() && ty < y + ch) flush();
    }
    cv::Mat bgr;
    cv::cvtColor(sheet, bgr, cv::COLOR_RGB2BGR);
    if (!cv::imwrite(path, bgr)) throw Error("cannot write the contact sheet '" + path + "'");
}

}  // namespace

EvalReport evaluate_builtin(const EvalOptions& o) {
    auto log = [&](const std::string& line) {
        if (o.log) o.log(line);
        else std::fprintf(stderr, "%s\n", line.c_str());
    };
    const std::string dir = o.model_dir.empty() ? builtin_model_dir() : o.model_dir;
    if (!std::filesystem::is_regular_file(dir + "/scenes.json"))
        throw Error("'" + dir + "' is not a Stipple Shapes model (no scenes.json)");
    const scenes::SceneVocab vocab = scenes::SceneVocab::load(dir + "/scenes.json");
    auto pipeline = Pipeline::load(dir);
    if (o.samples < 1) throw Error("--samples must be at least 1");

    std::mt19937_64 rng(o.seed);
    std::vector<Sample> samples;
    for (int i = 0; i < o.samples; ++i) {
        const bool two = std::uniform_real_distribution<double>(0, 1)(rng) < o.two_object_share;
        samples.push_back(make_sample(vocab, rng, two, o.seed + 1000 + static_cast<uint64_t>(i)));
    }

    EvalReport report;
    std::vector<std::pair<cv::Mat, std::string>> failures;
    double gen_seconds = 0;
    for (size_t start = 0; start < samples.size(); start += static_cast<size_t>(o.batch)) {
        const size_t end = std::min(samples.size(), start + static_cast<size_t>(o.batch));
        GenerationRequest r;
        r.steps = o.steps;
        r.guidance_scale = o.cfg;
        r.scheduler = o.scheduler;
        r.seeds.clear();
        for (size_t i = start; i < end; ++i) {
            r.prompts.push_back(samples[i].prompt);
            r.seeds.push_back(samples[i].seed);
        }
        if (r.prompts.size() == 1) r.prompt = r.prompts[0], r.prompts.clear();
        const GenerationResult result = pipeline->generate(r);
        gen_seconds += result.seconds;
        for (size_t i = start; i < end; ++i) {
            const Sample& s = samples[i];
            const cv::Mat image = image_to_mat(result.images[i - start]);
            const scenes::SceneVerdict v = scenes::check_image(image, s.spec, vocab);
            auto add = [](Tally& t, const std::optional<bool>& verdict) {
                if (verdict) t.add(*verdict);
            };
            if (s.spec.objects.size() == 1) {
                ++report.one_object;
                add(report.background, v.background);
                add(report.color, v.color);
                add(report.shape, v.shape);
                add(report.size, v.size);
                add(report.position, v.position);
                report.all_one.add(v.all);
            } else {
                ++report.two_objects;
                add(report.two_background, v.background);
                add(report.colors_present, v.colors_present);
                add(report.placement, v.placement);
                report.all_two.add(v.all);
            }
            if (!v.all) {
                ++report.failures;
                if (failures.size() < 80) failures.emplace_back(image, s.prompt + " | " + v.problems);
            }
        }
        log("evaluated " + std::to_string(end) + "/" + std::to_string(samples.size()));
    }
    report.seconds_per_image = gen_seconds / static_cast<double>(samples.size());

    // Latency of one prompt -> image (the interactive case).
    std::vector<double> times;
    for (int k = 0; k < o.latency_runs; ++k) {
        GenerationRequest r;
        r.prompt = samples[static_cast<size_t>(k) % samples.size()].prompt;
        r.seeds = {static_cast<uint64_t>(k)};
        r.steps = o.steps;
        r.guidance_scale = o.cfg;
        r.scheduler = o.scheduler;
        times.push_back(pipeline->generate(r).seconds * 1000);
    }
    std::sort(times.begin(), times.end());
    if (!times.empty()) report.latency_ms = times[times.size() / 2];
    if (!o.sheet.empty()) write_sheet(o.sheet, failures);
    return report;
}

std::string format_report(const EvalReport& r) {
    char buf[2048];
    auto pct = [](const Tally& t) { return 100.0 * t.rate(); };
    std::snprintf(buf, sizeof buf,
                  "one object (%d samples): background %.1f%%  color %.1f%%  shape %.1f%%  size %.1f%%  position %.1f%%  all %.1f%%\n"
                  "two objects (%d samples): background %.1f%%  both present with right colors %.1f%%  placement %.1f%% (%d)  all %.1f%%\n"
                  "overall (every stated attribute right): %.1f%%\n"
                  "speed: %.0f ms per image batched, %.0f ms for one prompt (20 steps, CFG)\n",
                  r.one_object, pct(r.background), pct(r.color), pct(r.shape), pct(r.size), pct(r.position), pct(r.all_one),
                  r.two_objects, pct(r.two_background), pct(r.colors_present), pct(r.placement), r.placement.total,
                  pct(r.all_two),
                  100.0 * (r.all_one.right + r.all_two.right) / std::max(1, r.all_one.total + r.all_two.total),
                  r.seconds_per_image * 1000, r.latency_ms);
    return buf;
}

}  // namespace stipple::training
