#include "training/optimizer.h"

#include "common/error.h"
#include "io/safetensors.h"
#include "io/state_dict.h"

#include <cmath>

namespace stipple::training {

void ParamSet::add(const std::string& prefix, torch::nn::Module& module) {
    for (const auto& item : module.named_parameters(true)) {
        names.push_back(prefix + item.key());
        tensors.push_back(item.value());
    }
}

namespace {
bool ends_with(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}
}  // namespace

void init_parameters(torch::nn::Module& module) {
    at::NoGradGuard no_grad;
    for (auto& item : module.named_parameters(true)) {
        const std::string& name = item.key();
        at::Tensor p = item.value();
        const bool is_bias = name.size() >= 4 && name.compare(name.size() - 4, 4, "bias") == 0;
        if (is_bias) {
            p.zero_();
        } else if (ends_with(name, "embedding.weight") || ends_with(name, "positional_embedding")) {
            p.normal_(0.0, 0.02);
        } else if (p.dim() >= 2) {
            const double fan_in = static_cast<double>(p.numel() / p.size(0));
            const double bound = 1.0 / std::sqrt(fan_in);
            p.uniform_(-bound, bound);
        } else {
            p.fill_(1.0);
        }
    }
}

AdamW::AdamW(ParamSet params, double weight_decay) : params_(std::move(params)), weight_decay_(weight_decay) {
    for (const auto& p : params_.tensors) {
        m_.push_back(at::zeros_like(p));
        v_.push_back(at::zeros_like(p));
    }
}

double AdamW::step(double lr, double clip) {
    at::NoGradGuard no_grad;
    double sq = 0;
    for (const auto& p : params_.tensors)
        if (p.grad().defined()) sq += p.grad().pow(2).sum().item<double>();
    const double norm = std::sqrt(sq);
    const double scale = clip > 0 && norm > clip ? clip / (norm + 1e-6) : 1.0;
    ++t_;
    const double bc1 = 1 - std::pow(beta1_, static_cast<double>(t_));
    const double bc2 = 1 - std::pow(beta2_, static_cast<double>(t_));
    for (size_t i = 0; i < params_.tensors.size(); ++i) {
        at::Tensor p = params_.tensors[i];
        if (!p.grad().defined()) continue;
        at::Tensor g = p.grad();
        if (scale != 1.0) g = g * scale;
        m_[i].mul_(beta1_).add_(g, 1 - beta1_);
        v_[i].mul_(beta2_).addcmul_(g, g, 1 - beta2_);
        const at::Tensor denom = (v_[i] / bc2).sqrt_().add_(eps_);
        if (weight_decay_ > 0 && p.dim() >= 2) p.mul_(1 - lr * weight_decay_);
        p.addcdiv_(m_[i], denom, -lr / bc1);
        p.mutable_grad().zero_();
    }
    return norm;
}

std::vector<std::pair<std::string, at::Tensor>> AdamW::state() const {
    std::vector<std::pair<std::string, at::Tensor>> out;
    for (size_t i = 0; i < m_.size(); ++i) {
        out.emplace_back("m." + params_.names[i], m_[i]);
        out.emplace_back("v." + params_.names[i], v_[i]);
    }
    return out;
}

void AdamW::save(const std::string& path) const {
    std::vector<std::string> names;
    std::vector<at::Tensor> tensors;
    for (const auto& [name, tensor] : state()) names.push_back(name), tensors.push_back(tensor);
    save_tensors(path, names, tensors);
}

void AdamW::restore(const std::string& path, int64_t steps) {
    std::vector<std::string> names;
    std::vector<at::Tensor> targets;
    for (size_t i = 0; i < m_.size(); ++i) {
        names.push_back("m." + params_.names[i]);
        targets.push_back(m_[i]);
        names.push_back("v." + params_.names[i]);
        targets.push_back(v_[i]);
    }
    load_tensors_into(path, names, targets);
    t_ = steps;
}

Ema::Ema(const ParamSet& params) {
    for (const auto& p : params.tensors) values_.push_back(p.detach().clone());
}

void Ema::update(const ParamSet& params, double decay) {
    at::NoGradGuard no_grad;
    // Frozen parameters (a pretrained, fixed text encoder) keep their exact values: d x + (1 - d) x
    // is x only up to rounding.
    for (size_t i = 0; i < values_.size(); ++i)
        if (params.tensors[i].requires_grad()) values_[i].mul_(decay).add_(params.tensors[i].detach(), 1 - decay);
}

void save_tensors(const std::string& path, const std::vector<std::string>& names, const std::vector<at::Tensor>& tensors) {
    std::vector<std::pair<std::string, at::Tensor>> items;
    for (size_t i = 0; i < names.size(); ++i)
        items.emplace_back(names[i], tensors[i].detach().to(at::kFloat).contiguous());
    write_safetensors(path, items);
}

void load_tensors_into(const std::string& path, const std::vector<std::string>& names, std::vector<at::Tensor>& tensors) {
    const StateDict file = read_state_dict(path);
    at::NoGradGuard no_grad;
    for (size_t i = 0; i < names.size(); ++i) {
        const auto it = file.find(names[i]);
        if (it == file.end()) throw Error("checkpoint '" + path + "' has no tensor '" + names[i] + "'");
        if (!it->second.sizes().equals(tensors[i].sizes()))
            throw Error("checkpoint '" + path + "': tensor '" + names[i] + "' has the wrong shape");
        tensors[i].copy_(it->second);
    }
}

}  // namespace stipple::training
