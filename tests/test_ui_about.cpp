// About ▸ Licenses tells the user under which license Stipple and its built-in model come (MIT) and
// shows the license text itself, the same text as the LICENSE file at the top of the source tree.
#include "about_dialog.h"

#include "nn/fused_attention.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextDocumentFragment>
#include <QtTest>

using stipple::ui::AboutDialog;

namespace {

QString plainText(const QString& html) { return QTextDocumentFragment::fromHtml(html).toPlainText(); }

// Words only, so line breaks and wrapping do not matter when comparing texts.
QString words(const QString& text) { return text.simplified(); }

// The paragraph after the heading that starts with `heading`.
QString section(const QString& text, const QString& heading) {
    const qsizetype at = text.indexOf(heading);
    if (at < 0) return {};
    const qsizetype start = text.indexOf(QLatin1Char('\n'), at);
    const qsizetype end = text.indexOf(QLatin1Char('\n'), start + 1);
    return text.mid(start + 1, end < 0 ? -1 : end - start - 1);
}

}  // namespace

class AboutTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stippleAndBuiltInModelAreMitLicensed() {
        const QString text = plainText(AboutDialog::licensesHtml());
        QVERIFY2(section(text, QStringLiteral("Stipple")).contains(QStringLiteral("MIT license")), qPrintable(text));
        QVERIFY2(section(text, QStringLiteral("Built-in model")).contains(QStringLiteral("MIT license")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("LICENSE file")));  // no pointer to a file the user does not have
    }

    void shippedClipVocabularyIsListed() {
        // resources/clip-tokenizer ships in the package (MIT, OpenAI): the Licenses table names it.
        const QString text = plainText(AboutDialog::licensesHtml());
        const int at = text.indexOf(QStringLiteral("CLIP tokenizer vocabulary"));
        QVERIFY2(at >= 0, qPrintable(text));
        QVERIFY(text.mid(at, 80).contains(QStringLiteral("MIT")));
    }

    // Which attention kernel this CPU runs (issue #21: the per-machine choices are shown in About).
    void namesTheAttentionKernelThisCpuRuns() {
        const QString text = plainText(AboutDialog::aboutHtml());
        const QString isa = QString::fromStdString(stipple::nn::fused_attention_isa());
        const qsizetype at = text.indexOf(QStringLiteral("Attention"));
        QVERIFY2(at >= 0, qPrintable(text));
        const QString row = text.mid(at, 80);
        if (isa.isEmpty()) QVERIFY2(row.contains(QStringLiteral("neither AVX2 nor AVX-512")), qPrintable(row));
        else QVERIFY2(row.contains(QStringLiteral("fused kernel (") + isa + QStringLiteral(") on request")), qPrintable(row));
    }

    void showsTheLicenseFileItself() {
        QFile license(QStringLiteral(STIPPLE_SOURCE_DIR "/LICENSE"));
        QVERIFY2(license.open(QIODevice::ReadOnly | QIODevice::Text), "LICENSE is missing at the top of the source tree");
        const QString licenseText = words(QString::fromUtf8(license.readAll()));
        QVERIFY(licenseText.startsWith(QStringLiteral("MIT License Copyright (c) 2026 The Stipple authors")));
        QVERIFY2(words(plainText(AboutDialog::licensesHtml())).contains(licenseText), "the Licenses page lacks the LICENSE text");
    }
};

QTEST_MAIN(AboutTest)
#include "test_ui_about.moc"
