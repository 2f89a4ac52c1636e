#include "training/builtin_eval.h"

#include "common/error.h"
#include "io/json_file.h"
#include "nn/vae.h"
#include "pipeline/pipeline.h"
#include "pipeline/resource_paths.h"
#include "scenes/scene_caption.h"
#include "scenes/scene_checker.h"
#include "scenes/scene_render.h"
#include "training/optimizer.h"
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
    scenes::Scene scene;  // the held-out scene the prompt was made from (rendered for --vae-roundtrip)
    uint64_t seed = 0;
};

// A held-out scene stated fully: one object with every attribute, or two with colors, shapes,
// background and either a relation or both positions.
Sample make_sample(const scenes::SceneVocab& v, std::mt19937_64& rng, bool two, uint64_t seed, scenes::WordOrder order) {
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
    s.prompt = scenes::describe(spec, v, rng, order);
    s.spec = scenes::parse_caption(s.prompt, v);  // what the prompt says, read back by the parser
    s.scene = scene;
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

std::vector<cv::Mat> generate_images(Pipeline& pipeline, const std::vector<Sample>& samples, size_t start, size_t end,
                                     const EvalOptions& o, double& seconds) {
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
    const GenerationResult result = pipeline.generate(r);
    seconds += result.seconds;
    std::vector<cv::Mat> images;
    for (const Image& image : result.images) images.push_back(image_to_mat(image));
    return images;
}

}  // namespace

EvalReport evaluate_builtin(const EvalOptions& asked) {
    EvalOptions o = asked;
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
    // Unset: what the model recommends (its model_index.json), as the app and the CLI use it.
    const ModelInfo& info = pipeline->info();
    if (o.steps <= 0) o.steps = info.recommended_steps > 0 ? info.recommended_steps : kRecommendedSteps;
    if (o.cfg < 0) o.cfg = info.recommended_cfg > 0 ? info.recommended_cfg : kRecommendedCfg;

    std::mt19937_64 rng(o.seed);
    std::vector<Sample> samples;
    for (int i = 0; i < o.samples; ++i) {
        const bool two = std::uniform_real_distribution<double>(0, 1)(rng) < o.two_object_share;
        samples.push_back(make_sample(vocab, rng, two, o.seed + 1000 + static_cast<uint64_t>(i), o.order));
    }

    EvalReport report;
    report.steps = o.steps, report.cfg = o.cfg, report.scheduler = o.scheduler;
    report.colors = static_cast<int>(vocab.colors.size()), report.shapes = static_cast<int>(vocab.shapes.size());
    report.sizes = static_cast<int>(vocab.sizes.size()), report.positions = static_cast<int>(vocab.positions.size());
    auto one_in = [](int n) { return n > 0 ? 1.0 / n : 0.0; };
    report.chance_background = one_in(report.colors);
    report.chance_color = one_in(report.colors - 1);
    report.chance_shape = one_in(report.shapes);
    report.chance_size = one_in(report.sizes);
    report.chance_position = one_in(report.positions);
    std::vector<std::pair<cv::Mat, std::string>> failures;
    double gen_seconds = 0;
    AutoencoderKL vae{nullptr};
    if (o.vae_roundtrip) {
        // The model's own VAE on ground-truth renders: what the diffusion model can at best reach.
        vae = AutoencoderKL(vae_config_from_json(read_json_file(dir + "/vae/config.json"), dir + "/vae/config.json"));
        ParamSet params;
        params.add("", *vae);
        load_tensors_into(dir + "/vae/diffusion_pytorch_model.safetensors", params.names, params.tensors);
        vae->eval();
    }
    for (size_t start = 0; start < samples.size(); start += static_cast<size_t>(o.batch)) {
        const size_t end = std::min(samples.size(), start + static_cast<size_t>(o.batch));
        std::vector<cv::Mat> images;
        if (o.vae_roundtrip) {
            at::NoGradGuard no_grad;
            std::vector<at::Tensor> batch;
            for (size_t i = start; i < end; ++i) {
                const cv::Mat rgb = scenes::render_scene(samples[i].scene, vocab);
                batch.push_back(rgb_to_tensor(rgb.data, rgb.cols, rgb.rows));
            }
            const at::Tensor rec = vae->decode(vae->encode(at::stack(batch)).mean);
            const at::Tensor bytes =
                rec.add(1).mul(127.5).round().clamp(0, 255).to(at::kByte).permute({0, 2, 3, 1}).contiguous();
            for (int64_t k = 0; k < bytes.size(0); ++k)
                images.push_back(cv::Mat(static_cast<int>(bytes.size(1)), static_cast<int>(bytes.size(2)), CV_8UC3,
                                         bytes[k].data_ptr<uint8_t>())
                                     .clone());
        } else {
            images = generate_images(*pipeline, samples, start, end, o, gen_seconds);
        }
        for (size_t i = start; i < end; ++i) {
            const Sample& s = samples[i];
            const cv::Mat& image = images[i - start];
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
                add(report.extra_object, v.extra_object);
                report.all_one.add(v.all);
            } else {
                ++report.two_objects;
                add(report.two_background, v.background);
                add(report.colors_present, v.colors_present);
                add(report.bound, v.bound);
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
    for (int k = 0; k < (o.vae_roundtrip ? 0 : o.latency_runs); ++k) {
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
                  "one object (%d samples): background %.1f%%  color %.1f%%  shape %.1f%%  size %.1f%%  position %.1f%%  "
                  "all %.1f%%  a second object drawn %.1f%%\n"
                  "two objects (%d samples): background %.1f%%  both present with right colors %.1f%%  "
                  "and right shapes %.1f%%  placement %.1f%% (%d)  all %.1f%%\n"
                  "overall (every stated attribute right): %.1f%%\n"
                  "speed: %.0f ms per image batched, %.0f ms for one prompt (%s, %d steps, CFG %g)\n",
                  r.one_object, pct(r.background), pct(r.color), pct(r.shape), pct(r.size), pct(r.position), pct(r.all_one),
                  pct(r.extra_object), r.two_objects, pct(r.two_background), pct(r.colors_present), pct(r.bound),
                  pct(r.placement), r.placement.total,
                  pct(r.all_two),
                  100.0 * (r.all_one.right + r.all_two.right) / std::max(1, r.all_one.total + r.all_two.total),
                  r.seconds_per_image * 1000, r.latency_ms, r.scheduler.c_str(), r.steps, r.cfg);
    char chance[400];
    std::snprintf(chance, sizeof chance,
                  "chance (this model's vocabulary: %d colors, %d shapes, %d sizes, %d positions): background %.1f%%  "
                  "color %.1f%%  shape %.1f%%  size %.1f%%  position %.1f%%\n",
                  r.colors, r.shapes, r.sizes, r.positions, 100 * r.chance_background, 100 * r.chance_color,
                  100 * r.chance_shape, 100 * r.chance_size, 100 * r.chance_position);
    return std::string(buf) + chance;
}

}  // namespace stipple::training
