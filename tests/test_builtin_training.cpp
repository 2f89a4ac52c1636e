// train-builtin smoke run: a tiny model trains 50 diffusion steps in seconds, its loss falls, the
// run resumes from its checkpoint, and the exported folder generates through Pipeline::load.
#include "common/error.h"
#include "pipeline/pipeline.h"
#include "support/fixtures.h"
#include "training/builtin_trainer.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

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
        o.log = [](const std::string&) {};
        const training::TrainReport r = training::train_builtin(o);
        QVERIFY(r.finished);
        QCOMPARE(r.steps_done, 50);
        qInfo("tiny VAE loss %.4f -> %.4f, diffusion loss %.4f -> %.4f", r.vae_first_loss, r.vae_last_loss, r.first_loss,
              r.last_loss);
        QVERIFY2(r.vae_last_loss < r.vae_first_loss, "VAE loss must fall");
        QVERIFY2(r.last_loss < 0.9 * r.first_loss, "diffusion loss must fall by 10 %");

        // A second run in the same folder needs --resume; resuming a finished run continues to more steps.
        QVERIFY_THROWS_EXCEPTION(Error, training::train_builtin(o));
        o.resume = true;
        o.steps = 55;
        const training::TrainReport more = training::train_builtin(o);
        QCOMPARE(more.steps_done, 55);

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
};

QTEST_GUILESS_MAIN(BuiltinTraining)
#include "test_builtin_training.moc"
