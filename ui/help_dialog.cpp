// "How diffusion works" help page (see help_dialog.h).
#include "help_dialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace stipple::ui {

QString HelpDialog::html() {
    // One translation unit per paragraph: short enough for translators, free of markup.
    const auto h = [](const QString& t) { return QStringLiteral("<h3>%1</h3>").arg(t); };
    const auto p = [](const QString& t) { return QStringLiteral("<p>%1</p>").arg(t); };
    QString s = QStringLiteral("<h2>%1</h2>").arg(tr("How diffusion works"));
    s += p(tr("A diffusion model has learned one skill: looking at a noisy picture and guessing which noise to remove. "
              "To make a new image, Stipple starts from pure random noise and lets the model remove a little of it, "
              "again and again, until a clean picture is left."));
    s += h(tr("What the preview shows"));
    s += p(tr("At every step the model estimates what the finished image will look like. This guess is called the "
              "x₀ estimate (“x zero”), and it is what the live preview shows by default. Early guesses are blurry "
              "blobs of colour; with each step the shapes settle and the details sharpen."));
    s += p(tr("Choose “Noisy latent (xₜ)” above the preview to see what the sampler actually works on instead: the "
              "current picture with its remaining noise. It starts as static and slowly clears up."));
    s += p(tr("The model does not paint pixels directly. It works on a small “latent” picture, 8 times smaller on each "
              "side, with 4 channels instead of red, green and blue. The VAE decoder turns the final latent into the "
              "full-size image; the fast preview uses a cheap approximation of it."));
    s += h(tr("Prompt and negative prompt"));
    s += p(tr("The text encoder turns your prompt into numbers the model understands. At every step the model predicts "
              "the noise twice: once with your prompt and once with the negative prompt (or with no text at all). "
              "Stipple then pushes the image away from the second prediction and towards the first."));
    s += h(tr("Guidance scale (CFG)"));
    s += p(tr("The guidance scale says how hard that push is. Around 7 is typical. Low values give looser, more "
              "natural images that may ignore parts of the prompt; high values follow the words more literally but "
              "colours become harsh and details burnt. At 1 or below, guidance is off and the negative prompt is "
              "not used."));
    s += h(tr("Steps"));
    s += p(tr("Steps is how many times the model is asked to remove noise. More steps take longer and usually add "
              "fine detail, but after 20–30 steps most samplers change little. Try the same seed with 5, 10 and 30 "
              "steps and compare."));
    s += h(tr("Seed"));
    s += p(tr("The seed picks the starting noise. The same seed with the same settings gives exactly the same image, "
              "so a class can reproduce each other's pictures. Change only the seed to get a different composition "
              "of the same prompt."));
    s += h(tr("Samplers and schedules"));
    s += p(tr("The sampler (also called scheduler) decides how big each denoising step is and how the model's "
              "prediction is used. Euler and DDIM are simple and predictable; DPM++ 2M reaches good quality in few "
              "steps; “ancestral” samplers such as Euler a add fresh noise at every step, so the picture keeps "
              "changing. “Karras” schedules take smaller steps near the end, which often cleans up details."));
    s += h(tr("Try this in class"));
    s += p(tr("Generate with a fixed seed, then drag the timeline slider under the preview to replay every step. "
              "Change one setting at a time — steps, guidance scale or sampler — and compare the results side by "
              "side with the gallery's Compare button."));
    s += tour();
    return s;
}

QString HelpDialog::tour() {
    // The Classroom menu's views in the order of one lesson; each item names the menu entry, what
    // to do with the class and the question to ask before revealing the answer.
    const auto p = [](const QString& t) { return QStringLiteral("<p>%1</p>").arg(t); };
    const auto item = [](const QString& minutes, const QString& title, const QString& text) {
        return QStringLiteral("<li><b>%1 — %2.</b> %3</li>").arg(minutes, title, text);
    };
    QString s = QStringLiteral("<h2><a name=\"tour\"></a>%1</h2>").arg(tr("A 45-minute lesson: a guided tour"));
    s += p(tr("The Classroom menu holds one view for each idea below. Work through them in this order with the "
              "built-in model (it answers in a fraction of a second); every view also works with a full-size model, "
              "only slower. Ask the question first, let the class predict, then reveal."));
    s += QStringLiteral("<ol>");
    s += item(tr("0–5 min"), tr("Presenter view (F11)"),
              tr("Switch to the presenter view: large preview, the few controls that matter and the pipeline strip "
                 "(prompt → tokens → text encoder → UNet × steps → VAE → image), which lights up the stage that is "
                 "running. Turn on “hide the result until the end”, type a prompt the class suggests and ask what "
                 "will appear."));
    s += item(tr("5–10 min"), tr("Prompt as tokens"),
              tr("Show the prompt as token chips: the model never sees words, only these numbers. Point out where a "
                 "long prompt is cut into 75-token chunks and how a weight such as (red:1.4) changes one chip."));
    s += item(tr("10–18 min"), tr("Forward noising"),
              tr("Pick a picture and drag t from 0 to the end: this is how training images are destroyed. Ask first: "
                 "“at what timestep does the signal-to-noise ratio fall below 1?” — then read it off the marked "
                 "crossing of the SNR curve."));
    s += item(tr("18–25 min"), tr("The denoising timeline"),
              tr("Generate, then drag the timeline under the preview back to step 1 and replay. The SNR plot under "
                 "it shows where each sampler step sits on the noise schedule: big jumps early, small ones late."));
    s += item(tr("25–32 min"), tr("Guidance view"),
              tr("Run the guidance view: side by side, what the model predicts with the prompt, without it, their "
                 "difference and the guided result. Move the guidance slider from 1 to 7.5 to 15 on the same step — "
                 "no new computation is needed, guidance is only this difference scaled."));
    s += item(tr("32–38 min"), tr("Seed triage and lockstep compare"),
              tr("Render many seeds to a third of their steps, let the class vote for the promising ones and finish "
                 "only those. Then select two to four results in the gallery and compare them step by step on one "
                 "scrubber: the composition is decided in the first steps."));
    s += item(tr("38–45 min"), tr("Train a tiny model"),
              tr("Start training a tiny model from scratch (about ten minutes on a laptop) and watch the loss fall "
                 "and the sample images change: backgrounds come first, then colours, shapes last. Open the result "
                 "as a model and try it. Training occupies the computer: generations wait until it ends or is "
                 "aborted."));
    s += QStringLiteral("</ol>");
    return s;
}

HelpDialog::HelpDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("How diffusion works"));
    auto* layout = new QVBoxLayout(this);
    auto* browser = browser_ = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("helpText"));
    browser->setAccessibleName(tr("How diffusion works"));
    browser->setHtml(html());
    layout->addWidget(browser, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 620);
}

void HelpDialog::showTour() { browser_->scrollToAnchor(QStringLiteral("tour")); }

}  // namespace stipple::ui
