// train-builtin smoke run: a tiny model trains 50 diffusion steps in seconds, its loss falls, the
// run resumes from its checkpoint, and the exported folder generates through Pipeline::load. The
// class preset (the app's Train a tiny model) trains a few steps with live progress and samples
// and loads as a model; cancelling stops at once and leaves a whole model folder or none.
#include "common/error.h"
#include "common/temp_file.h"
#include "pipeline/pipeline.h"
#include "support/fixtures.h"
#include "scenes/scene_vocab.h"
#include "io/json_file.h"
#include "io/safetensors.h"
#include "training/builtin_eval.h"
#include "training/builtin_presets.h"
#include "training/builtin_trainer.h"
#include "training/caption_attributes.h"
#include "training/learning_curve.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>

using namespace stipple;

namespace {

// The class preset with a few steps of each phase (seconds, not minutes).
training::TrainOptions quickClassRun(const std::string& out) {
    training::TrainOptions o;
    training::apply_preset(o, "class");
    o.out_dir = out;
    o.corpus_captions = 2000;
    o.text_steps = 4;
    o.text_batch = 16;
    o.vae_steps = 6;
    o.vae_batch = 8;
    o.steps = 8;
    o.batch = 8;
    o.warmup = 2;
    o.log = [](const std::string&) {};
    return o;
}

// A class-preset model trained into `base` and the options that continue it (--init-from) into
// `more`, with another seed than base's.
training::TrainOptions continuationOf(const std::string& base, const std::string& more) {
    if (!training::train_builtin(quickClassRun(base)).finished) throw Error("the base run did not finish");
    training::TrainOptions o = quickClassRun(more);
    o.init_from = base;
    o.seed = 9;
    return o;
}

// The images of one prompt through Pipeline::load(dir), as the app generates with a model folder.
size_t generatedImages(const std::string& dir, const std::string& prompt, int expectedWidth) {
    auto pipeline = Pipeline::load(dir);
    if (pipeline->info().default_width != expectedWidth) return 0;
    GenerationRequest req;
    req.prompt = prompt;
    req.seeds = {3};
    req.steps = 3;
    return pipeline->generate(req).images.size();
}

// Files under `dir` left by an interrupted write (temp_file.h names).
int leftoverTempFiles(const std::string& dir) {
    int n = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
        if (is_temp_file_name(e.path().filename().string())) ++n;
    return n;
}

}  // namespace

class BuiltinTraining : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void smokeRunLossFalls() {
        if (QStandardPaths::findExecutable("spm_train").isEmpty()) QSKIP("spm_train (package sentencepiece) is not installed");
        QTemporaryDir dir;
        training::TrainOptions o;
        o.out_dir = dir.filePath("model").toStdString();
        o.vocab_path = test::source_path("resources/models/stipple-shapes/scenes.json");
        o.size = "tiny";
        o.seed = 5;
        o.vae_steps = 30;
        o.vae_batch = 8;
        o.steps = 50;
        o.batch = 16;
        o.lr = 2e-3;
        o.warmup = 5;
        o.corpus_captions = 2000;
        o.text_steps = 20;          // the text encoder pretrained on caption -> attributes, then fixed
        o.text_batch = 16;
        o.vae_object_weight = 4;
        o.high_noise_share = 0.3;
        o.eval_every = 25;          // learning curve at 25 and 50
        o.eval_samples = 4;
        o.log = [](const std::string&) {};
        const training::TrainReport r = training::train_builtin(o);
        QVERIFY(r.finished);
        QCOMPARE(r.steps_done, 50);
        qInfo("tiny VAE loss %.4f -> %.4f, diffusion loss %.4f -> %.4f", r.vae_first_loss, r.vae_last_loss, r.first_loss,
              r.last_loss);
        QVERIFY2(r.vae_last_loss < r.vae_first_loss, "VAE loss must fall");
        QVERIFY2(r.last_loss < 0.9 * r.first_loss, "diffusion loss must fall by 10 %");
        const std::string curve_csv = o.out_dir + "/learning_curve.csv";
        std::vector<training::CurvePoint> curve = training::read_curve(curve_csv);
        QCOMPARE(curve.size(), size_t(2));
        QCOMPARE(curve[0].step, 25);
        QCOMPARE(curve[1].step, 50);
        QVERIFY(curve[1].minutes >= curve[0].minutes);
        QVERIFY(curve[1].background >= 0 && curve[1].background <= 1);
        QVERIFY(std::filesystem::file_size(o.out_dir + "/learning_curve.png") > 1000);

        // A second run in the same folder needs --resume; resuming a finished run continues to more steps.
        QVERIFY_THROWS_EXCEPTION(Error, training::train_builtin(o));
        o.resume = true;
        o.steps = 55;
        const training::TrainReport more = training::train_builtin(o);
        QCOMPARE(more.steps_done, 55);
        curve = training::read_curve(curve_csv);  // the resumed run appends its point
        QCOMPARE(curve.size(), size_t(3));
        QCOMPARE(curve[2].step, 55);

        // The folder is a diffusers model the normal pipeline loads (SentencePiece tokenizer included).
        auto pipeline = Pipeline::load(o.out_dir);
        QCOMPARE(pipeline->info().default_width, 64);
        GenerationRequest req;
        req.prompt = "a red circle on a blue background";
        req.seeds = {1};
        req.steps = 4;
        req.guidance_scale = 5;
        const GenerationResult g = pipeline->generate(req);
        QCOMPARE(g.images.size(), size_t(1));
        QCOMPARE(g.images[0].width, 64);
        QVERIFY(!pipeline->tokenizer()->encode("a red circle").empty());
    }

    // The class preset: its own reduced vocabulary on 32x32 images, progress for every step of every
    // phase with an ETA, samples every N diffusion steps and after the last, and a folder that loads
    // as a model; eval-builtin scores it against chance levels of that vocabulary.
    void classPresetTrainsWithProgressAndSamples() {
        if (QStandardPaths::findExecutable("spm_train").isEmpty()) QSKIP("spm_train (package sentencepiece) is not installed");
        QTemporaryDir dir;
        training::TrainOptions o = quickClassRun(dir.filePath("class").toStdString());
        std::vector<training::TrainProgress> progress;
        std::vector<training::TrainSample> samples;
        o.progress = [&](const training::TrainProgress& p) { progress.push_back(p); };
        o.sample_every = 4;
        o.sample_steps = 3;
        o.sample = [&](const training::TrainSample& s) { samples.push_back(s); };
        const training::TrainReport r = training::train_builtin(o);
        QVERIFY(r.finished && r.exported && !r.cancelled);
        QVERIFY(training::has_exported_model(o.out_dir));

        const auto vocab = scenes::SceneVocab::load(o.out_dir + "/scenes.json");
        QCOMPARE(vocab.canvas, 32);
        QCOMPARE(vocab.colors.size(), size_t(6));
        QCOMPARE(vocab.shapes.size(), size_t(3));

        // Every step reported once, phase by phase, the ETA reaching 0 at the end.
        int text = 0, vae = 0, diffusion = 0;
        for (const auto& p : progress) {
            if (p.phase == training::TrainPhase::Text) ++text;
            if (p.phase == training::TrainPhase::Vae) ++vae;
            if (p.phase == training::TrainPhase::Diffusion) ++diffusion;
            QVERIFY(p.eta >= 0 && p.elapsed >= 0);
        }
        QCOMPARE(progress.front().phase, training::TrainPhase::Tokenizer);
        QCOMPARE(text, 4);
        QCOMPARE(vae, 6);
        QCOMPARE(diffusion, 8);
        QCOMPARE(progress.back().step, 8);
        QCOMPARE(progress.back().total, 8);
        QVERIFY(progress.back().loss > 0);
        QVERIFY2(progress.back().eta < 1e-9 + r.sample_seconds, "only the last sample render is left at the end");
        const auto firstVae = std::find_if(progress.begin(), progress.end(),
                                           [](const auto& p) { return p.phase == training::TrainPhase::Vae; });
        QVERIFY2(firstVae->eta > 0, "the ETA counts the diffusion phase before it starts");

        // Samples at step 4 and after the last (8): the vocabulary's example prompts, 32x32 each.
        QCOMPARE(samples.size(), size_t(2));
        QCOMPARE(samples[0].step, 4);
        QCOMPARE(samples[1].step, 8);
        QCOMPARE(samples[1].prompts, vocab.example_prompts);
        QCOMPARE(samples[1].images.size(), vocab.example_prompts.size());
        QCOMPARE(samples[1].images[0].width, 32);
        QCOMPARE(r.samples, 2);
        qInfo("class preset: %d steps in %.1f s, samples %.2f s (%.2f s each: export, load, 4 images x 3 steps)",
              r.steps_done, r.seconds, r.sample_seconds, r.sample_seconds / 2);

        QCOMPARE(generatedImages(o.out_dir, "a red circle on a blue background", 32), size_t(1));

        // The folder recommends the settings the class preset's figures were measured at.
        const nlohmann::json index = stipple::read_json_file(o.out_dir + "/model_index.json");
        QCOMPARE(index.at("_stipple_recommended").value("guidance_scale", 0.0), 5.0);
        QCOMPARE(index.at("_stipple_recommended").value("num_inference_steps", 0), 20);

        training::EvalOptions eo;
        eo.model_dir = o.out_dir;
        eo.samples = 3;
        eo.steps = 2;
        eo.latency_runs = 0;
        eo.log = [](const std::string&) {};
        const training::EvalReport er = training::evaluate_builtin(eo);
        QCOMPARE(er.colors, 6);
        QCOMPARE(er.chance_background, 1.0 / 6);
        QCOMPARE(er.chance_color, 1.0 / 5);  // never the background's colour
        QCOMPARE(er.chance_shape, 1.0 / 3);
        QVERIFY(training::format_report(er).find("chance (this model's vocabulary: 6 colors, 3 shapes") != std::string::npos);
    }

    // Cancel stops after the step it was set in: the folder holds no model before the first export
    // (Pipeline::load refuses it), else a whole one that loads, and no partly written file.
    void cancelStopsPromptlyLeavingAWholeModelOrNone() {
        if (QStandardPaths::findExecutable("spm_train").isEmpty()) QSKIP("spm_train (package sentencepiece) is not installed");
        QTemporaryDir dir;
        for (const auto phase : {training::TrainPhase::Vae, training::TrainPhase::Diffusion}) {
            const bool inVae = phase == training::TrainPhase::Vae;
            training::TrainOptions o = quickClassRun(dir.filePath(inVae ? "vae" : "diffusion").toStdString());
            o.vae_steps = 10;
            o.steps = 1000;
            std::atomic<bool> cancel{false};
            o.cancel = &cancel;
            int stepsAfterCancel = 0;
            std::chrono::steady_clock::time_point cancelledAt;
            o.progress = [&](const training::TrainProgress& p) {
                if (cancel) ++stepsAfterCancel;
                if (p.phase == phase && p.step == 3 && !cancel) {
                    cancel = true;
                    cancelledAt = std::chrono::steady_clock::now();
                }
            };
            const training::TrainReport r = training::train_builtin(o);
            const double stopSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - cancelledAt).count();
            qInfo("cancelled in the %s phase: returned %.2f s after the flag", inVae ? "VAE" : "diffusion", stopSeconds);
            QVERIFY(r.cancelled && !r.finished);
            QCOMPARE(stepsAfterCancel, 0);
            QVERIFY2(stopSeconds < 5, "a cancelled run returns after its checkpoint, in seconds");
            QCOMPARE(leftoverTempFiles(o.out_dir), 0);
            if (inVae) {
                QCOMPARE(r.vae_steps_done, 3);
                QVERIFY(!r.exported && !training::has_exported_model(o.out_dir));
                QVERIFY_THROWS_EXCEPTION(Error, Pipeline::load(o.out_dir));
            } else {
                QCOMPARE(r.steps_done, 3);
                QVERIFY(r.exported);
                QCOMPARE(generatedImages(o.out_dir, "a green square", 32), size_t(1));
                // The checkpoint it left resumes where it stopped.
                o.resume = true;
                o.cancel = nullptr;
                o.progress = nullptr;
                o.steps = 5;
                const training::TrainReport more = training::train_builtin(o);
                QVERIFY(more.finished);
                QCOMPARE(more.steps_done, 5);
            }
        }
    }

    // --init-from: a trained folder continued for more diffusion steps keeps its tokenizer, VAE,
    // latent scale and (pretrained, fixed) text encoder exactly, trains its UNet on, and resumes.
    void continuesATrainedFolder() {
        if (QStandardPaths::findExecutable("spm_train").isEmpty()) QSKIP("spm_train (package sentencepiece) is not installed");
        QTemporaryDir dir;
        const std::string base = dir.filePath("base").toStdString(), more = dir.filePath("more").toStdString();
        training::TrainOptions o = continuationOf(base, more);
        o.steps = 5;
        const training::TrainReport r = training::train_builtin(o);
        QVERIFY(r.finished);
        QCOMPARE(r.steps_done, 5);
        QCOMPARE(r.vae_steps_done, o.vae_steps);  // no VAE step ran: it was taken as it is
        auto bytes = [](const std::string& path) {
            std::ifstream in(path, std::ios::binary);
            return std::string(std::istreambuf_iterator<char>(in), {});
        };
        for (const char* f : {"/tokenizer/spiece.model", "/vae/diffusion_pytorch_model.safetensors", "/vae/config.json",
                              "/text_encoder/model.safetensors", "/scenes.json"})
            QVERIFY2(bytes(base + f) == bytes(more + f), f);
        QVERIFY(bytes(base + "/unet/diffusion_pytorch_model.safetensors") != bytes(more + "/unet/diffusion_pytorch_model.safetensors"));
        QCOMPARE(generatedImages(more, "a red circle on a blue background", 32), size_t(1));
        // Its checkpoint resumes like any run's.
        o.resume = true;
        o.steps = 7;
        QCOMPARE(training::train_builtin(o).steps_done, 7);
        QVERIFY(bytes(base + "/vae/diffusion_pytorch_model.safetensors") == bytes(more + "/vae/diffusion_pytorch_model.safetensors"));
        // Not a trained folder: one clear error.
        training::TrainOptions bad = quickClassRun(dir.filePath("bad").toStdString());
        bad.init_from = dir.filePath("nowhere").toStdString();
        QVERIFY_THROWS_EXCEPTION(Error, training::train_builtin(bad));
    }

    // --decoder-steps: the VAE's decoder alone is trained on, the encoder (and so the latent space a
    // continued UNet knows) stays bit for bit, and a run stopped in the middle of it resumes there.
    void decoderPhaseKeepsTheLatentSpace() {
        if (QStandardPaths::findExecutable("spm_train").isEmpty()) QSKIP("spm_train (package sentencepiece) is not installed");
        QTemporaryDir dir;
        const std::string base = dir.filePath("base").toStdString(), more = dir.filePath("more").toStdString();
        training::TrainOptions o = continuationOf(base, more);  // another seed: a resume must not fall back to its init
        o.vae_object_weight = 4;
        o.decoder_steps = 6;
        o.steps = 2;
        std::atomic<bool> cancel{false};
        o.cancel = &cancel;
        int last_decoder_step = 0;
        o.progress = [&](const training::TrainProgress& p) {
            if (p.phase != training::TrainPhase::Vae) return;
            QCOMPARE(p.total, 6);
            last_decoder_step = p.step;
            if (p.step == 3) cancel = true;
        };
        const training::TrainReport stopped = training::train_builtin(o);
        QVERIFY(stopped.cancelled && !stopped.finished);
        QCOMPARE(stopped.decoder_steps_done, 3);
        cancel = false;
        o.resume = true;
        const training::TrainReport r = training::train_builtin(o);
        QVERIFY(r.finished);
        QCOMPARE(r.decoder_steps_done, 6);
        QCOMPARE(last_decoder_step, 6);
        QCOMPARE(r.steps_done, 2);

        const auto before = SafetensorsFile::open(base + "/vae/diffusion_pytorch_model.safetensors");
        const auto after = SafetensorsFile::open(more + "/vae/diffusion_pytorch_model.safetensors");
        int encoder = 0, decoder_changed = 0;
        for (const auto& e : before->entries()) {
            const bool same = at::equal(before->tensor(e.name), after->tensor(e.name));
            if (e.name.rfind("encoder.", 0) == 0 || e.name.rfind("quant_conv.", 0) == 0) {
                QVERIFY2(same, e.name.c_str());
                ++encoder;
            } else if (!same) {
                ++decoder_changed;
            }
        }
        QVERIFY(encoder > 10);
        QVERIFY2(decoder_changed > 10, qPrintable(QString::number(decoder_changed)));
        // The UNet continued is base's (two small steps away), also after resuming in the decoder phase.
        const auto unet_before = SafetensorsFile::open(base + "/unet/diffusion_pytorch_model.safetensors");
        const auto unet_after = SafetensorsFile::open(more + "/unet/diffusion_pytorch_model.safetensors");
        const at::Tensor w0 = unet_before->tensor("conv_in.weight"), w1 = unet_after->tensor("conv_in.weight");
        const double moved = (w1 - w0).abs().mean().item<double>(), scale = w0.abs().mean().item<double>();
        QVERIFY2(moved < 0.25 * scale, qPrintable(QString("%1 vs %2").arg(moved).arg(scale)));
        QCOMPARE(read_json_file(more + "/vae/config.json").value("scaling_factor", 0.0),
                 read_json_file(base + "/vae/config.json").value("scaling_factor", 0.0));
        QCOMPARE(generatedImages(more, "a red circle on a blue background", 32), size_t(1));
    }

    void unknownPresetIsAnError() {
        training::TrainOptions o;
        QVERIFY_THROWS_EXCEPTION(Error, training::apply_preset(o, "classroom"));
    }

    // The text encoder's pretraining labels are what the caption states, "not stated" otherwise.
    void captionLabelsStateWhatTheCaptionSays() {
        const auto vocab = scenes::SceneVocab::load(test::source_path("resources/models/stipple-shapes/scenes.json"));
        const training::AttributeHeads heads = training::attribute_heads(vocab);
        auto index = [](const auto& list, const std::string& name) {
            for (size_t i = 0; i < list.size(); ++i)
                if (list[i].name == name) return static_cast<int64_t>(i);
            return int64_t{-1};
        };
        const at::Tensor y = training::caption_labels(
            {"a red star in the top left on a blue background", "a green triangle to the left of an orange circle", ""},
            vocab);
        QCOMPARE(y.size(1), static_cast<int64_t>(heads.classes.size()));
        auto label = [&](int64_t row, const std::string& head) {
            for (size_t h = 0; h < heads.names.size(); ++h)
                if (heads.names[h] == head) return y[row][static_cast<int64_t>(h)].item<int64_t>();
            return int64_t{-2};
        };
        auto none = [&](const std::string& head) {
            for (size_t h = 0; h < heads.names.size(); ++h)
                if (heads.names[h] == head) return heads.classes[h] - 1;
            return int64_t{-3};
        };
        QCOMPARE(label(0, "background"), index(vocab.colors, "blue"));
        QCOMPARE(label(0, "objects"), int64_t{0});
        QCOMPARE(label(0, "first color"), index(vocab.colors, "red"));
        QCOMPARE(label(0, "first shape"), index(vocab.shapes, "star"));
        QCOMPARE(label(0, "first position"), index(vocab.positions, "top left"));
        QCOMPARE(label(0, "first size"), none("first size"));
        QCOMPARE(label(0, "second shape"), none("second shape"));
        QCOMPARE(label(1, "objects"), int64_t{1});
        QCOMPARE(label(1, "second shape"), index(vocab.shapes, "circle"));
        QCOMPARE(label(1, "second color"), index(vocab.colors, "orange"));
        QCOMPARE(label(1, "relation"), index(vocab.relations, "left of"));
        QCOMPARE(label(1, "background"), none("background"));
        QCOMPARE(label(2, "objects"), none("objects"));
    }

    void learningCurveFileRoundTripsAndRejectsGarbage() {
        QTemporaryDir dir;
        const std::string csv = dir.filePath("curve.csv").toStdString();
        QVERIFY(training::read_curve(csv).empty());
        training::CurvePoint p;
        p.step = 500, p.minutes = 3.25, p.loss = 0.1234, p.shape = 0.5, p.position = 0.875, p.placement = 0.25;
        training::write_curve(csv, {p});
        const auto back = training::read_curve(csv);
        QCOMPARE(back.size(), size_t(1));
        QCOMPARE(back[0].step, 500);
        QCOMPARE(back[0].position, 0.875);
        QCOMPARE(back[0].placement, 0.25);
        {
            std::ofstream out(csv, std::ios::app);
            out << "12,not a number\n";
        }
        QVERIFY_THROWS_EXCEPTION(Error, training::read_curve(csv));
    }
};

QTEST_GUILESS_MAIN(BuiltinTraining)
#include "test_builtin_training.moc"
