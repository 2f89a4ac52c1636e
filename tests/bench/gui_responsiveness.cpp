// `stipple-bench-gui`: how long the desktop app's GUI thread goes without serving its event loop
// while a generation runs in the worker (previews arriving every step, the window painting them).
// A benchmark, not a test: it prints figures (the target is a longest gap under 50 ms).
//
//   stipple-bench-gui [--model PATH] [--size WxH] [--steps N] [--count N] [--preview latent|taesd|vae]
//   stipple-bench-gui --library-files N
//   stipple-bench-gui --lockstep N [--size WxH] [--steps S]
//
// --library-files: instead of a generation, the model library (issue 16): N small .safetensors files
// (LoRAs, embeddings, VAEs and checkpoint headers in an A1111-style tree, in a temporary data
// folder) are scanned, hashed, then scanned again with the hashes cached, while the picker is open.
//
// --lockstep: instead, the lockstep compare (issue 20): N runs of the built-in model (S, S+10, ...
// steps, different seeds) are generated, their stored timelines opened side by side, and the
// scrubber dragged through every position (each position set and painted), then played at the
// fastest speed to the end — all from stored frames, with the worker idle.
//
// Runs a real MainWindow (use QT_QPA_PLATFORM=offscreen or xvfb-run without a display).
#include "generation_controller.h"
#include "lockstep_compare.h"
#include "main_window.h"
#include "model_library_scanner.h"
#include "model_picker.h"
#include "parameters_panel.h"
#include "io/model_library.h"
#include "io/safetensors.h"
#include "pipeline/resource_paths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QComboBox>
#include <QEventLoop>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QDir>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <vector>

using namespace stipple::ui;

namespace {

// The gaps between ticks of a 1 ms timer on the GUI thread: how long the event loop was busy.
class LoopProbe {
public:
    LoopProbe() {
        timer_.setInterval(1);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            const qint64 now = clock_.nsecsElapsed();
            longest_ = std::max(longest_, now - last_);
            ++ticks_;
            last_ = now;
        });
    }
    void start() {
        longest_ = 0;
        ticks_ = 0;
        clock_.start();
        last_ = 0;
        timer_.start();
    }
    void stop() { timer_.stop(); }
    double elapsedMs() const { return clock_.nsecsElapsed() / 1e6; }
    double longestMs() const { return longest_ / 1e6; }
    double meanMs() const { return ticks_ ? elapsedMs() / ticks_ : 0; }
    qint64 ticks() const { return ticks_; }
private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = 0, longest_ = 0, ticks_ = 0;
};

// N files in an A1111-style tree: 40% LoRAs (64 modules, like a small kohya LoRA's header),
// 30% embeddings, 15% VAEs, 15% SD 1.x checkpoint headers (a few keys of each component).
void writeLibrary(const QString& models, int files) {
    const char* folders[] = {"Lora", "embeddings", "VAE", "Stable-diffusion"};
    for (const char* f : folders) QDir().mkpath(QDir(models).filePath(f));
    for (int i = 0; i < files; ++i) {
        std::vector<std::pair<std::string, at::Tensor>> t;
        const int kind = i % 20 < 8 ? 0 : i % 20 < 14 ? 1 : i % 20 < 17 ? 2 : 3;
        if (kind == 0) {
            for (int m = 0; m < 64; ++m) {
                const std::string name = "lora_unet_down_blocks_0_attentions_0_transformer_blocks_" + std::to_string(m) + "_attn2_to_k";
                t.push_back({name + ".lora_down.weight", at::zeros({4, 768})});
                t.push_back({name + ".lora_up.weight", at::zeros({320, 4})});
                t.push_back({name + ".alpha", at::scalar_tensor(4.0)});
            }
        } else if (kind == 1) {
            t.push_back({"emb_params", at::zeros({4, 768})});
        } else if (kind == 2) {
            for (int m = 0; m < 16; ++m) {
                t.push_back({"encoder.down." + std::to_string(m) + ".block.0.conv1.weight", at::zeros({8, 8, 3, 3})});
                t.push_back({"decoder.up." + std::to_string(m) + ".block.0.conv1.weight", at::zeros({8, 8, 3, 3})});
            }
        } else {
            t.push_back({"cond_stage_model.transformer.text_model.embeddings.token_embedding.weight", at::zeros({64, 768})});
            t.push_back({"model.diffusion_model.input_blocks.0.0.weight", at::zeros({32, 4, 3, 3})});
            t.push_back({"first_stage_model.encoder.conv_in.weight", at::zeros({32, 3, 3, 3})});
        }
        const QString path = QDir(models).filePath(QStringLiteral("%1/file-%2.safetensors").arg(folders[kind]).arg(i, 5, 10, QLatin1Char('0')));
        stipple::write_safetensors(path.toStdString(), t);
    }
}

// Scans, hashes and rescans the library with the picker open; prints the longest event-loop gap
// and the time of each phase.
int runLibraryBench(QApplication& app, int files) {
    QTemporaryDir data;
    qputenv("STIPPLE_DATA_DIR", data.path().toUtf8());
    qputenv("STIPPLE_OUTPUT_DIR", QDir(data.path()).filePath(QStringLiteral("out")).toUtf8());
    QElapsedTimer writing;
    writing.start();
    writeLibrary(QDir(data.path()).filePath(QStringLiteral("models")), files);
    std::printf("library          %d files written in %.1f s\n", files, writing.elapsed() / 1e3);

    MainWindow window;
    window.show();
    LoopProbe probe;
    int pass = 0;
    double scanMs = 0, scanGap = 0;
    QTimer::singleShot(0, [&] {
        window.showModelLibrary();  // builds the picker and its scanner, starts the first scan
        probe.start();
        ModelLibraryScanner* scanner = window.libraryScanner();
        QObject::connect(scanner, &ModelLibraryScanner::scanFinished, [&](int entries, int skipped, qint64) {
            scanMs = probe.elapsedMs();
            scanGap = probe.longestMs();
            std::printf("%s scan        %d entries, %d skipped, %.0f ms, longest event-loop gap %.1f ms (%lld ticks)\n",
                        pass == 0 ? "first " : "second", entries, skipped, scanMs, scanGap,
                        static_cast<long long>(probe.ticks()));
        });
        QObject::connect(scanner, &ModelLibraryScanner::hashingFinished, [&](int computed) {
            std::printf("%s hashing     %d hashes computed, done %.0f ms after the scan began, longest gap %.1f ms, "
                        "picker rows %d\n",
                        pass == 0 ? "first " : "second", computed, probe.elapsedMs(), probe.longestMs(),
                        window.modelPicker()->entryCount());
            probe.stop();
            if (++pass == 2) {
                // For comparison: the same scan on the GUI thread would stall it this long.
                QElapsedTimer inline_scan;
                inline_scan.start();
                stipple::ModelScanOptions options;
                for (const QString& f : window.libraryFolders()) options.folders.push_back(f.toStdString());
                const size_t n = stipple::scan_model_folders(options).entries.size();
                std::printf("for comparison   the same scan on the GUI thread: %zu entries, %lld ms without an event\n", n,
                            static_cast<long long>(inline_scan.elapsed()));
                return app.quit();
            }
            QTimer::singleShot(0, [&] {
                probe.start();
                window.showModelLibrary();  // rescans: the hashes now come from the cache
            });
        });
    });
    app.exec();
    return pass == 2 ? 0 : 2;
}

// Runs the event loop until `done()` holds (checked whenever `sender` emits `signal`) or `ms` pass.
template <typename Sender, typename Signal>
bool waitFor(Sender* sender, Signal signal, const std::function<bool()>& done, int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    QObject::connect(sender, signal, &loop, [&] {
        if (done()) loop.quit();
    });
    if (!done()) loop.exec();
    return done();
}

// N runs generated, then the lockstep compare scrubbed through every position and played to the
// end; prints the longest and mean event-loop gap of each phase.
int runLockstepBench( int runs, int steps, const QStringList& size) {
    QTemporaryDir data;
    qputenv("STIPPLE_DATA_DIR", data.path().toUtf8());
    qputenv("STIPPLE_OUTPUT_DIR", QDir(data.path()).filePath(QStringLiteral("out")).toUtf8());
    MainWindow window;
    window.show();
    window.openModel(QString::fromStdString(stipple::builtin_model_dir()));
    if (!waitFor(&window, &MainWindow::modelReady, [&] { return window.isModelLoaded(); }, 120000)) {
        std::fprintf(stderr, "the built-in model did not load\n");
        return 2;
    }
    QStringList paths;
    QElapsedTimer generating;
    generating.start();
    for (int i = 0; i < runs; ++i) {
        ParametersPanel* p = window.parameters();
        p->promptEdit()->setPlainText(i % 2 ? "a yellow star on a green background" : "a red circle on a blue background");
        p->setSeed(1000 + i, true);
        p->stepsBox()->setValue(steps + 10 * i);
        p->widthBox()->setValue(size[0].toInt());
        p->heightBox()->setValue(size[1].toInt());
        p->countBox()->setValue(1);
        std::optional<JobResult> result;
        const auto connection = QObject::connect(&window, &MainWindow::generationFinished,
                                                 [&](const JobResult& r) { result = r; });
        window.generate();
        const bool done = waitFor(&window, &MainWindow::generationFinished, [&] { return result.has_value(); }, 600000);
        QObject::disconnect(connection);
        if (!done) return 2;
        const JobResult r = *result;
        if (!r.error.isEmpty() || r.images.isEmpty()) {
            std::fprintf(stderr, "generation failed: %s\n", qPrintable(r.error));
            return 2;
        }
        paths << r.images.front().path;
    }
    std::printf("runs             %d of the built-in model, %sx%s, %d..%d steps, generated in %.1f s\n", runs,
                qPrintable(size[0]), qPrintable(size[1]), steps, steps + 10 * (runs - 1), generating.elapsed() / 1e3);
    std::printf("stored timelines %d, %.1f MB\n", window.timelines().size(), window.timelines().bytes() / 1048576.0);

    LockstepCompare* compare = window.showLockstepCompare(paths);
    if (!compare || !compare->missingRuns().isEmpty()) {
        std::fprintf(stderr, "the compare did not open with every run's timeline\n");
        return 2;
    }
    compare->resize(420 * runs, 640);
    QEventLoop settle;  // the window shown and laid out before measuring
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();
    const int jobsBefore = window.controller()->currentJobId();
    LoopProbe probe;
    QEventLoop loop;  // not app.exec()/quit(): Qt 6's quit closes every window, the compare with them

    // Dragging: every position set and the window painted at once (as a mouse move does), one per
    // event-loop pass, so the probe sees each position's full cost.
    int position = 0;
    double scrubMs = 0, scrubLongest = 0, scrubMean = 0;
    qint64 scrubTicks = 0;
    QElapsedTimer work;
    qint64 workNs = 0;
    QTimer scrubber;
    scrubber.setInterval(0);
    QObject::connect(&scrubber, &QTimer::timeout, [&] {
        if (++position > compare->positions()) {
            scrubber.stop();
            probe.stop();
            scrubMs = probe.elapsedMs();
            scrubLongest = probe.longestMs();
            scrubMean = probe.meanMs();
            scrubTicks = probe.ticks();
            loop.quit();
            return;
        }
        work.start();
        compare->scrubber()->setValue(position);
        compare->repaint();
        workNs += work.nsecsElapsed();
    });
    probe.start();
    scrubber.start();
    loop.exec();
    const int positions = compare->positions();
    std::printf("scrub            %d positions x %d panes in %.0f ms: %.2f ms per position (set + paint)\n", positions,
                compare->paneCount(), scrubMs, workNs / 1e6 / positions);
    std::printf("                 longest event-loop gap %.1f ms, mean gap %.2f ms (%lld ticks)\n", scrubLongest, scrubMean,
                static_cast<long long>(scrubTicks));

    // Playing at the fastest speed from the first position to the end.
    compare->speedBox()->setCurrentIndex(compare->speedBox()->count() - 1);
    compare->setPosition(1);
    QObject::connect(compare, &LockstepCompare::playingChanged, [&](bool playing) {
        if (!playing) loop.quit();
    });
    probe.start();
    compare->play();
    loop.exec();
    probe.stop();
    std::printf("play             %d positions at %.0f/s in %.0f ms, ended at %d/%d\n", positions, compare->speed(),
                probe.elapsedMs(), compare->position(), positions);
    std::printf("                 longest event-loop gap %.1f ms, mean gap %.2f ms (%lld ticks)\n", probe.longestMs(),
                probe.meanMs(), static_cast<long long>(probe.ticks()));
    std::printf("worker           %s; jobs queued %d, job id before %d, after %d\n",
                window.controller()->isBusy() ? "busy" : "idle", static_cast<int>(window.controller()->queue().size()),
                jobsBefore, window.controller()->currentJobId());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription("Longest GUI event-loop gap of the Stipple window during a generation.");
    cli.addHelpOption();
    cli.addOption({"model", "model folder or file (default: the built-in model)", "PATH"});
    cli.addOption({"size", "image size (default 512x512)", "WxH", "512x512"});
    cli.addOption({"steps", "denoising steps (default 20)", "N", "20"});
    cli.addOption({"count", "images in the batch (default 1)", "N", "1"});
    cli.addOption({"library-files", "instead: scan a model library of N generated files (e.g. 2000)", "N"});
    cli.addOption({"lockstep", "instead: scrub and play the lockstep compare of N (2-4) generated runs", "N"});
    cli.process(app);
    if (cli.isSet("library-files")) return runLibraryBench(app, std::max(1, cli.value("library-files").toInt()));
    const QStringList size = cli.value("size").split('x');
    if (size.size() != 2 || size[0].toInt() <= 0 || size[1].toInt() <= 0) {
        std::fprintf(stderr, "--size must be WIDTHxHEIGHT like 512x512\n");
        return 2;
    }
    if (cli.isSet("lockstep"))
        return runLockstepBench(std::clamp(cli.value("lockstep").toInt(), 2, 4), std::max(1, cli.value("steps").toInt()), size);
    const QString model =
        cli.isSet("model") ? cli.value("model") : QString::fromStdString(stipple::builtin_model_dir());

    MainWindow window;
    window.show();
    int exit_code = 0;
    QObject::connect(&window, &MainWindow::modelFailed, [&](const QString& reason) {
        std::fprintf(stderr, "cannot load %s: %s\n", qPrintable(model), qPrintable(reason));
        exit_code = 2;
        app.quit();
    });

    // A 1 ms timer on the GUI thread: the gap between its ticks is how long the loop was busy.
    QElapsedTimer clock;
    std::vector<qint64> gaps;
    qint64 last = 0;
    QTimer probe;
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back(now - last);
        last = now;
    });

    QObject::connect(&window, &MainWindow::modelReady, [&] {
        ParametersPanel* p = window.parameters();
        p->promptEdit()->setPlainText("a red circle on a blue background");
        p->stepsBox()->setValue(cli.value("steps").toInt());
        p->widthBox()->setValue(size[0].toInt());
        p->heightBox()->setValue(size[1].toInt());
        p->countBox()->setValue(cli.value("count").toInt());
        clock.start();
        last = 0;
        probe.start();
        window.generate();
    });
    QObject::connect(&window, &MainWindow::generationFinished, [&](const JobResult& r) {
        probe.stop();
        if (!r.error.isEmpty()) {
            std::fprintf(stderr, "generation failed: %s\n", qPrintable(r.error));
            exit_code = 2;
        } else if (gaps.empty()) {
            std::fprintf(stderr, "no event-loop ticks were recorded\n");
            exit_code = 2;
        } else {
            std::vector<qint64> sorted = gaps;
            std::sort(sorted.begin(), sorted.end());
            auto ms = [](qint64 ns) { return ns / 1e6; };
            std::printf("model            %s\n", qPrintable(window.model().name));
            std::printf("generation       %dx%d, %d steps, %d image(s), %.2f s\n", size[0].toInt(), size[1].toInt(),
                        r.stepsDone, static_cast<int>(r.images.size()), r.seconds);
            std::printf("event-loop ticks %zu (1 ms timer)\n", gaps.size());
            std::printf("longest gap      %.1f ms\n", ms(sorted.back()));
            std::printf("99th percentile  %.1f ms\n", ms(sorted[sorted.size() * 99 / 100]));
            std::printf("median gap       %.1f ms\n", ms(sorted[sorted.size() / 2]));
        }
        app.quit();
    });
    window.openModel(model);
    app.exec();
    return exit_code;
}
