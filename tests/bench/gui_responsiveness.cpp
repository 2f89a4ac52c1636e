// `stipple-bench-gui`: how long the desktop app's GUI thread goes without serving its event loop
// while a generation runs in the worker (previews arriving every step, the window painting them).
// A benchmark, not a test: it prints figures (the target is a longest gap under 50 ms).
//
//   stipple-bench-gui [--model PATH] [--size WxH] [--steps N] [--count N] [--preview latent|taesd|vae]
//
// Runs a real MainWindow (use QT_QPA_PLATFORM=offscreen or xvfb-run without a display).
#include "main_window.h"
#include "parameters_panel.h"
#include "pipeline/resource_paths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QComboBox>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace stipple::ui;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription("Longest GUI event-loop gap of the Stipple window during a generation.");
    cli.addHelpOption();
    cli.addOption({"model", "model folder or file (default: the built-in model)", "PATH"});
    cli.addOption({"size", "image size (default 512x512)", "WxH", "512x512"});
    cli.addOption({"steps", "denoising steps (default 20)", "N", "20"});
    cli.addOption({"count", "images in the batch (default 1)", "N", "1"});
    cli.process(app);
    const QStringList size = cli.value("size").split('x');
    if (size.size() != 2 || size[0].toInt() <= 0 || size[1].toInt() <= 0) {
        std::fprintf(stderr, "--size must be WIDTHxHEIGHT like 512x512\n");
        return 2;
    }
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
