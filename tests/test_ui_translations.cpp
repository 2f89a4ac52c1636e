// The app speaks German, French, Spanish and Simplified Chinese: in each language every visible
// text of the main window, its menus and its dialogs differs from the English one (except proper
// nouns and symbols), Qt's own buttons are translated too, and no visible widget is squeezed below
// its minimum size (translated labels are longer and must not clip). The Classroom views (issue 20:
// guidance view, forward noising, seed triage, prompt as tokens, presenter view, train dialog,
// lockstep compare) are checked the same way, without a model.
#include "about_dialog.h"
#include "compare_dialog.h"
#include "generation_controller.h"
#include "guidance_view.h"
#include "help_dialog.h"
#include "image_view.h"
#include "init_image_panel.h"
#include "language.h"
#include "lockstep_compare.h"
#include "main_window.h"
#include "noising_view.h"
#include "presenter_window.h"
#include "prompt_tokens_window.h"
#include "sampler_catalog.h"
#include "seed_triage_dialog.h"
#include "settings_dialog.h"
#include "sweep_dialog.h"
#include "teach/sweep_axis.h"
#include "token_counter.h"
#include "train_dialog.h"
#include "upscale_dialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QtTest>

#include <functional>

using namespace stipple::ui;

namespace {

struct Text {
    QString where;  // widget class and object name, for the failure message
    QString value;
};

QString plain(const QString& text) {
    QString t = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    t.remove(QRegularExpression(QStringLiteral("\\(&[A-Za-z]\\)")));  // Chinese-style mnemonics "(&F)"
    t.remove(QLatin1Char('&'));
    return t.trimmed();
}

QString describe(const QObject* o) {
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(o->metaObject()->className()), o->objectName());
}

void addMenuTexts(const QList<QAction*>& actions, const QString& where, QList<Text>& out) {
    for (QAction* a : actions) {
        if (a->isSeparator()) continue;
        out << Text{where + QStringLiteral(" action"), a->text()};
        const QString defaultTip = QAction(a->text()).toolTip();  // what Qt derives from the text
        if (a->toolTip() != defaultTip) out << Text{where + QStringLiteral(" tooltip"), a->toolTip()};
        if (a->menu()) addMenuTexts(a->menu()->actions(), where + QStringLiteral(" › ") + a->text(), out);
    }
}

// Every text a user can see on `root` and its visible children: labels, buttons, combo entries,
// spin box affixes, placeholders, tooltips, tabs, rich-text pages, progress formats, menus.
QList<Text> visibleTexts(QWidget* root) {
    QList<Text> out;
    out << Text{QStringLiteral("window title"), root->windowTitle()};
    if (auto* mw = qobject_cast<QMainWindow*>(root)) addMenuTexts(mw->menuBar()->actions(), QStringLiteral("menu"), out);
    QList<QWidget*> widgets{root};
    widgets += root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisible()) continue;
        const QString where = describe(w);
        if (!w->toolTip().isEmpty()) out << Text{where + QStringLiteral(" tooltip"), w->toolTip()};
        if (auto* l = qobject_cast<QLabel*>(w)) out << Text{where, l->text()};
        if (auto* b = qobject_cast<QAbstractButton*>(w)) out << Text{where, b->text()};
        if (auto* c = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i) {
                out << Text{where + QStringLiteral(" item"), c->itemText(i)};
                out << Text{where + QStringLiteral(" item tooltip"), c->itemData(i, Qt::ToolTipRole).toString()};
            }
        if (auto* s = qobject_cast<QSpinBox*>(w)) {
            out << Text{where + QStringLiteral(" prefix"), s->prefix()} << Text{where + QStringLiteral(" suffix"), s->suffix()};
            out << Text{where + QStringLiteral(" special"), s->specialValueText()};
        }
        if (auto* e = qobject_cast<QLineEdit*>(w)) out << Text{where + QStringLiteral(" placeholder"), e->placeholderText()};
        if (auto* e = qobject_cast<QPlainTextEdit*>(w)) out << Text{where + QStringLiteral(" placeholder"), e->placeholderText()};
        if (auto* t = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < t->count(); ++i) out << Text{where + QStringLiteral(" tab"), t->tabText(i)};
        if (auto* b = qobject_cast<QTextBrowser*>(w)) out << Text{where, b->toPlainText()};
        if (auto* p = qobject_cast<QProgressBar*>(w)) out << Text{where + QStringLiteral(" format"), p->format()};
        if (auto* v = qobject_cast<ImageView*>(w); v && v->image().isNull()) out << Text{where + QStringLiteral(" placeholder"), v->placeholder()};
    }
    return out;
}

// Texts that may stay as they are: made only of proper nouns (Stipple, sampler and language names),
// units, numbers and symbols, or of loanwords that are the usual term in that language.
bool sameEverywhere(const QString& text, const QString& language) {
    QStringList fixed = samplerLabels();
    for (const auto& [code, name] : availableLanguages()) fixed << name;
    if (fixed.contains(text)) return true;
    QStringList words{QStringLiteral("Stipple"), QStringLiteral("px"), QStringLiteral("OK"), QStringLiteral("CFG")};
    if (language == QLatin1String("de"))
        words << QStringLiteral("Prompt") << QStringLiteral("Seed") << QStringLiteral("Sampler") << QStringLiteral("Version");
    if (language == QLatin1String("fr")) words << QStringLiteral("Prompt") << QStringLiteral("Version");
    if (language == QLatin1String("es")) words << QStringLiteral("Prompt");
    static const QRegularExpression word(QStringLiteral("\\p{L}+"));
    const QString withoutFormats = QString(text).remove(QRegularExpression(QStringLiteral("%[pvm]")));  // QProgressBar formats
    for (auto it = word.globalMatch(withoutFormats); it.hasNext();)
        if (!words.contains(it.next().captured())) return false;
    return true;  // no words at all ("–/75", "⇄", "50%"), or only the ones above
}

// Visible widgets smaller than their minimum size hint (clipped text or controls).
QStringList squeezed(QWidget* root) {
    QStringList out;
    QList<QWidget*> widgets{root};
    widgets += root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisible() || w->isWindow() != (w == root)) continue;
        if (qobject_cast<QMenu*>(w)) continue;
        // A spin box's or combo box's own line edit follows its parent (checked itself); a tab bar's
        // minimum counts scroll arrows it does not show when all tabs fit.
        if (qobject_cast<QAbstractSpinBox*>(w->parentWidget()) || qobject_cast<QComboBox*>(w->parentWidget())) continue;
        if (qobject_cast<QTabBar*>(w) && w->width() >= w->sizeHint().width()) continue;
        // The minimum a layout must honour (as QLayout computes it): an explicit minimum size wins
        // over the hint, and an explicit maximum caps it (a capped text box scrolls instead).
        QSize hint = w->minimumSizeHint();
        if (!hint.isValid()) continue;
        if (w->minimumWidth() > 0) hint.setWidth(w->minimumWidth());
        if (w->minimumHeight() > 0) hint.setHeight(w->minimumHeight());
        hint = hint.boundedTo(w->maximumSize());
        // Word-wrapped text needs the height that fits its current width, not its narrowest layout's.
        // A widget with a layout reports its layout's *preferred* height there (image views at their
        // full size hint): what it cannot go below is the layout's minimum height for that width.
        const int forWidth = !w->hasHeightForWidth() ? -1
                             : w->layout()           ? w->layout()->minimumHeightForWidth(w->width())
                                                     : w->heightForWidth(w->width());
        const int needed = forWidth >= 0 ? std::min(forWidth, w->maximumHeight()) : hint.height();
        if (w->width() < hint.width() || w->height() < needed)
            out << QStringLiteral("%1: %2×%3 < minimum %4×%5")
                       .arg(describe(w))
                       .arg(w->width())
                       .arg(w->height())
                       .arg(hint.width())
                       .arg(needed);
    }
    return out;
}

}  // namespace

class TranslationsTest : public QObject {
    Q_OBJECT
    QTemporaryDir out_, data_;
    QStringList images_;
    // The lockstep compare's runs: two prompts, and the words only the second one has.
    const QString promptA_ = QStringLiteral("a red star"), promptB_ = QStringLiteral("a red star on a blue background"),
                  promptExtra_ = QStringLiteral("on blue background");
    // The user's own data shown in the windows (image paths, prompts): it stays as it is.
    QStringList userData() const { return QStringList(images_) << promptB_ << promptExtra_ << promptA_; }

    // Builds each window in the current language and hands it to `visit`.
    void forEachWindow(const std::function<void(const QString& name, QWidget* window)>& visit) {
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            visit(QStringLiteral("main window"), &w);  // with its menus, the Classroom menu among them
            // Classroom ▸ Presenter view (F11): the main window's own full-screen view.
            auto* presenterAction = w.findChild<QAction*>(QStringLiteral("presenterViewAction"));
            QVERIFY(presenterAction);
            presenterAction->trigger();
            auto* presenter = w.findChild<PresenterWindow*>();
            QVERIFY(presenter);
            QVERIFY(QTest::qWaitForWindowExposed(presenter));
            visit(QStringLiteral("presenter view"), presenter);
            presenter->leave();
        }
        const auto window = [&visit](const QString& name, QWidget* d) {
            d->show();
            QVERIFY(QTest::qWaitForWindowExposed(d));
            visit(name, d);
            d->close();
            delete d;
        };
        window(QStringLiteral("settings"), new SettingsDialog);
        window(QStringLiteral("about"), new AboutDialog);
        window(QStringLiteral("help"), new HelpDialog);
        window(QStringLiteral("compare"), new CompareDialog(images_, {QStringLiteral("#1"), QStringLiteral("#2")}));
        // The Classroom views, as they open without a model (no job is queued: texts stay put).
        GenerationController controller;
        stipple::GenerationRequest request;
        request.prompt = "a red star";
        request.seeds = {42};
        request.steps = 12;
        request.guidance_scale = 7.5;
        window(QStringLiteral("guidance view"), new GuidanceView(request, &controller));
        auto* noising = new NoisingView(&controller);
        noising->useShownImage();  // no image in the main window: the view says what to do
        window(QStringLiteral("forward noising"), noising);
        window(QStringLiteral("seed triage"), new SeedTriageDialog(&controller, [request](QString*) {
                   return std::optional<stipple::GenerationRequest>(request);
               }));
        auto* tokens = new PromptTokensWindow(&controller);
        PromptReading prompt, negative;
        prompt.tokens = 3;
        prompt.target = 75;
        prompt.chunkLength = 75;
        prompt.chunkCount = 1;
        negative.tokens = 0;
        negative.target = 75;
        negative.chunkLength = 75;
        negative.chunkCount = 1;
        tokens->setReadings(prompt, negative);
        window(QStringLiteral("prompt as tokens"), tokens);
        window(QStringLiteral("train a tiny model"), new TrainDialog(&controller));
        window(QStringLiteral("lockstep compare"), new LockstepCompare(lockstepRuns()));
    }

    // Two runs with stored steps (10 and 20 of them, other seeds) and one without a timeline that
    // can be re-run: every part of the lockstep compare shows.
    QList<LockstepRun> lockstepRuns() const {
        QList<LockstepRun> runs;
        for (int i = 0; i < 3; ++i) {
            LockstepRun run;
            run.path = images_[i % images_.size()];
            run.still = QImage(run.path);
            stipple::GenerationRequest r;
            r.prompt = (i == 1 ? promptB_ : promptA_).toStdString();
            r.seeds = {static_cast<uint64_t>(7 + i)};
            r.steps = i == 1 ? 20 : 10;
            r.guidance_scale = 7.5;
            run.request = r;
            if (i < 2)
                for (int step = 1; step <= r.steps; ++step)
                    run.steps << TimelineFrame{run.still, QString(), step, 1000.0 * (r.steps - step) / r.steps};
            runs << run;
        }
        return runs;
    }

    QMap<QString, QList<Text>> collect() {
        QMap<QString, QList<Text>> texts;
        forEachWindow([&texts](const QString& name, QWidget* w) { texts[name] = visibleTexts(w); });
        return texts;
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("STIPPLE_OUTPUT_DIR", out_.path().toUtf8());
        qputenv("STIPPLE_DATA_DIR", data_.path().toUtf8());
        for (const char* name : {"a.png", "b.png"}) {
            QImage image(64, 64, QImage::Format_RGB32);
            image.fill(Qt::darkCyan);
            images_ << QDir(out_.path()).filePath(QString::fromLatin1(name));
            QVERIFY(image.save(images_.back()));
        }
    }

    void cleanup() { installTranslators(qApp, QStringLiteral("en")); }

    void systemLocaleAndSettingPickTheLanguage() {
        QCOMPARE(resolveLanguage(QStringLiteral("de_AT.UTF-8")), QStringLiteral("de"));
        QCOMPARE(resolveLanguage(QStringLiteral("zh-Hans-CN")), QStringLiteral("zh_CN"));
        QCOMPARE(resolveLanguage(QStringLiteral("fr")), QStringLiteral("fr"));
        saveLanguage(QStringLiteral("es"));
        QCOMPARE(resolveLanguage(), QStringLiteral("es"));  // the setting beats the system locale
        saveLanguage(QString());
        QVERIFY(!installTranslators(qApp, QStringLiteral("xx")));  // no catalogue: reported, English stays
    }

    // Numbers in sentences follow the language: "0,75" in German and French, "0.75" in English
    // (QString::arg(double) alone writes a point in every language).
    void decimalsFollowTheLanguage() {
        InitImagePanel panel;
        QImage picture(64, 64, QImage::Format_RGB32);
        picture.fill(Qt::gray);
        QVERIFY(panel.setImage(picture));
        panel.setSteps(20);
        for (const char* code : {"de", "fr", "es"}) {
            QVERIFY(installTranslators(qApp, QString::fromLatin1(code)));
            panel.setStrength(0.5);
            panel.setStrength(0.75);  // a change: the line is written anew in this language
            QVERIFY2(panel.stepsText().contains(QStringLiteral("0,75")), qPrintable(QString::fromLatin1(code) + QStringLiteral(": ") + panel.stepsText()));
        }
        QVERIFY(installTranslators(qApp, QStringLiteral("en")));
        panel.setStrength(0.5);
        QVERIFY2(panel.stepsText().contains(QStringLiteral("0.50")), qPrintable(panel.stepsText()));
    }

    void everyVisibleTextIsTranslated_data() {
        QTest::addColumn<QString>("language");
        for (const char* code : {"de", "fr", "es", "zh_CN"}) QTest::newRow(code) << QString::fromLatin1(code);
    }

    void everyVisibleTextIsTranslated() {
        QFETCH(QString, language);
        installTranslators(qApp, QStringLiteral("en"));
        const auto english = collect();
        QVERIFY(installTranslators(qApp, language));
        const auto translated = collect();
        QStringList untranslated;
        int compared = 0;
        for (auto it = english.begin(); it != english.end(); ++it) {
            const QList<Text>& en = it.value();
            const QList<Text>& xx = translated.value(it.key());
            QCOMPARE(xx.size(), en.size());  // the same widgets are visible in every language
            for (int i = 0; i < en.size(); ++i) {
                const QString e = plain(en[i].value), x = plain(xx[i].value);
                if (e.isEmpty()) continue;
                ++compared;
                QString words = e;  // what the program wrote, without the user's data in it
                for (const QString& data : userData()) words.remove(data);
                if (e == x && !sameEverywhere(words.trimmed(), language))
                    untranslated << QStringLiteral("%1 / %2: \"%3\"").arg(it.key(), en[i].where, e.left(80));
            }
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
        QVERIFY2(compared > 150, qPrintable(QStringLiteral("only %1 texts compared").arg(compared)));
    }

    void sweepDialogIsTranslated_data() { everyVisibleTextIsTranslated_data(); }

    void sweepDialogIsTranslated() {
        QFETCH(QString, language);
        stipple::GenerationRequest request;
        request.prompt = "a lighthouse";
        GenerationController controller;  // no model loaded: the dialog says so
        const auto texts = [&request, &controller] {
            SweepDialog d(request, &controller);
            d.show();
            return visibleTexts(&d);
        };
        installTranslators(qApp, QStringLiteral("en"));
        const QList<Text> en = texts();
        QVERIFY(installTranslators(qApp, language));
        const QList<Text> xx = texts();
        QCOMPARE(xx.size(), en.size());
        QStringList axisTitles, others;
        for (int i = 0; i < en.size(); ++i) {
            const QString e = plain(en[i].value), x = plain(xx[i].value);
            if (e.isEmpty() || e != x || sameEverywhere(e, language)) continue;
            (en[i].where.endsWith(QLatin1String(" item")) ? axisTitles : others) << en[i].where + QStringLiteral(": ") + e;
        }
        QVERIFY2(others.isEmpty(), qPrintable(others.join(QLatin1Char('\n'))));
        // The axis combo boxes list every axis (sweep_axis_titles.h), in the interface language.
        QVERIFY2(axisTitles.isEmpty(), qPrintable(axisTitles.join(QLatin1Char('\n'))));
        int axisItems = 0;
        for (const Text& t : en) axisItems += t.where.endsWith(QLatin1String(" item"));
        QVERIFY(axisItems >= 2 * int(stipple::all_sweep_axis_kinds().size()));  // X and Y list them all
        // Translated labels fit in the sweep dialog too.
        SweepDialog d(request, &controller);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        const QStringList problems = squeezed(&d);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void upscaleDialogIsTranslated_data() { everyVisibleTextIsTranslated_data(); }

    void upscaleDialogIsTranslated() {
        QFETCH(QString, language);
        const auto texts = [] {
            UpscaleDialog d(QStringLiteral("00001-42.png"), QSize(512, 512), {});  // no folders: no models
            QSignalSpy listed(&d, &UpscaleDialog::upscalersListed);
            d.show();
            if (listed.isEmpty()) listed.wait(10000);
            return visibleTexts(&d);
        };
        installTranslators(qApp, QStringLiteral("en"));
        const QList<Text> en = texts();
        QVERIFY(installTranslators(qApp, language));
        const QList<Text> xx = texts();
        QVERIFY(en.size() >= 8);  // labels, tooltips, buttons: the dialog was really read
        QCOMPARE(xx.size(), en.size());
        QStringList untranslated;
        for (int i = 0; i < en.size(); ++i) {
            const QString e = plain(en[i].value), x = plain(xx[i].value);
            // The upscalers' names (Lanczos, Nearest, model files) are names, as A1111 writes them.
            if (e.isEmpty() || e != x || sameEverywhere(e, language) || en[i].where.endsWith(QLatin1String(" item"))) continue;
            untranslated << en[i].where + QStringLiteral(": ") + e;
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }

    void qtOwnStringsAreTranslatedToo() {
        // QDialogButtonBox's Cancel comes from Qt's qtbase catalogue, not from Stipple's.
        QVERIFY(installTranslators(qApp, QStringLiteral("de")));
        SettingsDialog d;
        QStringList buttons;
        for (auto* b : d.findChildren<QAbstractButton*>()) buttons << plain(b->text());
        QVERIFY2(buttons.contains(QStringLiteral("Abbrechen")), qPrintable(buttons.join(QStringLiteral(", "))));
    }

    void nothingIsSqueezed_data() { everyVisibleTextIsTranslated_data(); }

    void nothingIsSqueezed() {
        QFETCH(QString, language);
        QVERIFY(installTranslators(qApp, language));
        QStringList problems;
        forEachWindow([&problems](const QString& name, QWidget* w) {
            for (const QString& p : squeezed(w)) problems << name + QStringLiteral(": ") + p;
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyControlHasAnAccessibleName() {
        QStringList missing;
        forEachWindow([&missing](const QString& name, QWidget* w) {
            for (QWidget* c : w->findChildren<QWidget*>()) {
                if (!c->isVisible() || c->focusPolicy() == Qt::NoFocus) continue;
                const bool textButton = qobject_cast<QAbstractButton*>(c) && !plain(static_cast<QAbstractButton*>(c)->text()).isEmpty();
                QWidget* parent = c->parentWidget();
                const bool part = qobject_cast<QAbstractScrollArea*>(parent) || qobject_cast<QAbstractSpinBox*>(parent) ||
                                  qobject_cast<QComboBox*>(parent);  // viewports, a spin box's or combo's own line edit
                if (c->accessibleName().isEmpty() && !textButton && !qobject_cast<QTabBar*>(c) && !part)
                    missing << name + QStringLiteral(": ") + describe(c);
            }
        });
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TranslationsTest)
#include "test_ui_translations.moc"
