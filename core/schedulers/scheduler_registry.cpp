#include "schedulers/scheduler_registry.h"

#include "schedulers/ddim_scheduler.h"
#include "schedulers/ddpm_scheduler.h"
#include "schedulers/dpmsolver_multistep_scheduler.h"
#include "schedulers/euler_ancestral_discrete_scheduler.h"
#include "schedulers/euler_discrete_scheduler.h"
#include "schedulers/heun_discrete_scheduler.h"
#include "schedulers/kdpm2_discrete_scheduler.h"
#include "schedulers/lcm_scheduler.h"
#include "schedulers/lms_discrete_scheduler.h"
#include "schedulers/pndm_scheduler.h"
#include "schedulers/unipc_multistep_scheduler.h"

// Qt's lupdate extracts the descriptions below for the UI's catalogues when it sees this marker;
// core itself has no Qt, so the marker is defined here as the plain string.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

namespace stipple {

namespace {

template <typename T>
std::unique_ptr<Scheduler> make(const nlohmann::json& config) {
    return std::make_unique<T>(config);
}

}  // namespace

const std::vector<SamplerRegistryRow>& sampler_registry() {
    static const std::vector<SamplerRegistryRow> rows = [] {
        using json = nlohmann::json;
        const json dpmpp = {{"algorithm_type", "dpmsolver++"}, {"solver_order", 2}};
        const json dpmpp_sde = {{"algorithm_type", "sde-dpmsolver++"}, {"solver_order", 2}};
        const json karras = {{"use_karras_sigmas", true}};
        auto with_karras = [&karras](json j) {
            j.update(karras);
            return j;
        };
        return std::vector<SamplerRegistryRow>{
            {"Euler a", "EulerAncestralDiscreteScheduler", make<EulerAncestralDiscreteScheduler>, json::object(),
             QT_TRANSLATE_NOOP("SamplerCatalog", "Euler ancestral: adds fresh noise every step. Creative and fast, but the image keeps changing with the step count.")},
            {"Euler", "EulerDiscreteScheduler", make<EulerDiscreteScheduler>, json::object(),
             QT_TRANSLATE_NOOP("SamplerCatalog", "Euler: the simplest deterministic sampler. Good quality at 20-30 steps.")},
            {"LMS", "LMSDiscreteScheduler", make<LMSDiscreteScheduler>, json::object(),
             QT_TRANSLATE_NOOP("SamplerCatalog", "Linear multistep: reuses earlier steps for accuracy. Can be unstable at very low step counts.")},
            {"Heun", "HeunDiscreteScheduler", make<HeunDiscreteScheduler>, json::object(),
             QT_TRANSLATE_NOOP("SamplerCatalog", "Heun: a second-order method, two model calls per step. High quality, twice as slow.")},
            {"DPM2", "KDPM2DiscreteScheduler", make<KDPM2DiscreteScheduler>, json::object(),
             QT_TRANSLATE_NOOP("SamplerCatalog", "DPM2: a second-order DPM-Solver, two model calls per step.")},
            {"DPM++ 2M", "DPMSolverMultistepScheduler", make<DPMSolverMultistepScheduler>, dpmpp,
             QT_TRANSLATE_NOOP("SamplerCatalog", "DPM++ 2M: a fast second-order multistep solver. Excellent quality in 20-30 steps.")},
            {"DPM++ 2M SDE", "DPMSolverMultistepScheduler", make<DPMSolverMultistepScheduler>, dpmpp_sde,
             QT_TRANSLATE_NOOP("SamplerCatalog", "DPM++ 2M SDE: the stochastic variant of DPM++ 2M; adds noise, more detail and variety.")},
            {"LMS Karras", "LMSDiscreteScheduler", make<LMSDiscreteScheduler>, karras, ""},
            {"DPM2 Karras", "KDPM2DiscreteScheduler", make<KDPM2DiscreteScheduler>, karras, ""},
            {"DPM++ 2M Karras", "DPMSolverMultistepScheduler", make<DPMSolverMultistepScheduler>, with_karras(dpmpp), ""},
            {"DPM++ 2M SDE Karras", "DPMSolverMultistepScheduler", make<DPMSolverMultistepScheduler>, with_karras(dpmpp_sde), ""},
            {"DDIM", "DDIMScheduler", make<DDIMScheduler>, json::object(),
             QT_TRANSLATE_NOOP("SamplerCatalog", "DDIM: the classic deterministic sampler from the original Stable Diffusion release.")},
            {"PLMS", "PNDMScheduler", make<PNDMScheduler>, {{"skip_prk_steps", true}},
             QT_TRANSLATE_NOOP("SamplerCatalog", "PLMS (PNDM): pseudo linear multistep, the default of the original SD 1.x release.")},
            {"UniPC", "UniPCMultistepScheduler", make<UniPCMultistepScheduler>, json::object(),
             QT_TRANSLATE_NOOP("SamplerCatalog", "UniPC: a predictor-corrector solver that converges in very few steps (10-20).")},
            {"LCM", "LCMScheduler", make<LCMScheduler>, json::object(),
             QT_TRANSLATE_NOOP("SamplerCatalog", "LCM: for latent-consistency models only; 2-8 steps and CFG around 1-2.")},
            {"DDPM", "DDPMScheduler", make<DDPMScheduler>, json::object(),
             QT_TRANSLATE_NOOP("SamplerCatalog", "DDPM: the original ancestral sampler; needs many steps (100+).")},
        };
    }();
    return rows;
}

}  // namespace stipple
