// `stipple`: the desktop app. Options: --model PATH, --threads N, --lang CODE, --version, --help (and a
// hidden --screenshot FILE [--generate] used to check the layout headlessly).
#include "app_icon.h"
#include "preferences.h"
#include "app_paths.h"
#include "generation_controller.h"
#include "language.h"
#include "main_window.h"
#include "parameters_panel.h"
#include "preview_pane.h"
#include "common/blas_kernels.h"
#include "pipeline/resource_paths.h"
#include "stipple_version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimer>

#include <cstdio>
#include <cstring>

using stipple::ui::MainWindow;

namespace {

// The language asked for on the command line (--lang CODE or --lang=CODE), read before Qt starts.
QString requestedLanguage(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc) return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0) return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

void printHelp() {
    const QString text = QCoreApplication::translate(
        "main",
        "Usage: stipple [options]\n"
        "Stipple %1: a desktop studio for text-to-image diffusion.\n\n"
        "Options:\n"
        "  --model PATH    open a model (diffusers folder or .safetensors checkpoint)\n"
        "  --threads N     CPU threads for generation (default: number of physical cores)\n"
        "  --lang CODE     interface language: en, de, fr, es or zh_CN (default: the system's)\n"
        "  --version       print \"stipple <version>\" and exit\n"
        "  --help          show this help and exit\n\n"
        "Environment: STIPPLE_OUTPUT_DIR (where images are saved), STIPPLE_DATA_DIR (history, settings).\n");
    std::fputs(qPrintable(text.arg(QStringLiteral(STIPPLE_VERSION))), stdout);
}

}  // namespace

int main(int argc, char** argv) {
    stipple::relaunch_with_native_blas_kernels(argv);
    // --version and --help must work without a display.
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("stipple %s\n", STIPPLE_VERSION);
            return 0;
        }
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            QCoreApplication core(argc, argv);  // translators need an application object, not a display
            QCoreApplication::setOrganizationName(QStringLiteral("Stipple"));
            QCoreApplication::setApplicationName(QStringLiteral("Stipple"));
            stipple::ui::installTranslators(&core, stipple::ui::resolveLanguage(requestedLanguage(argc, argv)));
            printHelp();
            return 0;
        }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Stipple"));
    QApplication::setApplicationName(QStringLiteral("Stipple"));
    QApplication::setApplicationVersion(QStringLiteral(STIPPLE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.stipple.Stipple"));
    QApplication::setWindowIcon(stipple::ui::appIcon());
    const QString language = stipple::ui::resolveLanguage(requestedLanguage(argc, argv));
    if (!stipple::ui::installTranslators(&app, language))
        std::fprintf(stderr, "stipple: no translation for \"%s\"; using English\n", qPrintable(language));

    QCommandLineParser parser;
    QCommandLineOption model(QStringLiteral("model"), QApplication::translate("main", "Open the model at PATH."),
                             QStringLiteral("PATH"));
    QCommandLineOption threads(QStringLiteral("threads"), QApplication::translate("main", "CPU threads (default: cores)."),
                               QStringLiteral("N"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save a screenshot of the window and quit."),
                                  QStringLiteral("FILE"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption generateOnce(QStringLiteral("generate"), QStringLiteral("Generate once (with --screenshot)."));
    generateOnce.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption prompt(QStringLiteral("prompt"), QStringLiteral("Prompt to type (with --screenshot)."),
                              QStringLiteral("TEXT"));
    prompt.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Image size WxH (with --screenshot)."),
                            QStringLiteral("WxH"));
    size.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotStep(QStringLiteral("screenshot-step"),
                                      QStringLiteral("With --generate: take the screenshot when step N is shown."),
                                      QStringLiteral("N"));
    screenshotStep.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption steps(QStringLiteral("steps"), QStringLiteral("Steps to set (with --screenshot)."), QStringLiteral("N"));
    steps.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption windowSize(QStringLiteral("window"), QStringLiteral("Window size WxH (with --screenshot)."),
                                  QStringLiteral("WxH"));
    windowSize.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption lang(QStringLiteral("lang"),
                            QApplication::translate("main", "Interface language: en, de, fr, es or zh_CN."),
                            QStringLiteral("CODE"));
    parser.addOptions({model, threads, lang, screenshot, generateOnce, prompt, size, screenshotStep, steps, windowSize});
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "stipple: %s\n",
                     qPrintable(QApplication::translate("main", "%1 (see --help)").arg(parser.errorText())));
        return 2;
    }

    int threadCount = stipple::ui::Preferences().get(stipple::ui::pref::threads);
    if (parser.isSet(threads)) {
        bool ok = false;
        threadCount = parser.value(threads).toInt(&ok);
        if (!ok || threadCount < 1) {
            std::fprintf(stderr, "stipple: %s\n",
                         qPrintable(QApplication::translate("main", "--threads needs a positive integer, got \"%1\"")
                                        .arg(parser.value(threads))));
            return 2;
        }
    }
    MainWindow window;
    window.controller()->setThreadCount(threadCount);  // <= 0: chosen for the model
    window.show();
    QString modelPath = parser.value(model);
    if (modelPath.isEmpty()) modelPath = stipple::ui::Preferences().get(stipple::ui::pref::lastModel);
    if (modelPath.isEmpty()) {
        // A fresh machine opens on the built-in model.
        const QString builtin = QString::fromStdString(stipple::builtin_model_dir());
        if (QFileInfo::exists(builtin + QStringLiteral("/model_index.json"))) modelPath = builtin;
    }
    if (!modelPath.isEmpty()) window.openModel(QDir::fromNativeSeparators(modelPath));

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto grab = [&window, file] {
            window.grab().save(file);
            window.close();
        };
        if (parser.isSet(prompt)) window.parameters()->promptEdit()->setPlainText(parser.value(prompt));
        if (parser.isSet(size)) {
            const QStringList wh = parser.value(size).split(QLatin1Char('x'));
            if (wh.size() == 2) window.parameters()->setSize(wh[0].toInt(), wh[1].toInt());
        }
        if (parser.isSet(steps)) window.parameters()->stepsBox()->setValue(parser.value(steps).toInt());
        if (parser.isSet(windowSize)) {
            const QStringList wh = parser.value(windowSize).split(QLatin1Char('x'));
            if (wh.size() == 2) window.resize(wh[0].toInt(), wh[1].toInt());
        }
        if (parser.isSet(generateOnce) && !modelPath.isEmpty() && parser.isSet(screenshotStep)) {
            // Mid-generation: grab the window while step N's preview is on screen, then quit.
            const int step = parser.value(screenshotStep).toInt();
            QObject::connect(&window, &MainWindow::modelReady, &window, [&window] { window.generate(); });
            QObject::connect(window.preview(), &stipple::ui::PreviewPane::frameShown, &window,
                             [grab, step](int shown, int) {
                                 if (shown >= step) grab();
                             });
        } else if (parser.isSet(generateOnce) && !modelPath.isEmpty()) {
            QObject::connect(&window, &MainWindow::modelReady, &window, [&window] { window.generate(); });
            QObject::connect(&window, &MainWindow::modelFailed, &window, [grab] { QTimer::singleShot(300, grab); });
            QObject::connect(&window, &MainWindow::generationFinished, &window, [grab] { QTimer::singleShot(300, grab); });
        } else {
            QTimer::singleShot(1500, grab);
        }
    }
    return app.exec();
}
