#include "training/builtin_trainer.h"

#include "common/error.h"
#include "common/temp_file.h"
#include "io/json_file.h"
#include "nn/unet.h"
#include "nn/vae.h"
#include "pipeline/pipeline.h"
#include "pipeline/resource_paths.h"
#include "scenes/scene_caption.h"
#include "text/clip_text_model.h"
#include "text/sentencepiece_tokenizer.h"
#include "training/builtin_configs.h"
#include "training/builtin_eval.h"
#include "training/builtin_presets.h"
#include "training/caption_attributes.h"
#include "training/learning_curve.h"
#include "training/optimizer.h"
#include "training/scene_batches.h"

#include <ATen/Parallel.h>
#include <torch/nn/modules/linear.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>

namespace stipple::training {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

void write_json(const fs::path& path, const nlohmann::json& j) {
    const fs::path tmp = temp_path_for(path.string());
    {
        std::ofstream out(tmp);
        if (!out) throw Error("cannot write '" + tmp.string() + "'");
        out << j.dump(2) << "\n";
        if (!out) throw Error("cannot write '" + tmp.string() + "' (disk full?)");
    }
    rename_into_place(tmp.string(), path.string());
}

// fs::copy_file writes in place; this goes through a temp file and a rename like every export.
void copy_whole(const fs::path& from, const fs::path& to) {
    const fs::path tmp = temp_path_for(to.string());
    fs::copy_file(from, tmp, fs::copy_options::overwrite_existing);
    rename_into_place(tmp.string(), to.string());
}

std::string quoted(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// spm_train on captions of random scenes -> <out>/tokenizer/spiece.model.
void train_tokenizer(const scenes::SceneVocab& vocab, const TrainOptions& o, const fs::path& work, const fs::path& tok_dir,
                     int max_length) {
    std::mt19937_64 rng(o.seed * 7919 + 17);
    const fs::path corpus = work / "captions.txt";
    {
        std::ofstream out(corpus);
        for (int i = 0; i < o.corpus_captions; ++i) {
            scenes::Scene scene = scenes::random_scene(vocab, rng);
            out << scenes::training_caption(scene, vocab, rng) << "\n";
        }
        // Every alias at least once, so no vocabulary word becomes <unk>.
        for (const auto& c : vocab.colors) for (const auto& a : c.aliases) out << a << "\n";
        for (const auto& s : vocab.shapes) for (const auto& a : s.aliases) out << a << "\n";
        for (const auto& s : vocab.sizes) for (const auto& a : s.aliases) out << a << "\n";
        for (const auto& p : vocab.positions) for (const auto& a : p.phrases) out << a << "\n";
        for (const auto& r : vocab.relations) for (const auto& a : r.phrases) out << a << "\n";
        for (const auto& f : vocab.filler_words) out << f << "\n";
    }
    fs::create_directories(tok_dir);
    const fs::path prefix = work / "spiece";
    const std::string cmd = "spm_train --input=" + quoted(corpus.string()) + " --model_prefix=" + quoted(prefix.string()) +
                            " --vocab_size=256 --hard_vocab_limit=false --model_type=unigram --character_coverage=1.0"
                            " --pad_id=0 --unk_id=1 --bos_id=2 --eos_id=3 --normalization_rule_name=nmt_nfkc_cf"
                            " --num_threads=1 --minloglevel=2 > " +
                            quoted((work / "spm_train.log").string()) + " 2>&1";
    if (std::system(cmd.c_str()) != 0 || !fs::is_regular_file(prefix.string() + ".model"))
        throw Error("spm_train failed (is the Debian package 'sentencepiece' installed?); see " +
                    (work / "spm_train.log").string());
    fs::copy_file(prefix.string() + ".model", tok_dir / "spiece.model", fs::copy_options::overwrite_existing);
    write_json(tok_dir / "tokenizer_config.json", tokenizer_config(max_length));
}

at::Tensor encode_captions(const Tokenizer& tok, const std::vector<std::string>& captions, int max_length) {
    std::vector<std::vector<int64_t>> rows;
    for (const auto& c : captions) rows.push_back(tokenize_for_model(tok, c, max_length).ids);
    return token_ids_tensor(rows);
}

struct Models {
    BuiltinSize size;
    CLIPTextConfig text_config;
    std::shared_ptr<CLIPTextModel> text;
    UNet2DConditionModel unet{nullptr};
    AutoencoderKL vae{nullptr};
};

void export_folder(const fs::path& out, Models& m, const ParamSet& diff_params, const std::vector<at::Tensor>& ema,
                   const scenes::SceneVocab& vocab, double scaling_factor, const fs::path& vocab_source,
                   double recommended_cfg, int recommended_steps) {
    // EMA weights, split back into the components.
    std::vector<std::string> unet_names, text_names;
    std::vector<at::Tensor> unet_values, text_values;
    for (size_t i = 0; i < diff_params.names.size(); ++i) {
        const std::string& n = diff_params.names[i];
        if (n.rfind("unet.", 0) == 0) unet_names.push_back(n.substr(5)), unet_values.push_back(ema[i]);
        else text_names.push_back(n.substr(13)), text_values.push_back(ema[i]);
    }
    fs::create_directories(out / "unet");
    fs::create_directories(out / "text_encoder");
    fs::create_directories(out / "vae");
    fs::create_directories(out / "scheduler");
    save_tensors((out / "unet" / "diffusion_pytorch_model.safetensors").string(), unet_names, unet_values);
    write_json(out / "unet" / "config.json", unet_config(m.size, vocab.canvas));
    save_tensors((out / "text_encoder" / "model.safetensors").string(), text_names, text_values);
    write_json(out / "text_encoder" / "config.json",
               text_encoder_config(m.size, m.text_config.vocab_size, m.text_config.bos_token_id,
                                   m.text_config.eos_token_id, m.text_config.pad_token_id));
    ParamSet vae_params;
    vae_params.add("", *m.vae);
    save_tensors((out / "vae" / "diffusion_pytorch_model.safetensors").string(), vae_params.names, vae_params.tensors);
    write_json(out / "vae" / "config.json", vae_config(m.size, vocab.canvas, scaling_factor));
    write_json(out / "scheduler" / "scheduler_config.json", scheduler_config());
    if (fs::absolute(vocab_source) != fs::absolute(out / "scenes.json")) copy_whole(vocab_source, out / "scenes.json");
    // Last: its presence says every other file is whole (see the header's invariant).
    write_json(out / "model_index.json", model_index(recommended_cfg, recommended_steps));
}

// The VAE's reconstruction loss: (MSE + 0.5 L1) with the pixels that differ from the background
// weighted 1 + object_weight. The objects are a small share of the pixels: without the weight the
// VAE learns the background and rounds small stars and crosses into blobs. Background = median of
// the image's frame.
at::Tensor reconstruction_loss(const at::Tensor& rec, const at::Tensor& x, double object_weight) {
    at::Tensor pixel_weight = at::ones({1}, at::kFloat);
    if (object_weight > 0) {
        const int64_t n = x.size(3);
        const at::Tensor frame = at::cat({x.select(2, 0), x.select(2, n - 1), x.select(3, 0), x.select(3, n - 1)}, 2);
        const at::Tensor bg = std::get<0>(frame.median(2)).view({x.size(0), 3, 1, 1});
        const at::Tensor object = (x - bg).abs().sum(1, true).gt(0.05).to(at::kFloat);
        pixel_weight = 1 + object_weight * object;
    }
    const at::Tensor err = rec - x;
    return (pixel_weight * (err.pow(2) + 0.5 * err.abs())).mean();
}

// The UNet and text encoder of an exported folder (its names carry no component prefix).
void load_exported_diffusion_weights(const fs::path& folder, Models& m) {
    ParamSet unet_only, text_plain;
    unet_only.add("", *m.unet);
    text_plain.add("", *m.text);
    load_tensors_into((folder / "text_encoder" / "model.safetensors").string(), text_plain.names, text_plain.tensors);
    load_tensors_into((folder / "unet" / "diffusion_pytorch_model.safetensors").string(), unet_only.names,
                      unet_only.tensors);
}

// Mean of the last 10 losses, for progress lines and the report.
class RecentLoss {
public:
    void add(double loss) {
        values_.push_back(loss);
        if (values_.size() > 10) values_.pop_front();
    }
    double mean() const {
        double sum = 0;
        for (double v : values_) sum += v;
        return values_.empty() ? 0.0 : sum / values_.size();
    }

private:
    std::deque<double> values_;
};

// Seconds per step of each phase relative to a diffusion step, measured on the class preset (2-core
// CPU): the ETA's guess for phases that have not started in this run.
double relative_step_cost(TrainPhase phase) {
    switch (phase) {
        case TrainPhase::Tokenizer: return 0;
        case TrainPhase::Text: return 0.33;
        case TrainPhase::Vae: return 0.7;
        case TrainPhase::Diffusion: return 1;
    }
    return 1;
}

std::string eta_text(double seconds) {
    char buf[32];
    const int s = static_cast<int>(std::max(0.0, seconds));
    std::snprintf(buf, sizeof buf, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    return buf;
}

}  // namespace

TrainReport train_builtin(const TrainOptions& o) {
    const auto start = Clock::now();
    auto log = [&](const std::string& line) {
        if (o.log) o.log(line);
        else std::fprintf(stderr, "%s\n", line.c_str());
    };
    auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
    auto cancelled = [&] { return o.cancel != nullptr && o.cancel->load(); };
    if (o.out_dir.empty()) throw Error("train-builtin needs --out DIR");
    const fs::path out(o.out_dir), work = out / "training";
    const fs::path state_path = work / "state.json";
    if (o.resume && !fs::is_regular_file(state_path))
        throw Error("nothing to resume in '" + o.out_dir + "' (no training/state.json)");
    if (!o.resume && fs::exists(state_path))
        throw Error("'" + o.out_dir + "' already holds a training run: pass --resume to continue it or pick a new --out");
    const fs::path init(o.init_from);
    if (!o.init_from.empty() && !o.resume && !has_exported_model(init.string()))  // checked before anything is written
        throw Error("--init-from '" + o.init_from + "' is not a trained Stipple Shapes folder (no model_index.json)");
    fs::create_directories(work);

    // Continuing a trained folder: its tokenizer and vocabulary become the run's own.
    if (!o.init_from.empty() && !o.resume) {
        fs::create_directories(out / "tokenizer");
        for (const char* f : {"tokenizer/spiece.model", "tokenizer/tokenizer_config.json", "scenes.json"})
            copy_whole(init / f, out / f);
    }
    // Vocabulary: the run's own copy wins, so a resumed run draws the same scenes.
    fs::path vocab_path = o.vocab_path.empty() ? out / "scenes.json" : fs::path(o.vocab_path);
    if (!fs::is_regular_file(vocab_path) && !o.preset.empty()) {
        write_preset_vocabulary(o.preset, (fs::path(builtin_model_dir()) / "scenes.json").string(),
                                (out / "scenes.json").string());
        vocab_path = out / "scenes.json";
    }
    if (!fs::is_regular_file(vocab_path)) vocab_path = fs::path(builtin_model_dir()) / "scenes.json";
    const scenes::SceneVocab vocab = scenes::SceneVocab::load(vocab_path.string());
    if (!fs::is_regular_file(out / "scenes.json")) copy_whole(vocab_path, out / "scenes.json");
    vocab_path = out / "scenes.json";

    nlohmann::json state = o.resume ? read_json_file(state_path.string())
                                    : nlohmann::json{{"seed", o.seed}, {"size", o.size}, {"text_step", 0}, {"vae_step", 0}, {"decoder_step", 0}, {"step", 0},
                                                     {"scaling_factor", 1.0}, {"seconds", 0.0}};
    const uint64_t seed = state.value("seed", o.seed);
    const std::string size_name = state.value("size", o.size);

    Models m;
    m.size = builtin_size(size_name);
    const fs::path tok_dir = out / "tokenizer";
    if (!fs::is_regular_file(tok_dir / "spiece.model")) {
        if (o.progress) {
            TrainProgress p;
            p.phase = TrainPhase::Tokenizer, p.total = 1, p.elapsed = elapsed();
            o.progress(p);
        }
        log("training the SentencePiece tokenizer on " + std::to_string(o.corpus_captions) + " captions (spm_train)");
        train_tokenizer(vocab, o, work, tok_dir, m.size.max_length);
    }
    const SentencePieceTokenizer tokenizer((tok_dir / "spiece.model").string(), m.size.max_length);

    // Models, initialised from the seed (then overwritten by a checkpoint when resuming).
    at::manual_seed(seed);
    m.text_config = parse_clip_text_config(text_encoder_config(m.size, tokenizer.vocab_size(), tokenizer.bos_id(),
                                                               tokenizer.eos_id(), tokenizer.pad_id()),
                                           "built-in text_encoder config");
    m.text = std::make_shared<CLIPTextModel>(m.text_config, at::kFloat);
    m.unet = UNet2DConditionModel(unet_config_from_json(unet_config(m.size, vocab.canvas), "built-in unet config"));
    m.vae = AutoencoderKL(vae_config_from_json(vae_config(m.size, vocab.canvas, 1.0), "built-in vae config"));
    init_parameters(*m.text);
    init_parameters(*m.unet);
    init_parameters(*m.vae);

    ParamSet vae_params;
    vae_params.add("", *m.vae);
    ParamSet diff_params;
    diff_params.add("unet.", *m.unet);
    diff_params.add("text_encoder.", *m.text);
    ParamSet text_only;  // the pretrained text encoder's own checkpoint (independent of the UNet's size)
    text_only.add("text_encoder.", *m.text);
    for (auto& t : vae_params.tensors) t.set_requires_grad(true);
    for (auto& t : diff_params.tensors) t.set_requires_grad(true);
    int64_t n_unet = 0, n_text = 0, n_vae = 0;
    for (const auto& p : m.unet->parameters()) n_unet += p.numel();
    for (const auto& p : m.text->parameters()) n_text += p.numel();
    for (const auto& p : m.vae->parameters()) n_vae += p.numel();
    log("model '" + size_name + "': UNet " + std::to_string(n_unet) + ", text encoder " + std::to_string(n_text) +
        ", VAE " + std::to_string(n_vae) + " parameters; vocabulary " + std::to_string(tokenizer.vocab_size()) + " pieces");

    AdamW vae_opt(vae_params, 0.0);
    ParamSet decoder_params;  // the VAE's decoder side: what the decoder phase trains
    for (size_t i = 0; i < vae_params.names.size(); ++i)
        if (vae_params.names[i].rfind("decoder.", 0) == 0 || vae_params.names[i].rfind("post_quant_conv.", 0) == 0) {
            decoder_params.names.push_back(vae_params.names[i]);
            decoder_params.tensors.push_back(vae_params.tensors[i]);
        }
    AdamW decoder_opt(decoder_params, 0.0);
    AdamW diff_opt(diff_params, 0.01);
    Ema ema(diff_params);
    int text_step = state.value("text_step", 0);
    const bool text_frozen = o.text_steps > 0;  // pretrained text encoders stay fixed during diffusion
    int vae_step = state.value("vae_step", 0);
    int decoder_step = state.value("decoder_step", 0);
    int step = state.value("step", 0);
    double scaling_factor = state.value("scaling_factor", 1.0);
    if (o.resume) {
        load_tensors_into((work / "vae.safetensors").string(), vae_params.names, vae_params.tensors);
        if (text_step > 0 && fs::is_regular_file(work / "text_encoder.safetensors"))
            load_tensors_into((work / "text_encoder.safetensors").string(), text_only.names, text_only.tensors);
        if (vae_step > 0 && vae_step < o.vae_steps && fs::is_regular_file(work / "vae_adam.safetensors"))
            vae_opt.restore((work / "vae_adam.safetensors").string(), vae_step);
        if (decoder_step > 0 && decoder_step < o.decoder_steps && fs::is_regular_file(work / "decoder_adam.safetensors"))
            decoder_opt.restore((work / "decoder_adam.safetensors").string(), decoder_step);
        if (step > 0) {
            load_tensors_into((work / "diffusion.safetensors").string(), diff_params.names, diff_params.tensors);
            load_tensors_into((work / "ema.safetensors").string(), diff_params.names, ema.values());
            diff_opt.restore((work / "diffusion_adam.safetensors").string(), step);
        } else if (state.contains("init_from")) {
            // A continued run stopped before its first diffusion step (in the decoder phase): its UNet
            // and text encoder are still the ones it continues.
            load_exported_diffusion_weights(fs::path(state["init_from"].get<std::string>()), m);
            ema = Ema(diff_params);
        }
        log("resuming: VAE step " + std::to_string(vae_step) + ", diffusion step " + std::to_string(step));
    }

    if (!o.init_from.empty() && !o.resume) {
        // Exported names carry no component prefix (export_folder).
        load_tensors_into((init / "vae" / "diffusion_pytorch_model.safetensors").string(), vae_params.names,
                          vae_params.tensors);
        load_exported_diffusion_weights(init, m);
        scaling_factor = read_json_file((init / "vae" / "config.json").string()).value("scaling_factor", 0.0);
        if (!(scaling_factor > 0)) throw Error("'" + (init / "vae" / "config.json").string() + "' has no scaling_factor");
        text_step = std::max(o.text_steps, 1);  // the text encoder counts as pretrained (and stays fixed if --text-steps)
        vae_step = o.vae_steps;
        ema = Ema(diff_params);
        state["init_from"] = fs::absolute(init).string();
        log("continuing from '" + o.init_from + "': tokenizer, VAE (scaling_factor " + std::to_string(scaling_factor) +
            "), text encoder and UNet loaded; the text and VAE phases are skipped");
    }

    TrainReport report;
    auto last_checkpoint = Clock::now();
    auto checkpoint = [&](bool export_too) {
        save_tensors((work / "vae.safetensors").string(), vae_params.names, vae_params.tensors);
        if (text_step > 0 && step == 0)
            save_tensors((work / "text_encoder.safetensors").string(), text_only.names, text_only.tensors);
        if (vae_step < o.vae_steps) vae_opt.save((work / "vae_adam.safetensors").string());
        if (decoder_step > 0 && decoder_step < o.decoder_steps) decoder_opt.save((work / "decoder_adam.safetensors").string());
        if (step > 0) {
            save_tensors((work / "diffusion.safetensors").string(), diff_params.names, diff_params.tensors);
            save_tensors((work / "ema.safetensors").string(), diff_params.names, ema.values());
            diff_opt.save((work / "diffusion_adam.safetensors").string());
        }
        state["text_step"] = text_step;
        state["vae_step"] = vae_step;
        state["decoder_step"] = decoder_step;
        state["step"] = step;
        state["scaling_factor"] = scaling_factor;
        state["seconds"] = state.value("seconds", 0.0) + std::chrono::duration<double>(Clock::now() - last_checkpoint).count();
        write_json(state_path, state);
        if (export_too) export_folder(out, m, diff_params, ema.values(), vocab, scaling_factor, vocab_path, o.recommended_cfg,
                                     o.recommended_steps);
        last_checkpoint = Clock::now();
        log("checkpoint: VAE step " + std::to_string(vae_step) + ", diffusion step " + std::to_string(step) +
            (export_too ? " (model folder updated)" : ""));
    };
    const double budget = o.minutes > 0 ? o.minutes * 60 : 1e30;
    auto out_of_time = [&] { return elapsed() >= budget; };
    auto checkpoint_due = [&] {
        return std::chrono::duration<double>(Clock::now() - last_checkpoint).count() >= o.checkpoint_minutes * 60;
    };
    auto stop = [&] { return out_of_time() || cancelled(); };
    auto stop_reason = [&] { return cancelled() ? std::string("cancelled") : std::string("time budget reached"); };
    // A run stopped in a phase before the diffusion one: its checkpoint, and how to go on.
    auto stopped_during = [&](const std::string& phase) {
        checkpoint(false);
        report.seconds = elapsed();
        report.cancelled = cancelled();
        report.exported = has_exported_model(out.string());
        log(stop_reason() + " during the " + phase + " phase; continue with --resume");
        return report;
    };

    // Live progress: the phase's measured speed and an ETA for the rest of the run.
    double phase_seconds_per_step[4] = {0, 0, 0, 0};
    double last_sample_seconds = 0;
    auto steps_left = [&](TrainPhase p) {
        switch (p) {
            case TrainPhase::Tokenizer: return 0;
            case TrainPhase::Text: return std::max(0, o.text_steps - text_step);
            case TrainPhase::Vae: return std::max(0, o.vae_steps - vae_step) + std::max(0, o.decoder_steps - decoder_step);
            case TrainPhase::Diffusion: return std::max(0, o.steps - step);
        }
        return 0;
    };
    auto post_progress = [&](TrainPhase phase, int done, int total, double loss, double per_step) {
        if (!o.progress) return;
        phase_seconds_per_step[static_cast<int>(phase)] = per_step;
        TrainProgress p;
        p.phase = phase, p.step = done, p.total = total, p.loss = loss, p.elapsed = elapsed();
        p.seconds_per_step = per_step;
        for (int k = static_cast<int>(phase); k <= static_cast<int>(TrainPhase::Diffusion); ++k) {
            const auto later = static_cast<TrainPhase>(k);
            const double per = phase_seconds_per_step[k] > 0
                                   ? phase_seconds_per_step[k]
                                   : per_step * relative_step_cost(later) / relative_step_cost(phase);
            p.eta += per * steps_left(later);
        }
        if (o.sample && o.sample_every > 0) p.eta += last_sample_seconds * (steps_left(TrainPhase::Diffusion) / o.sample_every + 1);
        o.progress(p);
    };

    if (!o.init_from.empty() && !o.resume) checkpoint(false);  // a --resume from here finds every component

    // Phase 0 (optional): the text encoder learns to state every attribute of a caption (linear heads
    // on its EOS state and its token mean), so the diffusion phase starts from a prompt encoding that
    // already separates colors, shapes, sizes, positions and which object each belongs to.
    if (text_step < o.text_steps) {
        const AttributeHeads heads = attribute_heads(vocab);
        at::manual_seed(seed * 4242 + 7);
        std::vector<torch::nn::Linear> head_layers;
        torch::nn::Module head_module;
        for (size_t h = 0; h < heads.classes.size(); ++h)
            head_layers.push_back(head_module.register_module(
                "head" + std::to_string(h), torch::nn::Linear(2 * m.size.text_hidden, heads.classes[h])));
        ParamSet text_params;
        text_params.add("text_encoder.", *m.text);
        text_params.add("heads.", head_module);
        for (auto& t : text_params.tensors) t.set_requires_grad(true);
        // The heads are thrown away after this phase, so a resumed run restarts the phase's optimizer.
        AdamW text_opt(text_params, 0.01);
        m.text->train();
        const auto text_start = Clock::now();
        const int first = text_step;
        RecentLoss text_loss, text_acc;
        while (text_step < o.text_steps && !stop()) {
            std::mt19937_64 rng(seed * 3000017 + 29 + static_cast<uint64_t>(text_step));
            std::vector<std::string> captions;
            for (int i = 0; i < o.text_batch; ++i) {
                scenes::Scene scene;
                do scene = scenes::random_scene(vocab, rng);
                while (held_out(scene));
                captions.push_back(scenes::training_caption(scene, vocab, rng));
            }
            const at::Tensor labels = caption_labels(captions, vocab);
            const CLIPTextOutput enc = m.text->forward(encode_captions(tokenizer, captions, m.size.max_length));
            const at::Tensor features = at::cat({enc.pooled_output, enc.last_hidden_state.mean(1)}, 1);
            at::Tensor loss = at::zeros({}, at::kFloat);
            int64_t right = 0;
            for (size_t h = 0; h < head_layers.size(); ++h) {
                const at::Tensor logits = head_layers[h]->forward(features);
                const at::Tensor y = labels.select(1, static_cast<int64_t>(h));
                loss = loss + at::cross_entropy_loss(logits, y);
                right += logits.argmax(1).eq(y).sum().item<int64_t>();
            }
            loss.backward();
            const double lr = o.text_lr * std::min(1.0, (text_step + 1) / 50.0) *
                              (0.1 + 0.9 * 0.5 * (1 + std::cos(3.14159265 * text_step / std::max(1, o.text_steps))));
            text_opt.step(lr, 1.0);
            ++text_step;
            text_loss.add(loss.item<double>());
            text_acc.add(static_cast<double>(right) / static_cast<double>(labels.numel()));
            post_progress(TrainPhase::Text, text_step, o.text_steps, text_loss.mean(),
                          std::chrono::duration<double>(Clock::now() - text_start).count() / (text_step - first));
            if (text_step % o.log_every == 0 || text_step == o.text_steps) {
                const double per =
                    std::chrono::duration<double>(Clock::now() - text_start).count() / (text_step - first);
                char line[200];
                std::snprintf(line, sizeof line, "text %5d/%d  loss %.4f  attributes right %.1f%%  %.3fs/step", text_step,
                              o.text_steps, text_loss.mean(), 100 * text_acc.mean(), per);
                log(line);
            }
        }
        if (text_step < o.text_steps) return stopped_during("text");
        checkpoint(false);
    }
    if (text_frozen) {
        for (const auto& p : m.text->parameters()) p.set_requires_grad(false);
        if (step == 0) ema = Ema(diff_params);  // the average starts from the pretrained text encoder
    }

    // Phase 1: the VAE (reconstruction + a light KL).
    m.vae->train();
    RecentLoss recent;
    const auto phase_start = Clock::now();
    const int vae_start = vae_step;
    while (vae_step < o.vae_steps && !stop()) {
        std::mt19937_64 rng(seed * 1000003 + 11 + static_cast<uint64_t>(vae_step));
        const SceneBatch batch = training_batch(vocab, o.vae_batch, rng, 0.0, o.two_object_share);
        at::Generator gen = at::detail::createCPUGenerator(seed * 7777 + static_cast<uint64_t>(vae_step));
        VaePosterior post = m.vae->encode(batch.images);
        at::Tensor z = post.mean + post.std * at::randn(post.mean.sizes(), gen);
        at::Tensor rec = m.vae->decode(z);
        at::Tensor kl = 0.5 * (post.mean.pow(2) + post.std.pow(2) - 1 - post.logvar).mean();
        at::Tensor loss = reconstruction_loss(rec, batch.images, o.vae_object_weight) + o.vae_kl_weight * kl;
        loss.backward();
        const double lr = o.vae_lr * std::min(1.0, (vae_step + 1) / 50.0) *
                          (0.55 + 0.45 * std::cos(3.14159265 * vae_step / std::max(1, o.vae_steps)));
        vae_opt.step(lr, 1.0);
        ++vae_step;
        const double l = loss.item<double>();
        if (vae_step - vae_start <= 10) report.vae_first_loss += l / std::min(10, o.vae_steps - vae_start);
        recent.add(l);
        post_progress(TrainPhase::Vae, vae_step, o.vae_steps, recent.mean(),
                      std::chrono::duration<double>(Clock::now() - phase_start).count() / (vae_step - vae_start));
        if (vae_step % o.log_every == 0 || vae_step == o.vae_steps) {
            const double mean = recent.mean();
            const double per = std::chrono::duration<double>(Clock::now() - phase_start).count() / (vae_step - vae_start);
            char line[200];
            std::snprintf(line, sizeof line, "vae %5d/%d  loss %.5f  kl %.3f  %.2fs/step  ETA %s", vae_step, o.vae_steps,
                          mean, kl.item<double>(), per,
                          eta_text(per * (o.vae_steps - vae_step + o.decoder_steps - decoder_step) + per * 1.6 * (o.steps - step)).c_str());
            log(line);
        }
        if (checkpoint_due()) checkpoint(false);
    }
    report.vae_last_loss = recent.mean();
    report.vae_steps_done = vae_step;
    if (vae_step < o.vae_steps) return stopped_during("VAE");

    // Phase 1b (optional): the decoder alone on latents of the fixed encoder. The latent space stays
    // exactly as the UNet knows it (a continued model's UNet stays valid); only how sharply the
    // latents are drawn changes. The encoder runs without a graph and only decoder_opt steps, so
    // no encoder weight can move.
    const auto decoder_start = Clock::now();
    const int decoder_first = decoder_step;
    RecentLoss decoder_loss;
    while (decoder_step < o.decoder_steps && !stop()) {
        std::mt19937_64 rng(seed * 1000033 + 41 + static_cast<uint64_t>(decoder_step));
        const SceneBatch batch = training_batch(vocab, o.vae_batch, rng, 0.0, o.two_object_share);
        at::Generator gen = at::detail::createCPUGenerator(seed * 7919 + 3 + static_cast<uint64_t>(decoder_step));
        at::Tensor z;
        {
            at::NoGradGuard no_grad;
            const VaePosterior post = m.vae->encode(batch.images);
            z = post.mean + post.std * at::randn(post.mean.sizes(), gen);
        }
        at::Tensor loss = reconstruction_loss(m.vae->decode(z), batch.images, o.vae_object_weight);
        loss.backward();
        const double lr = o.decoder_lr * std::min(1.0, (decoder_step + 1) / 50.0) *
                          (0.1 + 0.9 * 0.5 * (1 + std::cos(3.14159265 * decoder_step / std::max(1, o.decoder_steps))));
        decoder_opt.step(lr, 1.0);
        ++decoder_step;
        decoder_loss.add(loss.item<double>());
        const double per = std::chrono::duration<double>(Clock::now() - decoder_start).count() / (decoder_step - decoder_first);
        post_progress(TrainPhase::Vae, decoder_step, o.decoder_steps, decoder_loss.mean(), per);
        if (decoder_step % o.log_every == 0 || decoder_step == o.decoder_steps) {
            char line[200];
            std::snprintf(line, sizeof line, "vae decoder %5d/%d  loss %.5f  %.2fs/step  ETA %s", decoder_step,
                          o.decoder_steps, decoder_loss.mean(), per,
                          eta_text(per * (o.decoder_steps - decoder_step) + per * 1.6 * (o.steps - step)).c_str());
            log(line);
        }
        if (checkpoint_due()) checkpoint(false);
    }
    report.decoder_steps_done = decoder_step;
    if (decoder_step < o.decoder_steps) return stopped_during("VAE decoder");
    m.vae->eval();
    for (auto& t : vae_params.tensors) t.set_requires_grad(false);

    // Latent scale: 1 / std of posterior means over fresh scenes (as SD's 0.18215 was chosen); a
    // continued model keeps the one its UNet learned with.
    if (step == 0 && !state.contains("init_from")) {
        at::NoGradGuard no_grad;
        std::mt19937_64 rng(seed * 31 + 5);
        std::vector<at::Tensor> means;
        for (int i = 0; i < 4; ++i) means.push_back(m.vae->encode(training_batch(vocab, 64, rng, 0).images).mean);
        scaling_factor = 1.0 / at::cat(means).std().item<double>();
        log("latent scaling_factor " + std::to_string(scaling_factor));
    }

    // Learning curve: the exported folder scored on held-out prompts (seed apart from eval-builtin's
    // default, so the reported figures are not the ones watched during training).
    auto measure_curve = [&](double loss) {
        const auto t0 = Clock::now();
        EvalOptions eo;
        eo.model_dir = out.string();
        eo.samples = o.eval_samples;
        eo.seed = 777;
        eo.latency_runs = 0;
        eo.log = [](const std::string&) {};
        const EvalReport r = evaluate_builtin(eo);
        const std::string csv = (out / "learning_curve.csv").string();
        std::vector<CurvePoint> curve = read_curve(csv);
        while (!curve.empty() && curve.back().step >= step) curve.pop_back();  // a resumed run redoes them
        CurvePoint p;
        p.step = step;
        p.minutes = (state.value("seconds", 0.0)) / 60.0;
        p.loss = loss;
        p.background = r.background.rate(), p.color = r.color.rate(), p.shape = r.shape.rate();
        p.size = r.size.rate(), p.position = r.position.rate(), p.all_one = r.all_one.rate();
        p.extra_object = r.extra_object.rate();
        p.colors_present = r.colors_present.rate(), p.bound = r.bound.rate(), p.placement = r.placement.rate();
        curve.push_back(p);
        write_curve(csv, curve);
        plot_curve((out / "learning_curve.png").string(), curve);
        char line[300];
        std::snprintf(line, sizeof line,
                      "held-out at step %d: background %.0f%%  color %.0f%%  shape %.0f%%  size %.0f%%  position %.0f%%  "
                      "all %.0f%%  extra %.0f%% | two objects: colors %.0f%%  +shapes %.0f%%  placement %.0f%%  (%.0f s)",
                      step, 100 * p.background, 100 * p.color, 100 * p.shape, 100 * p.size, 100 * p.position,
                      100 * p.all_one, 100 * p.extra_object, 100 * p.colors_present, 100 * p.bound, 100 * p.placement,
                      std::chrono::duration<double>(Clock::now() - t0).count());
        log(line);
    };

    // Samples for a live view: the folder just exported, loaded like any model and rendered with few
    // steps (the same Pipeline as eval-builtin and the app, so what the class sees is the model).
    std::vector<std::string> sample_prompts = o.sample_prompts;
    if (sample_prompts.empty())
        for (size_t i = 0; i < vocab.example_prompts.size() && i < 4; ++i) sample_prompts.push_back(vocab.example_prompts[i]);
    if (sample_prompts.empty()) sample_prompts.push_back("a red circle on a blue background");
    auto render_samples = [&](Clock::time_point export_start) {
        TrainSample ts;
        ts.step = step;
        ts.prompts = sample_prompts;
        {
            at::NoGradGuard no_grad;
            auto pipeline = Pipeline::load(out.string());
            GenerationRequest r;
            if (sample_prompts.size() == 1) r.prompt = sample_prompts[0];
            else r.prompts = sample_prompts;
            r.seeds.assign(sample_prompts.size(), o.sample_seed);
            r.steps = o.sample_steps;
            r.guidance_scale = o.recommended_cfg;
            ts.images = pipeline->generate(r).images;
        }
        ts.seconds = std::chrono::duration<double>(Clock::now() - export_start).count();
        last_sample_seconds = ts.seconds;
        report.sample_seconds += ts.seconds;
        ++report.samples;
        char line[120];
        std::snprintf(line, sizeof line, "samples at step %d: %zu images in %.2f s (export, load, %d steps each)", step,
                      ts.images.size(), ts.seconds, o.sample_steps);
        log(line);
        o.sample(ts);
    };

    // Phase 2: UNet + text encoder on the v-prediction loss, min-SNR-5 weighted.
    m.unet->train();
    m.text->train();
    const std::vector<double> ac = alphas_cumprod();
    const at::Tensor ac_t = at::tensor(ac, at::kDouble).to(at::kFloat);
    recent = RecentLoss();
    const auto diff_start = Clock::now();
    const int step_start = step;
    while (step < o.steps && !stop()) {
        std::mt19937_64 rng(seed * 2000003 + 23 + static_cast<uint64_t>(step));
        const SceneBatch batch = training_batch(vocab, o.batch, rng, o.empty_prompt_share, o.two_object_share);
        at::Generator gen = at::detail::createCPUGenerator(seed * 9176 + 1 + static_cast<uint64_t>(step));
        at::Tensor latents;
        {
            at::NoGradGuard no_grad;
            VaePosterior post = m.vae->encode(batch.images);
            latents = (post.mean + post.std * at::randn(post.mean.sizes(), gen)) * scaling_factor;
        }
        const int64_t B = latents.size(0);
        at::Tensor t = at::randint(0, 1000, {B}, gen, at::TensorOptions().dtype(at::kLong));
        if (o.high_noise_share > 0) {
            // More samples where the composition is decided (high noise): a share of the batch is
            // redrawn from t in [600, 1000).
            const at::Tensor high = at::randint(600, 1000, {B}, gen, at::TensorOptions().dtype(at::kLong));
            const at::Tensor pick = at::rand({B}, gen).lt(o.high_noise_share);
            t = at::where(pick, high, t);
        }
        at::Tensor noise = at::randn(latents.sizes(), gen);
        at::Tensor a = ac_t.index_select(0, t).view({B, 1, 1, 1});
        at::Tensor noisy = a.sqrt() * latents + (1 - a).sqrt() * noise;
        at::Tensor ids = encode_captions(tokenizer, batch.captions, m.size.max_length);
        at::Tensor context;
        if (text_frozen) {
            at::NoGradGuard no_grad;
            context = m.text->forward(ids).last_hidden_state;
        } else {
            context = m.text->forward(ids).last_hidden_state;
        }
        at::Tensor pred = m.unet->forward(noisy, t.to(at::kFloat), context);
        // v-prediction target. The v loss is the x0 loss weighted by snr + 1: about 1 at high noise,
        // where the prompt decides the composition (epsilon and min-SNR weight it by snr, ~0 there).
        // Capped like min-SNR-5 at low noise, so fine detail does not dominate: x0 weight min(snr, 5) + 1.
        at::Tensor target = a.sqrt() * noise - (1 - a).sqrt() * latents;
        at::Tensor snr = a.view({B}) / (1 - a.view({B}));
        at::Tensor weight = (at::clamp_max(snr, 5.0) + 1) / (snr + 1);
        at::Tensor per_sample = (pred - target).pow(2).mean({1, 2, 3});
        at::Tensor loss = (per_sample * weight).mean();
        loss.backward();
        const double warm = std::min(1.0, (step + 1.0) / o.warmup);
        const double lr = o.lr * warm * (0.1 + 0.9 * 0.5 * (1 + std::cos(3.14159265 * step / std::max(1, o.steps))));
        diff_opt.step(lr, 1.0);
        ema.update(diff_params, std::min(0.998, (1.0 + step) / (10.0 + step)));
        ++step;
        const double l = per_sample.mean().item<double>();
        if (step - step_start <= 10) report.first_loss += l / std::min(10, o.steps - step_start);
        recent.add(l);
        post_progress(TrainPhase::Diffusion, step, o.steps, recent.mean(),
                      std::chrono::duration<double>(Clock::now() - diff_start).count() / (step - step_start));
        if (step % o.log_every == 0 || step == o.steps) {
            const double mean = recent.mean();
            const double per = std::chrono::duration<double>(Clock::now() - diff_start).count() / (step - step_start);
            char line[200];
            std::snprintf(line, sizeof line, "diffusion %5d/%d  loss %.4f  lr %.2e  %.2fs/step  ETA %s", step, o.steps,
                          mean, lr, per, eta_text(per * (o.steps - step)).c_str());
            log(line);
        }
        const bool sample_due = o.sample && o.sample_every > 0 && step % o.sample_every == 0 && step < o.steps;
        const auto export_start = Clock::now();
        if (o.eval_every > 0 && step % o.eval_every == 0 && step < o.steps) {
            checkpoint(true);
            measure_curve(recent.mean());
        } else if (sample_due || checkpoint_due()) {
            checkpoint(true);
        }
        if (sample_due) render_samples(export_start);
    }
    report.last_loss = recent.mean();
    report.steps_done = step;
    const auto export_start = Clock::now();
    checkpoint(true);
    if (o.eval_every > 0 && step >= o.steps) measure_curve(recent.mean());
    report.finished = step >= o.steps;
    report.cancelled = cancelled();
    report.exported = true;
    if (report.finished && o.sample && o.sample_every > 0) render_samples(export_start);
    if (!report.finished) log(stop_reason() + " at diffusion step " + std::to_string(step) + "; continue with --resume");
    report.seconds = elapsed();
    return report;
}

bool has_exported_model(const std::string& dir) { return fs::is_regular_file(fs::path(dir) / "model_index.json"); }

}  // namespace stipple::training
