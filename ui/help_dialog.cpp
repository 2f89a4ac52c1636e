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
    return s;
}

HelpDialog::HelpDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("How diffusion works"));
    auto* layout = new QVBoxLayout(this);
    auto* browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("helpText"));
    browser->setAccessibleName(tr("How diffusion works"));
    browser->setHtml(html());
    layout->addWidget(browser, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 620);
}

}  // namespace stipple::ui
