// Scheduler names and configs as a user meets them: every A1111 label resolves, unknown names and
// bad overrides are clear errors, the reverse lookup gives A1111 metadata, and every scheduler runs
// 1- and 50-step schedules (also Karras / v-prediction / trailing variants) without NaN.
#include "common/error.h"
#include "common/random.h"
#include "io/json_file.h"
#include "schedulers/scheduler_config.h"
#include "schedulers/scheduler_factory.h"
#include "support/fixtures.h"
#include "support/error_text.h"

#include <QtTest>

using nlohmann::json;

using stipple::test::error_of;

namespace {

// SD 1.5's scheduler_config.json as published (PNDM, minimal keys); used when ../shared is absent.
json sd15_config() {
    return json{{"_class_name", "PNDMScheduler"}, {"beta_end", 0.012}, {"beta_schedule", "scaled_linear"},
                {"beta_start", 0.00085}, {"num_train_timesteps", 1000}, {"set_alpha_to_one", false},
                {"skip_prk_steps", true}, {"steps_offset", 1}, {"trained_betas", nullptr}, {"clip_sample", false}};
}

// Runs a whole loop with a fake model output; returns false on NaN/Inf anywhere.
bool run_loop(stipple::Scheduler& s, int steps, uint64_t seed) {
    s.set_timesteps(steps);
    stipple::Generators g = stipple::make_generators({seed, seed + 1});
    at::Tensor x = stipple::randn_tensor({2, 4, 4, 4}, g) * s.init_noise_sigma();
    const at::Tensor ts = s.timesteps();
    for (int64_t i = 0; i < ts.numel(); ++i) {
        const at::Tensor t = ts[i];
        const at::Tensor in = s.scale_model_input(x, t);
        const at::Tensor model_out = 0.5 * in + 0.1 * at::ones_like(in);
        const auto out = s.step(model_out, t, x, g);
        if (!at::isfinite(out.prev_sample).all().item<bool>() || !at::isfinite(out.denoised).all().item<bool>())
            return false;
        x = out.prev_sample;
    }
    return true;
}

}  // namespace

class SchedFactory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void every_label_resolves();
    void unknown_name_is_helpful_error();
    void bad_overrides_are_errors();
    void config_resolution_follows_from_config();
    void model_default_class();
    void reverse_lookup();
    void schedules_without_nan_data();
    void schedules_without_nan();
    void bad_step_counts();
};

void SchedFactory::every_label_resolves() {
    const auto names = stipple::sampler_display_names();
    QVERIFY(names.size() >= 12);
    for (const char* must : {"Euler a", "Euler", "LMS", "Heun", "DPM2", "DPM++ 2M", "DPM++ 2M Karras", "DDIM", "PLMS",
                             "UniPC", "LCM", "DDPM"})
        QVERIFY2(std::find(names.begin(), names.end(), must) != names.end(), must);
    for (const auto& label : names) {
        std::unique_ptr<stipple::Scheduler> s;
        const std::string err = error_of([&] { s = stipple::make_scheduler(label, sd15_config()); });
        QVERIFY2(err.empty(), (label + ": " + err).c_str());
        s->set_timesteps(10);
        QVERIFY(s->timesteps().numel() >= 10);
        // The label round-trips through the metadata lookup.
        QCOMPARE(QString::fromStdString(stipple::describe_sampler(s->class_name(), s->config()).label),
                 QString::fromStdString(label));
    }
    auto karras = stipple::make_scheduler("DPM++ 2M Karras", sd15_config());
    QCOMPARE(QString::fromStdString(karras->class_name()), QStringLiteral("DPMSolverMultistepScheduler"));
    QVERIFY(karras->config()["use_karras_sigmas"].get<bool>());
    QCOMPARE(QString::fromStdString(karras->config()["algorithm_type"].get<std::string>()), QStringLiteral("dpmsolver++"));
    // Class names and case-insensitive labels are accepted too; "Euler Karras" composes.
    QCOMPARE(QString::fromStdString(stipple::make_scheduler("euler a", sd15_config())->class_name()),
             QStringLiteral("EulerAncestralDiscreteScheduler"));
    QVERIFY(stipple::make_scheduler("Euler Karras", sd15_config())->config()["use_karras_sigmas"].get<bool>());
    for (const auto& cls : stipple::scheduler_class_names())
        QCOMPARE(QString::fromStdString(stipple::make_scheduler(cls, sd15_config())->class_name()), QString::fromStdString(cls));
}

void SchedFactory::unknown_name_is_helpful_error() {
    const std::string err = error_of([] { stipple::make_scheduler("Euler b", sd15_config()); });
    QVERIFY2(!err.empty(), "unknown name must throw");
    QVERIFY2(err.find("Euler b") != std::string::npos, err.c_str());
    QVERIFY2(err.find("\"Euler a\"") != std::string::npos, err.c_str());
    QVERIFY2(err.find("DPMSolverMultistepScheduler") != std::string::npos, err.c_str());
    // "DDIM Karras": DDIM has no Karras sigmas.
    QVERIFY(!error_of([] { stipple::make_scheduler("DDIM Karras", sd15_config()); }).empty());
    // A model config naming a class Stipple does not have.
    json cfg = sd15_config();
    cfg["_class_name"] = "FlowMatchEulerDiscreteScheduler";
    const std::string err2 = error_of([&] { stipple::make_scheduler("", cfg); });
    QVERIFY2(err2.find("FlowMatchEulerDiscreteScheduler") != std::string::npos, err2.c_str());
}

void SchedFactory::bad_overrides_are_errors() {
    std::string err = error_of([] { stipple::make_scheduler("Euler", sd15_config(), {{"timestep_spacing", "sideways"}}); });
    QVERIFY2(err.find("timestep_spacing") != std::string::npos && err.find("trailing") != std::string::npos, err.c_str());
    err = error_of([] { stipple::make_scheduler("Euler", sd15_config(), {{"prediction_type", "flow"}}); });
    QVERIFY2(err.find("v_prediction") != std::string::npos, err.c_str());
    err = error_of([] { stipple::make_scheduler("Euler", sd15_config(), {{"use_karras_sigmas", "yes"}}); });
    QVERIFY2(err.find("use_karras_sigmas") != std::string::npos, err.c_str());
    err = error_of([] { stipple::make_scheduler("DDIM", sd15_config(), {{"use_karras_sigmas", true}}); });
    QVERIFY2(err.find("use_karras_sigmas") != std::string::npos && err.find("timestep_spacing") != std::string::npos,
             err.c_str());
    err = error_of([] { stipple::make_scheduler("Euler a", sd15_config(), {{"prediction_type", "sample"}}); });
    QVERIFY2(!err.empty(), "Euler a has no 'sample' prediction in diffusers");
    json bad = sd15_config();
    bad["beta_start"] = "small";
    err = error_of([&] { stipple::make_scheduler("DDIM", bad); });
    QVERIFY2(err.find("beta_start") != std::string::npos, err.c_str());
    QVERIFY(!error_of([] { stipple::make_scheduler("DDIM", sd15_config(), json::array()); }).empty());
    // Integers far outside int64 (found by fuzz_config_json: the cast to int64 was undefined behaviour).
    for (const json& huge : {json(1e300), json(-1e300), json(18446744073709551615ull)}) {
        bad = sd15_config();
        bad["num_train_timesteps"] = huge;
        err = error_of([&] { stipple::make_scheduler("DDIM", bad); });
        QVERIFY2(err.find("num_train_timesteps") != std::string::npos, err.c_str());
    }
    // Betas outside [0, 1) (fuzz_config_json: beta_start 5 gave DPM++ an empty schedule).
    bad = sd15_config();
    bad["beta_start"] = 5.00085;
    err = error_of([&] { stipple::make_scheduler("DPM++ 2M", bad); });
    QVERIFY2(err.find("beta_start") != std::string::npos, err.c_str());
}

void SchedFactory::config_resolution_follows_from_config() {
    // Keys in the file win; keys absent take the NEW class's defaults; then overrides.
    auto euler = stipple::make_scheduler("EulerDiscreteScheduler", sd15_config());
    QCOMPARE(QString::fromStdString(euler->config()["timestep_spacing"].get<std::string>()), QStringLiteral("linspace"));
    QCOMPARE(euler->config()["steps_offset"].get<int>(), 1);
    QCOMPARE(euler->config()["beta_start"].get<double>(), 0.00085);
    QVERIFY(!euler->config().contains("skip_prk_steps"));
    // A saved config's _use_default_values are treated as absent.
    json saved = sd15_config();
    saved["timestep_spacing"] = "leading";
    saved["_use_default_values"] = {"timestep_spacing"};
    QCOMPARE(QString::fromStdString(stipple::make_scheduler("Euler", saved)->config()["timestep_spacing"].get<std::string>()),
             QStringLiteral("linspace"));
    auto trailing = stipple::make_scheduler("Euler a", sd15_config(), {{"timestep_spacing", "trailing"}});
    trailing->set_timesteps(1);
    QCOMPARE(trailing->timesteps()[0].item<double>(), 999.0);
    // DPM's solver_type "bh2" is normalised the way diffusers' __init__ does it.
    json cfg = sd15_config();
    cfg["solver_type"] = "bh2";
    QCOMPARE(QString::fromStdString(stipple::make_scheduler("DPM++ 2M", cfg)->config()["solver_type"].get<std::string>()),
             QStringLiteral("midpoint"));
}

void SchedFactory::model_default_class() {
    auto s = stipple::make_scheduler("", sd15_config());
    QCOMPARE(QString::fromStdString(s->class_name()), QStringLiteral("PNDMScheduler"));
    s->set_timesteps(10);
    QCOMPARE(s->timesteps().numel(), int64_t(11));  // PLMS repeats one timestep
    QVERIFY(!error_of([] { stipple::make_scheduler("", json::object()); }).empty());
}

void SchedFactory::reverse_lookup() {
    auto d = stipple::describe_sampler("DPMSolverMultistepScheduler",
                                       stipple::make_scheduler("DPM++ 2M Karras", sd15_config())->config());
    QCOMPARE(QString::fromStdString(d.sampler), QStringLiteral("DPM++ 2M"));
    QCOMPARE(QString::fromStdString(d.schedule_type), QStringLiteral("Karras"));
    QCOMPARE(QString::fromStdString(d.label), QStringLiteral("DPM++ 2M Karras"));
    d = stipple::describe_sampler("EulerAncestralDiscreteScheduler",
                                  stipple::make_scheduler("Euler a", sd15_config())->config());
    QCOMPARE(QString::fromStdString(d.label), QStringLiteral("Euler a"));
    QVERIFY(d.schedule_type.empty());
    d = stipple::describe_sampler("PNDMScheduler", stipple::make_scheduler("", sd15_config())->config());
    QCOMPARE(QString::fromStdString(d.label), QStringLiteral("PLMS"));
}

void SchedFactory::schedules_without_nan_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("overrides");
    for (const auto& cls : stipple::scheduler_class_names()) {
        QTest::newRow(cls.c_str()) << QString::fromStdString(cls) << QStringLiteral("{}");
        QTest::newRow((cls + " v-pred trailing").c_str())
            << QString::fromStdString(cls) << QStringLiteral(R"({"prediction_type":"v_prediction","timestep_spacing":"trailing"})");
        QTest::newRow((cls + " leading").c_str()) << QString::fromStdString(cls) << QStringLiteral(R"({"timestep_spacing":"leading"})");
        if (stipple::find_scheduler_class(cls)->defaults.contains("use_karras_sigmas"))
            QTest::newRow((cls + " karras").c_str()) << QString::fromStdString(cls) << QStringLiteral(R"({"use_karras_sigmas":true})");
    }
    QTest::newRow("DPM++ 2M SDE Karras") << QStringLiteral("DPM++ 2M SDE Karras") << QStringLiteral("{}");
    QTest::newRow("DPM++ 3M") << QStringLiteral("DPMSolverMultistepScheduler") << QStringLiteral(R"({"solver_order":3})");
    QTest::newRow("UniPC order 3") << QStringLiteral("UniPCMultistepScheduler") << QStringLiteral(R"({"solver_order":3})");
    QTest::newRow("DPM lu lambdas") << QStringLiteral("DPMSolverMultistepScheduler") << QStringLiteral(R"({"use_lu_lambdas":true})");
    QTest::newRow("PNDM with PRK") << QStringLiteral("PNDMScheduler") << QStringLiteral(R"({"skip_prk_steps":false})");
    QTest::newRow("DDIM zero SNR") << QStringLiteral("DDIMScheduler")
                                   << QStringLiteral(R"({"rescale_betas_zero_snr":true,"prediction_type":"v_prediction","timestep_spacing":"trailing"})");
    QTest::newRow("Euler zero SNR") << QStringLiteral("EulerDiscreteScheduler")
                                    << QStringLiteral(R"({"rescale_betas_zero_snr":true,"prediction_type":"v_prediction","timestep_spacing":"trailing"})");
    QTest::newRow("DDPM cosine") << QStringLiteral("DDPMScheduler") << QStringLiteral(R"({"beta_schedule":"squaredcos_cap_v2"})");
}

void SchedFactory::schedules_without_nan() {
    QFETCH(QString, name);
    QFETCH(QString, overrides);
    const json ov = json::parse(overrides.toStdString());
    for (int steps : {1, 4, 50}) {
        // PNDM's Runge-Kutta warm-up needs 4 steps; 1 step is a clear error instead.
        if (ov.value("skip_prk_steps", true) == false && steps < 4) {
            auto s = stipple::make_scheduler(name.toStdString(), sd15_config(), ov);
            QVERIFY(!error_of([&] { s->set_timesteps(steps); }).empty());
            continue;
        }
        auto s = stipple::make_scheduler(name.toStdString(), sd15_config(), ov);
        QVERIFY2(run_loop(*s, steps, 1234), (name.toStdString() + " " + std::to_string(steps) + " steps").c_str());
        QVERIFY(std::isfinite(s->init_noise_sigma()));
        // A second generation with the same scheduler object starts clean.
        QVERIFY(run_loop(*s, steps, 99));
    }
}

void SchedFactory::bad_step_counts() {
    for (const auto& cls : stipple::scheduler_class_names()) {
        auto s = stipple::make_scheduler(cls, sd15_config());
        QVERIFY2(!error_of([&] { s->set_timesteps(0); }).empty(), cls.c_str());
        QVERIFY2(!error_of([&] { s->set_timesteps(1001); }).empty(), cls.c_str());
        stipple::Generators g = stipple::make_generators({1});
        QVERIFY2(!error_of([&] { s->step(at::zeros({1, 4, 2, 2}), at::scalar_tensor(5), at::zeros({1, 4, 2, 2}), g); }).empty(),
                 (cls + ": step before set_timesteps").c_str());
    }
    auto lcm = stipple::make_scheduler("LCM", sd15_config());
    QVERIFY(!error_of([&] { lcm->set_timesteps(51); }).empty());
}

QTEST_GUILESS_MAIN(SchedFactory)
#include "test_sched_factory.moc"
