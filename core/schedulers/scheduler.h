// The one small interface every noise scheduler implements, shaped like diffusers' schedulers
// so the pipeline loop is the diffusers loop: set_timesteps, scale_model_input, step, add_noise.
#pragma once

#include "common/random.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace stipple {

struct SchedulerStepOutput {
    at::Tensor prev_sample;  // x_{t-1}: the next loop latents
    at::Tensor denoised;     // the scheduler's x0 estimate at this step (for previews); always filled
};

class Scheduler {
public:
    virtual ~Scheduler() = default;

    // The diffusers class this scheduler reproduces ("EulerDiscreteScheduler", ...).
    virtual std::string class_name() const = 0;
    // An independent copy with all of its state (step index, multistep history): stepping the copy
    // leaves this one as it was. Member tensors are shared, which is safe because no step modifies
    // a tensor in place (it replaces it). The guidance parts step copies with each half of CFG.
    virtual std::unique_ptr<Scheduler> clone() const = 0;

    // Builds the inference schedule; throws stipple::Error for a bad step count. Resets all
    // multistep state, so a scheduler can be reused for another generation.
    virtual void set_timesteps(int num_inference_steps) = 0;

    // Exactly diffusers' `scheduler.timesteps` (int64 or float32, as diffusers has it).
    const at::Tensor& timesteps() const { return timesteps_; }
    // diffusers' `scheduler.sigmas` for the schedulers that have them (k-diffusion style, DPM++,
    // UniPC); an undefined tensor otherwise.
    at::Tensor sigmas() const { return sigmas_; }
    // Standard deviation of the initial latents (multiply N(0,1) noise by it).
    virtual double init_noise_sigma() const { return 1.0; }
    // UNet calls per logical step (2 for Heun / KDPM2); img2img slices timesteps[t_start * order:].
    int order() const { return order_; }
    int num_inference_steps() const { return num_inference_steps_; }

    // Scales the UNet input for the current timestep (identity for DDIM-style schedulers).
    virtual at::Tensor scale_model_input(const at::Tensor& sample, const at::Tensor& timestep) {
        return sample;
    }
    // One denoising step. `timestep` is a 0-d tensor taken from timesteps(). Random draws (ancestral
    // noise, DDPM/LCM noise, Euler's per-step draw) come from `generators`, one per batch row when
    // there are several, exactly where diffusers draws them.
    virtual SchedulerStepOutput step(const at::Tensor& model_output, const at::Tensor& timestep,
                                     const at::Tensor& sample, Generators& generators) = 0;
    // Forward diffusion of clean latents to `timesteps` (0-d or one per batch row), for img2img/inpaint.
    virtual at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise,
                                 const at::Tensor& timesteps) = 0;

    // The effective config: the class's __init__ arguments as resolved (diffusers' scheduler.config).
    const nlohmann::json& config() const { return config_; }

protected:
    explicit Scheduler(nlohmann::json config) : config_(std::move(config)) {}
    void require_timesteps(const char* what) const;

    nlohmann::json config_;
    at::Tensor timesteps_;
    at::Tensor sigmas_;
    int order_ = 1;
    int num_inference_steps_ = 0;
};

}  // namespace stipple
