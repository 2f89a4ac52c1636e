#include "schedulers/scheduler_math.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace stipple::sched {

namespace {
const nlohmann::json& at_key(const nlohmann::json& config, const char* key) {
    auto it = config.find(key);
    if (it == config.end()) throw Error(std::string("internal: scheduler config has no key '") + key + "'");
    return *it;
}
}  // namespace

double cfg_double(const nlohmann::json& config, const char* key) {
    const auto& v = at_key(config, key);
    if (!v.is_number()) throw Error(std::string("scheduler config: '") + key + "' must be a number, got " + v.dump());
    return v.get<double>();
}

int64_t cfg_int(const nlohmann::json& config, const char* key) {
    const auto& v = at_key(config, key);
    if (!v.is_number()) throw Error(std::string("scheduler config: '") + key + "' must be an integer, got " + v.dump());
    if (v.is_number_float()) {
        const double d = v.get<double>();
        // The cast is undefined outside int64's range (NaN, 1e300): an Error instead.
        if (!(std::fabs(d) <= 9007199254740992.0))
            throw Error(std::string("scheduler config: '") + key + "' must be an integer of at most 2^53, got " + v.dump());
        return static_cast<int64_t>(d);
    }
    return v.get<int64_t>();
}

bool cfg_bool(const nlohmann::json& config, const char* key) {
    const auto& v = at_key(config, key);
    if (!v.is_boolean()) throw Error(std::string("scheduler config: '") + key + "' must be true or false, got " + v.dump());
    return v.get<bool>();
}

std::string cfg_string(const nlohmann::json& config, const char* key) {
    const auto& v = at_key(config, key);
    if (!v.is_string()) throw Error(std::string("scheduler config: '") + key + "' must be a string, got " + v.dump());
    return v.get<std::string>();
}

bool cfg_is_null(const nlohmann::json& config, const char* key) {
    auto it = config.find(key);
    return it == config.end() || it->is_null();
}

// diffusers' betas_for_alpha_bar: computed in Python floats (double), stored as float32.
static at::Tensor betas_for_alpha_bar(int64_t n, bool cosine, double max_beta = 0.999) {
    auto alpha_bar = [cosine](double t) {
        if (cosine) {
            const double c = std::cos((t + 0.008) / 1.008 * M_PI / 2);
            return c * c;
        }
        return std::exp(t * -12.0);
    };
    std::vector<float> betas(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) {
        const double t1 = static_cast<double>(i) / static_cast<double>(n);
        const double t2 = static_cast<double>(i + 1) / static_cast<double>(n);
        betas[static_cast<size_t>(i)] = static_cast<float>(std::min(1 - alpha_bar(t2) / alpha_bar(t1), max_beta));
    }
    return at::tensor(betas, at::TensorOptions().dtype(at::kFloat));
}

at::Tensor make_betas(const nlohmann::json& config, const std::string& class_name) {
    const int64_t n = cfg_int(config, "num_train_timesteps");
    if (!cfg_is_null(config, "trained_betas")) {
        std::vector<float> betas;
        for (const auto& b : config.at("trained_betas")) betas.push_back(static_cast<float>(b.get<double>()));
        return at::tensor(betas, at::TensorOptions().dtype(at::kFloat));
    }
    const std::string schedule = cfg_string(config, "beta_schedule");
    const double start = cfg_double(config, "beta_start");
    const double end = cfg_double(config, "beta_end");
    const auto f32 = at::TensorOptions().dtype(at::kFloat);
    if (schedule == "linear") return at::linspace(start, end, n, f32);
    if (schedule == "scaled_linear")
        return at::linspace(std::pow(start, 0.5), std::pow(end, 0.5), n, f32).pow(2);
    if (schedule == "squaredcos_cap_v2") return betas_for_alpha_bar(n, true);
    if (schedule == "exp" && class_name == "HeunDiscreteScheduler") return betas_for_alpha_bar(n, false);
    throw Error(class_name + ": beta_schedule '" + schedule +
                "' is not supported (use linear, scaled_linear or squaredcos_cap_v2)");
}

at::Tensor rescale_zero_terminal_snr(const at::Tensor& betas) {
    at::Tensor alphas = 1.0 - betas;
    at::Tensor alphas_cumprod = at::cumprod(alphas, 0);
    at::Tensor alphas_bar_sqrt = alphas_cumprod.sqrt();
    at::Tensor sqrt_0 = alphas_bar_sqrt[0].clone();
    at::Tensor sqrt_T = alphas_bar_sqrt[-1].clone();
    alphas_bar_sqrt -= sqrt_T;
    alphas_bar_sqrt *= sqrt_0 / (sqrt_0 - sqrt_T);
    at::Tensor alphas_bar = alphas_bar_sqrt.pow(2);
    at::Tensor ratios = alphas_bar.slice(0, 1) / alphas_bar.slice(0, 0, -1);
    alphas = at::cat({alphas_bar.slice(0, 0, 1), ratios});
    return 1 - alphas;
}

at::Tensor alphas_cumprod_of(const at::Tensor& betas) { return at::cumprod(1.0 - betas, 0); }

at::Tensor sigmas_of(const at::Tensor& alphas_cumprod) {
    return ((1 - alphas_cumprod) / alphas_cumprod).pow(0.5);
}

std::vector<double> to_doubles(const at::Tensor& t) {
    at::Tensor d = t.to(at::kDouble).contiguous();
    return std::vector<double>(d.data_ptr<double>(), d.data_ptr<double>() + d.numel());
}

std::vector<double> np_linspace(double start, double stop, int64_t num, bool endpoint) {
    std::vector<double> y(static_cast<size_t>(std::max<int64_t>(num, 0)));
    const double div = endpoint ? static_cast<double>(num - 1) : static_cast<double>(num);
    const double delta = stop - start;
    const double step = div > 0 ? delta / div : std::numeric_limits<double>::quiet_NaN();
    for (int64_t i = 0; i < num; ++i) {
        double v;
        if (div > 0) {
            v = (step == 0) ? static_cast<double>(i) / div * delta : static_cast<double>(i) * step;
        } else {
            v = static_cast<double>(i) * delta;
        }
        y[static_cast<size_t>(i)] = v + start;
    }
    if (endpoint && num > 1) y.back() = stop;
    return y;
}

std::vector<double> np_arange(double start, double stop, double step) {
    const double len_d = std::ceil((stop - start) / step);
    const int64_t len = len_d > 0 ? static_cast<int64_t>(len_d) : 0;
    std::vector<double> y(static_cast<size_t>(len));
    if (len == 0) return y;
    const double delta = (start + step) - start;  // numpy fills from the first two values
    for (int64_t i = 0; i < len; ++i) y[static_cast<size_t>(i)] = start + static_cast<double>(i) * delta;
    y[0] = start;
    return y;
}

double np_round(double x) { return std::nearbyint(x); }

std::vector<double> np_interp_index(const std::vector<double>& x, const std::vector<double>& fp) {
    std::vector<double> out(x.size());
    const int64_t n = static_cast<int64_t>(fp.size());
    for (size_t i = 0; i < x.size(); ++i) {
        const double xv = x[i];
        if (std::isnan(xv)) {
            out[i] = xv;
        } else if (xv > static_cast<double>(n - 1)) {
            out[i] = fp.back();
        } else if (xv < 0) {
            out[i] = fp.front();
        } else if (xv == static_cast<double>(n - 1)) {
            out[i] = fp.back();
        } else {
            const int64_t j = static_cast<int64_t>(std::floor(xv));
            const double slope = (fp[static_cast<size_t>(j + 1)] - fp[static_cast<size_t>(j)]) / 1.0;
            double r = slope * (xv - static_cast<double>(j)) + fp[static_cast<size_t>(j)];
            if (std::isnan(r)) r = slope * (xv - static_cast<double>(j + 1)) + fp[static_cast<size_t>(j + 1)];
            out[i] = r;
        }
    }
    return out;
}

std::vector<double> reversed(std::vector<double> v) {
    std::reverse(v.begin(), v.end());
    return v;
}

std::vector<double> karras_sigmas(double sigma_min, double sigma_max, int64_t n) {
    const double rho = 7.0;
    const std::vector<double> ramp = np_linspace(0, 1, n);
    const double min_inv_rho = std::pow(sigma_min, 1 / rho);
    const double max_inv_rho = std::pow(sigma_max, 1 / rho);
    std::vector<double> sigmas(ramp.size());
    for (size_t i = 0; i < ramp.size(); ++i)
        sigmas[i] = std::pow(max_inv_rho + ramp[i] * (min_inv_rho - max_inv_rho), rho);
    return sigmas;
}

double sigma_to_t(double sigma, const std::vector<float>& log_sigmas) {
    const double log_sigma = std::log(std::max(sigma, 1e-10));
    const int64_t n = static_cast<int64_t>(log_sigmas.size());
    // argmax of cumsum(dists >= 0): the last index whose log_sigma is <= log(sigma), else 0.
    int64_t low_idx = 0;
    for (int64_t i = 0; i < n; ++i)
        if (log_sigma - static_cast<double>(log_sigmas[static_cast<size_t>(i)]) >= 0) low_idx = i;
    low_idx = std::min(low_idx, n - 2);
    const int64_t high_idx = low_idx + 1;
    const float low = log_sigmas[static_cast<size_t>(low_idx)];
    const float high = log_sigmas[static_cast<size_t>(high_idx)];
    double w = (static_cast<double>(low) - log_sigma) / static_cast<double>(low - high);
    w = std::min(std::max(w, 0.0), 1.0);
    return (1 - w) * static_cast<double>(low_idx) + w * static_cast<double>(high_idx);
}

std::vector<float> log_of(const at::Tensor& float_sigmas) {
    at::Tensor s = float_sigmas.to(at::kFloat).contiguous();
    std::vector<float> out(static_cast<size_t>(s.numel()));
    const float* p = s.data_ptr<float>();
    for (size_t i = 0; i < out.size(); ++i) out[i] = std::log(p[i]);
    return out;
}

at::Tensor threshold_sample(const at::Tensor& sample, double ratio, double max_value) {
    const auto dtype = sample.scalar_type();
    at::Tensor x = (dtype == at::kFloat || dtype == at::kDouble) ? sample : sample.to(at::kFloat);
    const int64_t batch = x.size(0);
    auto shape = x.sizes().vec();
    x = x.reshape({batch, -1});
    at::Tensor s = at::quantile(x.abs(), ratio, 1);
    s = at::clamp(s, 1, max_value).unsqueeze(1);
    x = at::clamp(x, -s, s) / s;
    return x.reshape(shape).to(dtype);
}

at::Tensor tensor_of(const std::vector<double>& v, at::ScalarType dtype) {
    at::Tensor d = at::tensor(v, at::TensorOptions().dtype(at::kDouble));
    return d.to(dtype);
}

static std::vector<int64_t> matches(const at::Tensor& schedule, const at::Tensor& timestep) {
    at::Tensor idx = at::nonzero(at::eq(schedule, timestep.reshape({}))).flatten();
    return std::vector<int64_t>(idx.data_ptr<int64_t>(), idx.data_ptr<int64_t>() + idx.numel());
}

int64_t index_for_timestep(const at::Tensor& schedule, const at::Tensor& timestep, bool last_if_missing,
                           const std::string& who) {
    if (timestep.numel() != 1) throw Error(who + ": step() needs one timestep, got " + std::to_string(timestep.numel()));
    const auto m = matches(schedule, timestep);
    if (m.empty()) {
        if (last_if_missing) return schedule.numel() - 1;
        throw Error(who + ": timestep " + std::to_string(timestep.item<double>()) +
                    " is not in the schedule; pass a value from scheduler.timesteps()");
    }
    return m.size() > 1 ? m[1] : m[0];
}

int64_t first_index_of(const at::Tensor& schedule, const at::Tensor& timestep, const std::string& who) {
    const auto m = matches(schedule, timestep);
    if (m.empty())
        throw Error(who + ": timestep " + std::to_string(timestep.item<double>()) +
                    " is not in the schedule; pass a value from scheduler.timesteps()");
    return m[0];
}

at::Tensor expand_to(const at::Tensor& per_row, const at::Tensor& like) {
    at::Tensor v = per_row.flatten();
    while (v.dim() < like.dim()) v = v.unsqueeze(-1);
    return v;
}

int64_t timestep_int(const at::Tensor& timestep) {
    if (timestep.numel() != 1) throw Error("scheduler: expected one timestep, got " + std::to_string(timestep.numel()));
    if (at::isFloatingType(timestep.scalar_type())) return static_cast<int64_t>(timestep.item<double>());
    return timestep.item<int64_t>();
}

void check_sample_shapes(const at::Tensor& model_output, const at::Tensor& sample, const std::string& who) {
    if (!model_output.defined() || !sample.defined())
        throw Error(who + ": step() got an undefined model_output or sample");
    if (model_output.sizes() != sample.sizes())
        throw Error(who + ": model_output and sample shapes differ");
}

}  // namespace stipple::sched
