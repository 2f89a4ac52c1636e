// About dialog (see about_dialog.h).
#include "about_dialog.h"
#include "preferences.h"

#include "app_icon.h"
#include "app_paths.h"
#include "pipeline/build_info.h"
#include "stipple_version.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace stipple::ui {

namespace {
QString row(const QString& key, const QString& value) {
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>").arg(key, value);
}

QTextBrowser* page(const QString& html, const QString& name, QWidget* parent) {
    auto* browser = new QTextBrowser(parent);
    browser->setOpenExternalLinks(true);
    browser->setHtml(html);
    browser->setAccessibleName(name);
    return browser;
}
}  // namespace

QString AboutDialog::aboutHtml() {
    const BuildInfo info = build_info(Preferences().get(pref::dtype).toStdString());
    const QString device = info.device == "cpu" ? tr("CPU") : QString::fromStdString(info.device).toUpper();
    QString html = QStringLiteral("<h2>Stipple %1</h2>").arg(QStringLiteral(STIPPLE_VERSION));
    html += QStringLiteral("<p>%1</p>").arg(tr("A desktop studio for text-to-image diffusion: type a prompt and watch "
                                                "the image emerge from noise, step by step."));
    html += QStringLiteral("<p>%1</p>").arg(tr("Same model, prompt, seed, sampler and steps: the same image as "
                                                "Hugging Face diffusers."));
    html += QStringLiteral("<h3>%1</h3><table>").arg(tr("Build"));
    html += row(tr("Version"), QStringLiteral(STIPPLE_VERSION));
    html += row(QStringLiteral("Qt"), QString::fromLatin1(qVersion()));
    html += row(QStringLiteral("libtorch"), QString::fromStdString(info.libtorch_version));
    html += row(QStringLiteral("OpenCV"), QString::fromStdString(info.opencv_version));
    html += row(tr("Compiler"), QString::fromStdString(info.compiler));
    html += row(tr("Device"), device);
    html += row(tr("CPU threads"), tr("%1 (physical cores: %2)").arg(info.threads).arg(info.physical_cores));
    html += row(tr("Precision"), info.dtype == "bf16" ? tr("bfloat16") : info.dtype == "auto" ? tr("automatic") : tr("float32"));
    QStringList layouts;
    for (const std::string& line : info.memory_layouts) layouts << QString::fromStdString(line).toHtmlEscaped();
    html += row(tr("Memory layout"), layouts.isEmpty()
                                         ? tr("measured when a full-size model is first loaded, then remembered")
                                         : layouts.join(QStringLiteral("<br>")));
    html += row(tr("Attention"), info.attention_isa.empty()
                                     ? tr("matrix products (this CPU has neither AVX2 nor AVX-512)")
                                     : tr("matrix products; a fused kernel (%1) on request (--attention fused)")
                                           .arg(QString::fromStdString(info.attention_isa)));
    html += QStringLiteral("</table>");
    return html;
}

QString AboutDialog::licensesHtml() {
    struct Part {
        QString name, license, role, url;
    };
    const QList<Part> parts = {
        {QStringLiteral("Qt 6"), QStringLiteral("LGPL-3.0"), tr("Windows, widgets, settings, history database"),
         QStringLiteral("https://www.qt.io/licensing")},
        {QStringLiteral("libtorch (PyTorch)"), QStringLiteral("BSD-3-Clause"), tr("Tensors and neural-network maths"),
         QStringLiteral("https://github.com/pytorch/pytorch/blob/main/LICENSE")},
        {QStringLiteral("OpenBLAS"), QStringLiteral("BSD-3-Clause"), tr("Fast matrix multiplication on the CPU"),
         QStringLiteral("https://github.com/OpenMathLib/OpenBLAS/blob/develop/LICENSE")},
        {QStringLiteral("OpenCV"), QStringLiteral("Apache-2.0"), tr("Image files, resizing, colour conversion"),
         QStringLiteral("https://opencv.org/license/")},
        {QStringLiteral("SentencePiece"), QStringLiteral("Apache-2.0"), tr("Tokenizer of the built-in model"),
         QStringLiteral("https://github.com/google/sentencepiece/blob/master/LICENSE")},
        {QStringLiteral("nlohmann/json"), QStringLiteral("MIT"), tr("Reading model configuration files"),
         QStringLiteral("https://github.com/nlohmann/json/blob/develop/LICENSE.MIT")},
        {QStringLiteral("ICU"), QStringLiteral("Unicode-3.0 (ICU)"), tr("Unicode text handling for the CLIP tokenizer"),
         QStringLiteral("https://github.com/unicode-org/icu/blob/main/LICENSE")},
        {QStringLiteral("OpenSSL"), QStringLiteral("Apache-2.0"), tr("SHA-256 model hashes"),
         QStringLiteral("https://www.openssl.org/source/license.html")},
        {QStringLiteral("zlib"), QStringLiteral("Zlib"), tr("PNG text chunks"), QStringLiteral("https://zlib.net/zlib_license.html")},
        {QStringLiteral("SQLite"), tr("Public domain"), tr("History database (through Qt SQL)"),
         QStringLiteral("https://www.sqlite.org/copyright.html")},
        {QStringLiteral("CLIP tokenizer vocabulary (OpenAI)"), QStringLiteral("MIT"),
         tr("Reading prompts for single-file Stable Diffusion checkpoints (shipped with Stipple)"),
         QStringLiteral("https://github.com/openai/CLIP/blob/main/LICENSE")},
        {QStringLiteral("TAESD"), QStringLiteral("MIT"), tr("Sharper live previews, when its weights sit beside a model"),
         QStringLiteral("https://github.com/madebyollin/taesd/blob/main/LICENSE")},
    };
    QString html = QStringLiteral("<h3>Stipple</h3>");
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Stipple is free software under the MIT license: you may use, copy, change and share it, "
                        "also commercially, as long as the copyright notice and the license text below go with it "
                        "(the Debian package keeps them in /usr/share/doc/stipple/copyright)."));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Built-in model “Stipple Shapes”"));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Trained by the Stipple project from scratch on synthetic pictures of coloured shapes drawn by "
                        "Stipple itself (no photographs, no scraped images). Its weights are distributed under the MIT "
                        "license, like Stipple's code."));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Libraries"));
    html += QStringLiteral("<table cellspacing='4'><tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th></tr>")
                .arg(tr("Component"), tr("License"), tr("Used for"));
    for (const Part& p : parts)
        html += QStringLiteral("<tr><td><a href='%4'>%1</a></td><td>%2</td><td>%3</td></tr>").arg(p.name, p.license, p.role, p.url);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Models you open yourself (Stable Diffusion and others) come with their own licenses; "
                        "read them before sharing what you make."));
    // The license itself stays in English: it is the legal text (the top-level LICENSE file, embedded
    // at :/legal/LICENSE by ui/CMakeLists.txt so the dialog cannot drift from it).
    QFile license(QStringLiteral(":/legal/LICENSE"));
    if (license.open(QIODevice::ReadOnly | QIODevice::Text))
        html += QStringLiteral("<h3>%1</h3><pre style='white-space:pre-wrap'>%2</pre>")
                    .arg(tr("Stipple's license (MIT)"), QString::fromUtf8(license.readAll()).toHtmlEscaped());
    return html;
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Stipple"));
    auto* layout = new QVBoxLayout(this);
    auto* head = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("Stipple logo"));
    auto* title = new QLabel(QStringLiteral("<b style='font-size:16pt'>Stipple</b><br>%1")
                                 .arg(tr("Version %1").arg(QStringLiteral(STIPPLE_VERSION))),
                             this);
    head->addWidget(icon);
    head->addWidget(title, 1);
    layout->addLayout(head);
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("aboutTabs"));
    tabs_->setAccessibleName(tr("About Stipple"));
    tabs_->addTab(page(aboutHtml(), tr("About Stipple"), this), tr("&About"));
    tabs_->addTab(page(licensesHtml(), tr("Licenses"), this), tr("&Licenses"));
    layout->addWidget(tabs_, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 560);
}

}  // namespace stipple::ui
