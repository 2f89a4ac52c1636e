// Prompt as tokens: the chips the token counter reads for a prompt and the view that lays them out.
// With the real CLIP vocabulary (../shared/assets/clip-tokenizer): a long prompt breaks into a
// second chunk after 75 tokens — early, at its last comma, when one lies near the end (A1111's
// comma back-off) — a (word:1.5) chip carries 1.5, the ids are the tokenizer's own, BREAK starts a
// chunk and an embedding shows as its vectors. With the built-in model (SentencePiece) the window
// Classroom ▸ Prompt as tokens follows the typed prompt with the model's own chunk length.
#include "generation_controller.h"
#include "main_window.h"
#include "parameters_panel.h"
#include "pipeline/resource_paths.h"
#include "prompt_tokens_window.h"
#include "support/fixtures.h"
#include "support/screenshot.h"
#include "text/clip_tokenizer.h"
#include "text/embedding_matcher.h"
#include "token_chips.h"
#include "token_counter.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace stipple::ui;

namespace {

QList<qint64> chipIds(const PromptReading& r) {
    QList<qint64> ids;
    for (const TokenChip& c : r.chips) ids << c.id;
    return ids;
}

int chipsInChunk(const PromptReading& r, int chunk) {
    int n = 0;
    for (const TokenChip& c : r.chips) n += c.chunk == chunk;
    return n;
}

// Lays `reading` out in a view of `width` pixels, as the window shows it.
void show(TokenChipsView& view, const PromptReading& reading, int width = 600) {
    view.resize(width, 400);
    view.setReading(reading);
    view.resize(width, view.heightForWidth(width));
}

}  // namespace

class TokenChipsTest : public QObject {
    Q_OBJECT
    std::shared_ptr<stipple::CLIPTokenizer> clip_;
    QTemporaryDir out_, data_;

    PromptReading read(const QString& prompt, const stipple::EmbeddingMatcher* embeddings = nullptr) {
        return readPrompt(*clip_, 75, {}, prompt, embeddings);
    }

private Q_SLOTS:
    void initTestCase() {
        test::useScreenshotLanguage();
        STIPPLE_REQUIRE_SHARED();
        clip_ = stipple::CLIPTokenizer::from_folder(stipple::test::shared_path("assets/clip-tokenizer"));
        qputenv("STIPPLE_OUTPUT_DIR", out_.path().toUtf8());
        qputenv("STIPPLE_DATA_DIR", data_.path().toUtf8());
    }

    // A plain prompt: one chip per id of the tokenizer's own encoding, each chip's piece its text.
    void chipsAreTheTokenizersIdsAndPieces() {
        const QString prompt = QStringLiteral("A watercolor painting of thermoluminescent sunflowers at dusk");
        const PromptReading r = read(prompt);
        const std::vector<int64_t> ids = clip_->encode(prompt.toStdString());
        QCOMPARE(r.chips.size(), static_cast<qsizetype>(ids.size()));
        for (size_t i = 0; i < ids.size(); ++i) QCOMPARE(r.chips[static_cast<int>(i)].id, ids[i]);
        // The pieces spell the prompt (CLIP lower-cases): words end where the word-end mark is.
        QString spelled;
        for (const TokenChip& c : r.chips) spelled += c.text + (c.wordEnd ? QStringLiteral(" ") : QString());
        QCOMPARE(spelled.trimmed(), prompt.toLower());
        // At least one word is split into several pieces, glued together in the view.
        QVERIFY(std::any_of(r.chips.begin(), r.chips.end(), [](const TokenChip& c) { return !c.wordEnd; }));
        TokenChipsView view;
        show(view, r);
        QCOMPARE(view.chipRects().size(), r.chips.size());
        QVERIFY(view.chipToolTip(0).contains(QStringLiteral("id %1").arg(ids[0])));
    }

    // (fox:1.5) → the fox chip weighs 1.5, its neighbours 1; the view prints "1.5" under it.
    void emphasisWeightIsOnTheChip() {
        const PromptReading r = read(QStringLiteral("a photo of a (fox:1.5) in the snow, [blurry]"));
        bool sawFox = false, sawBlurry = false;
        for (const TokenChip& c : r.chips) {
            if (c.text == QLatin1String("fox")) {
                QCOMPARE(c.weight, 1.5f);
                sawFox = true;
            } else if (c.text == QLatin1String("blurry")) {
                QVERIFY(qAbs(c.weight - 1.0f / 1.1f) < 1e-6f);
                sawBlurry = true;
            } else {
                QCOMPARE(c.weight, 1.0f);
            }
        }
        QVERIFY(sawFox && sawBlurry);
        QCOMPARE(TokenChipsView::weightText(1.5f), QStringLiteral("1.5"));
        QCOMPARE(TokenChipsView::weightText(1.0f / 1.1f), QStringLiteral("0.909"));
        TokenChipsView view;
        show(view, r);
        int fox = -1;
        for (int i = 0; i < r.chips.size(); ++i)
            if (r.chips[i].text == QLatin1String("fox")) fox = i;
        QVERIFY(view.chipToolTip(fox).contains(QStringLiteral("weight 1.5")));
    }

    // 80 single-token words: chunk 1 holds exactly 75, chunk 2 the other 5, on rows of its own.
    void longPromptBreaksAfter75Tokens() {
        QStringList words;
        for (int i = 0; i < 80; ++i) words << QStringLiteral("cat");
        const PromptReading r = read(words.join(QLatin1Char(' ')));
        QCOMPARE(r.chunkCount, 2);
        QCOMPARE(chipsInChunk(r, 0), 75);
        QCOMPARE(chipsInChunk(r, 1), 5);
        TokenChipsView view;
        show(view, r);
        QCOMPARE(view.chunkHeaderRects().size(), 2);
        QVERIFY(view.chipRects()[75].top() > view.chunkHeaderRects()[1].top());
        QVERIFY(view.chipRects()[74].bottom() < view.chunkHeaderRects()[1].top());
        QVERIFY(view.chunkHeaderText(0).contains(QStringLiteral("75 of 75")));
    }

    // A comma 5 tokens before the end of a full chunk: the words after it move to chunk 2 (A1111's
    // comma back-off), chunk 1 ends with the comma and is padded.
    void commaBackOffMovesTheLastWordsOn() {
        QStringList words;
        for (int i = 0; i < 70; ++i) words << QStringLiteral("cat");
        const QString prompt = words.join(QLatin1Char(' ')) + QStringLiteral(", red dog on a big green hill with trees");
        const std::vector<int64_t> ids = clip_->encode(prompt.toStdString());
        QVERIFY(ids.size() > 75);
        int comma = -1;  // the last comma among the first 75 ids
        for (int i = 0; i < 75; ++i)
            if (ids[static_cast<size_t>(i)] == clip_->token_to_id(",</w>")) comma = i;
        QVERIFY(comma >= 75 - 20 && comma < 74);
        const PromptReading r = read(prompt);
        QCOMPARE(r.chunkCount, 2);
        QCOMPARE(chipsInChunk(r, 0), comma + 1);
        QCOMPARE(r.chips[comma].text, QStringLiteral(","));
        QCOMPARE(r.chips[comma + 1].chunk, 1);
        QCOMPARE(r.chips[comma + 1].text, QStringLiteral("red"));
        QCOMPARE(chipIds(r).size(), static_cast<qsizetype>(ids.size()));  // nothing lost, nothing added
        TokenChipsView view;
        show(view, r);
        QVERIFY(view.chunkHeaderText(0).contains(QStringLiteral("comma")));
    }

    // BREAK ends chunk 1 early; chunk 2's header says so.
    void breakStartsANewChunk() {
        const PromptReading r = read(QStringLiteral("a red cat BREAK a blue dog"));
        QCOMPARE(r.chunkCount, 2);
        QCOMPARE(chipsInChunk(r, 0), 3);
        QCOMPARE(r.chunkStartsAtBreak.value(0), true);
        TokenChipsView view;
        show(view, r);
        QVERIFY(view.chunkHeaderText(1).contains(QStringLiteral("BREAK")));
    }

    // The Emphasis mode changes what the encoder reads, so the counter follows it: None reads the
    // brackets, the weight and BREAK as words (one chunk, every weight 1); Ignore strips the syntax
    // but every weight acts as 1; Original weighs the fox 1.5 (A1111's sd_hijack_clip / sd_emphasis).
    void emphasisModeChangesTheReading() {
        const QString prompt = QStringLiteral("a (fox:1.5) BREAK snow");
        const PromptReading original = readPrompt(*clip_, 75, {}, prompt, nullptr, stipple::Emphasis::Original);
        const PromptReading ignore = readPrompt(*clip_, 75, {}, prompt, nullptr, stipple::Emphasis::Ignore);
        const PromptReading none = readPrompt(*clip_, 75, {}, prompt, nullptr, stipple::Emphasis::None);
        QCOMPARE(original.chunkCount, 2);
        QCOMPARE(ignore.chunkCount, 2);
        QCOMPARE(none.chunkCount, 1);
        auto weightOf = [](const PromptReading& r, const QString& text) {
            for (const TokenChip& c : r.chips)
                if (c.text == text) return c.weight;
            return -1.0f;
        };
        QCOMPARE(weightOf(original, QStringLiteral("fox")), 1.5f);
        QCOMPARE(weightOf(ignore, QStringLiteral("fox")), 1.0f);
        QCOMPARE(weightOf(none, QStringLiteral("fox")), 1.0f);
        // None: the literal text's own tokens, brackets and "break" included.
        const std::vector<int64_t> ids = clip_->encode(prompt.toStdString());
        QCOMPARE(none.chips.size(), static_cast<qsizetype>(ids.size()));
        for (size_t i = 0; i < ids.size(); ++i) QCOMPARE(none.chips[static_cast<int>(i)].id, ids[i]);
        QCOMPARE(none.tokens, static_cast<int>(ids.size()));
        // Original and Ignore: BREAK pads chunk 1, which A1111's counter counts whole (75 + 1).
        QCOMPARE(original.tokens, 76);
        QCOMPARE(ignore.tokens, original.tokens);
    }

    // An embedding named in the prompt is its vectors: 3 chips of its name, no token ids.
    void embeddingShowsAsItsVectors() {
        const stipple::EmbeddingMatcher matcher(*clip_, {{"mystyle", 3, ""}});
        const PromptReading r = read(QStringLiteral("a cat in mystyle"), &matcher);
        QCOMPARE(r.chips.size(), 3 + 3);
        for (int k = 0; k < 3; ++k) {
            const TokenChip& c = r.chips[3 + k];
            QCOMPARE(c.embedding, QStringLiteral("mystyle"));
            QCOMPARE(c.vector, k);
            QCOMPARE(c.vectors, 3);
            QCOMPARE(c.id, -1);
        }
    }

    // The built-in model's SentencePiece tokenizer, through the app: Classroom ▸ Prompt as tokens
    // follows the typed prompt; ids are the model's tokenizer's, chunks its own length.
    void windowFollowsThePromptWithSentencePiece() {
        MainWindow w;
        w.show();
        QSignalSpy ready(&w, &MainWindow::modelReady);
        w.openModel(QString::fromStdString(stipple::builtin_model_dir()));
        QVERIFY(ready.wait(120000));
        const std::shared_ptr<const stipple::Tokenizer> tokenizer = w.model().tokenizer;
        QVERIFY(tokenizer);
        auto* action = w.findChild<QAction*>(QStringLiteral("classroomPromptTokens"));
        QVERIFY(action);
        action->trigger();
        auto* window = w.findChild<PromptTokensWindow*>();
        QVERIFY(window && window->isVisible());

        const int chunk = tokenizer->model_max_length() - 2;
        // A prompt longer than one chunk: the built-in vocabulary, repeated.
        QString prompt = QStringLiteral("a red circle in the top left on a blue background");
        while (static_cast<int>(tokenizer->encode(prompt.toStdString()).size()) <= chunk + 3)
            prompt += QStringLiteral(" and a green square");
        w.parameters()->promptEdit()->setPlainText(prompt);
        w.parameters()->negativeEdit()->setPlainText(QStringLiteral("blurry"));
        QTRY_VERIFY_WITH_TIMEOUT(window->promptChips()->reading().chips.size() > chunk, 20000);
        {
            const PromptReading& r = window->promptChips()->reading();
            QCOMPARE(r.chunkLength, chunk);
            QVERIFY(r.chunkCount >= 2);
            QCOMPARE(chipsInChunk(r, 0), chunk);  // no comma back-off: the vocabulary has no comma
            const std::vector<int64_t> ids = tokenizer->encode(prompt.toStdString());
            QCOMPARE(chipIds(r), QList<qint64>(ids.begin(), ids.end()));
            for (const TokenChip& c : r.chips) QVERIFY2(c.known, qPrintable(QStringLiteral("id %1 has no piece").arg(c.id)));
            QVERIFY(std::any_of(r.chips.begin(), r.chips.end(), [](const TokenChip& c) { return c.wordStart; }));
            QCOMPARE(window->negativeChips()->reading().chips.size(),
                     static_cast<qsizetype>(tokenizer->encode("blurry").size()));
        }
        // Emphasis, as typed.
        w.parameters()->promptEdit()->setPlainText(QStringLiteral("a (red:1.3) circle on a [blue] background"));
        auto redWeight = [&] {
            for (const TokenChip& c : window->promptChips()->reading().chips)
                if (c.text == QLatin1String("red")) return c.weight;
            return 0.0f;
        };
        QTRY_COMPARE_WITH_TIMEOUT(redWeight(), 1.3f, 20000);
        QCOMPARE(window->promptChips()->reading().chunkCount, 1);
        // BREAK starts the model's second chunk, here too.
        w.parameters()->promptEdit()->setPlainText(QStringLiteral(
            "a (red:1.3) circle in the top left on a [blue] background BREAK a ((green)) square in the middle"));
        QTRY_COMPARE_WITH_TIMEOUT(window->promptChips()->reading().chunkCount, 2, 20000);
        QVERIFY(window->promptChips()->chunkHeaderText(1).contains(QStringLiteral("BREAK")));
        // The compact strip under the prompt box shows the same chips, a bar between the chunks.
        auto* strip = w.findChild<QAction*>(QStringLiteral("classroomTokenStrip"));
        QVERIFY(strip);
        strip->trigger();
        TokenChipsView* row = w.parameters()->promptTokenStrip();
        QVERIFY(row->isVisible() && row->isCompact());
        QTRY_COMPARE_WITH_TIMEOUT(chipIds(row->reading()), chipIds(window->promptChips()->reading()), 20000);
        QCOMPARE(row->chunkHeaderRects().size(), 1);
        QVERIFY(row->chunkHeaderText(1).contains(QStringLiteral("BREAK")));
        strip->trigger();
        QVERIFY(!row->isVisible());
        QTest::qWait(100);
        test::saveScreenshot(window, QStringLiteral("prompt-tokens"));
    }
};

QTEST_MAIN(TokenChipsTest)
#include "test_ui_token_chips.moc"
