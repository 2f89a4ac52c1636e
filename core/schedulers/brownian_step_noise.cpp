#include "schedulers/brownian_step_noise.h"

#include "common/brownian_tree.h"
#include "common/error.h"
#include "schedulers/dpmsolver_multistep_scheduler.h"

#include <memory>

namespace stipple {

namespace {

class BrownianStepNoise : public StepNoise {
public:
    BrownianStepNoise(const std::vector<uint64_t>& seeds, NoiseSource source, float sigma_min, float sigma_max)
        : sampler_(seeds, source, sigma_min, sigma_max) {}

    at::Tensor noise(const at::Tensor& sigma, const at::Tensor& sigma_next, const at::Tensor& like) override {
        if (like.dim() < 1 || like.size(0) != static_cast<int64_t>(sampler_.batch()))
            throw Error("internal: Brownian step noise for " + std::to_string(sampler_.batch()) +
                        " seeds got a batch of " + std::to_string(like.dim() < 1 ? 0 : like.size(0)));
        const at::Tensor w = sampler_.noise(sigma.item<float>(), sigma_next.item<float>(), like.sizes().slice(1));
        return w.to(like.device(), like.scalar_type());
    }

private:
    BrownianNoiseSampler sampler_;
};

}  // namespace

std::shared_ptr<StepNoise> make_brownian_step_noise(const Scheduler& scheduler, const std::vector<uint64_t>& seeds,
                                                    NoiseSource source) {
    if (!scheduler.sigmas().defined()) throw Error("internal: Brownian step noise needs a scheduler with sigmas");
    const at::Tensor sigmas = scheduler.sigmas().to(at::kFloat);
    const at::Tensor positive = sigmas.masked_select(sigmas > 0);
    if (positive.numel() == 0) throw Error("internal: Brownian step noise needs a schedule with a positive sigma");
    return std::make_shared<BrownianStepNoise>(seeds, source, positive.min().item<float>(), sigmas.max().item<float>());
}

bool use_brownian_step_noise(Scheduler& scheduler, const std::vector<uint64_t>& seeds, NoiseSource source) {
    auto* dpm = dynamic_cast<DPMSolverMultistepScheduler*>(&scheduler);
    if (dpm == nullptr || !dpm->draws_sde_noise()) return false;
    dpm->set_step_noise(make_brownian_step_noise(scheduler, seeds, source));
    return true;
}

}  // namespace stipple
