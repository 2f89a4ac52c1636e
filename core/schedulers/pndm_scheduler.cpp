#include "schedulers/pndm_scheduler.h"

#include "common/error.h"
#include "schedulers/ddim_scheduler.h"
#include "schedulers/scheduler_math.h"

namespace stipple {

PNDMScheduler::PNDMScheduler(nlohmann::json config) : Scheduler(std::move(config)) {
    alphas_cumprod_ = sched::alphas_cumprod_of(sched::make_betas(config_, class_name()));
    final_alpha_cumprod_ = sched::cfg_bool(config_, "set_alpha_to_one") ? at::scalar_tensor(1.0, at::kFloat)
                                                                         : alphas_cumprod_[0].clone();
}

void PNDMScheduler::set_timesteps(int n) {
    const int64_t train = sched::cfg_int(config_, "num_train_timesteps");
    sched::check_step_count(n, train, class_name());
    const bool skip_prk = sched::cfg_bool(config_, "skip_prk_steps");
    if (!skip_prk && n < 4) throw Error(class_name() + ": PNDM with PRK steps needs at least 4 steps (got " + std::to_string(n) + ")");
    num_inference_steps_ = n;
    const std::string spacing = sched::cfg_string(config_, "timestep_spacing");
    std::vector<int64_t> base;  // ascending
    if (spacing == "linspace") {
        for (double v : sched::np_linspace(0, static_cast<double>(train - 1), n)) base.push_back(static_cast<int64_t>(sched::np_round(v)));
    } else if (spacing == "leading") {
        const int64_t ratio = train / n;
        for (int64_t i = 0; i < n; ++i) base.push_back(i * ratio + sched::cfg_int(config_, "steps_offset"));
    } else {
        const double ratio = static_cast<double>(train) / n;
        auto v = sched::np_arange(static_cast<double>(train), 0, -ratio);
        for (auto it = v.rbegin(); it != v.rend(); ++it) base.push_back(static_cast<int64_t>(sched::np_round(*it)) - 1);
    }
    std::vector<int64_t> prk;
    std::vector<int64_t> plms;
    const int64_t m = static_cast<int64_t>(base.size());
    if (skip_prk) {
        // concat(base[:-1], base[-2:-1], base[-1:])[::-1]: the second-to-last repeats.
        std::vector<int64_t> seq(base.begin(), base.end() - 1);
        if (m >= 2) seq.push_back(base[static_cast<size_t>(m - 2)]);
        seq.push_back(base.back());
        plms.assign(seq.rbegin(), seq.rend());
    } else {
        const int64_t half = train / n / 2;
        std::vector<int64_t> tmp;
        for (int64_t i = m - 4; i < m; ++i) {
            tmp.push_back(base[static_cast<size_t>(i)]);
            tmp.push_back(base[static_cast<size_t>(i)] + half);
        }
        // (tmp[:-1].repeat(2)[1:-1])[::-1]
        std::vector<int64_t> rep;
        for (size_t i = 0; i + 1 < tmp.size(); ++i) {
            rep.push_back(tmp[i]);
            rep.push_back(tmp[i]);
        }
        std::vector<int64_t> mid(rep.begin() + 1, rep.end() - 1);
        prk.assign(mid.rbegin(), mid.rend());
        for (int64_t i = m - 4; i >= 0; --i) plms.push_back(base[static_cast<size_t>(i)]);
    }
    prk_timesteps_ = prk;
    std::vector<double> all;
    for (auto v : prk) all.push_back(static_cast<double>(v));
    for (auto v : plms) all.push_back(static_cast<double>(v));
    timesteps_ = sched::tensor_of(all, at::kLong);
    ets_.clear();
    counter_ = 0;
    cur_sample_ = at::Tensor();
    cur_model_output_ = at::Tensor();
}

at::Tensor PNDMScheduler::alpha_at(int64_t t) const {
    return t >= 0 ? alphas_cumprod_[t] : final_alpha_cumprod_;
}

SchedulerStepOutput PNDMScheduler::step(const at::Tensor& model_output, const at::Tensor& timestep,
                                        const at::Tensor& sample, Generators&) {
    require_timesteps("step()");
    sched::check_sample_shapes(model_output, sample, class_name());
    const int64_t t = sched::timestep_int(timestep);
    if (t < 0 || t >= sched::cfg_int(config_, "num_train_timesteps"))
        throw Error(class_name() + ": timestep " + std::to_string(t) + " is out of range");
    if (counter_ < static_cast<int64_t>(prk_timesteps_.size()) && !sched::cfg_bool(config_, "skip_prk_steps"))
        return step_prk(model_output, t, sample);
    return step_plms(model_output, t, sample);
}

SchedulerStepOutput PNDMScheduler::step_prk(const at::Tensor& model_output_in, int64_t timestep, const at::Tensor& sample) {
    const int64_t train = sched::cfg_int(config_, "num_train_timesteps");
    const int64_t diff_to_prev = (counter_ % 2) ? 0 : train / num_inference_steps_ / 2;
    const int64_t prev_t = timestep - diff_to_prev;
    timestep = prk_timesteps_[static_cast<size_t>(counter_ / 4 * 4)];
    at::Tensor model_output = model_output_in;
    const at::Tensor x0 = estimate_x0(sample, timestep, model_output_in);
    if (counter_ % 4 == 0) {
        cur_model_output_ = model_output * (1.0 / 6);
        ets_.push_back(model_output);
        cur_sample_ = sample;
    } else if ((counter_ - 1) % 4 == 0 || (counter_ - 2) % 4 == 0) {
        cur_model_output_ = cur_model_output_ + model_output * (1.0 / 3);
    } else {
        model_output = cur_model_output_ + model_output * (1.0 / 6);
        cur_model_output_ = at::Tensor();
    }
    const at::Tensor cur = cur_sample_.defined() ? cur_sample_ : sample;
    at::Tensor prev = prev_sample(cur, timestep, prev_t, model_output);
    counter_ += 1;
    return {prev, x0};
}

SchedulerStepOutput PNDMScheduler::step_plms(const at::Tensor& model_output_in, int64_t timestep, const at::Tensor& sample_in) {
    const int64_t train = sched::cfg_int(config_, "num_train_timesteps");
    const int64_t stride = train / num_inference_steps_;
    int64_t prev_t = timestep - stride;
    const at::Tensor x0 = estimate_x0(sample_in, timestep, model_output_in);
    if (counter_ != 1) {
        if (ets_.size() > 3) ets_.erase(ets_.begin(), ets_.end() - 3);
        ets_.push_back(model_output_in);
    } else {
        prev_t = timestep;
        timestep = timestep + stride;
    }
    at::Tensor model_output = model_output_in;
    at::Tensor sample = sample_in;
    const size_t n = ets_.size();
    if (n == 1 && counter_ == 0) {
        cur_sample_ = sample;
    } else if (n == 1 && counter_ == 1) {
        model_output = (model_output + ets_.back()) / 2;
        sample = cur_sample_;
        cur_sample_ = at::Tensor();
    } else if (n == 2) {
        model_output = (3 * ets_[n - 1] - ets_[n - 2]) / 2;
    } else if (n == 3) {
        model_output = (23 * ets_[n - 1] - 16 * ets_[n - 2] + 5 * ets_[n - 3]) / 12;
    } else {
        model_output = (1.0 / 24) * (55 * ets_[n - 1] - 59 * ets_[n - 2] + 37 * ets_[n - 3] - 9 * ets_[n - 4]);
    }
    at::Tensor prev = prev_sample(sample, timestep, prev_t, model_output);
    counter_ += 1;
    return {prev, x0};
}

at::Tensor PNDMScheduler::prev_sample(const at::Tensor& sample, int64_t t, int64_t prev_t,
                                      const at::Tensor& model_output_in) const {
    const at::Tensor alpha_prod_t = alpha_at(t);
    const at::Tensor alpha_prod_t_prev = alpha_at(prev_t);
    const at::Tensor beta_prod_t = 1 - alpha_prod_t;
    const at::Tensor beta_prod_t_prev = 1 - alpha_prod_t_prev;
    at::Tensor model_output = model_output_in;
    if (sched::cfg_string(config_, "prediction_type") == "v_prediction")
        model_output = alpha_prod_t.pow(0.5) * model_output + beta_prod_t.pow(0.5) * sample;
    const at::Tensor sample_coeff = (alpha_prod_t_prev / alpha_prod_t).pow(0.5);
    const at::Tensor denom = alpha_prod_t * beta_prod_t_prev.pow(0.5) +
                             (alpha_prod_t * beta_prod_t * alpha_prod_t_prev).pow(0.5);
    return sample_coeff * sample - (alpha_prod_t_prev - alpha_prod_t) * model_output / denom;
}

// PNDM has no x0 output in diffusers; previews get the plain estimate from this call's model output.
at::Tensor PNDMScheduler::estimate_x0(const at::Tensor& sample, int64_t t, const at::Tensor& model_output) const {
    return sched::predict_x0(sched::cfg_string(config_, "prediction_type"), model_output, sample, alphas_cumprod_[t],
                             class_name());
}

at::Tensor PNDMScheduler::add_noise(const at::Tensor& original, const at::Tensor& noise, const at::Tensor& timesteps) {
    return sched::add_noise_alphas_cumprod(alphas_cumprod_, original, noise, timesteps);
}

}  // namespace stipple
