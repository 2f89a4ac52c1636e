// stipple-screenshots: the README's screenshots of the inpainting canvas mid-inpaint and of a
// hires-fix run (issue 18), taken from the real MainWindow on the built-in model, driven as a user
// would: generate a picture, use it as the img2img source, paint the mask with mouse strokes in the
// dialog "Paint mask…" opens, generate again; turn the Hires fix on and generate.
//
// Hand-written because no suite builds these states (the classroom shots come from their suites
// through tests/support/screenshot.h; these need a whole window, two runs and a modal dialog).
// Not a test: not in CTest, built only on request.
//
//   cmake --build build --target screenshots        # builds it and writes the English and German PNGs
// or by hand:
//   cmake --build build --target stipple-screenshots
//   QT_QPA_PLATFORM=offscreen OMP_NUM_THREADS=1 build/tests/stipple-screenshots --out resources/screenshots
//   QT_QPA_PLATFORM=offscreen OMP_NUM_THREADS=1 build/tests/stipple-screenshots --out resources/screenshots --lang de
//
// writes inpaint-canvas[-LANG].png and hires-fix[-LANG].png (no suffix for English) and exits
// non-zero, saying why, when a state the shots should show did not come about.
//
// Mid-run shots: the window is grabbed inside PreviewPane::frameShown, on the GUI thread, so the
// picture is that frame's state (step k of n) even though the worker keeps going meanwhile.
// The mask dialog is a window of its own and the offscreen platform draws no window frames: the
// inpainting shot puts the main window and the dialog (as "Paint mask…" opens it on that picture
// and mask, which it also does during a run) side by side, each with a plain title bar drawn here.
#include "hires_fix_panel.h"
#include "init_image_panel.h"
#include "language.h"
#include "main_window.h"
#include "mask_canvas.h"
#include "mask_dialog.h"
#include "parameters_panel.h"
#include "pipeline/resource_paths.h"
#include "preview_pane.h"
#include "generation_controller.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QCursor>
#include <QDialogButtonBox>
#include <QDir>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace stipple::ui;

namespace {

const QSize kWindow(1280, 800);         // the hires shot: the classroom shots' width
// Beside the mask dialog: the width the window is made to fit (widened if a language needs more).
const QSize kInpaintWindow(1024, 720);

[[noreturn]] void fail(const QString& why) {
    std::fprintf(stderr, "stipple-screenshots: %s\n", qPrintable(why));
    std::fflush(nullptr);
    std::_Exit(1);  // no destructors: the worker thread may still be running
}

QString shotPath(const QString& dir, const QString& name, const QString& lang) {
    return QDir(dir).filePath(lang == QLatin1String("en") ? name + QStringLiteral(".png")
                                                           : QStringLiteral("%1-%2.png").arg(name, lang));
}

void settle() {
    for (int i = 0; i < 5; ++i) QCoreApplication::processEvents();
}

void loadBuiltin(MainWindow& w) {
    if (w.isModelLoaded()) return;
    QSignalSpy ready(&w, &MainWindow::modelReady);
    w.openModel(QString::fromStdString(stipple::builtin_model_dir()));
    if (ready.isEmpty() && !ready.wait(120000)) fail(QStringLiteral("the built-in model did not load"));
}

// Generates with the window's fields; when `onFrame` is given it is called on every frame shown.
JobResult generateAndWait(MainWindow& w, const std::function<void(int, int)>& onFrame = {}) {
    QMetaObject::Connection c;
    if (onFrame) c = QObject::connect(w.preview(), &PreviewPane::frameShown, &w, onFrame);
    QSignalSpy finished(&w, &MainWindow::generationFinished);
    QTest::mouseClick(w.parameters()->generateButton(), Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(300000)) fail(QStringLiteral("the generation did not finish"));
    QObject::disconnect(c);
    const JobResult r = finished.takeFirst().at(0).value<JobResult>();
    if (!r.error.isEmpty()) fail(QStringLiteral("the generation failed: ") + r.error);
    settle();
    return r;
}

// Widens the window until the preview's option boxes show their whole text (at 1024 px German
// cuts them short).
void widenUntilPreviewBarFits(MainWindow& w) {
    for (int i = 0; i < 40; ++i) {
        settle();
        bool fits = true;
        for (const char* name : {"previewShow", "previewSource"}) {
            auto* box = w.findChild<QComboBox*>(QLatin1String(name));
            // The shown item's text, the arrow and the frame (Fusion: about 34 px beside the text).
            if (box && box->width() < box->fontMetrics().horizontalAdvance(box->currentText()) + 36) fits = false;
        }
        if (fits) return;
        w.resize(w.width() + 16, w.height());
    }
}

// Scrolls the parameters so that `top` sits at the top of the visible part.
void scrollParametersTo(MainWindow& w, QWidget* top) {
    auto* scroll = w.findChild<QScrollArea*>(QStringLiteral("parametersScroll"));
    if (!scroll) fail(QStringLiteral("no parameters scroll area"));
    settle();
    scroll->verticalScrollBar()->setValue(top->mapTo(scroll->widget(), QPoint(0, 0)).y() - 6);
    settle();
}

// The rectangle of the picture's pixels far from its background colour (the mean of its border).
QRect objectBox(const QImage& picture) {
    const QImage rgb = picture.convertToFormat(QImage::Format_RGB888);
    const int w = rgb.width(), h = rgb.height();
    double sum[3] = {0, 0, 0};
    int n = 0;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            if (x == 0 || y == 0 || x == w - 1 || y == h - 1) {
                const QColor c = rgb.pixelColor(x, y);
                sum[0] += c.red(), sum[1] += c.green(), sum[2] += c.blue(), ++n;
            }
    QRect box;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const QColor c = rgb.pixelColor(x, y);
            const double d = std::abs(c.red() - sum[0] / n) + std::abs(c.green() - sum[1] / n) +
                             std::abs(c.blue() - sum[2] / n);
            if (d > 200) box |= QRect(x, y, 1, 1);
        }
    return box;
}

// A picture point in canvas widget coordinates (MaskCanvas::toPicture inverted: it is affine).
QPoint toCanvas(const MaskCanvas* canvas, QPointF picturePoint) {
    const QPointF o = canvas->toPicture(QPointF(0, 0));
    const QPointF one = canvas->toPicture(QPointF(1, 1));
    const double sx = one.x() - o.x(), sy = one.y() - o.y();  // picture pixels per widget pixel
    return QPoint(qRound((picturePoint.x() - o.x()) / sx), qRound((picturePoint.y() - o.y()) / sy));
}

// Paints an ellipse a few pixels larger than `box` (picture pixels) in one zig-zag stroke, as a hand
// with the mouse would: the stroke's centre line stays half a brush inside the ellipse.
void paintOver(MaskCanvas* canvas, const QRect& box, int brush) {
    const QPointF c = QRectF(box).center();
    const double a = std::max(1.0, box.width() / 2.0 + 4 - brush / 2.0);
    const double b = std::max(1.0, box.height() / 2.0 + 4 - brush / 2.0);
    const double step = brush * 0.6;
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, toCanvas(canvas, QPointF(c.x(), c.y() - b)));
    bool right = true;
    QPointF last;
    for (double dy = -b; dy <= b + step / 2; dy += step) {
        const double y = std::min(dy, b);
        const double half = a * std::sqrt(std::max(0.0, 1 - (y / b) * (y / b)));
        for (int i = 0; i <= 8; ++i) {  // several moves per row: a drag, not a jump
            const double t = i / 8.0;
            last = QPointF(c.x() + (right ? -half + 2 * half * t : half - 2 * half * t), c.y() + y);
            QTest::mouseMove(canvas, toCanvas(canvas, last));
        }
        right = !right;
    }
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, toCanvas(canvas, last));
}

// `window` as it would look on a desktop: a title bar with `title` above it and a soft shadow.
QImage framed(const QImage& window, const QString& title, const QFont& font) {
    const int bar = 28, shadow = 12;
    QImage out(window.width() + 2 * shadow, window.height() + bar + 2 * shadow, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    for (int i = shadow; i > 0; --i) {  // darker towards the window
        QPainterPath path;
        const QRectF r(shadow - i, shadow - i + 3, window.width() + 2 * i, window.height() + bar + 2 * i);
        path.addRoundedRect(r, 6 + i, 6 + i);
        p.fillPath(path, QColor(0, 0, 0, 7));
    }
    const QRect frame(shadow, shadow, window.width(), window.height() + bar);
    QPainterPath titlePath;
    titlePath.addRoundedRect(QRectF(frame.left(), frame.top(), frame.width(), bar + 8), 6, 6);
    p.fillPath(titlePath, QColor(0x3b, 0x41, 0x48));
    p.drawImage(frame.left(), frame.top() + bar, window);
    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(Qt::white);
    p.drawText(QRect(frame.left(), frame.top(), frame.width(), bar), Qt::AlignCenter, title);
    return out;
}

// Framed windows side by side on a plain desktop, tops aligned.
QImage desktop(const QList<QImage>& windows) {
    const int margin = 8;
    int width = margin, height = 0;
    for (const QImage& w : windows) {
        width += w.width();
        height = std::max(height, w.height());
    }
    QImage out(width + margin, height + 2 * margin, QImage::Format_RGB888);
    out.fill(QColor(0xd5, 0xdb, 0xe1));
    QPainter p(&out);
    int x = margin;
    for (const QImage& w : windows) {
        p.drawImage(x, margin, w);
        x += w.width();
    }
    return out;
}

// The inpainting shot: a red star, masked, redrawn as a yellow circle; grabbed half way through.
void inpaintShot(MainWindow& w, const QString& out, const QString& lang) {
    ParametersPanel* panel = w.parameters();
    InitImagePanel* init = panel->initImagePanel();
    w.resize(kInpaintWindow);
    widenUntilPreviewBarFits(w);
    panel->setSize(64, 64);
    panel->countBox()->setValue(1);
    panel->stepsBox()->setValue(30);
    panel->setSeed(1234, true);
    panel->promptEdit()->setPlainText(QStringLiteral("a red star in the top left on a blue background"));
    generateAndWait(w);

    // Generate ▸ Use as img2img source, then Paint mask… (modal: the strokes run in its event loop).
    if (!w.useShownImageForImg2Img()) fail(QStringLiteral("the result could not become the img2img source"));
    const QRect star = objectBox(init->image());
    if (star.isEmpty() || star.width() > 48) fail(QStringLiteral("no star to mask in the first picture"));
    constexpr int kBrush = 9;
    bool painted = false;
    QTimer::singleShot(0, &w, [&] {
        auto* dialog = w.findChild<MaskDialog*>();
        if (!dialog) return;
        dialog->findChild<QSpinBox*>(QStringLiteral("brushSize"))->setValue(kBrush);
        paintOver(dialog->canvas(), star, kBrush);
        painted = !dialog->canvas()->maskIsEmpty();
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    QTest::mouseClick(init->findChild<QPushButton*>(QStringLiteral("paintMask")), Qt::LeftButton);
    if (!painted || !init->hasMask()) fail(QStringLiteral("painting the mask did not give the panel a mask"));

    panel->promptEdit()->setPlainText(QStringLiteral("a yellow circle in the top left on a blue background"));
    init->setStrength(0.8);  // 24 of the 30 steps run
    init->setMaskedContent(1);  // Original: the star is where the circle grows from
    scrollParametersTo(w, panel->initImageButton());

    constexpr int kShotStep = 12;  // half way: the circle has come, the model's guess elsewhere has settled
    QImage mainShot;
    int shownStep = 0, shownTotal = 0;
    const JobResult r = generateAndWait(w, [&](int step, int total) {
        if (!mainShot.isNull() || step < kShotStep) return;
        mainShot = w.grab().toImage();
        shownStep = step;
        shownTotal = total;
    });
    if (mainShot.isNull() || shownStep >= shownTotal)
        fail(QStringLiteral("no frame mid-run (shown %1 of %2)").arg(shownStep).arg(shownTotal));
    if (r.images.empty() || !r.images.front().request.mask) fail(QStringLiteral("the second run was not an inpaint"));

    // "Paint mask…" on that picture and mask, the brush resting at the mask's right edge.
    MaskDialog dialog(init->image(), init->mask(), &w);
    dialog.resize(440, 540);
    dialog.findChild<QSpinBox*>(QStringLiteral("brushSize"))->setValue(kBrush);
    dialog.show();
    settle();
    if (auto* tools = dialog.findChild<QToolBar*>(); tools && tools->sizeHint().width() > tools->width()) {
        dialog.resize(dialog.width() + tools->sizeHint().width() - tools->width() + 8, dialog.height());
        settle();
    }
    MaskCanvas* canvas = dialog.canvas();
    QCursor::setPos(canvas->mapToGlobal(toCanvas(canvas, QPointF(star.right() + 2, star.center().y() + 3))));
    canvas->setFocus();  // not the size field: no text cursor in the shot
    canvas->update();
    settle();
    const QImage dialogShot = framed(dialog.grab().toImage(), dialog.windowTitle(), dialog.font());
    dialog.hide();

    const QImage shot = desktop({framed(mainShot, w.windowTitle(), w.font()), dialogShot});
    const QString path = shotPath(out, QStringLiteral("inpaint-canvas"), lang);
    if (!shot.save(path)) fail(QStringLiteral("cannot write ") + path);
    std::printf("%s: step %d of %d, mask %.1f %% of the picture\n", qPrintable(path), shownStep, shownTotal,
                canvas->maskedFraction() * 100);
}

// The hires-fix shot: 64×64 → 128×128 with a latent upscaler, grabbed half way through the second pass.
void hiresShot(MainWindow& w, const QString& out, const QString& lang) {
    ParametersPanel* panel = w.parameters();
    w.resize(kWindow);
    widenUntilPreviewBarFits(w);
    panel->initImagePanel()->clearImage();
    panel->setInitImageOpen(false);
    panel->setSize(64, 64);
    panel->countBox()->setValue(1);
    panel->stepsBox()->setValue(20);
    panel->setSeed(20240, true);
    panel->promptEdit()->setPlainText(QStringLiteral("a large red heart in the center on a white background"));
    stipple::HiresFix hires;
    hires.scale = 2.0;
    hires.upscaler = "Latent (bicubic antialiased)";
    hires.steps = 0;  // as the first pass
    if (!panel->hiresPanel()->setFrom(hires, 0.5)) fail(QStringLiteral("the hires fix panel refused its settings"));
    scrollParametersTo(w, panel->hiresPanel());

    constexpr int kFirstPass = 20, kSecondPass = 10;  // int(20 × 0.5)
    constexpr int kShotStep = kFirstPass + 5;  // half way through the second pass
    QImage shot;
    int shownStep = 0, shownTotal = 0;
    QSize shownSize;
    const JobResult r = generateAndWait(w, [&](int step, int total) {
        if (!shot.isNull() || step < kShotStep) return;
        shot = w.grab().toImage();
        shownStep = step;
        shownTotal = total;
        shownSize = w.preview()->currentImage().size();
    });
    if (shot.isNull() || shownTotal != kFirstPass + kSecondPass || shownStep <= kFirstPass || shownStep >= shownTotal)
        fail(QStringLiteral("no frame in the second pass (shown %1 of %2)").arg(shownStep).arg(shownTotal));
    if (shownSize != QSize(128, 128)) fail(QStringLiteral("the second pass's preview is not 128×128"));
    if (r.images.empty() || r.images.front().image.size() != QSize(128, 128))
        fail(QStringLiteral("the hires result is not 128×128"));
    const QString path = shotPath(out, QStringLiteral("hires-fix"), lang);
    if (!shot.convertToFormat(QImage::Format_RGB888).save(path)) fail(QStringLiteral("cannot write ") + path);
    std::printf("%s: step %d of %d\n", qPrintable(path), shownStep, shownTotal);
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Stipple"));
    QApplication::setApplicationName(QStringLiteral("Stipple"));
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for the PNGs."), QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language (default en)."),
                                        QStringLiteral("CODE"), QStringLiteral("en"));
    parser.addOptions({outOption, langOption});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(outOption)) fail(QStringLiteral("--out DIR is needed"));
    const QString out = parser.value(outOption);
    QDir().mkpath(out);

    // A fresh user's app: settings, history and images in a folder of their own, removed at the end.
    QTemporaryDir home;
    if (!home.isValid()) fail(QStringLiteral("no temporary folder"));
    qputenv("STIPPLE_DATA_DIR", QDir(home.path()).filePath(QStringLiteral("data")).toUtf8());
    qputenv("STIPPLE_OUTPUT_DIR", QDir(home.path()).filePath(QStringLiteral("images")).toUtf8());
    const QString lang = parser.value(langOption);
    if (!stipple::ui::installTranslators(&app, lang)) fail(QStringLiteral("no translation for ") + lang);

    MainWindow w;
    w.controller()->setThreadCount(1);
    w.resize(kWindow);
    w.show();
    settle();
    loadBuiltin(w);
    inpaintShot(w, out, lang);
    hiresShot(w, out, lang);
    w.close();
    return 0;
}
