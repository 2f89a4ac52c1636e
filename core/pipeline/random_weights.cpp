#include "pipeline/random_weights.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/nn/module.h>

namespace stipple {

void randomize_weights(torch::nn::Module& module, uint64_t seed) {
    torch::NoGradGuard no_grad;
    at::Generator generator = at::detail::createCPUGenerator(seed);
    for (auto& p : module.named_parameters(true)) {
        at::Tensor t = p.value();
        const std::string& name = p.key();
        const bool is_norm = name.find("norm") != std::string::npos;
        if (t.dim() == 1 && is_norm && name.size() > 7 && name.compare(name.size() - 7, 7, ".weight") == 0) {
            t.fill_(1.0);
        } else if (t.dim() == 1) {
            t.zero_();
        } else {
            t.copy_(at::normal(0.0, 0.02, t.sizes(), generator, at::TensorOptions().dtype(at::kFloat)));
        }
    }
}

namespace {

class ByteTokenizer final : public Tokenizer {
public:
    ByteTokenizer(int64_t vocab, int64_t bos, int64_t eos) : vocab_(vocab), bos_(bos), eos_(eos) {}
    std::vector<int64_t> encode(const std::string& utf8) const override {
        std::vector<int64_t> ids;
        for (unsigned char c : utf8) ids.push_back(static_cast<int64_t>(c) % vocab_);
        return ids;
    }
    int64_t bos_id() const override { return bos_; }
    int64_t eos_id() const override { return eos_; }
    int64_t pad_id() const override { return eos_; }
    int model_max_length() const override { return 77; }

private:
    int64_t vocab_, bos_, eos_;
};

}  // namespace

std::shared_ptr<Tokenizer> byte_tokenizer(int64_t vocab_size, int64_t bos_id, int64_t eos_id) {
    return std::make_shared<ByteTokenizer>(vocab_size, bos_id, eos_id);
}

}  // namespace stipple
