// Replays every reference case's scheduler loop (diffusers 0.25.1 fixtures) through Stipple's
// schedulers: effective config, timesteps, sigmas, init_noise_sigma, the RNG draw order, add_noise,
// scale_model_input and every step() output.
#include "common/error.h"
#include "common/random.h"
#include "io/json_file.h"
#include "io/safetensors.h"
#include "schedulers/scheduler_factory.h"
#include "support/fixtures.h"
#include "support/tensor_checks.h"

#include <QDir>
#include <QtTest>

#include <cmath>
#include <limits>

using nlohmann::json;

namespace {

// The fixtures write -inf as the string "-inf"; compare configs value by value.
json normalise(json v) {
    if (v.is_string() && v.get<std::string>() == "-inf") return -std::numeric_limits<double>::infinity();
    if (v.is_object())
        for (auto it = v.begin(); it != v.end(); ++it) it.value() = normalise(it.value());
    return v;
}

bool same_value(const json& a, const json& b) {
    if (a.is_number() && b.is_number()) {
        const double x = a.get<double>(), y = b.get<double>();
        return x == y || (std::isinf(x) && std::isinf(y) && (x > 0) == (y > 0));
    }
    return a == b;
}

std::string dtype_name(const at::Tensor& t) {
    if (t.scalar_type() == at::kLong) return "torch.int64";
    if (t.scalar_type() == at::kFloat) return "torch.float32";
    if (t.scalar_type() == at::kDouble) return "torch.float64";
    return "other";
}

// "XScheduler.from_config(pipe.scheduler.config, **{...})" -> overrides; the model's own -> {}.
json overrides_of(const std::string& construction) {
    const auto star = construction.find("**");
    if (star == std::string::npos) return json::object();
    const auto end = construction.rfind(')');
    return json::parse(construction.substr(star + 2, end - star - 2));
}

double rel_err(const at::Tensor& actual, const at::Tensor& expected) {
    const double m = expected.abs().max().item<double>();
    const double d = (actual.to(at::kDouble) - expected.to(at::kDouble)).abs().max().item<double>();
    if (std::isnan(d)) return INFINITY;
    return m > 0 ? d / m : d;
}

}  // namespace

class SchedCases : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cases_data();
    void cases();
};

void SchedCases::cases_data() {
    STIPPLE_REQUIRE_SHARED();
    QTest::addColumn<QString>("name");
    QDir dir(QString::fromStdString(stipple::test::shared_path(QStringLiteral("fixtures/cases"))));
    int count = 0;
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const json c = stipple::read_json_file(dir.filePath(name + "/case.json").toStdString());
        if (!c.contains("timesteps") || c["timesteps"].is_null()) continue;  // error cases: no schedule
        QTest::newRow(name.toUtf8().constData()) << name;
        ++count;
    }
    QVERIFY2(count >= 20, "expected the shared fixture cases");
}

void SchedCases::cases() {
    QFETCH(QString, name);
    const std::string case_dir = stipple::test::shared_path(QStringLiteral("fixtures/cases/") + name);
    const json c = stipple::read_json_file(case_dir + "/case.json");
    auto file = stipple::SafetensorsFile::open(case_dir + "/expected.safetensors");
    const json model_cfg =
        stipple::read_json_file(stipple::test::shared_path(QString::fromStdString(
            "fixtures/" + c["model_dir"].get<std::string>() + "/scheduler/scheduler_config.json")));

    // 1. Construction and the effective config.
    const std::string construction = c["scheduler_construction"].get<std::string>();
    const bool own = construction.find("from_config") == std::string::npos;
    const std::string cls = c["scheduler_class"].get<std::string>();
    std::unique_ptr<stipple::Scheduler> s;
    try {
        s = stipple::make_scheduler(own ? std::string() : cls, model_cfg, overrides_of(construction));
    } catch (const stipple::Error& e) {
        QFAIL(e.what());
    }
    QCOMPARE(QString::fromStdString(s->class_name()), QString::fromStdString(cls));
    const json want = normalise(c["scheduler_config_effective"]);
    const json& have = s->config();
    for (auto it = want.begin(); it != want.end(); ++it) {
        QVERIFY2(have.contains(it.key()), ("config lacks " + it.key()).c_str());
        QVERIFY2(same_value(have[it.key()], it.value()),
                 (it.key() + ": " + have[it.key()].dump() + " != expected " + it.value().dump()).c_str());
    }
    QCOMPARE(have.size(), want.size());
    QCOMPARE(s->order(), c["scheduler_order"].get<int>());

    // 2. Schedule.
    const int steps = c["call"]["num_inference_steps"].get<int>();
    s->set_timesteps(steps);
    const at::Tensor ts = s->timesteps();
    QCOMPARE(QString::fromStdString(dtype_name(ts)), QString::fromStdString(c["timesteps_dtype"].get<std::string>()));
    const at::Tensor want_ts = file->tensor("timesteps");
    // KDPM2's interpolated (fractional) timesteps come from exp/log round trips; one of the shared
    // case's nine differs from diffusers by 2 float32 ulps (1.9e-6 at t = 11.2). Everything else is exact.
    const bool kdpm2 = cls == "KDPM2DiscreteScheduler";
    const bool ts_ok = ts.sizes() == want_ts.sizes() &&
                       (kdpm2 ? ((ts.to(at::kDouble) - want_ts.to(at::kDouble)).abs() <=
                                 2.5 * 1.1920929e-7 * want_ts.to(at::kDouble).abs()).all().item<bool>()
                              : at::equal(ts, want_ts));
    if (kdpm2 && ts_ok) {
        // The integer (non-interpolated) timesteps stay exact.
        QVERIFY(at::equal(ts.slice(0, 0, ts.numel(), 2), want_ts.slice(0, 0, ts.numel(), 2)));
    }
    if (!ts_ok) {
        std::string got, exp;
        for (int64_t i = 0; i < ts.numel(); ++i) got += std::to_string(ts[i].item<double>()) + " ";
        for (int64_t i = 0; i < want_ts.numel(); ++i) exp += std::to_string(want_ts[i].item<double>()) + " ";
        QFAIL(("timesteps differ: got [" + got + "] expected [" + exp + "]").c_str());
    }
    if (file->contains("sigmas")) {
        const at::Tensor want_s = file->tensor("sigmas");
        QVERIFY2(s->sigmas().defined() && s->sigmas().sizes() == want_s.sizes(), "sigmas shape");
        const double err = (s->sigmas().to(at::kDouble) - want_s.to(at::kDouble)).abs().max().item<double>();
        QVERIFY2(at::equal(s->sigmas(), want_s), ("sigmas differ by " + std::to_string(err)).c_str());
    }
    const double ins = c["init_noise_sigma"].get<double>();
    QVERIFY2(std::abs(s->init_noise_sigma() - ins) <= 1e-7 * std::max(1.0, ins),
             ("init_noise_sigma " + std::to_string(s->init_noise_sigma())).c_str());

    // 3. Generators exactly as the harness made them, and the draws made before the loop.
    std::vector<uint64_t> seeds;
    if (c.contains("seeds") && c["seeds"].is_array())
        for (const auto& v : c["seeds"]) seeds.push_back(v.get<uint64_t>());
    else
        seeds.push_back(c["seed"].get<uint64_t>());
    stipple::Generators gens = stipple::make_generators(seeds);
    const int64_t h = c["latent_height"].get<int64_t>(), w = c["latent_width"].get<int64_t>();
    const bool latents_given = c["inputs"]["latents"].is_string();
    if (latents_given) {
        const at::Tensor lat = gens.randn(0, {1, 4, h, w});
        QVERIFY2(at::equal(lat, file->tensor("latents_randn")), "latents drawn from the seed differ from latents_randn");
    }
    const json draws = c.value("rng_draws_inside_pipeline", json::array());
    size_t cursor = 0;
    auto is_scheduler_draw = [&](size_t k) {
        return draws[k]["called_from"].get<std::string>().rfind("scheduling_", 0) == 0;
    };
    auto rng_name = [&](size_t k) { return draws[k]["tensor"].get<std::string>(); };
    while (cursor < draws.size() && !is_scheduler_draw(cursor)) {
        std::vector<int64_t> shape = draws[cursor]["shape"].get<std::vector<int64_t>>();
        const at::Tensor r = stipple::randn_tensor(shape, gens);
        QVERIFY2(at::equal(r, file->tensor(rng_name(cursor))), ("pre-loop draw " + rng_name(cursor) + " differs").c_str());
        ++cursor;
    }

    // 4. Initial latents and where the loop starts.
    const bool img2img = c["inputs"]["image"].is_string() && !c["inputs"]["mask_image"].is_string();
    int64_t start = 0;
    double add_noise_err = 0;
    if (img2img) {
        const double strength = c["call"]["strength"].get<double>();
        const int64_t init_timestep = std::min<int64_t>(static_cast<int64_t>(steps * strength), steps);
        start = std::max<int64_t>(steps - init_timestep, 0) * s->order();
        const at::Tensor mean = file->tensor("vae_encode_mean"), logvar = file->tensor("vae_encode_logvar");
        const at::Tensor image_latents = 0.18215 * (mean + at::exp(0.5 * logvar.clamp(-30, 20)) * file->tensor("rng_00"));
        const at::Tensor t0 = ts.slice(0, start, start + 1).repeat({image_latents.size(0)});
        const at::Tensor init = s->add_noise(image_latents, file->tensor("rng_01"), t0);
        add_noise_err = rel_err(init, file->tensor("latents_init"));
        QVERIFY2(add_noise_err <= 1e-6, ("add_noise vs latents_init: rel " + std::to_string(add_noise_err)).c_str());
    } else {
        const at::Tensor init = file->tensor("latents_randn") * s->init_noise_sigma();
        const double e = rel_err(init, file->tensor("latents_init"));
        QVERIFY2(e <= 1e-7, ("latents_init: rel " + std::to_string(e)).c_str());
    }

    // 5. The loop, replayed with the recorded UNet outputs.
    const at::Tensor sample_in = file->tensor("step_sample_in"), noise_pred = file->tensor("step_noise_pred");
    const at::Tensor prev_want = file->tensor("step_prev_sample"), unet_in = file->tensor("step_unet_sample");
    const at::Tensor sched_t = file->tensor("step_scheduler_timestep");
    const int64_t calls = c["num_unet_calls"].get<int64_t>();
    QCOMPARE(sample_in.size(0), calls);
    QCOMPARE(ts.numel() - start, calls);
    double worst_step = 0, worst_scale = 0;
    int64_t worst_at = -1;
    for (int64_t i = 0; i < calls; ++i) {
        const at::Tensor t = ts[start + i];
        if (kdpm2)
            QVERIFY(std::abs(t.item<double>() - sched_t[i].item<double>()) <= 2.5 * 1.1920929e-7 * std::abs(sched_t[i].item<double>()));
        else
            QCOMPARE(t.item<double>(), sched_t[i].item<double>());
        const at::Tensor x = sample_in[i];
        const int64_t batch = x.size(0);
        const bool cfg = unet_in.size(1) == 2 * batch;
        const at::Tensor model_in = cfg ? at::cat({x, x}) : x;
        const at::Tensor scaled = s->scale_model_input(model_in, t);
        const double scale_err = rel_err(scaled, unet_in[i].slice(1, 0, 4));
        worst_scale = std::max(worst_scale, scale_err);

        stipple::Generators before = gens.clone();
        const stipple::SchedulerStepOutput out = s->step(noise_pred[i], t, x, gens);
        QVERIFY2(out.denoised.defined() && out.denoised.sizes() == x.sizes(), "denoised must always be filled");
        if (!before.same_state(gens)) {
            // The step drew noise: it must be the next recorded draw, of that shape, and the only one.
            QVERIFY2(cursor < draws.size() && is_scheduler_draw(cursor), "unexpected random draw inside step()");
            std::vector<int64_t> shape = draws[cursor]["shape"].get<std::vector<int64_t>>();
            const at::Tensor r = stipple::randn_tensor(shape, before);
            QVERIFY2(at::equal(r, file->tensor(rng_name(cursor))), ("step draw " + rng_name(cursor) + " differs").c_str());
            QVERIFY2(before.same_state(gens), "step() drew more than one noise tensor");
            ++cursor;
        }
        const double e = rel_err(out.prev_sample, prev_want[i]);
        if (e > worst_step) {
            worst_step = e;
            worst_at = i;
        }
    }
    QCOMPARE(cursor, draws.size());
    qDebug("%-24s %-32s steps %2lld  worst step rel %.3g (call %lld)  scale_model_input rel %.3g  add_noise rel %.3g",
           name.toUtf8().constData(), cls.c_str(), static_cast<long long>(calls), worst_step,
           static_cast<long long>(worst_at), worst_scale, add_noise_err);
    QVERIFY2(worst_scale <= 1e-6, ("scale_model_input rel error " + std::to_string(worst_scale)).c_str());
    QVERIFY2(worst_step <= 1e-5, ("step prev_sample rel error " + std::to_string(worst_step) + " at call " +
                                  std::to_string(worst_at)).c_str());
}

QTEST_GUILESS_MAIN(SchedCases)
#include "test_sched_cases.moc"
