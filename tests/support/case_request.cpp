#include "support/case_request.h"

#include "image/image_io.h"
#include "io/json_file.h"
#include "support/fixtures.h"

#include <QDir>

namespace stipple::test {

QStringList reference_case_names() {
    QDir dir(shared_dir() + "/fixtures/cases");
    return dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

namespace {

// "XScheduler.from_config(pipe.scheduler.config, **{...})" -> the class and its overrides.
void parse_construction(const std::string& text, std::string& cls, nlohmann::json& overrides) {
    overrides = nlohmann::json::object();
    const auto dot = text.find(".from_config(");
    if (dot == std::string::npos) return;  // "the model folder's own scheduler"
    cls = text.substr(0, dot);
    const auto stars = text.find("**");
    if (stars != std::string::npos) {
        const auto close = text.rfind(')');
        overrides = nlohmann::json::parse(text.substr(stars + 2, close - stars - 2));
    }
}

}  // namespace

ReferenceCase load_reference_case(const QString& name) {
    ReferenceCase c;
    c.name = name;
    c.dir = shared_dir() + "/fixtures/cases/" + name;
    c.json = read_json_file((c.dir + "/case.json").toStdString());
    c.model_dir = shared_path("fixtures/" + QString::fromStdString(c.json.at("model_dir").get<std::string>()));
    c.is_sdxl = c.json.value("pipeline_class", std::string()).find("XL") != std::string::npos;
    c.expects_error = c.json.contains("expected_exception");
    const auto& call = c.json.at("call");
    GenerationRequest& r = c.request;
    QStringList& f = c.cli_flags;
    f << "--model" << QString::fromStdString(c.model_dir);
    // The fixtures are diffusers' own outputs: its prompt handling, not A1111's (the default).
    r.prompt_style = PromptStyle::Diffusers;
    f << "--prompt-style" << "diffusers";

    if (call.at("prompt").is_string()) {
        r.prompt = call.at("prompt").get<std::string>();
        f << "--prompt" << QString::fromStdString(r.prompt);
    } else {
        r.prompts = call.at("prompt").get<std::vector<std::string>>();
        for (const auto& p : r.prompts) f << "--prompt" << QString::fromStdString(p);
    }
    if (call.contains("negative_prompt") && !call.at("negative_prompt").is_null()) {
        const auto& neg = call.at("negative_prompt");
        r.negative_prompts = neg.is_string() ? std::vector<std::string>{neg.get<std::string>()}
                                             : neg.get<std::vector<std::string>>();
        for (const auto& n : r.negative_prompts) f << "--negative" << QString::fromStdString(n);
    }
    r.steps = call.at("num_inference_steps").get<int>();
    f << "--steps" << QString::number(r.steps);
    r.guidance_scale = call.at("guidance_scale").get<double>();
    f << "--cfg" << QString::number(r.guidance_scale, 'g', 17);
    if (!c.json.at("seeds").is_null()) {
        r.seeds = c.json.at("seeds").get<std::vector<uint64_t>>();
    } else if (!c.json.at("seed").is_null()) {
        r.seeds = {c.json.at("seed").get<uint64_t>()};
    }
    QStringList seeds;
    for (uint64_t s : r.seeds) seeds << QString::number(s);
    f << "--seed" << seeds.join(',');
    if (call.contains("width")) {
        r.width = call.at("width").get<int>();
        r.height = call.at("height").get<int>();
        f << "--width" << QString::number(r.width) << "--height" << QString::number(r.height);
    }
    if (call.contains("strength") && !call.at("strength").is_null()) {
        r.strength = call.at("strength").get<double>();
        f << "--strength" << QString::number(r.strength, 'g', 17);
    }
    std::string cls;
    nlohmann::json overrides;
    if (c.json.contains("scheduler_construction"))
        parse_construction(c.json.at("scheduler_construction").get<std::string>(), cls, overrides);
    r.scheduler = cls;
    if (!cls.empty()) f << "--scheduler" << QString::fromStdString(cls);
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        r.scheduler_options[it.key()] = it.value().dump();
        f << "--scheduler-option" << QString::fromStdString(it.key() + "=" + it.value().dump());
    }
    const nlohmann::json inputs = c.json.value("inputs", nlohmann::json{{"image", nullptr}, {"mask_image", nullptr}});
    if (inputs.at("image").is_string()) {
        const QString path = c.dir + "/" + QString::fromStdString(inputs.at("image").get<std::string>());
        r.init_image = load_image(path.toStdString());
        f << "--init-image" << path;
    }
    if (inputs.at("mask_image").is_string()) {
        const QString path = c.dir + "/" + QString::fromStdString(inputs.at("mask_image").get<std::string>());
        r.mask = load_image(path.toStdString());
        f << "--mask" << path;
        if (!call.contains("strength") || call.at("strength").is_null()) {
            r.strength = 1.0;  // diffusers' inpainting default
            f << "--strength" << "1";
        }
    }
    return c;
}

}  // namespace stipple::test
