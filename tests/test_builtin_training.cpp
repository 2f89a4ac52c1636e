// train-builtin smoke run: a tiny model trains 50 diffusion steps in seconds, its loss falls, the
// run resumes from its checkpoint, and the exported folder generates through Pipeline::load.
#include "common/error.h"
#include "pipeline/pipeline.h"
#include "support/fixtures.h"
#include "scenes/scene_vocab.h"
#include "training/builtin_trainer.h"
#include "training/caption_attributes.h"
#include "training/learning_curve.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>

using namespace stipple;

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
